#!/usr/bin/env node
import { createRequire as __mpCreateRequire } from 'node:module'; const require = __mpCreateRequire(import.meta.url);
import {
  DEFAULT_PACK,
  collectFacts
} from "./cli-chunk-JOUH6P3R.js";
import "./cli-chunk-HXUZCLZ2.js";
import {
  loadPack
} from "./cli-chunk-GKMRLZRU.js";
import {
  purlMatches
} from "./cli-chunk-FTYXQLH7.js";
import {
  purlIdentity
} from "./cli-chunk-436RAELM.js";
import "./cli-chunk-TNQMHV32.js";
import {
  INIT_USAGE
} from "./cli-chunk-VIOYTTWZ.js";
import {
  isInRepoSource,
  sdkOf
} from "./cli-chunk-4AVPZEAC.js";
import {
  DiskRepo,
  discoverManifests,
  isXcodeGenSpec,
  subtree
} from "./cli-chunk-ND4HRAEM.js";
import {
  loadCatalog
} from "./cli-chunk-D3CIC5HL.js";
import {
  parseCommandArgs,
  require_dist
} from "./cli-chunk-Q3TBLJ6T.js";
import {
  TOOL
} from "./cli-chunk-V65IAYDK.js";
import {
  ConfigurationError
} from "./cli-chunk-BZQX73NR.js";
import "./cli-chunk-JVUIPAC5.js";
import {
  __toESM
} from "./cli-chunk-Q3GBV4AC.js";

// src/cli/init.ts
import fs from "node:fs";
import path from "node:path";

