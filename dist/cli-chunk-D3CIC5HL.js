#!/usr/bin/env node
import { createRequire as __mpCreateRequire } from 'node:module'; const require = __mpCreateRequire(import.meta.url);
import {
  readNamedText,
  require_dist
} from "./cli-chunk-Q3TBLJ6T.js";
import {
  ConfigurationError
} from "./cli-chunk-BZQX73NR.js";
import {
  embeddedData,
  validator
} from "./cli-chunk-JVUIPAC5.js";
import {
  __toESM
} from "./cli-chunk-Q3GBV4AC.js";

// src/catalog/index.ts
import { join as join2 } from "node:path";

// src/catalog/compile.ts
var PatternTable = class {
  constructor(kind, ambiguities) {
    this.kind = kind;
    this.ambiguities = ambiguities;
  }
  kind;
  ambiguities;
  exact = /* @__PURE__ */ new Map();
  /** General globs by their first character (lower case), `*` for those that start with a wildcard. */
  globsByLead = /* @__PURE__ */ new Map();
  /** Globs bucketed by a literal key (the Maven group), tried before the general list. */
  bucketed = /* @__PURE__ */ new Map();
  sorted = true;
  count = 0;
  add(key, hit, bucket) {
    if (!key.includes("*")) {
      const prev = this.exact.get(key);
      if (prev) {
        if (prev.sdk !== hit.sdk) this.ambiguities.push({ kind: this.kind, pattern: hit.pattern, sdks: [prev.sdk.id, hit.sdk.id] });
        return;
      }
      this.exact.set(key, hit);
      return;
    }
    const rule = { ...hit, re: globToRegExp(key), specificity: key.replace(/\*/g, "").length, order: this.count++ };
    const list = bucket === void 0 ? getOrCreate(this.globsByLead, leadOf(key)) : getOrCreate(this.bucketed, bucket);
    const dup = list.find((r) => r.re.source === rule.re.source);
    if (dup) {
      if (dup.sdk !== hit.sdk) this.ambiguities.push({ kind: this.kind, pattern: hit.pattern, sdks: [dup.sdk.id, hit.sdk.id] });
      return;
    }
    list.push(rule);
    this.sorted = false;
  }
  /** Exact key only. */
  getExact(key) {
    return this.exact.get(key);
  }
  /** Exact key first, then the most specific glob (bucket first, ties broken by file order). */
  lookup(key, bucket) {
    const hit = this.exact.get(key);
    if (hit) return hit;
    return this.lookupGlob(key, bucket);
  }
  lookupGlob(key, bucket) {
    this.sort();
    const inBucket = bucket === void 0 ? void 0 : this.bucketed.get(bucket)?.find((r) => r.re.test(key));
    let general;
    for (const lead of /* @__PURE__ */ new Set([leadOf(key), "*"])) {
      const r = this.globsByLead.get(lead)?.find((g) => g.re.test(key));
      if (r && (!general || r.specificity > general.specificity || r.specificity === general.specificity && r.order < general.order)) general = r;
    }
    return general && (!inBucket || general.specificity > inBucket.specificity) ? general : inBucket;
  }
  sort() {
    if (this.sorted) return;
    const bySpecificity = (a, b) => b.specificity - a.specificity || a.order - b.order;
    for (const list of this.globsByLead.values()) list.sort(bySpecificity);
    for (const list of this.bucketed.values()) list.sort(bySpecificity);
    this.sorted = true;
  }
};
function leadOf(key) {
  return key.charAt(0).toLowerCase();
}
function getOrCreate(map, key) {
  let list = map.get(key);
  if (!list) map.set(key, list = []);
  return list;
}
function globToRegExp(glob) {
  const body = glob.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\/-]/g, "\\$&")).join(".*");
  return new RegExp(`^${body}$`, "i");
}
function normalizeRepoUrl(input) {
  let s = input.trim();
  const carthage = /^(github|git|binary)\s+"([^"]+)"/.exec(s);
  if (carthage) s = carthage[1] === "github" && !s.includes("://") && /^[\w.-]+\/[\w.-]+$/.test(carthage[2]) ? `github.com/${carthage[2]}` : carthage[2];
  s = s.replace(/^git\+/, "").replace(/^[a-z][a-z0-9+.-]*:\/\//i, "");
  s = s.replace(/^[^@/]+@([^:/]+):/, "$1/");
  s = s.replace(/^[^@/]+@/, "");
  s = s.replace(/^www\./i, "");
  s = s.replace(/[?#].*$/, "").replace(/\/+$/, "").replace(/\.git$/i, "");
  if (/^[\w.-]+\/[\w.-]+$/.test(s) && !s.split("/")[0].includes(".")) s = `github.com/${s}`;
  return s.toLowerCase();
}
function repoIdentity(input) {
  const n = normalizeRepoUrl(input);
  return n.slice(n.lastIndexOf("/") + 1);
}

// src/catalog/load.ts
var import_yaml = __toESM(require_dist(), 1);
import { readdirSync, statSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
var CATALOG_DIR = "policies/catalog";
function findPackageRoot(from = dirname(fileURLToPath(import.meta.url))) {
  let dir = from;
  for (; ; ) {
    if (isDir(join(dir, "policies"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new ConfigurationError(`cannot find the policies/ folder above ${from}; is mobile-policy installed with its policies/ and schema/ folders?`);
    dir = parent;
  }
}
function isDir(p) {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
var MAX_CATALOG_FILE_BYTES = 4 * 1024 * 1024;
function readCatalogText(abs, file) {
  return readNamedText(abs, MAX_CATALOG_FILE_BYTES, file);
}
function readCatalogFiles(dir, root = dirname(dirname(dir))) {
  if (!isDir(dir)) throw new ConfigurationError(`SDK catalogue folder not found: ${dir}`);
  return readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => {
    const file = relative(root, join(dir, f)).split(sep).join("/");
    return { file, text: readCatalogText(join(dir, f), file) };
  });
}
function parseCatalogSources(sources) {
  const validate = validator("catalog");
  const sdks = [];
  const seen = /* @__PURE__ */ new Map();
  for (const src of sources) {
    const lineCounter = new import_yaml.LineCounter();
    const doc = (0, import_yaml.parseDocument)(src.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const locate = (offset) => {
      if (offset === void 0) return { file: src.file };
      const pos = lineCounter.linePos(offset);
      return { file: src.file, line: pos.line, column: pos.col };
    };
    const yamlError = doc.errors[0];
    if (yamlError) throw new ConfigurationError(`invalid YAML: ${yamlError.message.split("\n")[0]}`, { location: locate(yamlError.pos[0]) });
    const data = doc.toJS();
    if (!validate(data)) {
      const err = pickError(validate.errors ?? []);
      const path = pointerToPath(err.instancePath);
      const id = sdkIdAt(data, path);
      throw new ConfigurationError(`${err.instancePath || "/"} ${describe(err)}${id ? ` (sdk ${id})` : ""}`, { location: locate(nodeOffset(doc, path)) });
    }
    const list = data.sdks;
    list.forEach((entry, i) => {
      const loc = locate(nodeOffset(doc, ["sdks", i]));
      const line = loc.line ?? 1;
      for (const name of [entry.id, ...entry.aliases ?? []]) {
        const prev = seen.get(name);
        if (prev) throw new ConfigurationError(`duplicate SDK id or alias "${name}" (first at ${prev.file}:${prev.line})`, { location: loc });
        seen.set(name, { file: src.file, line });
      }
      sdks.push({ ...entry, file: src.file, line });
    });
  }
  return sdks;
}
function pickError(errors) {
  const useful = errors.filter((e) => e.keyword !== "if");
  const list = useful.length ? useful : errors;
  return list.reduce((a, b) => b.instancePath.length > a.instancePath.length ? b : a, list[0]);
}
function describe(err) {
  const p = err.params;
  if (err.keyword === "enum") return `${err.message}: ${p.allowedValues.join(", ")}`;
  if (err.keyword === "additionalProperties") return `has unknown property "${String(p.additionalProperty)}"`;
  return err.message ?? err.keyword;
}
function pointerToPath(pointer) {
  if (!pointer) return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function nodeOffset(doc, path) {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (node && typeof node === "object" && "range" in node && Array.isArray(node.range)) return node.range[0];
    if (n > 0 && ((0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node))) return void 0;
  }
  return void 0;
}
function sdkIdAt(data, path) {
  if (path[0] !== "sdks" || typeof path[1] !== "number") return void 0;
  const entry = data.sdks?.[path[1]];
  const id = entry && typeof entry === "object" ? entry.id : void 0;
  return typeof id === "string" ? id : void 0;
}

// src/catalog/index.ts
var BUNDLE_FIELDS = [
  ["maven", "maven"],
  ["cocoapods", "cocoapods"],
  ["pub", "pub"],
  ["npm", "npm"],
  ["ohpm", "ohpm"],
  ["vendoredFiles", "file"]
];
var defaultCatalog;
function loadCatalog(options = {}) {
  const useDefault = options.root === void 0 && options.dir === void 0;
  if (useDefault && defaultCatalog) return defaultCatalog;
  const builtin = useDefault ? embeddedData()?.catalog : void 0;
  const catalog = buildCatalog(builtin ?? loadCatalogSdks(options));
  if (useDefault) defaultCatalog = catalog;
  return catalog;
}
function loadCatalogSdks(options = {}) {
  const root = options.root ?? findPackageRoot();
  const dir = options.dir ?? join2(root, CATALOG_DIR);
  return parseCatalogSources(readCatalogFiles(dir, root));
}
var KINDS = ["maven", "cocoapods", "swift", "pub", "npm", "ohpm", "file", "class", "iosClass", "metaData", "domain"];
function buildCatalog(sdks) {
  const ambiguities = [];
  const tables = Object.fromEntries(KINDS.map((k) => [k, new PatternTable(k, ambiguities)]));
  const byId = /* @__PURE__ */ new Map();
  const identityOwners = /* @__PURE__ */ new Map();
  for (const sdk of sdks) {
    for (const id of [sdk.id, ...sdk.aliases ?? []]) byId.set(id, sdk);
    for (const p of sdk.maven ?? []) {
      const [group = "", artifact = ""] = p.toLowerCase().split(":");
      tables.maven.add(`${group}:${artifact}`, { sdk, pattern: p }, group.includes("*") ? void 0 : group);
    }
    for (const p of sdk.cocoapods ?? []) tables.cocoapods.add(p.toLowerCase(), { sdk, pattern: p });
    for (const p of [...sdk.swift ?? [], ...sdk.carthage ?? []]) {
      const hit = { sdk, pattern: p };
      const key = p.includes("/") ? normalizeRepoUrl(p) : p.toLowerCase();
      tables.swift.add(key, hit);
      const identity = repoIdentity(p);
      const prev = identityOwners.get(identity);
      identityOwners.set(identity, prev === void 0 || prev?.sdk === sdk ? prev ?? hit : null);
    }
    for (const p of sdk.pub ?? []) tables.pub.add(p.toLowerCase(), { sdk, pattern: p });
    for (const p of sdk.npm ?? []) tables.npm.add(p.toLowerCase(), { sdk, pattern: p });
    for (const p of sdk.ohpm ?? []) tables.ohpm.add(p.toLowerCase(), { sdk, pattern: p });
    for (const p of sdk.vendoredFiles ?? []) tables.file.add(p.toLowerCase(), { sdk, pattern: p });
    for (const p of sdk.androidClassPrefixes ?? []) tables.class.add(p, { sdk, pattern: p });
    for (const p of sdk.iosClassPrefixes ?? []) tables.iosClass.add(p, { sdk, pattern: p });
    for (const p of sdk.androidMetaDataKeys ?? []) tables.metaData.add(p, { sdk, pattern: p });
    for (const p of sdk.domains ?? []) tables.domain.add(p.toLowerCase(), { sdk, pattern: p });
  }
  const swiftIdentities = /* @__PURE__ */ new Map();
  for (const [identity, hit] of identityOwners) if (hit) swiftIdentities.set(identity, hit);
  return { sdks, byId, ambiguities, tables, swiftIdentities, bundleRules: bundleRulesOf(sdks, byId) };
}
function bundleRulesOf(sdks, byId) {
  const rules = [];
  for (const owner of sdks) {
    for (const bundle of owner.bundles ?? []) {
      const pulled = bundle.sdks.map((id) => {
        const sdk = byId.get(id);
        if (!sdk) throw new ConfigurationError(`sdk ${owner.id}: bundles names unknown sdk id ${id}`, { location: { file: owner.file, line: owner.line } });
        return sdk;
      });
      for (const [field, kind] of BUNDLE_FIELDS) {
        for (const pattern of bundle[field] ?? []) rules.push({ kind, owner, pattern, re: globToRegExp(pattern), sdks: pulled });
      }
    }
  }
  return rules;
}
var MAX_SUBSPEC_LEVELS = 8;
function explainComponent(catalog, query) {
  const q = query.purl ? fromPurl(query.purl) ?? query : query;
  const t = catalog.tables;
  const hit = (kind, h) => h ? { sdk: h.sdk, kind, pattern: h.pattern } : null;
  switch (q.ecosystem) {
    case "maven": {
      let group = (q.group ?? "").toLowerCase();
      let artifact = q.name.toLowerCase();
      if (!group && artifact.includes(":")) [group = "", artifact = ""] = artifact.split(":");
      return hit("maven", t.maven.lookup(`${group}:${artifact}`, group));
    }
    case "cocoapods": {
      const written = q.name.trim();
      const open = written.endsWith(")") ? written.indexOf("(") : -1;
      const name = (open < 0 ? written : written.slice(0, open).trimEnd()).toLowerCase();
      const exact = t.cocoapods.getExact(name);
      if (exact) return hit("cocoapods", exact);
      const parts = name.split("/", MAX_SUBSPEC_LEVELS + 1);
      for (let n = Math.min(parts.length - 1, MAX_SUBSPEC_LEVELS); n >= 1; n--) {
        const h = t.cocoapods.getExact(parts.slice(0, n).join("/"));
        if (h) return hit("cocoapods", h);
      }
      return hit("cocoapods", t.cocoapods.lookupGlob(name) ?? t.cocoapods.lookupGlob(parts[0]));
    }
    case "swift":
    case "carthage": {
      const raw = q.group ? `${q.group}/${q.name}` : q.name;
      if (raw.includes("/") || raw.includes('"')) {
        const h = t.swift.lookup(normalizeRepoUrl(raw));
        if (h) return hit("swift", h);
      }
      return hit("swift", t.swift.getExact(raw.toLowerCase()) ?? catalog.swiftIdentities.get(repoIdentity(raw)));
    }
    case "pub":
      return hit("pub", t.pub.lookup(q.name.toLowerCase()));
    case "npm":
    case "ohpm": {
      const scope = q.group ? q.group.startsWith("@") ? q.group : `@${q.group}` : "";
      const name = (scope && !q.name.startsWith("@") ? `${scope}/${q.name}` : q.name).toLowerCase();
      return hit(q.ecosystem, t[q.ecosystem].lookup(name));
    }
    case "file":
    case "native":
      return explainVendoredFile(catalog, q.name);
    default:
      return null;
  }
}
function matchComponentSdks(catalog, query) {
  const primary = explainComponent(catalog, query);
  if (!primary) return [];
  const out = [primary.sdk];
  for (const m of explainBundled(catalog, query, primary.sdk)) if (!out.includes(m.sdk)) out.push(m.sdk);
  return out;
}
function explainBundled(catalog, query, owner = explainComponent(catalog, query)?.sdk ?? null) {
  if (!owner || !catalog.bundleRules.length) return [];
  const key = bundleKey(query.purl ? fromPurl(query.purl) ?? query : query);
  if (!key) return [];
  const out = [];
  for (const rule of catalog.bundleRules) {
    if (rule.owner !== owner || rule.kind !== key.kind || !rule.re.test(key.name)) continue;
    for (const sdk of rule.sdks) if (sdk !== owner && !out.some((m) => m.sdk === sdk)) out.push({ sdk, kind: key.kind, pattern: rule.pattern });
  }
  return out;
}
function bundleKey(q) {
  switch (q.ecosystem) {
    case "maven": {
      const name = q.group ? `${q.group}:${q.name}` : q.name;
      return { kind: "maven", name };
    }
    case "cocoapods":
      return { kind: "cocoapods", name: q.name.trim().replace(/\s*\(.*\)$/, "") };
    case "pub":
      return { kind: "pub", name: q.name };
    case "npm":
    case "ohpm": {
      const scope = q.group ? q.group.startsWith("@") ? q.group : `@${q.group}` : "";
      return { kind: q.ecosystem, name: scope && !q.name.startsWith("@") ? `${scope}/${q.name}` : q.name };
    }
    case "file":
      return { kind: "file", name: q.name.replace(/[\\/]+$/, "").split(/[\\/]/).pop() ?? "" };
    default:
      return null;
  }
}
function matchClassName(catalog, className) {
  return explainClassName(catalog, className)?.sdk ?? null;
}
function explainClassName(catalog, className) {
  const table = catalog.tables.class;
  const name = className.trim();
  const full = table.getExact(name);
  if (full) return { sdk: full.sdk, kind: "class", pattern: full.pattern };
  for (let i = name.lastIndexOf("."); i > 0; i = name.lastIndexOf(".", i - 1)) {
    const h = table.getExact(name.slice(0, i + 1));
    if (h) return { sdk: h.sdk, kind: "class", pattern: h.pattern };
    const cls = table.getExact(name.slice(0, i));
    if (cls) return { sdk: cls.sdk, kind: "class", pattern: cls.pattern };
  }
  const dollar = name.indexOf("$");
  if (dollar > 0) return explainClassName(catalog, name.slice(0, dollar));
  return null;
}
function explainIosClassName(catalog, className) {
  const table = catalog.tables.iosClass;
  for (let n = className.length; n >= 4; n--) {
    const h = table.getExact(className.slice(0, n));
    if (h) return { sdk: h.sdk, kind: "iosClass", pattern: h.pattern };
  }
  return null;
}
function matchVendoredFile(catalog, fileName) {
  return explainVendoredFile(catalog, fileName)?.sdk ?? null;
}
function explainVendoredFile(catalog, fileName) {
  const base = fileName.replace(/[\\/]+$/, "").split(/[\\/]/).pop() ?? "";
  if (!base) return null;
  const h = catalog.tables.file.lookup(base.toLowerCase());
  return h ? { sdk: h.sdk, kind: "file", pattern: h.pattern } : null;
}
function getSdk(catalog, id) {
  return catalog.byId.get(id);
}
function fromPurl(purl) {
  const m = /^pkg:([a-zA-Z0-9.+-]+)\/+([^?#]+)(?:\?[^#]*)?(?:#(.*))?$/.exec(purl.trim());
  if (!m) return null;
  const type = m[1].toLowerCase();
  let path = m[2];
  const subpath = m[3];
  const at = path.lastIndexOf("@");
  if (at > 0 && path[at - 1] !== "/") path = path.slice(0, at);
  const segs = path.split("/").filter(Boolean).map((s) => decodeURIComponent(s));
  if (!segs.length) return null;
  const name = segs[segs.length - 1];
  const ns = segs.slice(0, -1).join("/");
  switch (type) {
    case "maven":
      return { ecosystem: "maven", group: ns, name };
    case "cocoapods":
      return { ecosystem: "cocoapods", name: subpath ? `${segs.join("/")}/${decodeURIComponent(subpath)}` : segs.join("/") };
    case "swift":
      return { ecosystem: "swift", name: segs.join("/") };
    case "github":
      return { ecosystem: "swift", name: `github.com/${segs.join("/")}` };
    case "pub":
      return { ecosystem: "pub", name };
    case "npm":
    case "ohpm":
      return { ecosystem: type, name: ns ? `${ns}/${name}` : name };
    default:
      return null;
  }
}

// src/repo/git-index.ts
var GITLINK = 57344;
function readGitIndex(buf) {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (buf.length < 12 || view.getUint32(0) !== 1145655875) return void 0;
  const version = view.getUint32(4);
  if (version < 2 || version > 4) return void 0;
  const count = view.getUint32(8);
  const decoder = new TextDecoder("utf-8");
  const paths = [];
  let off = 12;
  let previous = new Uint8Array(0);
  for (let i = 0; i < count; i++) {
    const start = off;
    if (off + 62 > buf.length) return void 0;
    const mode = view.getUint32(off + 24);
    const flags = view.getUint16(off + 60);
    off += 62;
    if (version >= 3 && flags & 16384) off += 2;
    let name;
    if (version === 4) {
      let strip = 0;
      let byte;
      let first = true;
      do {
        if (off >= buf.length) return void 0;
        byte = buf[off++];
        if (!first) strip += 1;
        strip = strip << 7 | byte & 127;
        first = false;
      } while (byte & 128);
      const end = buf.indexOf(0, off);
      if (end < 0 || strip > previous.length) return void 0;
      const suffix = buf.subarray(off, end);
      name = new Uint8Array(previous.length - strip + suffix.length);
      name.set(previous.subarray(0, previous.length - strip));
      name.set(suffix, previous.length - strip);
      off = end + 1;
    } else {
      const end = buf.indexOf(0, off);
      if (end < 0) return void 0;
      name = buf.subarray(off, end);
      off = start + Math.ceil((end - start + 1) / 8) * 8;
    }
    previous = name;
    const stage = flags >> 12 & 3;
    if ((mode & 61440) === GITLINK || stage > 1) continue;
    paths.push(decoder.decode(name));
  }
  return paths;
}

export {
  readGitIndex,
  findPackageRoot,
  readCatalogText,
  loadCatalog,
  matchComponentSdks,
  matchClassName,
  explainClassName,
  explainIosClassName,
  matchVendoredFile,
  explainVendoredFile,
  getSdk
};
