#!/usr/bin/env node
import { createRequire as __mpCreateRequire } from 'node:module'; const require = __mpCreateRequire(import.meta.url);
import {
  addFinding,
  appFiles,
  codeFiles,
  detectPrivacy,
  diagnostic,
  holdsMaterial,
  isFirebaseConfig,
  isTestPath,
  loc,
  materialKind,
  scanSources,
  scopeOfInput,
  splitLines,
  startScanAhead,
  stopScanAhead
} from "./cli-chunk-HXUZCLZ2.js";
import {
  applyWaivers,
  capFindings,
  diagnosticsToFindings,
  evaluate,
  loadPack,
  loadWaiverFile
} from "./cli-chunk-GKMRLZRU.js";
import {
  Lines,
  MAX_SCRIPT_BYTES,
  committedFiles,
  detectSdks,
  parse,
  templateTarget
} from "./cli-chunk-4AVPZEAC.js";
import {
  DiskRepo,
  appDirOf,
  appliesAndroidApplication,
  basename,
  compareFindings,
  decodeText,
  dirname,
  discoverManifests,
  enterPhase,
  expand,
  isCodeRole,
  isGradleScript,
  isXcodeGenSpec,
  kids,
  lastProgress,
  loadManifest,
  manifestConflicts,
  missingManifestDiagnostic,
  parseJson5,
  parseXml,
  readPbxConfigurations,
  readPbxTargets,
  registerScope,
  resolveScope,
  roleAt,
  scopeFiles,
  scopeOf,
  scopeRequest,
  seconds,
  subtreeRange,
  summarize,
  summarizeScope,
  targetKind,
  withinFileBudget
} from "./cli-chunk-ND4HRAEM.js";
import {
  loadCatalog
} from "./cli-chunk-D3CIC5HL.js";
import {
  TimeBoxExpired,
  require_dist,
  timeBoxed
} from "./cli-chunk-Q3TBLJ6T.js";
import {
  TOOL
} from "./cli-chunk-V65IAYDK.js";
import {
  ConfigurationError
} from "./cli-chunk-BZQX73NR.js";
import {
  isHttpsUrl
} from "./cli-chunk-JVUIPAC5.js";
import {
  __toESM
} from "./cli-chunk-Q3GBV4AC.js";

// src/detectors/android/gradle-parse.ts
function tokenize(src) {
  const out = [];
  let line = 1;
  let lineStart = 0;
  const n = src.length;
  let i = 0;
  const col = (at2) => at2 - lineStart + 1;
  let lastEnd = -1;
  const push = (t, start, end) => {
    if (start > lastEnd && lastEnd >= 0) t.sp = true;
    out.push(t);
    lastEnd = end;
  };
  while (i < n) {
    const c = src[i];
    if (c === "\n") {
      out.push("nl");
      i++;
      line++;
      lineStart = i;
      continue;
    }
    if (c === " " || c === "	" || c === "\r" || c === "\f") {
      i++;
      continue;
    }
    if (c === "\\" && src[i + 1] === "\n") {
      i += 2;
      line++;
      lineStart = i;
      continue;
    }
    if (c === "/" && src[i + 1] === "/") {
      while (i < n && src[i] !== "\n") i++;
      continue;
    }
    if (c === "/" && src[i + 1] === "*") {
      i += 2;
      while (i < n && !(src[i] === "*" && src[i + 1] === "/")) {
        if (src[i] === "\n") {
          line++;
          lineStart = i + 1;
        }
        i++;
      }
      i += 2;
      continue;
    }
    if (c === '"' || c === "'") {
      const startLine = line;
      const startCol = col(i);
      const triple = src.startsWith(c.repeat(3), i);
      const q = triple ? c.repeat(3) : c;
      let j = i + q.length;
      let v = "";
      while (j < n && !src.startsWith(q, j)) {
        if (src[j] === "\\" && j + 1 < n) {
          v += src[j + 1];
          j += 2;
          continue;
        }
        if (src[j] === "\n") {
          if (!triple) break;
          line++;
          lineStart = j + 1;
        }
        v += src[j];
        j++;
      }
      const end = Math.min(n, j + q.length);
      push({ t: "str", v, raw: src.slice(i, end), line: startLine, column: startCol }, i, end);
      i = end;
      continue;
    }
    if (/[A-Za-z_$]/.test(c)) {
      let j = i + 1;
      while (j < n && /[\w$]/.test(src[j])) j++;
      push({ t: "id", v: src.slice(i, j), line, column: col(i) }, i, j);
      i = j;
      continue;
    }
    if (/[0-9]/.test(c)) {
      let j = i + 1;
      while (j < n && /[\w.]/.test(src[j]) && !(src[j] === "." && !/[0-9]/.test(src[j + 1] ?? ""))) j++;
      push({ t: "num", v: src.slice(i, j), line, column: col(i) }, i, j);
      i = j;
      continue;
    }
    push({ t: "p", v: c, line, column: col(i) }, i, i + 1);
    i++;
  }
  return out;
}
var MAX_BLOCK_DEPTH = 100;
function parseGradle(src, onTooDeep) {
  const toks = tokenize(src);
  let i = 0;
  let reported = false;
  const skipBlock = (open) => {
    if (!reported) {
      reported = true;
      onTooDeep?.(open);
    }
    for (let depth = 1; i < toks.length && depth > 0; ) {
      const tk = toks[i++];
      if (tk !== "nl" && tk.t === "p") depth += tk.v === "{" ? 1 : tk.v === "}" ? -1 : 0;
    }
  };
  const block = (level) => {
    const stmts = [];
    let head = [];
    let depth = 0;
    const flush = () => {
      if (head.length) stmts.push({ head, line: head[0].line, column: head[0].column });
      head = [];
    };
    while (i < toks.length) {
      const tk = toks[i++];
      if (tk === "nl") {
        if (depth === 0 && !continues(head)) flush();
        continue;
      }
      if (tk.t === "p") {
        if (tk.v === "(" || tk.v === "[") depth++;
        else if (tk.v === ")" || tk.v === "]") depth = Math.max(0, depth - 1);
        else if (tk.v === ";" && depth === 0) {
          flush();
          continue;
        } else if (tk.v === "}") {
          flush();
          return stmts;
        } else if (tk.v === "{") {
          if (level >= MAX_BLOCK_DEPTH) {
            skipBlock(tk);
            continue;
          }
          const body = block(level + 1);
          if (depth > 0) {
            continue;
          }
          const first = head[0];
          stmts.push({ head, body, line: first?.line ?? tk.line, column: first?.column ?? tk.column });
          head = [];
          continue;
        }
      }
      head.push(tk);
    }
    flush();
    return stmts;
  };
  return block(0);
}
function continues(head) {
  const last = head[head.length - 1];
  return !!last && last.t === "p" && ["=", ".", ",", "+", ":", "?"].includes(last.v) && head.length > 0;
}
var NAMED = /* @__PURE__ */ new Set(["getByName", "create", "named", "register", "maybeCreate", "getting", "creating"]);
function blockName(head) {
  const [a, b, c] = head;
  if (!a) return "";
  if (a.t === "str" && head.length === 1) return a.v;
  if (a.t === "id" && NAMED.has(a.v) && b?.v === "(" && c?.t === "str") return c.v;
  return head.map((t) => t.t === "str" ? t.raw ?? t.v : t.v).join("");
}
function findBlocks(stmts, name) {
  return stmts.filter((s) => s.body && blockName(s.head) === name);
}
function findBlocksDeep(stmts, name, out = []) {
  for (const s of stmts) {
    if (!s.body) continue;
    if (blockName(s.head) === name) out.push(s);
    findBlocksDeep(s.body, name, out);
  }
  return out;
}
function assignment(s) {
  if (s.body) return void 0;
  let h = s.head;
  if (h[0]?.t === "id" && ["def", "val", "var", "final", "String", "int", "Integer", "const"].includes(h[0].v) && h[1]?.t === "id") h = h.slice(1);
  if (h[0]?.t === "id" && ["val", "var"].includes(h[0].v) && h[1]?.t === "id") h = h.slice(1);
  let k = 0;
  const parts = [];
  while (k < h.length && h[k].t === "id") {
    parts.push(h[k].v);
    if (h[k + 1]?.v === "." && h[k + 2]?.t === "id") {
      k += 2;
      continue;
    }
    k++;
    break;
  }
  if (!parts.length) return void 0;
  if (h[k]?.v === ":" && h[k + 1]?.t === "id") k += 2;
  const key = parts.join(".");
  const rest = h.slice(k);
  const first = h[0];
  if (rest[0]?.v === "=" && rest[1]?.v !== "=") return { key, expr: rest.slice(1), line: first.line, column: first.column };
  if (rest[0]?.v === "(" && rest[rest.length - 1]?.v === ")") return { key, expr: rest.slice(1, -1), line: first.line, column: first.column };
  if (rest.length && rest[0].t !== "p") return { key, expr: rest, line: first.line, column: first.column };
  if (rest.length && rest[0].v === "-") return { key, expr: rest, line: first.line, column: first.column };
  return void 0;
}
function exprText(expr) {
  let s = "";
  for (const t of expr) {
    if (s && t.sp) s += " ";
    s += t.t === "str" ? t.raw ?? JSON.stringify(t.v) : t.v;
  }
  return s;
}

// src/detectors/android/gradle-conventions.ts
var BUILD_LOGIC = /(^|\/)(buildSrc|build-logic|build-conventions)\/.*\.(kt|kts|gradle)$/;
var SETTING = /(?<![\w.])(?:defaultConfig\s*\.\s*|this\s*\.\s*)?(minSdk|minSdkVersion|targetSdk|targetSdkVersion)\s*(?:=\s*|\(\s*)([^\n;)]+?(?:\(\))?(?:\.\w+(?:\(\))?)*)\s*(?:\)|;|\n|$)/g;
function valueOf(raw, file, line, column, ctx) {
  const location = loc(file, line, column);
  const text = raw.trim();
  if (/^\d+$/.test(text)) return { raw: text, value: Number(text), origin: "literal", unresolved: false, location };
  const cat = /^libs\.versions\.([\w.]+?)(?:\.get\(\))?(?:\.(?:toInt|toInteger)\(\))?$/.exec(text) ?? /^libs\.findVersion\(\s*"([\w.-]+)"\s*\)\.get\(\)(?:\.(?:requiredVersion|displayName|toString\(\)))?(?:\.(?:toInt|toInteger)\(\))?$/.exec(text);
  const entry = cat ? ctx.catalog.get(cat[1].replace(/[-_]/g, ".")) : void 0;
  if (entry && /^\d+$/.test(entry.value)) {
    return { raw: text, value: Number(entry.value), origin: "variable", unresolved: false, definedAt: loc(entry.file, entry.line), location };
  }
  return { raw: text, origin: "unresolved", unresolved: true, location };
}
function candidates(repo, files, ctx) {
  const out = [];
  for (const f of files) {
    if (!BUILD_LOGIC.test(f)) continue;
    const r = repo.readText(f);
    if (!r.ok) continue;
    const text = r.text;
    const lines = new Lines(text);
    for (const m of text.matchAll(SETTING)) {
      const before = text.slice(text.lastIndexOf("\n", m.index) + 1, m.index);
      if (before.includes("//")) continue;
      const line = lines.line(m.index);
      const column = before.length + 1;
      out.push({ key: m[1].startsWith("min") ? "minSdk" : "targetSdk", value: valueOf(m[2], f, line, column, ctx), file: f });
    }
  }
  return out;
}
function pick(list) {
  const known = list.filter((c) => !c.value.unresolved);
  const app = known.filter((c) => /Application/i.test(basename(c.file)));
  const pool = app.length ? app : known;
  const values = new Set(pool.map((c) => c.value.value));
  return values.size === 1 ? pool[0].value : void 0;
}
function applyConventionSdkLevels(repo, files, ctx, modules) {
  if (!modules.some((m) => m.minSdk === void 0 || m.targetSdk === void 0)) return;
  const all = candidates(repo, files, ctx);
  if (!all.length) return;
  const minSdk = pick(all.filter((c) => c.key === "minSdk"));
  const targetSdk = pick(all.filter((c) => c.key === "targetSdk"));
  for (const m of modules) {
    if (m.minSdk === void 0 && minSdk) m.minSdk = minSdk;
    if (m.targetSdk === void 0 && targetSdk) m.targetSdk = targetSdk;
  }
}

