#!/usr/bin/env node
import { createRequire as __mpCreateRequire } from 'node:module'; const require = __mpCreateRequire(import.meta.url);
import {
  XCODEGEN_SPEC_NAMES,
  basename,
  cmp,
  dirname,
  isGradleScript,
  parseAllDocumentsBounded,
  parseJson5,
  pbxBodies,
  subtree,
  withinFileBudget
} from "./cli-chunk-ND4HRAEM.js";
import {
  explainClassName,
  explainIosClassName,
  explainVendoredFile,
  loadCatalog,
  matchComponentSdks
} from "./cli-chunk-D3CIC5HL.js";
import {
  minimatch,
  require_dist
} from "./cli-chunk-Q3TBLJ6T.js";
import {
  __toESM
} from "./cli-chunk-Q3GBV4AC.js";

// src/detectors/sdks/catalog-ref.ts
function sdkOf(component, catalog = loadCatalog(), binarySdk, bundledIds = []) {
  const binary = component.ecosystem === "file" || component.ecosystem === "native";
  let hits;
  if (binary && binarySdk !== void 0) {
    const own = binarySdk ? catalog.byId.get(binarySdk) : void 0;
    hits = own ? [own] : [];
  } else {
    const query = binary ? { ecosystem: "file", name: component.source?.split("/").pop() ?? component.name } : { ecosystem: component.ecosystem, group: component.group, name: component.name, purl: component.purl };
    hits = matchComponentSdks(catalog, query);
  }
  const [hit, ...bundled] = hits;
  if (!hit) return null;
  for (const id of bundledIds) {
    const sdk = catalog.byId.get(id);
    if (sdk && sdk !== hit && !bundled.includes(sdk)) bundled.push(sdk);
  }
  return { ...componentSdk(hit), ...bundled.length ? { bundles: bundled.map(componentSdk) } : {} };
}
function componentSdk(sdk) {
  return {
    id: sdk.id,
    name: sdk.name,
    vendor: sdk.vendor.en,
    categories: [...sdk.categories],
    tracker: sdk.tracker,
    personalInfo: [...sdk.personalInfo],
    ...sdk.openSource ? { openSource: true } : {}
  };
}

// src/detectors/sdks/util.ts
var import_yaml = __toESM(require_dist(), 1);
var table = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : void 0;
var str = (v) => typeof v === "string" ? v : void 0;
function joinPath(dir, rel) {
  const parts2 = dir ? dir.split("/") : [];
  for (const seg of rel.replace(/\\/g, "/").split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (!parts2.length) return null;
      parts2.pop();
    } else parts2.push(seg);
  }
  return parts2.join("/");
}
function isAncestorOrSelf(dir, of) {
  return dir === "" || of === dir || of.startsWith(`${dir}/`);
}
function read(ctx, file, maxBytes) {
  const r = ctx.repo.readText(file, maxBytes);
  if (r.ok) return r.text;
  ctx.diagnostics.push(r.diagnostic);
  return null;
}
function parseDiagnostic(file, what, detail, line, column) {
  const loc = line ? column ? { file, line, column } : { file, line } : { file };
  return {
    code: "sdks/parse",
    severity: "error",
    message: {
      en: `${file} could not be parsed as ${what}: ${detail}. Its dependencies are missing from the SDK inventory until it is fixed.`,
      "zh-CN": `${file} \u65E0\u6CD5\u6309 \`${what}\` \u683C\u5F0F\u89E3\u6790\uFF1A\`${detail}\`\u3002\u4FEE\u590D\u4E4B\u524D\uFF0C\u5176\u4E2D\u7684\u4F9D\u8D56\u4E0D\u4F1A\u51FA\u73B0\u5728\u7EC4\u4EF6\u6E05\u70B9\u7ED3\u679C\u4E2D\u3002`
    },
    location: loc,
    subject: file
  };
}
function jsonErrorAt(text, message) {
  const pos = /position (\d+)/.exec(message);
  if (!pos) return {};
  const at = Math.min(Number(pos[1]), text.length);
  const lines = new Lines(text.slice(0, at + 1));
  return { line: lines.line(at), column: lines.column(at) };
}
var Lines = class {
  constructor(text) {
    this.text = text;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  text;
  starts = [0];
  line(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  /** Offset where a 1-based line starts (0 before the first). */
  start(line) {
    return this.starts[Math.max(0, Math.min(line, this.starts.length) - 1)] ?? 0;
  }
  /** The text of a 1-based line (of `of`, a text with the same line breaks; by default this one). */
  lineText(line, of = this.text) {
    const start = this.starts[line - 1];
    if (start === void 0) return "";
    const next = this.starts[line];
    return of.slice(start, next === void 0 ? of.length : next - 1);
  }
  column(offset) {
    return offset - (this.starts[this.line(offset) - 1] ?? 0) + 1;
  }
};
var MAX_KEY_DEPTH = 32;
function jsonKeyLines(text) {
  const out = /* @__PURE__ */ new Map();
  const stack = [];
  const prefixes = [];
  const kinds = [];
  let line = 1;
  let pendingKey = null;
  let lastString = null;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === "\n") {
      line++;
      i++;
      continue;
    }
    if (c === "/" && text[i + 1] === "/") {
      while (i < n && text[i] !== "\n") i++;
      continue;
    }
    if (c === "/" && text[i + 1] === "*") {
      i += 2;
      while (i < n && !(text[i] === "*" && text[i + 1] === "/")) {
        if (text[i] === "\n") line++;
        i++;
      }
      i += 2;
      continue;
    }
    if (c === '"' || c === "'") {
      const startLine = line;
      let j = i + 1;
      let s = "";
      while (j < n && text[j] !== c) {
        if (text[j] === "\\") {
          s += text[j + 1] ?? "";
          j += 2;
          continue;
        }
        if (text[j] === "\n") line++;
        s += text[j];
        j++;
      }
      lastString = { value: s, line: startLine };
      i = j + 1;
      continue;
    }
    if (/[A-Za-z_$]/.test(c) && kinds[kinds.length - 1] === "{") {
      let j = i;
      while (j < n && /[\w$]/.test(text[j])) j++;
      lastString = { value: text.slice(i, j), line };
      i = j;
      continue;
    }
    if (c === ":" && kinds[kinds.length - 1] === "{" && lastString) {
      pendingKey = lastString.value;
      if (kinds.length <= MAX_KEY_DEPTH) {
        const path = (prefixes[prefixes.length - 1] ?? "") + pendingKey;
        if (!out.has(path)) out.set(path, lastString.line);
      }
      lastString = null;
      i++;
      continue;
    }
    if (c === "{" || c === "[") {
      const key = pendingKey ?? (kinds[kinds.length - 1] === "[" ? "[]" : null);
      stack.push(key);
      if (stack.length > 1 && kinds.length < MAX_KEY_DEPTH) prefixes.push(`${prefixes[prefixes.length - 1] ?? ""}${key ?? ""}\0`);
      else if (stack.length > 1) prefixes.push("");
      kinds.push(c);
      pendingKey = null;
      i++;
      continue;
    }
    if (c === "}" || c === "]") {
      if (stack.length > 1) prefixes.pop();
      stack.pop();
      kinds.pop();
      pendingKey = null;
      i++;
      continue;
    }
    if (c === ",") pendingKey = null;
    i++;
  }
  return out;
}
function keyPath(...keys) {
  return keys.join("\0");
}
function parseYaml(ctx, file, text, what) {
  const lc = new import_yaml.LineCounter();
  let doc;
  try {
    const docs = parseAllDocumentsBounded(text, YAML_OPTIONS(lc));
    if (!docs[0]) return null;
    doc = docs[0];
    if (docs[1] && !doc.errors.length) doc.errors.push(new import_yaml.YAMLParseError([docs[1].range[0], docs[1].range[0] + 1], "MULTIPLE_DOCS", "Source contains multiple documents"));
  } catch (e) {
    ctx.diagnostics.push(yamlCrashDiagnostic(file, what, e));
    return null;
  }
  if (doc.errors.length) {
    ctx.diagnostics.push(yamlErrorDiagnostic(file, what, doc.errors[0], lc));
    return null;
  }
  return { doc, lc };
}
var YAML_OPTIONS = (lineCounter) => ({ lineCounter, uniqueKeys: false, strict: false, prettyErrors: false });
function yamlCrashDiagnostic(file, what, e) {
  return parseDiagnostic(file, what, e instanceof RangeError ? "nested too deeply" : String(e?.message ?? e));
}
function yamlErrorDiagnostic(file, what, e, lc) {
  const pos = lc.linePos(e.pos[0]);
  const detail = /call stack/i.test(e.message) ? "nested too deeply" : e.message.split("\n")[0] ?? e.message;
  return parseDiagnostic(file, what, detail, pos.line, pos.col);
}
function yamlEntries(node, lc) {
  if (!(0, import_yaml.isMap)(node)) return [];
  const out = [];
  for (const item of node.items) {
    if (!(0, import_yaml.isPair)(item)) continue;
    const k = item.key;
    const key = (0, import_yaml.isScalar)(k) ? String(k.value) : String(k);
    const off = (0, import_yaml.isScalar)(k) && k.range ? k.range[0] : 0;
    out.push({ key, value: item.value ?? null, line: lc.linePos(off).line });
  }
  return out;
}
function yamlGet(node, key) {
  if (!(0, import_yaml.isMap)(node)) return null;
  for (const item of node.items) {
    const k = item.key;
    if (((0, import_yaml.isScalar)(k) ? String(k.value) : String(k)) === key) return item.value ?? null;
  }
  return null;
}
function yamlString(node) {
  if ((0, import_yaml.isScalar)(node) && node.value !== null && node.value !== void 0) return String(node.value);
  return void 0;
}
function enc(s) {
  const wellFormed = s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\uFFFD");
  return encodeURIComponent(wellFormed).replace(/%3A/gi, ":");
}
var PURL_TYPE = {
  maven: "maven",
  cocoapods: "cocoapods",
  swift: "swift",
  carthage: "github",
  pub: "pub",
  npm: "npm",
  ohpm: "ohpm",
  cargo: "cargo",
  file: "generic",
  native: "generic"
};
function purl(eco, group, name, version, subpath) {
  let type = PURL_TYPE[eco];
  if (eco === "carthage" && !group) type = "generic";
  const ns = group ? `${group.split("/").map(enc).join("/")}/` : "";
  const v = version && version !== "unresolved" ? `@${enc(version)}` : "";
  const sp = subpath ? `#${subpath.split("/").map(enc).join("/")}` : "";
  return `pkg:${type}/${ns}${enc(name)}${v}${sp}`;
}
function splitScoped(full) {
  if (full.startsWith("@") && full.includes("/")) {
    const i = full.indexOf("/");
    return { group: full.slice(0, i), name: full.slice(i + 1) };
  }
  return { name: full };
}
function gradleDynamic(v) {
  return /\+|^latest\.|^[[(\]]|[\])]$|,|-SNAPSHOT$/i.test(v.trim());
}
function semverRangeDynamic(spec) {
  const s = spec.trim();
  if (/^(file|link|workspace|portal|patch):/.test(s)) return false;
  if (/^v?=?\d+\.\d+\.\d+([-+][\w.+-]*)?$/.test(s)) return false;
  if (/^(git|git\+\w+|github):|\.git(#|$)|^[\w-]+\/[\w.-]+(#.*)?$/.test(s)) return !/#[0-9a-f]{40}$/.test(s);
  if (/^npm:/.test(s)) return semverRangeDynamic(s.replace(/^npm:[^@]+@/, "").replace(/^npm:/, ""));
  return true;
}
function isSha(s) {
  return !!s && /^[0-9a-f]{40}$/i.test(s);
}

// src/detectors/sdks/platform-folders.ts
var NON_MOBILE = ["macos", "linux", "windows", "web"];
function nonMobilePlatformFolders(files) {
  const out = [];
  const roots = /* @__PURE__ */ new Set();
  for (const f of files) {
    const name = basename(f);
    if (name === "package.json" || name.startsWith("pubspec") && /^pubspec(_\w+)?\.yaml$/.test(name)) roots.add(dirname(f));
    const desktop = f.includes("lutter/") ? /^(?:(.*)\/)?(?:macos|linux|windows)\/[Ff]lutter\//.exec(f) : null;
    if (desktop) roots.add(desktop[1] ?? "");
  }
  if (!roots.size) return out;
  const present = [...new Set(files.map(dirname))];
  for (const root of roots) {
    const at = (d) => root ? `${root}/${d}` : d;
    const hasMobile = present.some((d) => d === at("ios") || d.startsWith(`${at("ios")}/`) || d === at("android") || d.startsWith(`${at("android")}/`));
    if (!hasMobile) continue;
    for (const p of NON_MOBILE) {
      const dir = at(p);
      if (present.some((d) => d === dir || d.startsWith(`${dir}/`))) out.push(dir);
    }
  }
  return [...new Set(out)].sort();
}
function inFolder(file, folders) {
  return folders.some((d) => file.startsWith(`${d}/`));
}

// src/detectors/sdks/scope.ts
var RUNTIME_CONFIG = /^(implementation|api|compile|runtimeOnly|apk|coreLibraryDesugaring|wearApp|override|optional)$|[a-z0-9](Implementation|Api|Compile|RuntimeOnly|Apk)$/;
var BUILD_TOOLS = /* @__PURE__ */ new Set([
  "swiftlint",
  "swiftformat",
  "swiftgen",
  "sourcery",
  "xcbeautify",
  "xcpretty",
  "swiftlintplugin",
  "swiftlintplugins",
  "swift-format",
  "swiftformat-plugin",
  "periphery",
  "r.swift",
  "rswift",
  "xcodegen",
  "tuist",
  "mint",
  "npm",
  "yarn",
  "pnpm",
  "npx",
  "patch-package",
  "husky",
  "lint-staged",
  "prettier",
  "eslint",
  "typescript"
]);
function isBuildTool(ecosystem, name) {
  if (ecosystem !== "cocoapods" && ecosystem !== "swift" && ecosystem !== "npm" && ecosystem !== "carthage") return false;
  const base = name.split("/")[0].toLowerCase();
  if (base === "r.swift" && ecosystem === "cocoapods") return false;
  return BUILD_TOOLS.has(base);
}
function classifyScope(configuration) {
  if (!configuration) return "runtime";
  const c = configuration;
  if (c === "test" || /test/i.test(c)) return "test";
  if (c === "debug" || /^debug|Debug/.test(c)) return "debug";
  if (c === "dev" || c === "peer") return "dev";
  if (/compileOnly|^provided$/.test(c)) return "build";
  if (RUNTIME_CONFIG.test(c)) return "runtime";
  return "build";
}
var RANK = { runtime: 0, debug: 1, dev: 2, test: 3, build: 4 };
function widestScope(scopes) {
  return [...scopes].sort((a, b) => RANK[a] - RANK[b])[0] ?? "runtime";
}
function isInRepoSource(source) {
  return !!source?.startsWith("path:") && !/(^|[:/])(node_modules|\.symlinks)\//.test(source);
}

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str2 = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str2 = str2.replaceAll("_", "");
  return state > 1 ? parseFloat(str2) : parseInteger(ctx, str2, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str2 = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str2 = str2.replaceAll("_", "");
  return parseInteger(ctx, str2, base, startPtr);
}
function parseInteger(ctx, str2, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str2, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str2) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str2);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str2, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str2, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str2 += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str2);
      case 2:
        return Temporal.PlainDateTime.from(str2);
      case 3:
        return Temporal.PlainDate.from(str2);
      case 4:
        return Temporal.PlainTime.from(str2);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table2, meta, type) {
  let t = table2;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/detectors/sdks/cargo.ts
var SECTIONS = { dependencies: void 0, "dev-dependencies": "dev", "build-dependencies": "build-tool" };
var CRATES_IO = "registry+https://github.com/rust-lang/crates.io-index";
function parse2(ctx, file, text, what) {
  try {
    return parse(text);
  } catch (e) {
    const err = e;
    ctx.diagnostics.push(parseDiagnostic(file, what, (err.message ?? String(e)).split("\n")[0], err.line, err.column));
    return null;
  }
}
function workspaceDeps(ctx, file) {
  const manifests = ctx.files.filter((f) => (f === "Cargo.toml" || f.endsWith("/Cargo.toml")) && f !== file && isAncestorOrSelf(dirname(f), dirname(file))).sort((a, b) => b.length - a.length);
  for (const m of manifests) {
    const text = ctx.repo.readText(m);
    if (!text.ok) continue;
    try {
      const ws = table(parse(text.text).workspace);
      if (ws) return table(ws.dependencies) ?? {};
    } catch {
    }
  }
  return {};
}
function lineOf(text, key) {
  const k = key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`^[ \\t]*(?:"${k}"|${k})[ \\t]*[=.]|^[ \\t]*\\[[^\\]\\n]*dependencies\\.(?:"${k}"|${k})[ \\t]*\\]`, "m");
  const m = re.exec(text);
  return m ? text.slice(0, m.index).split("\n").length : 1;
}
function scanCargoToml(ctx, file) {
  const text = read(ctx, file);
  if (text === null) return;
  const data = parse2(ctx, file, text, "TOML (Cargo.toml)");
  if (!data) return;
  const tables = [];
  for (const [section, scope] of Object.entries(SECTIONS)) {
    const own = table(data[section]);
    if (own) tables.push([own, scope]);
    for (const target of Object.values(table(data.target) ?? {})) {
      const t = table(table(target)?.[section]);
      if (t) tables.push([t, scope]);
    }
  }
  let inherited;
  for (const [deps, scope] of tables) {
    for (const [key, raw] of Object.entries(deps)) {
      let d = typeof raw === "string" ? { version: raw } : table(raw) ?? {};
      if (d.workspace === true) {
        inherited ??= { ...table(table(data.workspace)?.dependencies), ...workspaceDeps(ctx, file) };
        const base = inherited[key];
        d = { ...typeof base === "string" ? { version: base } : table(base) ?? {}, ...d };
      }
      if (str(d.path) !== void 0) continue;
      const name = str(d.package) ?? key;
      const git = str(d.git);
      let versionSpec = str(d.version);
      let dynamic;
      let source;
      if (git) {
        const rev = str(d.rev);
        source = `git:${git}`;
        versionSpec = rev ? `git rev ${rev}` : str(d.tag) ? `git tag ${str(d.tag)}` : str(d.branch) ? `git branch ${str(d.branch)}` : "git default branch";
        dynamic = !isSha(rev) && !str(d.tag);
      } else {
        versionSpec ??= "*";
        dynamic = !/^=\s*\d+\.\d+\.\d+$/.test(versionSpec.trim());
        source = str(d.registry) ? `registry:${str(d.registry)}` : void 0;
      }
      ctx.sightings.push({
        ecosystem: "cargo",
        name,
        versionSpec,
        dynamic,
        lockable: true,
        direct: true,
        scope,
        file,
        line: lineOf(text, key),
        root: dirname(file),
        source
      });
    }
  }
}
function scanCargoLock(ctx, file) {
  const text = read(ctx, file);
  if (text === null) return;
  const data = parse2(ctx, file, text, "TOML (Cargo.lock)");
  if (!data) return;
  const packages = Array.isArray(data.package) ? data.package : [];
  const lines = [];
  text.split("\n").forEach((l, i) => {
    if (/^\s*\[\[package\]\]\s*$/.test(l)) lines.push(i + 1);
  });
  packages.forEach((p, i) => {
    const pkg = table(p);
    const name = str(pkg?.name);
    const src = str(pkg?.source);
    if (!name || !src) return;
    ctx.sightings.push({
      ecosystem: "cargo",
      name,
      version: str(pkg?.version),
      dynamic: false,
      lock: true,
      direct: false,
      file,
      line: lines[i] ?? 1,
      root: dirname(file),
      source: src === CRATES_IO ? void 0 : src
    });
  });
}

