#!/usr/bin/env node
import { createRequire as __mpCreateRequire } from 'node:module'; const require = __mpCreateRequire(import.meta.url);
import {
  CelCompileError,
  LIMITS,
  RuleTimeoutError,
  celInt,
  celMessage,
  compileCel,
  daysUntil,
  parseIsoDate,
  timeBoxed,
  toCel,
  withNow
} from "./cli-chunk-FTYXQLH7.js";
import {
  minimatch,
  readNamedText,
  readRegularText,
  require_dist
} from "./cli-chunk-Q3TBLJ6T.js";
import {
  ConfigurationError
} from "./cli-chunk-BZQX73NR.js";
import {
  embeddedData,
  isTodoAt,
  validator
} from "./cli-chunk-JVUIPAC5.js";
import {
  __toESM
} from "./cli-chunk-Q3GBV4AC.js";

// src/engine/load.ts
import fs2 from "node:fs";
import path2 from "node:path";
import { fileURLToPath } from "node:url";

// src/engine/git-pack.ts
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
var GIT_PREFIX = "git+";
var FULL_SHA = /^[0-9a-f]{40}$/;
var GIT_TIMEOUT_MS = 12e4;
function isGitRef(ref) {
  return ref.startsWith(GIT_PREFIX);
}
function parseGitRef(ref) {
  const body = ref.slice(GIT_PREFIX.length);
  const hash = body.lastIndexOf("#");
  if (hash < 0) throw new ConfigurationError(`git pack "${ref}": a git pack must be pinned to a commit: git+URL#<40-hex sha>[:path]`);
  const url = body.slice(0, hash);
  const pin = body.slice(hash + 1);
  const colon = pin.indexOf(":");
  const sha = (colon < 0 ? pin : pin.slice(0, colon)).toLowerCase();
  const subdir = colon < 0 ? "" : pin.slice(colon + 1).replace(/^\/+|\/+$/g, "");
  if (!FULL_SHA.test(sha)) {
    throw new ConfigurationError(`git pack "${ref}": "${pin.slice(0, colon < 0 ? void 0 : colon)}" is not a full commit sha; pins must be immutable (a branch or tag can move): use the 40-hex commit id`);
  }
  let scheme;
  try {
    scheme = new URL(url).protocol;
  } catch {
    throw new ConfigurationError(`git pack "${ref}": "${url}" is not a URL (use https://, ssh:// or file://)`);
  }
  if (!["https:", "ssh:", "file:"].includes(scheme)) throw new ConfigurationError(`git pack "${ref}": the ${scheme} transport is not allowed; use https://, ssh:// or file://`);
  if (subdir.split("/").some((s) => s === "..")) throw new ConfigurationError(`git pack "${ref}": the pack path must stay inside the repository`);
  return { url, sha, subdir };
}
function cacheRoot(env = process.env) {
  return env.MOBILE_POLICY_CACHE ? path.resolve(env.MOBILE_POLICY_CACHE) : path.join(os.homedir(), ".cache", "mobile-policy");
}
function git(args, cwd, fileAllowed) {
  return execFileSync(
    "git",
    ["-c", "core.hooksPath=/dev/null", "-c", `protocol.file.allow=${fileAllowed ? "always" : "never"}`, "-c", "protocol.ext.allow=never", "-c", "advice.detachedHead=false", ...args],
    {
      cwd,
      encoding: "utf8",
      timeout: GIT_TIMEOUT_MS,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_CONFIG_NOSYSTEM: "1", GIT_ASKPASS: "echo" }
    }
  );
}
function fetchGitPack(ref, env = process.env) {
  const { url, sha, subdir } = parseGitRef(ref);
  const key = crypto.createHash("sha256").update(url).digest("hex").slice(0, 16);
  const root = path.join(cacheRoot(env), "git", `${key}-${sha}`);
  const done = path.join(root, ".mobile-policy-complete");
  if (!fs.existsSync(done)) {
    fs.mkdirSync(path.dirname(root), { recursive: true });
    const tmp = fs.mkdtempSync(`${root}.tmp-`);
    const fileAllowed = url.startsWith("file:");
    try {
      git(["init", "-q"], tmp, fileAllowed);
      try {
        git(["fetch", "-q", "--depth", "1", "--", url, sha], tmp, fileAllowed);
      } catch {
        git(["fetch", "-q", "--", url, "+refs/heads/*:refs/remotes/origin/*", "+refs/tags/*:refs/tags/*"], tmp, fileAllowed);
      }
      git(["checkout", "-q", "--detach", sha], tmp, fileAllowed);
      const head = git(["rev-parse", "HEAD"], tmp, fileAllowed).trim();
      if (head !== sha) throw new Error(`checked out ${head}, not ${sha}`);
      fs.rmSync(path.join(tmp, ".git"), { recursive: true, force: true });
      fs.writeFileSync(path.join(tmp, ".mobile-policy-complete"), `${url}#${sha}
`);
      try {
        fs.renameSync(tmp, root);
      } catch (e) {
        if (!fs.existsSync(done)) throw e;
        fs.rmSync(tmp, { recursive: true, force: true });
      }
    } catch (e) {
      fs.rmSync(tmp, { recursive: true, force: true });
      const err = e;
      const why = (err.stderr || err.message || String(e)).trim().split("\n").slice(-2).join(" ");
      throw new ConfigurationError(`git pack "${ref}": cannot fetch commit ${sha} from ${url}: ${why}`);
    }
  }
  const dir = path.join(root, subdir);
  const rel = path.relative(fs.realpathSync(root), fs.existsSync(dir) ? fs.realpathSync(dir) : dir);
  if (rel.startsWith("..") || path.isAbsolute(rel)) throw new ConfigurationError(`git pack "${ref}": the pack path leaves the repository`);
  if (!fs.existsSync(path.join(dir, "pack.yaml"))) throw new ConfigurationError(`git pack "${ref}": no pack.yaml at ${subdir || "the repository root"} in commit ${sha}`);
  return dir;
}

// src/engine/yaml-source.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_ALIAS_COUNT = 1e3;
function parseYamlSource(file, text2) {
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text2, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, schema: "core", merge: false });
  const src = { file, text: text2, doc, lines, value: void 0 };
  const first = doc.errors[0];
  if (first) {
    const pos = lines.linePos(first.pos[0]);
    src.error = { message: first.message.split("\n")[0] ?? first.message, location: { file, line: pos.line, column: pos.col } };
    return src;
  }
  try {
    src.value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    src.error = { message: e.message, location: { file, line: 1, column: 1 } };
  }
  return src;
}
function escapePointerSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function splitPointer(pointer) {
  if (pointer === "" || pointer === "/") return [];
  return pointer.replace(/^\//, "").split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function nodeAt(src, pointer) {
  let node = src.doc.contents;
  let keyNode;
  const segments = splitPointer(pointer);
  for (const seg of segments) {
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((p) => (0, import_yaml.isPair)(p) && (0, import_yaml.isScalar)(p.key) && String(p.key.value) === seg);
      if (!pair) return { node: keyNode ?? node, exact: false };
      keyNode = pair.key;
      node = pair.value;
      if (node == null) return { node: keyNode, exact: false };
    } else if ((0, import_yaml.isSeq)(node)) {
      const i = Number(seg);
      const item = Number.isInteger(i) ? node.items[i] : void 0;
      if (item == null) return { node, exact: false };
      keyNode = void 0;
      node = item;
    } else {
      return { node: keyNode ?? node, exact: false };
    }
  }
  return { node, keyNode, exact: true };
}
function locatePointer(src, pointer) {
  const { node, keyNode } = nodeAt(src, pointer);
  const target = keyNode ?? node;
  const offset = target?.range?.[0];
  if (offset === void 0) return { file: src.file, line: 1, column: 1 };
  const pos = src.lines.linePos(offset);
  return { file: src.file, line: pos.line, column: pos.col };
}
function valueSpan(src, pointer) {
  const { node, exact } = nodeAt(src, pointer);
  if (!exact || !node?.range) return void 0;
  return { start: node.range[0], end: node.range[1], type: (0, import_yaml.isScalar)(node) ? String(node.type) : void 0 };
}
function locateInScalar(src, pointer, offsetInValue) {
  const span = valueSpan(src, pointer);
  if (!span) return locatePointer(src, pointer);
  const start = src.lines.linePos(span.start);
  const at = (line, col) => ({ file: src.file, line, column: col });
  if (offsetInValue === void 0 || offsetInValue < 0) return at(start.line, start.col);
  const raw = src.text.slice(span.start, span.end);
  if (span.type === "PLAIN" || span.type === "QUOTE_DOUBLE" || span.type === "QUOTE_SINGLE") {
    if (raw.includes("\n")) return at(start.line, start.col);
    const quote = span.type === "PLAIN" ? 0 : 1;
    return at(start.line, start.col + quote + offsetInValue);
  }
  if (span.type === "BLOCK_LITERAL") {
    const bodyStart = raw.indexOf("\n") + 1;
    const body = raw.slice(bodyStart);
    const indent = /^( *)/.exec(body)?.[1]?.length ?? 0;
    const before = body.split("\n").map((l) => l.slice(indent)).join("\n").slice(0, offsetInValue);
    const lineInValue = before.split("\n").length - 1;
    const colInValue = before.length - (before.lastIndexOf("\n") + 1);
    return at(start.line + 1 + lineInValue, indent + 1 + colInValue);
  }
  return at(start.line, start.col);
}