// src/detectors/android/gradle.ts
var NORM = (s) => s.replace(/[-_]/g, ".");
function gradleContext(repo, files, parsed, diagnostics) {
  const ctx = { vars: /* @__PURE__ */ new Map(), props: /* @__PURE__ */ new Map(), catalog: /* @__PURE__ */ new Map() };
  for (const f of files) {
    const b = basename(f);
    if (b === "gradle.properties") {
      const r = repo.readText(f);
      if (!r.ok) {
        diagnostics.push(r.diagnostic);
        continue;
      }
      splitLines(r.text).forEach((l, i) => {
        const m = /^\s*([\w.-]+)\s*[=:]\s*(.*?)\s*$/.exec(l);
        if (m && !/^\s*[#!]/.test(l) && !ctx.props.has(m[1])) ctx.props.set(m[1], { value: m[2], file: f, line: i + 1 });
      });
    } else if (f.endsWith(".versions.toml")) {
      const r = repo.readText(f);
      if (!r.ok) {
        diagnostics.push(r.diagnostic);
        continue;
      }
      try {
        const doc = parse(r.text);
        const lines = splitLines(r.text);
        for (const [k, v] of Object.entries(doc.versions ?? {})) {
          const value = typeof v === "string" ? v : v && typeof v === "object" ? v.strictly ?? v.require ?? v.prefer : void 0;
          if (typeof value !== "string") continue;
          const line = lines.findIndex((l) => new RegExp(`^\\s*["']?${k.replace(/[.]/g, "\\.")}["']?\\s*=`).test(l)) + 1;
          ctx.catalog.set(NORM(k), { value, file: f, line: line || 1 });
        }
      } catch (e) {
        const err = e;
        const line = err.line ?? (/line (\d+)/.exec(err.message) ? Number(/line (\d+)/.exec(err.message)[1]) : void 0);
        diagnostics.push(diagnostic(
          "android/toml-parse",
          "error",
          f,
          `${f} could not be parsed as TOML (${err.message.split("\n")[0]}); versions from it stay unresolved.`,
          `${f} \u65E0\u6CD5\u89E3\u6790\u4E3A TOML\uFF08\`${err.message.split("\n")[0]}\`\uFF09\uFF0C\u5176\u4E2D\u7684\u7248\u672C\u65E0\u6CD5\u89E3\u6790\u3002`,
          line,
          err.line ? err.column : void 0
        ));
      }
    }
  }
  for (const [file, stmts] of parsed) {
    const take = (s, prefix) => {
      const a = assignment(s);
      if (!a) return;
      let key = a.key.startsWith(prefix) ? a.key.slice(prefix.length) : a.key;
      key = key.replace(/^(?:rootProject\.|project\.)?(?:ext\.|extra\.)/, "");
      if (!ctx.vars.has(key)) ctx.vars.set(key, { expr: a.expr, file, line: a.line, column: a.column });
    };
    for (const b of [...findBlocksDeep(stmts, "ext"), ...findBlocksDeep(stmts, "project.ext"), ...findBlocksDeep(stmts, "rootProject.ext")]) {
      for (const s of b.body ?? []) take(s, "");
    }
    for (const s of stmts) {
      const a = assignment(s);
      if (!a) continue;
      if (/^(?:rootProject\.|project\.)?ext\./.test(a.key) || ["def", "val", "var"].includes(s.head[0]?.v ?? "")) take(s, "");
      const h = s.head;
      if (h[0]?.v === "extra" && h[1]?.v === "[" && h[2]?.t === "str" && h[4]?.v === "=") {
        ctx.vars.set(h[2].v, { expr: h.slice(5), file, line: h[0].line, column: h[0].column });
      }
      if (h[0]?.v === "val" && h[2]?.v === "by" && h[3]?.v === "extra" && h[4]?.v === "(") {
        ctx.vars.set(h[1].v, { expr: h.slice(5, -1), file, line: h[0].line, column: h[0].column });
      }
    }
  }
  return ctx;
}
var SUFFIX = /(?:\.(?:get|toInteger|toInt|toString|trim|orNull)\(\)|!!|(?<!\s)\s+as\s+\w+)+$/;
function evaluate2(expr, file, line, column, ctx, seen = /* @__PURE__ */ new Set()) {
  const raw = exprText(expr);
  const location = loc(file, line, column);
  const out = (origin, value, definedAt) => {
    const v = { raw, origin, unresolved: value === void 0, location };
    if (value !== void 0) v.value = value;
    if (definedAt) v.definedAt = definedAt;
    return v;
  };
  let text = raw.replace(SUFFIX, "").trim();
  for (let k = 0; k < 3 && /^\(.*\)$/.test(text); k++) text = text.slice(1, -1).replace(SUFFIX, "").trim();
  if (/System\.getenv|providers\.environmentVariable/.test(text)) return out("env");
  const single = expr.length === 1 ? expr[0] : void 0;
  if (single?.t === "str") {
    if (!/\$/.test(single.v) || single.raw?.startsWith("'")) return out("literal", single.v);
    let unresolved = false;
    let fromVar = false;
    const s = single.v.replace(/\$\{([^}]+)\}|\$([A-Za-z_][\w.]*)/g, (_m, a, b) => {
      const name = (a ?? b ?? "").trim();
      const r = lookup(name, ctx, file, line, column, seen);
      fromVar = true;
      if (r.value === void 0) {
        unresolved = true;
        return "";
      }
      return String(r.value);
    });
    return unresolved ? out("unresolved") : out(fromVar ? "variable" : "literal", s);
  }
  if (single?.t === "num") return out("literal", Number(single.v.replace(/[LlFf]$/, "")));
  if (single?.t === "id" && (single.v === "true" || single.v === "false")) return out("literal", single.v === "true");
  if (/^-?\d+$/.test(text)) return out("literal", Number(text));
  const ref = /^signingConfigs(?:\.getByName\("([^"]+)"\)|\.getByName\('([^']+)'\)|\.(\w+)|\["([^"]+)"\]|\['([^']+)'\])$/.exec(text);
  if (ref) return out("reference", ref[1] ?? ref[2] ?? ref[3] ?? ref[4] ?? ref[5]);
  const prop = /^(?:project\.|rootProject\.)?(?:findProperty|property|providers\.gradleProperty)\(["']([^"']+)["']\)$/.exec(text);
  if (prop) {
    const p = ctx.props.get(prop[1]);
    return p ? out("variable", coerce(p.value), loc(p.file, p.line)) : out("unresolved");
  }
  if (/\w\s*\[\s*["'][^"']+["']\s*\]$|\.getProperty\(["'][^"']+["']\)$/.test(text)) {
    const m = /^(\w+)/.exec(text);
    if (m && !["ext", "extra", "rootProject", "project"].includes(m[1])) return out("properties-file");
  }
  if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/.test(text)) {
    const r = lookup(text, ctx, file, line, column, seen);
    return r.value === void 0 ? out(r.origin === "properties-file" || r.origin === "env" ? r.origin : "unresolved") : out("variable", r.value, r.definedAt);
  }
  const extra = /^(?:rootProject\.|project\.)?(?:ext|extra)\s*\[\s*["']([^"']+)["']\s*\]$|^(?:rootProject\.|project\.)?extra\.get\(["']([^"']+)["']\)$/.exec(text);
  if (extra) {
    const r = lookup(extra[1] ?? extra[2] ?? "", ctx, file, line, column, seen);
    return r.value === void 0 ? out("unresolved") : out("variable", r.value, r.definedAt);
  }
  return out("unresolved");
}
function coerce(s) {
  if (/^-?\d+$/.test(s)) return Number(s);
  if (s === "true" || s === "false") return s === "true";
  return s;
}
function lookup(name, ctx, file, line, column, seen) {
  const none = { raw: name, origin: "unresolved", unresolved: true, location: loc(file, line, column) };
  if (seen.has(name)) return none;
  const cat = /^libs\.versions\.(.+)$/.exec(name);
  if (cat) {
    const c = ctx.catalog.get(NORM(cat[1]));
    return c ? { raw: name, value: coerce(c.value), origin: "variable", unresolved: false, definedAt: loc(c.file, c.line), location: none.location } : none;
  }
  const key = name.replace(/^(?:rootProject\.|project\.)?(?:ext\.|extra\.)?/, "").replace(/^(?:rootProject|project)\./, "");
  const v = ctx.vars.get(key) ?? ctx.vars.get(name);
  if (v) {
    const next = new Set(seen).add(name);
    const r = evaluate2(v.expr, v.file, v.line, v.column, ctx, next);
    if (r.value !== void 0) return { ...r, definedAt: r.definedAt ?? loc(v.file, v.line, v.column) };
    return r;
  }
  const p = ctx.props.get(key) ?? ctx.props.get(name);
  if (p) return { raw: name, value: coerce(p.value), origin: "variable", unresolved: false, definedAt: loc(p.file, p.line), location: none.location };
  return none;
}
var MODULE_KEYS = [
  { keys: ["applicationId"], prop: "applicationId" },
  { keys: ["minSdk", "minSdkVersion"], prop: "minSdk" },
  { keys: ["targetSdk", "targetSdkVersion"], prop: "targetSdk" },
  { keys: ["compileSdk", "compileSdkVersion"], prop: "compileSdk" },
  { keys: ["versionCode"], prop: "versionCode" },
  { keys: ["versionName"], prop: "versionName" }
];
var BUILD_TYPE_KEYS = [
  { keys: ["applicationIdSuffix"], prop: "applicationIdSuffix" },
  { keys: ["minifyEnabled", "isMinifyEnabled"], prop: "minifyEnabled" },
  { keys: ["shrinkResources", "isShrinkResources"], prop: "shrinkResources" },
  { keys: ["debuggable", "isDebuggable"], prop: "debuggable" },
  { keys: ["signingConfig"], prop: "signingConfig" }
];
var FLAVOR_KEYS = [
  { keys: ["dimension"], prop: "dimension" },
  { keys: ["applicationId"], prop: "applicationId" },
  { keys: ["applicationIdSuffix"], prop: "applicationIdSuffix" },
  { keys: ["minSdk", "minSdkVersion"], prop: "minSdk" },
  { keys: ["targetSdk", "targetSdkVersion"], prop: "targetSdk" }
];
var SIGNING_KEYS = [
  { keys: ["storeFile"], prop: "storeFile" },
  { keys: ["storePassword"], prop: "storePassword" },
  { keys: ["keyAlias"], prop: "keyAlias" },
  { keys: ["keyPassword"], prop: "keyPassword" }
];
function fill(target, stmts, setters, file, ctx, scope) {
  for (const s of stmts) {
    if (s.body && ["if", "else"].includes(s.head[0]?.v ?? "")) {
      const inner = {};
      fill(inner, s.body, setters, file, ctx, scope);
      for (const [k, v] of Object.entries(inner)) if (!(k in target)) target[k] = v;
      continue;
    }
    if (scope && s.head[0]?.v === "manifestPlaceholders") placeholders(s, file, ctx, scope.name, scope.out);
    const a = assignment(s);
    if (!a) continue;
    const key = a.key.replace(/^(?:it|this)\./, "");
    const setter = setters.find((x) => x.keys.includes(key));
    if (setter) target[setter.prop] = evaluate2(a.expr, file, a.line, a.column, ctx);
  }
}
function placeholders(s, file, ctx, scope, out) {
  const h = s.head;
  const push = (name, expr, at2) => {
    if (!expr.length) return;
    out.push({ name, scope, value: evaluate2(expr, file, at2.line, at2.column, ctx) });
  };
  const start = h.findIndex((t) => t.v === "[" || t.v === "(");
  if (start < 0) return;
  if (h[start]?.v === "[" && h[start + 1]?.t === "str" && h[start + 2]?.v === "]" && h[start + 3]?.v === "=") {
    push(h[start + 1].v, h.slice(start + 4), h[start + 1]);
    return;
  }
  let depth = 0;
  let part = [];
  const parts = [];
  for (const t of h.slice(start + 1)) {
    if (t.v === "(" || t.v === "[") depth++;
    if ((t.v === ")" || t.v === "]") && depth-- === 0) break;
    if (t.v === "," && depth === 0) {
      parts.push(part);
      part = [];
      continue;
    }
    part.push(t);
  }
  parts.push(part);
  if (h[start - 1]?.v === "put" && parts.length === 2 && parts[0][0]?.t === "str") {
    push(parts[0][0].v, parts[1], parts[0][0]);
    return;
  }
  for (const p of parts) {
    let q = p;
    if (q[0]?.v === "mapOf" || q[0]?.v === "mutableMapOf") q = q.slice(2);
    const k = q[0];
    if (!k || k.t !== "str" && k.t !== "id") continue;
    let expr = q.slice(2);
    const opens = expr.filter((t) => t.v === "(").length;
    const closes = expr.filter((t) => t.v === ")").length;
    if (closes > opens && expr[expr.length - 1]?.v === ")") expr = expr.slice(0, -1);
    if (q[1]?.v === ":" || q[1]?.v === "to") push(k.v, expr, k);
  }
}
function named(block, file, make) {
  if (!block?.body) return [];
  const out = [];
  for (const s of block.body) {
    if (!s.body) continue;
    const name = blockName(s.head);
    if (!name || /[^\w-]/.test(name)) continue;
    if (["all", "configureEach", "each", "forEach"].includes(name)) continue;
    out.push(make(name, loc(file, s.line, s.column), s.body));
  }
  return out;
}
function readModule(file, text, stmts, ctx) {
  const android = findBlocks(stmts, "android");
  const hasAppId = android.some((b) => findBlocks(b.body ?? [], "defaultConfig").some((d) => (d.body ?? []).some((s) => assignment(s)?.key === "applicationId")));
  if (!appliesAndroidApplication(text) && !hasAppId) return void 0;
  const fact = {
    file,
    location: android[0] ? loc(file, android[0].line, android[0].column) : loc(file),
    module: dirname(file),
    dsl: file.endsWith(".kts") ? "kotlin" : "groovy",
    buildTypes: [],
    productFlavors: [],
    signingConfigs: [],
    manifestPlaceholders: [],
    reactNative: /com\.facebook\.react/.test(text),
    flutter: /dev\.flutter\.flutter-gradle-plugin|flutter\.gradle|flutter\.minSdkVersion/.test(text)
  };
  const f = fact;
  for (const a of android) {
    const body = a.body ?? [];
    fill(f, body, [{ keys: ["namespace"], prop: "namespace" }, ...MODULE_KEYS.filter((k) => k.prop === "compileSdk")], file, ctx);
    for (const d of findBlocks(body, "defaultConfig")) fill(f, d.body ?? [], MODULE_KEYS, file, ctx, { name: "defaultConfig", out: fact.manifestPlaceholders });
    for (const bt of findBlocks(body, "buildTypes")) {
      fact.buildTypes.push(...named(bt, file, (name, location, b) => {
        const x = { name, location };
        fill(x, b, BUILD_TYPE_KEYS, file, ctx, { name, out: fact.manifestPlaceholders });
        return x;
      }));
    }
    for (const pf of findBlocks(body, "productFlavors")) {
      fact.productFlavors.push(...named(pf, file, (name, location, b) => {
        const x = { name, location };
        fill(x, b, FLAVOR_KEYS, file, ctx, { name, out: fact.manifestPlaceholders });
        return x;
      }));
    }
    for (const sc of findBlocks(body, "signingConfigs")) {
      fact.signingConfigs.push(...named(sc, file, (name, location, b) => {
        const x = { name, location, literalPassword: false };
        fill(x, b, SIGNING_KEYS, file, ctx);
        x.literalPassword = [x.storePassword, x.keyPassword].some((p) => p !== void 0 && typeof p.value === "string");
        for (const p of [x.storePassword, x.keyPassword]) {
          if (!p || p.value === void 0) continue;
          p.value = "********";
          if (p.origin === "literal") p.raw = '"********"';
        }
        return x;
      }));
    }
  }
  return fact;
}
function readGradle(repo, files, isApplication = () => void 0) {
  const diagnostics = [];
  const scripts = files.filter((f) => isGradleScript(f) && /(?:^|\/)[\w.-]*\.gradle(?:\.kts)?$/.test(f));
  const texts = /* @__PURE__ */ new Map();
  const parsed = /* @__PURE__ */ new Map();
  for (const f of scripts) {
    const r = repo.readText(f, MAX_SCRIPT_BYTES);
    if (!r.ok) {
      diagnostics.push(r.diagnostic);
      continue;
    }
    const stmts = withinFileBudget(f, diagnostics, () => parseGradle(r.text, (at2) => diagnostics.push(diagnostic(
      "android/gradle-parse",
      "error",
      f,
      `${f} nests blocks deeper than ${MAX_BLOCK_DEPTH} levels (line ${at2.line}): what is inside was not read.`,
      `${f} \u7684\u4EE3\u7801\u5757\u5D4C\u5957\u8D85\u8FC7 ${MAX_BLOCK_DEPTH} \u5C42\uFF08\u7B2C ${at2.line} \u884C\uFF09\uFF0C\u5176\u5185\u90E8\u5185\u5BB9\u672A\u88AB\u8BFB\u53D6\u3002`,
      at2.line,
      at2.column
    ))));
    if (!stmts) continue;
    texts.set(f, r.text);
    parsed.set(f, stmts);
  }
  const ctx = gradleContext(repo, files, parsed, diagnostics);
  const modules = [];
  for (const [f, stmts] of parsed) {
    if (!/(?:^|\/)build\.gradle(?:\.kts)?$/.test(f) || isApplication(f) === false) continue;
    const m = readModule(f, texts.get(f) ?? "", stmts, ctx);
    if (m) modules.push(m);
  }
  applyConventionSdkLevels(repo, files, ctx, modules);
  return { modules, diagnostics };
}