// src/detectors/sdks/carthage.ts
function ident(kind, loc) {
  if (kind === "github" && /^[\w.-]+\/[\w.-]+$/.test(loc)) {
    const [owner, repo] = loc.split("/");
    return { group: owner, name: repo.replace(/\.git$/, ""), source: `https://github.com/${loc}` };
  }
  const gh = /github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(loc);
  if (gh) return { group: gh[1], name: gh[2], source: loc };
  const last = loc.replace(/\/+$/, "").split("/").pop() ?? loc;
  return { name: last.replace(/\.(git|json)$/, ""), source: loc };
}
function scanCartfile(ctx, file) {
  const text = read(ctx, file);
  if (text === null) return;
  const resolved = basename(file) === "Cartfile.resolved";
  const dev = basename(file) === "Cartfile.private";
  const root = dirname(file);
  text.split("\n").forEach((raw, i) => {
    const line = raw.replace(/#.*$/, "").trim();
    if (!line) return;
    const m = /^(github|git|binary)\s+"([^"]+)"\s*(.*)$/.exec(line);
    if (!m) {
      ctx.unresolved.push({ file, line: i + 1, text: line, reason: "not a Carthage origin line" });
      return;
    }
    const id = ident(m[1], m[2]);
    const req = m[3].trim();
    const quoted = /^"([^"]+)"$/.exec(req)?.[1];
    if (resolved) {
      ctx.sightings.push({ ecosystem: "carthage", ...id, version: quoted ?? req, dynamic: false, lock: true, direct: false, file, line: i + 1, root });
    } else {
      const exact = /^==\s*\S+$/.test(req) || quoted !== void 0 && /^[0-9a-f]{40}$/.test(quoted);
      ctx.sightings.push({
        ecosystem: "carthage",
        ...id,
        versionSpec: req || void 0,
        dynamic: !exact,
        lockable: true,
        direct: true,
        scope: dev ? "dev" : void 0,
        file,
        line: i + 1,
        root
      });
    }
  });
}

// src/detectors/sdks/version-catalog.ts
function accessorKey(alias) {
  return alias.replace(/[-_]/g, ".").toLowerCase();
}
function richVersion(v) {
  if (typeof v === "string") return { version: v, spec: v };
  if (v && typeof v === "object") {
    const o = v;
    const pick = o.strictly ?? o.require ?? o.prefer;
    if (typeof pick === "string") return { version: pick, spec: JSON.stringify(o) };
  }
  return {};
}
function sectionKeyLines(text) {
  const out = /* @__PURE__ */ new Map();
  let section = "";
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    const header = /^\[\s*([^\]]+?)\s*\]/.exec(line);
    if (header) {
      const parts2 = header[1].split(".").map((s) => s.trim().replace(/^["']|["']$/g, ""));
      section = parts2[0];
      if (parts2.length > 1) out.set(`${section}\0${parts2.slice(1).join(".")}`, i + 1);
      return;
    }
    const key = /^("([^"]+)"|'([^']+)'|([A-Za-z0-9_.-]+))\s*=/.exec(line);
    if (key && section) {
      const k = (key[2] ?? key[3] ?? key[4]).split(".")[0];
      const id = `${section}\0${k}`;
      if (!out.has(id)) out.set(id, i + 1);
    }
  });
  return out;
}
function parseCatalog(ctx, file) {
  const text = read(ctx, file);
  if (text === null) return null;
  let data;
  try {
    data = parse(text);
  } catch (e) {
    const err = e;
    ctx.diagnostics.push(parseDiagnostic(file, "TOML (Gradle version catalog)", (err.message ?? String(e)).split("\n")[0], err.line, err.column));
    return null;
  }
  const lines = sectionKeyLines(text);
  const lineOf2 = (section, key) => lines.get(`${section}\0${key}`) ?? 1;
  const versions = /* @__PURE__ */ new Map();
  const versionSpecs = /* @__PURE__ */ new Map();
  for (const [k, v] of Object.entries(data.versions ?? {})) {
    const r = richVersion(v);
    versionSpecs.set(k, r);
    if (r.version) versions.set(k, r.version);
  }
  const libraries = /* @__PURE__ */ new Map();
  for (const [alias, v] of Object.entries(data.libraries ?? {})) {
    let group;
    let name;
    let rv = {};
    if (typeof v === "string") {
      const [g, a, ver] = v.split(":");
      group = g;
      name = a;
      if (ver) rv = { version: ver, spec: ver };
    } else if (v && typeof v === "object") {
      const o = v;
      if (typeof o.module === "string") [group, name] = o.module.split(":");
      else {
        group = o.group;
        name = o.name;
      }
      const ver = o.version;
      if (ver && typeof ver === "object" && typeof ver.ref === "string") {
        const ref = ver.ref;
        rv = { ...versionSpecs.get(ref) ?? {} };
        rv.spec = `version.ref = ${ref}`;
      } else if (ver !== void 0) rv = richVersion(ver);
    }
    if (!group || !name) {
      ctx.unresolved.push({ file, line: lineOf2("libraries", alias), text: `${alias} = ${JSON.stringify(v)}`, reason: "catalog entry without group and name" });
      continue;
    }
    const dyn = rv.version ? gradleDynamic(rv.version) || /strictly|require|prefer/.test(rv.spec ?? "") && /[[(\]]/.test(rv.version) : false;
    libraries.set(accessorKey(alias), {
      alias,
      group,
      name,
      version: rv.version,
      versionSpec: rv.spec,
      dynamic: dyn,
      line: lineOf2("libraries", alias)
    });
  }
  const bundles = /* @__PURE__ */ new Map();
  for (const [alias, v] of Object.entries(data.bundles ?? {})) {
    if (Array.isArray(v)) bundles.set(accessorKey(alias), { aliases: v.map(String), line: lineOf2("bundles", alias) });
  }
  const plugins = /* @__PURE__ */ new Map();
  for (const [alias, v] of Object.entries(data.plugins ?? {})) {
    let id;
    let rv = {};
    if (typeof v === "string") {
      const [pid, ver] = v.split(":");
      id = pid;
      if (ver) rv = { version: ver, spec: ver };
    } else if (v && typeof v === "object") {
      const o = v;
      id = o.id;
      const ver = o.version;
      if (ver && typeof ver === "object" && typeof ver.ref === "string") {
        rv = { ...versionSpecs.get(ver.ref) ?? {}, spec: `version.ref = ${ver.ref}` };
      } else if (ver !== void 0) rv = richVersion(ver);
    }
    if (id) plugins.set(accessorKey(alias), { id, version: rv.version, versionSpec: rv.spec, line: lineOf2("plugins", alias) });
  }
  return { name: basename(file).replace(/\.versions\.toml$/, ""), file, libraries, bundles, versions, plugins };
}
function findCatalogs(ctx) {
  const out = [];
  for (const f of ctx.files) {
    if (!f.endsWith(".versions.toml")) continue;
    const c = parseCatalog(ctx, f);
    if (c) out.push(c);
  }
  return out;
}
function catalogRoot(c) {
  const d = dirname(c.file);
  return d === "gradle" ? "" : d.endsWith("/gradle") ? d.slice(0, -7) : d;
}

// src/detectors/sdks/gradle-text.ts
var MAX_TEMPLATE_DEPTH = 32;
function skipString(text, i, nesting = 0) {
  const q = text[i];
  if (nesting > MAX_TEMPLATE_DEPTH) {
    const eol = text.indexOf("\n", i);
    return eol < 0 ? text.length - 1 : eol;
  }
  if (q === '"' && text.startsWith('"""', i)) {
    const end = text.indexOf('"""', i + 3);
    return end < 0 ? text.length - 1 : end + 2;
  }
  let j = i + 1;
  while (j < text.length && text[j] !== q && text[j] !== "\n") {
    if (text[j] === "\\") {
      j += 2;
      continue;
    }
    if (q === '"' && text[j] === "$" && text[j + 1] === "{") {
      let depth = 0;
      for (; j < text.length && text[j] !== "\n"; j++) {
        const c = text[j];
        if (c === '"' || c === "'") {
          j = skipString(text, j, nesting + 1);
          continue;
        }
        if (c === "{") depth++;
        else if (c === "}" && --depth === 0) break;
      }
      j++;
      continue;
    }
    j++;
  }
  return j;
}
function stripComments(text) {
  const out = text.split("");
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text[i];
    if (c === '"' || c === "'") {
      i = skipString(text, i) + 1;
      continue;
    }
    if (c === "/" && text[i + 1] === "/") {
      while (i < n && text[i] !== "\n") out[i++] = " ";
      continue;
    }
    if (c === "/" && text[i + 1] === "*") {
      while (i < n && !(text[i] === "*" && text[i + 1] === "/")) {
        if (text[i] !== "\n") out[i] = " ";
        i++;
      }
      if (i < n) out[i] = out[i + 1] = " ";
      i += 2;
      continue;
    }
    i++;
  }
  return out.join("");
}
var PAIRS = { "(": ")", "[": "]", "{": "}" };
function closer(text) {
  const match = new Int32Array(text.length).fill(-1);
  const stack = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      i = skipString(text, i);
      continue;
    }
    if (PAIRS[c]) stack.push(i);
    else if (c === ")" || c === "]" || c === "}") {
      const top = stack.pop();
      if (top === void 0) continue;
      if (PAIRS[text[top]] === c) match[top] = i;
      else stack.length = 0;
    }
  }
  return (open) => open >= 0 && open < match.length ? match[open] : -1;
}
function splitTopLevel(s) {
  const out = [];
  let depth = 0;
  let cur = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"' || c === "'") {
      const j = skipString(s, i);
      cur += s.slice(i, j + 1);
      i = j;
      continue;
    }
    if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth--;
    if (c === "," && depth === 0) {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  if (cur.trim()) out.push(cur);
  return out.map((x) => x.trim()).filter(Boolean);
}
function stringLiteral(expr) {
  const e = expr.trim();
  if (e.length < 2 || e[0] !== '"' && e[0] !== "'" || e.startsWith('"""')) return null;
  if (skipString(e, 0) !== e.length - 1) return null;
  return { value: e.slice(1, -1), interpolates: e[0] === '"' };
}

