#!/usr/bin/env node
import { createRequire as __mpCreateRequire } from 'node:module'; const require = __mpCreateRequire(import.meta.url);
import {
  __require
} from "./cli-chunk-Q3GBV4AC.js";

// src/precompiled/index.ts
var loaded;
var load = () => loaded ??= __require("./precompiled.cjs");
var validator = (name) => load().validator(name);
var embeddedData = () => load().embeddedData();

// src/manifest/formats.ts
var DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
function isDate(s) {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = y % 4 === 0 && y % 100 !== 0 || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] ?? 0;
  return d <= days;
}
var DURATION_RE = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
function isDuration(s) {
  return DURATION_RE.test(s);
}
var EMAIL_RE = /^[^\s@<>()[\],;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
function isEmail(s) {
  return EMAIL_RE.test(s);
}
function isHttpsUrl(s) {
  if (!/^https:\/\//i.test(s) || /\s/.test(s)) return false;
  try {
    const u = new URL(s);
    return u.protocol === "https:" && u.hostname.length > 0;
  } catch {
    return false;
  }
}
function isLink(s) {
  if (isHttpsUrl(s)) return true;
  if (!s.trim() || s !== s.trim()) return false;
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(s)) return false;
  if (s.startsWith("/") || s.includes("\\")) return false;
  const path = s.split("#")[0] ?? "";
  return path.length > 0 && !path.split("/").some((seg) => seg === "..");
}

// src/manifest/messages.ts
var API_VERSION = "mobile-policy/v1";
var MAX_LISTED = 15;
var L = (en, zh) => ({ en, "zh-CN": zh });
function fieldName(pointer) {
  if (!pointer) return "(root)";
  let out = "";
  for (const raw of pointer.slice(1).split("/")) {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (/^\d+$/.test(seg)) out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}
function show(value) {
  let s;
  if (typeof value === "string") s = value;
  else if (value === null || value === void 0) s = "null";
  else if (Array.isArray(value)) s = "a list";
  else if (typeof value === "object") s = "a mapping";
  else s = String(value);
  s = s.replace(/\s+/g, " ");
  return s.length > 60 ? s.slice(0, 57) + "..." : s;
}
function showZh(value) {
  if (Array.isArray(value)) return "\u5217\u8868";
  if (value !== null && typeof value === "object") return "\u6620\u5C04";
  return show(value);
}
var msg = {
  /** `what`: the form the value must take (from the schema), when the schema says more than "text". */
  todo: (field, what) => what ? L(
    `\`${field}\` is still TODO: fill in ${what.en} (see docs/manifest.md).`,
    `\`${field}\` \u4ECD\u4E3A\u5F85\u586B\u5199\u7684 \`TODO\`\uFF1A\u8BF7\u586B\u5199${what["zh-CN"]}\uFF08\u89C1 docs/manifest.md\uFF09\u3002`
  ) : L(
    `\`${field}\` is still TODO: fill it in with the real value (see docs/manifest.md).`,
    `\`${field}\` \u4ECD\u4E3A\u5F85\u586B\u5199\u7684 \`TODO\`\uFF1A\u8BF7\u586B\u5199\u771F\u5B9E\u503C\uFF08\u89C1 docs/manifest.md\uFF09\u3002`
  ),
  /** What to fill in for an enum: the allowed values, or where to find them when there are many. */
  oneOf: (allowed) => {
    if (allowed.length > MAX_LISTED) return L(`one of the ${allowed.length} allowed values`, `${allowed.length} \u4E2A\u5141\u8BB8\u53D6\u503C\u4E4B\u4E00`);
    const list = allowed.map((a) => `\`${String(a)}\``).join(", ");
    return L(`one of ${list}`, `\u4EE5\u4E0B\u53D6\u503C\u4E4B\u4E00\uFF1A${list}`);
  },
  missing: (file) => L(
    `No app manifest found: add ${file} (see docs/manifest.md; \`mobile-policy init\` drafts one). Without it the app is not in the ledger and no evidence can be checked.`,
    `\u672A\u627E\u5230\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\uFF1A\u8BF7\u6DFB\u52A0 ${file}\uFF08\u89C1 docs/manifest.md\uFF1B\u53EF\u7528 \`mobile-policy init\` \u751F\u6210\u8349\u7A3F\uFF09\u3002\u6CA1\u6709\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\uFF0C\u5E94\u7528\u4E0D\u5728\u53F0\u8D26\u4E2D\uFF0C\u4E5F\u65E0\u6CD5\u6838\u5BF9\u4EFB\u4F55\u8BC1\u636E\u3002`
  ),
  unreadable: (file, why) => L(`The manifest ${file} could not be read: ${why.en}`, `\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6 ${file} \u65E0\u6CD5\u8BFB\u53D6\uFF1A${why["zh-CN"]}`),
  parse: (detail) => L(`The manifest is not valid YAML: ${detail}`, `\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u4E0D\u662F\u6709\u6548\u7684 YAML\uFF1A${detail}`),
  parseWarning: (detail) => L(`The manifest uses YAML the tool does not accept: ${detail}`, `\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u4F7F\u7528\u4E86\u672C\u5DE5\u5177\u4E0D\u63A5\u53D7\u7684 YAML \u5199\u6CD5\uFF1A${detail}`),
  moreParseErrors: (count) => L(`At least ${count} more YAML problems in the manifest are not listed; fix the ones above first.`, `\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u4E2D\u53E6\u6709\u81F3\u5C11 ${count} \u5904 YAML \u95EE\u9898\u672A\u5217\u51FA\uFF0C\u8BF7\u5148\u4FEE\u6B63\u4E0A\u8FF0\u95EE\u9898\u3002`),
  tooLarge: (kib, maxKib) => L(
    `The manifest is ${kib} KiB, over the ${maxKib} KiB limit for a manifest, so it was not read. A manifest describes one app: move generated or repeated content out of it.`,
    `\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u5927\u5C0F\u4E3A ${kib} KiB\uFF0C\u8D85\u8FC7 ${maxKib} KiB \u7684\u4E0A\u9650\uFF0C\u672A\u88AB\u8BFB\u53D6\u3002\u4E00\u4E2A\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u53EA\u63CF\u8FF0\u4E00\u4E2A\u5E94\u7528\uFF1A\u8BF7\u79FB\u51FA\u5176\u4E2D\u751F\u6210\u6216\u91CD\u590D\u7684\u5185\u5BB9\u3002`
  ),
  crashed: (detail) => L(`The manifest could not be parsed: ${detail}`, `\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u65E0\u6CD5\u89E3\u6790\uFF1A${detail}`),
  duplicateKey: (key) => L(
    `\`${key}\` is given twice in the same mapping; keep one (the first one is used).`,
    `\u540C\u4E00\u6620\u5C04\u4E2D \`${key}\` \u51FA\u73B0\u4E86\u4E24\u6B21\uFF0C\u8BF7\u53EA\u4FDD\u7559\u4E00\u4E2A\uFF08\u5F53\u524D\u4F7F\u7528\u7B2C\u4E00\u4E2A\uFF09\u3002`
  ),
  empty: () => L(
    "The manifest is empty. Start it with `apiVersion: mobile-policy/v1` and an `app:` section (see docs/manifest.md).",
    "\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u4E3A\u7A7A\u3002\u8BF7\u4EE5 `apiVersion: mobile-policy/v1` \u548C `app:` \u90E8\u5206\u5F00\u5934\uFF08\u89C1 docs/manifest.md\uFF09\u3002"
  ),
  notMapping: (got) => L(
    `The manifest must be a mapping of fields (\`apiVersion: ...\`, \`app: ...\`), not ${got}.`,
    `\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u7684\u9876\u5C42\u5FC5\u987B\u662F\u5B57\u6BB5\u6620\u5C04\uFF08\`apiVersion: ...\`\u3001\`app: ...\`\uFF09\uFF0C\u800C\u4E0D\u662F${got === "a list" ? "\u5217\u8868" : "\u5355\u4E2A\u503C"}\u3002`
  ),
  multipleDocuments: () => L(
    "The manifest holds more than one YAML document (`---`); only the first is read. Put one app per file.",
    "\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u5305\u542B\u591A\u4E2A YAML \u6587\u6863\uFF08`---`\uFF09\uFF0C\u53EA\u8BFB\u53D6\u7B2C\u4E00\u4E2A\u3002\u8BF7\u6BCF\u4E2A\u6587\u4EF6\u53EA\u63CF\u8FF0\u4E00\u4E2A\u5E94\u7528\u3002"
  ),
  apiVersionMissing: () => L(
    `\`apiVersion\` is missing: add \`apiVersion: ${API_VERSION}\` as the first line.`,
    `\u7F3A\u5C11 \`apiVersion\`\uFF1A\u8BF7\u5728\u7B2C\u4E00\u884C\u6DFB\u52A0 \`apiVersion: ${API_VERSION}\`\u3002`
  ),
  apiVersionUnknown: (got) => L(
    `\`apiVersion\` is \`${show(got)}\`, which this version of mobile-policy does not know; use \`${API_VERSION}\` (or upgrade mobile-policy). The rest of the manifest was not validated.`,
    `\`apiVersion\` \u4E3A \`${showZh(got)}\`\uFF0C\u5F53\u524D\u7248\u672C\u7684 mobile-policy \u4E0D\u8BA4\u8BC6\uFF1B\u8BF7\u4F7F\u7528 \`${API_VERSION}\`\uFF08\u6216\u5347\u7EA7 mobile-policy\uFF09\u3002\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u5176\u4F59\u90E8\u5206\u672A\u6821\u9A8C\u3002`
  ),
  aliasLimit: () => L(
    'The manifest expands YAML aliases (`*name`) too many times or in a cycle, as in a "billion laughs" attack; it was not read. Write the values out instead.',
    "\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u4E2D YAML \u522B\u540D\uFF08`*name`\uFF09\u5C55\u5F00\u6B21\u6570\u8FC7\u591A\u6216\u5FAA\u73AF\u5F15\u7528\uFF08\u7C7B\u4F3C\u201C\u5341\u4EBF\u7B11\u58F0\u201D\u653B\u51FB\uFF09\uFF0C\u672A\u88AB\u8BFB\u53D6\u3002\u8BF7\u76F4\u63A5\u5199\u51FA\u53D6\u503C\u3002"
  ),
  tooDeep: () => L("The manifest is nested too deeply to be a manifest; it was not read.", "\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u5D4C\u5957\u5C42\u7EA7\u8FC7\u6DF1\uFF0C\u4E0D\u50CF\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\uFF0C\u672A\u88AB\u8BFB\u53D6\u3002"),
  complexKey: (where) => L(
    `A key in \`${where}\` is not plain text (a list, mapping or alias used as a key); use a plain name.`,
    `\`${where}\` \u4E2D\u6709\u4E00\u4E2A\u952E\u4E0D\u662F\u7EAF\u6587\u672C\uFF08\u7528\u5217\u8868\u3001\u6620\u5C04\u6216\u522B\u540D\u4F5C\u952E\uFF09\uFF0C\u8BF7\u4F7F\u7528\u666E\u901A\u540D\u79F0\u3002`
  ),
  reservedKey: (field, key) => L(
    `\`${field}\` is not a manifest field: \`${key}\` is a reserved name and was ignored.`,
    `\`${field}\` \u4E0D\u662F\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u7684\u5B57\u6BB5\uFF1A\`${key}\` \u662F\u4FDD\u7559\u540D\u79F0\uFF0C\u5DF2\u5FFD\u7565\u3002`
  ),
  unknownKey: (field, suggestion, allowed) => {
    if (suggestion) {
      return L(
        `\`${field}\` is not a manifest field; did you mean \`${suggestion}\`?`,
        `\`${field}\` \u4E0D\u662F\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u7684\u5B57\u6BB5\uFF1B\u662F\u5426\u5E94\u4E3A \`${suggestion}\`\uFF1F`
      );
    }
    const list = allowed.length ? allowed.map((a) => `\`${a}\``).join(", ") : "";
    return allowed.length ? L(`\`${field}\` is not a manifest field; fields allowed here: ${list}.`, `\`${field}\` \u4E0D\u662F\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u7684\u5B57\u6BB5\uFF1B\u6B64\u5904\u5141\u8BB8\u7684\u5B57\u6BB5\uFF1A${list}\u3002`) : L(`\`${field}\` is not a manifest field.`, `\`${field}\` \u4E0D\u662F\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u7684\u5B57\u6BB5\u3002`);
  },
  required: (field, missing) => L(`\`${field ? field + "." : ""}${missing}\` is required.`, `\u7F3A\u5C11\u5FC5\u586B\u5B57\u6BB5 \`${field ? field + "." : ""}${missing}\`\u3002`),
  type: (field, expected, got, hint) => {
    const want = typeText(expected);
    const g = typeof got === "string" ? JSON.stringify(show(got)) : show(got);
    const gz = typeof got === "string" ? JSON.stringify(show(got)) : showZh(got);
    return L(
      `\`${field}\` must be ${want.en}, got ${typeof got === "string" ? "the text " : ""}\`${g}\`${hint ? "; " + hint.en : "."}`,
      `\`${field}\` \u5FC5\u987B\u662F${want["zh-CN"]}\uFF0C\u5B9E\u9645\u4E3A${typeof got === "string" ? "\u6587\u672C" : ""} \`${gz}\`${hint ? "\uFF1B" + hint["zh-CN"] : "\u3002"}`
    );
  },
  quoteIt: (source) => L(`quote it: "${source}".`, `\u8BF7\u52A0\u5F15\u53F7\uFF1A\u201C${source}\u201D\u3002`),
  enumValue: (field, allowed, got, suggestion) => {
    if (allowed.length > MAX_LISTED) {
      const en = suggestion ? ` Did you mean \`${suggestion}\`?` : "";
      const zh = suggestion ? `\u662F\u5426\u5E94\u4E3A \`${suggestion}\`\uFF1F` : "";
      return L(
        `\`${field}\` is not one of the ${allowed.length} allowed values, got \`${show(got)}\`.${en} (All values: docs/manifest.md)`,
        `\`${field}\` \u4E0D\u5728 ${allowed.length} \u4E2A\u5141\u8BB8\u53D6\u503C\u4E4B\u5185\uFF0C\u5B9E\u9645\u4E3A \`${showZh(got)}\`\u3002${zh}\uFF08\u5168\u90E8\u53D6\u503C\u89C1 docs/manifest.md\uFF09`
      );
    }
    const list = allowed.map((a) => `\`${String(a)}\``).join(", ");
    const hintEn = suggestion ? ` Did you mean \`${suggestion}\`?` : "";
    const hintZh = suggestion ? `\u662F\u5426\u5E94\u4E3A \`${suggestion}\`\uFF1F` : "";
    return L(
      `\`${field}\` must be one of ${list}, got \`${show(got)}\`.${hintEn}`,
      `\`${field}\` \u5FC5\u987B\u662F\u4EE5\u4E0B\u53D6\u503C\u4E4B\u4E00\uFF1A${list}\uFF0C\u5B9E\u9645\u4E3A \`${showZh(got)}\`\u3002${hintZh}`
    );
  },
  constValue: (field, expected, got) => L(`\`${field}\` must be \`${String(expected)}\`, got \`${show(got)}\`.`, `\`${field}\` \u5FC5\u987B\u4E3A \`${String(expected)}\`\uFF0C\u5B9E\u9645\u4E3A \`${showZh(got)}\`\u3002`),
  format: (field, what, got) => L(`\`${field}\` must be ${what.en}, got \`${show(got)}\`.`, `\`${field}\` \u5FC5\u987B\u662F${what["zh-CN"]}\uFF0C\u5B9E\u9645\u4E3A \`${showZh(got)}\`\u3002`),
  minimum: (field, op, limit, got) => L(`\`${field}\` must be ${op} ${limit}, got \`${show(got)}\`.`, `\`${field}\` \u5FC5\u987B ${op} ${limit}\uFF0C\u5B9E\u9645\u4E3A \`${showZh(got)}\`\u3002`),
  minItems: (field, limit) => L(`\`${field}\` must list at least ${limit} item${limit === 1 ? "" : "s"}.`, `\`${field}\` \u81F3\u5C11\u9700\u8981\u5217\u51FA ${limit} \u9879\u3002`),
  uniqueItems: (field, i, j) => L(`\`${field}\` lists the same item twice (items ${j + 1} and ${i + 1}).`, `\`${field}\` \u4E2D\u6709\u91CD\u590D\u9879\uFF08\u7B2C ${j + 1} \u9879\u4E0E\u7B2C ${i + 1} \u9879\uFF09\u3002`),
  minLength: (field) => L(`\`${field}\` must not be empty.`, `\`${field}\` \u4E0D\u80FD\u4E3A\u7A7A\u3002`),
  maxLength: (field, limit) => L(`\`${field}\` is longer than ${limit} characters.`, `\`${field}\` \u8D85\u8FC7 ${limit} \u4E2A\u5B57\u7B26\u3002`),
  notValid: (field, detail) => L(`\`${field}\` is not valid: ${detail}.`, `\`${field}\` \u65E0\u6548\uFF1A${detail}\u3002`)
};
function typeText(expected) {
  const zhType = {
    string: "\u6587\u672C",
    number: "\u6570\u5B57",
    integer: "\u6574\u6570",
    boolean: "\u5E03\u5C14\u503C\uFF08true/false\uFF09",
    array: "\u5217\u8868",
    object: "\u6620\u5C04",
    null: "\u7A7A\u503C"
  };
  const enType = {
    string: "text",
    number: "a number",
    integer: "a whole number",
    boolean: "true or false",
    array: "a list",
    object: "a mapping",
    null: "empty"
  };
  const exp = expected.split(",");
  return L(exp.map((e) => enType[e] ?? e).join(" or "), exp.map((e) => zhType[e] ?? e).join("\u6216"));
}
var FORMAT_TEXT = {
  date: L("a date like 2025-03-31", "\u5F62\u5982 2025-03-31 \u7684\u65E5\u671F"),
  duration: L("an ISO 8601 duration like P5Y, P6M, PT4H or PT15M", "\u5F62\u5982 P5Y\u3001P6M\u3001PT4H \u6216 PT15M \u7684 ISO 8601 \u65F6\u957F"),
  email: L("an email address like name@example.com", "\u5F62\u5982 name@example.com \u7684\u7535\u5B50\u90AE\u4EF6\u5730\u5740"),
  link: L("an https:// URL or a path inside the repository like docs/report.pdf", "https:// \u94FE\u63A5\u6216\u4ED3\u5E93\u5185\u7684\u76F8\u5BF9\u8DEF\u5F84\uFF08\u5982 docs/report.pdf\uFF09"),
  "https-url": L("an https:// URL", "https:// \u94FE\u63A5")
};

// src/manifest/todo.ts
function isTodo(value) {
  return typeof value === "string" && /^TODO\b/.test(value);
}
function unescape(segment) {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}
function child(value, key) {
  if (Array.isArray(value)) return /^\d+$/.test(key) ? value[Number(key)] : void 0;
  if (value && typeof value === "object" && Object.prototype.hasOwnProperty.call(value, key)) return value[key];
  return void 0;
}
function holdsTodo(value) {
  if (isTodo(value)) return true;
  if (Array.isArray(value)) return value.some(holdsTodo);
  if (value && typeof value === "object") return Object.values(value).some(holdsTodo);
  return false;
}
function isTodoAt(data, pointer) {
  if (!pointer) return false;
  let cur = data;
  for (const seg of pointer.slice(1).split("/")) {
    cur = child(cur, unescape(seg));
    if (cur === void 0) return false;
    if (isTodo(cur)) return true;
  }
  return holdsTodo(cur);
}

// src/manifest/validate.ts
var ARTICLES = [2];
function validateManifest(data, ctx) {
  const validate = validator("manifest");
  const errors = validate(data) ? [] : validate.errors ?? [];
  const hints = /* @__PURE__ */ new Map();
  const out = [...toDiagnostics(errors, ctx, hints), ...todoDiagnostics(data, "", ctx.locate, hints)];
  out.sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0) || (a.subject ?? "").localeCompare(b.subject ?? ""));
  return out;
}
function todoHint(e) {
  const params = e.params;
  const parent = e.parentSchema ?? {};
  switch (e.keyword) {
    case "enum":
      return { rank: 0, what: msg.oneOf(params.allowedValues ?? []) };
    case "const":
      return { rank: 0, what: msg.oneOf([params.allowedValue]) };
    case "format": {
      const what = FORMAT_TEXT[String(params.format)];
      return what ? { rank: 1, what } : void 0;
    }
    case "pattern": {
      const examples = (Array.isArray(parent.examples) ? parent.examples : []).filter((x) => typeof x === "string").map((x) => `\`${x}\``);
      return examples.length ? { rank: 2, what: { en: `a value like ${examples.join(" or ")}`, "zh-CN": `\u5F62\u5982 ${examples.join(" \u6216 ")} \u7684\u503C` } } : void 0;
    }
    case "type":
      return { rank: 3, what: typeText(String(params.type)) };
    default:
      return void 0;
  }
}
function todoDiagnostics(value, pointer, locate, hints) {
  if (isTodo(value)) {
    return [{ code: "manifest/todo", severity: "error", message: msg.todo(fieldName(pointer), hints.get(pointer)?.what), location: locate(pointer), subject: pointer, articles: ARTICLES }];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => todoDiagnostics(v, `${pointer}/${i}`, locate, hints));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => todoDiagnostics(v, `${pointer}/${escapeSegment(k)}`, locate, hints));
  }
  return [];
}
var PRIORITY = {
  type: 0,
  const: 1,
  enum: 1,
  format: 2,
  pattern: 3,
  minLength: 4,
  maxLength: 4,
  minimum: 4,
  maximum: 4,
  exclusiveMinimum: 4,
  exclusiveMaximum: 4,
  minItems: 4,
  maxItems: 4,
  uniqueItems: 5,
  required: 6
};
function toDiagnostics(errors, ctx, hints) {
  const best = /* @__PURE__ */ new Map();
  const overflow = [];
  const keep = (c, key) => {
    const prev = best.get(key);
    if (!prev || c.rank < prev.rank) best.set(key, c);
  };
  for (const e of errors) {
    if (e.instancePath === "/apiVersion") continue;
    if (e.keyword === "required" && e.instancePath === "" && e.params.missingProperty === "apiVersion") continue;
    if (e.keyword === "anyOf" || e.keyword === "oneOf" || e.keyword === "allOf" || e.keyword === "if" || e.keyword === "$ref") continue;
    const pointer = e.instancePath;
    if (best.size >= MAX_LISTED2) {
      overflow.push(pointer);
      continue;
    }
    if (e.keyword === "uniqueItems" && Array.isArray(e.data) && isTodo(e.data[Number(e.params.i)])) continue;
    if (isTodo(e.data)) {
      const hint = todoHint(e);
      const prev = hints.get(pointer);
      if (hint && (!prev || hint.rank < prev.rank)) hints.set(pointer, hint);
      continue;
    }
    const field = fieldName(pointer);
    const params = e.params;
    const parent = e.parentSchema ?? {};
    if (e.keyword === "additionalProperties") {
      const key = String(params.additionalProperty);
      const child2 = `${pointer}/${escapeSegment(key)}`;
      const allowed = Object.keys(parent.properties ?? {});
      keep({ pointer: child2, code: "manifest/unknown-key", rank: 0, message: msg.unknownKey(fieldName(child2), suggest(key, allowed), allowed), location: ctx.locateKey(child2) }, `u:${child2}`);
      continue;
    }
    if (e.keyword === "propertyNames" || e.propertyName !== void 0) {
      const key = e.propertyName ?? String(params.propertyName ?? "");
      if (!key) continue;
      const child2 = `${pointer}/${escapeSegment(key)}`;
      keep({
        pointer: child2,
        code: "manifest/schema",
        rank: 0,
        message: msg.notValid(fieldName(child2), `\`${key}\` is not a language tag like zh-CN / en`),
        location: ctx.locateKey(child2)
      }, `k:${child2}`);
      continue;
    }
    if (e.keyword === "required") {
      const missing = String(params.missingProperty);
      const child2 = `${pointer}/${escapeSegment(missing)}`;
      keep({
        pointer: child2,
        code: "manifest/schema",
        rank: PRIORITY.required ?? 9,
        message: msg.required(pointer ? field : "", missing),
        location: pointer ? ctx.locateKey(pointer) : ctx.locate("")
      }, `r:${child2}`);
      continue;
    }
    const value = e.data;
    let message;
    switch (e.keyword) {
      case "type": {
        const expected = String(params.type);
        const src = ctx.source(pointer);
        const hint = expected.split(",").includes("string") && (typeof value === "number" || typeof value === "boolean") && src ? msg.quoteIt(src.trim()) : void 0;
        message = msg.type(field, expected, value, hint);
        break;
      }
      case "enum": {
        const allowed = params.allowedValues ?? [];
        const strings = allowed.filter((a) => typeof a === "string");
        message = msg.enumValue(field, allowed, value, typeof value === "string" ? suggest(value, strings) : void 0);
        break;
      }
      case "const":
        message = msg.constValue(field, params.allowedValue, value);
        break;
      case "format": {
        const what = FORMAT_TEXT[String(params.format)] ?? { en: `a valid ${String(params.format)}`, "zh-CN": `\u6709\u6548\u7684 ${String(params.format)}` };
        message = msg.format(field, dateHint(String(params.format), value, what), value);
        break;
      }
      case "pattern": {
        const examples = Array.isArray(parent.examples) ? parent.examples : [];
        const shown = examples.filter((x) => typeof x === "string").map((x) => `\`${x}\``);
        const what = shown.length ? { en: `written like ${shown.join(" or ")}`, "zh-CN": `\u5F62\u5982 ${shown.join(" \u6216 ")} \u7684\u683C\u5F0F` } : { en: `text matching ${String(params.pattern)}`, "zh-CN": `\u7B26\u5408 ${String(params.pattern)} \u7684\u6587\u672C` };
        message = msg.format(field, what, value);
        break;
      }
      case "minimum":
      case "maximum":
      case "exclusiveMinimum":
      case "exclusiveMaximum":
        message = msg.minimum(field, String(params.comparison), Number(params.limit), value);
        break;
      case "minItems":
        message = msg.minItems(field, Number(params.limit));
        break;
      case "uniqueItems":
        message = msg.uniqueItems(field, Number(params.i), Number(params.j));
        break;
      case "minLength":
        message = msg.minLength(field);
        break;
      case "maxLength":
        message = msg.maxLength(field, Number(params.limit));
        break;
      default:
        message = msg.notValid(field, e.message ?? e.keyword);
    }
    keep({ pointer, code: "manifest/schema", rank: PRIORITY[e.keyword] ?? 8, message, location: ctx.locate(pointer) }, `v:${pointer}`);
  }
  const out = [...best.values()].map((c) => ({
    code: c.code,
    severity: "error",
    message: c.message,
    location: c.location,
    subject: c.pointer || "/",
    articles: ARTICLES
  }));
  if (overflow.length) {
    const n = overflow.length.toLocaleString("en");
    out.push({
      code: "manifest/schema",
      severity: "error",
      location: ctx.locate(overflow[0]),
      subject: `${overflow[0]}#more`,
      articles: ARTICLES,
      message: {
        en: `\u2026 and ${n} more schema errors from ${fieldName(overflow[0])} on, not examined one by one (the first ${MAX_LISTED2} are listed): fix those first.`,
        "zh-CN": `\u2026\u2026\u81EA ${fieldName(overflow[0])} \u8D77\u53E6\u6709 ${n} \u9879\u7ED3\u6784\u9519\u8BEF\u672A\u9010\u4E00\u68C0\u67E5\uFF08\u5DF2\u5217\u51FA\u524D ${MAX_LISTED2} \u9879\uFF09\uFF0C\u8BF7\u5148\u4FEE\u6B63\u5DF2\u5217\u51FA\u7684\u95EE\u9898\u3002`
      }
    });
  }
  return out;
}
var MAX_LISTED2 = 1e3;
function dateHint(format, value, what) {
  if (format === "date" && typeof value === "string" && DATE_RE.test(value)) {
    return { en: `${what.en} (a real calendar day)`, "zh-CN": `${what["zh-CN"]}\uFF08\u987B\u4E3A\u771F\u5B9E\u5B58\u5728\u7684\u65E5\u671F\uFF09` };
  }
  return what;
}
function escapeSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function suggest(input, allowed) {
  if (!input) return void 0;
  const lower = input.toLowerCase();
  const prefixed = allowed.filter((c) => c.toLowerCase().startsWith(`${lower}-`));
  if (prefixed.length === 1) return prefixed[0];
  let best;
  let bestDist = Infinity;
  for (const cand of allowed) {
    const c = cand.toLowerCase();
    if (c === lower || c.replace(/[-_]/g, "") === lower.replace(/[-_]/g, "")) return cand;
    const d = distance(lower, c);
    if (d < bestDist) {
      bestDist = d;
      best = cand;
    }
  }
  if (best === void 0) return void 0;
  const limit = Math.max(1, Math.floor(Math.max(input.length, best.length) / 3));
  return bestDist <= limit ? best : void 0;
}
function distance(a, b) {
  const m = a.length;
  const n = b.length;
  if (!m) return n;
  if (!n) return m;
  let prev2 = new Array(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur.push(v);
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[n] ?? 0;
}

export {
  validator,
  embeddedData,
  isDate,
  isDuration,
  isEmail,
  isHttpsUrl,
  isLink,
  isTodo,
  holdsTodo,
  isTodoAt,
  API_VERSION,
  fieldName,
  msg,
  validateManifest,
  suggest,
  distance
};