// src/detectors/android/manifest.ts
var A = "android:";
function attr(file, a) {
  return a ? { value: a.value, location: loc(file, a.line, a.column) } : void 0;
}
function elLoc(file, el) {
  return loc(file, el.line, el.column);
}
function parseError(code, file, what, zhWhat, r) {
  return diagnostic(
    code,
    "error",
    file,
    `${file} could not be parsed as ${what} (line ${r.line}: ${r.message}); the checks that need it were skipped.`,
    `${file} \u65E0\u6CD5\u89E3\u6790\u4E3A${zhWhat}\uFF08\u7B2C ${r.line} \u884C\uFF1A\`${r.message}\`\uFF09\uFF0C\u4F9D\u8D56\u5B83\u7684\u68C0\u67E5\u5DF2\u8DF3\u8FC7\u3002`,
    r.line,
    r.column
  );
}
function sourceSetOf(file) {
  const m = /^(?:(.*)\/)?src\/([^/]+)\/AndroidManifest[^/]*\.xml$/.exec(file);
  if (m) return { module: m[1] ?? "", sourceSet: m[2] ?? "" };
  const i = file.lastIndexOf("/");
  return { module: i >= 0 ? file.slice(0, i) : "", sourceSet: "" };
}
var COMPONENTS = ["activity", "activity-alias", "service", "receiver", "provider"];
function readManifest(repo, file) {
  const r = repo.readText(file);
  if (!r.ok) return { diagnostics: [r.diagnostic] };
  const x = parseXml(r.text);
  if (!x.ok) return { diagnostics: [parseError("android/xml-parse", file, "XML", " XML", x)] };
  const root = x.root;
  if (root.name !== "manifest") {
    return { diagnostics: [diagnostic(
      "android/xml-parse",
      "error",
      file,
      `${file} has root element <${root.name}>, not <manifest>: it was not read as an Android manifest.`,
      `${file} \u7684\u6839\u5143\u7D20\u4E3A \`<${root.name}>\` \u800C\u975E \`<manifest>\`\uFF0C\u672A\u4F5C\u4E3A AndroidManifest.xml \u6E05\u5355\u6587\u4EF6\u8BFB\u53D6\u3002`,
      root.line,
      root.column
    )] };
  }
  const { module, sourceSet } = sourceSetOf(file);
  const fact = { file, location: elLoc(file, root), module, sourceSet, permissions: [], components: [], metaData: [] };
  const pkg = attr(file, root.attrs.package);
  if (pkg) fact.package = pkg;
  for (const el of root.children) {
    if (el.name === "uses-permission" || el.name === "uses-permission-sdk-23") {
      const name = el.attrs[`${A}name`]?.value;
      if (!name) continue;
      const p = { name, sdk23: el.name !== "uses-permission", location: elLoc(file, el) };
      const max = el.attrs[`${A}maxSdkVersion`]?.value;
      if (max && /^\d+$/.test(max)) p.maxSdkVersion = Number(max);
      if (el.attrs["tools:node"]?.value === "remove") (fact.removedPermissions ??= []).push(p);
      else fact.permissions.push(p);
    } else if (el.name === "uses-sdk") {
      const u = { location: elLoc(file, el) };
      const min = attr(file, el.attrs[`${A}minSdkVersion`]);
      const target = attr(file, el.attrs[`${A}targetSdkVersion`]);
      if (min) u.minSdkVersion = min;
      if (target) u.targetSdkVersion = target;
      fact.usesSdk = u;
    } else if (el.name === "application") {
      const app = { location: elLoc(file, el) };
      const name = el.attrs[`${A}name`]?.value;
      if (name) app.name = name;
      for (const flag of [
        "usesCleartextTraffic",
        "debuggable",
        "testOnly",
        "allowBackup",
        "fullBackupContent",
        "dataExtractionRules",
        "networkSecurityConfig"
      ]) {
        const a = attr(file, el.attrs[`${A}${flag}`]);
        if (a) app[flag] = a;
      }
      fact.application = app;
      metaData(file, el, "application", fact.metaData);
      for (const c of el.children) {
        if (!COMPONENTS.includes(c.name)) continue;
        const kind = c.name;
        const name2 = c.attrs[`${A}name`]?.value ?? "";
        const exportedAttr = c.attrs[`${A}exported`]?.value;
        const hasIntentFilter = kids(c, "intent-filter").length > 0;
        const exportedImplicitly = exportedAttr === void 0 && hasIntentFilter;
        const exported = exportedAttr === "true" || exportedImplicitly;
        const permission = c.attrs[`${A}permission`]?.value;
        const protectedBy = permission ?? (kind === "provider" ? c.attrs[`${A}readPermission`]?.value && c.attrs[`${A}writePermission`]?.value : void 0);
        const comp = {
          kind,
          name: name2,
          hasIntentFilter,
          exported,
          exportedImplicitly,
          exportedWithoutPermission: exported && !protectedBy,
          location: elLoc(file, c)
        };
        if (exportedAttr !== void 0) comp.exportedAttr = exportedAttr;
        if (permission) comp.permission = permission;
        fact.components.push(comp);
        metaData(file, c, name2, fact.metaData);
      }
    }
  }
  return { fact, diagnostics: [] };
}
function metaData(file, el, parent, out) {
  for (const m of kids(el, "meta-data")) {
    const name = m.attrs[`${A}name`]?.value;
    if (!name) continue;
    const f = { name, parent, location: elLoc(file, m) };
    const value = m.attrs[`${A}value`]?.value;
    const resource = m.attrs[`${A}resource`]?.value;
    if (value !== void 0) f.value = value;
    if (resource !== void 0) f.resource = resource;
    out.push(f);
  }
}
function anchors(file, el) {
  if (!el) return [];
  const ta = kids(el, "trust-anchors")[0];
  if (!ta) return [];
  return kids(ta, "certificates").map((c) => ({
    src: c.attrs.src?.value ?? "",
    overridePins: c.attrs.overridePins?.value === "true",
    location: c.attrs.src ? loc(file, c.attrs.src.line, c.attrs.src.column) : elLoc(file, c)
  }));
}
function readNetworkSecurityConfig(repo, file, text) {
  void repo;
  const x = parseXml(text);
  if (!x.ok) return { diagnostics: [parseError("android/xml-parse", file, "XML", " XML", x)] };
  const root = x.root;
  if (root.name !== "network-security-config") return { diagnostics: [] };
  const fact = {
    file,
    location: elLoc(file, root),
    referenced: false,
    domainConfigs: [],
    cleartextPermitted: [],
    userCertificates: [],
    overriddenPins: []
  };
  const base = kids(root, "base-config")[0];
  if (base) {
    const ct = base.attrs.cleartextTrafficPermitted;
    fact.baseConfig = { trustAnchors: anchors(file, base), location: elLoc(file, base) };
    if (ct) {
      fact.baseConfig.cleartextTrafficPermitted = ct.value;
      if (ct.value === "true") fact.cleartextPermitted.push({ domain: "*", location: loc(file, ct.line, ct.column) });
    }
    for (const t of fact.baseConfig.trustAnchors) {
      if (t.src === "user") fact.userCertificates.push({ scope: "base", domains: ["*"], location: t.location });
      if (t.overridePins) fact.overriddenPins.push({ scope: "base", domains: ["*"], location: t.location });
    }
  }
  const walk = (el, inherited) => {
    for (const dc of kids(el, "domain-config")) {
      const ctAttr = dc.attrs.cleartextTrafficPermitted;
      const ct = ctAttr?.value ?? inherited;
      const d = {
        domains: kids(dc, "domain").map((e) => ({ name: e.text.trim(), includeSubdomains: e.attrs.includeSubdomains?.value === "true", location: elLoc(file, e) })),
        trustAnchors: anchors(file, dc),
        location: elLoc(file, dc)
      };
      if (ct !== void 0) d.cleartextTrafficPermitted = ct;
      const ps = kids(dc, "pin-set")[0];
      if (ps) {
        d.pinSet = { pins: kids(ps, "pin").length, location: elLoc(file, ps) };
        const exp = ps.attrs.expiration?.value;
        if (exp) d.pinSet.expiration = exp;
      }
      fact.domainConfigs.push(d);
      const names = d.domains.map((x2) => x2.name);
      if (ct === "true") {
        const at2 = ctAttr ? loc(file, ctAttr.line, ctAttr.column) : d.location;
        for (const n of names) fact.cleartextPermitted.push({ domain: n, location: at2 });
      }
      for (const t of d.trustAnchors) {
        if (t.src === "user") fact.userCertificates.push({ scope: "domain", domains: names, location: t.location });
        if (t.overridePins) fact.overriddenPins.push({ scope: "domain", domains: names, location: t.location });
      }
      walk(dc, ct);
    }
  };
  walk(root, fact.baseConfig?.cleartextTrafficPermitted);
  const dbg = kids(root, "debug-overrides")[0];
  if (dbg) {
    fact.debugOverrides = { trustAnchors: anchors(file, dbg), location: elLoc(file, dbg) };
    for (const t of fact.debugOverrides.trustAnchors) {
      if (t.src === "user") fact.userCertificates.push({ scope: "debug", domains: ["*"], location: t.location });
    }
  }
  return { fact, diagnostics: [] };
}
function dropRemovedPermissions(manifests) {
  const removed = new Set(manifests.flatMap((m) => (m.removedPermissions ?? []).map((p) => p.name)));
  if (!removed.size) return;
  for (const m of manifests) m.permissions = m.permissions.filter((p) => !removed.has(p.name));
}