// src/init/draft.ts
var import_yaml = __toESM(require_dist(), 1);
var TODO = "TODO";
var PURPOSE_OF_CATEGORY = {
  analytics: "analytics",
  attribution: "marketing",
  advertising: "advertising",
  "crash-apm": "crash-reporting",
  push: "developer-communications",
  communication: "developer-communications",
  payment: "transaction-processing",
  "login-social": "authentication",
  "identity-ocr-face": "identity-verification",
  "security-hardening": "security",
  "customer-service": "customer-service",
  share: "app-functionality",
  "map-location": "app-functionality",
  "webview-browser": "app-functionality",
  networking: "app-functionality",
  speech: "app-functionality",
  ui: "app-functionality",
  storage: "app-functionality",
  "hot-update": "app-functionality"
};
var NOT_THE_APP = /(^|\/)(Pods|Tests?|[^/]*Tests|Examples?|Demo|Sample)\//;
var ANDROID_ONLY_INFO = /* @__PURE__ */ new Set(["android-id", "oaid", "imei", "imsi", "serial-number", "mac-address"]);
function num(v) {
  const n = typeof v?.value === "number" ? v.value : typeof v?.value === "string" ? Number(v.value) : NaN;
  return Number.isInteger(n) ? n : void 0;
}
function detect(facts, options = {}) {
  const d = { kinds: [], sdks: [], permissions: [] };
  const android = facts.android;
  if (android?.present) {
    d.kinds.push("android");
    const app = android.gradle.find((g) => g.applicationId?.value !== void 0) ?? android.gradle[0];
    if (app?.applicationId?.value !== void 0) {
      d.id = String(app.applicationId.value);
      d.idFrom = `${app.applicationId.location.file}:${app.applicationId.location.line ?? 1}`;
    }
    if (app) d.android = { minSdk: num(app.minSdk) ?? TODO, targetSdk: num(app.targetSdk) ?? TODO };
    const removed = new Set(android.manifests.flatMap((m) => (m.removedPermissions ?? []).map((p) => p.name)));
    for (const m of android.manifests) {
      if (m.sourceSet !== "main") continue;
      for (const p of m.permissions) if (!removed.has(p.name) && !d.permissions.includes(p.name)) d.permissions.push(p.name);
    }
  }
  const ios = facts.ios;
  if (ios?.present) {
    d.kinds.push("ios");
    const plist = ios.infoPlists.find((p) => !p.inTest && p.bundleIdentifier?.value && !p.bundleIdentifier.unresolved);
    if (!d.id && plist?.bundleIdentifier?.value) {
      d.id = plist.bundleIdentifier.value;
      d.idFrom = `${plist.file}:${plist.bundleIdentifier.location.line ?? 1}`;
    }
    const built = d.id ? void 0 : pbxprojBundleId(ios);
    if (built) {
      d.id = built.id;
      d.idFrom = built.from;
    }
    if (!d.id && options.specAppId) {
      d.id = options.specAppId.id;
      d.idFrom = `${options.specAppId.file}:${options.specAppId.line}`;
    }
    const own = ios.deploymentTargets.filter((t) => !NOT_THE_APP.test(t.location.file));
    const appTarget = ios.projects.filter((p) => !NOT_THE_APP.test(p.file)).flatMap((p) => p.configurations).find((c) => /release/i.test(c.name) && c.deploymentTarget && d.id && c.bundleIdentifier?.value === d.id)?.deploymentTarget;
    const target = appTarget ?? own.find((t) => t.configuration === "Release") ?? own[0];
    if (target) d.ios = { minimumVersion: target.value };
    for (const p of ios.infoPlists) {
      if (p.inTest) continue;
      for (const u of p.usageDescriptions) if (!d.permissions.includes(u.key)) d.permissions.push(u.key);
    }
  }
  const harmony = facts.harmonyos;
  if (harmony?.present) {
    d.kinds.push("harmonyos");
    if (!d.id && harmony.app?.bundleName) {
      d.id = harmony.app.bundleName.value;
      d.idFrom = `${harmony.app.file}:${harmony.app.bundleName.location.line ?? 1}`;
    }
    const api = harmony.sdkVersions.find((s) => s.key === "compatibleSdkVersion")?.apiLevel;
    if (api !== void 0) d.harmonyos = { minimumApi: api };
    for (const m of harmony.modules) for (const p of m.requestPermissions) if (!d.permissions.includes(p.name)) d.permissions.push(p.name);
  }
  d.sdks = sdkEntries(facts.sdks, d.kinds, options.platformPackages ?? []);
  return d;
}
function pbxprojBundleId(ios) {
  const found = [];
  for (const p of ios.projects) {
    if (NOT_THE_APP.test(p.file)) continue;
    for (const c of p.configurations) {
      const b = c.bundleIdentifier;
      if (!/release/i.test(c.name) || !b || b.unresolved || !b.value || /tests?$|\.(widget|extension|share|notification\w*|intents?\w*|watchkitapp\w*)$/i.test(b.value)) continue;
      found.push({ id: b.value, from: `${b.location.file}:${b.location.line ?? 1}` });
    }
  }
  const app = [...found].sort((a, b) => a.id.length - b.id.length)[0];
  return app && found.every((f) => f.id === app.id || f.id.startsWith(`${app.id}.`)) ? app : void 0;
}
function catalogIdsOf() {
  return [...loadCatalog().byId.keys()];
}
function draftId(s) {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
function sdkEntries(sdks, kinds, platform) {
  const byId = /* @__PURE__ */ new Map();
  const catalogIds = new Set(catalogIdsOf());
  const vendoredIds = /* @__PURE__ */ new Map();
  const add = (id, c, purl, from) => {
    const known = c.sdk ?? void 0;
    const entry = byId.get(id) ?? {
      id,
      ...known ? { name: known.name } : {},
      catalogued: !!known,
      vendor: known?.vendor ?? TODO,
      packages: [],
      personalInfo: (known?.personalInfo ?? []).filter((p) => kinds.includes("android") || !ANDROID_ONLY_INFO.has(p)),
      ...known?.categories[0] && PURPOSE_OF_CATEGORY[known.categories[0]] ? { purpose: PURPOSE_OF_CATEGORY[known.categories[0]], category: known.categories[0] } : {},
      from
    };
    if (!entry.packages.includes(purl)) entry.packages.push(purl);
    byId.set(id, entry);
  };
  for (const c of sdks?.components ?? []) {
    if (c.sdk) catalogIds.add(c.sdk.id);
    if (c.ecosystem === "file" || c.ecosystem === "native" || !c.sdk || c.sdk.openSource || !c.direct || c.bom || c.scope !== "runtime") continue;
    if (isInRepoSource(c.source)) continue;
    if (platform.some((p) => purlMatches(c.purl, p))) continue;
    add(c.sdk.id, c, purlIdentity(c.purl), `${c.location.file}:${c.location.line ?? 1}`);
    for (const b of c.sdk.bundles ?? []) add(b.id, { sdk: b }, purlIdentity(c.purl), `${c.location.file}:${c.location.line ?? 1}`);
  }
  for (const b of sdks?.vendoredBinaries ?? []) {
    const made = sdks?.components.find((c) => (c.ecosystem === "file" || c.ecosystem === "native") && c.source === b.file);
    const purl = made ? purlIdentity(made.purl) : `pkg:generic/${b.name}`;
    const sdk = made?.sdk ?? (b.kind === "so" ? sdkOf({ ecosystem: "native", name: b.name, source: b.file }) : null);
    const key = purl.slice("pkg:generic/".length).toLowerCase().replace(/[^a-z0-9]/g, "");
    let id = sdk?.id ?? vendoredIds.get(key) ?? draftId(purl.slice("pkg:generic/".length));
    if (!sdk && catalogIds.has(id)) id = `${id}-vendored`;
    if (!sdk) vendoredIds.set(key, id);
    const from = b.referencedBy?.[0] ? `${b.referencedBy[0].file}:${b.referencedBy[0].line ?? 1}` : b.file;
    add(id, { sdk }, purl, from);
    for (const bundled of sdk?.bundles ?? []) if (!bundled.openSource) add(bundled.id, { sdk: bundled }, purl, from);
  }
  return [...byId.values()].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
function draftManifest(facts, appName, options = {}) {
  const d = detect(facts, options);
  const flows = draftFlows(facts.privacy, d.permissions);
  const doc = new import_yaml.Document({
    apiVersion: "mobile-policy/v1",
    app: {
      id: d.id ?? TODO,
      name: appName,
      kinds: d.kinds.length ? d.kinds : [TODO],
      status: "active",
      audience: "external",
      businessScope: [TODO],
      regions: ["CN"],
      importantInformationSystem: false
    },
    ownership: {
      leadDepartment: TODO,
      responsibleDepartment: TODO,
      responsiblePerson: { name: TODO, email: TODO },
      securityContact: { name: TODO, email: TODO }
    },
    filing: { appFilingNumber: TODO },
    compatibility: {
      ...d.android ? { android: clean(d.android) } : {},
      ...d.ios ? { ios: clean(d.ios) } : {},
      ...d.harmonyos ? { harmonyos: clean(d.harmonyos) } : {}
    },
    accessibility: { elderlyMode: TODO, minorsProtection: TODO },
    sdks: d.sdks.map((s) => ({
      id: s.id,
      ...s.name ? { name: s.name } : {},
      packages: s.packages,
      vendor: s.vendor,
      purpose: s.purpose ?? TODO,
      // The catalogue knows what its SDKs collect ([] = nothing on their own); TODO where nothing is known.
      personalInfo: s.catalogued || s.personalInfo.length ? s.personalInfo : [TODO],
      securityAssessment: { date: TODO, result: TODO, report: TODO }
    })),
    dataFlows: flows.map((f) => ({
      name: TODO,
      data: f.data,
      sensitivity: TODO,
      purpose: TODO,
      necessary: true,
      legalBasis: TODO,
      recipient: "self",
      encryptedInTransit: true,
      permissions: f.permissions
    })),
    security: { transportEncryption: "tls1.2+", userAuthentication: [TODO], allowedDomains: [TODO] },
    privacy: { policyUrl: TODO, collectedInfoList: TODO, sharedInfoList: TODO, complaintChannel: { phone: TODO } },
    waivers: []
  });
  doc.commentBefore = [
    " Draft written by `mobile-policy init`. Every TODO is reported by `mobile-policy check`",
    " until it is filled in; `mobile-policy schema` and docs/manifest.md describe each field."
  ].join("\n");
  annotate(doc, ["app", "id"], d.idFrom ? ` from ${d.idFrom}` : " not found in the build files");
  const sdks = doc.getIn(["sdks"]);
  if ((0, import_yaml.isSeq)(sdks)) {
    sdks.items.forEach((item, i) => {
      if (!(0, import_yaml.isMap)(item)) return;
      const s = d.sdks[i];
      item.commentBefore = ` found at ${s.from}`;
      const purpose = item.items.find((p) => p.key?.value === "purpose");
      if (s.category && purpose?.key && typeof purpose.key === "object") {
        purpose.key.commentBefore = ` drafted from the catalogue category "${s.category}": say what the app uses it for`;
      }
    });
  }
  annotate(doc, ["dataFlows"], " one entry per flow of personal information; the permissions below were found in the app and each must be justified by a flow");
  const flowItems = doc.getIn(["dataFlows"]);
  if ((0, import_yaml.isSeq)(flowItems)) {
    flowItems.items.forEach((item, i) => {
      const from = flows[i].from;
      if ((0, import_yaml.isMap)(item) && from) item.commentBefore = ` drafted from the code: ${from}; name the feature, its purpose and legal basis`;
    });
  }
  return doc.toString({ lineWidth: 0, blockQuote: false });
}
function draftFlows(privacy, permissions) {
  const left = new Set(permissions);
  const out = [];
  for (const c of privacy?.collected ?? []) {
    if (c.origin !== "app") continue;
    const needed = new Set(privacy.uses.filter((u) => !u.debug && u.personalInfo === c.personalInfo).flatMap((u) => u.permissions));
    const own = permissions.filter((p) => needed.has(p) && left.has(p));
    for (const p of own) left.delete(p);
    const where = `${c.location.file}:${c.location.line ?? 1}`;
    out.push({ data: [c.personalInfo], permissions: own, from: `${c.apis.join(", ")} at ${where}${c.count > 1 ? ` and ${c.count - 1} more place(s)` : ""}` });
  }
  if (!out.length || left.size) out.push({ data: [TODO], permissions: [...left] });
  return out;
}
function clean(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
}
function annotate(doc, path2, comment) {
  const parent = path2.length > 1 ? doc.getIn(path2.slice(0, -1)) : doc.contents;
  if (!(0, import_yaml.isMap)(parent)) return;
  const pair = parent.items.find((p) => p.key?.value === path2[path2.length - 1]);
  if (pair && pair.key && typeof pair.key === "object") pair.key.commentBefore = comment;
}

// src/init/app-id.ts
var import_yaml2 = __toESM(require_dist(), 1);
var ID = /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;
function lineOf(text, needle) {
  const i = text.indexOf(needle);
  return i < 0 ? 1 : text.slice(0, i).split("\n").length;
}
var obj = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
function xcodeGenBundleId(file, text) {
  let doc;
  try {
    doc = obj((0, import_yaml2.parse)(text, { uniqueKeys: false, prettyErrors: false }));
  } catch {
    return void 0;
  }
  for (const [name, t] of Object.entries(obj(doc.targets))) {
    const target = obj(t);
    if (target.type !== "application") continue;
    const settings = obj(target.settings);
    const configs = obj(settings.configs);
    const release = Object.entries(configs).find(([k]) => /release/i.test(k))?.[1];
    const candidates = [obj(release).PRODUCT_BUNDLE_IDENTIFIER, obj(settings.base).PRODUCT_BUNDLE_IDENTIFIER, settings.PRODUCT_BUNDLE_IDENTIFIER];
    const id = candidates.find((c) => typeof c === "string" && ID.test(c));
    if (id) return { id, file, line: lineOf(text, `PRODUCT_BUNDLE_IDENTIFIER: ${id}`) };
    const prefix = obj(doc.options).bundleIdPrefix;
    if (typeof prefix === "string" && ID.test(`${prefix}.${name}`)) return { id: `${prefix}.${name}`, file, line: lineOf(text, "bundleIdPrefix") };
  }
  return void 0;
}
function appfileId(file, text) {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*app_identifier\s*\(?\s*(["'])([^"']+)\1/.exec(lines[i]);
    if (m && ID.test(m[2])) return { id: m[2], file, line: i + 1 };
  }
  return void 0;
}
function iosAppIdFromSpecs(repo, files) {
  const read = (f) => {
    const r = repo.readText(f);
    return r.ok ? r.text : void 0;
  };
  const specs = files.filter(isXcodeGenSpec).sort((a, b) => a.split("/").length - b.split("/").length);
  for (const f of specs) {
    const t = read(f);
    const hit = t === void 0 ? void 0 : xcodeGenBundleId(f, t);
    if (hit) return hit;
  }
  const appfiles = files.filter((f) => /(^|\/)fastlane\/Appfile$|(^|\/)Appfile$/.test(f)).sort((a, b) => a.split("/").length - b.split("/").length);
  for (const f of appfiles) {
    const t = read(f);
    const hit = t === void 0 ? void 0 : appfileId(f, t);
    if (hit) return hit;
  }
  return void 0;
}

// src/init/schema-line.ts
var MANIFEST_SCHEMA_FILE = "schema/mobile-app.schema.json";
function manifestSchemaUrl(version) {
  return `https://cdn.jsdelivr.net/npm/mobile-policy@${version}/${MANIFEST_SCHEMA_FILE}`;
}
function schemaModeline(version) {
  return `# yaml-language-server: $schema=${manifestSchemaUrl(version)}`;
}

// src/cli/init.ts
function initCommand(argv, io) {
  const { values, positionals } = parseCommandArgs(argv, { name: { type: "string" }, stdout: { type: "boolean" } });
  if (positionals.length > 1) throw new ConfigurationError(`init takes one folder; got ${positionals.join(" ")}`);
  const dir = path.resolve(io.cwd, positionals[0] ?? ".");
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new ConfigurationError(`${positionals[0] ?? "."} is not a folder`);
  const repo = new DiskRepo(dir);
  const target = path.join(dir, "mobile-app.yaml");
  const existing = discoverManifests(repo).filter((m) => !m.includes("/") || m.startsWith(".github/"));
  if (!values.stdout && (existing.length || fs.existsSync(target))) {
    throw new ConfigurationError(`${existing[0] ?? "mobile-app.yaml"} already exists in ${dir}: init never overwrites a manifest (use --stdout to print a draft)`);
  }
  const { facts } = collectFacts({ repo, appDir: "" }, ["android", "ios", "harmonyos", "sdks", "privacy"]);
  const platformPackages = loadPack(DEFAULT_PACK).params.platformPackages;
  const ios = facts.ios?.present;
  const specAppId = ios ? iosAppIdFromSpecs(repo, subtree(repo, "")) : void 0;
  const text = schemaModeline(TOOL.version) + "\n" + draftManifest(facts, values.name ?? path.basename(dir), {
    platformPackages: Array.isArray(platformPackages) ? platformPackages.filter((p) => typeof p === "string") : [],
    ...specAppId ? { specAppId } : {}
  });
  if (values.stdout) {
    io.out(text);
    return 0;
  }
  fs.writeFileSync(target, text, { flag: "wx" });
  io.err(`Wrote ${path.relative(io.cwd, target) || target}: fill in every TODO, then run \`mobile-policy check\`.
`);
  return 0;
}
export {
  INIT_USAGE,
  initCommand
};