// src/detectors/sdks/gradle-vars.ts
var GradleVars = class {
  byName = /* @__PURE__ */ new Map();
  add(name, value, file, literal = false) {
    const list = this.byName.get(name) ?? [];
    list.push({ name, value, file, literal });
    this.byName.set(name, list);
  }
  addProperties(file, text) {
    for (const raw of text.split("\n")) {
      const m = /^\s*([\w.-]+)\s*[=:]\s*(.*?)\s*$/.exec(raw);
      if (m && !raw.trim().startsWith("#") && !raw.trim().startsWith("!")) this.add(m[1], m[2], file, true);
    }
  }
  /** Collects assignments from a build script or Kotlin source. */
  addScript(file, raw) {
    const text = stripComments(raw);
    const lines = text.split("\n");
    let object = "";
    for (const line of lines) {
      const obj = /^\s*(?:internal\s+|private\s+)?object\s+(\w+)/.exec(line);
      if (obj) object = obj[1];
      const m = /^\s*(?:(?:private\s+|internal\s+)?(?:const\s+)?(?:def|val|var|String)\s+)?((?:rootProject\.|project\.)?(?:ext\.)?[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*)\s*(?::\s*String\s*)?=\s*(["'])((?:\\.|(?!\2)[^\\])*)\2\s*;?\s*$/.exec(line);
      if (m) {
        const name = normaliseName(m[1]);
        this.add(name, m[3], file, m[2] === "'");
        if (object && /\bconst\s+val\b|\bval\b/.test(line)) this.add(`${object}.${name}`, m[3], file, false);
      }
      for (const e of line.matchAll(/\b(?:extra|ext)\s*(?:\[\s*|\.set\(\s*)(["'])([\w.-]+)\1\s*\]?\s*(?:=|,)\s*(["'])((?:\\.|(?!\3)[^\\])*)\3/g)) {
        this.add(e[2], e[4], file, e[3] === "'");
      }
      const by = /\bva[lr]\s+(\w+)(?:\s*:\s*\w+)?\s+by\s+extra\(\s*(["'])((?:\\.|(?!\2)[^\\])*)\2\s*\)/.exec(line);
      if (by) this.add(by[1], by[3], file, false);
      const set = /^\s*set\(\s*(["'])([\w.-]+)\1\s*,\s*(["'])((?:\\.|(?!\3)[^\\])*)\3\s*\)/.exec(line);
      if (set) this.add(set[2], set[4], file, set[3] === "'");
    }
    const closing = closer(text);
    for (const m of text.matchAll(/(?:^|[\s;{])((?:rootProject\.|project\.)?(?:ext\.)?[A-Za-z_]\w*)\s*=\s*\[/g)) {
      const open = m.index + m[0].length - 1;
      const close = closing(open);
      if (close < 0) continue;
      this.addMap(normaliseName(m[1]), text.slice(open + 1, close), file);
    }
  }
  addMap(prefix, body, file) {
    let i = 0;
    const re = /\s*,?\s*(?:(["'])([\w.-]+)\1|([A-Za-z_][\w-]*))\s*:\s*/y;
    const closingInBody = closer(body);
    while (i < body.length) {
      re.lastIndex = i;
      const m = re.exec(body);
      if (!m) break;
      const key = m[2] ?? m[3];
      i = re.lastIndex;
      const c = body[i];
      if (c === "[") {
        const close = closingInBody(i);
        if (close < 0) return;
        this.addMap(`${prefix}.${key}`, body.slice(i + 1, close), file);
        i = close + 1;
      } else if (c === '"' || c === "'") {
        let j = i + 1;
        while (j < body.length && body[j] !== c) j += body[j] === "\\" ? 2 : 1;
        this.add(`${prefix}.${key}`, body.slice(i + 1, j), file, c === "'");
        i = j + 1;
      } else {
        const j = body.indexOf(",", i);
        const v = body.slice(i, j < 0 ? body.length : j).trim();
        if (/^[\w.]+$/.test(v)) this.add(`${prefix}.${key}`, `\${${v}}`, file, false);
        i = j < 0 ? body.length : j + 1;
      }
    }
  }
  /** Looks a name up for use in `file`: same file first, then the nearest ancestor folder, then a unique value. */
  lookup(expr, file, depth = 0) {
    const name = normaliseName(expr);
    const list = this.byName.get(name);
    if (!list?.length) return null;
    let pick = list.find((v) => v.file === file);
    if (!pick) {
      const dir = dirname(file);
      const anc = list.filter((v) => isAncestorOrSelf(dirname(v.file), dir)).sort((a, b) => dirname(b.file).length - dirname(a.file).length);
      pick = anc[0];
    }
    if (!pick) {
      const values = new Set(list.map((v) => v.value));
      if (values.size === 1) pick = list[0];
    }
    if (!pick) return null;
    return pick.literal ? pick.value : this.interpolate(pick.value, pick.file, depth + 1);
  }
  /** Resolves `$x` / `${x.y}` in a double-quoted string; null when any part stays unknown. */
  interpolate(s, file, depth = 0) {
    if (depth > 8) return null;
    let ok = true;
    const out = s.replace(/\$\{([^}]+)\}|\$([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)/g, (_m, a, b) => {
      const v = this.lookup(a ?? b, file, depth);
      if (v === null) ok = false;
      return v ?? "";
    });
    return ok ? out : null;
  }
};
function normaliseName(expr) {
  let s = expr.trim().replace(/(?<!\s)\s+as\s+String$/, "").replace(/!!$/, "").replace(/\.get\(\)$/, "").replace(/\.toString\(\)$/, "");
  s = s.replace(/^(?:rootProject|project)\./, "").replace(/^(?:rootProject|project)\./, "");
  s = s.replace(/^(?:ext|extra|properties)\./, "");
  const call = /^(?:(?:rootProject|project)\.)?(?:property|findProperty|extra\.get|ext\.get|properties\.get)\(\s*["']([\w.-]+)["']\s*\)$/.exec(s);
  if (call) return call[1];
  const idx = /^(?:(?:rootProject|project)\.)?(?:extra|ext|properties)\[\s*["']([\w.-]+)["']\s*\]$/.exec(s);
  if (idx) return idx[1];
  return s.replace(/\[\s*["']([\w.-]+)["']\s*\]/g, ".$1");
}

// src/detectors/limits.ts
var MAX_SCRIPT_BYTES = 512 * 1024;

// src/detectors/sdks/gradle.ts
var KNOWN_CONFIGS = /* @__PURE__ */ new Set([
  "implementation",
  "api",
  "compileOnly",
  "runtimeOnly",
  "compileOnlyApi",
  "annotationProcessor",
  "kapt",
  "ksp",
  "classpath",
  "compile",
  "provided",
  "apk",
  "lintChecks",
  "lintPublish",
  "coreLibraryDesugaring",
  "detektPlugins",
  "wearApp",
  "baselineProfile",
  "testCompile",
  "androidTestCompile",
  "debugCompile",
  "releaseCompile",
  "kaptTest",
  "kaptAndroidTest",
  "kspTest",
  "kspAndroidTest",
  "androidTestUtil",
  "testFixturesImplementation",
  "testFixturesApi",
  "screenshotTestImplementation"
]);
var CONFIG_SUFFIX = /^[a-z][A-Za-z0-9]*(Implementation|Api|CompileOnly|RuntimeOnly|AnnotationProcessor|Kapt|Ksp|Compile)$/;
function isConfig(name) {
  return KNOWN_CONFIGS.has(name) || CONFIG_SUFFIX.test(name);
}
function isBuildLogic(file) {
  return /(^|\/)(buildSrc|build-logic|build-conventions|gradle\/plugins)\//.test(file);
}
function buildGradleEnv(ctx, catalogs) {
  const vars = new GradleVars();
  const localPlugins = /* @__PURE__ */ new Set();
  for (const c of catalogs) for (const p of c.plugins.values()) if (!p.version) localPlugins.add(p.id);
  for (const c of catalogs) {
    for (const [k, v] of c.versions) vars.add(`${c.name}.versions.${k.replace(/[-_]/g, ".")}`, v, c.file, true);
  }
  for (const f of ctx.files) {
    const b = basename(f);
    if (b === "gradle.properties") {
      const t = read(ctx, f);
      if (t !== null) vars.addProperties(f, t);
    } else if (isGradleScript(b) || /\.(kt|kts|groovy|java)$/.test(b) && isBuildLogic(f)) {
      const t = ctx.repo.readText(f, MAX_SCRIPT_BYTES);
      if (t.ok) {
        vars.addScript(f, t.text);
        if (isBuildLogic(f)) for (const m of t.text.matchAll(/\bid\s*=\s*"([\w.-]+)"/g)) localPlugins.add(m[1]);
      }
    }
  }
  return { vars, catalogs, localPlugins };
}
function catalogFor(env, name, file) {
  const dir = dirname(file);
  return env.catalogs.filter((c) => c.name === name && isAncestorOrSelf(catalogRoot(c), dir)).sort((a, b) => catalogRoot(b).length - catalogRoot(a).length)[0] ?? env.catalogs.filter((c) => c.name === name)[0];
}
function declarations(text) {
  const out = [];
  const blocks = [];
  const closing = closer(text);
  for (const b of text.matchAll(/(?<![\w.])dependencies\s*\{/g)) {
    const open = b.index + b[0].length - 1;
    const close = closing(open);
    if (close > 0) blocks.push([open, close]);
  }
  const inBlock = (i) => blocks.some(([a, b]) => i > a && i < b);
  const NOT_CONFIGS = /* @__PURE__ */ new Set([
    "if",
    "for",
    "when",
    "while",
    "return",
    "val",
    "var",
    "def",
    "exclude",
    "because",
    "version",
    "constraints",
    "components",
    "modules",
    "attributes",
    "capabilities",
    "println",
    "logger",
    "force",
    "transitive",
    "artifact",
    "dependencies",
    "project",
    "files",
    "fileTree",
    "platform",
    "enforcedPlatform",
    "it",
    "apply",
    "else",
    "strictly",
    "require",
    "prefer",
    "reject",
    "withType",
    "configurations",
    "add",
    "create",
    "register",
    "kotlin",
    "testFixtures"
  ]);
  const re = /(?<![\w.$])(?:(["'])([A-Za-z][A-Za-z0-9]*)\1\s*\(|add\(\s*(?:(["'])([A-Za-z][A-Za-z0-9]*)\3|([A-Za-z_]\w*))\s*,|([A-Za-z][A-Za-z0-9]*)(\s*\(|[ \t]+(?=["'\w[])))/g;
  const strings = stringRanges(text);
  let m;
  while (m = re.exec(text)) {
    if (insideString(strings, m.index)) continue;
    const viaAdd = m[4] ?? m[5];
    const config = m[2] ?? (m[5] ? m[5].replace(/Configuration$/, "") : m[4]) ?? m[6];
    if (m[5] && !inBlock(m.index)) continue;
    if (viaAdd) m[4] = viaAdd;
    if (!viaAdd && !isConfig(config) && !(m[6] && inBlock(m.index) && !NOT_CONFIGS.has(config) && /^\s*(\(\s*)?(["']|libs\.|platform|enforcedPlatform)/.test(text.slice(m.index + config.length, m.index + config.length + 40)))) continue;
    const start = m.index;
    const after = m.index + m[0].length;
    let expr;
    if (m[2] || m[4] || m[7] && m[7].trim() === "(") {
      const open = m[4] ? text.lastIndexOf("(", after) : after - 1;
      const close = closing(open);
      if (close < 0) continue;
      expr = text.slice(m[4] ? after : open + 1, close);
      re.lastIndex = close;
    } else {
      let end = text.indexOf("\n", after);
      if (end < 0) end = text.length;
      while (/,\s*$/.test(text.slice(after, end)) && end < text.length) {
        const next = text.indexOf("\n", end + 1);
        end = next < 0 ? text.length : next;
      }
      expr = text.slice(after, end);
      const brace = topLevelBrace(expr);
      if (brace >= 0) expr = expr.slice(0, brace);
      if (/^\s*(=|by\b|\{)/.test(expr)) continue;
      re.lastIndex = end;
    }
    out.push({ config, expr: expr.trim(), offset: start });
  }
  return out;
}
function stringRanges(text) {
  const out = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const end = skipString(text, i);
      out.push([i, end]);
      i = end;
    }
  }
  return out;
}
function insideString(ranges, i) {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const [a, b] = ranges[mid];
    if (i <= a) hi = mid - 1;
    else if (i > b) lo = mid + 1;
    else return true;
  }
  return false;
}
function topLevelBrace(s) {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"' || c === "'") {
      i = skipString(s, i);
      continue;
    }
    if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (c === "{" && depth === 0) return i;
  }
  return -1;
}
var COORD_PART = /^[\w.-]+$/;
function parseCoordinate(raw, interpolates, env, file) {
  const parts2 = raw.split("@")[0].split(":");
  if (parts2.length < 2 || parts2.length > 4) return null;
  const [g0, a0, v0] = parts2;
  const resolve = (s) => interpolates && s.includes("$") ? env.vars.interpolate(s, file) : s;
  const group = resolve(g0);
  const name = resolve(a0);
  if (!group || !name || !COORD_PART.test(group) || !COORD_PART.test(name)) return null;
  if (v0 === void 0 || v0 === "") return { group, name };
  const version = resolve(v0);
  if (version === null) return { group, name, versionSpec: v0, versionUnresolved: true };
  return { group, name, version, versionSpec: v0 };
}
function stripWrapper(expr) {
  const m = /^(platform|enforcedPlatform|testFixtures|kotlin|variantOf|dependencies\.platform|project\.dependencies\.platform)\s*\(([\s\S]*)\)\s*(\.get\(\))?$/.exec(expr.trim());
  if (!m) return { inner: expr.trim(), bom: false };
  return { inner: m[2].trim(), bom: /platform/i.test(m[1]), wrapper: m[1] };
}
function scanGradleFile(ctx, file, env) {
  const raw = read(ctx, file, MAX_SCRIPT_BYTES);
  if (raw === null) return;
  const text = stripComments(raw);
  const lines = new Lines(text);
  const buildLogic = isBuildLogic(file);
  const root = dirname(file);
  const decls = declarations(text);
  const sets = sourceSetBlocks(text);
  for (const d of decls) {
    const line = lines.line(d.offset);
    const column = lines.column(d.offset);
    const set = sets.filter((b) => d.offset > b.open && d.offset < b.close).sort((a, b) => b.open - a.open)[0];
    const scope = buildLogic ? "buildscript" : set ? `${set.name}${d.config[0].toUpperCase()}${d.config.slice(1)}` : d.config;
    const textLine = lines.lineText(line, raw).trim();
    const items = looksLikeMap(d.expr) ? [d.expr] : splitTopLevel(d.expr);
    for (const item of items) {
      interpret(ctx, env, file, root, item, scope, line, column, textLine);
    }
  }
  if (buildLogic || file.endsWith(".kt")) scanFindLibrary(ctx, env, file, text, lines);
  scanPlugins(ctx, env, file, text, lines, root);
  const covered = decls.map((d) => [d.offset, d.offset + d.config.length + d.expr.length + 8]);
  let next = 0;
  let coveredTo = -1;
  for (const m of text.matchAll(/(?<![\w.])([A-Za-z_]\w*)\.([\w.]+)/g)) {
    for (; next < covered.length && covered[next][0] <= m.index; next++) coveredTo = Math.max(coveredTo, covered[next][1]);
    if (m.index <= coveredTo) continue;
    const catalog = catalogFor(env, m[1], file);
    if (!catalog || catalog.name !== m[1]) continue;
    const path = m[2].replace(/\.(get|asProvider|toString)$/, "").replace(/\.(get|asProvider)$/, "");
    if (/^(plugins|versions|bundles)\./.test(path)) continue;
    const lib = catalog.libraries.get(accessorKey(path));
    if (!lib) continue;
    const line = lines.line(m.index);
    emit(
      ctx,
      file,
      root,
      { group: lib.group, name: lib.name, version: lib.version, versionSpec: lib.versionSpec },
      buildLogic ? "buildscript" : "build-tool",
      line,
      lines.column(m.index),
      false,
      lib.dynamic,
      { file: catalog.file, line: lib.line }
    );
  }
}
function sourceSetBlocks(text) {
  const out = [];
  const re = /(?<![\w.])(?:(\w+)\.dependencies|val\s+(\w+)\s+by\s+(?:getting|creating)|(?:getByName|named|maybeCreate|create)\(\s*"(\w+)"\s*\)|(\w+(?:Main|Test)))\s*\{/g;
  const closing = closer(text);
  for (const m of text.matchAll(re)) {
    const name = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (!/(Main|Test)$/.test(name)) continue;
    const open = m.index + m[0].length - 1;
    const close = closing(open);
    if (close > 0) out.push({ name, open, close });
  }
  return out;
}
function looksLikeMap(expr) {
  return /(^|[\s,(])(group|name)\s*[:=]/.test(expr);
}
function interpret(ctx, env, file, root, expr0, scope, line, column, textLine) {
  const { inner: expr, bom, wrapper } = stripWrapper(expr0);
  const unresolved = (reason) => {
    ctx.unresolved.push({ file, line, text: textLine, reason });
  };
  if (!expr || /\.find(Library|Bundle)\(/.test(expr)) return;
  if (/^(project|projects)\b/.test(expr) || /^(gradleApi|localGroovy|gradleTestKit)\(\)$/.test(expr)) return;
  if (/^(files|fileTree)\b/.test(expr) || /^(files|fileTree)\s*\(/.test(expr0.trim())) {
    binaryReference(ctx, file, root, /^(files|fileTree)\b/.test(expr) ? expr : expr0.trim(), line, unresolved);
    return;
  }
  if (wrapper === "kotlin") {
    const lit2 = stringLiteral(expr.split(",")[0]);
    if (lit2) emit(ctx, file, root, { group: "org.jetbrains.kotlin", name: `kotlin-${lit2.value}` }, scope, line, column, false, void 0);
    return;
  }
  const add = (c, dynamic, catalogLine) => emit(ctx, file, root, c, scope, line, column, bom, dynamic, catalogLine);
  if (looksLikeMap(expr)) {
    const map = /* @__PURE__ */ new Map();
    for (const part of splitTopLevel(expr)) {
      const m = /^(\w+)\s*[:=]\s*([\s\S]+)$/.exec(part);
      if (!m) continue;
      const lit2 = stringLiteral(m[2]);
      map.set(m[1], lit2 ? lit2.interpolates && lit2.value.includes("$") ? env.vars.interpolate(lit2.value, file) : lit2.value : env.vars.lookup(m[2], file));
    }
    const group = map.get("group");
    const name = map.get("name");
    if (!group && name && map.get("ext")) {
      ctx.binaryRefs.push({ dir: "", patterns: [`**/${name}.${map.get("ext")}`], file, line });
      return;
    }
    if (!group || !name) return unresolved("dependency map without a resolvable group and name");
    const version = map.get("version");
    const hasVersion = map.has("version");
    return add({ group, name, version: version ?? void 0, versionUnresolved: hasVersion && version === null }, void 0);
  }
  const lit = stringLiteral(expr);
  if (lit) {
    const c = parseCoordinate(lit.value, lit.interpolates, env, file);
    if (!c) return unresolved(lit.value.includes("$") ? "coordinate uses a variable that is not statically known" : "not a group:name:version coordinate");
    return add(c, void 0);
  }
  const cat = /^([A-Za-z_]\w*)\.([\w.]+?)(\.get\(\)|\.asProvider\(\)(\.get\(\))?)?$/.exec(expr);
  if (cat) {
    const catalog = catalogFor(env, cat[1], file);
    if (catalog) {
      const path = cat[2];
      if (path.startsWith("plugins.") || path.startsWith("versions.")) return;
      if (path.startsWith("bundles.")) {
        const b = catalog.bundles.get(accessorKey(path.slice(8)));
        if (!b) return unresolved(`no bundle "${path.slice(8)}" in ${catalog.file}`);
        for (const alias of b.aliases) {
          const lib2 = catalog.libraries.get(accessorKey(alias));
          if (lib2) add({ group: lib2.group, name: lib2.name, version: lib2.version, versionSpec: lib2.versionSpec }, lib2.dynamic, { file: catalog.file, line: lib2.line });
          else unresolved(`bundle "${path.slice(8)}" names "${alias}", which is not in ${catalog.file}`);
        }
        return;
      }
      const lib = catalog.libraries.get(accessorKey(path));
      if (!lib) return unresolved(`no library "${path}" in ${catalog.file}`);
      return add({ group: lib.group, name: lib.name, version: lib.version, versionSpec: lib.versionSpec }, lib.dynamic, { file: catalog.file, line: lib.line });
    }
  }
  if (/^[A-Za-z_][\w.]*(\[\s*["'][\w.-]+["']\s*\])*(\.get\(\))?(!!)?(\s+as\s+String)?$/.test(expr) || /^(rootProject\.)?(extra|ext|property)\b/.test(expr)) {
    const v = env.vars.lookup(normaliseName(expr), file);
    if (v !== null) {
      const c = parseCoordinate(v, false, env, file);
      if (c) return add(c, void 0);
    }
    return unresolved(`"${expr}" is not statically resolvable to a coordinate`);
  }
  unresolved("dependency expression not understood");
}
function emit(ctx, file, root, c, scope, line, column, bom, dynamic, catalogLine) {
  const version = c.versionUnresolved ? void 0 : c.version;
  if (c.versionUnresolved) {
    ctx.unresolved.push({ file, line, text: `${c.group}:${c.name}:${c.versionSpec ?? ""}`, reason: "version uses a value that is not statically known" });
  }
  const base = {
    ecosystem: "maven",
    group: c.group,
    name: c.name,
    version,
    versionSpec: c.versionSpec ?? c.version,
    dynamic: dynamic ?? (version ? gradleDynamic(version) : false),
    lockable: true,
    direct: true,
    scope,
    bom: bom || void 0,
    root
  };
  ctx.sightings.push({ ...base, file, line, column });
  if (catalogLine) ctx.sightings.push({ ...base, file: catalogLine.file, line: catalogLine.line, column: void 0 });
}
function binaryReference(ctx, file, root, expr, line, unresolved) {
  const strings = [...expr.matchAll(/(["'])((?:\\.|(?!\1)[^\\])*)\1/g)].map((m) => m[2]);
  if (expr.startsWith("files")) {
    for (const s of strings) ctx.binaryRefs.push({ dir: root, patterns: [s], file, line });
    if (!strings.length) unresolved("files() without literal paths");
    return;
  }
  const dirM = /(?:dir\s*[:=]|["']dir["']\s*to)\s*(["'])([^"']+)\1/.exec(expr) ?? /^fileTree\(\s*(["'])([^"']+)\1/.exec(expr);
  const dir = dirM?.[2] ?? "libs";
  const incM = /include\s*[:=]?\s*(?:\[|listOf\(|setOf\(|arrayOf\()?([^\])]*)/.exec(expr.replace(/["']include["']\s*to/, "include ="));
  const patterns = incM ? [...incM[1].matchAll(/(["'])((?:\\.|(?!\1)[^\\])*)\1/g)].map((m) => m[2]) : ["**/*"];
  ctx.binaryRefs.push({ dir: joinDir(root, dir), patterns: patterns.length ? patterns : ["**/*"], file, line });
}
function joinDir(root, dir) {
  const clean = dir.replace(/^\.\//, "").replace(/\/$/, "");
  return root ? `${root}/${clean}` : clean;
}
function scanFindLibrary(ctx, env, file, text, lines) {
  for (const m of text.matchAll(/(\w+)\.find(Library|Bundle)\(\s*"([^"]+)"\s*\)/g)) {
    const line = lines.line(m.index);
    const lineText = lines.lineText(line);
    const cfg = /add\(\s*"(\w+)"/.exec(lineText)?.[1] ?? /"(\w+)"\s*\(/.exec(lineText)?.[1] ?? /^\s*(\w+)\s*\(/.exec(lineText)?.[1];
    const scope = cfg && isConfig(cfg) ? cfg : "implementation";
    const catalog = env.catalogs.find((c) => c.name === "libs") ?? env.catalogs[0];
    if (!catalog) continue;
    const aliases = m[2] === "Bundle" ? catalog.bundles.get(accessorKey(m[3]))?.aliases ?? [] : [m[3]];
    for (const alias of aliases) {
      const lib = catalog.libraries.get(accessorKey(alias));
      if (!lib) {
        ctx.unresolved.push({ file, line, text: lineText.trim(), reason: `no library "${alias}" in ${catalog.file}` });
        continue;
      }
      emit(
        ctx,
        file,
        catalogRoot(catalog),
        { group: lib.group, name: lib.name, version: lib.version, versionSpec: lib.versionSpec },
        scope,
        line,
        lines.column(m.index),
        false,
        lib.dynamic,
        { file: catalog.file, line: lib.line }
      );
    }
  }
}
function scanPlugins(ctx, env, file, text, lines, root) {
  const closing = closer(text);
  for (const b of text.matchAll(/(?<![\w.])plugins\s*\{/g)) {
    const open = b.index + b[0].length - 1;
    const close = closing(open);
    if (close < 0) continue;
    const body = text.slice(open + 1, close);
    const at = (i) => ({ line: lines.line(open + 1 + i), column: lines.column(open + 1 + i) });
    const add = (id, version, spec, i, catalogLine) => {
      if (!id.includes(".")) return;
      if ((!version || version === "unspecified") && env.localPlugins.has(id)) return;
      const { line, column } = at(i);
      emit(
        ctx,
        file,
        root,
        { group: id, name: `${id}.gradle.plugin`, version, versionSpec: spec, versionUnresolved: false },
        "plugin",
        line,
        column,
        false,
        version ? gradleDynamic(version) : false,
        catalogLine
      );
    };
    for (const m of body.matchAll(/\bid\s*\(?\s*(["'])([\w.-]+)\1\s*\)?(?:\s+version\s*\(?\s*(["'])([^"']+)\3)?/g)) {
      const raw = m[4];
      const version = raw?.includes("$") ? env.vars.interpolate(raw, file) ?? void 0 : raw;
      add(m[2], version, raw, m.index);
    }
    for (const m of body.matchAll(/\bkotlin\s*\(\s*"([\w.-]+)"\s*\)(?:\s+version\s+"([^"]+)")?/g)) {
      add(`org.jetbrains.kotlin.${m[1]}`, m[2], m[2], m.index);
    }
    for (const m of body.matchAll(/\balias\s*\(\s*(\w+)\.plugins\.([\w.]+)\s*\)/g)) {
      const catalog = catalogFor(env, m[1], file);
      const p = catalog?.plugins.get(accessorKey(m[2]));
      if (!catalog || !p) {
        const { line } = at(m.index);
        ctx.unresolved.push({ file, line, text: m[0], reason: `no plugin "${m[2]}" in the version catalog` });
        continue;
      }
      add(p.id, p.version, p.versionSpec, m.index, { file: catalog.file, line: p.line });
    }
  }
}

// src/detectors/sdks/gradle-lockfile.ts
function isGradleLockfile(file) {
  return basename(file) === "gradle.lockfile" || /(^|\/)gradle\/dependency-locks\/[^/]+\.lockfile$/.test(file);
}
function scanGradleLockfile(ctx, file) {
  const text = read(ctx, file);
  if (text === null) return;
  const legacy = file.includes("gradle/dependency-locks/");
  let root = dirname(file);
  if (legacy) root = root.replace(/\/?gradle\/dependency-locks$/, "");
  const legacyConf = legacy ? basename(file).replace(/\.lockfile$/, "") : void 0;
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith("#") || line.startsWith("empty=")) return;
    const m = /^([\w.-]+):([\w.-]+):([^=\s]+)(?:=(.*))?$/.exec(line);
    if (!m) {
      ctx.unresolved.push({ file, line: i + 1, text: line, reason: "not a group:name:version lockfile entry" });
      return;
    }
    const confs = (m[4] ?? legacyConf ?? "").split(",").filter(Boolean);
    const scope = confs.length && confs.every((c) => /test/i.test(c)) ? "test" : void 0;
    ctx.sightings.push({
      ecosystem: "maven",
      group: m[1],
      name: m[2],
      version: m[3],
      dynamic: gradleDynamic(m[3]),
      lock: true,
      direct: false,
      scope,
      file,
      line: i + 1,
      root
    });
  });
}

// src/detectors/sdks/gradle-repositories.ts
var SHORTHANDS = {
  google: "https://dl.google.com/dl/android/maven2/",
  mavenCentral: "https://repo.maven.apache.org/maven2/",
  jcenter: "https://jcenter.bintray.com/",
  gradlePluginPortal: "https://plugins.gradle.org/m2/",
  mavenLocal: "file:~/.m2/repository/"
};
function scanGradleRepositories(ctx, file) {
  const raw = read(ctx, file);
  if (raw === null) return;
  const text = stripComments(raw);
  const lines = new Lines(text);
  const add = (url, offset, name) => ctx.repositories.push({ url, kind: "maven", ...name ? { name } : {}, location: { file, line: lines.line(offset), column: lines.column(offset) } });
  for (const m of text.matchAll(/(?<![\w.])(google|mavenCentral|jcenter|gradlePluginPortal|mavenLocal)\s*\(\s*\)/g)) {
    if (inString(text, m.index)) continue;
    add(SHORTHANDS[m[1]], m.index, `${m[1]}()`);
  }
  const closing = closer(text);
  for (const m of text.matchAll(/(?<![\w.])maven\s*(\(|\{)/g)) {
    const open = m.index + m[0].length - 1;
    const close = closing(open);
    if (close < 0) continue;
    const body = text.slice(open + 1, close);
    const url = m[1] === "(" ? /^\s*(?:url\s*=\s*)?(?:uri\(\s*)?(["'])([^"']+)\1/.exec(body)?.[2] : /\b(?:url|setUrl)\s*(?:=\s*|\(\s*)?(?:uri\(\s*)?(["'])([^"']+)\1/.exec(body)?.[2] ?? /\burl\s*(?:=\s*)?(?:uri\(\s*)?([\w.$]+(?:\([^)]*\))?)/.exec(body)?.[1];
    if (url) add(url, m.index);
    else ctx.unresolved.push({ file, line: lines.line(m.index), text: text.slice(m.index, Math.min(close + 1, m.index + 200)).replace(/\s+/g, " "), reason: "maven repository without a literal url" });
  }
  for (const m of text.matchAll(/(?<![\w.])flatDir\s*\{([^}]*)\}/g)) {
    for (const d of m[1].matchAll(/(["'])([^"']+)\1/g)) add(`flatDir:${d[2]}`, m.index, "flatDir");
  }
}
function inString(text, at) {
  let quote = "";
  for (let i = text.lastIndexOf("\n", at - 1) + 1; i < at; i++) {
    const c = text[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
  }
  return quote !== "";
}

// src/detectors/sdks/npm.ts
var SECTIONS2 = {
  dependencies: void 0,
  devDependencies: "dev",
  optionalDependencies: "optional",
  peerDependencies: "peer"
};
function parseJson(ctx, file, text, what) {
  try {
    const v = JSON.parse(text);
    if (v && typeof v === "object" && !Array.isArray(v)) return v;
    ctx.diagnostics.push(parseDiagnostic(file, what, "the top level is not an object"));
  } catch (e) {
    const msg = e.message;
    const at = jsonErrorAt(text, msg);
    ctx.diagnostics.push(parseDiagnostic(file, what, msg, at.line, at.column));
  }
  return null;
}
var MAX_V1_DEPTH = 64;
function localSpec(spec) {
  return /^(file:|link:|workspace:|portal:|\.{0,2}\/)/.test(spec);
}
function aliasOf(spec) {
  const m = /^npm:((?:@[^/@\s]+\/)?[^/@\s]+)(?:@(.*))?$/.exec(spec.trim());
  return m ? { name: m[1], spec: m[2] || "*" } : void 0;
}
function scanPackageJson(ctx, file) {
  const text = read(ctx, file);
  if (text === null) return;
  const data = parseJson(ctx, file, text, "JSON (package.json)");
  if (!data) return;
  const keys = jsonKeyLines(text);
  for (const [section, scope] of Object.entries(SECTIONS2)) {
    for (const [key, specRaw] of Object.entries(table(data[section]) ?? {})) {
      const written = str(specRaw);
      if (written === void 0 || localSpec(written)) continue;
      const alias = aliasOf(written);
      const full = alias?.name ?? key;
      const spec = alias?.spec ?? written;
      ctx.sightings.push({
        ecosystem: "npm",
        ...splitScoped(full),
        versionSpec: spec,
        dynamic: semverRangeDynamic(spec),
        lockable: true,
        direct: true,
        scope,
        file,
        line: keys.get(keyPath(section, key)) ?? 1,
        root: dirname(file),
        source: /^(git|github:|https?:)/.test(spec) || /^[\w-]+\/[\w.-]+(#.*)?$/.test(spec) ? spec : void 0
      });
    }
  }
}
function scanPackageLock(ctx, file) {
  const text = read(ctx, file);
  if (text === null) return;
  const data = parseJson(ctx, file, text, "JSON (package-lock.json)");
  if (!data) return;
  const keys = jsonKeyLines(text);
  const root = dirname(file);
  const packages = table(data.packages);
  if (packages) {
    const top = table(packages[""]) ?? {};
    const direct = /* @__PURE__ */ new Map();
    for (const [section, scope] of Object.entries(SECTIONS2)) {
      for (const n of Object.keys(table(top[section]) ?? {})) if (!direct.has(n)) direct.set(n, scope);
    }
    for (const [key, entry] of Object.entries(packages)) {
      const p = table(entry);
      if (!p || !key.includes("node_modules/") || p.link) continue;
      const installed = key.slice(key.lastIndexOf("node_modules/") + 13);
      const full = str(p.name) ?? installed;
      const topLevel = key === `node_modules/${installed}`;
      const version = str(p.version);
      ctx.sightings.push({
        ecosystem: "npm",
        ...splitScoped(full),
        version,
        dynamic: false,
        lock: true,
        direct: topLevel && direct.has(installed),
        scope: topLevel && direct.has(installed) ? direct.get(installed) : p.dev || p.devOptional ? "dev" : void 0,
        file,
        line: keys.get(keyPath("packages", key)) ?? 1,
        root,
        hoisted: topLevel,
        source: typeof p.resolved === "string" && !/registry\.npmjs\.org/.test(p.resolved) ? p.resolved : void 0
      });
    }
    return;
  }
  const walk = (deps, path, depth) => {
    if (depth > MAX_V1_DEPTH) {
      ctx.diagnostics.push(parseDiagnostic(file, "JSON (package-lock.json)", `dependencies nested deeper than ${MAX_V1_DEPTH} levels were not read`, keys.get(keyPath(...path.slice(0, 2))) ?? 1));
      return;
    }
    for (const [key, entry] of Object.entries(deps)) {
      const d = table(entry);
      if (!d) continue;
      const written = str(d.version);
      const alias = written ? aliasOf(written) : void 0;
      const full = alias?.name ?? key;
      const version = alias ? alias.spec : written;
      if (version && !localSpec(version)) {
        ctx.sightings.push({
          ecosystem: "npm",
          ...splitScoped(full),
          version,
          dynamic: false,
          lock: true,
          direct: false,
          scope: d.dev ? "dev" : void 0,
          file,
          line: keys.get(keyPath(...path, key)) ?? 1,
          root,
          hoisted: depth === 0
        });
      }
      const nested = table(d.dependencies);
      if (nested) walk(nested, [...path, key, "dependencies"], depth + 1);
    }
  };
  const v1 = table(data.dependencies);
  if (v1) walk(v1, ["dependencies"], 0);
}

// src/detectors/sdks/ohpm.ts
var SECTIONS3 = { dependencies: void 0, devDependencies: "dev", dynamicDependencies: "dynamic" };
function parse3(ctx, file, text, what) {
  try {
    const v = parseJson5(text);
    if (v && typeof v === "object" && !Array.isArray(v)) return v;
    ctx.diagnostics.push(parseDiagnostic(file, what, "the top level is not an object"));
  } catch (e) {
    const err = e;
    ctx.diagnostics.push(parseDiagnostic(file, what, err.message, err.lineNumber, err.columnNumber));
  }
  return null;
}
function scanOhPackage(ctx, file) {
  const text = read(ctx, file);
  if (text === null) return;
  const data = parse3(ctx, file, text, "JSON5 (oh-package.json5)");
  if (!data) return;
  const keys = jsonKeyLines(text);
  const root = dirname(file);
  for (const [section, scope] of Object.entries(SECTIONS3)) {
    for (const [full, specRaw] of Object.entries(table(data[section]) ?? {})) {
      const spec = str(specRaw);
      if (spec === void 0) continue;
      const line = keys.get(keyPath(section, full)) ?? 1;
      if (spec.startsWith("file:")) {
        const target = joinPath(root, spec.slice(5));
        if (target && /\.(har|tgz)$/.test(target)) ctx.binaryRefs.push({ dir: "", patterns: [target], file, line });
        continue;
      }
      ctx.sightings.push({
        ecosystem: "ohpm",
        ...splitScoped(full),
        versionSpec: spec,
        dynamic: semverRangeDynamic(spec),
        lockable: true,
        direct: true,
        scope,
        file,
        line,
        root
      });
    }
  }
}
function scanOhPackageLock(ctx, file) {
  const text = read(ctx, file);
  if (text === null) return;
  const data = parse3(ctx, file, text, "JSON5 (oh-package-lock.json5)");
  if (!data) return;
  const keys = jsonKeyLines(text);
  for (const [key, entry] of Object.entries(table(data.packages) ?? {})) {
    const p = table(entry);
    if (!p) continue;
    const at = key.lastIndexOf("@");
    const name = str(p.name) || (at > 0 ? key.slice(0, at) : key);
    const version = str(p.version) || (at > 0 ? key.slice(at + 1) : void 0);
    const resolved = str(p.resolved);
    if (!version || /^file:/.test(version)) continue;
    if (p.registryType === "local") continue;
    ctx.sightings.push({
      ecosystem: "ohpm",
      ...splitScoped(name),
      version,
      dynamic: false,
      lock: true,
      direct: false,
      file,
      line: keys.get(keyPath("packages", key)) ?? 1,
      root: dirname(file),
      source: resolved && !/ohpm\.openharmony\.cn|repo\.harmonyos\.com\/ohpm/.test(resolved) ? resolved : void 0
    });
  }
}

// src/detectors/sdks/pnpm.ts
var import_yaml2 = __toESM(require_dist(), 1);
var SECTIONS4 = { dependencies: void 0, devDependencies: "dev", optionalDependencies: "optional" };
function pnpmKey(key) {
  let k = key.replace(/^\//, "").replace(/\(.*$/, "");
  const at = k.lastIndexOf("@");
  if (at > 0) return { name: k.slice(0, at), version: k.slice(at + 1) };
  k = k.replace(/_.*$/, "");
  const parts2 = k.split("/");
  const version = parts2.pop();
  if (!version || !parts2.length) return null;
  return { name: parts2.join("/"), version };
}
function cleanVersion(v) {
  return v.replace(/\(.*$/, "").replace(/_.*$/, "");
}
function scanPnpmLock(ctx, file) {
  const text = read(ctx, file);
  if (text === null) return;
  const lc = new import_yaml2.LineCounter();
  let docs;
  try {
    docs = parseAllDocumentsBounded(text, YAML_OPTIONS(lc));
  } catch (e) {
    ctx.diagnostics.push(yamlCrashDiagnostic(file, "YAML (pnpm-lock.yaml)", e));
    return;
  }
  if (!Array.isArray(docs)) return;
  const bad = docs.find((d) => d.errors.length);
  if (bad) {
    ctx.diagnostics.push(yamlErrorDiagnostic(file, "YAML (pnpm-lock.yaml)", bad.errors[0], lc));
    return;
  }
  const candidates = docs.filter((d) => (0, import_yaml2.isMap)(d.contents) && yamlGet(d.contents, "lockfileVersion"));
  const doc = candidates[candidates.length - 1];
  if (!doc) return;
  const top = doc.contents;
  const base = dirname(file);
  const importers = yamlGet(top, "importers");
  const importerList = importers ? yamlEntries(importers, lc).map((e) => ({ dir: e.key, node: e.value })) : [{ dir: ".", node: top }];
  for (const imp of importerList) {
    const root = joinPath(base, imp.dir) ?? base;
    for (const [section, scope] of Object.entries(SECTIONS4)) {
      for (const e of yamlEntries(yamlGet(imp.node, section), lc)) {
        const raw = yamlString(e.value) ?? yamlString(yamlGet(e.value, "version"));
        if (!raw || /^(link|file|workspace):/.test(raw)) continue;
        const version = raw.startsWith("/") || raw.includes("@") ? pnpmKey(raw)?.version ?? cleanVersion(raw) : cleanVersion(raw);
        ctx.sightings.push({
          ecosystem: "npm",
          ...splitScoped(e.key),
          version,
          dynamic: false,
          lock: true,
          direct: true,
          scope,
          file,
          line: e.line,
          root
        });
      }
    }
  }
  const seen = /* @__PURE__ */ new Set();
  for (const section of ["packages", "snapshots"]) {
    for (const e of yamlEntries(yamlGet(top, section), lc)) {
      const id = pnpmKey(e.key);
      if (!id || seen.has(`${id.name}@${id.version}`)) continue;
      seen.add(`${id.name}@${id.version}`);
      if (/^(link|file):/.test(id.version)) continue;
      const dev = yamlString(yamlGet(e.value, "dev")) === "true";
      ctx.sightings.push({
        ecosystem: "npm",
        ...splitScoped(id.name),
        version: id.version,
        dynamic: false,
        lock: true,
        direct: false,
        scope: dev ? "dev" : void 0,
        file,
        line: e.line,
        root: base
      });
    }
  }
}

// src/detectors/sdks/podfile.ts
var import_yaml3 = __toESM(require_dist(), 1);
function splitPod(full) {
  const i = full.indexOf("/");
  return i < 0 ? { name: full } : { name: full.slice(0, i), subpath: full.slice(i + 1) };
}
function stripRubyComment(line) {
  let q = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q) {
      if (c === q) q = null;
      continue;
    }
    if (c === '"' || c === "'") q = c;
    else if (c === "#") return line.slice(0, i);
  }
  return line;
}
function scanPodfile(ctx, file) {
  const text = read(ctx, file);
  if (text === null) return;
  const root = dirname(file);
  const targets = [];
  let depth = 0;
  text.split("\n").forEach((raw, i) => {
    const line = stripRubyComment(raw).trim();
    const lineNo = i + 1;
    const t = /^(?:abstract_)?target\s+(["'])([^"']+)\1\s+do\b/.exec(line);
    if (t) targets.push({ name: t[2], depth: ++depth });
    else if (/\bdo(\s*\|[^|]*\|)?\s*$/.test(line) || /^(def|if|unless|case|begin)\b/.test(line)) depth++;
    else if (/^end\b/.test(line)) {
      if (targets.length && targets[targets.length - 1].depth === depth) targets.pop();
      depth = Math.max(0, depth - 1);
    }
    const src = /^source\s+(["'])([^"']+)\1/.exec(line);
    if (src) ctx.repositories.push({ url: src[2], kind: "cocoapods-spec", location: { file, line: lineNo } });
    const pod = /^pod\s+(["'])([^"']+)\1\s*(,.*)?$/.exec(line);
    if (!pod) return;
    const rest = pod[3] ?? "";
    const version = /^,\s*(["'])([^"']+)\1/.exec(rest)?.[2];
    const opt = (k) => new RegExp(`:${k}\\s*=>\\s*(["'])([^"']+)\\1|\\b${k}:\\s*(["'])([^"']+)\\3`).exec(rest);
    const git = opt("git");
    const branch = opt("branch");
    const tag = opt("tag");
    const commit = opt("commit");
    const path = opt("path");
    const podspec = opt("podspec");
    const configs = /:configurations?\s*=>\s*\[?([^\]]+)\]?/.exec(rest)?.[1];
    const isTest = targets.some((x) => /Tests?$|UITests$|Specs$/.test(x.name));
    const scope = isTest ? "test" : configs && !/release/i.test(configs) ? "debug" : void 0;
    const { name, subpath } = splitPod(pod[2]);
    let source;
    let dynamic;
    let spec = version;
    if (git) {
      source = git[2] ?? git[4];
      const ref = commit ? commit[2] ?? commit[4] : tag ? tag[2] ?? tag[4] : branch ? branch[2] ?? branch[4] : void 0;
      spec = commit ? `commit ${ref}` : tag ? `tag ${ref}` : branch ? `branch ${ref}` : "default branch";
      dynamic = !commit && !tag;
    } else if (path) {
      source = `path:${path[2] ?? path[4]}`;
      dynamic = false;
    } else if (podspec) {
      source = podspec[2] ?? podspec[4];
      dynamic = false;
    } else {
      dynamic = !version || !/^=?\s*\d[\w.-]*$/.test(version.trim());
    }
    if (isInRepoSource(source)) return;
    ctx.sightings.push({
      ecosystem: "cocoapods",
      name,
      subpath,
      versionSpec: spec,
      dynamic,
      lockable: true,
      direct: true,
      scope,
      file,
      line: lineNo,
      root,
      source
    });
  });
}
function scanPodfileLock(ctx, file) {
  const text = read(ctx, file);
  if (text === null) return;
  const parsed = parseYaml(ctx, file, text, "YAML (Podfile.lock)");
  if (!parsed) return;
  const { doc, lc } = parsed;
  const root = dirname(file);
  const top = doc.contents;
  if (!(0, import_yaml3.isMap)(top) || !yamlGet(top, "PODS")) {
    ctx.diagnostics.push({
      code: "sdks/parse",
      severity: "error",
      message: {
        en: `${file} has no PODS section: it is not a valid Podfile.lock, so its pods are missing from the SDK inventory.`,
        "zh-CN": `${file} \u7F3A\u5C11 PODS \u6BB5\uFF0C\u4E0D\u662F\u6709\u6548\u7684 Podfile.lock\uFF0C\u5176\u4E2D\u7684 Pod \u4E0D\u4F1A\u51FA\u73B0\u5728\u7EC4\u4EF6\u6E05\u70B9\u7ED3\u679C\u4E2D\u3002`
      },
      location: { file, line: 1 },
      subject: file
    });
    return;
  }
  const directNames = /* @__PURE__ */ new Set();
  const deps = yamlGet(top, "DEPENDENCIES");
  if ((0, import_yaml3.isSeq)(deps)) for (const d of deps.items) {
    const s = yamlString(d);
    if (s) directNames.add(s.replace(/\s*\(.*$/, "").trim());
  }
  const checkedOut = /* @__PURE__ */ new Set();
  for (const e of yamlEntries(yamlGet(top, "CHECKOUT OPTIONS"), lc)) {
    if (isSha(yamlString(yamlGet(e.value, ":commit")))) checkedOut.add(e.key);
  }
  const external = /* @__PURE__ */ new Map();
  for (const e of yamlEntries(yamlGet(top, "EXTERNAL SOURCES"), lc)) {
    const path = yamlString(yamlGet(e.value, ":path"));
    const git = yamlString(yamlGet(e.value, ":git"));
    const podspec = yamlString(yamlGet(e.value, ":podspec"));
    const branch = yamlString(yamlGet(e.value, ":branch"));
    external.set(e.key, { source: path ? `path:${path}` : git ?? podspec ?? "external", dynamic: !!git && !!branch && !checkedOut.has(e.key) });
  }
  const specRepos = /* @__PURE__ */ new Map();
  for (const e of yamlEntries(yamlGet(top, "SPEC REPOS"), lc)) {
    if ((0, import_yaml3.isSeq)(e.value)) for (const p of e.value.items) {
      const s = yamlString(p);
      if (s) specRepos.set(s, e.key);
    }
  }
  const pods = yamlGet(top, "PODS");
  if (!(0, import_yaml3.isSeq)(pods)) return;
  for (const item of pods.items) {
    const label = (0, import_yaml3.isMap)(item) ? yamlString(item.items[0].key) : yamlString(item);
    const off = ((0, import_yaml3.isMap)(item) ? item.items[0].key.range?.[0] : item.range?.[0]) ?? 0;
    if (!label) continue;
    const m = /^(\S+)\s+\(([^)]+)\)$/.exec(label.trim());
    if (!m) {
      ctx.unresolved.push({ file, line: lc.linePos(off).line, text: label, reason: 'PODS entry is not "Name (version)"' });
      continue;
    }
    const { name, subpath } = splitPod(m[1]);
    const ext = external.get(name);
    if (isInRepoSource(ext?.source)) continue;
    const deps2 = (0, import_yaml3.isMap)(item) ? item.items[0].value : null;
    const requires = (0, import_yaml3.isSeq)(deps2) ? deps2.items.map((d) => yamlString(d)?.replace(/\s*\(.*$/, "").trim()).filter((d) => !!d) : [];
    ctx.sightings.push({
      ecosystem: "cocoapods",
      name,
      subpath,
      version: m[2],
      dynamic: ext?.dynamic ?? false,
      lock: true,
      direct: directNames.has(m[1]),
      file,
      line: lc.linePos(off).line,
      root,
      source: ext?.source ?? specRepos.get(name) ?? specRepos.get(m[1]),
      ...requires.length ? { requires: requires.map((r) => ({ ecosystem: "cocoapods", ...splitPod(r) })) } : {}
    });
  }
}

// src/detectors/sdks/pubspec.ts
var import_yaml4 = __toESM(require_dist(), 1);
var SECTIONS5 = { dependencies: void 0, dev_dependencies: "dev", dependency_overrides: "override" };
var FLUTTER_SDK_PINS = ["characters", "collection", "material_color_utilities", "meta", "vector_math", "sky_engine"];
function pubRangeDynamic(spec) {
  if (!spec || spec === "any") return true;
  return !/^\d+\.\d+\.\d+([-+][\w.+-]*)?$/.test(spec.trim());
}
function scanPubspec(ctx, file) {
  const text = read(ctx, file);
  if (text === null) return null;
  const parsed = parseYaml(ctx, file, text, "YAML (pubspec.yaml)");
  if (!parsed) return null;
  const { doc, lc } = parsed;
  const root = dirname(file);
  const summary = { file, hasPathDeps: false, pathDeps: [], pins: /* @__PURE__ */ new Set() };
  for (const [section, scope] of Object.entries(SECTIONS5)) {
    for (const e of yamlEntries(yamlGet(doc.contents, section), lc)) {
      const v = e.value;
      let spec;
      let source;
      let dynamic;
      if ((0, import_yaml4.isMap)(v)) {
        const git = yamlGet(v, "git");
        const path = yamlString(yamlGet(v, "path"));
        const sdk = yamlString(yamlGet(v, "sdk"));
        const hosted = yamlGet(v, "hosted");
        spec = yamlString(yamlGet(v, "version"));
        if (git) {
          const url = yamlString(git) ?? yamlString(yamlGet(git, "url"));
          const ref = yamlString(yamlGet(git, "ref"));
          source = `git:${url ?? ""}`;
          spec = ref ? `git ref ${ref}` : "git default branch";
          dynamic = !isSha(ref);
        } else if (path !== void 0) {
          source = `path:${path}`;
          dynamic = false;
        } else if (sdk !== void 0) {
          source = `sdk:${sdk}`;
          dynamic = false;
          if (sdk === "flutter" && e.key === "flutter" && scope === void 0) for (const p of FLUTTER_SDK_PINS) summary.pins.add(p);
        } else {
          source = hosted ? `hosted:${yamlString(hosted) ?? yamlString(yamlGet(hosted, "url")) ?? ""}` : "hosted";
          dynamic = pubRangeDynamic(spec);
        }
      } else {
        spec = yamlString(v);
        dynamic = pubRangeDynamic(spec);
        source = "hosted";
      }
      const isPath = source.startsWith("path:");
      if (isPath && scope !== "override") {
        summary.hasPathDeps = true;
        const dir = joinPath(root, source.slice("path:".length));
        if (dir !== null) summary.pathDeps.push(dir);
      }
      if (!dynamic && (scope === "override" || !isPath)) summary.pins.add(e.key);
      if (isPath) continue;
      ctx.sightings.push({
        ecosystem: "pub",
        name: e.key,
        versionSpec: spec,
        dynamic,
        lockable: true,
        direct: true,
        scope,
        file,
        line: e.line,
        root,
        source
      });
    }
  }
  return summary;
}
function pubRoot(summaries) {
  const depth = (f) => f.split("/").length;
  const min = Math.min(...summaries.map((s) => depth(s.file)));
  let top = summaries.filter((s) => depth(s.file) === min);
  if (top.length > 1) top = top.filter((s) => s.hasPathDeps);
  return top.length === 1 ? top[0] : void 0;
}
function applyPubRoot(sightings, summaries) {
  rankByDependents(sightings, summaries);
  const root = pubRoot(summaries);
  if (!root) return sightings;
  const others = new Set(summaries.filter((s) => s !== root).map((s) => s.file));
  const out = [];
  for (const s of sightings) {
    if (s.ecosystem !== "pub" || s.lock) out.push(s);
    else if (s.file === root.file) out.push({ ...s, primary: true, dynamic: s.dynamic && (s.scope === "override" || !root.pins.has(s.name)) });
    else if (!others.has(s.file)) out.push(s);
    else if (s.scope === "override") continue;
    else out.push(root.pins.has(s.name) ? { ...s, dynamic: false } : s);
  }
  return out;
}
function rankByDependents(sightings, summaries) {
  const dependents = /* @__PURE__ */ new Map();
  for (const s of summaries) for (const d of new Set(s.pathDeps)) dependents.set(d, (dependents.get(d) ?? 0) + 1);
  for (const s of sightings) {
    const n = s.ecosystem === "pub" && !s.lock ? dependents.get(s.root) : void 0;
    if (n) s.dependents = n;
  }
}
function scanPubspecLock(ctx, file) {
  const text = read(ctx, file);
  if (text === null) return;
  const parsed = parseYaml(ctx, file, text, "YAML (pubspec.lock)");
  if (!parsed) return;
  const { doc, lc } = parsed;
  const root = dirname(file);
  for (const e of yamlEntries(yamlGet(doc.contents, "packages"), lc)) {
    const dep = yamlString(yamlGet(e.value, "dependency")) ?? "";
    const src = yamlString(yamlGet(e.value, "source")) ?? "";
    const version = yamlString(yamlGet(e.value, "version"));
    const desc = yamlGet(e.value, "description");
    if (src === "path") continue;
    let source = src;
    let dynamic = false;
    if (src === "git") {
      const ref = yamlString(yamlGet(desc, "resolved-ref")) ?? yamlString(yamlGet(desc, "ref"));
      source = `git:${yamlString(yamlGet(desc, "url")) ?? ""}`;
      dynamic = !isSha(ref);
    } else if (src === "hosted") {
      const url = yamlString(yamlGet(desc, "url"));
      source = url && !/pub\.(dev|dartlang\.org)/.test(url) ? `hosted:${url}` : "hosted";
    } else if (src === "sdk") {
      source = `sdk:${yamlString(desc) ?? ""}`;
    }
    const direct = dep.startsWith("direct");
    const scope = dep === "direct dev" ? "dev" : dep === "direct overridden" ? "override" : void 0;
    ctx.sightings.push({ ecosystem: "pub", name: e.key, version, dynamic, lock: true, direct, scope, file, line: e.line, root, source });
  }
}

// src/detectors/sdks/swiftpm.ts
function swiftIdentity(url) {
  const s = url.trim().replace(/^[a-z+]+:\/\//i, "").replace(/^[^@/]+@/, "").replace(":", "/").replace(/\.git$/, "").replace(/\/+$/, "");
  const parts2 = s.split("/");
  const name = parts2.pop();
  return parts2.length ? { group: [parts2[0].toLowerCase(), ...parts2.slice(1)].join("/"), name } : { name };
}
function xcodeRoot(file) {
  const m = /^(.*?)(?:^|\/)[^/]+\.(xcodeproj|xcworkspace)\//.exec(file);
  if (m) return m[1].replace(/\/$/, "");
  return dirname(file);
}
function scanPackageResolved(ctx, file) {
  const text = read(ctx, file);
  if (text === null) return;
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    const msg = e.message;
    const at = jsonErrorAt(text, msg);
    ctx.diagnostics.push(parseDiagnostic(file, "JSON (Package.resolved)", msg, at.line, at.column));
    return;
  }
  const data = table(parsed) ?? {};
  const object = table(data.object);
  const keys = jsonKeyLines(text);
  const lines = new Lines(text);
  const v1 = data.version === 1 || !!object;
  const rawPins = (v1 ? object?.pins : data.pins) ?? [];
  if (!Array.isArray(rawPins)) {
    ctx.diagnostics.push(parseDiagnostic(file, "Package.resolved", 'no "pins" array'));
    return;
  }
  let searchFrom = 0;
  const pins = [];
  for (const pin of rawPins) {
    const p = table(pin);
    if (!p) continue;
    const url = str(v1 ? p.repositoryURL : p.location) ?? "";
    const state = table(p.state) ?? {};
    const needle = JSON.stringify(url).slice(1, -1);
    const at = text.indexOf(needle, searchFrom);
    if (at >= 0) searchFrom = at;
    pins.push({ url, identity: str(p.identity) ?? str(p.package), version: str(state.version), branch: str(state.branch), revision: str(state.revision), line: at >= 0 ? lines.line(at) : keys.get(keyPath("pins")) ?? 1 });
  }
  const root = xcodeRoot(file);
  for (const p of pins) {
    if (!p.url) continue;
    const id = swiftIdentity(p.url);
    const version = p.version ?? p.revision;
    ctx.sightings.push({
      ecosystem: "swift",
      ...id,
      version,
      versionSpec: p.branch ? `branch ${p.branch}` : void 0,
      // A branch pin resolved to a revision is pinned like Podfile.lock's checkout commit.
      dynamic: !!p.branch && !p.version && !isSha(p.revision),
      lock: true,
      direct: false,
      file,
      line: p.line,
      root,
      source: p.url
    });
  }
}
function requirementSpec(req) {
  const r = req.replace(/\s+/g, " ").trim();
  const exact = /^(exact:|\.exact\()/.test(r) || /^revision:|\.revision\(/.test(r);
  const branch = /^branch:|\.branch\(/.test(r);
  return { spec: r, exact, branch };
}
function packageUses(text) {
  const uses = /* @__PURE__ */ new Map();
  const closing = closer(text);
  for (const t of text.matchAll(/\.(target|executableTarget|testTarget|macro|plugin)\(/g)) {
    const close = closing(t.index + t[0].length - 1);
    if (close < 0) continue;
    const body = text.slice(t.index, close);
    const pluginsAt = body.search(/\bplugins\s*:/);
    for (const m of body.matchAll(/package:\s*"([^"]+)"/g)) {
      const how = pluginsAt >= 0 && m.index > pluginsAt ? "build" : t[1] === "testTarget" ? "test" : "runtime";
      const set = uses.get(m[1].toLowerCase()) ?? /* @__PURE__ */ new Set();
      set.add(how);
      uses.set(m[1].toLowerCase(), set);
    }
  }
  return uses;
}
function scanPackageSwift(ctx, file) {
  const raw = read(ctx, file);
  if (raw === null) return;
  const text = stripComments(raw);
  const lines = new Lines(text);
  const uses = packageUses(text);
  const closing = closer(text);
  for (const m of text.matchAll(/\.package\(\s*(?:name:\s*"([^"]*)"\s*,\s*)?url:\s*"([^"]+)"\s*,?/g)) {
    const close = closing(m.index + ".package".length);
    const req = close > 0 ? text.slice(m.index + m[0].length, close) : "";
    const { spec, exact, branch } = requirementSpec(req);
    const id = swiftIdentity(m[2]);
    const how = uses.get((m[1] ?? id.name).toLowerCase()) ?? uses.get(id.name.toLowerCase());
    const scope = !how || how.has("runtime") ? void 0 : how.has("test") ? "test" : "plugin";
    ctx.sightings.push({
      ecosystem: "swift",
      ...id,
      versionSpec: spec,
      dynamic: !exact || branch,
      lockable: true,
      direct: true,
      scope,
      file,
      line: lines.line(m.index),
      root: dirname(file),
      source: m[2]
    });
  }
}
function pbxPackageUses(text) {
  const productToPackage = /* @__PURE__ */ new Map();
  for (const { match, body } of pbxBodies(text, /\n\t\t([0-9A-Fa-f]{24})(?: \/\*[^\n]*?\*\/)? = \{\n\t\t\tisa = XCSwiftPackageProductDependency;/g)) {
    const pkg = /\bpackage = ([0-9A-Fa-f]{24})/.exec(body)?.[1];
    if (pkg) productToPackage.set(match[1], pkg);
  }
  const uses = /* @__PURE__ */ new Map();
  for (const { body } of pbxBodies(text, /isa = PBXNativeTarget;/g)) {
    const how = /productType = "?com\.apple\.product-type\.bundle\.(unit-test|ui-testing)"?;/.test(body) ? "test" : "runtime";
    const list = /packageProductDependencies = \(([\s\S]*?)\);/.exec(body)?.[1] ?? "";
    for (const id of list.match(/[0-9A-Fa-f]{24}/g) ?? []) {
      const pkg = productToPackage.get(id);
      if (!pkg) continue;
      const set = uses.get(pkg) ?? /* @__PURE__ */ new Set();
      set.add(how);
      uses.set(pkg, set);
    }
  }
  return uses;
}
function scanPbxproj(ctx, file) {
  const text = read(ctx, file);
  if (text === null) return;
  const lines = new Lines(text);
  const uses = pbxPackageUses(text);
  for (const { match: m, body } of pbxBodies(text, /isa = XCRemoteSwiftPackageReference;/g)) {
    const isaLine = lines.line(m.index);
    const header = text.slice(lines.start(isaLine - 1), lines.start(isaLine));
    const how = uses.get(/^\s*([0-9A-Fa-f]{24})/.exec(header)?.[1] ?? "");
    const scope = how && !how.has("runtime") ? "test" : void 0;
    const url = /repositoryURL = "?([^";]+)"?;/.exec(body)?.[1];
    if (!url) continue;
    const kind = /kind = (\w+);/.exec(body)?.[1] ?? "";
    const field = (k) => new RegExp(`${k} = "?([^";]+)"?;`).exec(body)?.[1];
    const spec = kind === "exactVersion" ? `exact ${field("version")}` : kind === "branch" ? `branch ${field("branch")}` : kind === "revision" ? `revision ${field("revision")}` : kind === "versionRange" ? `${field("minimumVersion")}..<${field("maximumVersion")}` : `${kind} ${field("minimumVersion") ?? ""}`.trim();
    ctx.sightings.push({
      ecosystem: "swift",
      ...swiftIdentity(url),
      versionSpec: spec,
      dynamic: !(kind === "exactVersion" || kind === "revision"),
      lockable: true,
      direct: true,
      scope,
      file,
      line: isaLine,
      root: xcodeRoot(file),
      source: url
    });
  }
}

// src/detectors/sdks/vendored-binaries.ts
function ignoredPath(p) {
  return /(^|\/)gradle\/wrapper\/|(^|\/)src\/(test|androidTest|testDebug)\/|(^|\/)\.symlinks\/|(^|\/)(test|tests|fixtures|__tests__)\/.*\.(jar)$/.test(p);
}
function splitFileVersion(base) {
  const m = /^(.+?)[-_]v?(\d+(?:\.\d+)+(?:[-.][\w]+)*)$/.exec(base);
  return m ? { name: m[1], version: m[2] } : { name: base };
}
var ABI = /(^|\/)(armeabi|armeabi-v7a|arm64-v8a|x86|x86_64|mips|mips64|riscv64)\/([^/]+)$/;
var BINARY_EXTS = /* @__PURE__ */ new Set(["aar", "jar", "so", "a", "dylib", "har"]);
function findVendoredBinaries(ctx) {
  const out = /* @__PURE__ */ new Map();
  const natives = /* @__PURE__ */ new Map();
  for (const p of ctx.files) {
    const ext = p.slice(p.lastIndexOf(".") + 1);
    if (!p.includes("framework/") && !BINARY_EXTS.has(ext)) continue;
    if (ignoredPath(p)) continue;
    const bundle = /^(.*?\.(xcframework|framework))\//.exec(p);
    if (bundle) {
      const file = bundle[1];
      if (!out.has(file)) {
        const kind2 = bundle[2];
        out.set(file, { file, kind: kind2, name: basename(file).replace(/\.(xc)?framework$/, ""), location: { file } });
      }
      continue;
    }
    if (!BINARY_EXTS.has(ext)) continue;
    const kind = ext;
    let name = basename(p).slice(0, -ext.length - 1);
    if (kind === "so" || kind === "a" || kind === "dylib") name = name.replace(/^lib/, "");
    const abi = kind === "so" ? ABI.exec(p) : null;
    if (abi) {
      const key = `${p.slice(0, abi.index)}${abi[1]}*/${abi[3]}`;
      const first = natives.get(key);
      if (first) {
        first.abis = [.../* @__PURE__ */ new Set([...first.abis, abi[2]])].sort();
        (first.copies ??= []).push(p);
        continue;
      }
      const b = { file: p, kind, name, location: { file: p }, abis: [abi[2]] };
      natives.set(key, b);
      out.set(p, b);
      continue;
    }
    out.set(p, { file: p, kind, name, location: { file: p } });
  }
  for (const ref of ctx.binaryRefs) {
    for (const b of out.values()) {
      const hit = [b.file, ...b.copies ?? []].some((file) => {
        const rel = ref.dir ? isAncestorOrSelf(ref.dir, file) ? file.slice(ref.dir.length + 1) : null : file;
        if (rel === null) return false;
        return ref.patterns.some((pat) => {
          const clean = pat.replace(/^\.\//, "");
          return rel === clean || minimatch(rel, clean, { dot: true, matchBase: !clean.includes("/") }) || minimatch(file, clean, { dot: true });
        });
      });
      if (hit) (b.referencedBy ??= []).push({ file: ref.file, line: ref.line });
    }
  }
  return [...out.values()];
}

// src/detectors/sdks/binary/source.ts
var BinaryFormatError = class extends Error {
};
function fail(message) {
  throw new BinaryFormatError(message);
}
function windowOf(src, offset, size) {
  if (offset < 0 || size < 0 || offset + size > src.size) fail(`a part at offset ${offset} (${size} bytes) lies outside the file`);
  return { size, read: (o, n) => src.read(offset + o, Math.max(0, Math.min(n, size - o))) };
}
function bufferSource(bytes) {
  return { size: bytes.length, read: (o, n) => bytes.subarray(o, Math.min(bytes.length, o + n)) };
}
function readExact(src, offset, length, cap, what) {
  if (length > cap) fail(`its ${what} is ${mib(length)} MiB, over the ${mib(cap)} MiB read budget`);
  if (offset < 0 || offset + length > src.size) fail(`its ${what} lies outside the file (truncated?)`);
  const b = src.read(offset, length);
  if (b.length < length) fail(`its ${what} is cut short (truncated?)`);
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}
function mib(n) {
  return (n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 0);
}
function cString(view, at) {
  let end = at;
  while (end < view.byteLength && view.getUint8(end) !== 0) end++;
  return latin1(view, at, end);
}
function latin1(view, from, to) {
  let s = "";
  for (let i = from; i < to; i += 4096) {
    s += String.fromCharCode(...new Uint8Array(view.buffer, view.byteOffset + i, Math.min(4096, to - i)));
  }
  return s;
}

// src/detectors/sdks/binary/elf.ts
var SHT_DYNSYM = 11;
function elfDynamicNames(src, maxBytes) {
  const ident2 = readExact(src, 0, 64, 64, "ELF header");
  if (ident2.getUint32(0, false) !== 2135247942) fail("it is not an ELF file");
  const is64 = ident2.getUint8(4) === 2;
  const le = ident2.getUint8(5) !== 2;
  const shoff = is64 ? Number(ident2.getBigUint64(40, le)) : ident2.getUint32(32, le);
  const shentsize = ident2.getUint16(is64 ? 58 : 46, le);
  const shnum = ident2.getUint16(is64 ? 60 : 48, le);
  if (!shoff || !shnum) return [];
  if (shentsize < (is64 ? 64 : 40)) fail("its section header size is invalid");
  const sh = readExact(src, shoff, shnum * shentsize, maxBytes, "section headers");
  const section = (i) => {
    const b = i * shentsize;
    return is64 ? { type: sh.getUint32(b + 4, le), offset: Number(sh.getBigUint64(b + 24, le)), size: Number(sh.getBigUint64(b + 32, le)), link: sh.getUint32(b + 40, le) } : { type: sh.getUint32(b + 4, le), offset: sh.getUint32(b + 16, le), size: sh.getUint32(b + 20, le), link: sh.getUint32(b + 24, le) };
  };
  for (let i = 0; i < shnum; i++) {
    const s = section(i);
    if (s.type !== SHT_DYNSYM) continue;
    if (s.link >= shnum) fail("its dynamic symbol table links to a missing string table");
    const str2 = section(s.link);
    const table2 = readExact(src, str2.offset, str2.size, maxBytes, "dynamic string table");
    const out = [];
    for (let at = 1; at < table2.byteLength; ) {
      const name = cString(table2, at);
      if (name) out.push(name);
      at += name.length + 1;
    }
    return out;
  }
  return [];
}
function jniClassName(symbol) {
  if (!symbol.startsWith("Java_")) return null;
  const body = symbol.slice(5).split("__")[0];
  const parts2 = [""];
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== "_") {
      parts2[parts2.length - 1] += c;
      continue;
    }
    const n = body[i + 1];
    if (n === "1") {
      parts2[parts2.length - 1] += "_";
      i++;
    } else if (n === "2") {
      parts2[parts2.length - 1] += ";";
      i++;
    } else if (n === "3") {
      parts2[parts2.length - 1] += "[";
      i++;
    } else if (n === "0" && /^[0-9a-fA-F]{4}$/.test(body.slice(i + 2, i + 6))) {
      parts2[parts2.length - 1] += String.fromCharCode(parseInt(body.slice(i + 2, i + 6), 16));
      i += 5;
    } else parts2.push("");
  }
  if (parts2.length < 2 || parts2.some((p) => !p)) return null;
  return parts2.slice(0, -1).join(".");
}

// src/detectors/sdks/binary/macho.ts
var OBJC_CLASS = "_OBJC_CLASS_$_";
var LC_SYMTAB = 2;
var N_TYPE = 14;
var N_SECT = 14;
var CPU_ARM64 = 16777228;
function appleBinaryKind(head) {
  if (head.length < 8) return null;
  const v = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const be = v.getUint32(0, false);
  if (be === 3405691582 || be === 3405691583) return "fat";
  if (be === 4277009102 || be === 4277009103 || be === 3472551422 || be === 3489328638) return "macho";
  if (latin1(v, 0, 8) === "!<arch>\n") return "ar";
  return null;
}
function objcClassNames(src, maxBytes) {
  const kind = appleBinaryKind(src.read(0, 8));
  if (kind === "fat") return objcClassNames(fatSlice(src), maxBytes);
  if (kind === "macho") return machoClasses(src, maxBytes);
  if (kind === "ar") return arClasses(src, maxBytes);
  return fail("it is not a Mach-O, universal or ar file");
}
function fatSlice(src) {
  const head = readExact(src, 0, 8, 8, "universal header");
  const is64 = head.getUint32(0, false) === 3405691583;
  const n = head.getUint32(4, false);
  if (n === 0 || n > 32) fail("its universal header is damaged");
  const size = is64 ? 32 : 20;
  const archs = readExact(src, 8, n * size, n * size, "architecture list");
  let pick = 0;
  for (let i = 0; i < n; i++) if (archs.getUint32(i * size, false) === CPU_ARM64) {
    pick = i;
    break;
  }
  const b = pick * size;
  const offset = is64 ? Number(archs.getBigUint64(b + 8, false)) : archs.getUint32(b + 8, false);
  const length = is64 ? Number(archs.getBigUint64(b + 16, false)) : archs.getUint32(b + 12, false);
  return windowOf(src, offset, length);
}
function machoClasses(src, maxBytes) {
  const h = readExact(src, 0, 32, 32, "Mach-O header");
  const magic = h.getUint32(0, false);
  const le = magic === 3472551422 || magic === 3489328638;
  const is64 = magic === 4277009103 || magic === 3489328638;
  const ncmds = h.getUint32(16, le);
  const sizeofcmds = h.getUint32(20, le);
  const cmds = readExact(src, is64 ? 32 : 28, sizeofcmds, maxBytes, "load commands");
  for (let i = 0, p = 0; i < ncmds; i++) {
    if (p + 8 > cmds.byteLength) fail("its load commands are cut short");
    const cmd = cmds.getUint32(p, le);
    const size = cmds.getUint32(p + 4, le);
    if (size < 8) fail("a load command has an invalid size");
    if (cmd === LC_SYMTAB && p + 24 <= cmds.byteLength) {
      const symoff = cmds.getUint32(p + 8, le);
      const nsyms = cmds.getUint32(p + 12, le);
      const stroff = cmds.getUint32(p + 16, le);
      const strsize = cmds.getUint32(p + 20, le);
      const entry = is64 ? 16 : 12;
      const syms = readExact(src, symoff, nsyms * entry, maxBytes, "symbol table");
      const strs = readExact(src, stroff, strsize, maxBytes, "string table");
      const out = [];
      for (let s = 0; s < nsyms; s++) {
        const b = s * entry;
        if ((syms.getUint8(b + 4) & N_TYPE) !== N_SECT) continue;
        const strx = syms.getUint32(b, le);
        if (strx >= strsize) continue;
        const name = cString(strs, strx);
        if (name.startsWith(OBJC_CLASS)) out.push(name.slice(OBJC_CLASS.length));
      }
      return out;
    }
    p += size;
  }
  return [];
}
function arClasses(src, maxBytes) {
  if (src.size === 8) return [];
  const head = readExact(src, 8, 60, 60, "first member header");
  let name = latin1(head, 0, 16).trimEnd();
  const size = Number(latin1(head, 48, 58).trim());
  if (!Number.isFinite(size) || latin1(head, 58, 60) !== "`\n") fail("its first member header is damaged");
  let dataAt = 68;
  let dataSize = size;
  const long = /^#1\/(\d+)$/.exec(name);
  if (long) {
    const n = Number(long[1]);
    name = latin1(readExact(src, dataAt, n, n, "member name"), 0, n).replace(/\0+$/, "");
    dataAt += n;
    dataSize -= n;
  }
  if (name !== "/" && name !== "__.SYMDEF" && name !== "__.SYMDEF SORTED" && name !== "__.SYMDEF_64" && name !== "__.SYMDEF_64 SORTED") return [];
  const data = readExact(src, dataAt, dataSize, maxBytes, "symbol index");
  const text = latin1(data, 0, data.byteLength);
  const out = [];
  for (let i = text.indexOf(OBJC_CLASS); i >= 0; i = text.indexOf(OBJC_CLASS, i + 1)) {
    const end = text.indexOf("\0", i);
    out.push(text.slice(i + OBJC_CLASS.length, end < 0 ? void 0 : end));
  }
  return out;
}

// src/detectors/sdks/binary/zip.ts
import { inflateRawSync } from "node:zlib";
var ZIP_LIMITS = { maxDirectoryBytes: 32 * 1024 * 1024, maxEntries: 2e5 };
var EOCD = 101010256;
var ZIP64_LOCATOR = 117853008;
var ZIP64_EOCD = 101075792;
var CDH = 33639248;
var LFH = 67324752;
function zipEntries(src, limits = ZIP_LIMITS) {
  if (src.size < 22) fail("it is too short to be a zip file");
  const tailLen = Math.min(src.size, 22 + 65535);
  const tail = readExact(src, src.size - tailLen, tailLen, tailLen, "end record");
  let at = -1;
  for (let i = tailLen - 22; i >= 0; i--) {
    if (tail.getUint32(i, true) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) fail("no end of central directory record (not a zip file, or truncated)");
  let count = tail.getUint16(at + 10, true);
  let dirSize = tail.getUint32(at + 12, true);
  let dirOffset = tail.getUint32(at + 16, true);
  const loc = at - 20;
  const zip64 = loc >= 0 && tail.getUint32(loc, true) === ZIP64_LOCATOR;
  if (!zip64 && (dirSize === 4294967295 || dirOffset === 4294967295)) fail("a ZIP64 end record is announced but missing");
  if (zip64) {
    const recOffset = Number(tail.getBigUint64(loc + 8, true));
    const rec = readExact(src, recOffset, 56, 56, "ZIP64 end record");
    if (rec.getUint32(0, true) !== ZIP64_EOCD) fail("the ZIP64 end record is damaged");
    count = Number(rec.getBigUint64(32, true));
    dirSize = Number(rec.getBigUint64(40, true));
    dirOffset = Number(rec.getBigUint64(48, true));
  }
  if (count > limits.maxEntries) fail(`it holds ${count} entries, over the limit of ${limits.maxEntries}`);
  const dir = readExact(src, dirOffset, dirSize, limits.maxDirectoryBytes, "central directory");
  const out = [];
  let p = 0;
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (p + 46 > dir.byteLength || dir.getUint32(p, true) !== CDH) fail(`central directory entry ${n + 1} is damaged`);
    const nameLen = dir.getUint16(p + 28, true);
    const extraLen = dir.getUint16(p + 30, true);
    const commentLen = dir.getUint16(p + 32, true);
    if (p + 46 + nameLen > dir.byteLength) fail(`central directory entry ${n + 1} is cut short`);
    const name = decoder.decode(new Uint8Array(dir.buffer, dir.byteOffset + p + 46, nameLen));
    let compressedSize = dir.getUint32(p + 20, true);
    let size = dir.getUint32(p + 24, true);
    let localOffset = dir.getUint32(p + 42, true);
    if (compressedSize === 4294967295 || size === 4294967295 || localOffset === 4294967295) {
      for (let e = p + 46 + nameLen; e + 4 <= p + 46 + nameLen + extraLen && e + 4 <= dir.byteLength; ) {
        const id = dir.getUint16(e, true);
        const len = dir.getUint16(e + 2, true);
        if (id === 1) {
          let q = e + 4;
          const next = () => {
            const v = q + 8 <= dir.byteLength ? Number(dir.getBigUint64(q, true)) : 0;
            q += 8;
            return v;
          };
          if (size === 4294967295) size = next();
          if (compressedSize === 4294967295) compressedSize = next();
          if (localOffset === 4294967295) localOffset = next();
          break;
        }
        e += 4 + len;
      }
    }
    out.push({ name, method: dir.getUint16(p + 10, true), compressedSize, size, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}
function zipEntrySource(src, entry, maxBytes) {
  const head = readExact(src, entry.localOffset, 30, 30, `local header of ${entry.name}`);
  if (head.getUint32(0, true) !== LFH) fail(`the local header of ${entry.name} is damaged`);
  const dataAt = entry.localOffset + 30 + head.getUint16(26, true) + head.getUint16(28, true);
  if (entry.method === 0) return windowOf(src, dataAt, entry.compressedSize);
  if (entry.method !== 8) fail(`${entry.name} uses compression method ${entry.method}, which is not read`);
  if (entry.size > maxBytes) fail(`${entry.name} inflates to ${mib(entry.size)} MiB, over the ${mib(maxBytes)} MiB budget`);
  const data = readExact(src, dataAt, entry.compressedSize, maxBytes, entry.name);
  try {
    return bufferSource(inflateRawSync(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), { maxOutputLength: Math.max(1, maxBytes) }));
  } catch (e) {
    return fail(`${entry.name} does not inflate (${e.message})`);
  }
}

// src/detectors/sdks/binary-signatures.ts
var BINARY_BUDGET = 32 * 1024 * 1024;
var MAX_BINARIES = 2e3;
var MAX_NESTED_JARS = 8;
var RepoReadError = class extends BinaryFormatError {
  constructor(diagnostic) {
    super(diagnostic.message.en);
    this.diagnostic = diagnostic;
  }
  diagnostic;
};
function repoSource(ctx, file) {
  return {
    size: ctx.repo.size(file),
    read(offset, length) {
      const r = ctx.repo.readRange(file, offset, length);
      if (!r.ok) throw new RepoReadError(r.diagnostic);
      return r.bytes;
    }
  };
}
function latin1Head(src) {
  return String.fromCharCode(...src.read(0, LFS_POINTER.length));
}
function jarClasses(entries) {
  const out = [];
  for (const e of entries) {
    if (!e.name.endsWith(".class") || e.name.startsWith("META-INF/") || e.name.includes("$") || /(^|\/)(module|package)-info\.class$/.test(e.name)) continue;
    out.push(e.name.slice(0, -6).replace(/\//g, "."));
  }
  return out;
}
function readZipNames(src, aar) {
  const entries = zipEntries(src);
  const names = { java: jarClasses(entries), objc: [], files: [] };
  if (!aar) return names;
  const nested = entries.filter((e) => e.name === "classes.jar" || /^libs\/[^/]+\.jar$/.test(e.name)).slice(0, MAX_NESTED_JARS);
  let budget = BINARY_BUDGET;
  for (const e of nested) {
    const inner = zipEntrySource(src, e, budget);
    if (e.method !== 0) budget -= inner.size;
    names.java.push(...jarClasses(zipEntries(inner)));
  }
  for (const e of entries) if (/^jni\/[^/]+\/[^/]+\.so$/.test(e.name)) names.files.push(basename(e.name));
  return names;
}
var LFS_POINTER = "version https://git-lfs";
function readNames(ctx, b) {
  const empty = { java: [], objc: [], files: [] };
  if (b.kind !== "framework" && b.kind !== "xcframework" && latin1Head(repoSource(ctx, b.file)).startsWith(LFS_POINTER)) {
    fail("it is a Git LFS pointer file, not the binary");
  }
  switch (b.kind) {
    case "jar":
    case "aar":
      return readZipNames(repoSource(ctx, b.file), b.kind === "aar");
    case "so": {
      const java = elfDynamicNames(repoSource(ctx, b.file), BINARY_BUDGET).map(jniClassName).filter((c) => !!c);
      return { ...empty, java: [...new Set(java)] };
    }
    case "a":
    case "dylib":
      return { ...empty, objc: objcClassNames(repoSource(ctx, b.file), BINARY_BUDGET) };
    case "framework":
    case "xcframework":
      return bundleNames(ctx, b);
    default:
      return empty;
  }
}
function bundleNames(ctx, b) {
  const prefix = `${b.file}/`;
  const inside = ctx.files.filter((f) => f.startsWith(prefix));
  const names = { java: [], objc: [], files: [] };
  for (const f of inside) {
    const h = /\/Headers\/(?:[^/]+\/)*([A-Za-z_][\w+]*)\.h$/.exec(f);
    if (h) names.objc.push(h[1]);
    if (/\/Modules\/module\.modulemap$/.test(f)) {
      const t = ctx.repo.readText(f, 64 * 1024);
      const m = t.ok ? /\bframework\s+module\s+(\w+)/.exec(t.text) : null;
      if (m) names.files.push(`${m[1]}.${b.kind}`);
    }
  }
  const slices = inside.filter((f) => /(^|\/)([^/]+)\.framework\/(?:Versions\/[^/]+\/)?\2$/.test(f) || b.kind === "xcframework" && /\.a$/.test(f));
  const bin = slices.find((f) => !/simulator|maccatalyst|macos|tvos|watchos/i.test(f)) ?? slices[0];
  if (bin) names.objc.push(...objcClassNames(repoSource(ctx, bin), BINARY_BUDGET));
  return names;
}
function tally(names, catalog) {
  const bySdk = /* @__PURE__ */ new Map();
  const count = (m) => {
    if (!m) return;
    const slot = bySdk.get(m.sdk.id) ?? { names: 0, patterns: /* @__PURE__ */ new Map() };
    slot.names++;
    slot.patterns.set(m.pattern, (slot.patterns.get(m.pattern) ?? 0) + 1);
    bySdk.set(m.sdk.id, slot);
  };
  for (const c of names.java) count(explainClassName(catalog, c));
  for (const c of new Set(names.objc)) count(explainIosClassName(catalog, c));
  for (const f of names.files) count(explainVendoredFile(catalog, f));
  const signatures = [...bySdk].map(([sdk, s]) => ({
    sdk,
    names: s.names,
    pattern: [...s.patterns].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0]
  })).sort((a, b) => b.names - a.names || (a.sdk < b.sdk ? -1 : 1));
  return { signatures, read: names.java.length + new Set(names.objc).size + names.files.length };
}
function unreadableNote(file, kind, detail) {
  return {
    code: "sdks/binary-unreadable",
    severity: "note",
    message: {
      en: `${file} could not be read as a .${kind} file: ${detail}. Its SDK is identified by its file name only.`,
      "zh-CN": `${file} \u65E0\u6CD5\u6309 \`.${kind}\` \u6587\u4EF6\u8BFB\u53D6\uFF1A\`${detail}\`\u3002\u5176\u6240\u5C5E SDK \u4EC5\u6309\u6587\u4EF6\u540D\u8BC6\u522B\u3002`
    },
    location: { file },
    subject: file
  };
}
function readBinarySignatures(ctx, binaries, catalog) {
  let n = 0;
  for (const b of binaries) {
    if (b.kind === "har") continue;
    if (++n > MAX_BINARIES) {
      ctx.diagnostics.push(unreadableNote(b.file, b.kind, `the app holds more than ${MAX_BINARIES} vendored binaries; this one and the ones after it (in path order) were not read`));
      break;
    }
    try {
      const { signatures, read: read2 } = tally(readNames(ctx, b), catalog);
      if (read2) b.namesRead = read2;
      if (signatures.length) b.signatures = signatures;
    } catch (e) {
      if (e instanceof RepoReadError) ctx.diagnostics.push({ ...e.diagnostic, severity: "note" });
      else if (e instanceof BinaryFormatError) ctx.diagnostics.push(unreadableNote(b.file, b.kind, e.message));
      else throw e;
    }
  }
}
function telling(b, catalog) {
  const read2 = b.namesRead ?? 0;
  return (b.signatures ?? []).filter((s) => catalog.byId.get(s.sdk)?.openSource ? s.names * 2 > read2 : s.names * 10 >= read2);
}
function binarySdkId(b, catalog) {
  const signs = telling(b, catalog);
  const named = explainVendoredFile(catalog, basename(b.file))?.sdk.id;
  if (named && signs.some((s) => s.sdk === named)) return named;
  const top = signs[0];
  if (top && top.names * 2 >= (b.namesRead ?? 0)) return top.sdk;
  return named ?? top?.sdk;
}
var BUNDLED_MIN_NAMES = 8;
function bundledSdkIds(b, catalog, primary) {
  const own = b.signatures?.find((s) => s.sdk === primary)?.pattern;
  const base = (s) => own !== void 0 && s.pattern.endsWith(".") && own.startsWith(s.pattern);
  return (b.signatures ?? []).filter((s) => s.sdk !== primary && !catalog.byId.get(s.sdk)?.openSource && s.names >= BUNDLED_MIN_NAMES && !base(s)).map((s) => s.sdk);
}

// src/detectors/sdks/yarn.ts
function descriptorName(d) {
  const s = d.trim().replace(/^"|"$/g, "");
  const at = s.indexOf("@", s.startsWith("@") ? 1 : 0);
  return at < 0 ? s : s.slice(0, at);
}
function push(ctx, file, name, version, line, specs) {
  if (!version || /^0\.0\.0-use\.local$/.test(version)) return;
  if (specs.every((s) => /@(workspace|link|portal|file):/.test(s))) return;
  ctx.sightings.push({
    ecosystem: "npm",
    ...splitScoped(name),
    version,
    dynamic: false,
    lock: true,
    direct: false,
    file,
    line,
    root: dirname(file),
    specs: specs.map((s) => s.replace(/^"|"$/g, "").replace("@npm:", "@"))
  });
}
function scanYarnLock(ctx, file) {
  const text = read(ctx, file);
  if (text === null) return;
  if (/^__metadata:/m.test(text)) {
    const parsed = parseYaml(ctx, file, text, "YAML (yarn.lock, Berry)");
    if (!parsed) return;
    for (const e of yamlEntries(parsed.doc.contents, parsed.lc)) {
      if (e.key === "__metadata") continue;
      const specs = e.key.split(",").map((s) => s.trim());
      const resolution = yamlString(yamlGet(e.value, "resolution"));
      const name = resolution ? descriptorName(resolution) : descriptorName(specs[0]);
      push(ctx, file, name, yamlString(yamlGet(e.value, "version")), e.line, specs);
    }
    return;
  }
  const lines = text.split("\n");
  let header = null;
  lines.forEach((raw, i) => {
    if (!raw.trim() || raw.startsWith("#")) return;
    if (!/^\s/.test(raw)) {
      if (!raw.trimEnd().endsWith(":")) {
        ctx.unresolved.push({ file, line: i + 1, text: raw.trim(), reason: "yarn.lock entry header not understood" });
        header = null;
        return;
      }
      header = { specs: raw.trimEnd().slice(0, -1).split(",").map((s) => s.trim().replace(/^"|"$/g, "")), line: i + 1 };
      return;
    }
    const v = /^ {2}version:?\s+"?([^"\s]+)"?/.exec(raw);
    if (v && header) {
      push(ctx, file, descriptorName(header.specs[0]), v[1], header.line, header.specs);
      header = null;
    }
  });
}

// src/detectors/sdks/xcodegen.ts
var import_yaml5 = __toESM(require_dist(), 1);
var TEST_TYPES = /^bundle\.(unit-test|ui-testing)$/;
function requirement(pkg) {
  const f = (k) => yamlString(yamlGet(pkg, k));
  if (f("exactVersion") ?? f("version")) return { spec: `exact ${f("exactVersion") ?? f("version")}`, dynamic: false };
  if (f("revision")) return { spec: `revision ${f("revision")}`, dynamic: false };
  if (f("branch")) return { spec: `branch ${f("branch")}`, dynamic: true };
  if (f("from") ?? f("majorVersion")) return { spec: `from ${f("from") ?? f("majorVersion")}`, dynamic: true };
  if (f("minorVersion")) return { spec: `minor ${f("minorVersion")}`, dynamic: true };
  if (f("minVersion")) return { spec: `${f("minVersion")}..<${f("maxVersion") ?? ""}`, dynamic: true };
  return { spec: "unspecified", dynamic: true };
}
function scanXcodeGen(ctx, file) {
  const text = read(ctx, file);
  if (text === null || !/^(packages|targets):/m.test(text)) return;
  const parsed = parseYaml(ctx, file, text, "YAML (XcodeGen project.yml)");
  if (!parsed) return;
  const { doc, lc } = parsed;
  const packages = yamlEntries(yamlGet(doc.contents, "packages"), lc);
  if (!packages.length) return;
  const uses = /* @__PURE__ */ new Map();
  const use = (name, how) => {
    if (!name) return;
    const set = uses.get(name) ?? /* @__PURE__ */ new Set();
    set.add(how);
    uses.set(name, set);
  };
  for (const t of yamlEntries(yamlGet(doc.contents, "targets"), lc)) {
    const type = yamlString(yamlGet(t.value, "type")) ?? "";
    const deps = yamlGet(t.value, "dependencies");
    if ((0, import_yaml5.isSeq)(deps)) for (const d of deps.items) use(yamlString(yamlGet(d, "package")), TEST_TYPES.test(type) ? "test" : "runtime");
    const plugins = yamlGet(t.value, "buildToolPlugins");
    if ((0, import_yaml5.isSeq)(plugins)) for (const p of plugins.items) use(yamlString(yamlGet(p, "package")), "build");
  }
  const root = dirname(file);
  for (const p of packages) {
    if (!(0, import_yaml5.isMap)(p.value)) continue;
    const url = yamlString(yamlGet(p.value, "url")) ?? yamlString(yamlGet(p.value, "github"));
    if (!url) continue;
    const full = url.includes("/") && !url.includes("://") && !url.includes("@") ? `https://github.com/${url}` : url;
    const how = uses.get(p.key);
    const scope = !how || how.has("runtime") ? void 0 : how.has("test") ? "test" : "plugin";
    const { spec, dynamic } = requirement(p.value);
    ctx.sightings.push({
      ecosystem: "swift",
      ...swiftIdentity(full),
      versionSpec: spec,
      dynamic,
      lockable: true,
      direct: true,
      scope,
      file,
      line: p.line,
      root,
      source: full
    });
  }
}

// src/scope/templates.ts
var TEMPLATE = /^(.*\/)?([^/]+?)(?:Base|[-_.](?:base|template|tmpl|in))(\.[A-Za-z0-9]+)$/;
var parts = /* @__PURE__ */ new Map();
function templateTarget(file, name, committed) {
  let p = parts.get(name);
  if (!p) {
    const dot = name.lastIndexOf(".");
    parts.set(name, p = [name.slice(0, dot), name.slice(dot)]);
  }
  if (!file.endsWith(p[1]) || !file.includes(p[0])) return void 0;
  const m = TEMPLATE.exec(file);
  if (!m || `${m[2]}${m[3]}` !== name) return void 0;
  const target = `${m[1] ?? ""}${name}`;
  return committed.has(target) ? void 0 : target;
}
function committedFiles(files) {
  let set;
  return { has: (file) => (set ??= new Set(files)).has(file) };
}

// src/detectors/sdks/index.ts
function isBuildLogicSource(f) {
  return /(^|\/)(buildSrc|build-logic|build-conventions)\/.*\.kt$/.test(f);
}
function scanRegistryRc(ctx, file, kind) {
  const text = read(ctx, file);
  if (text === null) return;
  text.split("\n").forEach((raw, i) => {
    const m = /^\s*(?:@[\w-]+:)?registry\s*=\s*(\S+)/.exec(raw);
    if (m) ctx.repositories.push({ url: m[1], kind, location: { file, line: i + 1 } });
  });
}
var detectSdks = ({ repo, appDir }) => {
  const all = subtree(repo, appDir);
  const nonMobile = nonMobilePlatformFolders(all);
  const ctx = {
    repo,
    files: nonMobile.length ? all.filter((f) => !inFolder(f, nonMobile)) : all,
    sightings: [],
    repositories: [],
    binaries: [],
    unresolved: [],
    diagnostics: [],
    binaryRefs: []
  };
  const catalogs = findCatalogs(ctx);
  const hasGradle = ctx.files.some(isGradleScript);
  const pubspecs = [];
  const committed = committedFiles(ctx.files);
  const env = hasGradle || catalogs.length ? buildGradleEnv(ctx, catalogs) : null;
  const scanPubspecFile = (f) => {
    const summary = scanPubspec(ctx, f);
    if (summary) pubspecs.push(summary);
  };
  const byName = new Map([
    ["Podfile", (f) => scanPodfile(ctx, f)],
    ["Podfile.lock", (f) => scanPodfileLock(ctx, f)],
    ["Package.resolved", (f) => scanPackageResolved(ctx, f)],
    ["Package.swift", (f) => scanPackageSwift(ctx, f)],
    ["project.pbxproj", (f) => scanPbxproj(ctx, f)],
    ...XCODEGEN_SPEC_NAMES.map((n) => [n, (f) => scanXcodeGen(ctx, f)]),
    ...["Cartfile", "Cartfile.private", "Cartfile.resolved"].map((n) => [n, (f) => scanCartfile(ctx, f)]),
    ["pubspec.yaml", scanPubspecFile],
    ["pubspec.lock", (f) => scanPubspecLock(ctx, f)],
    ["package.json", (f) => scanPackageJson(ctx, f)],
    ["package-lock.json", (f) => scanPackageLock(ctx, f)],
    ["npm-shrinkwrap.json", (f) => scanPackageLock(ctx, f)],
    ["yarn.lock", (f) => scanYarnLock(ctx, f)],
    ["pnpm-lock.yaml", (f) => scanPnpmLock(ctx, f)],
    ["Cargo.toml", (f) => scanCargoToml(ctx, f)],
    ["Cargo.lock", (f) => scanCargoLock(ctx, f)],
    ["oh-package.json5", (f) => scanOhPackage(ctx, f)],
    ["oh-package-lock.json5", (f) => scanOhPackageLock(ctx, f)],
    [".npmrc", (f) => scanRegistryRc(ctx, f, "npm-registry")],
    [".yarnrc", (f) => scanRegistryRc(ctx, f, "npm-registry")],
    [".ohpmrc", (f) => scanRegistryRc(ctx, f, "ohpm-registry")]
  ]);
  const scannerOf = (f) => {
    const b = basename(f);
    if (env && isGradleScript(b)) {
      return () => {
        scanGradleFile(ctx, f, env);
        scanGradleRepositories(ctx, f);
      };
    }
    if (env && b.endsWith(".kt") && isBuildLogicSource(f)) {
      return () => {
        const t = ctx.repo.readText(f);
        if (t.ok) {
          const text = stripComments(t.text);
          scanFindLibrary(ctx, env, f, text, new Lines(text));
        }
      };
    }
    if (b.endsWith(".lockfile") && isGradleLockfile(f)) return () => scanGradleLockfile(ctx, f);
    return byName.get(b) ?? (templateTarget(f, "pubspec.yaml", committed) ? scanPubspecFile : void 0);
  };
  for (const f of ctx.files) {
    const scan = scannerOf(f);
    if (!scan) continue;
    const before = lengths(ctx, pubspecs);
    withinFileBudget(f, ctx.diagnostics, () => scan(f), () => truncate(ctx, pubspecs, before));
  }
  if (pubspecs.length) ctx.sightings = applyPubRoot(ctx.sightings, pubspecs);
  const vendoredBinaries = findVendoredBinaries(ctx);
  for (const ref of ctx.binaryRefs) {
    if (ref.patterns.every((p) => p.includes("*"))) continue;
    if (!vendoredBinaries.some((b) => b.referencedBy?.some((r) => r.file === ref.file && r.line === ref.line))) {
      ctx.unresolved.push({ file: ref.file, line: ref.line, text: ref.patterns.join(", "), reason: "referenced binary file is not in the repository" });
    }
  }
  const catalog = loadCatalog();
  readBinarySignatures(ctx, vendoredBinaries, catalog);
  const byFile = new Map(vendoredBinaries.map((b) => [b.file, b]));
  for (const b of vendoredBinaries) {
    const { name, version } = splitFileVersion(b.name);
    const refs = b.referencedBy ?? [];
    const first = refs[0];
    const ecosystem = b.kind === "so" || b.kind === "dylib" ? "native" : "file";
    ctx.sightings.push({
      ecosystem,
      name,
      version,
      dynamic: false,
      direct: true,
      file: first?.file ?? b.file,
      line: first?.line,
      root: "",
      source: b.file,
      lock: false
    });
    for (const file of first ? [b.file, ...b.copies ?? []] : b.copies ?? []) {
      ctx.sightings.push({ ecosystem, name, version, dynamic: false, direct: true, file, root: "", source: b.file });
    }
  }
  const components = mergeSightings(ctx.sightings);
  scopeTransitive(components, ctx.sightings);
  const facts = {
    components: components.map((c) => {
      const b = c.source !== void 0 && (c.ecosystem === "file" || c.ecosystem === "native") ? byFile.get(c.source) : void 0;
      if (!b) return { ...c, sdk: sdkOf(c, catalog) };
      const id = binarySdkId(b, catalog);
      return { ...c, ...b.abis ? { abis: b.abis } : {}, sdk: sdkOf(c, catalog, id ?? null, bundledSdkIds(b, catalog, id)) };
    }),
    repositories: dedupeRepos(ctx.repositories),
    vendoredBinaries: vendoredBinaries.sort((a, b) => cmp(a.file, b.file)),
    unresolved: ctx.unresolved.sort((a, b) => cmp(a.file, b.file) || a.line - b.line || cmp(a.text, b.text)),
    ...nonMobile.length ? { nonMobileFolders: nonMobile } : {}
  };
  return { facts, diagnostics: ctx.diagnostics };
};
function lengths(ctx, pubspecs) {
  return [ctx.sightings.length, ctx.repositories.length, ctx.binaries.length, ctx.unresolved.length, ctx.diagnostics.length, ctx.binaryRefs.length, pubspecs.length];
}
function truncate(ctx, pubspecs, n) {
  [ctx.sightings, ctx.repositories, ctx.binaries, ctx.unresolved, ctx.diagnostics, ctx.binaryRefs, pubspecs].forEach((list, i) => {
    list.length = n[i];
  });
}
function dedupeRepos(list) {
  const byUrl = /* @__PURE__ */ new Map();
  const sorted = list.sort((a, b) => cmp(a.location.file, b.location.file) || (a.location.line ?? 0) - (b.location.line ?? 0) || cmp(a.url, b.url));
  for (const r of sorted) {
    const k = `${r.kind}|${r.url}`;
    const first = byUrl.get(k);
    if (!first) {
      byUrl.set(k, { ...r });
      continue;
    }
    const at = { file: r.location.file, ...r.location.line ? { line: r.location.line } : {} };
    const all = first.locations ?? [{ file: first.location.file, ...first.location.line ? { line: first.location.line } : {} }];
    if (!all.some((l) => l.file === at.file && l.line === at.line)) all.push(at);
    if (all.length > 1) first.locations = all;
  }
  return [...byUrl.values()];
}
function identityKey(s) {
  const k = `${s.ecosystem}|${s.group ?? ""}|${s.name}|${s.subpath ?? ""}`;
  return s.ecosystem === "swift" || s.ecosystem === "maven" ? k.toLowerCase() : k;
}
function adoptPluginVersions(sightings) {
  const versions = /* @__PURE__ */ new Map();
  for (const s of sightings) if (s.scope === "plugin" && s.version) {
    const set = versions.get(identityKey(s)) ?? /* @__PURE__ */ new Set();
    set.add(s.version);
    versions.set(identityKey(s), set);
  }
  for (const s of sightings) if (s.scope === "plugin" && !s.version) {
    const set = versions.get(identityKey(s));
    if (set?.size === 1) s.version = [...set][0];
  }
}
function scopeTransitive(components, sightings) {
  const edges = /* @__PURE__ */ new Map();
  for (const s of sightings) {
    if (!s.requires?.length) continue;
    const from = identityKey(s);
    const set = edges.get(from) ?? /* @__PURE__ */ new Set();
    for (const r of s.requires) set.add(identityKey(r));
    edges.set(from, set);
  }
  if (!edges.size) return;
  const keyOf = (c) => {
    const i = c.ecosystem === "cocoapods" ? c.name.indexOf("/") : -1;
    return identityKey({ ecosystem: c.ecosystem, group: c.group, name: i < 0 ? c.name : c.name.slice(0, i), subpath: i < 0 ? void 0 : c.name.slice(i + 1) });
  };
  const reached = /* @__PURE__ */ new Map();
  for (const root of components) {
    if (!root.direct) continue;
    const seen = /* @__PURE__ */ new Set();
    const queue = [keyOf(root)];
    while (queue.length) {
      const k = queue.pop();
      for (const next of edges.get(k) ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        reached.set(next, [...reached.get(next) ?? [], root.scope]);
        queue.push(next);
      }
    }
  }
  for (const c of components) {
    const via = c.direct ? void 0 : reached.get(keyOf(c));
    if (via) c.scope = widestScope(via);
  }
}
function mergeSightings(sightings) {
  adoptPluginVersions(sightings);
  const locks = /* @__PURE__ */ new Map();
  for (const s of sightings) if (s.lock) {
    const k = identityKey(s);
    const l = locks.get(k) ?? [];
    l.push(s);
    locks.set(k, l);
  }
  const resolved = [];
  for (const s of sightings) {
    if (s.lock || !s.lockable) {
      resolved.push({ ...s, effVersion: s.version, effDynamic: s.dynamic });
      continue;
    }
    const cands = (locks.get(identityKey(s)) ?? []).filter((l) => isAncestorOrSelf(l.root, s.root));
    if (!cands.length) {
      resolved.push({ ...s, effVersion: s.version, effDynamic: s.dynamic });
      continue;
    }
    const closest = Math.max(...cands.map((c) => c.root.length));
    let pool = cands.filter((c) => c.root.length === closest);
    const full = s.group && s.ecosystem === "npm" ? `${s.group}/${s.name}` : s.name;
    const bySpec = pool.filter((c) => c.specs?.includes(`${full}@${s.versionSpec}`));
    if (bySpec.length) pool = bySpec;
    else if (pool.some((c) => c.hoisted)) pool = pool.filter((c) => c.hoisted);
    else if (pool.some((c) => c.direct)) pool = pool.filter((c) => c.direct);
    else if (s.version && pool.some((c) => c.version === s.version)) pool = pool.filter((c) => c.version === s.version);
    const pick = pool[0];
    resolved.push({ ...s, effVersion: pick.version, effDynamic: pick.dynamic });
  }
  const groups = /* @__PURE__ */ new Map();
  for (const s of resolved) {
    const k = `${identityKey(s)}|${s.effVersion ?? "unresolved"}`;
    const g = groups.get(k) ?? [];
    g.push(s);
    groups.set(k, g);
  }
  const out = [];
  for (const g of groups.values()) {
    g.sort((a, b) => Number(!!a.lock) - Number(!!b.lock) || Number(!a.primary) - Number(!b.primary) || (b.dependents ?? 0) - (a.dependents ?? 0) || cmp(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0));
    const first = g[0];
    const version = first.effVersion ?? "unresolved";
    const direct = g.some((s) => s.direct);
    const declared = g.filter((s) => s.direct && !s.lock);
    const scoped = declared.length ? declared : direct ? g.filter((s) => s.direct) : g;
    const configurations = [...new Set(scoped.map((s) => s.scope).filter((s) => !!s))].sort();
    const widest = widestScope(scoped.map((s) => classifyScope(s.scope)));
    const scope = (widest === "runtime" || widest === "debug") && isBuildTool(first.ecosystem, first.name) ? "build" : widest;
    const locs = /* @__PURE__ */ new Map();
    for (const s of g) {
      const e = s.line ? { file: s.file, line: s.line } : { file: s.file };
      locs.set(`${e.file}:${e.line ?? 0}`, e);
    }
    const manifest = g.find((s) => !s.lock && s.versionSpec) ?? g.find((s) => s.versionSpec);
    const c = {
      purl: purl(first.ecosystem, first.group, first.name, version, first.subpath),
      ecosystem: first.ecosystem,
      ...first.group ? { group: first.group } : {},
      name: first.subpath ? `${first.name}/${first.subpath}` : first.name,
      version,
      ...manifest?.versionSpec ? { versionSpec: manifest.versionSpec } : {},
      dynamicVersion: g.some((s) => s.effDynamic),
      direct,
      scope,
      ...configurations.length ? { configurations } : {},
      // `platform(libs.x.bom)` in a convention plugin is not seen as platform(): a Maven `*-bom` artifact is one anyway.
      ...g.some((s) => s.bom) || first.ecosystem === "maven" && /(^|[-_.])bom$/i.test(first.name) ? { bom: true } : {},
      location: first.line ? first.column ? { file: first.file, line: first.line, column: first.column } : { file: first.file, line: first.line } : { file: first.file },
      locations: [...locs.values()].sort((a, b) => cmp(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0)),
      ...g.find((s) => s.source)?.source ? { source: g.find((s) => s.source).source } : {}
    };
    out.push(c);
  }
  return out.sort((a, b) => cmp(a.purl, b.purl) || cmp(a.scope, b.scope));
}

export {
  templateTarget,
  committedFiles,
  parse,
  Lines,
  MAX_SCRIPT_BYTES,
  sdkOf,
  widestScope,
  isInRepoSource,
  detectSdks
};