// src/detectors/android/index.ts
function resolvePlaceholders(m, g) {
  if (m.sourceSet === "debug" || !m.application) return;
  const release = g?.buildTypes.find((b) => b.name === "release");
  const lookup2 = (name) => {
    const p = g?.manifestPlaceholders.find((x) => x.name === name && x.scope === "release") ?? g?.manifestPlaceholders.find((x) => x.name === name && x.scope === "defaultConfig");
    if (p) return p.value.value === void 0 ? void 0 : String(p.value.value);
    if (name === "applicationId" && g?.applicationId?.value !== void 0) {
      return `${String(g.applicationId.value)}${release?.applicationIdSuffix?.value !== void 0 ? String(release.applicationIdSuffix.value) : ""}`;
    }
    if (name === "usesCleartextTraffic" && g?.reactNative) return "false";
    return void 0;
  };
  for (const a of Object.values(m.application)) {
    if (!a || typeof a !== "object" || !("value" in a) || !a.value.includes("${")) continue;
    let ok = true;
    const v = a.value.replace(/\$\{([^}]+)\}/g, (_x, n) => lookup2(n.trim()) ?? (ok = false, ""));
    if (ok) a.releaseValue = v;
  }
}
var detectAndroid = (input) => {
  const { repo, appDir } = input;
  const scope = scopeOfInput(input);
  const files = scopeFiles(repo, scope, isCodeRole);
  const diagnostics = [];
  const facts = { present: false, manifests: [], networkSecurityConfigs: [], gradle: [], webview: [] };
  const committed = committedFiles(files);
  const manifests = files.filter((p) => p.endsWith("/AndroidManifest.xml") || p === "AndroidManifest.xml" || templateTarget(p, "AndroidManifest.xml", committed));
  for (const f of manifests) {
    if (/(?:^|\/)(?:build|intermediates|generated)\//.test(f)) continue;
    const r = withinFileBudget(f, diagnostics, () => readManifest(repo, f));
    if (!r) continue;
    diagnostics.push(...r.diagnostics);
    if (r.fact) facts.manifests.push(r.fact);
  }
  dropRemovedPermissions(facts.manifests);
  const referenced = /* @__PURE__ */ new Set();
  for (const m of facts.manifests) {
    const ref = /^@xml\/(.+)$/.exec(m.application?.networkSecurityConfig?.value ?? "");
    if (ref) referenced.add(`${m.module}|${ref[1]}`);
  }
  for (const f of files.filter((p) => p.endsWith(".xml") && /\/res\/xml[^/]*\/[^/]+\.xml$/.test(p))) {
    if (repo.size(f) > 1024 * 1024) continue;
    const r = repo.readText(f);
    if (!r.ok) continue;
    if (!r.text.includes("network-security-config")) continue;
    const n = withinFileBudget(f, diagnostics, () => readNetworkSecurityConfig(repo, f, r.text));
    if (!n) continue;
    diagnostics.push(...n.diagnostics);
    if (!n.fact) continue;
    const name = /\/([^/]+)\.xml$/.exec(f)?.[1] ?? "";
    const mod = /^(?:(.*)\/)?src\/[^/]+\/res\//.exec(f)?.[1] ?? dirname(dirname(dirname(f)));
    n.fact.referenced = referenced.has(`${mod}|${name}`) || [...referenced].some((k) => k.endsWith(`|${name}`) && !facts.manifests.some((m) => m.module === mod));
    facts.networkSecurityConfigs.push(n.fact);
  }
  const context = scopeFiles(repo, scope, (r) => isCodeRole(r) || r === "build");
  const modules = new Map(scope.gradle.filter((m) => m.script).map((m) => [m.script, m.application]));
  const g = readGradle(repo, context, (f) => modules.get(f));
  facts.gradle = g.modules;
  diagnostics.push(...g.diagnostics);
  facts.webview = scanSources(repo, appDir, scope).webview;
  for (const m of facts.manifests) resolvePlaceholders(m, facts.gradle.find((x) => x.module === m.module));
  facts.present = facts.manifests.length > 0 || facts.gradle.length > 0;
  return { facts, diagnostics };
};

// src/detectors/ios/index.ts
var import_yaml = __toESM(require_dist(), 1);

// src/detectors/ios/bplist.ts
var MAX_BPLIST_VALUES = 1e5;
var MAX_BPLIST_DEPTH = 128;
var BplistError = class extends Error {
};
var APPLE_EPOCH = 978307200;
function parseBplist(buf) {
  const n = buf.length;
  if (n < 8 + 32) throw new BplistError("too short for a binary plist");
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const t = n - 32;
  const offsetSize = buf[t + 6];
  const refSize = buf[t + 7];
  const count = uint(view, t + 8, 8);
  const top = uint(view, t + 16, 8);
  const tableAt = uint(view, t + 24, 8);
  if (offsetSize < 1 || offsetSize > 8 || refSize < 1 || refSize > 8) throw new BplistError("invalid trailer");
  if (count < 1 || top >= count || tableAt < 8 || tableAt + count * offsetSize > t) throw new BplistError("offset table outside the file");
  let produced = 0;
  const onStack = /* @__PURE__ */ new Set();
  const offsetOf = (ref) => {
    if (ref >= count) throw new BplistError(`reference ${ref} to a missing object`);
    const at2 = uint(view, tableAt + ref * offsetSize, offsetSize);
    if (at2 < 8 || at2 >= tableAt) throw new BplistError(`object ${ref} is outside the object area`);
    return at2;
  };
  const lengthAt = (at2) => {
    const low = buf[at2] & 15;
    if (low !== 15) return [low, at2 + 1];
    const m = buf[at2 + 1];
    if (m === void 0 || m >> 4 !== 1) throw new BplistError("invalid length");
    const size = 1 << (m & 15);
    if (size > 8 || at2 + 2 + size > tableAt) throw new BplistError("invalid length");
    return [uint(view, at2 + 2, size), at2 + 2 + size];
  };
  const within = (start, bytes) => {
    if (start + bytes > tableAt) throw new BplistError("an object runs past the object area");
  };
  const value = (ref, depth) => {
    if (++produced > MAX_BPLIST_VALUES) throw new BplistError(`more than ${MAX_BPLIST_VALUES} values (objects referenced from many places)`);
    if (depth > MAX_BPLIST_DEPTH) throw new BplistError(`nested deeper than ${MAX_BPLIST_DEPTH} levels`);
    if (onStack.has(ref)) throw new BplistError(`object ${ref} contains itself`);
    const at2 = offsetOf(ref);
    const marker = buf[at2];
    const kind = marker >> 4;
    switch (kind) {
      case 0:
        if (marker === 8 || marker === 9) return { kind: "bool", value: marker === 9 };
        return { kind: "string", value: "" };
      // null and fill bytes: no value
      case 1: {
        const size = 1 << (marker & 15);
        within(at2 + 1, size);
        return { kind: "number", value: size > 8 ? NaN : int(view, at2 + 1, size) };
      }
      case 2: {
        const size = 1 << (marker & 15);
        within(at2 + 1, size);
        return { kind: "number", value: size === 4 ? view.getFloat32(at2 + 1) : size === 8 ? view.getFloat64(at2 + 1) : NaN };
      }
      case 3: {
        within(at2 + 1, 8);
        const d = new Date((view.getFloat64(at2 + 1) + APPLE_EPOCH) * 1e3);
        return { kind: "date", value: isNaN(d.getTime()) ? "" : d.toISOString() };
      }
      case 4: {
        const [len, start] = lengthAt(at2);
        within(start, len);
        return { kind: "data", value: Buffer.from(buf.subarray(start, start + len)).toString("base64") };
      }
      case 5: {
        const [len, start] = lengthAt(at2);
        within(start, len);
        return { kind: "string", value: Buffer.from(buf.subarray(start, start + len)).toString("latin1") };
      }
      case 6: {
        const [len, start] = lengthAt(at2);
        within(start, len * 2);
        return { kind: "string", value: Buffer.from(buf.subarray(start, start + len * 2)).swap16().toString("utf16le") };
      }
      case 8: {
        const size = (marker & 15) + 1;
        within(at2 + 1, size);
        return { kind: "number", value: uint(view, at2 + 1, size) };
      }
      case 10:
      case 12:
      case 13: {
        const [len, start] = lengthAt(at2);
        const refs = kind === 13 ? len * 2 : len;
        within(start, refs * refSize);
        const child = (i) => uint(view, start + i * refSize, refSize);
        onStack.add(ref);
        try {
          if (kind !== 13) return { kind: "array", items: Array.from({ length: len }, (_, i) => value(child(i), depth + 1)) };
          const entries = [];
          for (let i = 0; i < len; i++) {
            const k = value(child(i), depth + 1);
            entries.push({ key: k.kind === "dict" || k.kind === "array" ? "" : String(k.value), value: value(child(len + i), depth + 1) });
          }
          return { kind: "dict", entries };
        } finally {
          onStack.delete(ref);
        }
      }
      default:
        throw new BplistError(`unknown object type 0x${marker.toString(16)}`);
    }
  };
  return value(top, 0);
}
function uint(view, at2, size) {
  if (at2 + size > view.byteLength) throw new BplistError("read past the end of the file");
  let v = 0;
  for (let i = 0; i < size; i++) v = v * 256 + view.getUint8(at2 + i);
  return v;
}
function int(view, at2, size) {
  return size === 8 ? Number(view.getBigInt64(at2)) : uint(view, at2, size);
}

// src/detectors/ios/plist.ts
function fromXml(el) {
  switch (el.name) {
    case "dict": {
      const entries = [];
      for (let i = 0; i < el.children.length; i++) {
        const k = el.children[i];
        if (k.name !== "key") throw new PlistError(`expected <key>, found <${k.name}>`, k.line);
        const v = el.children[i + 1];
        if (!v) throw new PlistError(`key "${k.text}" has no value`, k.line);
        entries.push({ key: k.text, line: k.line, value: fromXml(v) });
        i++;
      }
      return { kind: "dict", line: el.line, entries };
    }
    case "array":
      return { kind: "array", line: el.line, items: el.children.map(fromXml) };
    case "string":
      return { kind: "string", line: el.line, value: el.text };
    case "date":
      return { kind: "date", line: el.line, value: el.text.trim() };
    case "data":
      return { kind: "data", line: el.line, value: el.text.replace(/\s+/g, "") };
    case "integer":
    case "real":
      return { kind: "number", line: el.line, value: Number(el.text.trim()) };
    case "true":
    case "false":
      return { kind: "bool", line: el.line, value: el.name === "true" };
    default:
      throw new PlistError(`unknown plist element <${el.name}>`, el.line);
  }
}
var PlistError = class extends Error {
  constructor(message, line) {
    super(message);
    this.line = line;
  }
  line;
};
function parsePlist(bytes) {
  const head = Buffer.from(bytes.subarray(0, 8)).toString("latin1");
  if (head === "bplist00") {
    try {
      return { ok: true, format: "binary", root: parseBplist(bytes) };
    } catch (e) {
      return { ok: false, message: `invalid binary plist: ${e.message}` };
    }
  }
  const decoded = decodeText("", bytes);
  if (!decoded.ok) {
    const d = decoded.diagnostic;
    return { ok: false, message: d.code === "repo/invalid-utf8" ? "not valid UTF-8" : "not text (it contains NUL bytes)", line: d.location.line };
  }
  const text = decoded.text;
  const x = parseXml(text);
  if (!x.ok) return { ok: false, message: x.message, line: x.line, column: x.column };
  if (x.root.name !== "plist") return { ok: false, message: `root element is <${x.root.name}>, not <plist>`, line: x.root.line };
  const first = x.root.children[0];
  if (!first) return { ok: false, message: "empty <plist>", line: x.root.line };
  try {
    return { ok: true, format: "xml", root: fromXml(first) };
  } catch (e) {
    return { ok: false, message: e.message, line: e instanceof PlistError ? e.line : void 0 };
  }
}
function get(d, key) {
  if (d?.kind !== "dict") return void 0;
  return d.entries.find((e) => e.key === key);
}
function asBool(v) {
  if (!v) return void 0;
  if (v.kind === "bool") return v.value;
  if (v.kind === "string") return v.value === "YES" || v.value === "true" ? true : v.value === "NO" || v.value === "false" ? false : void 0;
  if (v.kind === "number") return v.value !== 0;
  return void 0;
}
function asString(v) {
  if (!v) return void 0;
  if (v.kind === "string" || v.kind === "date") return v.value;
  if (v.kind === "number") return String(v.value);
  return void 0;
}

// src/detectors/ios/index.ts
var REASON_CODES = {
  FileTimestamp: ["DDA9.1", "C617.1", "3B52.1", "0A2A.1"],
  SystemBootTime: ["35F9.1", "8FFB.1", "3D61.1"],
  DiskSpace: ["85F4.1", "E174.1", "7D9E.1", "B728.1"],
  UserDefaults: ["CA92.1", "1C8F.1", "C56D.1", "AC6B.1"],
  ActiveKeyboards: ["3EC4.1", "54BD.1"]
};
var PURPOSES = ["ThirdPartyAdvertising", "DeveloperAdvertising", "Analytics", "ProductPersonalization", "AppFunctionality", "Other"];
var DATA_TYPES = [
  "Name",
  "EmailAddress",
  "PhoneNumber",
  "PhysicalAddress",
  "OtherUserContactInfo",
  "Health",
  "Fitness",
  "PaymentInfo",
  "CreditInfo",
  "OtherFinancialInfo",
  "PreciseLocation",
  "CoarseLocation",
  "SensitiveInfo",
  "Contacts",
  "EmailsOrTextMessages",
  "PhotosorVideos",
  "AudioData",
  "GameplayContent",
  "CustomerSupport",
  "OtherUserContent",
  "BrowsingHistory",
  "SearchHistory",
  "UserID",
  "DeviceID",
  "PurchaseHistory",
  "ProductInteraction",
  "AdvertisingData",
  "OtherUsageData",
  "CrashData",
  "PerformanceData",
  "OtherDiagnosticData",
  "EnvironmentScanning",
  "Hands",
  "Head",
  "OtherDataTypes"
];
function plistError(file, r) {
  return diagnostic(
    "ios/plist-parse",
    "error",
    file,
    `${file} could not be parsed as a property list${r.line ? ` (line ${r.line})` : ""}: ${r.message}; the checks that need it were skipped.`,
    `${file} \u65E0\u6CD5\u89E3\u6790\u4E3A\u5C5E\u6027\u5217\u8868${r.line ? `\uFF08\u7B2C ${r.line} \u884C\uFF09` : ""}\uFF1A\`${r.message}\`\uFF0C\u4F9D\u8D56\u5B83\u7684\u68C0\u67E5\u5DF2\u8DF3\u8FC7\u3002`,
    r.line,
    r.column
  );
}
function readPlist(repo, file, diagnostics) {
  const r = repo.readBytes(file);
  if (!r.ok) {
    diagnostics.push(r.diagnostic);
    return void 0;
  }
  const p = withinFileBudget(file, diagnostics, () => parsePlist(r.bytes));
  if (!p) return void 0;
  if (!p.ok) {
    diagnostics.push(plistError(file, p));
    return void 0;
  }
  return { root: p.root, format: p.format };
}
var boolAt = (file, d, key) => {
  const e = get(d, key);
  const v = asBool(e?.value);
  return e && v !== void 0 ? { value: v, location: loc(file, e.line) } : void 0;
};
function readAts(file, root) {
  const e = get(root, "NSAppTransportSecurity");
  if (!e) return void 0;
  const d = e.value;
  const ats = { location: loc(file, e.line), exceptionDomains: [] };
  const set = (k, v) => {
    if (v !== void 0) ats[k] = v;
  };
  set("allowsArbitraryLoads", boolAt(file, d, "NSAllowsArbitraryLoads"));
  set("allowsArbitraryLoadsForMedia", boolAt(file, d, "NSAllowsArbitraryLoadsForMedia"));
  set("allowsArbitraryLoadsInWebContent", boolAt(file, d, "NSAllowsArbitraryLoadsInWebContent"));
  set("allowsLocalNetworking", boolAt(file, d, "NSAllowsLocalNetworking"));
  const ex = get(d, "NSExceptionDomains")?.value;
  if (ex?.kind === "dict") {
    for (const de of ex.entries) {
      const x = { domain: de.key, location: loc(file, de.line) };
      const s = (k, v) => {
        if (v !== void 0) x[k] = v;
      };
      s("includesSubdomains", boolAt(file, de.value, "NSIncludesSubdomains"));
      s("allowsInsecureHTTPLoads", boolAt(file, de.value, "NSExceptionAllowsInsecureHTTPLoads") ?? boolAt(file, de.value, "NSTemporaryExceptionAllowsInsecureHTTPLoads"));
      s("thirdPartyAllowsInsecureHTTPLoads", boolAt(file, de.value, "NSThirdPartyExceptionAllowsInsecureHTTPLoads"));
      s("requiresForwardSecrecy", boolAt(file, de.value, "NSExceptionRequiresForwardSecrecy") ?? boolAt(file, de.value, "NSThirdPartyExceptionRequiresForwardSecrecy"));
      const tls = get(de.value, "NSExceptionMinimumTLSVersion") ?? get(de.value, "NSTemporaryExceptionMinimumTLSVersion") ?? get(de.value, "NSThirdPartyExceptionMinimumTLSVersion");
      const tv = asString(tls?.value);
      if (tls && tv !== void 0) x.minimumTLSVersion = { value: tv, location: loc(file, tls.line) };
      ats.exceptionDomains.push(x);
    }
  }
  return ats;
}
function normPath(p) {
  const out = [];
  for (const s of p.split("/")) {
    if (!s || s === ".") continue;
    if (s === "..") out.pop();
    else out.push(s);
  }
  return out.join("/");
}
function infoPlistPath(p, c) {
  const v = c.settings.INFOPLIST_FILE?.value;
  if (!v) return void 0;
  const rel = v.replace(/^\$[({](?:SRCROOT|PROJECT_DIR)[)}]\/?/, "");
  return normPath(p.srcRoot ? `${p.srcRoot}/${rel}` : rel);
}
var isRelease = (name) => /release/i.test(name);
var testId = (id) => /Tests?$|UITests$/.test(id);
function resolveBundleId(file, raw, line, projects) {
  const fact = { raw, unresolved: true, location: loc(file, line) };
  if (!/\$[({]/.test(raw)) return { ...fact, value: raw, unresolved: false };
  let candidates2 = projects.flatMap((p) => p.configs.filter((c) => infoPlistPath(p, c) === file).map((c) => ({ p, c })));
  if (!candidates2.length) {
    candidates2 = projects.filter((p) => !p.srcRoot || file.startsWith(`${p.srcRoot}/`)).flatMap((p) => p.configs.map((c) => ({ p, c }))).filter(({ c }) => c.settings.PRODUCT_BUNDLE_IDENTIFIER && !testId(c.settings.PRODUCT_BUNDLE_IDENTIFIER.value) && !/Tests?\//.test(c.settings.INFOPLIST_FILE?.value ?? ""));
    if (new Set(candidates2.map(({ c }) => c.settings.PRODUCT_BUNDLE_IDENTIFIER?.value)).size !== 1) candidates2 = [];
  }
  candidates2.sort((a, b) => Number(isRelease(b.c.name)) - Number(isRelease(a.c.name)));
  for (const { p, c } of candidates2) {
    const settings = { ...p.xcconfig, ...c.settings };
    const v = expand(raw, settings);
    if (v === void 0 || !v) continue;
    fact.value = v;
    fact.unresolved = false;
    fact.configuration = c.name;
    const def = c.settings.PRODUCT_BUNDLE_IDENTIFIER;
    const x = p.xcconfig.PRODUCT_BUNDLE_IDENTIFIER;
    if (def) fact.definedAt = loc(p.file, def.line, def.column);
    else if (x?.file) fact.definedAt = loc(x.file, x.line, x.column);
    break;
  }
  return fact;
}
function xcconfigSettings(repo, files, srcRoot, diagnostics) {
  const out = {};
  const list = files.filter((p) => p.endsWith(".xcconfig") && (!srcRoot || p.startsWith(`${srcRoot}/`)) && !/(?:^|\/)Pods\//.test(p)).sort((a, b) => Number(/release/i.test(b)) - Number(/release/i.test(a)) || Number(/debug/i.test(a)) - Number(/debug/i.test(b)));
  for (const f of list) {
    const r = repo.readText(f);
    if (!r.ok) {
      diagnostics.push(r.diagnostic);
      continue;
    }
    splitLines(r.text).forEach((l, i) => {
      const m = /^\s*([A-Za-z_]\w*)\s*=\s*(.*?)\s*(?:\/\/.*)?$/.exec(l);
      if (m && !out[m[1]]) out[m[1]] = { value: m[2], line: i + 1, column: l.indexOf(m[1]) + 1, file: f };
    });
  }
  return out;
}
function readPrivacyManifest(file, root, format) {
  const f = { file, location: loc(file), format, trackingDomains: [], collectedDataTypes: [], accessedApiTypes: [], invalidReasons: [] };
  const t = boolAt(file, root, "NSPrivacyTracking");
  if (t) f.tracking = t;
  const td = get(root, "NSPrivacyTrackingDomains")?.value;
  if (td?.kind === "array") for (const d of td.items) {
    const s = asString(d);
    if (s) f.trackingDomains.push({ value: s, location: loc(file, d.line) });
  }
  const cd = get(root, "NSPrivacyCollectedDataTypes")?.value;
  if (cd?.kind === "array") {
    for (const item of cd.items) {
      const typeE = get(item, "NSPrivacyCollectedDataType");
      const type = asString(typeE?.value) ?? "";
      const purposes = get(item, "NSPrivacyCollectedDataTypePurposes")?.value;
      const ps = purposes?.kind === "array" ? purposes.items.map((x) => asString(x) ?? "") : [];
      const entry = {
        type,
        known: DATA_TYPES.includes(type.replace(/^NSPrivacyCollectedDataType/, "")),
        purposes: ps.map((x) => x.replace(/^NSPrivacyCollectedDataTypePurpose/, "")),
        invalidPurposes: ps.filter((x) => !PURPOSES.includes(x.replace(/^NSPrivacyCollectedDataTypePurpose/, ""))),
        location: loc(file, typeE?.line ?? item.line)
      };
      const linked = asBool(get(item, "NSPrivacyCollectedDataTypeLinked")?.value);
      const tracking = asBool(get(item, "NSPrivacyCollectedDataTypeTracking")?.value);
      if (linked !== void 0) entry.linked = linked;
      if (tracking !== void 0) entry.tracking = tracking;
      f.collectedDataTypes.push(entry);
    }
  }
  const api = get(root, "NSPrivacyAccessedAPITypes")?.value;
  if (api?.kind === "array") {
    for (const item of api.items) {
      const typeE = get(item, "NSPrivacyAccessedAPIType");
      const type = asString(typeE?.value) ?? "";
      const category = type.replace(/^NSPrivacyAccessedAPICategory/, "");
      const allowed = REASON_CODES[category];
      const rs = get(item, "NSPrivacyAccessedAPITypeReasons")?.value;
      const reasons = rs?.kind === "array" ? rs.items.map((x) => {
        const code = asString(x) ?? "";
        return { code, valid: !!allowed?.includes(code), location: loc(file, x.line) };
      }) : [];
      f.accessedApiTypes.push({ type, category: allowed ? category : "", reasons, location: loc(file, typeE?.line ?? item.line) });
      for (const r of reasons) if (!r.valid) f.invalidReasons.push({ apiType: type, code: r.code, location: r.location });
    }
  }
  return f;
}
var detectIos = (input) => {
  const { repo, appDir } = input;
  const scope = scopeOfInput(input);
  const files = [];
  const shipped = [];
  const tests = /* @__PURE__ */ new Set();
  const [start, end] = subtreeRange(repo, scope.dir);
  for (let i = start; i < end; i++) {
    const role = roleAt(scope, i);
    const f = repo.paths[i];
    if (role === "test") tests.add(f);
    else if (role && isCodeRole(role)) shipped.push(f);
    else continue;
    files.push(f);
  }
  const diagnostics = [];
  const facts = { present: false, infoPlists: [], projects: [], deploymentTargets: [], privacyManifests: [], webview: [] };
  const projects = [];
  for (const f of shipped.filter((p) => p.endsWith(".xcodeproj/project.pbxproj"))) {
    const r = repo.readText(f);
    if (!r.ok) {
      diagnostics.push(r.diagnostic);
      continue;
    }
    const read2 = withinFileBudget(f, diagnostics, () => ({ configs: readPbxConfigurations(r.text), targets: readPbxTargets(r.text) }));
    if (!read2) continue;
    const { configs, targets } = read2;
    const owner = /* @__PURE__ */ new Map();
    for (const t of targets) for (const id of t.configurationIds) owner.set(id, t);
    const appSets = configs.some((c) => owner.get(c.id)?.kind === "app" && c.settings.IPHONEOS_DEPLOYMENT_TARGET);
    const counts = (t) => t ? t.kind === "app" : !targets.length || !appSets && targets.some((x) => x.kind === "app");
    const srcRoot = dirname(dirname(f));
    const p = { file: f, srcRoot, configs, xcconfig: xcconfigSettings(repo, shipped, srcRoot, diagnostics) };
    projects.push(p);
    facts.projects.push({ file: f, location: loc(f), configurations: configs.map((c) => {
      const b = { name: c.name, location: loc(f, c.line) };
      const t = owner.get(c.id);
      if (t) b.target = { name: t.name, kind: t.kind };
      const id = c.settings.PRODUCT_BUNDLE_IDENTIFIER;
      if (id) {
        const v = expand(id.value, c.settings);
        b.bundleIdentifier = { raw: id.value, value: v ?? id.value, unresolved: v === void 0, location: loc(f, id.line, id.column) };
      }
      const ip = infoPlistPath(p, c);
      if (ip && c.settings.INFOPLIST_FILE) b.infoPlist = { value: ip, location: loc(f, c.settings.INFOPLIST_FILE.line, c.settings.INFOPLIST_FILE.column) };
      const dt = c.settings.IPHONEOS_DEPLOYMENT_TARGET;
      if (dt) {
        b.deploymentTarget = { value: dt.value, location: loc(f, dt.line, dt.column) };
        if (counts(t)) {
          const d = { value: dt.value, source: "pbxproj", configuration: c.name, location: loc(f, dt.line, dt.column) };
          if (t) d.target = t.name;
          facts.deploymentTargets.push(d);
        }
      }
      return b;
    }) });
  }
  for (const f of shipped.filter(isXcodeGenSpec)) {
    const r = repo.readText(f);
    if (r.ok && /^targets\s*:/m.test(r.text)) facts.deploymentTargets.push(...xcodegenDeploymentTargets(f, r.text));
  }
  for (const f of shipped.filter((p) => basename(p) === "Podfile")) {
    const r = repo.readText(f);
    if (!r.ok) {
      diagnostics.push(r.diagnostic);
      continue;
    }
    splitLines(r.text).forEach((l, i) => {
      const m = /^\s*platform\s+:ios\s*,\s*['"]([^'"]+)['"]/.exec(l);
      if (m) facts.deploymentTargets.push({ value: m[1], source: "podfile", location: loc(f, i + 1, l.indexOf("platform") + 1) });
    });
  }
  const committed = committedFiles(files);
  const infoPlists = files.filter((p) => p.endsWith(".plist") && (/(?:^|\/|-)Info\.plist$/.test(p) || templateTarget(p, "Info.plist", committed)) && !/\.(?:framework|bundle|xcframework|appex)\//.test(p) && !/(?:^|\/)GoogleService-Info\.plist$/.test(p));
  for (const f of infoPlists) {
    const p = readPlist(repo, f, diagnostics);
    if (!p) continue;
    const { root, format } = p;
    const fact = { file: f, location: loc(f), format, inTest: tests.has(f), usageDescriptions: [], urlSchemes: [] };
    const idE = get(root, "CFBundleIdentifier");
    const id = asString(idE?.value);
    if (idE && id !== void 0) fact.bundleIdentifier = resolveBundleId(f, id, idE.line, projects);
    const ats = readAts(f, root);
    if (ats) fact.ats = ats;
    if (root.kind === "dict") {
      for (const e of root.entries) {
        if (/^NS\w*UsageDescription$/.test(e.key)) fact.usageDescriptions.push({ key: e.key, text: asString(e.value) ?? "", location: loc(f, e.line) });
      }
    }
    const types = get(root, "CFBundleURLTypes")?.value;
    if (types?.kind === "array") {
      for (const t of types.items) {
        const schemes = get(t, "CFBundleURLSchemes")?.value;
        if (schemes?.kind === "array") for (const s of schemes.items) {
          const v = asString(s);
          if (v) fact.urlSchemes.push({ scheme: v, location: loc(f, s.line) });
        }
      }
    }
    facts.infoPlists.push(fact);
  }
  for (const f of shipped.filter((p) => p.endsWith(".xcprivacy"))) {
    const p = readPlist(repo, f, diagnostics);
    if (p) facts.privacyManifests.push(readPrivacyManifest(f, p.root, p.format));
  }
  facts.webview = scanSources(repo, appDir, scope).iosWebview;
  facts.present = facts.infoPlists.some((p) => !p.inTest) || projects.length > 0;
  return { facts, diagnostics };
};
function xcodegenDeploymentTargets(file, text) {
  const lines = new import_yaml.LineCounter();
  let doc;
  try {
    doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines, prettyErrors: false });
  } catch {
    return [];
  }
  const fact = (node, target) => {
    if (!(0, import_yaml.isScalar)(node) || typeof node.value !== "string" && typeof node.value !== "number") return void 0;
    const at2 = node.range ? lines.linePos(node.range[0]) : void 0;
    const value = typeof node.value === "number" && Number.isInteger(node.value) ? `${node.value}.0` : String(node.value);
    const d = { value, source: "xcodegen", location: loc(file, at2?.line, at2?.col) };
    if (target) d.target = target;
    return d;
  };
  const out = [];
  const targets = doc.get("targets");
  if ((0, import_yaml.isMap)(targets)) {
    for (const pair of targets.items) {
      const t = pair.value;
      if (!(0, import_yaml.isMap)(t) || targetKind(String(t.get("type") ?? "")) !== "app") continue;
      const platform = t.get("platform");
      if (platform !== void 0 && platform !== "iOS") continue;
      const dt = t.get("deploymentTarget", true);
      const d = fact((0, import_yaml.isMap)(dt) ? dt.get("iOS", true) : dt, String((0, import_yaml.isScalar)(pair.key) ? pair.key.value : ""));
      if (d) out.push(d);
    }
  }
  if (!out.length) {
    const d = fact(doc.getIn(["options", "deploymentTarget", "iOS"], true));
    if (d) out.push(d);
  }
  return out;
}

// src/detectors/harmonyos/json5loc.ts
function json5Positions(text) {
  const map = /* @__PURE__ */ new Map();
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const n = text.length;
  const here = () => ({ line, column: i - lineStart + 1 });
  const skip = () => {
    while (i < n) {
      const c = text[i];
      if (c === "\n") {
        line++;
        i++;
        lineStart = i;
      } else if (/\s/.test(c)) i++;
      else if (c === "/" && text[i + 1] === "/") {
        while (i < n && !/[\n\r\u2028\u2029]/.test(text[i])) i++;
      } else if (c === "/" && text[i + 1] === "*") {
        i += 2;
        while (i < n && !(text[i] === "*" && text[i + 1] === "/")) {
          if (text[i] === "\n") {
            line++;
            lineStart = i + 1;
          }
          i++;
        }
        i += 2;
      } else break;
    }
  };
  const str = () => {
    const q = text[i++];
    let s = "";
    while (i < n && text[i] !== q) {
      if (text[i] === "\\") {
        if (text[i + 1] === "\n") {
          line++;
          lineStart = i + 2;
        }
        s += text[i + 1] ?? "";
        i += 2;
        continue;
      }
      s += text[i++];
    }
    i++;
    return s;
  };
  const value = (path2, depth) => {
    if (depth > 200) throw new Error("too deep");
    skip();
    const c = text[i];
    if (c === "{") {
      i++;
      for (; ; ) {
        const start = i;
        skip();
        if (i >= n) throw new Error("unexpected end");
        if (text[i] === "}") {
          i++;
          return;
        }
        const at2 = here();
        let key;
        if (text[i] === '"' || text[i] === "'") key = str();
        else {
          const s = i;
          while (i < n && /[^\s:/]/.test(text[i])) i++;
          key = text.slice(s, i);
        }
        const p = `${path2}/${key}`;
        if (!map.has(p)) map.set(p, at2);
        skip();
        i++;
        value(p, depth + 1);
        skip();
        if (text[i] === ",") i++;
        if (i === start) throw new Error("no progress");
      }
    } else if (c === "[") {
      i++;
      for (let k = 0; ; k++) {
        const start = i;
        skip();
        if (i >= n) throw new Error("unexpected end");
        if (text[i] === "]") {
          i++;
          return;
        }
        map.set(`${path2}/${k}`, here());
        value(`${path2}/${k}`, depth + 1);
        skip();
        if (text[i] === ",") i++;
        if (i === start) throw new Error("no progress");
      }
    } else if (c === '"' || c === "'") {
      str();
    } else {
      while (i < n && /[^\s,\]}/]/.test(text[i])) i++;
    }
  };
  try {
    value("", 0);
  } catch {
  }
  return map;
}

// src/detectors/harmonyos/index.ts
function read(repo, file, diagnostics) {
  const r = repo.readText(file, MAX_SCRIPT_BYTES);
  if (!r.ok) {
    diagnostics.push(r.diagnostic);
    return void 0;
  }
  try {
    const read2 = withinFileBudget(file, diagnostics, () => ({ doc: parseJson5(r.text), pos: json5Positions(r.text) }));
    if (!read2) return void 0;
    const { doc, pos } = read2;
    if (!doc || typeof doc !== "object" || Array.isArray(doc)) throw Object.assign(new Error("the top level is not an object"), { lineNumber: 1, columnNumber: 1 });
    return { doc, pos };
  } catch (e) {
    const err = e;
    const msg = err.message.replace(/^JSON5: /, "");
    diagnostics.push(diagnostic(
      "harmonyos/json5-parse",
      "error",
      file,
      `${file} could not be parsed as JSON5 (${msg}); the checks that need it were skipped.`,
      `${file} \u65E0\u6CD5\u89E3\u6790\u4E3A JSON5\uFF08\`${msg}\`\uFF09\uFF0C\u4F9D\u8D56\u5B83\u7684\u68C0\u67E5\u5DF2\u8DF3\u8FC7\u3002`,
      err.lineNumber,
      err.columnNumber
    ));
    return void 0;
  }
}
var at = (file, pos, path2) => {
  const p = pos.get(path2);
  return p ? loc(file, p.line, p.column) : loc(file);
};
var obj = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : void 0;
function apiLevel(v) {
  if (typeof v === "number") return v;
  const m = /\((\d+)\)\s*$/.exec(v) ?? /^(\d+)$/.exec(v.trim());
  return m ? Number(m[1]) : void 0;
}
var SDK_KEYS = ["compatibleSdkVersion", "targetSdkVersion", "compileSdkVersion"];
function sdkVersions(file, v, path2, pos, product, out, depth = 0) {
  if (depth > 20) return;
  if (Array.isArray(v)) {
    v.forEach((x, i) => sdkVersions(file, x, `${path2}/${i}`, pos, product, out, depth + 1));
    return;
  }
  const o = obj(v);
  if (!o) return;
  const name = typeof o.name === "string" ? o.name : product;
  for (const [k, x] of Object.entries(o)) {
    if (SDK_KEYS.includes(k) && (typeof x === "string" || typeof x === "number")) {
      const f = { file, key: k, value: x, location: at(file, pos, `${path2}/${k}`) };
      const lvl = apiLevel(x);
      if (lvl !== void 0) f.apiLevel = lvl;
      if (name) f.product = name;
      out.push(f);
    } else {
      sdkVersions(file, x, `${path2}/${k}`, pos, name, out, depth + 1);
    }
  }
}
var detectHarmonyOS = (input) => {
  const { repo } = input;
  const files = codeFiles(input);
  const diagnostics = [];
  const facts = { present: false, modules: [], sdkVersions: [], signingConfigs: [] };
  for (const f of files.filter((p) => /(?:^|\/)AppScope\/app\.json5$/.test(p))) {
    const r = read(repo, f, diagnostics);
    if (!r || facts.app) continue;
    const app = obj(r.doc.app) ?? {};
    const a = { file: f, location: at(f, r.pos, "/app") };
    if (typeof app.bundleName === "string") a.bundleName = { value: app.bundleName, location: at(f, r.pos, "/app/bundleName") };
    if (typeof app.versionName === "string") a.versionName = { value: app.versionName, location: at(f, r.pos, "/app/versionName") };
    if (typeof app.versionCode === "number") a.versionCode = { value: app.versionCode, location: at(f, r.pos, "/app/versionCode") };
    facts.app = a;
  }
  for (const f of files.filter((p) => basename(p) === "module.json5" && !/(?:^|\/)(?:ohosTest|test)\//.test(p))) {
    const r = read(repo, f, diagnostics);
    if (!r) continue;
    const mod = obj(r.doc.module) ?? {};
    const m = { file: f, location: at(f, r.pos, "/module"), requestPermissions: [] };
    if (typeof mod.name === "string") m.name = mod.name;
    if (typeof mod.type === "string") m.type = mod.type;
    const perms = Array.isArray(mod.requestPermissions) ? mod.requestPermissions : [];
    perms.forEach((p, i) => {
      const o = obj(p);
      if (!o || typeof o.name !== "string") return;
      const pf = { name: o.name, location: at(f, r.pos, `/module/requestPermissions/${i}/name`) };
      if (typeof o.reason === "string") pf.reason = o.reason;
      const us = obj(o.usedScene);
      if (us) {
        pf.usedScene = { abilities: Array.isArray(us.abilities) ? us.abilities.filter((x) => typeof x === "string") : [] };
        if (typeof us.when === "string") pf.usedScene.when = us.when;
      }
      m.requestPermissions.push(pf);
    });
    facts.modules.push(m);
  }
  for (const f of files.filter((p) => basename(p) === "build-profile.json5")) {
    const r = read(repo, f, diagnostics);
    if (!r) continue;
    sdkVersions(f, r.doc, "", r.pos, void 0, facts.sdkVersions);
    const configs = obj(r.doc.app)?.signingConfigs;
    if (Array.isArray(configs)) {
      configs.forEach((c, i) => {
        const o = obj(c);
        if (!o) return;
        const mat = obj(o.material) ?? {};
        const str = (v) => typeof v === "string" ? v : void 0;
        const sc = {
          file: f,
          name: str(o.name) ?? "",
          hasStorePassword: !!str(mat.storePassword),
          hasKeyPassword: !!str(mat.keyPassword),
          location: at(f, r.pos, `/app/signingConfigs/${i}`)
        };
        for (const [k, v] of [["type", str(o.type)], ["storeFile", str(mat.storeFile)], ["profile", str(mat.profile)], ["certpath", str(mat.certpath)]]) {
          if (v !== void 0) sc[k] = v;
        }
        facts.signingConfigs.push(sc);
      });
    }
  }
  facts.present = !!facts.app || facts.modules.length > 0;
  return { facts, diagnostics };
};

// src/detectors/links/index.ts
var detectLinks = ({ repo, appDir, scope }) => {
  const scan = scanSources(repo, appDir, scope);
  return { facts: scan.links, diagnostics: [...scan.linkDiagnostics] };
};

// src/detectors/secrets/index.ts
var detectSecrets = ({ repo, appDir }) => {
  const acc = { findings: [], credentialsInTests: 0 };
  for (const file of appFiles(repo, appDir)) {
    const name = basename(file);
    const material = materialKind(name);
    if (material) {
      if (!holdsMaterial(repo, file, material)) continue;
      addFinding(acc, { kind: material, category: "signing-material", file, preview: material, debug: /^debug\.(?:keystore|jks)$/i.test(name) }, isTestPath(file));
    } else if (isFirebaseConfig(name)) {
      addFinding(acc, { kind: "firebase-config", category: "config", file, preview: name }, isTestPath(file));
    }
  }
  const scan = scanSources(repo, appDir).secrets;
  const findings = [...acc.findings, ...scan.findings];
  findings.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return {
    facts: {
      findings,
      counts: {
        filesScanned: scan.filesScanned,
        signingMaterial: findings.filter((f) => f.category === "signing-material").length,
        credentials: findings.filter((f) => f.category === "credential").length,
        credentialsInTests: acc.credentialsInTests + scan.credentialsInTests
      }
    },
    diagnostics: []
  };
};

// src/detectors/published-lists/names.ts
var GENERIC = /* @__PURE__ */ new Set([
  "push",
  "pay",
  "map",
  "maps",
  "share",
  "login",
  "analytics",
  "ocr",
  "face",
  "sdk",
  "kit",
  "location",
  "crash",
  "apm",
  "statistics",
  "ads",
  "ad",
  "im",
  "chat",
  "sign-in",
  "auth",
  "id",
  "scan",
  "browser",
  "webview",
  "player",
  "x5",
  "crash analysis",
  "risk control",
  "captcha",
  "cdp",
  "basement",
  "toast",
  "charts",
  "dio",
  "rtm",
  "\u57FA\u7840\u7EC4\u4EF6\u5E93",
  "\u5D29\u6E83\u5206\u6790",
  "\u6D3B\u4F53\u68C0\u6D4B",
  "\u53CD\u6B3A\u8BC8",
  "\u5B89\u5168\u7EC4\u4EF6",
  "mobile",
  "max",
  "utilities",
  "core",
  "base",
  "union",
  "cloud",
  "storage",
  "rtc",
  "liveness",
  "\u7EDF\u8BA1",
  "\u63A8\u9001",
  "\u652F\u4ED8",
  "\u5730\u56FE",
  "\u5206\u4EAB",
  "\u767B\u5F55",
  "\u5B9A\u4F4D",
  "\u5E7F\u544A",
  "\u5BA2\u670D",
  "\u4EBA\u8138\u8BC6\u522B",
  "\u6D4F\u89C8\u670D\u52A1"
]);
var LATIN = /[A-Za-z0-9]/;
var NOT_BRANDS = /* @__PURE__ */ new Set([
  "china",
  "new",
  "play",
  "protocol",
  "visual",
  "risk",
  "apache",
  "meta",
  "ocean",
  "flutter",
  "hermes",
  "segment",
  "honor",
  "360",
  "google",
  "unity",
  "cloud",
  "mobile",
  "open",
  "sensors",
  // Place names that open some vendors' names ("北京 CA"): a list's addresses and company names hold them too.
  "\u4E2D\u56FD",
  "\u5317\u4EAC",
  "\u4E0A\u6D77",
  "\u6DF1\u5733",
  "\u676D\u5DDE",
  "\u5E7F\u5DDE",
  "\u5357\u4EAC",
  "\u6210\u90FD",
  "\u6B66\u6C49",
  "\u897F\u5B89",
  "\u5929\u6D25",
  "\u82CF\u5DDE",
  "\u53A6\u95E8"
]);
function longEnough(s) {
  const cjk = [...s].filter((c) => /[\u3400-\u9fff]/.test(c)).length;
  return cjk >= 2 || s.replace(/[^A-Za-z0-9]/g, "").length >= 3;
}
function pattern(name) {
  const body = name.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s*");
  const before = LATIN.test(name.trim()[0] ?? "") ? "(?<![A-Za-z0-9])" : "";
  const after = LATIN.test(name.trim().slice(-1)) ? "(?=SDK|[^A-Za-z0-9]|$)" : "";
  return new RegExp(`${before}${body}${after}`, "gi");
}
function withoutVendor(name, vendor) {
  if (!vendor) return void 0;
  const v = vendor.replace(/\s*\(.*\)$/, "").trim();
  if (!v || !name.toLowerCase().startsWith(v.toLowerCase())) return void 0;
  const rest = name.slice(v.length).trim();
  if (!/^[A-Za-z][A-Za-z0-9+.-]{3,}$/.test(rest) || GENERIC.has(rest.toLowerCase())) return void 0;
  return rest;
}
function variants(name) {
  if (!name) return [];
  const out = [];
  for (const alt of name.split(/\s+\/\s+/)) {
    const bare = alt.replace(/\s*[（(][^）)]*[）)]/g, "").trim();
    out.push(alt.trim(), bare, bare.replace(/\s*SDK$/i, "").trim());
  }
  return [...new Set(out.filter((x) => x && !/[()（）]/.test(x)))];
}
function sdkNames(catalog, declared) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (id, catalogueId, text) => {
    if (!text || !longEnough(text) || GENERIC.has(text.toLowerCase())) return;
    const key = `${id}\0${text.toLowerCase().replace(/\s+/g, "")}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ id, ...catalogueId ? { catalogueId } : {}, pattern: pattern(text), text });
  };
  const declaredIdOf = /* @__PURE__ */ new Map();
  for (const d of declared) {
    const entry = catalog.byId.get(d.id);
    if (entry) declaredIdOf.set(entry.id, d.id);
    for (const n of variants(d.name)) add(d.id, entry?.id, n);
    if (/[A-Za-z]/.test(d.id) && d.id.length >= 4) add(d.id, entry?.id, d.id);
  }
  const brands = /* @__PURE__ */ new Map();
  const vendorSdks = /* @__PURE__ */ new Map();
  for (const sdk of catalog.sdks) {
    for (const v of [sdk.vendor.en, sdk.vendor["zh-CN"]]) {
      if (!v) continue;
      const key = v.replace(/\s*[（(].*$/, "").trim().toLowerCase();
      vendorSdks.set(key, (vendorSdks.get(key) ?? 0) + 1);
    }
  }
  for (const sdk of catalog.sdks) {
    for (const n of [...variants(sdk.name), ...variants(sdk.nameZh)]) {
      const first = n.split(/\s+/)[0];
      if (first === n || !longEnough(first) || GENERIC.has(first.toLowerCase()) || NOT_BRANDS.has(first.toLowerCase()) || (vendorSdks.get(first.toLowerCase()) ?? 0) > 1) continue;
      const key = first.toLowerCase();
      if (!brands.has(key)) brands.set(key, /* @__PURE__ */ new Set());
      brands.get(key).add(sdk.id);
    }
  }
  for (const sdk of catalog.sdks) {
    const id = declaredIdOf.get(sdk.id) ?? sdk.id;
    for (const n of [...variants(sdk.name), ...variants(sdk.nameZh)]) {
      const first = n.split(/\s+/)[0];
      if (brands.get(first.toLowerCase())?.size === 1) add(id, sdk.id, first);
    }
    for (const n of [...variants(sdk.name), ...variants(sdk.nameZh)]) {
      add(id, sdk.id, n);
      add(id, sdk.id, withoutVendor(n, sdk.vendor.en));
      add(id, sdk.id, withoutVendor(n, sdk.vendor["zh-CN"]));
    }
  }
  return out;
}
function namesIn(line, names) {
  const hits = [];
  for (const sdk of names) {
    sdk.pattern.lastIndex = 0;
    for (const m of line.matchAll(sdk.pattern)) hits.push({ sdk, index: m.index, length: m[0].length });
  }
  hits.sort((a, b) => b.length - a.length || a.index - b.index);
  const kept = [];
  for (const h of hits) if (!kept.some((k) => h.index < k.index + k.length && k.index < h.index + h.length)) kept.push(h);
  return kept.sort((a, b) => a.index - b.index);
}

// src/detectors/published-lists/text.ts
function visibleText(raw, html) {
  if (!html) return raw;
  const out = raw.split("");
  const blank = (from, to) => {
    for (let i2 = from; i2 < to && i2 < out.length; i2++) if (out[i2] !== "\n") out[i2] = " ";
  };
  let i = 0;
  while (i < raw.length) {
    if (raw.startsWith("<!--", i)) {
      const end = raw.indexOf("-->", i + 4);
      const stop = end < 0 ? raw.length : end + 3;
      blank(i, stop);
      i = stop;
      continue;
    }
    if (raw[i] === "<" && /[A-Za-z/!?]/.test(raw[i + 1] ?? "")) {
      const close = tagEnd(raw, i);
      const name = /^<\s*([A-Za-z][A-Za-z0-9-]*)/.exec(raw.slice(i, i + 40))?.[1]?.toLowerCase();
      blank(i, close);
      i = close;
      if (name === "script" || name === "style") {
        const end = raw.toLowerCase().indexOf(`</${name}`, i);
        const stop = end < 0 ? raw.length : end;
        blank(i, stop);
        i = stop;
      }
      continue;
    }
    i++;
  }
  return out.join("");
}
function tagEnd(raw, start) {
  let quote = "";
  for (let i = start + 1; i < raw.length; i++) {
    const c = raw[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") return i + 1;
  }
  return raw.length;
}
function urlsIn(line) {
  return [...line.matchAll(/https?:\/\/[^\s"'<>()（）\]]+/gi)].map((m) => m[0].replace(/[.,;:，。；、]+$/, ""));
}

// src/detectors/published-lists/index.ts
var FIELDS = ["collectedInfoList", "sharedInfoList"];
var detectPublishedLists = ({ repo, manifest }) => {
  const facts = { files: [], listed: [], expected: [] };
  const diagnostics = [];
  const data = manifest?.data;
  if (!data) return { facts, diagnostics };
  const privacy = data.privacy ?? {};
  const manifestDir = manifest.file.includes("/") ? manifest.file.slice(0, manifest.file.lastIndexOf("/")) : "";
  const declared = (Array.isArray(data.sdks) ? data.sdks : []).filter((s) => typeof s?.id === "string" && s.id.length > 0);
  let names;
  for (const field of FIELDS) {
    const given = privacy[field];
    if (typeof given !== "string" || !given.trim() || isHttpsUrl(given) || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(given) || given.trim() === "TODO") continue;
    const rel = given.split("#")[0].replace(/^\.\//, "");
    const candidates2 = [manifestDir ? `${manifestDir}/${rel}` : rel, rel];
    const file = candidates2.find((f) => repo.has(f)) ?? null;
    facts.files.push({ field, path: given, file, found: !!file });
    if (!file || field !== "sharedInfoList") continue;
    const read2 = repo.readText(file);
    if (!read2.ok) {
      diagnostics.push(read2.diagnostic);
      continue;
    }
    names ??= sdkNames(loadCatalog(), declared.map((s) => ({ id: s.id, ...typeof s.name === "string" ? { name: s.name } : {} })));
    const html = /\.(x?html?|htm)$/i.test(file) || /^\s*<(!doctype|html|table|div|p)\b/i.test(read2.text);
    const raw = read2.text.replace(/\r\n?/g, "\n");
    const rawLines = raw.split("\n");
    const lines = visibleText(raw, html).split("\n").map((l) => l.replace(/https?:\/\/[^\s"'<>()（）\]]+/gi, (u) => " ".repeat(u.length)));
    const firsts = [];
    lines.forEach((text, i) => {
      for (const hit of namesIn(text, names)) {
        if (firsts.some((f) => f.sdk === hit.sdk.id)) continue;
        firsts.push({ sdk: hit.sdk.id, catalogueId: hit.sdk.catalogueId ?? null, text: text.slice(hit.index, hit.index + hit.length), line: i + 1, column: hit.index + 1 });
      }
    });
    const starts = [...new Set(firsts.map((f) => f.line))].sort((a, b) => a - b);
    for (const f of firsts) {
      const next = starts.find((l) => l > f.line) ?? rawLines.length + 1;
      const links = rawLines.slice(f.line - 1, next - 1).flatMap(urlsIn);
      const decl = declared.find((s) => s.id === f.sdk);
      facts.listed.push({
        sdk: f.sdk,
        catalogueId: f.catalogueId,
        declared: !!decl,
        packages: Array.isArray(decl?.packages) ? decl.packages.filter((p) => typeof p === "string") : [],
        text: f.text,
        file,
        line: f.line,
        location: { file, line: f.line, column: f.column },
        policyLink: links[0] ?? null
      });
    }
    const heading = lines.findIndex((l) => /第三方|共享|SDK|third[- ]party|shar/i.test(l));
    const anchor = { file, line: heading >= 0 ? heading + 1 : 1 };
    const vendorOf = (s) => {
      const entry = loadCatalog().byId.get(s.id);
      return [entry?.vendor["zh-CN"], entry?.vendor.en, typeof s.vendor === "string" ? s.vendor : void 0].filter((v) => !!v).map((v) => v.replace(/\s*[（(].*$/, "").trim()).filter((v) => v.length >= 2);
    };
    for (const s of declared) {
      const entry = loadCatalog().byId.get(s.id);
      facts.expected.push({
        sdk: s.id,
        catalogueId: entry?.id ?? null,
        packages: Array.isArray(s.packages) ? s.packages.filter((p) => typeof p === "string") : [],
        named: firsts.some((f) => f.sdk === s.id) || namedByVendor(s, declared, vendorOf, lines),
        sharesNothing: Array.isArray(s.personalInfo) && s.personalInfo.length === 0 && !(Array.isArray(data.dataFlows) && data.dataFlows.some((f) => f?.recipient === `sdk:${s.id}`)),
        file,
        location: anchor
      });
    }
  }
  return { facts, diagnostics };
};
function namedByVendor(sdk, declared, vendorOf, lines) {
  const others = new Set(declared.filter((d) => d.id !== sdk.id).flatMap((d) => vendorOf(d).map((v) => v.toLowerCase())));
  const own = vendorOf(sdk).filter((v) => !others.has(v.toLowerCase()));
  return own.some((v) => {
    const re = /^[A-Za-z0-9]/.test(v) ? new RegExp(`(?<![A-Za-z0-9])${v.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![A-Za-z0-9])`, "i") : null;
    return lines.some((l) => re ? re.test(l) : l.includes(v));
  });
}

// src/detectors/index.ts
var DETECTORS = {
  android: detectAndroid,
  ios: detectIos,
  harmonyos: detectHarmonyOS,
  links: detectLinks,
  secrets: detectSecrets,
  sdks: detectSdks,
  publishedLists: detectPublishedLists,
  privacy: detectPrivacy
};
var SCANS_SOURCES = /* @__PURE__ */ new Set(["android", "ios", "links", "secrets", "privacy"]);
var RUN_ORDER = Object.keys(DETECTORS).sort((a, b) => Number(SCANS_SOURCES.has(a)) - Number(SCANS_SOURCES.has(b)));
function collectFacts(given, only) {
  const input = given.scope ? given : { ...given, scope: scopeOf(given.repo, given.appDir) };
  const facts = {};
  const diagnostics = [];
  const missing = {};
  const reads = trackReads(input.repo);
  const results = /* @__PURE__ */ new Map();
  try {
    for (const name of RUN_ORDER) {
      if (only && !only.includes(name)) continue;
      const detect = DETECTORS[name];
      reads.last = void 0;
      enterPhase(name);
      try {
        results.set(name, detect(input));
      } catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        const file = reads.last;
        results.set(name, { facts: void 0, diagnostics: [{
          code: "tool/detector-failed",
          severity: "error",
          message: {
            en: `The ${name} detector failed${file ? ` while reading ${file}` : ""}: ${msg}. This is a bug in mobile-policy; its facts are missing from this run.`,
            "zh-CN": `${name} \u68C0\u6D4B\u5668\u8FD0\u884C\u5931\u8D25${file ? `\uFF08\u8BFB\u53D6 ${file} \u65F6\uFF09` : ""}\uFF1A${msg}\u3002\u8FD9\u662F mobile-policy \u7684\u7F3A\u9677\uFF0C\u672C\u6B21\u8FD0\u884C\u7F3A\u5C11\u5176\u4E8B\u5B9E\u6570\u636E\u3002`
          },
          location: { file: file ?? (input.appDir || ".") },
          subject: name
        }] });
        missing[name] = { file: file ?? (input.appDir || ".") };
      }
    }
  } finally {
    reads.restore();
  }
  for (const name of Object.keys(DETECTORS)) {
    const r = results.get(name);
    if (!r) continue;
    if (!(name in missing)) facts[name] = r.facts;
    diagnostics.push(...r.diagnostics);
  }
  return { facts, diagnostics: once(diagnostics), missing };
}
function trackReads(repo) {
  const state = { last: void 0, restore: () => {
  } };
  const methods = ["readText", "readBytes", "readTransient"];
  const target = repo;
  const own = methods.map((m) => Object.getOwnPropertyDescriptor(repo, m));
  for (const m of methods) {
    const original = repo[m];
    target[m] = (file, ...rest) => {
      state.last = file;
      return original.call(repo, file, ...rest);
    };
  }
  state.restore = () => methods.forEach((m, i) => {
    const d = own[i];
    if (d) Object.defineProperty(repo, m, d);
    else delete target[m];
  });
  return state;
}
function once(diagnostics) {
  const seen = /* @__PURE__ */ new Set();
  return diagnostics.filter((d) => {
    const key = `${d.code}\0${d.location.file}\0${d.location.line ?? ""}\0${d.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/check.ts
import path from "node:path";
var DEFAULT_PACK = "nfra-2024-99";
function resolveNow(env = process.env) {
  const fixed = env.MOBILE_POLICY_NOW;
  if (!fixed) return /* @__PURE__ */ new Date();
  const d = new Date(fixed);
  if (Number.isNaN(d.getTime())) throw new ConfigurationError(`MOBILE_POLICY_NOW is not a date: "${fixed}" (use e.g. 2026-01-31 or 2026-01-31T12:00:00Z)`);
  return d;
}
function loadPacks(refs, cwd = process.cwd()) {
  const list = refs && refs.length ? refs : [DEFAULT_PACK];
  return list.map((ref) => loadPack(ref, { cwd }));
}
function runCheck(options, packs = loadPacks(options.policies)) {
  const clock = runClock(options.timeoutMs);
  const now = options.now ?? resolveNow();
  const org = options.waivers && !options.noWaivers ? loadWaiverFile(options.waivers) : void 0;
  const listed = clock.run(() => new DiskRepo(options.dir));
  if (!listed.done) return report(options, packs, now, options.dir, [unfinished("", {}, clock.limitMs, { phase: "listing" })], clock.limitMs);
  const repo = listed.value;
  const found = options.manifest ? [manifestPath(repo, options.manifest)] : discoverManifests(repo);
  const conflicts = manifestConflicts(found);
  const manifests = found.filter((file, i) => found.findIndex((f) => appDirOf(f) === appDirOf(file)) === i);
  const resolved = clock.run(() => {
    const loaded2 = manifests.map((file) => loadManifest(repo, file));
    const scopes2 = loaded2.map((m) => resolveScope(repo, scopeRequest(m)));
    for (const s of scopes2) registerScope(repo, s.scope);
    return { loaded: loaded2, scopes: scopes2 };
  });
  if (!resolved.done) {
    const where = lastProgress();
    return report(options, packs, now, repo.root, manifests.map((m) => unfinished(m, {}, clock.limitMs, { phase: "manifests", file: where.file })), clock.limitMs);
  }
  const { loaded, scopes } = resolved.value;
  startScanAhead(repo, scopes.map((s) => s.scope));
  const apps = [];
  let timedOut = false;
  try {
    if (!manifests.length) apps.push(noManifest(repo));
    loaded.forEach((m, i) => {
      if (timedOut) return apps.push(unfinished(m.file, m.data, clock.limitMs, void 0, scopes[i].scope.dir));
      const app = clock.run(() => checkApp(repo, m, scopes[i], packs, options, now, conflicts.filter((d) => appDirOf(d.location.file) === m.appDir), org));
      if (app.done) return apps.push(app.value);
      timedOut = true;
      apps.push(unfinished(m.file, m.data, clock.limitMs, app.started ? lastProgress() : void 0, scopes[i].scope.dir));
    });
  } finally {
    stopScanAhead(repo);
  }
  return report(options, packs, now, repo.root, apps, timedOut ? clock.limitMs : void 0);
}
function report(options, packs, now, root, apps, timedOutMs) {
  return {
    tool: { ...TOOL },
    stage: options.stage,
    now: now.toISOString(),
    root,
    packs: packs.map((p) => ({ name: p.name, version: p.version })),
    apps,
    summary: summarize(apps.flatMap((a) => a.findings)),
    ...timedOutMs !== void 0 ? { timedOut: { limitMs: timedOutMs } } : {}
  };
}
function runClock(limitMs) {
  const start = Date.now();
  return {
    limitMs: limitMs ?? Infinity,
    run(fn) {
      if (limitMs === void 0) return { done: true, value: fn() };
      const left = limitMs - (Date.now() - start);
      if (left <= 0) return { done: false, started: false };
      try {
        return { done: true, value: timeBoxed(fn, left) };
      } catch (e) {
        if (e instanceof TimeBoxExpired) return { done: false, started: true };
        throw e;
      }
    }
  };
}
function unfinished(manifest, data, limitMs, where, appDir = appDirOf(manifest)) {
  const s = seconds(limitMs);
  const at2 = where?.file ? ` while reading ${where.file}` : "";
  const atZh = where?.file ? `\uFF08\u4E2D\u6B62\u65F6\u6B63\u5728\u8BFB\u53D6 ${where.file}\uFF09` : "";
  const step = where?.phase ? ` (step: ${where.phase})` : "";
  const stepZh = where?.phase ? `\uFF08\u6B65\u9AA4\uFF1A\`${where.phase}\`\uFF09` : "";
  const message = where ? {
    en: `The check stopped at its time limit (--timeout ${s} s)${at2}${step}: this app was not finished, so none of its findings are reported. Not done: the rest of its facts and all of its rules.`,
    "zh-CN": `\u68C0\u67E5\u8FBE\u5230\u65F6\u957F\u4E0A\u9650\uFF08\`--timeout ${s}\` \u79D2\uFF09\u800C\u4E2D\u6B62${atZh}${stepZh}\uFF1A\u672C\u5E94\u7528\u672A\u68C0\u67E5\u5B8C\uFF0C\u5176\u95EE\u9898\u5747\u672A\u62A5\u544A\u3002\u672A\u5B8C\u6210\uFF1A\u5176\u4F59\u4E8B\u5B9E\u6536\u96C6\u53CA\u5168\u90E8\u89C4\u5219\u3002`
  } : {
    en: `The check reached its time limit (--timeout ${s} s) before this app was started: nothing of it was checked.`,
    "zh-CN": `\u68C0\u67E5\u5728\u5F00\u59CB\u672C\u5E94\u7528\u4E4B\u524D\u5DF2\u8FBE\u5230\u65F6\u957F\u4E0A\u9650\uFF08\`--timeout ${s}\` \u79D2\uFF09\uFF1A\u672C\u5E94\u7528\u672A\u4F5C\u4EFB\u4F55\u68C0\u67E5\u3002`
  };
  const file = where?.file && (!appDir || where.file.startsWith(`${appDir}/`)) ? where.file : manifest || ".";
  const findings = diagnosticsToFindings([{ code: "tool/timeout", severity: "error", message, location: { file }, subject: manifest || "." }], manifest);
  const app = data ?? {};
  return {
    manifest,
    appDir,
    findings,
    app: {
      ...typeof app.app?.id === "string" ? { id: app.app.id } : {},
      ...typeof app.app?.name === "string" ? { name: app.app.name } : {}
    }
  };
}
function checkApp(repo, manifest, resolved, packs, options, now, extra, org) {
  const file = manifest.file;
  const { scope } = resolved;
  const { facts, diagnostics, missing } = collectFacts({ repo, appDir: scope.dir, scope, manifest: { file, data: manifest.data } });
  const inputProblems = [...extra, ...manifest.diagnostics, ...resolved.diagnostics, ...diagnostics, ...scope.roots.flatMap((r) => repoDiagnostics(repo, r))];
  enterPhase("rules");
  const ruleFindings = evaluate(packs, { manifest, facts, now, stage: options.stage, missingFacts: missing });
  let findings = [...capFindings(diagnosticsToFindings(inputProblems, file), file), ...ruleFindings];
  if (!options.noWaivers) {
    const waived = applyWaivers(findings, manifest, now, packs, org);
    findings = [...waived.findings, ...waived.extra];
  }
  findings.sort(compareFindings);
  const app = manifest.data?.app ?? {};
  return {
    manifest: file,
    appDir: scope.dir,
    scope: summarizeScope(scope),
    app: {
      ...typeof app.id === "string" ? { id: app.id } : {},
      ...typeof app.name === "string" ? { name: app.name } : {}
    },
    findings
  };
}
function noManifest(repo) {
  const findings = diagnosticsToFindings([missingManifestDiagnostic(""), ...repo.diagnostics], "");
  findings.sort(compareFindings);
  return { manifest: "", appDir: "", app: {}, findings };
}
function repoDiagnostics(repo, appDir) {
  return repo.diagnostics.filter((d) => !appDir || d.location.file === appDir || d.location.file.startsWith(`${appDir}/`));
}
function manifestPath(repo, given) {
  const abs = path.resolve(given);
  const rel = path.relative(repo.root, abs).split(path.sep).join("/");
  if (rel.startsWith("..") || path.isAbsolute(rel)) {
    throw new ConfigurationError(`--manifest ${given} is outside the scanned folder ${repo.root}`);
  }
  if (!repo.has(rel)) {
    throw new ConfigurationError(`--manifest ${given}: no such file in the scanned folder (ignored or vendored files are not read)`);
  }
  return rel;
}

export {
  collectFacts,
  DEFAULT_PACK,
  resolveNow,
  loadPacks,
  runCheck
};