// src/engine/load.ts
var PACK_FILE = "pack.yaml";
var RULES_DIR = "rules";
var MAX_RULE_FILES = 2e3;
var MAX_PACK_FILE_BYTES = 1024 * 1024;
var MAX_EXTENDS_DEPTH = 8;
var rootCache;
function packageRoot() {
  if (rootCache) return rootCache;
  let dir = path2.dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    if (fs2.existsSync(path2.join(dir, "policies")) && fs2.existsSync(path2.join(dir, "schema", "policy-pack.schema.json"))) {
      rootCache = dir;
      return dir;
    }
    const up = path2.dirname(dir);
    if (up === dir) throw new Error("mobile-policy: cannot find the policies/ and schema/ folders above " + fileURLToPath(import.meta.url));
    dir = up;
  }
}
function builtinPacksDir() {
  return path2.join(packageRoot(), "policies");
}
function builtinPackNames() {
  const dir = builtinPacksDir();
  return fs2.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && fs2.existsSync(path2.join(dir, e.name, PACK_FILE))).map((e) => e.name).sort();
}
var validators;
function packValidators() {
  validators ??= { pack: validator("pack"), rule: validator("rule"), testFile: validator("testFile") };
  return validators;
}
function displayPath(abs, cwd) {
  const root = packageRoot();
  for (const base of [cwd, root]) {
    const rel = path2.relative(base, abs);
    if (!rel.startsWith("..") && !path2.isAbsolute(rel)) return rel.split(path2.sep).join("/");
  }
  return abs.split(path2.sep).join("/");
}
function fileSource(abs, cwd) {
  const src = readSource(abs, cwd);
  return { file: src.file, value: src.value, yaml: () => src };
}
function embeddedSource(e, cwd) {
  const abs = path2.join(packageRoot(), ...e.path.split("/"));
  let src;
  const file = displayPath(abs, cwd);
  return { file, value: e.value, yaml: () => src ??= readSource(abs, cwd), start: { file, line: e.line, column: e.column } };
}
function readSource(abs, cwd) {
  const file = displayPath(abs, cwd);
  const src = parseYamlSource(file, readNamedText(abs, MAX_PACK_FILE_BYTES, file));
  if (src.error) throw new ConfigurationError(`invalid YAML: ${src.error.message}`, { location: src.error.location });
  return src;
}
function schemaProblem(err) {
  let pointer = err.instancePath;
  let message = `${err.instancePath || "(root)"} ${err.message ?? "is invalid"}`;
  const p = err.params;
  if (err.keyword === "additionalProperties") {
    pointer += `/${String(p.additionalProperty)}`;
    message = `unknown key "${String(p.additionalProperty)}"${err.instancePath ? ` in ${err.instancePath}` : ""}`;
  } else if (err.keyword === "required") {
    message = `${err.instancePath || "(root)"} is missing the required key "${String(p.missingProperty)}"`;
  } else if (err.keyword === "enum" || err.keyword === "const") {
    const allowed = p.allowedValues ?? [p.allowedValue];
    message = `${err.instancePath} must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}`;
  }
  return { message, pointer };
}
function validate(src, v, what, ruleId) {
  if (v(src.value)) return;
  const err = v.errors?.[0];
  if (!err) throw new ConfigurationError(`invalid ${what}`, { location: { file: src.file, line: 1, column: 1 }, ruleId });
  const { message, pointer } = schemaProblem(err);
  throw new ConfigurationError(`invalid ${what}: ${message}`, { location: locatePointer(src.yaml(), pointer), ruleId });
}
function looksLikePath(ref) {
  return ref.includes("/") || ref.includes("\\") || ref.startsWith(".") || ref.endsWith(".yaml") || ref.endsWith(".yml");
}
function resolvePackRef(ref, cwd) {
  if (isGitRef(ref)) {
    const dir = fetchGitPack(ref);
    return { dir, packFile: path2.join(dir, PACK_FILE), builtin: false };
  }
  if (!looksLikePath(ref)) {
    const dir = path2.join(builtinPacksDir(), ref);
    if (/^[a-z0-9][a-z0-9-]*$/.test(ref) && fs2.existsSync(path2.join(dir, PACK_FILE))) {
      const packed = embeddedData()?.packs[ref];
      return { dir, packFile: path2.join(dir, PACK_FILE), builtin: true, ...packed ? { embedded: packed } : {} };
    }
    const local = path2.resolve(cwd, ref);
    if (fs2.existsSync(path2.join(local, PACK_FILE))) return { dir: local, packFile: path2.join(local, PACK_FILE), builtin: false };
    throw new ConfigurationError(`unknown policy pack "${ref}": built-in packs are ${builtinPackNames().join(", ")}; or give the path of a pack folder`);
  }
  const abs = path2.resolve(cwd, ref);
  if (!fs2.existsSync(abs)) throw new ConfigurationError(`policy pack not found: ${ref} (looked for ${abs})`);
  if (fs2.statSync(abs).isDirectory()) {
    const packFile = path2.join(abs, PACK_FILE);
    if (!fs2.existsSync(packFile)) throw new ConfigurationError(`${ref} is not a policy pack: it has no ${PACK_FILE}`);
    return { dir: abs, packFile, builtin: false };
  }
  return { dir: path2.dirname(abs), packFile: abs, builtin: false };
}
function loadPack(ref, opts = {}) {
  const cwd = opts.cwd ?? process.cwd();
  return loadResolved(resolvePackRef(ref, cwd), cwd, []);
}
function loadResolved(ref, cwd, chain) {
  const src = ref.embedded ? embeddedSource(ref.embedded.pack, cwd) : fileSource(ref.packFile, cwd);
  if (!ref.embedded) validate(src, packValidators().pack, "pack.yaml");
  const spec = src.value;
  const key = path2.resolve(ref.packFile);
  if (chain.includes(key)) throw new ConfigurationError(`pack "${spec.name}" extends itself (cycle: ${[...chain, key].map((k) => displayPath(k, cwd)).join(" \u2192 ")})`, { location: locatePointer(src.yaml(), "/extends") });
  if (chain.length >= MAX_EXTENDS_DEPTH) throw new ConfigurationError(`extends chain deeper than ${MAX_EXTENDS_DEPTH}`, { location: locatePointer(src.yaml(), "/extends") });
  const bases = [];
  const extendsList = spec.extends === void 0 ? [] : Array.isArray(spec.extends) ? spec.extends : [spec.extends];
  extendsList.forEach((base, i) => {
    let resolved;
    try {
      resolved = resolvePackRef(base, looksLikePath(base) ? ref.dir : cwd);
    } catch (e) {
      throw new ConfigurationError(`extends: ${e.message}`, { location: locatePointer(src.yaml(), Array.isArray(spec.extends) ? `/extends/${i}` : "/extends") });
    }
    bases.push(loadResolved(resolved, cwd, [...chain, key]));
  });
  const params = {};
  for (const b of bases) Object.assign(params, b.params);
  for (const [name, value] of Object.entries(spec.params ?? {})) {
    if (name in params) checkParamType(src, `/params/${name}`, name, params[name], value);
  }
  Object.assign(params, spec.params ?? {});
  const rules = /* @__PURE__ */ new Map();
  for (const b of bases) {
    for (const r of b.rules) {
      const prior = rules.get(r.id);
      if (prior && prior.file !== r.file) throw collision(r, prior);
      rules.set(r.id, r);
    }
  }
  const baseNamespaces = /* @__PURE__ */ new Map();
  for (const r of rules.values()) baseNamespaces.set(namespaceOf(r.id), r.pack);
  const own = ref.embedded ? ref.embedded.rules.map((e) => compileRule(embeddedSource(e, cwd), e.path, spec.name, false)) : loadRuleFiles(ref.dir, spec.name, cwd);
  for (const r of own) {
    const prior = rules.get(r.id);
    if (prior) throw collision(r, prior);
    const owner = baseNamespaces.get(namespaceOf(r.id));
    if (owner && owner !== spec.name) {
      throw new ConfigurationError(`rule id "${r.id}" uses the namespace "${namespaceOf(r.id)}/" of the extended pack ${owner}; rule ids are namespaced per pack: give pack ${spec.name}'s rules their own prefix`, {
        location: { file: r.file, line: r.line, column: r.column },
        ruleId: r.id
      });
    }
    rules.set(r.id, r);
  }
  const remap = spec.severityMap;
  if (remap && Object.keys(remap).length) {
    const map = (sv) => remap[sv] ?? sv;
    for (const [id, rule] of rules) {
      const stageSeverity = {};
      for (const [st, sv] of Object.entries(rule.stageSeverity)) if (map(sv) !== map(rule.severity)) stageSeverity[st] = map(sv);
      rules.set(id, { ...rule, severity: map(rule.severity), stageSeverity });
    }
  }
  for (const [id, o] of Object.entries(spec.overrides ?? {})) {
    const rule = rules.get(id);
    if (!rule) throw new ConfigurationError(`overrides: no rule "${id}" in this pack or the packs it extends`, { location: locatePointer(src.yaml(), `/overrides/${escape(id)}`), ruleId: id });
    for (const [name, value] of Object.entries(o.params ?? {})) {
      const at = `/overrides/${escape(id)}/params/${name}`;
      if (!(name in params)) {
        throw new ConfigurationError(`overrides: rule ${id} has no param "${name}"; declared params are ${Object.keys(params).sort().join(", ") || "(none)"}`, { location: locatePointer(src.yaml(), at), ruleId: id });
      }
      checkParamType(src, at, name, params[name], value, id);
    }
    rules.set(id, {
      ...rule,
      ...o.severity ? { severity: o.severity, stageSeverity: {} } : {},
      ...o.disabled !== void 0 ? { disabled: o.disabled } : {},
      ...o.waivable !== void 0 ? { waivable: o.waivable } : {},
      overrideParams: { ...rule.overrideParams, ...o.params ?? {} }
    });
  }
  for (const [id, rule] of rules) rules.set(id, { ...rule, params: { ...params, ...rule.overrideParams } });
  return {
    name: spec.name,
    version: spec.version,
    title: spec.title,
    ...spec.description ? { description: spec.description } : {},
    dir: ref.dir,
    file: src.file,
    extends: bases.flatMap((b) => [b.name, ...b.extends]),
    params,
    rules: [...rules.values()].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  };
}
function namespaceOf(id) {
  return id.slice(0, id.indexOf("/"));
}
function paramType(v) {
  if (v === null || v === void 0) return "null";
  if (Array.isArray(v)) return "list";
  if (typeof v === "number" || typeof v === "bigint") return Number.isInteger(Number(v)) ? "int" : "number";
  if (typeof v === "object") return "map";
  return typeof v;
}
function compatible(declared, given) {
  return declared === given || declared === "null" || declared === "number" && given === "int";
}
function checkParamType(src, pointer, name, declared, value, ruleId) {
  const want = paramType(declared);
  const got = paramType(value);
  let ok = compatible(want, got);
  if (ok && want === "list" && declared.length) {
    const el = paramType(declared[0]);
    ok = value.every((v) => compatible(el, paramType(v)));
    if (!ok) {
      throw new ConfigurationError(`param "${name}" must be a list of ${el} (as declared by the base pack); got ${JSON.stringify(value)}`, { location: locatePointer(src.yaml(), pointer), ...ruleId ? { ruleId } : {} });
    }
  }
  if (!ok) {
    throw new ConfigurationError(`param "${name}" must be ${want === "int" ? "an int" : `a ${want}`} (the base pack declares ${JSON.stringify(declared)}); got ${JSON.stringify(value)}`, { location: locatePointer(src.yaml(), pointer), ...ruleId ? { ruleId } : {} });
  }
}
function escape(seg) {
  return seg.replace(/~/g, "~0").replace(/\//g, "~1");
}
function collision(r, prior) {
  return new ConfigurationError(`rule id "${r.id}" is already defined in ${prior.file}:${prior.line} (pack ${prior.pack}); rename it or use overrides:`, {
    location: { file: r.file, line: r.line, column: r.column },
    ruleId: r.id
  });
}
function ruleFiles(dir, cwd) {
  const rulesDir = path2.join(dir, RULES_DIR);
  if (!fs2.existsSync(rulesDir)) return [];
  const names = fs2.readdirSync(rulesDir).filter((n) => n.endsWith(".yaml") || n.endsWith(".yml")).sort();
  if (names.length > MAX_RULE_FILES) throw new ConfigurationError(`${displayPath(rulesDir, cwd)} holds ${names.length} rule files, over the limit of ${MAX_RULE_FILES}`);
  return names.map((n) => path2.join(rulesDir, n));
}
function loadRuleFiles(dir, packName, cwd) {
  return ruleFiles(dir, cwd).map((abs) => compileRule(fileSource(abs, cwd), abs, packName, true));
}
function compileRule(src, filePath, packName, needsValidation) {
  const raw = src.value;
  const ruleId = typeof raw?.id === "string" ? raw.id : void 0;
  if (needsValidation) validate(src, packValidators().rule, "rule", ruleId);
  const spec = src.value;
  const stem = path2.basename(filePath).replace(/\.ya?ml$/, "");
  const local = spec.id.slice(spec.id.indexOf("/") + 1);
  if (local !== stem) {
    throw new ConfigurationError(`rule id "${spec.id}" does not match its file name: the part after "/" must be "${stem}" (one rule per file, named after the rule)`, {
      location: locatePointer(src.yaml(), "/id"),
      ruleId: spec.id
    });
  }
  const compile = (pointer, source, expected) => {
    try {
      return compileCel(source, expected);
    } catch (e) {
      if (!(e instanceof CelCompileError)) throw e;
      const location = locateInScalar(src.yaml(), pointer, e.offset);
      throw new ConfigurationError(`invalid CEL in ${pointer.slice(1)}: ${e.message}`, { location, ruleId: spec.id });
    }
  };
  const when = spec.when !== void 0 ? compile("/when", spec.when, "bool") : void 0;
  const each = spec.each !== void 0 ? compile("/each", spec.each, "list") : void 0;
  const assert = compile("/assert", spec.assert, "bool");
  const vars = {};
  for (const [name, source] of Object.entries(spec.vars ?? {})) vars[name] = compile(`/vars/${name}`, source, "any");
  const usesItem = [assert, ...Object.values(vars), ...when ? [when] : []].some((x) => x.variables.has("item") || x.variables.has("index"));
  if (usesItem && !each) {
    throw new ConfigurationError("the rule uses `item` or `index` but has no `each` list", { location: locatePointer(src.yaml(), "/assert"), ruleId: spec.id });
  }
  if (spec.groupBy !== void 0 && !each) {
    throw new ConfigurationError("`groupBy` folds the failing elements of `each`, but the rule has no `each` list", { location: locatePointer(src.yaml(), "/groupBy"), ruleId: spec.id });
  }
  if (when && (when.variables.has("item") || when.variables.has("index"))) {
    throw new ConfigurationError("`when` is evaluated once per rule, before `each`: it cannot use `item` or `index` (put the item condition in `assert`)", { location: locatePointer(src.yaml(), "/when"), ruleId: spec.id });
  }
  const all = [when, each, assert, ...Object.values(vars)].filter((x) => !!x);
  const start = src.start ?? locatePointer(src.yaml(), "");
  return {
    id: spec.id,
    pack: packName,
    title: spec.title,
    message: spec.message,
    severity: spec.severity,
    stageSeverity: spec.stageSeverity ?? {},
    articles: [...spec.articles].sort((a, b) => a - b),
    stages: spec.stages,
    rationale: spec.rationale,
    remediation: spec.remediation,
    waivable: spec.waivable ?? true,
    disabled: false,
    tags: spec.tags ?? [],
    params: {},
    overrideParams: {},
    ...spec.at !== void 0 ? { at: spec.at } : {},
    ...spec.subject !== void 0 ? { subject: spec.subject } : {},
    ...spec.groupBy !== void 0 ? { groupBy: spec.groupBy } : {},
    ...when ? { when } : {},
    ...each ? { each } : {},
    assert,
    vars,
    usesManifest: all.some((x) => x.variables.has("manifest")),
    file: src.file,
    line: start.line ?? 1,
    column: start.column ?? 1
  };
}

// src/disclose/question-info.ts
var q = (title, fix) => ({
  title: { en: title[0], "zh-CN": title[1] },
  purpose: {
    en: `A question of \`mobile-policy disclose\`: the documents it writes leave this value open ("to be confirmed"), because the manifest does not declare it and nothing is guessed.`,
    "zh-CN": "`mobile-policy disclose` \u63D0\u51FA\u7684\u95EE\u9898\uFF1A\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u672A\u7533\u62A5\u8BE5\u4FE1\u606F\uFF0C\u5DE5\u5177\u4E0D\u4F5C\u63A8\u6D4B\uFF0C\u751F\u6210\u7684\u6587\u4EF6\u4E2D\u8BE5\u5904\u6807\u6CE8\u4E3A\u201C\u5F85\u786E\u8BA4\u201D\u3002"
  },
  fix: { en: fix[0], "zh-CN": fix[1] }
});
var QUESTION_INFO = {
  "disclose/data-flows": q(["No data flows declared", "\u672A\u7533\u62A5\u6570\u636E\u6D41"], ["Add `dataFlows:` (an empty list when the app collects no personal information).", "\u8865\u5145 `dataFlows:`\uFF08\u4E0D\u6536\u96C6\u4E2A\u4EBA\u4FE1\u606F\u65F6\u5199\u7A7A\u5217\u8868\uFF09\u3002"]),
  "disclose/flow-data": q(["Data flow without personal information types", "\u6570\u636E\u6D41\u672A\u5217\u51FA\u4E2A\u4EBA\u4FE1\u606F\u7C7B\u578B"], ["Fill in `dataFlows[].data`.", "\u586B\u5199 `dataFlows[].data`\u3002"]),
  "disclose/flow-purpose": q(["Data flow without purpose", "\u6570\u636E\u6D41\u672A\u5199\u660E\u76EE\u7684"], ["Fill in `dataFlows[].purpose`.", "\u586B\u5199 `dataFlows[].purpose`\u3002"]),
  "disclose/flow-legal-basis": q(["Data flow without legal basis", "\u6570\u636E\u6D41\u672A\u5199\u660E\u5904\u7406\u4F9D\u636E"], ["Fill in `dataFlows[].legalBasis`.", "\u586B\u5199 `dataFlows[].legalBasis`\u3002"]),
  "disclose/flow-necessary": q(["Data flow: necessary or not is not said", "\u6570\u636E\u6D41\u672A\u8BF4\u660E\u662F\u5426\u5FC5\u8981"], ["Fill in `dataFlows[].necessary`.", "\u586B\u5199 `dataFlows[].necessary`\u3002"]),
  "disclose/sdk-personal-info": q(["SDK without personal information", "SDK \u672A\u5217\u51FA\u4E2A\u4EBA\u4FE1\u606F"], ["Fill in `sdks[].personalInfo` (an empty list when it receives none).", "\u586B\u5199 `sdks[].personalInfo`\uFF08\u4E0D\u63A5\u6536\u4E2A\u4EBA\u4FE1\u606F\u65F6\u5199\u7A7A\u5217\u8868\uFF09\u3002"]),
  "disclose/sdk-purpose": q(["SDK without purpose", "SDK \u672A\u5199\u660E\u4F7F\u7528\u76EE\u7684"], ["Fill in `sdks[].purpose`.", "\u586B\u5199 `sdks[].purpose`\u3002"]),
  "disclose/sdk-vendor": q(["SDK without provider", "SDK \u672A\u5199\u660E\u63D0\u4F9B\u65B9"], ["Fill in `sdks[].vendor`.", "\u586B\u5199 `sdks[].vendor`\u3002"]),
  "disclose/sdk-privacy-policy": q(["SDK without privacy-policy link", "SDK \u7F3A\u5C11\u9690\u79C1\u653F\u7B56\u94FE\u63A5"], ["Fill in `sdks[].privacyPolicy` with the vendor's privacy policy.", "\u5728 `sdks[].privacyPolicy` \u4E2D\u586B\u5199\u63D0\u4F9B\u65B9\u7684\u9690\u79C1\u653F\u7B56\u94FE\u63A5\u3002"]),
  "disclose/sdk-flow": q(["SDK without a data flow", "SDK \u7F3A\u5C11\u5BF9\u5E94\u6570\u636E\u6D41"], ["Add a `dataFlows[]` entry with `recipient: sdk:<id>`, `encryptedInTransit` and `crossBorder`.", "\u65B0\u589E `recipient: sdk:<id>` \u7684 `dataFlows[]` \u6761\u76EE\uFF0C\u5E76\u586B\u5199 `encryptedInTransit` \u548C `crossBorder`\u3002"]),
  "disclose/sdk-undeclared": q(["Shipped SDK not declared", "\u6784\u5EFA\u4E2D\u7684 SDK \u672A\u7533\u62A5"], ["Add an `sdks[]` entry for it (`nfra/sdk-declared` reports the same).", "\u4E3A\u5176\u65B0\u589E `sdks[]` \u6761\u76EE\uFF08`nfra/sdk-declared` \u4E5F\u4F1A\u62A5\u544A\u8BE5\u95EE\u9898\uFF09\u3002"]),
  "disclose/play-data-type": q(["Google Play data type to choose", "\u9700\u9009\u62E9 Google Play \u6570\u636E\u7C7B\u578B"], ["Choose the data type in Play Console, or declare a more specific type in `dataFlows[].data`.", "\u5728 Play \u7BA1\u7406\u4E2D\u5FC3\u4E2D\u9009\u62E9\u6570\u636E\u7C7B\u578B\uFF0C\u6216\u5728 `dataFlows[].data` \u4E2D\u7533\u62A5\u66F4\u5177\u4F53\u7684\u7C7B\u578B\u3002"]),
  "disclose/play-encrypted": q(["Encryption in transit not declared for every flow", "\u90E8\u5206\u6570\u636E\u6D41\u672A\u7533\u62A5\u4F20\u8F93\u52A0\u5BC6"], ["Fill in `dataFlows[].encryptedInTransit` for every flow.", "\u4E3A\u6BCF\u6761\u6570\u636E\u6D41\u586B\u5199 `dataFlows[].encryptedInTransit`\u3002"]),
  "disclose/play-accounts": q(["Google Play: accounts and deletion", "Google Play\uFF1A\u8D26\u6237\u4E0E\u5220\u9664"], ["Answer account creation and the deletion links in Play Console; the manifest has no field for them.", "\u5728 Play \u7BA1\u7406\u4E2D\u5FC3\u4E2D\u56DE\u7B54\u8D26\u6237\u521B\u5EFA\u65B9\u5F0F\u548C\u5220\u9664\u94FE\u63A5\uFF1B\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u4E2D\u6CA1\u6709\u5BF9\u5E94\u5B57\u6BB5\u3002"]),
  "disclose/play-shared": q(["Google Play: sharing or service provider", "Google Play\uFF1A\u5171\u4EAB\u8FD8\u662F\u53D7\u6258\u5904\u7406"], ["Decide in Play Console whether the SDK or vendor shares the data or processes it on your behalf; a `third-party:` recipient is always sharing.", "\u5728 Play \u7BA1\u7406\u4E2D\u5FC3\u4E2D\u5224\u65AD\u8BE5 SDK \u6216\u4F9B\u5E94\u5546\u5C5E\u4E8E\u5171\u4EAB\u8FD8\u662F\u53D7\u6258\u5904\u7406\uFF1B\u63A5\u6536\u65B9\u4E3A `third-party:` \u7684\u4E00\u5F8B\u89C6\u4E3A\u5171\u4EAB\u3002"]),
  "disclose/play-required": q(["Google Play: required or optional", "Google Play\uFF1A\u5FC5\u9700\u8FD8\u662F\u53EF\u9009"], ["Fill in `dataFlows[].necessary`.", "\u586B\u5199 `dataFlows[].necessary`\u3002"]),
  "disclose/play-purpose": q(["Google Play: purpose of SDK data", "Google Play\uFF1ASDK \u6570\u636E\u7684\u6536\u96C6\u76EE\u7684"], ["Add a `dataFlows[]` entry with `recipient: sdk:<id>` and its `purpose`.", "\u65B0\u589E `recipient: sdk:<id>` \u7684 `dataFlows[]` \u6761\u76EE\u5E76\u586B\u5199 `purpose`\u3002"]),
  "disclose/play-ephemeral": q(["Google Play: ephemeral processing", "Google Play\uFF1A\u4E34\u65F6\u5904\u7406"], ["Answer in Play Console; the manifest has no field for it.", "\u5728 Play \u7BA1\u7406\u4E2D\u5FC3\u4E2D\u56DE\u7B54\uFF1B\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u4E2D\u6CA1\u6709\u5BF9\u5E94\u5B57\u6BB5\u3002"]),
  "disclose/app-store-purpose": q(["App Store: purpose of SDK data", "App Store\uFF1ASDK \u6570\u636E\u7684\u6536\u96C6\u76EE\u7684"], ["Add a `dataFlows[]` entry with `recipient: sdk:<id>` and its `purpose`.", "\u65B0\u589E `recipient: sdk:<id>` \u7684 `dataFlows[]` \u6761\u76EE\u5E76\u586B\u5199 `purpose`\u3002"]),
  "disclose/app-store-linked": q(["App Store: linked to the user, tracking", "App Store\uFF1A\u662F\u5426\u5173\u8054\u7528\u6237\u8EAB\u4EFD\u53CA\u7528\u4E8E\u8DDF\u8E2A"], ["Set `data_protections` in the JSON (DATA_LINKED_TO_YOU or DATA_NOT_LINKED_TO_YOU, plus DATA_USED_TO_TRACK_YOU) before uploading it.", "\u4E0A\u4F20\u524D\u5728 JSON \u4E2D\u586B\u5199 `data_protections`\uFF08`DATA_LINKED_TO_YOU` \u6216 `DATA_NOT_LINKED_TO_YOU`\uFF0C\u5982\u7528\u4E8E\u8DDF\u8E2A\u518D\u52A0 `DATA_USED_TO_TRACK_YOU`\uFF09\u3002"])
};

// src/core/diagnostics.ts
var d = (title, purpose, fix) => ({
  title: { en: title[0], "zh-CN": title[1] },
  purpose: { en: purpose[0], "zh-CN": purpose[1] },
  fix: { en: fix[0], "zh-CN": fix[1] }
});
var UNREAD_EVIDENCE = ["Rules that read this file saw nothing from it, so a pass of theirs would say more than the tool knows.", "\u8BFB\u53D6\u8BE5\u6587\u4EF6\u7684\u89C4\u5219\u65E0\u6CD5\u83B7\u5F97\u5176\u5185\u5BB9\uFF0C\u5176\u201C\u901A\u8FC7\u201D\u7ED3\u8BBA\u5C06\u8D85\u51FA\u5DE5\u5177\u5B9E\u9645\u638C\u63E1\u7684\u60C5\u51B5\u3002"];
var DIAGNOSTICS = {
  "manifest/missing": d(
    ["No app manifest", "\u7F3A\u5C11\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6"],
    ["No mobile-app.yaml was found for the app. Without it the app is not in the ledger and no manifest evidence (ownership, SDKs, data flows, tests) can be checked.", "\u672A\u627E\u5230\u5E94\u7528\u7684 mobile-app.yaml\u3002\u6CA1\u6709\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\uFF0C\u5E94\u7528\u5C31\u4E0D\u5728\u53F0\u8D26\u4E2D\uFF0C\u4E5F\u65E0\u6CD5\u6838\u5BF9\u5176\u4E2D\u7684\u4EFB\u4F55\u8BC1\u636E\uFF08\u7BA1\u7406\u8D23\u4EFB\u3001SDK\u3001\u6570\u636E\u6D41\u3001\u6D4B\u8BD5\u7B49\uFF09\u3002"],
    ["Add mobile-app.yaml at the app's root: `mobile-policy init DIR` drafts one from the build files; docs/manifest.md describes every field. Or pass `--manifest FILE`.", "\u5728\u5E94\u7528\u6839\u76EE\u5F55\u6DFB\u52A0 mobile-app.yaml\uFF1A`mobile-policy init DIR` \u53EF\u6839\u636E\u6784\u5EFA\u6587\u4EF6\u751F\u6210\u8349\u7A3F\uFF0C\u5404\u5B57\u6BB5\u8BF4\u660E\u89C1 docs/manifest.md\uFF1B\u4E5F\u53EF\u901A\u8FC7 `--manifest FILE` \u6307\u5B9A\u3002"]
  ),
  "manifest/unreadable": d(
    ["App manifest cannot be read", "\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u65E0\u6CD5\u8BFB\u53D6"],
    ["The manifest file exists but could not be read (permissions, a folder of that name, a broken link).", "\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u5B58\u5728\uFF0C\u4F46\u65E0\u6CD5\u8BFB\u53D6\uFF08\u6743\u9650\u95EE\u9898\u3001\u540C\u540D\u6587\u4EF6\u5939\u6216\u5931\u6548\u94FE\u63A5\u7B49\uFF09\u3002"],
    ["Make the file a readable regular file in the repository.", "\u5C06\u8BE5\u6587\u4EF6\u6539\u4E3A\u4ED3\u5E93\u4E2D\u53EF\u8BFB\u53D6\u7684\u666E\u901A\u6587\u4EF6\u3002"]
  ),
  "manifest/parse": d(
    ["App manifest cannot be parsed", "\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u65E0\u6CD5\u89E3\u6790"],
    ["The manifest is not valid YAML, or uses YAML the tool refuses (tags, merge keys, very deep nesting). Nothing in it could be checked.", "\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u4E0D\u662F\u6709\u6548\u7684 YAML\uFF0C\u6216\u4F7F\u7528\u4E86\u672C\u5DE5\u5177\u62D2\u7EDD\u7684 YAML \u5199\u6CD5\uFF08\u6807\u7B7E\u3001\u5408\u5E76\u952E\u3001\u8FC7\u6DF1\u5D4C\u5957\u7B49\uFF09\uFF0C\u5176\u4E2D\u5185\u5BB9\u5747\u65E0\u6CD5\u6838\u5BF9\u3002"],
    ["Fix the YAML at the reported line and column; keep to plain mappings, lists and scalars.", "\u6309\u62A5\u544A\u7684\u884C\u5217\u4F4D\u7F6E\u4FEE\u6B63 YAML\uFF1B\u53EA\u4F7F\u7528\u666E\u901A\u6620\u5C04\u3001\u5217\u8868\u548C\u6807\u91CF\u3002"]
  ),
  "manifest/empty": d(
    ["App manifest is empty", "\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u4E3A\u7A7A"],
    ["The manifest holds no fields.", "\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u4E2D\u6CA1\u6709\u4EFB\u4F55\u5B57\u6BB5\u3002"],
    ["Start with `apiVersion: mobile-policy/v1` and an `app:` section, or run `mobile-policy init`.", "\u4EE5 `apiVersion: mobile-policy/v1` \u548C `app:` \u90E8\u5206\u5F00\u5934\uFF0C\u6216\u8FD0\u884C `mobile-policy init` \u751F\u6210\u8349\u7A3F\u3002"]
  ),
  "manifest/not-mapping": d(
    ["App manifest is not a mapping", "\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u4E0D\u662F\u952E\u503C\u6620\u5C04"],
    ["The top of the manifest is a list or a single value, not a mapping of fields.", "\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u7684\u9876\u5C42\u662F\u5217\u8868\u6216\u5355\u4E2A\u503C\uFF0C\u800C\u4E0D\u662F\u5B57\u6BB5\u6620\u5C04\u3002"],
    ["Write the manifest as `field: value` lines starting with `apiVersion:` and `app:`.", "\u6309 `\u5B57\u6BB5: \u53D6\u503C` \u7684\u5F62\u5F0F\u4E66\u5199\uFF0C\u4EE5 `apiVersion:` \u548C `app:` \u5F00\u5934\u3002"]
  ),
  "manifest/multiple-documents": d(
    ["App manifest holds several YAML documents", "\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u5305\u542B\u591A\u4E2A YAML \u6587\u6863"],
    ["The file has more than one YAML document (`---`); only the first is read.", "\u6587\u4EF6\u4E2D\u6709\u591A\u4E2A YAML \u6587\u6863\uFF08`---`\uFF09\uFF0C\u53EA\u8BFB\u53D6\u7B2C\u4E00\u4E2A\u3002"],
    ["Keep one app per file; put each app's manifest in its own folder.", "\u6BCF\u4E2A\u6587\u4EF6\u53EA\u63CF\u8FF0\u4E00\u4E2A\u5E94\u7528\uFF1B\u5404\u5E94\u7528\u7684\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u653E\u5728\u5404\u81EA\u76EE\u5F55\u4E2D\u3002"]
  ),
  "manifest/alias-limit": d(
    ["Too many YAML aliases in the manifest", "\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u4E2D\u7684 YAML \u522B\u540D\u8FC7\u591A"],
    ['Aliases (`*name`) expand too often or in a cycle, as in a "billion laughs" attack; the file was not read.', "\u522B\u540D\uFF08`*name`\uFF09\u5C55\u5F00\u6B21\u6570\u8FC7\u591A\u6216\u5FAA\u73AF\u5F15\u7528\uFF08\u7C7B\u4F3C\u201C\u5341\u4EBF\u7B11\u58F0\u201D\u653B\u51FB\uFF09\uFF0C\u6587\u4EF6\u672A\u88AB\u8BFB\u53D6\u3002"],
    ["Write the values out instead of using aliases.", "\u76F4\u63A5\u5199\u51FA\u53D6\u503C\uFF0C\u4E0D\u8981\u4F7F\u7528\u522B\u540D\u3002"]
  ),
  "manifest/api-version": d(
    ["Unknown manifest apiVersion", "\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u7684 `apiVersion` \u65E0\u6CD5\u8BC6\u522B"],
    ["`apiVersion` is missing or names a version this build does not know, so the manifest was not validated against a schema.", "`apiVersion` \u7F3A\u5931\u6216\u4E3A\u672C\u7248\u672C\u4E0D\u8BA4\u8BC6\u7684\u7248\u672C\uFF0C\u56E0\u6B64\u672A\u6309\u6A21\u5F0F\u5B9A\u4E49\u6821\u9A8C\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u5185\u5BB9\u3002"],
    ["Set `apiVersion: mobile-policy/v1` on the first line (or upgrade mobile-policy).", "\u5728\u7B2C\u4E00\u884C\u8BBE\u7F6E `apiVersion: mobile-policy/v1`\uFF08\u6216\u5347\u7EA7 mobile-policy\uFF09\u3002"]
  ),
  "manifest/schema": d(
    ["App manifest does not match the schema", "\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u4E0D\u7B26\u5408\u6A21\u5F0F\u5B9A\u4E49"],
    ["A field has the wrong type or form, a required field is missing, or a value is outside the field's vocabulary. Rules that read the field may judge it wrongly.", "\u5B57\u6BB5\u7C7B\u578B\u6216\u683C\u5F0F\u9519\u8BEF\u3001\u7F3A\u5C11\u5FC5\u586B\u5B57\u6BB5\uFF0C\u6216\u53D6\u503C\u4E0D\u5728\u8BCD\u8868\u5185\u3002\u8BFB\u53D6\u8BE5\u5B57\u6BB5\u7684\u89C4\u5219\u53EF\u80FD\u636E\u6B64\u4F5C\u51FA\u9519\u8BEF\u5224\u65AD\u3002"],
    ["Correct the field as the message says; `mobile-policy schema` prints the schema and docs/manifest.md lists every vocabulary.", "\u6309\u63D0\u793A\u4FEE\u6B63\u8BE5\u5B57\u6BB5\uFF1B`mobile-policy schema` \u8F93\u51FA\u6A21\u5F0F\u5B9A\u4E49\uFF0C\u5404\u8BCD\u8868\u89C1 docs/manifest.md\u3002"]
  ),
  "manifest/unknown-key": d(
    ["Unknown manifest field", "\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u4E2D\u6709\u672A\u77E5\u5B57\u6BB5"],
    ["The field is not part of the manifest format (often a typo); its value is not read by any rule.", "\u8BE5\u5B57\u6BB5\u4E0D\u5C5E\u4E8E\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u7684\u683C\u5F0F\uFF08\u5E38\u4E3A\u62FC\u5199\u9519\u8BEF\uFF09\uFF0C\u4EFB\u4F55\u89C4\u5219\u90FD\u4E0D\u4F1A\u8BFB\u53D6\u5176\u53D6\u503C\u3002"],
    ["Rename it to the field the message suggests, or remove it.", "\u6309\u63D0\u793A\u6539\u4E3A\u6B63\u786E\u7684\u5B57\u6BB5\u540D\uFF0C\u6216\u5220\u9664\u8BE5\u5B57\u6BB5\u3002"]
  ),
  "scope/no-app-build": d(
    ["No app build for the manifest", "\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u627E\u4E0D\u5230\u5E94\u7528\u6784\u5EFA"],
    ["The manifest's folder holds no app build (Gradle, Xcode, XcodeGen, Flutter, React Native, HarmonyOS) and no build in the repository declares `app.id`. Nothing of the app's code could be checked, so a clean result would say more than the tool knows.", "\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u6240\u5728\u76EE\u5F55\u6CA1\u6709\u5E94\u7528\u6784\u5EFA\uFF08Gradle\u3001Xcode\u3001XcodeGen\u3001Flutter\u3001React Native\u3001HarmonyOS\uFF09\uFF0C\u4ED3\u5E93\u4E2D\u4E5F\u6CA1\u6709\u4EFB\u4F55\u6784\u5EFA\u58F0\u660E `app.id`\u3002\u5E94\u7528\u4EE3\u7801\u5747\u672A\u88AB\u68C0\u67E5\uFF0C\u201C\u65E0\u95EE\u9898\u201D\u7684\u7ED3\u8BBA\u5C06\u8D85\u51FA\u5DE5\u5177\u5B9E\u9645\u638C\u63E1\u7684\u60C5\u51B5\u3002"],
    ["Keep mobile-app.yaml at the app's root, or make `app.id` the application id / bundle identifier / bundle name the build declares, or list the app's folders in `scope.include`.", "\u5C06 mobile-app.yaml \u653E\u5728\u5E94\u7528\u6839\u76EE\u5F55\uFF0C\u6216\u4F7F `app.id` \u4E0E\u6784\u5EFA\u58F0\u660E\u7684\u5E94\u7528\u6807\u8BC6\uFF08`applicationId`\u3001`PRODUCT_BUNDLE_IDENTIFIER`\u3001`bundleName`\uFF09\u4E00\u81F4\uFF0C\u6216\u5728 `scope.include` \u4E2D\u5217\u51FA\u5E94\u7528\u6240\u5728\u76EE\u5F55\u3002"]
  ),
  "scope/platform-missing": d(
    ["Declared platform has no build", "\u58F0\u660E\u7684\u5E73\u53F0\u6CA1\u6709\u6784\u5EFA"],
    ["The manifest declares a platform (`app.kinds`, or `compatibility.*` where kinds is not written) but no build of that platform is in the app's scope: its platform rules saw nothing.", "\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u58F0\u660E\u4E86\u67D0\u4E2A\u5E73\u53F0\uFF08`app.kinds`\uFF1B\u672A\u5199 `kinds` \u65F6\u4E3A `compatibility.*`\uFF09\uFF0C\u4F46\u5E94\u7528\u8303\u56F4\u5185\u6CA1\u6709\u8BE5\u5E73\u53F0\u7684\u6784\u5EFA\uFF0C\u76F8\u5E94\u5E73\u53F0\u89C4\u5219\u672A\u68C0\u67E5\u4EFB\u4F55\u5185\u5BB9\u3002"],
    ["Remove the platform from the manifest if the app does not ship on it, or bring its build into scope (`scope.include`).", "\u5982\u5E94\u7528\u4E0D\u5728\u8BE5\u5E73\u53F0\u53D1\u5E03\uFF0C\u8BF7\u4ECE\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u4E2D\u5220\u9664\u8BE5\u5E73\u53F0\uFF1B\u5426\u5219\u5C06\u5176\u6784\u5EFA\u7EB3\u5165\u8303\u56F4\uFF08`scope.include`\uFF09\u3002"]
  ),
  "manifest/duplicate-key": d(
    ["Duplicate key in the manifest", "\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u4E2D\u5B58\u5728\u91CD\u590D\u7684\u952E"],
    ["The same key appears twice in one mapping; only the first is used.", "\u540C\u4E00\u6620\u5C04\u4E2D\u540C\u4E00\u4E2A\u952E\u51FA\u73B0\u4E86\u4E24\u6B21\uFF0C\u53EA\u4F7F\u7528\u7B2C\u4E00\u4E2A\u3002"],
    ["Keep one of the two and merge their values.", "\u4FDD\u7559\u5176\u4E2D\u4E00\u4E2A\uFF0C\u5E76\u5408\u5E76\u4E24\u5904\u7684\u53D6\u503C\u3002"]
  ),
  "manifest/todo": d(
    ["Manifest field still to be filled in", "\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u5B57\u6BB5\u4ECD\u5F85\u586B\u5199"],
    ["`mobile-policy init` writes `TODO` where only the app team knows the value (owners, filing number, assessments). Each one is reported once, until it is filled in.", "`mobile-policy init` \u5728\u53EA\u6709\u5E94\u7528\u56E2\u961F\u624D\u77E5\u9053\u53D6\u503C\u7684\u4F4D\u7F6E\uFF08\u8D1F\u8D23\u4EBA\u3001\u5907\u6848\u53F7\u3001\u8BC4\u4F30\u7B49\uFF09\u5199\u5165 `TODO`\u3002\u6BCF\u5904\u5F85\u586B\u5199\u9879\u62A5\u544A\u4E00\u6B21\uFF0C\u76F4\u81F3\u586B\u5199\u5B8C\u6BD5\u3002"],
    ["Replace `TODO` with the real value (docs/manifest.md describes each field). While drafting, `check --skip-rule manifest/todo` hides these findings.", "\u5C06 `TODO` \u66FF\u6362\u4E3A\u771F\u5B9E\u53D6\u503C\uFF08\u5404\u5B57\u6BB5\u8BF4\u660E\u89C1 docs/manifest.md\uFF09\u3002\u8D77\u8349\u671F\u95F4\u53EF\u7528 `check --skip-rule manifest/todo` \u6682\u65F6\u9690\u85CF\u6B64\u7C7B\u95EE\u9898\u3002"]
  ),
  "manifest/ambiguous": d(
    ["More than one manifest for the app", "\u540C\u4E00\u5E94\u7528\u5B58\u5728\u591A\u4E2A\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6"],
    ["Two manifest files describe the same app folder (for example `.yaml` and `.yml`, or the root and `.github/`); one is checked, the other ignored.", "\u540C\u4E00\u5E94\u7528\u76EE\u5F55\u4E0B\u6709\u4E24\u4E2A\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\uFF08\u5982 `.yaml` \u4E0E `.yml`\uFF0C\u6216\u6839\u76EE\u5F55\u4E0E `.github/` \u4E0B\u5404\u4E00\u4E2A\uFF09\uFF0C\u53EA\u6838\u5BF9\u5176\u4E2D\u4E00\u4E2A\uFF0C\u53E6\u4E00\u4E2A\u88AB\u5FFD\u7565\u3002"],
    ["Delete or merge the extra file so each app has exactly one manifest.", "\u5220\u9664\u6216\u5408\u5E76\u591A\u4F59\u7684\u6587\u4EF6\uFF0C\u4F7F\u6BCF\u4E2A\u5E94\u7528\u53EA\u6709\u4E00\u4E2A\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u3002"]
  ),
  "manifest/conflict": d(
    ["Conflicting app manifests", "\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u76F8\u4E92\u51B2\u7A81"],
    ["Two manifests claim the same app.", "\u4E24\u4E2A\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u63CF\u8FF0\u4E86\u540C\u4E00\u4E2A\u5E94\u7528\u3002"],
    ["Keep one manifest per app.", "\u6BCF\u4E2A\u5E94\u7528\u53EA\u4FDD\u7559\u4E00\u4E2A\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u3002"]
  ),
  "manifest/vocabulary": d(
    ["Value outside the manifest vocabulary", "\u53D6\u503C\u4E0D\u5728\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u8BCD\u8868\u5185"],
    ["A field takes one of a fixed list of values and this one is not in it.", "\u8BE5\u5B57\u6BB5\u53EA\u80FD\u53D6\u8BCD\u8868\u4E2D\u7684\u503C\uFF0C\u5F53\u524D\u53D6\u503C\u4E0D\u5728\u5176\u4E2D\u3002"],
    ["Use one of the values docs/manifest.md lists for the field.", "\u6539\u7528 docs/manifest.md \u4E3A\u8BE5\u5B57\u6BB5\u5217\u51FA\u7684\u53D6\u503C\u4E4B\u4E00\u3002"]
  ),
  "android/xml-parse": d(
    ["Android XML file cannot be parsed", "Android XML \u6587\u4EF6\u65E0\u6CD5\u89E3\u6790"],
    ["An AndroidManifest.xml, network security config or other Android XML resource is not well-formed XML. " + UNREAD_EVIDENCE[0], "AndroidManifest.xml \u6E05\u5355\u6587\u4EF6\u3001\u7F51\u7EDC\u5B89\u5168\u914D\u7F6E\u6216\u5176\u4ED6\u5B89\u5353 XML \u8D44\u6E90\u4E0D\u662F\u683C\u5F0F\u6B63\u786E\u7684 XML\u3002" + UNREAD_EVIDENCE[1]],
    ["Fix the XML at the reported line (the Android build would reject it too).", "\u6309\u62A5\u544A\u7684\u884C\u53F7\u4FEE\u6B63 XML\uFF08Android \u6784\u5EFA\u540C\u6837\u4F1A\u62D2\u7EDD\u8BE5\u6587\u4EF6\uFF09\u3002"]
  ),
  "android/gradle-parse": d(
    ["Gradle build script nested too deeply", "Gradle \u6784\u5EFA\u811A\u672C\u5D4C\u5957\u8FC7\u6DF1"],
    ["A build.gradle(.kts) nests blocks deeper than any build script needs; what is inside the deep blocks was not read. " + UNREAD_EVIDENCE[0], "\u6784\u5EFA\u811A\u672C\uFF08build.gradle\u3001build.gradle.kts\uFF09\u7684\u4EE3\u7801\u5757\u5D4C\u5957\u6DF1\u5EA6\u8FDC\u8D85\u6B63\u5E38\u6784\u5EFA\u811A\u672C\uFF0C\u8FC7\u6DF1\u90E8\u5206\u7684\u5185\u5BB9\u672A\u88AB\u8BFB\u53D6\u3002" + UNREAD_EVIDENCE[1]],
    ["Fix the braces at the reported line (the file is probably damaged or generated).", "\u6309\u62A5\u544A\u7684\u884C\u53F7\u4FEE\u6B63\u82B1\u62EC\u53F7\uFF08\u8BE5\u6587\u4EF6\u53EF\u80FD\u5DF2\u635F\u574F\u6216\u7531\u5DE5\u5177\u751F\u6210\uFF09\u3002"]
  ),
  "android/toml-parse": d(
    ["Gradle version catalog cannot be parsed", "Gradle \u7248\u672C\u76EE\u5F55\u65E0\u6CD5\u89E3\u6790"],
    ["A `gradle/*.versions.toml` file is not valid TOML: the dependencies and SDK levels it declares are unknown to the rules.", "`gradle/*.versions.toml` \u6587\u4EF6\u4E0D\u662F\u6709\u6548\u7684 TOML\uFF1A\u89C4\u5219\u65E0\u6CD5\u83B7\u77E5\u5176\u4E2D\u58F0\u660E\u7684\u4F9D\u8D56\u548C SDK \u7248\u672C\u3002"],
    ["Fix the TOML at the reported line.", "\u6309\u62A5\u544A\u7684\u884C\u53F7\u4FEE\u6B63 TOML\u3002"]
  ),
  "ios/plist-parse": d(
    ["Property list cannot be parsed", "\u5C5E\u6027\u5217\u8868\u6587\u4EF6\u65E0\u6CD5\u89E3\u6790"],
    ["An Info.plist, entitlements file or \u9690\u79C1\u6E05\u5355 (PrivacyInfo.xcprivacy) is not a valid property list. " + UNREAD_EVIDENCE[0], "Info.plist\u3001\u6743\u9650\u914D\u7F6E\u6587\u4EF6\u6216\u9690\u79C1\u6E05\u5355\uFF08PrivacyInfo.xcprivacy\uFF09\u4E0D\u662F\u6709\u6548\u7684\u5C5E\u6027\u5217\u8868\u3002" + UNREAD_EVIDENCE[1]],
    ["Fix the file (`plutil -lint FILE` shows the error on a Mac).", "\u4FEE\u6B63\u8BE5\u6587\u4EF6\uFF08\u5728 Mac \u4E0A\u53EF\u7528 `plutil -lint FILE` \u67E5\u770B\u9519\u8BEF\uFF09\u3002"]
  ),
  "harmonyos/json5-parse": d(
    ["HarmonyOS JSON5 file cannot be parsed", "HarmonyOS JSON5 \u6587\u4EF6\u65E0\u6CD5\u89E3\u6790"],
    ["A `module.json5`, `app.json5` or `build-profile.json5` is not valid JSON5. " + UNREAD_EVIDENCE[0], "`module.json5`\u3001`app.json5` \u6216 `build-profile.json5` \u4E0D\u662F\u6709\u6548\u7684 JSON5\u3002" + UNREAD_EVIDENCE[1]],
    ["Fix the JSON5 at the reported line.", "\u6309\u62A5\u544A\u7684\u884C\u53F7\u4FEE\u6B63 JSON5\u3002"]
  ),
  "sdks/parse": d(
    ["Dependency file cannot be parsed", "\u4F9D\u8D56\u6587\u4EF6\u65E0\u6CD5\u89E3\u6790"],
    ["A build or lock file (Gradle, Podfile.lock, package-lock.json, pubspec.lock, ...) could not be read: the components it declares are missing from the inventory and from the SDK rules.", "\u6784\u5EFA\u6587\u4EF6\u6216\u9501\u6587\u4EF6\uFF08Gradle\u3001Podfile.lock\u3001package-lock.json\u3001pubspec.lock \u7B49\uFF09\u65E0\u6CD5\u8BFB\u53D6\uFF1A\u5176\u4E2D\u58F0\u660E\u7684\u7EC4\u4EF6\u672A\u8FDB\u5165\u7EC4\u4EF6\u6E05\u70B9\uFF0C\u4E5F\u672A\u7ECF SDK \u89C4\u5219\u6838\u5BF9\u3002"],
    ["Fix the file at the reported line, or regenerate the lock file with its tool.", "\u6309\u62A5\u544A\u7684\u884C\u53F7\u4FEE\u6B63\u8BE5\u6587\u4EF6\uFF0C\u6216\u7528\u76F8\u5E94\u5DE5\u5177\u91CD\u65B0\u751F\u6210\u9501\u6587\u4EF6\u3002"]
  ),
  "sdks/binary-unreadable": d(
    ["Vendored binary cannot be read", "\u5185\u7F6E\u4E8C\u8FDB\u5236\u6587\u4EF6\u65E0\u6CD5\u8BFB\u53D6"],
    ["A vendored .jar, .aar, .so, .a or framework binary is damaged, truncated or over the read budget, so the class and symbol names inside it were not read: its SDK is identified by its file name only, and a renamed SDK binary may go unrecognised.", "\u5185\u7F6E\u7684 `.jar`\u3001`.aar`\u3001`.so`\u3001`.a` \u6216\u6846\u67B6\u4E8C\u8FDB\u5236\u6587\u4EF6\u5DF2\u635F\u574F\u3001\u88AB\u622A\u65AD\u6216\u8D85\u51FA\u8BFB\u53D6\u9884\u7B97\uFF0C\u5176\u4E2D\u7684\u7C7B\u540D\u548C\u7B26\u53F7\u540D\u672A\u88AB\u8BFB\u53D6\uFF1A\u4EC5\u6309\u6587\u4EF6\u540D\u8BC6\u522B\u5176\u6240\u5C5E SDK\uFF0C\u6539\u540D\u540E\u7684 SDK \u4E8C\u8FDB\u5236\u6587\u4EF6\u53EF\u80FD\u65E0\u6CD5\u8BC6\u522B\u3002"],
    ["Replace the file with an intact copy from the vendor (check that it is not a Git LFS pointer), or declare its SDK in sdks[] by hand.", "\u7528\u4F9B\u5E94\u5546\u63D0\u4F9B\u7684\u5B8C\u6574\u6587\u4EF6\u66FF\u6362\uFF08\u5E76\u786E\u8BA4\u4E0D\u662F `git lfs` \u6307\u9488\u6587\u4EF6\uFF09\uFF0C\u6216\u5728 `sdks[]` \u4E2D\u624B\u5DE5\u7533\u62A5\u5176\u6240\u5C5E SDK\u3002"]
  ),
  "links/file-skipped": d(
    ["File skipped by the link scan", "\u94FE\u63A5\u626B\u63CF\u8DF3\u8FC7\u4E86\u8BE5\u6587\u4EF6"],
    ["The file looks minified, bundled or generated, so URLs in it were not checked against `security.allowedDomains` or for cleartext.", "\u8BE5\u6587\u4EF6\u770B\u8D77\u6765\u7ECF\u8FC7\u538B\u7F29\u3001\u6253\u5305\u6216\u7531\u5DE5\u5177\u751F\u6210\uFF0C\u56E0\u6B64\u672A\u68C0\u67E5\u5176\u4E2D\u7684\u94FE\u63A5\u662F\u5426\u5728 `security.allowedDomains` \u5185\u6216\u662F\u5426\u4E3A\u660E\u6587\u4F20\u8F93\u3002"],
    ["Nothing to do if the file is generated. If it is source, break its long lines; or exclude it from the repository.", "\u5982\u4E3A\u751F\u6210\u6587\u4EF6\u5219\u65E0\u9700\u5904\u7406\uFF1B\u5982\u4E3A\u6E90\u7801\uFF0C\u8BF7\u62C6\u5206\u8D85\u957F\u884C\uFF0C\u6216\u5C06\u5176\u79FB\u51FA\u4ED3\u5E93\u3002"]
  ),
  "links/long-lines-skipped": d(
    ["Long lines skipped by the link scan", "\u94FE\u63A5\u626B\u63CF\u8DF3\u8FC7\u4E86\u8D85\u957F\u884C"],
    ["Lines longer than the scan limit were not searched for URLs.", "\u8D85\u8FC7\u626B\u63CF\u957F\u5EA6\u4E0A\u9650\u7684\u884C\u672A\u88AB\u68C0\u67E5\u94FE\u63A5\u3002"],
    ["Break the long lines if they are hand-written source.", "\u5982\u4E3A\u624B\u5199\u6E90\u7801\uFF0C\u8BF7\u62C6\u5206\u8D85\u957F\u884C\u3002"]
  ),
  "links/too-many-urls": d(
    ["Too many URLs to check", "\u94FE\u63A5\u6570\u91CF\u8FC7\u591A\uFF0C\u672A\u5168\u90E8\u68C0\u67E5"],
    ["The repository holds more URLs than the scan checks; the rest were not compared with `security.allowedDomains`.", "\u4ED3\u5E93\u4E2D\u7684\u94FE\u63A5\u6570\u91CF\u8D85\u8FC7\u626B\u63CF\u4E0A\u9650\uFF0C\u5176\u4F59\u94FE\u63A5\u672A\u4E0E `security.allowedDomains` \u6BD4\u5BF9\u3002"],
    ["Remove test data, fixtures and vendored web assets from the app's folder, or check them separately.", "\u5C06\u6D4B\u8BD5\u6570\u636E\u3001\u6D4B\u8BD5\u5939\u5177\u548C\u7B2C\u4E09\u65B9\u7F51\u9875\u8D44\u6E90\u79FB\u51FA\u5E94\u7528\u76EE\u5F55\uFF0C\u6216\u53E6\u884C\u68C0\u67E5\u3002"]
  ),
  "repo/file-too-large": d(
    ["File too large to check", "\u6587\u4EF6\u8FC7\u5927\uFF0C\u65E0\u6CD5\u68C0\u67E5"],
    ["The file is larger than the read limit, so its content was not checked. " + UNREAD_EVIDENCE[0], "\u6587\u4EF6\u8D85\u8FC7\u8BFB\u53D6\u4E0A\u9650\uFF0C\u5176\u5185\u5BB9\u672A\u88AB\u68C0\u67E5\u3002" + UNREAD_EVIDENCE[1]],
    ["Keep generated or data files out of the app's source folders; a hand-written file this large should be split.", "\u5C06\u751F\u6210\u6587\u4EF6\u6216\u6570\u636E\u6587\u4EF6\u79FB\u51FA\u5E94\u7528\u6E90\u7801\u76EE\u5F55\uFF1B\u5982\u4E3A\u624B\u5199\u6587\u4EF6\uFF0C\u8BF7\u62C6\u5206\u3002"]
  ),
  "repo/file-too-slow": d(
    ["File took too long to read", "\u6587\u4EF6\u8BFB\u53D6\u8D85\u65F6"],
    ["Reading the file took longer than the per-file time budget (10 s), so it was skipped and its content was not checked. " + UNREAD_EVIDENCE[0], "\u8BFB\u53D6\u8BE5\u6587\u4EF6\u7684\u8017\u65F6\u8D85\u8FC7\u5355\u4E2A\u6587\u4EF6\u7684\u65F6\u95F4\u9884\u7B97\uFF0810 \u79D2\uFF09\uFF0C\u5DF2\u8DF3\u8FC7\uFF0C\u5176\u5185\u5BB9\u672A\u88AB\u68C0\u67E5\u3002" + UNREAD_EVIDENCE[1]],
    ["Check that the file is what its name says (a damaged or generated file is the usual cause); report it as a bug in mobile-policy if it is an ordinary file.", "\u786E\u8BA4\u6587\u4EF6\u5185\u5BB9\u4E0E\u5176\u540D\u79F0\u76F8\u7B26\uFF08\u5E38\u89C1\u539F\u56E0\u662F\u6587\u4EF6\u635F\u574F\u6216\u4E3A\u751F\u6210\u6587\u4EF6\uFF09\uFF1B\u5982\u4E3A\u666E\u901A\u6587\u4EF6\uFF0C\u8BF7\u4F5C\u4E3A mobile-policy \u7684\u7F3A\u9677\u63D0\u4EA4\u3002"]
  ),
  "tool/timeout": d(
    ["Check stopped at its time limit", "\u68C0\u67E5\u56E0\u8D85\u65F6\u800C\u4E2D\u6B62"],
    ["The run reached its wall-clock limit (`--timeout`, 10 minutes by default) before this app was fully checked; the report is partial and the command exits with 2.", "\u8FD0\u884C\u5728\u672C\u5E94\u7528\u68C0\u67E5\u5B8C\u6210\u524D\u8FBE\u5230\u603B\u65F6\u957F\u4E0A\u9650\uFF08`--timeout`\uFF0C\u9ED8\u8BA4 10 \u5206\u949F\uFF09\uFF1B\u62A5\u544A\u4E0D\u5B8C\u6574\uFF0C\u547D\u4EE4\u4EE5\u9000\u51FA\u7801 2 \u7ED3\u675F\u3002"],
    ["Run again with a larger `--timeout`, or check the app's folder on its own; the note names the file or step that was in progress.", "\u4F7F\u7528\u66F4\u5927\u7684 `--timeout` \u91CD\u65B0\u8FD0\u884C\uFF0C\u6216\u5355\u72EC\u68C0\u67E5\u8BE5\u5E94\u7528\u76EE\u5F55\uFF1B\u8BE5\u8BF4\u660E\u6307\u51FA\u4E86\u4E2D\u6B62\u65F6\u6B63\u5728\u5904\u7406\u7684\u6587\u4EF6\u6216\u6B65\u9AA4\u3002"]
  ),
  "repo/binary-file": d(
    ["Binary file where text was expected", "\u6B64\u5904\u5E94\u4E3A\u6587\u672C\u6587\u4EF6\uFF0C\u5B9E\u4E3A\u4E8C\u8FDB\u5236\u6587\u4EF6"],
    ["A file the rules read as text (a manifest, a build file, a property list) is binary.", "\u89C4\u5219\u6309\u6587\u672C\u8BFB\u53D6\u7684\u6587\u4EF6\uFF08\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u3001AndroidManifest.xml \u6E05\u5355\u6587\u4EF6\u3001\u6784\u5EFA\u6587\u4EF6\u3001\u5C5E\u6027\u5217\u8868\u7B49\uFF09\u5B9E\u4E3A\u4E8C\u8FDB\u5236\u6587\u4EF6\u3002"],
    ["Commit the text form of the file (for property lists: `plutil -convert xml1 FILE`).", "\u63D0\u4EA4\u8BE5\u6587\u4EF6\u7684\u6587\u672C\u5F62\u5F0F\uFF08\u5C5E\u6027\u5217\u8868\u53EF\u7528 `plutil -convert xml1 FILE` \u8F6C\u6362\uFF09\u3002"]
  ),
  "repo/invalid-utf8": d(
    ["File is not valid UTF-8", "\u6587\u4EF6\u4E0D\u662F\u6709\u6548\u7684 UTF-8 \u7F16\u7801"],
    ["The file is not UTF-8 text (often GBK); its content was not checked.", "\u6587\u4EF6\u4E0D\u662F UTF-8 \u6587\u672C\uFF08\u5E38\u89C1\u4E3A GBK \u7F16\u7801\uFF09\uFF0C\u5176\u5185\u5BB9\u672A\u88AB\u68C0\u67E5\u3002"],
    ["Convert the file to UTF-8 (`iconv -f GBK -t UTF-8`).", "\u5C06\u6587\u4EF6\u8F6C\u6362\u4E3A UTF-8 \u7F16\u7801\uFF08\u5982 `iconv -f GBK -t UTF-8`\uFF09\u3002"]
  ),
  "repo/unreadable": d(
    ["File cannot be read", "\u6587\u4EF6\u65E0\u6CD5\u8BFB\u53D6"],
    ["A file or folder could not be read or listed (permissions, a broken link).", "\u6587\u4EF6\u6216\u6587\u4EF6\u5939\u65E0\u6CD5\u8BFB\u53D6\u6216\u5217\u51FA\uFF08\u6743\u9650\u95EE\u9898\u3001\u5931\u6548\u94FE\u63A5\u7B49\uFF09\u3002"],
    ["Make it readable in the checkout the tool scans.", "\u5728\u88AB\u626B\u63CF\u7684\u68C0\u51FA\u76EE\u5F55\u4E2D\u4F7F\u5176\u53EF\u8BFB\u3002"]
  ),
  "repo/symlink-outside": d(
    ["Symbolic link leaves the repository", "\u7B26\u53F7\u94FE\u63A5\u6307\u5411\u4ED3\u5E93\u4E4B\u5916"],
    ["A symbolic link points outside the scanned folder; it is not followed, so what it points to was not checked.", "\u7B26\u53F7\u94FE\u63A5\u6307\u5411\u88AB\u626B\u63CF\u76EE\u5F55\u4E4B\u5916\uFF1B\u5DE5\u5177\u4E0D\u4F1A\u8DDF\u968F\u8BE5\u94FE\u63A5\uFF0C\u5176\u6307\u5411\u7684\u5185\u5BB9\u672A\u88AB\u68C0\u67E5\u3002"],
    ["Replace the link with the file itself, or point it inside the repository.", "\u7528\u6587\u4EF6\u672C\u8EAB\u66FF\u6362\u8BE5\u94FE\u63A5\uFF0C\u6216\u4F7F\u5176\u6307\u5411\u4ED3\u5E93\u5185\u90E8\u3002"]
  ),
  "repo/not-regular-file": d(
    ["Not a regular file", "\u4E0D\u662F\u666E\u901A\u6587\u4EF6"],
    ["A FIFO, device or socket sits where a file was expected (in the tree or named by .git/index). Reading it could block or never end, so it was not read and nothing in it was checked.", "\u5E94\u4E3A\u6587\u4EF6\u7684\u4F4D\u7F6E\uFF08\u76EE\u5F55\u6811\u4E2D\u6216 .git/index \u6240\u5217\u8DEF\u5F84\uFF09\u662F\u547D\u540D\u7BA1\u9053\u3001\u8BBE\u5907\u6216\u5957\u63A5\u5B57\u3002\u8BFB\u53D6\u5B83\u53EF\u80FD\u963B\u585E\u6216\u6C38\u4E0D\u7ED3\u675F\uFF0C\u56E0\u6B64\u672A\u88AB\u8BFB\u53D6\uFF0C\u5176\u5185\u5BB9\u672A\u88AB\u68C0\u67E5\u3002"],
    ["Replace it with the file itself; a repository never needs one.", "\u7528\u6587\u4EF6\u672C\u8EAB\u66FF\u6362\u5B83\uFF1B\u4ED3\u5E93\u4E2D\u4E0D\u9700\u8981\u6B64\u7C7B\u7279\u6B8A\u6587\u4EF6\u3002"]
  ),
  "tool/detector-failed": d(
    ["A detector failed", "\u68C0\u6D4B\u5668\u8FD0\u884C\u5931\u8D25"],
    ["A part of the tool that reads one kind of file stopped with an error; the facts it gathers are missing, so rules using them saw nothing.", "\u5DE5\u5177\u4E2D\u8BFB\u53D6\u67D0\u7C7B\u6587\u4EF6\u7684\u6A21\u5757\u51FA\u9519\u4E2D\u6B62\uFF0C\u5176\u5E94\u6536\u96C6\u7684\u4E8B\u5B9E\u7F3A\u5931\uFF0C\u4F9D\u8D56\u8FD9\u4E9B\u4E8B\u5B9E\u7684\u89C4\u5219\u672A\u83B7\u5F97\u4EFB\u4F55\u5185\u5BB9\u3002"],
    ["This is a bug in mobile-policy: report it with the message (set MOBILE_POLICY_DEBUG=1 for the stack).", "\u8FD9\u662F mobile-policy \u7684\u7F3A\u9677\uFF1A\u8BF7\u9644\u4E0A\u8BE5\u8BF4\u660E\u63D0\u4EA4\u95EE\u9898\uFF08\u8BBE\u7F6E MOBILE_POLICY_DEBUG=1 \u53EF\u8F93\u51FA\u8C03\u7528\u6808\uFF09\u3002"]
  ),
  "policy/rule-error": d(
    ["Policy rule failed to evaluate", "\u7B56\u7565\u89C4\u5219\u6267\u884C\u5931\u8D25"],
    [`A rule's CEL expression raised an error or ran too long on this input; the rule gave no verdict, so its articles read "no evidence".`, "\u89C4\u5219\u7684 CEL \u8868\u8FBE\u5F0F\u5728\u8BE5\u8F93\u5165\u4E0A\u51FA\u9519\u6216\u8FD0\u884C\u8D85\u65F6\uFF0C\u89C4\u5219\u672A\u7ED9\u51FA\u7ED3\u8BBA\uFF0C\u5176\u5BF9\u5E94\u6761\u6B3E\u663E\u793A\u4E3A\u201C\u65E0\u8BC1\u636E\u201D\u3002"],
    ["For a built-in rule, report the message as a bug. For your own pack, fix the expression (`mobile-policy test` runs its cases).", "\u5982\u4E3A\u5185\u7F6E\u89C4\u5219\uFF0C\u8BF7\u5C06\u8BE5\u8BF4\u660E\u4F5C\u4E3A\u7F3A\u9677\u63D0\u4EA4\uFF1B\u5982\u4E3A\u81EA\u5B9A\u4E49\u7B56\u7565\u5305\uFF0C\u8BF7\u4FEE\u6B63\u8868\u8FBE\u5F0F\uFF08`mobile-policy test` \u53EF\u8FD0\u884C\u5176\u6D4B\u8BD5\u7528\u4F8B\uFF09\u3002"]
  ),
  "policy/facts-missing": d(
    ["Policy rule had no facts to judge", "\u7B56\u7565\u89C4\u5219\u7F3A\u5C11\u5224\u65AD\u6240\u9700\u7684\u4E8B\u5B9E\u6570\u636E"],
    ['A detector failed on an input (see tool/detector-failed at the same file), so the facts this rule reads are missing; the rule gave no verdict instead of passing on an empty list, and its articles read "no evidence".', "\u67D0\u4E2A\u68C0\u6D4B\u5668\u5728\u5904\u7406\u8F93\u5165\u6587\u4EF6\u65F6\u5931\u8D25\uFF08\u89C1\u540C\u4E00\u6587\u4EF6\u7684 tool/detector-failed\uFF09\uFF0C\u8BE5\u89C4\u5219\u6240\u9700\u7684\u4E8B\u5B9E\u6570\u636E\u7F3A\u5931\uFF1B\u89C4\u5219\u672A\u7ED9\u51FA\u7ED3\u8BBA\uFF0C\u800C\u4E0D\u662F\u5728\u7A7A\u5217\u8868\u4E0A\u5224\u5B9A\u901A\u8FC7\uFF0C\u5176\u5BF9\u5E94\u6761\u6B3E\u663E\u793A\u4E3A\u201C\u65E0\u8BC1\u636E\u201D\u3002"],
    ["Fix or remove the input the detector failed on, and report the failure as a bug with the message.", "\u4FEE\u6B63\u6216\u79FB\u9664\u5BFC\u81F4\u68C0\u6D4B\u5668\u5931\u8D25\u7684\u8F93\u5165\u6587\u4EF6\uFF0C\u5E76\u5C06\u8BE5\u5931\u8D25\u8BF4\u660E\u4F5C\u4E3A\u7F3A\u9677\u63D0\u4EA4\u3002"]
  ),
  "policy/waiver-expired": d(
    ["Waiver has expired", "\u8C41\u514D\u5DF2\u8FC7\u671F"],
    ["The waiver's `expires` date has passed; the findings it covered are reported again.", "\u8C41\u514D\u7684 `expires` \u65E5\u671F\u5DF2\u8FC7\uFF0C\u5176\u8986\u76D6\u7684\u95EE\u9898\u91CD\u65B0\u62A5\u544A\u3002"],
    ["Fix the findings, or renew the waiver with a new approval, reason and expiry date.", "\u6574\u6539\u76F8\u5173\u95EE\u9898\uFF0C\u6216\u7ECF\u91CD\u65B0\u5BA1\u6279\u540E\u4EE5\u65B0\u7684\u7406\u7531\u548C\u5230\u671F\u65E5\u7EED\u671F\u8C41\u514D\u3002"]
  ),
  "policy/waiver-invalid": d(
    ["Waiver is invalid", "\u8C41\u514D\u65E0\u6548"],
    ["A waiver lacks a rule, reason, approver or valid expiry date, runs longer than the policy allows, or waives a rule that cannot be waived; it does not apply.", "\u8C41\u514D\u7F3A\u5C11\u89C4\u5219\u3001\u7406\u7531\u3001\u6279\u51C6\u4EBA\u6216\u6709\u6548\u5230\u671F\u65E5\uFF0C\u671F\u9650\u8D85\u8FC7\u7B56\u7565\u5141\u8BB8\u7684\u5929\u6570\uFF0C\u6216\u8C41\u514D\u4E86\u4E0D\u5141\u8BB8\u8C41\u514D\u7684\u89C4\u5219\uFF0C\u56E0\u6B64\u4E0D\u751F\u6548\u3002"],
    ["Complete the waiver as the message says (docs/manifest.md, `waivers`).", "\u6309\u63D0\u793A\u8865\u5168\u8C41\u514D\u5185\u5BB9\uFF08\u89C1 docs/manifest.md \u7684 `waivers` \u90E8\u5206\uFF09\u3002"]
  ),
  ...QUESTION_INFO
};
var DIAGNOSTIC_TITLES = Object.fromEntries(Object.entries(DIAGNOSTICS).map(([code, info]) => [code, info.title]));

// src/engine/explain.ts
function explainRule(packs, id) {
  let found;
  for (const pack of packs) {
    const r = pack.rules.find((x) => x.id === id);
    if (!r) continue;
    found = {
      id: r.id,
      pack: r.pack,
      title: r.title,
      message: r.message,
      severity: r.severity,
      stageSeverity: { ...r.stageSeverity },
      articles: [...r.articles],
      stages: [...r.stages],
      rationale: r.rationale,
      remediation: r.remediation,
      waivable: r.waivable,
      disabled: r.disabled,
      params: { ...r.params },
      file: r.file,
      line: r.line
    };
  }
  return found;
}
function listRules(packs) {
  const ids = new Set(packs.flatMap((p) => p.rules.map((r) => r.id)));
  return [...ids].sort().map((id) => explainRule(packs, id));
}

// src/engine/pack-tests.ts
var import_yaml2 = __toESM(require_dist(), 1);
import fs3 from "node:fs";
import path3 from "node:path";

// src/engine/findings.ts
import { createHash } from "node:crypto";
function normaliseSubject(subject) {
  return subject.replace(/\s+/g, " ").trim().toLowerCase();
}
function fingerprint(ruleId, file, subject) {
  return createHash("sha256").update(`${ruleId}\0${file}\0${normaliseSubject(subject)}`).digest("hex").slice(0, 16);
}
var KEYS = /* @__PURE__ */ new Map();
function lookup(scope, path5) {
  let cur = scope;
  let keys = KEYS.get(path5);
  if (!keys) KEYS.set(path5, keys = path5.split("."));
  for (const key of keys) {
    if (cur instanceof Map) cur = cur.get(key);
    else if (cur && typeof cur === "object" && Object.prototype.hasOwnProperty.call(cur, key)) cur = cur[key];
    else return void 0;
  }
  return cur;
}
function show(value) {
  if (value === void 0 || value === null) return "?";
  if (typeof value === "string") return value;
  if (typeof value === "bigint" || typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.map(show).join(", ");
  if (value instanceof Date) return value.toISOString();
  try {
    return JSON.stringify(value, (_k, v) => typeof v === "bigint" ? Number(v) : v) ?? "?";
  } catch {
    return "?";
  }
}
var PLACEHOLDER = /\{([A-Za-z_][\w-]*(?:\.[\w-]+)*)\}/g;
var ONE_PLACEHOLDER = /^\{([A-Za-z_][\w-]*(?:\.[\w-]+)*)\}$/;
function render(template, scope) {
  const only = ONE_PLACEHOLDER.exec(template);
  if (only) return show(lookup(scope, only[1]));
  return template.replace(PLACEHOLDER, (_m, p) => show(lookup(scope, p)));
}
function renderPointer(template, scope) {
  return template.replace(PLACEHOLDER, (_m, p) => escapePointerSegment(show(lookup(scope, p))));
}
function renderLocalized(text2, scope) {
  if (!text2.en.includes("{") && !text2["zh-CN"].includes("{")) return text2;
  return { en: render(text2.en, scope), "zh-CN": render(text2["zh-CN"], scope) };
}
function titleOf(d2) {
  const known = DIAGNOSTIC_TITLES[d2.code];
  if (known) return known;
  const first = (s) => {
    const line = s.split("\n")[0] ?? s;
    return line.length > 100 ? `${line.slice(0, 97)}...` : line;
  };
  return { en: first(d2.message.en), "zh-CN": first(d2.message["zh-CN"]) };
}
function diagnosticsToFindings(diags, app) {
  return diags.map((d2) => {
    const subject = d2.subject ?? d2.code;
    return {
      ruleId: d2.code,
      severity: d2.severity,
      title: titleOf(d2),
      message: d2.message,
      articles: [...d2.articles ?? []].sort((a, b) => a - b),
      location: d2.location,
      fingerprint: fingerprint(d2.code, d2.location.file, subject),
      subject,
      waived: false,
      app
    };
  });
}
function compareByLocation(a, b) {
  const keys = [
    [a.location.file, b.location.file],
    [a.location.line ?? 0, b.location.line ?? 0],
    [a.location.column ?? 0, b.location.column ?? 0],
    [a.ruleId, b.ruleId],
    [a.subject, b.subject]
  ];
  for (const [x, y] of keys) if (x !== y) return x < y ? -1 : 1;
  return 0;
}
var MAX_FINDINGS_PER_RULE = 1e3;
var OMITTED_PLACES = 3;
function omittedFinding(of, places) {
  let first = places[0];
  const files = [];
  for (const l of places) {
    if (compareLocation(l, first) < 0) first = l;
    if (files.length > OMITTED_PLACES && l.file >= files[OMITTED_PLACES]) continue;
    if (files.includes(l.file)) continue;
    files.push(l.file);
    files.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
    if (files.length > OMITTED_PLACES + 1) files.pop();
  }
  const at = files.slice(0, OMITTED_PLACES).join(", ") + (files.length > OMITTED_PLACES ? ", \u2026" : "");
  const count = places.length.toLocaleString("en");
  return {
    ruleId: of.ruleId,
    severity: of.severity,
    title: of.title,
    message: {
      en: `\u2026 and ${count} more at ${at} (${of.ruleId}: at most ${MAX_FINDINGS_PER_RULE.toLocaleString("en")} findings of one rule are listed per app; fix the ones listed, or run the check on a narrower folder, to see the rest).`,
      "zh-CN": `\u2026\u2026\u53E6\u6709 ${count} \u9879\uFF0C\u4F4D\u4E8E ${at}\uFF08${of.ruleId}\uFF1A\u6BCF\u4E2A\u5E94\u7528\u6BCF\u6761\u89C4\u5219\u6700\u591A\u5217\u51FA ${MAX_FINDINGS_PER_RULE} \u9879\uFF1B\u4FEE\u6B63\u5DF2\u5217\u51FA\u7684\u95EE\u9898\u6216\u7F29\u5C0F\u68C0\u67E5\u76EE\u5F55\u540E\u53EF\u89C1\u5176\u4F59\u5404\u9879\uFF09\u3002`
    },
    articles: [...of.articles],
    location: first,
    fingerprint: fingerprint(of.ruleId, of.app, `${of.ruleId}#omitted`),
    subject: `${of.ruleId}#omitted`,
    waived: false,
    app: of.app,
    omitted: places.length
  };
}
function capFindings(findings, app) {
  const byRule = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  if ([...byRule.values()].every((l) => l.length <= MAX_FINDINGS_PER_RULE)) return [...findings];
  const out = [];
  for (const list of byRule.values()) {
    if (list.length <= MAX_FINDINGS_PER_RULE) {
      out.push(...list);
      continue;
    }
    list.sort(compareByLocation);
    const rest = list.slice(MAX_FINDINGS_PER_RULE);
    out.push(...list.slice(0, MAX_FINDINGS_PER_RULE));
    const first = rest[0];
    out.push(omittedFinding({ ruleId: first.ruleId, title: first.title, severity: first.severity, articles: first.articles, app }, rest.map((f) => f.location)));
  }
  return out;
}
function compareLocation(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

// src/engine/evaluate.ts
function activeRules(packs, stage) {
  const byId = /* @__PURE__ */ new Map();
  for (const pack of packs) for (const rule of pack.rules) byId.set(rule.id, rule);
  return [...byId.values()].filter((r) => !r.disabled && (!stage || r.stages.includes(stage)));
}
function evaluate(packs, input, options = {}) {
  return evaluateDetailed(packs, input, options).map((d2) => d2.finding);
}
function evaluateDetailed(packs, input, options = {}) {
  const timeout = options.ruleTimeoutMs ?? LIMITS.ruleTimeoutMs;
  const hasManifest = input.manifest.data !== void 0;
  const rules = activeRules(packs, input.stage).filter((r) => hasManifest || !r.usesManifest);
  const base = {
    manifest: toCel(input.manifest.data ?? {}),
    facts: toCel(input.facts),
    now: input.now,
    stage: input.stage
  };
  const paramsCache = /* @__PURE__ */ new Map();
  const paramsOf = (r) => {
    let p = paramsCache.get(r.params);
    if (!p) paramsCache.set(r.params, p = toCel(r.params));
    return p;
  };
  const missing = input.missingFacts && Object.keys(input.missingFacts).length ? input.missingFacts : void 0;
  const one = (rule) => {
    const lacking = missing && factsRead(rule).find((n) => missing[n]);
    if (lacking) return [factsMissing(rule, lacking, missing[lacking], input)];
    try {
      return runRule(rule, { ...base, params: paramsOf(rule) }, input);
    } catch (e) {
      return [ruleError(rule, e, input)];
    }
  };
  const out = withNow(input.now, () => {
    try {
      return timeBoxed(() => rules.flatMap(one), timeout * Math.max(1, Math.min(rules.length, 5)));
    } catch (e) {
      if (!(e instanceof RuleTimeoutError)) throw e;
      return rules.flatMap((rule) => {
        try {
          return timeBoxed(() => one(rule), timeout);
        } catch (err) {
          if (err instanceof RuleTimeoutError) return [ruleError(rule, err, input)];
          throw err;
        }
      });
    }
  });
  return out.sort((a, b) => compareByLocation(a.finding, b.finding));
}
function severityAt(rule, stage) {
  return rule.stageSeverity[stage] ?? rule.severity;
}
function isLocation(v) {
  return !!v && typeof v === "object" && typeof v.file === "string";
}
function plainLocation(v) {
  const loc = { file: v.file };
  for (const k of ["line", "column", "endLine", "endColumn"]) {
    const n = v[k];
    if (typeof n === "bigint" || typeof n === "number") loc[k] = Number(n);
  }
  return loc;
}
function defaultSubject(item, index) {
  if (!item || typeof item !== "object") return item === null || item === void 0 ? void 0 : String(item);
  const o = item;
  for (const k of ["purl", "id", "name", "vendor", "rule"]) if (typeof o[k] === "string" && o[k]) return o[k];
  const loc = o.location;
  if (isLocation(loc)) return `${loc.file}#${index}`;
  return void 0;
}
function runRule(rule, ctx, input) {
  const scope = { ...ctx, item: null, index: -1n, vars: {} };
  if (rule.when) {
    const w = rule.when.run(scope);
    if (w === false) return [];
    if (w !== true) throw new TypeError(`when returned ${describe(w)}, not a bool`);
  }
  let items = [null];
  if (rule.each) {
    const list = rule.each.run(scope);
    if (!Array.isArray(list)) throw new TypeError(`each returned ${describe(list)}, not a list`);
    items = list;
  }
  const findings = [];
  const groups = /* @__PURE__ */ new Map();
  const omitted = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (rule.each) {
      scope.item = item;
      scope.index = celInt(i);
    }
    const ok = rule.assert.run(scope);
    if (ok === true) continue;
    if (ok !== false) throw new TypeError(`assert returned ${describe(ok)}, not a bool`);
    if (rule.groupBy !== void 0) {
      const key = render(rule.groupBy, scope);
      const member = { item, index: i, location: locationOf(rule, scope, item, input).location };
      const group = groups.get(key);
      if (group) group.push(member);
      else groups.set(key, [member]);
      continue;
    }
    if (findings.length < MAX_FINDINGS_PER_RULE) findings.push(makeFinding(rule, scope, item, i, input));
    else omitted.push(locationOf(rule, scope, item, input).location);
  }
  const ordered = [...groups.values()];
  for (const members of ordered) if (members.length > 1) members.sort((a, b) => compareLocations(a.location, b.location) || a.index - b.index);
  if (ordered.length > MAX_FINDINGS_PER_RULE) ordered.sort((a, b) => compareLocations(a[0].location, b[0].location) || a[0].index - b[0].index);
  for (const members of ordered) {
    const first = members[0];
    if (findings.length >= MAX_FINDINGS_PER_RULE) {
      omitted.push(first.location);
      continue;
    }
    scope.item = first.item;
    scope.index = celInt(first.index);
    findings.push(makeFinding(rule, scope, first.item, first.index, input, members.map((m) => m.location)));
  }
  if (omitted.length) {
    findings.push({ finding: omittedFinding({ ruleId: rule.id, title: rule.title, severity: severityAt(rule, input.stage), articles: rule.articles, app: input.manifest.file }, omitted) });
  }
  if (input.manifest.data === void 0) return findings;
  return findings.filter((f) => {
    if (f.pointer === void 0 || !isTodoAt(input.manifest.data, f.pointer)) return true;
    for (const d2 of todosAt(input.manifest.diagnostics, f.pointer)) d2.articles = [.../* @__PURE__ */ new Set([...d2.articles ?? [], ...rule.articles])].sort((a, b) => a - b);
    return false;
  });
}
function todosAt(diagnostics, pointer) {
  return diagnostics.filter((d2) => d2.code === "manifest/todo" && d2.subject !== void 0 && (d2.subject === pointer || d2.subject.startsWith(`${pointer}/`) || pointer.startsWith(`${d2.subject}/`)));
}
var MAX_RELATED = 20;
var SHOWN_LOCATIONS = 3;
function compareLocations(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
function where(l) {
  return l.line !== void 0 ? `${l.file}:${l.line}` : l.file;
}
function describe(v) {
  if (v === null || v === void 0) return "null";
  if (Array.isArray(v)) return "a list";
  return typeof v === "object" ? "a map" : `a ${typeof v === "bigint" ? "int" : typeof v}`;
}
function locationOf(rule, tscope, item, input) {
  if (rule.at !== void 0) {
    const pointer = renderPointer(rule.at, tscope);
    return { pointer, location: input.manifest.locate(pointer) };
  }
  if (item && typeof item === "object" && isLocation(item.location)) {
    return { location: plainLocation(item.location) };
  }
  return { location: input.manifest.locate("") };
}
function makeFinding(rule, scope, item, index, input, occurrences) {
  let vars = {};
  if (Object.keys(rule.vars).length) {
    vars = {};
    for (const [name, expr] of Object.entries(rule.vars)) {
      try {
        vars[name] = expr.run({ ...scope, vars });
      } catch {
        vars[name] = void 0;
      }
    }
  }
  const group = occurrences && {
    count: occurrences.length,
    locations: [...occurrences.slice(0, SHOWN_LOCATIONS).map(where), ...occurrences.length > SHOWN_LOCATIONS ? ["\u2026"] : []]
  };
  const tscope = { ...scope, vars, ...group ? { group } : {} };
  const { location, pointer } = locationOf(rule, tscope, item, input);
  const subject = rule.subject !== void 0 ? render(rule.subject, tscope) : pointer ?? (rule.each ? defaultSubject(item, index) : void 0) ?? rule.id;
  const finding = {
    ruleId: rule.id,
    severity: severityAt(rule, input.stage),
    title: rule.title,
    message: renderLocalized(rule.message, tscope),
    articles: [...rule.articles],
    location,
    // A group's first occurrence may move to another file: its identity is the app's rule and subject.
    fingerprint: fingerprint(rule.id, occurrences ? input.manifest.file : location.file, subject),
    subject,
    waived: false,
    remediation: renderLocalized(rule.remediation, tscope),
    app: input.manifest.file
  };
  if (occurrences) {
    finding.occurrences = occurrences.length;
    if (occurrences.length > 1) finding.related = occurrences.slice(1, 1 + MAX_RELATED);
  }
  return { pointer, finding };
}
var RULE_ERROR = "policy/rule-error";
var FACTS_MISSING = "policy/facts-missing";
function factsRead(rule) {
  const sources = [rule.when, rule.each, rule.assert, ...Object.values(rule.vars)].map((x) => x?.source ?? "").join("\n");
  return [...new Set([...sources.matchAll(/\bfacts\s*\.\s*\??\s*([A-Za-z_]\w*)/g)].map((m) => m[1]))];
}
function factsMissing(rule, facts, at, input) {
  return {
    finding: {
      ruleId: FACTS_MISSING,
      severity: "error",
      title: DIAGNOSTIC_TITLES[FACTS_MISSING],
      message: {
        en: `Rule ${rule.id} was not evaluated: the ${facts} facts it reads are missing, because their detector failed on ${at.file}.`,
        "zh-CN": `\u89C4\u5219 ${rule.id} \u672A\u6267\u884C\uFF1A\u5176\u6240\u9700\u7684 ${facts} \u4E8B\u5B9E\u6570\u636E\u7F3A\u5931\uFF0C\u56E0\u4E3A\u76F8\u5E94\u68C0\u6D4B\u5668\u5728\u5904\u7406 ${at.file} \u65F6\u5931\u8D25\u3002`
      },
      articles: [...rule.articles],
      location: at,
      fingerprint: fingerprint(FACTS_MISSING, at.file, rule.id),
      subject: rule.id,
      waived: false,
      app: input.manifest.file
    }
  };
}
function ruleError(rule, e, input) {
  const why = e instanceof RuleTimeoutError ? e.message : celMessage(e);
  const location = { file: rule.file, line: rule.line, column: rule.column };
  return {
    finding: {
      ruleId: RULE_ERROR,
      severity: "error",
      title: DIAGNOSTIC_TITLES[RULE_ERROR],
      message: {
        en: `Rule ${rule.id} could not be evaluated: ${why}. Its check did not run for this app; fix the rule (or report it to the pack's maintainers).`,
        "zh-CN": `\u89C4\u5219 ${rule.id} \u6267\u884C\u5931\u8D25\uFF1A${why}\u3002\u8BE5\u9879\u68C0\u67E5\u672A\u5BF9\u672C\u5E94\u7528\u751F\u6548\uFF0C\u8BF7\u4FEE\u6B63\u89C4\u5219\uFF08\u6216\u62A5\u544A\u7ED9\u7B56\u7565\u5305\u7EF4\u62A4\u8005\uFF09\u3002`
      },
      articles: [...rule.articles],
      location,
      fingerprint: fingerprint(RULE_ERROR, rule.file, rule.id),
      subject: rule.id,
      waived: false,
      app: input.manifest.file
    }
  };
}

// src/engine/pack-tests.ts
var TESTS_DIR = "tests";
var BASE_FILE = "base.yaml";
var DEFAULT_TEST_NOW = "2026-06-30T00:00:00Z";
var DEFAULT_TEST_STAGE = "release";
function mergePatch(target, patch) {
  if (!isObject(patch)) return structuredClone(patch);
  const out = isObject(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}
function isObject(v) {
  return !!v && typeof v === "object" && !Array.isArray(v);
}
function testManifest(file, text2) {
  const src = parseYamlSource(file, text2);
  const data = isObject(src.value) ? src.value : void 0;
  return {
    file,
    appDir: "",
    data,
    diagnostics: [],
    locate: (pointer) => locatePointer(src, pointer)
  };
}
function readYaml(abs, display) {
  const src = parseYamlSource(display, readNamedText(abs, MAX_PACK_FILE_BYTES, display));
  if (src.error) throw new ConfigurationError(`invalid YAML: ${src.error.message}`, { location: src.error.location });
  return src;
}
function runPackTests(packDir, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const pack = loadPack(packDir, { cwd });
  const testsDir = path3.join(pack.dir, TESTS_DIR);
  const results = { pack: pack.name, dir: pack.dir, cases: [], rules: [], untested: [], coverage: 100, errors: [], passed: true };
  const own = pack.rules.filter((r) => r.pack === pack.name);
  const files = fs3.existsSync(testsDir) ? fs3.readdirSync(testsDir).filter((n) => /\.ya?ml$/.test(n) && n !== BASE_FILE && !n.startsWith("_")).sort() : [];
  const failing = /* @__PURE__ */ new Map();
  const passing = /* @__PURE__ */ new Map();
  const bases = /* @__PURE__ */ new Map();
  for (const name of files) {
    const display = `${TESTS_DIR}/${name}`;
    const src = readYaml(path3.join(testsDir, name), display);
    const validate2 = packValidators().testFile;
    if (!validate2(src.value)) {
      const { message, pointer } = schemaProblem(validate2.errors[0]);
      throw new ConfigurationError(`invalid pack test file: ${message}`, { location: { ...locatePointer(src, pointer), file: path3.join(pack.dir, display) } });
    }
    const spec = src.value;
    const stem = name.replace(/\.ya?ml$/, "");
    const ruleId = spec.rule ?? pack.rules.find((r) => r.id.slice(r.id.indexOf("/") + 1) === stem)?.id;
    if (options.filter && !(ruleId ?? stem).includes(options.filter)) continue;
    if (!ruleId || !pack.rules.some((r) => r.id === ruleId)) {
      results.errors.push(`${display}: no rule ${ruleId ?? `named "${stem}"`} in pack ${pack.name}`);
      continue;
    }
    const baseRel = spec.base ?? BASE_FILE;
    let base = bases.get(baseRel);
    if (base === void 0) {
      const abs = path3.join(testsDir, baseRel);
      base = fs3.existsSync(abs) ? readYaml(abs, `${TESTS_DIR}/${baseRel}`).value ?? {} : {};
      bases.set(baseRel, base);
    }
    const seenNames = /* @__PURE__ */ new Set();
    const seenBodies = /* @__PURE__ */ new Set();
    spec.cases.forEach((c0, i) => {
      const line = locatePointer(src, `/cases/${i}`).line ?? 1;
      const { matrix, ...plain } = c0;
      const variants = matrix?.length ? matrix.map((v, j) => ({ ...plain, ...v, name: `${plain.name} [${v.name ?? j + 1}]`, expect: v.expect ?? plain.expect })) : [plain];
      for (const c of variants) {
        if (seenNames.has(c.name)) results.errors.push(`${display}:${line}: duplicate case name "${c.name}"`);
        seenNames.add(c.name);
        const { name: _n, ...body } = c;
        const key = JSON.stringify(body);
        if (seenBodies.has(key)) results.errors.push(`${display}:${line}: case "${c.name}" repeats an earlier case`);
        seenBodies.add(key);
        const result = runCase(pack, ruleId, c, spec, base, display, line);
        results.cases.push(result);
        const fails = c.expect.filter((e) => (e.rule ?? ruleId) === ruleId && (e.count ?? 1) > 0).length > 0;
        const map = fails ? failing : passing;
        map.set(ruleId, (map.get(ruleId) ?? 0) + 1);
      }
    });
  }
  const minCoverage = options.minCoverage ?? 100;
  const strict = minCoverage >= 100;
  for (const r of own) {
    if (options.filter && !r.id.includes(options.filter)) continue;
    const p = passing.get(r.id) ?? 0;
    const f = failing.get(r.id) ?? 0;
    results.rules.push({ rule: r.id, passing: p, failing: f });
    if (p && f) continue;
    results.untested.push(r.id);
    if (strict && !p) results.errors.push(`${r.id}: no passing case (a case whose expect has no finding of this rule) in ${TESTS_DIR}/`);
    if (strict && !f) results.errors.push(`${r.id}: no failing case (a case expecting a finding of this rule) in ${TESTS_DIR}/`);
  }
  const counted = results.rules.length;
  results.coverage = counted ? Math.floor((counted - results.untested.length) * 1e3 / counted) / 10 : 100;
  if (!strict && results.coverage < minCoverage) results.errors.push(`rule test coverage ${results.coverage}% is below the minimum of ${minCoverage}%`);
  results.passed = results.errors.length === 0 && results.cases.every((c) => c.passed);
  return results;
}
function runCase(pack, ruleId, c, file, base, display, line) {
  const problems = [];
  const nowText = c.now ?? file.now ?? DEFAULT_TEST_NOW;
  const now = parseIsoDate(nowText);
  const stage = c.stage ?? file.stage ?? DEFAULT_TEST_STAGE;
  const result = () => ({ file: display, line, rule: ruleId, name: c.name, passed: problems.length === 0, problems });
  if (!now) {
    problems.push(`now "${nowText}" is not an ISO date`);
    return result();
  }
  const text2 = typeof c.manifest === "string" ? c.manifest : (0, import_yaml2.stringify)(c.manifest ?? mergePatch(base, c.patch ?? {}));
  const manifest = testManifest("mobile-app.yaml", text2);
  for (const [name, value] of Object.entries(c.params ?? {})) {
    if (!(name in pack.params)) problems.push(`params.${name} is not a param of pack ${pack.name}`);
    else if (paramType(pack.params[name]) !== paramType(value) && !(paramType(pack.params[name]) === "number" && paramType(value) === "int")) {
      problems.push(`params.${name} must be ${paramType(pack.params[name])} like the pack's ${JSON.stringify(pack.params[name])}; got ${JSON.stringify(value)}`);
    }
  }
  if (problems.length) return result();
  const wanted = /* @__PURE__ */ new Set([ruleId, ...c.expect.map((e) => e.rule ?? ruleId)]);
  const rules = pack.rules.filter((r) => wanted.has(r.id)).map((r) => c.params ? { ...r, params: { ...r.params, ...c.params } } : r);
  const scoped = { ...pack, rules };
  const found = evaluateDetailed([scoped], { manifest, facts: c.facts ?? {}, now, stage });
  const relevant = found.filter((d2) => wanted.has(d2.finding.ruleId) || d2.finding.ruleId === RULE_ERROR && wanted.has(d2.finding.subject));
  const matched = /* @__PURE__ */ new Set();
  for (const e of c.expect) {
    const rule = e.rule ?? ruleId;
    const hits = relevant.filter(
      (d2) => d2.finding.ruleId === rule && (e.path === void 0 || d2.pointer === e.path) && (e.line === void 0 || d2.finding.location.line === e.line) && (e.file === void 0 || d2.finding.location.file === e.file) && (e.severity === void 0 || d2.finding.severity === e.severity)
    );
    hits.forEach((h) => matched.add(h));
    const want = e.count ?? 1;
    if (hits.length !== want) {
      const where2 = [e.path !== void 0 ? `at ${e.path}` : "", e.line !== void 0 ? `on line ${e.line}` : ""].filter(Boolean).join(" ");
      problems.push(`expected ${want} finding(s) of ${rule}${where2 ? " " + where2 : ""}, got ${hits.length}${hits.length ? "" : describeOthers(relevant, rule)}`);
    }
  }
  for (const d2 of relevant) {
    if (!matched.has(d2)) problems.push(`unexpected finding: ${show2(d2.finding, d2.pointer)}`);
  }
  return result();
}
function show2(f, pointer) {
  return `${f.ruleId} ${pointer ?? `${f.location.file}:${f.location.line ?? 0}`} (${f.severity}): ${f.message.en}`;
}
function describeOthers(found, rule) {
  const same = found.filter((d2) => d2.finding.ruleId === rule);
  return same.length ? ` (found at ${same.map((d2) => d2.pointer ?? d2.finding.location.line).join(", ")})` : "";
}

// src/engine/waivers.ts
import path4 from "node:path";
var WAIVER_EXPIRED = "policy/waiver-expired";
var WAIVER_INVALID = "policy/waiver-invalid";
var DEFAULT_MAX_WAIVER_DAYS = 180;
var NEVER_WAIVABLE = /^(policy|tool)\//;
function optionsFrom(config) {
  if (Array.isArray(config)) {
    const packs = config;
    let max;
    for (const p of packs) if (p.params.maxWaiverDays !== void 0) max = p.params.maxWaiverDays;
    const nonWaivable = /* @__PURE__ */ new Set();
    const byId = /* @__PURE__ */ new Map();
    for (const p of packs) for (const r of p.rules) byId.set(r.id, r.waivable);
    for (const [id, w] of byId) if (!w) nonWaivable.add(id);
    return { maxDays: toDays(max), nonWaivable };
  }
  const o = config ?? {};
  return { maxDays: toDays(o.maxWaiverDays), nonWaivable: new Set(o.nonWaivable ?? []) };
}
function toDays(v) {
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "number" && Number.isFinite(v)) return v;
  return DEFAULT_MAX_WAIVER_DAYS;
}
var MAX_WAIVER_FILE_BYTES = 1024 * 1024;
function loadWaiverFile(file, cwd = process.cwd()) {
  const abs = path4.resolve(cwd, file);
  const rel = path4.relative(cwd, abs);
  const display = (rel && !rel.startsWith("..") && !path4.isAbsolute(rel) ? rel : abs).split(path4.sep).join("/");
  let text2;
  try {
    text2 = readRegularText(abs, MAX_WAIVER_FILE_BYTES);
  } catch (e) {
    throw new ConfigurationError(`--waivers ${file}: cannot read it: ${e.message}`);
  }
  const src = parseYamlSource(display, text2);
  if (src.error) throw new ConfigurationError(`invalid YAML: ${src.error.message}`, { location: src.error.location });
  const v = src.value;
  let list;
  let base = "";
  if (Array.isArray(v)) list = v;
  else if (v && typeof v === "object" && Array.isArray(v.waivers)) {
    list = v.waivers;
    base = "/waivers";
  } else if (v === null || v === void 0) list = [];
  else throw new ConfigurationError('a waiver file is a YAML list of waivers (or a map with a "waivers:" list)', { location: { file: display, line: 1, column: 1 } });
  const entries = list.map((value, i) => {
    const pointer = `${base}/${i}`;
    if (!value || typeof value !== "object" || Array.isArray(value)) throw new ConfigurationError("each waiver is a map {rule, scope?, app?, reason, ticket?, approvedBy, expires}", { location: locatePointer(src, pointer) });
    const known = /* @__PURE__ */ new Set(["rule", "scope", "reason", "ticket", "approvedBy", "approvedAt", "expires", "app"]);
    const extra = Object.keys(value).find((k) => !known.has(k));
    if (extra) throw new ConfigurationError(`unknown waiver key "${extra}" (known: ${[...known].join(", ")})`, { location: locatePointer(src, `${pointer}/${extra}`) });
    return { value, pointer };
  });
  return { file: display, entries, locate: (p) => locatePointer(src, p) };
}
function appMatches(glob, appId) {
  if (glob === void 0 || glob === null) return true;
  if (typeof glob !== "string" || !appId) return false;
  return minimatch(appId, glob, { nocase: false, dot: true });
}
function text(v) {
  return typeof v === "string" && v.trim() ? v.trim() : void 0;
}
function expiresText(v) {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return typeof v === "string" ? v : void 0;
}
function scopeMatches(scope, finding) {
  if (scope === finding.subject) return true;
  if (finding.subject === `dataflow:${scope}`) return true;
  if (scope.startsWith("pkg:")) {
    const s = finding.subject;
    return s.startsWith(scope) && (s.length === scope.length || "@/?#".includes(s.charAt(scope.length)));
  }
  return minimatch(finding.location.file, scope, { dot: true });
}
function applyWaivers(findings, manifest, now, config, org) {
  const { maxDays, nonWaivable } = optionsFrom(config);
  const raw = manifest.data?.waivers;
  const list = Array.isArray(raw) ? raw : [];
  const extra = [];
  const valid = [];
  const appId = manifest.data?.app?.id;
  const sources = list.map((value, i) => ({
    value,
    pointer: `/waivers/${i}`,
    locate: (p) => manifest.locate(p),
    label: `#${i + 1}`
  }));
  for (const e of org?.entries ?? []) {
    if (!appMatches(e.value.app, typeof appId === "string" ? appId : void 0)) continue;
    sources.push({ value: e.value, pointer: e.pointer, locate: org.locate, label: `${org.file}${e.pointer}` });
  }
  for (const { value: entry, pointer, locate, label } of sources) {
    const location = locate(pointer);
    const w = entry && typeof entry === "object" ? entry : {};
    const rule = text(w.rule) ?? "?";
    const problem = (code, message, at = pointer) => {
      const loc = at === pointer ? location : locate(at);
      extra.push({
        ruleId: code,
        severity: code === WAIVER_EXPIRED ? "warning" : "error",
        title: DIAGNOSTIC_TITLES[code],
        message,
        articles: [],
        location: loc,
        fingerprint: fingerprint(code, loc.file, `${rule}|${text(w.scope) ?? ""}`),
        subject: `${rule}|${text(w.scope) ?? ""}`,
        waived: false,
        app: manifest.file
      });
    };
    if (!text(w.rule)) {
      problem(WAIVER_INVALID, { en: `Waiver ${label} names no rule: set "rule" to the rule id it waives.`, "zh-CN": `\u8C41\u514D ${label} \u672A\u6307\u660E\u89C4\u5219\uFF1A\u8BF7\u5C06 "rule" \u8BBE\u7F6E\u4E3A\u6240\u8C41\u514D\u7684\u89C4\u5219\u7F16\u53F7\u3002` });
      continue;
    }
    if (!text(w.reason)) {
      problem(WAIVER_INVALID, { en: `The waiver of ${rule} gives no reason: a waiver must say why the risk is accepted.`, "zh-CN": `\u5BF9 ${rule} \u7684\u8C41\u514D\u672A\u8BF4\u660E\u7406\u7531\uFF1A\u8C41\u514D\u5FC5\u987B\u8BF4\u660E\u63A5\u53D7\u8BE5\u98CE\u9669\u7684\u539F\u56E0\u3002` });
      continue;
    }
    const expires = expiresText(w.expires);
    if (!expires || !parseIsoDate(expires)) {
      problem(WAIVER_INVALID, { en: `The waiver of ${rule} has no valid "expires" date (YYYY-MM-DD): waivers must end.`, "zh-CN": `\u5BF9 ${rule} \u7684\u8C41\u514D\u6CA1\u6709\u6709\u6548\u7684 "expires" \u65E5\u671F\uFF08YYYY-MM-DD\uFF09\uFF1A\u8C41\u514D\u5FC5\u987B\u8BBE\u5B9A\u671F\u9650\u3002` }, `${pointer}/expires`);
      continue;
    }
    const left = Number(daysUntil(expires, now));
    if (left < 0) {
      problem(WAIVER_EXPIRED, { en: `The waiver of ${rule} expired on ${expires}: it no longer applies. Fix the finding or renew the waiver with a new approval.`, "zh-CN": `\u5BF9 ${rule} \u7684\u8C41\u514D\u5DF2\u4E8E ${expires} \u5230\u671F\uFF0C\u4E0D\u518D\u751F\u6548\u3002\u8BF7\u6574\u6539\u8BE5\u95EE\u9898\uFF0C\u6216\u7ECF\u91CD\u65B0\u5BA1\u6279\u540E\u7EED\u671F\u8C41\u514D\u3002` }, `${pointer}/expires`);
      continue;
    }
    if (left > maxDays) {
      problem(WAIVER_INVALID, { en: `The waiver of ${rule} runs until ${expires}, ${left} days from today, longer than the ${maxDays} days the policy allows.`, "zh-CN": `\u5BF9 ${rule} \u7684\u8C41\u514D\u6709\u6548\u671F\u81F3 ${expires}\uFF0C\u8DDD\u4ECA ${left} \u5929\uFF0C\u8D85\u8FC7\u7B56\u7565\u5141\u8BB8\u7684 ${maxDays} \u5929\u3002` }, `${pointer}/expires`);
      continue;
    }
    if (nonWaivable.has(rule) || NEVER_WAIVABLE.test(rule)) {
      problem(WAIVER_INVALID, { en: `Rule ${rule} cannot be waived: the finding must be fixed.`, "zh-CN": `\u89C4\u5219 ${rule} \u4E0D\u5141\u8BB8\u8C41\u514D\uFF0C\u5FC5\u987B\u6574\u6539\u3002` }, `${pointer}/rule`);
      continue;
    }
    const approved = w.approvedBy && typeof w.approvedBy === "object" ? w.approvedBy : void 0;
    if (!approved || !text(approved.name)) {
      problem(WAIVER_INVALID, { en: `The waiver of ${rule} has no approver: set approvedBy { name, email } to the person who accepted the risk.`, "zh-CN": `\u5BF9 ${rule} \u7684\u8C41\u514D\u6CA1\u6709\u6279\u51C6\u4EBA\uFF1A\u8BF7\u5728 approvedBy { name, email } \u4E2D\u586B\u5199\u63A5\u53D7\u8BE5\u98CE\u9669\u7684\u6279\u51C6\u4EBA\u3002` });
      continue;
    }
    valid.push({
      rule,
      ...text(w.scope) ? { scope: text(w.scope) } : {},
      reason: text(w.reason),
      ...text(w.ticket) ? { ticket: text(w.ticket) } : {},
      approvedBy: { name: text(approved.name), ...text(approved.email) ? { email: text(approved.email) } : {} },
      expires,
      location
    });
  }
  const out = findings.map((f) => {
    if (f.waived || NEVER_WAIVABLE.test(f.ruleId) || nonWaivable.has(f.ruleId)) return f;
    const w = valid.find((v) => v.rule === f.ruleId && (v.scope === void 0 || scopeMatches(v.scope, f)));
    return w ? { ...f, waived: true, waiver: w } : f;
  });
  return { findings: out, extra };
}

export {
  packageRoot,
  builtinPackNames,
  loadPack,
  DIAGNOSTICS,
  diagnosticsToFindings,
  capFindings,
  activeRules,
  evaluate,
  loadWaiverFile,
  applyWaivers,
  explainRule,
  listRules,
  runPackTests
};
