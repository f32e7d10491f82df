#!/usr/bin/env node
import { createRequire as __mpCreateRequire } from 'node:module'; const require = __mpCreateRequire(import.meta.url);
import {
  DiskRepo,
  STALL_MS,
  basename,
  decodeText,
  isCodeRole,
  isTestRole,
  lineIndex,
  pathRole,
  roleAt,
  scopeFiles,
  scopeOf,
  spawnWorker,
  subtree,
  subtreeRange,
  threadsWanted,
  tooLarge,
  unreadable,
  utf16AsUtf8
} from "./cli-chunk-ND4HRAEM.js";
import {
  findPackageRoot,
  loadCatalog,
  matchClassName,
  readCatalogText
} from "./cli-chunk-D3CIC5HL.js";
import {
  readListedInto,
  require_dist
} from "./cli-chunk-Q3TBLJ6T.js";
import {
  ConfigurationError
} from "./cli-chunk-BZQX73NR.js";
import {
  embeddedData
} from "./cli-chunk-JVUIPAC5.js";
import {
  __toESM
} from "./cli-chunk-Q3GBV4AC.js";

// src/api-catalog/load.ts
var import_yaml = __toESM(require_dist(), 1);
import { readdirSync } from "node:fs";
import { join } from "node:path";
var API_CATALOG_DIR = "policies/api-catalog";
function parseApiCatalog(sources, validate) {
  const seen = /* @__PURE__ */ new Set();
  return sources.map((src) => {
    const lineCounter = new import_yaml.LineCounter();
    const doc = (0, import_yaml.parseDocument)(src.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const where = (offset) => {
      const pos = offset === void 0 ? void 0 : lineCounter.linePos(offset);
      return { file: src.file, line: pos?.line, column: pos?.col };
    };
    if (doc.errors[0]) throw new ConfigurationError(`invalid YAML: ${doc.errors[0].message.split("\n")[0]}`, { location: where(doc.errors[0].pos[0]) });
    const data = doc.toJS();
    if (validate && !validate(data)) {
      const e = validate.errors[0];
      const path = e.instancePath.slice(1).split("/").filter(Boolean).map((s) => /^\d+$/.test(s) ? Number(s) : s);
      const node = doc.getIn(path, true);
      throw new ConfigurationError(`${e.instancePath || "/"} ${e.message ?? e.keyword}`, { location: where(node?.range?.[0]) });
    }
    data.apis.forEach((a, i) => {
      if (seen.has(a.id)) throw new ConfigurationError(`duplicate API id "${a.id}"`, { location: where(doc.getIn(["apis", i], true)?.range?.[0]) });
      seen.add(a.id);
      try {
        if (a.receiver) new RegExp(`(?:${a.receiver})$`);
      } catch (err) {
        throw new ConfigurationError(`API ${a.id}: receiver is not a regular expression: ${err.message}`, { location: where(void 0) });
      }
    });
    return { file: src.file, ...data };
  });
}
function readApiCatalog(root = findPackageRoot(), validate) {
  const dir = join(root, API_CATALOG_DIR);
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  return parseApiCatalog(files.map((f) => ({ file: `${API_CATALOG_DIR}/${f}`, text: readCatalogText(join(dir, f), `${API_CATALOG_DIR}/${f}`) })), validate);
}

// src/api-catalog/index.ts
var loaded;
function apiCatalog() {
  loaded ??= embeddedData()?.apiCatalog ?? readApiCatalog();
  return loaded;
}

// src/detectors/android/util.ts
function diagnostic(code, severity, file, en, zh, line, column, articles) {
  const location = { file };
  if (line) location.line = line;
  if (line && column) location.column = column;
  const d = { code, severity, message: { en, "zh-CN": zh }, location, subject: file };
  if (articles) d.articles = articles;
  return d;
}
function loc(file, line, column) {
  const l = { file };
  if (line) l.line = line;
  if (line && column) l.column = column;
  return l;
}
function appFiles(repo, appDir) {
  return subtree(repo, appDir);
}
function isTestPath(p) {
  return isTestRole(pathRole(p));
}
function scopeOfInput(input) {
  return input.scope ?? scopeOf(input.repo, input.appDir);
}
function codeFiles(input) {
  return scopeFiles(input.repo, scopeOfInput(input), isCodeRole);
}
function splitLines(text) {
  return text.split(/\r?\n/);
}

// src/repo/read-ahead.ts
import fs from "node:fs";
import { fileURLToPath } from "node:url";
var MIN_READ_AHEAD_FILES = 1e3;
var FIRST_MS = 5e3;
var WRITTEN = 0;
var CONSUMED = 1;
var FINISHED = 2;
var AT = 3;
var END = 4;
var CONTROL_SLOTS = 5;
var STEAL_GAP = 64;
var MAX_STOLEN_BYTES = 64 * 1024 * 1024;
var HEADER = 12;
var EntryStatus = { Bytes: 0, TooLarge: 1, Failed: 2, Stolen: 3 };
var ReadAheadRing = class _ReadAheadRing {
  constructor(shared) {
    this.shared = shared;
    this.bytes = new Uint8Array(shared.ring);
    this.view = new DataView(shared.ring);
    this.control = new Int32Array(shared.control);
    this.size = shared.ring.byteLength;
    this.mask = this.size - 1;
  }
  shared;
  bytes;
  view;
  control;
  size;
  mask;
  /** A ring with room for several of the largest files, so one big file does not stall the reader. */
  static create(maxBytes, { minSize = 16 * 1024 * 1024 } = {}) {
    let size = 1024;
    while (size < Math.max(minSize, 4 * (maxBytes + 1 + HEADER))) size *= 2;
    return new _ReadAheadRing({ ring: new SharedArrayBuffer(size), control: new SharedArrayBuffer(CONTROL_SLOTS * 4), maxBytes });
  }
  /** Where the entry at this stream position starts (an entry never wraps around the end). */
  startOf(at, length) {
    const pos = at & this.mask;
    return pos + HEADER + length > this.size ? at + this.size - pos | 0 : at;
  }
  // ---- worker side
  /** Writes every file in order, waiting for room; returns when all are written. */
  produce(root, files) {
    Atomics.compareExchange(this.control, END, 0, files.length);
    try {
      this.write(root, files);
    } finally {
      Atomics.store(this.control, FINISHED, 1);
      Atomics.notify(this.control, WRITTEN);
    }
  }
  write(root, files) {
    const max = this.shared.maxBytes;
    for (let i = 0; i < files.length; i++) {
      Atomics.store(this.control, AT, i);
      if (i >= Atomics.load(this.control, END)) break;
      const room = max + 1;
      const at = this.startOf(Atomics.load(this.control, WRITTEN), room);
      for (; ; ) {
        const consumed = Atomics.load(this.control, CONSUMED);
        if ((at + HEADER + room - consumed | 0) <= this.size) break;
        Atomics.wait(this.control, CONSUMED, consumed, 1e3);
      }
      const pos = at & this.mask;
      const [status, length] = this.readInto(`${root}/${files[i]}`, pos + HEADER, max);
      this.view.setInt32(pos, i, true);
      this.view.setInt32(pos + 4, status, true);
      this.view.setInt32(pos + 8, length, true);
      Atomics.store(this.control, WRITTEN, at + HEADER + (length + 3 & ~3) | 0);
      Atomics.notify(this.control, WRITTEN);
    }
  }
  readInto(abs, offset, max) {
    try {
      const r = readListedInto(abs, this.bytes, offset, max);
      if (typeof r === "number") return [EntryStatus.Bytes, r];
      this.view.setFloat64(offset, r.size, true);
      return [EntryStatus.TooLarge, 8];
    } catch (e) {
      const msg = Buffer.from(String(e.message)).subarray(0, max);
      this.bytes.set(msg, offset);
      return [EntryStatus.Failed, msg.length];
    }
  }
  // ---- main-thread side
  next = 0;
  pending;
  dead = false;
  /** Files from this index on were stolen by the main thread. */
  stolenFrom = Infinity;
  /** See FIRST_MS (shorter in tests). */
  firstMs = FIRST_MS;
  /**
   * Claims the last file of the worker's share for the main thread: its index, or undefined when
   * the worker is too close to it (or done). Both sides write their claim before reading the
   * other's (sequentially consistent atomics), so at most one of them takes a file; should both
   * back off, the file is read directly when its turn comes (take returns undefined).
   */
  steal(count) {
    if (this.dead || Atomics.load(this.control, FINISHED) === 1) return void 0;
    const end = Math.min(Atomics.load(this.control, END) || count, this.stolenFrom, count);
    const j = end - 1;
    if (j < this.next || j - Atomics.load(this.control, AT) < STEAL_GAP) return void 0;
    Atomics.store(this.control, END, j);
    if (Atomics.load(this.control, AT) >= j) {
      Atomics.store(this.control, END, end);
      return void 0;
    }
    this.stolenFrom = j;
    return j;
  }
  /**
   * The entry of file number `index` of the list, or undefined when the worker is not (or no
   * longer) delivering. The bytes stay valid until the next call. While the entry is not there
   * yet, `idle` (if any) is called instead of waiting, as long as it returns true (it did work).
   */
  take(index2, idle) {
    if (index2 >= this.stolenFrom) return { status: EntryStatus.Stolen, index: index2 };
    if (this.dead || index2 !== this.next) return void 0;
    if (this.pending !== void 0) {
      Atomics.store(this.control, CONSUMED, this.pending);
      Atomics.notify(this.control, CONSUMED);
    }
    const at = this.startOf(Atomics.load(this.control, CONSUMED), this.shared.maxBytes + 1);
    let since = Date.now();
    let written = Atomics.load(this.control, WRITTEN);
    while ((written - at | 0) <= 0) {
      const limit = index2 === 0 ? this.firstMs : STALL_MS;
      if (Atomics.load(this.control, FINISHED) === 1 || Date.now() - since > limit) {
        this.dead = true;
        return void 0;
      }
      if (idle?.()) since = Date.now();
      else Atomics.wait(this.control, WRITTEN, written, 50);
      const now = Atomics.load(this.control, WRITTEN);
      if (now !== written) {
        written = now;
        since = Date.now();
      }
    }
    const pos = at & this.mask;
    if (this.view.getInt32(pos, true) !== index2) {
      this.dead = true;
      return void 0;
    }
    const status = this.view.getInt32(pos + 4, true);
    const length = this.view.getInt32(pos + 8, true);
    this.pending = at + HEADER + (length + 3 & ~3) | 0;
    this.next++;
    const body = this.bytes.subarray(pos + HEADER, pos + HEADER + length);
    if (status === EntryStatus.TooLarge) return { status, size: this.view.getFloat64(pos + HEADER, true) };
    if (status === EntryStatus.Failed) return { status, message: Buffer.from(body).toString("utf8") };
    return { status: EntryStatus.Bytes, bytes: body };
  }
};
var WORKER_FILE = fileURLToPath(new URL("./read-ahead-worker.js", import.meta.url));
var ReadAhead = class _ReadAhead {
  constructor(files, ring, worker) {
    this.files = files;
    this.ring = ring;
    this.worker = worker;
  }
  files;
  ring;
  worker;
  cursor = 0;
  stolenBytes = 0;
  /**
   * Starts the worker (`workerFile`: dist/read-ahead-worker.js, or in tests a script that fails)
   * reading `files` (relative to root) ahead, when that is worth a thread and the script is at hand.
   */
  static start(root, files, maxBytes, { threads = threadsWanted(process.env), minFiles = MIN_READ_AHEAD_FILES, minSize, firstMs, workerFile = WORKER_FILE } = {}) {
    if (threads < 2 || files.length < minFiles || !fs.existsSync(workerFile)) return void 0;
    const ring = ReadAheadRing.create(maxBytes, { minSize });
    if (firstMs !== void 0) ring.firstMs = firstMs;
    const data = { root, files: files.join("\0"), ...ring.shared };
    const worker = spawnWorker(workerFile, { workerData: data });
    return worker && new _ReadAhead(files, ring, worker);
  }
  /**
   * The next listed file's entry when `file` is that file; otherwise undefined (read it directly).
   * Rather than wait for the worker, `work` (if given) is asked to handle a file from the end of
   * the list, by its index here (see ReadAheadRing.steal), and says how many bytes it read; that
   * file's entry is then `Stolen`.
   */
  take(file, work) {
    if (this.files[this.cursor] !== file) return void 0;
    const idle = work && (() => {
      const j = this.stolenBytes < MAX_STOLEN_BYTES ? this.ring.steal(this.files.length) : void 0;
      if (j === void 0) return false;
      this.stolenBytes += work(j, this.files[j]);
      return true;
    });
    return this.ring.take(this.cursor++, idle);
  }
  stop() {
    void this.worker.terminate();
  }
};

// src/detectors/android/webview.ts
var PATTERNS = [
  ["javascript-enabled", /\bsetJavaScriptEnabled\s*\(\s*true\s*\)|\bjavaScriptEnabled\s*=\s*true\b/],
  ["file-access", /\bsetAllowFileAccess\s*\(\s*true\s*\)|\ballowFileAccess\s*=\s*true\b/],
  ["universal-access-from-file-urls", /\bsetAllowUniversalAccessFromFileURLs\s*\(\s*true\s*\)|\ballowUniversalAccessFromFileURLs\s*=\s*true\b/],
  ["file-access-from-file-urls", /\bsetAllowFileAccessFromFileURLs\s*\(\s*true\s*\)|\ballowFileAccessFromFileURLs\s*=\s*true\b/],
  ["webcontents-debugging", /\bsetWebContentsDebuggingEnabled\s*\(\s*true\s*\)/]
];
function stripComments(text) {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|"(?:\\.|[^"\\\n])*"/g, (m) => m.startsWith('"') ? m : m.replace(/[^\n]/g, " "));
}
function scanWebView(file, text, inTest) {
  const code = stripComments(text.s);
  const jsInterface = /\baddJavascriptInterface\s*\(/.test(code);
  const out = [];
  const at = (offset) => {
    const li = text.lineOf(offset);
    return loc(file, li + 1, text.column(offset, text.lineStart(li)));
  };
  for (const [kind, re2] of PATTERNS) {
    const g = new RegExp(re2.source, "g");
    for (let m = g.exec(code); m; m = g.exec(code)) {
      const f = { kind, inTest, location: at(m.index) };
      if (kind === "javascript-enabled") f.javascriptInterfaceInFile = jsInterface;
      out.push(f);
    }
  }
  const re = /\bonReceivedSslError\s*\(/g;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const open = code.indexOf("{", m.index);
    if (open < 0) break;
    let depth = 0;
    let end = open;
    for (; end < code.length; end++) {
      if (code[end] === "{") depth++;
      else if (code[end] === "}" && --depth === 0) break;
    }
    const p = /\.proceed\s*\(\s*\)/.exec(code.slice(open, end));
    if (p) out.push({ kind: "ssl-error-proceed", inTest, location: at(open + p.index + 1) });
  }
  return out.sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0));
}

// src/detectors/ios/webview.ts
var INSPECTABLE = /\b(?:isInspectable|inspectable)\s*=\s*(?:true|YES)\b|\bsetInspectable\s*:\s*YES\b/g;
var DEBUG_COND = /^\(?\s*(?:defined\s*\(\s*DEBUG\s*\)|DEBUG)\s*\)?\s*(?:==\s*1\s*)?(?:&&.*)?$/;
var NOT_DEBUG_COND = /^!\s*(?:defined\s*\(\s*DEBUG\s*\)|DEBUG)\s*$|^DEBUG\s*==\s*0$/;
var DIRECTIVE = /^\s*#\s*(if|ifdef|ifndef|elseif|elif|else|endif)\b(.*)$/;
var DEBUG_IF = /\bif\b(?![^{]*(?:!\s*[\w.]*debug|!=\s*\.?\w*debug))[^{]*debug[^{]*\{/i;
function scanIosWebView(file, text, inTest) {
  const code = stripComments(text.s);
  const hits = [];
  INSPECTABLE.lastIndex = 0;
  for (let m = INSPECTABLE.exec(code); m; m = INSPECTABLE.exec(code)) hits.push(m.index);
  if (!hits.length) return [];
  const out = [];
  const branches = [];
  const braces = [];
  let next = 0;
  for (let start = 0; start < code.length && next < hits.length; ) {
    let end = code.indexOf("\n", start);
    if (end < 0) end = code.length;
    const line = code.slice(start, end);
    const d = DIRECTIVE.exec(line);
    if (d) {
      const cond = d[2].trim();
      const top = branches[branches.length - 1];
      switch (d[1]) {
        case "if":
        case "ifdef":
        case "ifndef": {
          const kind = d[1] === "ifndef" ? cond === "DEBUG" ? "release" : "other" : DEBUG_COND.test(cond) ? "debug" : NOT_DEBUG_COND.test(cond) ? "release" : "other";
          branches.push({ cond: kind, debug: kind === "debug" });
          break;
        }
        case "else":
          if (top) top.debug = top.cond === "release";
          break;
        case "endif":
          branches.pop();
          break;
        default:
          if (top) top.debug = false;
      }
    } else {
      const guardAt = DEBUG_IF.exec(line) ? start + line.indexOf("{", line.search(/\bif\b/)) : -1;
      for (let i = start; i <= end; i++) {
        while (next < hits.length && hits[next] === i) {
          if (!branches.some((b) => b.debug) && !braces.includes(true)) {
            const li = text.lineOf(i);
            out.push({ kind: "inspectable", inTest, location: loc(file, li + 1, text.column(i, text.lineStart(li))) });
          }
          next++;
        }
        const c = code.charCodeAt(i);
        if (c === 123) braces.push(i === guardAt);
        else if (c === 125) braces.pop();
      }
    }
    while (next < hits.length && hits[next] <= end) next++;
    start = end + 1;
  }
  return out;
}

// src/detectors/secrets/formats.ts
import { Buffer as Buffer2 } from "node:buffer";

// src/detectors/secrets/strength.ts
function nameWords(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}
var PASSWORD_WORDS = /* @__PURE__ */ new Set(["password", "passwd", "pwd", "passphrase", "pass", "pswd"]);
var SECRET_WORDS = /* @__PURE__ */ new Set([
  "secret",
  "secrets",
  "credential",
  "credentials",
  "creds",
  // One-word spellings (APISECRET, appsecret, accesstoken).
  "apisecret",
  "appsecret",
  "secretkey",
  "privatekey",
  "accesskey",
  "clientsecret",
  "accesstoken",
  "authtoken",
  "refreshtoken",
  "masterkey",
  "serverkey",
  "mastersecret"
]);
var TOKEN_QUALIFIERS = /* @__PURE__ */ new Set([
  "access",
  "auth",
  "refresh",
  "api",
  "bearer",
  "session",
  "oauth",
  "secret",
  "private",
  "personal",
  "bot",
  "app",
  "client",
  "security",
  "master",
  "admin",
  "service",
  "github",
  "gitlab",
  "slack",
  "npm",
  "deploy",
  "upload",
  "jwt"
]);
var KEY_QUALIFIERS = /* @__PURE__ */ new Set([
  "secret",
  "private",
  "access",
  "master",
  "signing",
  "sign",
  "encryption",
  "encrypt",
  "crypto",
  "aes",
  "des",
  "hmac",
  "mch",
  "merchant",
  "partner",
  "pay",
  "server",
  "client",
  "bugly",
  "license"
]);
var API_KEY_QUALIFIERS = /* @__PURE__ */ new Set(["secret", "private", "server", "admin", "master", "pay", "wxpay", "alipay", "mch", "merchant", "partner"]);
var STORAGE_WORDS = /* @__PURE__ */ new Set(["str", "string", "value", "val", "b64", "base64", "hex", "raw", "bytes", "data"]);
function credentialName(name) {
  const w = nameWords(name);
  while (w.length > 1 && STORAGE_WORDS.has(w[w.length - 1])) w.pop();
  const head = w[w.length - 1];
  if (!head) return void 0;
  const prev = w[w.length - 2];
  if (PASSWORD_WORDS.has(head)) return "password";
  if (SECRET_WORDS.has(head)) return "secret";
  if (head === "token" && prev && TOKEN_QUALIFIERS.has(prev)) return "secret";
  if (head === "key" && prev && KEY_QUALIFIERS.has(prev)) return "secret";
  if (head === "key" && w.includes("bugly")) return "secret";
  if (head === "key" && prev === "api" && API_KEY_QUALIFIERS.has(w[w.length - 3] ?? "")) return "secret";
  return void 0;
}
var PUBLIC_QUALIFIERS = /* @__PURE__ */ new Set(["public", "publishable", "pub", "site"]);
var FALLBACK_HEADS = /* @__PURE__ */ new Set(["key", "token", "secret", "secrets", "password", "passwd", "pwd", "passphrase", "credential", "credentials"]);
function fallbackCredentialName(name) {
  const cls = credentialName(name);
  if (cls) return cls;
  const w = nameWords(name);
  while (w.length > 1 && STORAGE_WORDS.has(w[w.length - 1])) w.pop();
  const head = w[w.length - 1] ?? "";
  if (PUBLIC_QUALIFIERS.has(w[w.length - 2] ?? "") || /^(?:public|publishable|site)/.test(head)) return void 0;
  if (FALLBACK_HEADS.has(head) || /^[a-z0-9]+(?:key|token|secret)$/.test(head)) return "secret";
  return void 0;
}
var FABRIC_CONFIG = /^(?:fabric|crashlytics)\.properties$/;
var SHARESDK_CONFIG = /^ShareSDK\.xml$/i;
var QQ_ELEMENTS = /* @__PURE__ */ new Set(["QQ", "QZone"]);
function credentialNameIn(fileName, name, element) {
  const cls = credentialName(name);
  if (cls) return cls;
  if (FABRIC_CONFIG.test(fileName) && /^api[_.-]?key$/i.test(name)) return "secret";
  if (SHARESDK_CONFIG.test(fileName) && name === "AppKey" && QQ_ELEMENTS.has(element ?? "")) return "secret";
  return void 0;
}
function entropy(s) {
  const counts = /* @__PURE__ */ new Map();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}
var PLACEHOLDER = /^(?:xxx|changeme|change_me|placeholder|none|null|nil|undefined|empty|password|secret|abc123|123456|qwerty|\*+$)|example|dummy|sample|placeholder|fake|x{4,}|\*\*\*|\.\.\.|^<.*>$|^\[.*\]$/i;
var PLACEHOLDER_WORD = /^(?:[Yy]our|[Mm]y|[Tt]est|[Tt]odo|TODO|FIXME|[Rr]eplace|[Ii]nsert|[Ee]nter|[Pp]ut|[Dd]efault|[Ff]oo|[Bb]ar|YOUR|MY|TEST)(?:[_\-.@]|[A-Z0-9]|$)/;
var TEMPLATE = /\\\(|\$[A-Za-z_{(]|#\{|\{\{|\{\d*\}|%(?:\d+\$)?[@sdif]|^@string\/|^@\w+\/|\bBuildConfig\.|process\.env|getenv|ENV\[/;
var URL2 = /^[a-z][\w+.-]*:\/\//i;
var REGEX = /\(\?[=!:<]|\.[*+]|\\[dwsS]|\[[^\]]*[a-zA-Z0-9]-[a-zA-Z0-9][^\]]*\]|\{\d+,\d*\}|^\^.*\$$/;
var EMAIL = /^[^@\s]+@[\w-]+(?:\.[\w-]+)+$/;
var PUBLIC_ADDRESS = /^0x[0-9a-fA-F]{40}$/;
var PUBLIC_KEY = /^pk_(?:live|test)_/;
function isPath(v) {
  if (/^(?:\.{1,2}\/|~\/|\/|[A-Za-z]:\\)/.test(v)) return true;
  return /^[\w.-]+(?:\/[\w.-]+)+$/.test(v) && (/^[a-z0-9_./-]+$/.test(v) || /\.[a-z]{1,5}$/.test(v));
}
function isIdentifier(v) {
  if (/^[A-Za-z]+(?:[_.-][A-Za-z]+)*[_.-]?$/.test(v)) return true;
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(v)) return true;
  return /^[a-z][a-zA-Z0-9]*(?:\.[a-zA-Z][\w]*)+$/.test(v);
}
function entropyFloor(v, cls) {
  if (cls === "password") return Math.min(2.5, Math.log2(v.length) * 0.75);
  const hex = /^[0-9a-fA-F]+$/.test(v);
  const ceiling = Math.log2(Math.min(v.length, hex ? 16 : 64));
  return hex ? Math.min(3, ceiling * 0.7) : Math.min(3.5, ceiling * 0.8);
}
function isPlaceholder(raw) {
  const v = raw.trim();
  return PLACEHOLDER.test(v) || PLACEHOLDER_WORD.test(v) || TEMPLATE.test(v) || /^\$/.test(v);
}
function looksLikeCredential(raw, cls) {
  const v = raw.trim();
  if (/[^\x21-\x7e]/.test(v)) return false;
  if (v.length < (cls === "password" ? 8 : 12) || v.length > 1e3) return false;
  if (isPlaceholder(v) || REGEX.test(v) || URL2.test(v) || EMAIL.test(v) || isPath(v) || isIdentifier(v)) return false;
  const body = v.replace(/^0x/i, "");
  if (PUBLIC_ADDRESS.test(v) || PUBLIC_KEY.test(v) || /^(.)\1*$/.test(body) || new Set(body).size <= 3) return false;
  if (/passw|secret|token|api_?key/i.test(v) && !/\d.*\d/.test(v)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(body)).length;
  if (classes < 2) return false;
  return entropy(body) >= entropyFloor(body, cls);
}
function isTranslationFile(file) {
  return /\.lproj\/[^/]+\.(?:strings|stringsdict)$/.test(file) || /\.arb$/.test(file) || /(?:^|\/)res\/values-[^/]+\/(?:strings|arrays|plurals)[^/]*\.xml$/.test(file) || /(?:^|\/)(?:i18n|l10n|locales?|langs?|languages|translations?|loc|localizations?|intl)\/(?:[^/]+\/)*[^/]+\.(?:json|json5|ya?ml|js|ts|properties|po)$/i.test(file) || /_[a-z]{2}(?:[_-][A-Za-z]{2,4})?\.properties$/.test(file);
}

// src/detectors/secrets/formats.ts
var B64 = "A-Za-z0-9+/";
function jsonPart(s) {
  try {
    const v = JSON.parse(Buffer2.from(s, "base64url").toString("utf8"));
    return v && typeof v === "object" ? v : void 0;
  } catch {
    return void 0;
  }
}
function realJwt(s) {
  const [h, p] = s.split(".");
  const header = jsonPart(h);
  if (!header || typeof header.alg !== "string" || header.alg.toLowerCase() === "none") return false;
  return jsonPart(p)?.role !== "anon";
}
function bearerToken(s) {
  const token = s.replace(/^Bearer\s+/, "");
  return !token.startsWith("eyJ") && looksLikeCredential(token, "secret");
}
var FORMATS = [
  { kind: "aws-access-key", re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, shown: 4, valid: (s) => !s.endsWith("EXAMPLE") },
  { kind: "github-token", re: /\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82})\b/g, shown: 4 },
  { kind: "gitlab-token", re: /\bglpat-[0-9A-Za-z_-]{20}(?![0-9A-Za-z_-])/g, shown: 6 },
  { kind: "google-api-key", re: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g, shown: 4 },
  { kind: "firebase-server-key", re: /\b[0-9A-Za-z_-]{11}:APA91b[0-9A-Za-z_-]{134}(?![0-9A-Za-z_-])/g, shown: 4 },
  { kind: "slack-token", re: /\bxox[baprs]-\d{6,}-[0-9A-Za-z-]{8,}/g, shown: 5 },
  { kind: "stripe-live-key", re: /\b[sr]k_live_[0-9A-Za-z]{20,}\b/g, shown: 8 },
  { kind: "aliyun-access-key", re: /\bLTAI[0-9A-Za-z]{12,20}\b/g, shown: 4, valid: (s) => /\d/.test(s.slice(4)) && /[A-Za-z]/.test(s.slice(4)) },
  { kind: "tencent-secret-id", re: /\bAKID[0-9A-Za-z]{32}\b/g, shown: 4 },
  { kind: "twilio-api-key", re: /\bSK[0-9a-f]{32}\b/g, shown: 2 },
  { kind: "sendgrid-api-key", re: /\bSG\.[0-9A-Za-z_-]{22}\.[0-9A-Za-z_-]{43}(?![0-9A-Za-z_-])/g, shown: 3 },
  { kind: "mapbox-secret-token", re: /\bsk\.eyJ[0-9A-Za-z_-]{20,}\.[0-9A-Za-z_-]{20,}/g, shown: 3 },
  // Tencent Location Service (腾讯位置服务, lbs.qq.com) key: six groups of five upper-case letters
  // and digits, as the map and location SDKs read it from <meta-data android:name="TencentMapSDK">.
  // OB4BZ-…-WPB77 is the example key of Tencent's own documentation, copied into many projects.
  {
    kind: "tencent-lbs-key",
    re: /\b[0-9A-Z]{5}(?:-[0-9A-Z]{5}){5}\b/g,
    shown: 5,
    valid: (s) => /\d/.test(s) && /[A-Z]/.test(s) && s !== "OB4BZ-D4W3U-B7VVO-4PJWW-6TKDJ-WPB77"
  },
  { kind: "bearer-token", re: /\bBearer[ \t]+[A-Za-z0-9._~+/-]{12,}=*(?![A-Za-z0-9._~+/=-])/g, shown: 7, valid: bearerToken },
  { kind: "jwt", re: /\beyJ[0-9A-Za-z_-]{10,}\.eyJ[0-9A-Za-z_-]{10,}\.[0-9A-Za-z_-]{20,}/g, shown: 3, valid: realJwt },
  { kind: "private-key-block", re: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/g, shown: 0 },
  // A DER private key written as one base64 string, as Alipay and WeChat Pay samples do
  // (RSA_PRIVATE = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC…"): PKCS#8 RSA, PKCS#1 RSA, PKCS#8 EC P-256 (.p8).
  { kind: "private-key-base64", re: new RegExp(`MII[${B64}]{3}IB(?:ADANBgkqhkiG9w0BAQEFAAS|AAK[BC])[${B64}]{100,}|MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg[${B64}]{40,}`, "g"), shown: 0 }
];
var DASHED_TRIGGER = "-[0-9A-Z]{5}-[0-9A-Z]{5}-";
var FORMAT_TRIGGER = "AKIA|ASIA|gh[pousr]_|github_pat_|glpat-|AIza|:APA91b|xox[baprs]-|k_live_|LTAI|AKID|SK[0-9a-f]{32}|SG\\.|eyJ|PRIVATE KEY|IBADANBgkqhkiG9w0BAQEFAAS|IBAAK[BC]|MIGHAgEAMBMGByqGSM49|Bearer[ \\t]+[A-Za-z0-9]";
var FORMAT_HINT = new RegExp(`${DASHED_TRIGGER}|${FORMAT_TRIGGER}`);
var PROVIDER_KINDS = /* @__PURE__ */ new Set([...FORMATS.map((f) => f.kind).filter((k) => !["bearer-token", "jwt", "private-key-block", "private-key-base64"].includes(k)), "aws-secret-key"]);
var AWS_SECRET = /(["'`])([A-Za-z0-9/+]{40})\1/g;
function findAwsSecrets(lines) {
  const out = [];
  lines.forEach((l, line) => {
    AWS_SECRET.lastIndex = 0;
    for (let m = AWS_SECRET.exec(l); m; m = AWS_SECRET.exec(l)) {
      const v = m[2];
      if (/[A-Z]/.test(v) && /[a-z]/.test(v) && /\d/.test(v) && !/[A-Za-z]{16}/.test(v) && !/EXAMPLE/.test(v)) out.push({ line, index: m.index + 1, value: v });
    }
  });
  return out;
}
function redactToken(kind, s) {
  if (kind === "private-key-block") return "-----BEGIN \u2026 PRIVATE KEY-----";
  if (kind === "private-key-base64") return "MII\u2026";
  const shown = FORMATS.find((x) => x.kind === kind)?.shown ?? 0;
  const head = s.slice(0, Math.max(shown, kind === "github-token" && s.startsWith("github_pat_") ? 11 : 0));
  if (s.length < 16) return `${head}********`;
  return `${head}${"*".repeat(Math.min(16, s.length - head.length - 4))}${s.slice(-4)}`;
}
function findTokens(line) {
  if (!FORMAT_HINT.test(line)) return [];
  const out = [];
  for (const f of FORMATS) {
    f.re.lastIndex = 0;
    for (let m = f.re.exec(line); m; m = f.re.exec(line)) {
      if (!f.valid || f.valid(m[0])) out.push({ kind: f.kind, index: m.index, value: m[0] });
    }
  }
  return out;
}

// src/detectors/secrets/material.ts
import { Buffer as Buffer3 } from "node:buffer";
var MATERIAL = [
  [/\.(?:jks|keystore|bks)$/i, "keystore"],
  [/\.(?:p12|pfx)$/i, "pkcs12"],
  [/\.(?:mobileprovision|provisionprofile)$/i, "provisioning-profile"],
  [/^AuthKey_\w+\.p8$/i, "apple-auth-key"]
];
var MATERIAL_EXTS = /* @__PURE__ */ new Set(["jks", "keystore", "bks", "p12", "pfx", "mobileprovision", "provisionprofile", "p8"]);
function materialKind(name, ext = name.slice(name.lastIndexOf(".") + 1).toLowerCase()) {
  if (!MATERIAL_EXTS.has(ext)) return void 0;
  return MATERIAL.find(([re]) => re.test(name))?.[1];
}
var PLACEHOLDER_MAX = 1024;
function holdsMaterial(repo, file, kind) {
  let size;
  try {
    size = repo.size(file);
  } catch {
    return true;
  }
  if (size === 0) return false;
  if (size >= PLACEHOLDER_MAX) return true;
  const r = repo.readBytes(file, PLACEHOLDER_MAX);
  if (!r.ok) return true;
  return !isPlaceholder2(r.bytes, kind);
}
function isPlaceholder2(bytes, kind) {
  if (bytes.length === 0) return true;
  const b0 = bytes[0];
  if (bytes.length >= 4 && (b0 === 254 && bytes[1] === 237 || b0 === 206 && bytes[1] === 206)) return false;
  if (b0 === 48 && bytes.length > 1 && (bytes[1] & 128) !== 0) return false;
  for (const b of bytes) if (b < 9 || b > 13 && b < 32) return false;
  const text = Buffer3.from(bytes).toString("latin1");
  if (/-----BEGIN|^version https:\/\/git-lfs/m.test(text)) return false;
  if (kind !== "apple-auth-key" && /[A-Za-z0-9+/]{100,}/.test(text)) return false;
  return true;
}

// src/detectors/secrets/pairs.ts
function syntaxOf(name, ext) {
  if (ext === "properties" || ext === "xcconfig" || ext === "env" || name.startsWith(".env")) return "properties";
  if (ext === "yaml" || ext === "yml") return "yaml";
  if (ext === "gradle" || name.endsWith(".gradle.kts")) return "gradle";
  if (ext === "xml" || ext === "plist") return "xml";
  return "code";
}
var ASSIGN = /(?<![\w.$-])([A-Za-z_$@][\w.$-]*)["']?\s*(?::=|=>|[:=]|\s(?=@?["']))\s*\(?\s*@?(["'])([^"'\n]{1,500})\2/g;
var PROP_LINE = /^\s*(?:export\s+)?([\w.-]+)(?:\[[^\]]*\])?\s*[=:]\s*(.*?)\s*$/;
var PROP_COMMENT = /^\s*(?:[#!;]|\/\/)/;
var YAML_LINE = /^\s*(?:-\s+)?([\w.-]+)\s*:\s+([^\s"'#&*|>{[][^#]*?)\s*(?:\s#.*)?$/;
var GRADLE_PW = /\b(storePassword|keyPassword)\s*(?:=\s*)?\(?\s*(["'])([^"'\n]*)\2/g;
var BUILD_FIELD = /\b(?:buildConfigField|resValue)\s*\(?\s*["']\w+["']\s*,\s*["']([\w.]+)["']\s*,\s*(["'])((?:\\.|(?!\2)[^\\\n])*)\2/g;
var XML_STRING = /<string\s+name="([^"]+)"[^>]*>([^<]*)(<\/string>)?/;
var PLIST_KEY = /<key>([^<]+)<\/key>/;
var PLIST_STRING = /<string>([^<]*)<\/string>/;
var META_NAME = /android:name\s*=\s*"([^"]+)"/;
var META_VALUE = /android:value\s*=\s*"([^"]*)"/;
var ENV_VAR = String.raw`(?:["'][\w.-]+["']|[\w.]+)`;
var ENV_CALL = String.raw`(?:\w+\.)*(?:env|getenv|getEnv|environ\.get|ENV\.fetch|fromEnvironment|getProperty|findProperty)\s*\(\s*${ENV_VAR}`;
var ENV_INDEX = String.raw`(?:(?:process|import\.meta|System)\.env\.\w+|(?:\w+\.)*(?:env|environ|environment|ENV)\s*\[\s*${ENV_VAR}\s*\])`;
var OR_ELSE = String.raw`[!?]?\s*(?:\?\?|\?:|\|\||\bor\b)\s*`;
var FALLBACK = new RegExp(String.raw`(?<![\w$])([A-Za-z_$][\w$]*)["']?\s*(?::\s*[\w.<>?[\]]+\s*)?(?::=|=(?![=>])|:)\s*\(?\s*` + String.raw`(?:${ENV_CALL}(?:\s*\)${OR_ELSE}|\s*,\s*(?:default(?:Value)?\s*[:=]\s*)?)|${ENV_INDEX}${OR_ELSE})` + String.raw`(["'\`])([^"'\`\n]{1,500})\2`, "g");
function unquote(v) {
  return v.replace(/^(["'])(.*)\1$/, "$2");
}
function each(re, l, key, value, out, clean = (v) => v) {
  re.lastIndex = 0;
  for (let m = re.exec(l); m; m = re.exec(l)) out.push({ key: m[key].replace(/^[@$]/, ""), value: clean(m[value]), index: m.index });
}
function xmlPair(text, li, l) {
  const xs = XML_STRING.exec(l);
  if (xs) {
    const value = xs[3] ? xs[2] : `${xs[2]}${text.line(li + 1).split("<")[0]}`;
    return { key: xs[1], value, index: xs.index };
  }
  const mn = META_NAME.exec(l);
  if (mn) {
    let mv = META_VALUE.exec(l);
    for (let k = 1; !mv && k <= 2 && !/>/.test(text.line(li + k - 1).slice(k === 1 ? mn.index : 0)); k++) {
      const next = text.line(li + k);
      if (META_NAME.test(next)) break;
      mv = META_VALUE.exec(next);
    }
    return mv ? { key: mn[1], value: mv[1], index: mn.index } : null;
  }
  const pk = PLIST_KEY.exec(l);
  if (pk) {
    const ps = PLIST_STRING.exec(l.slice(pk.index + pk[0].length)) ?? PLIST_STRING.exec(text.line(li + 1));
    return ps ? { key: pk[1], value: ps[1], index: pk.index } : null;
  }
  return void 0;
}
function pairsOn(syntax, text, li, l) {
  const out = [];
  switch (syntax) {
    case "properties": {
      const m = PROP_COMMENT.test(l) ? null : PROP_LINE.exec(l);
      if (m) out.push({ key: m[1], value: unquote(m[2]), index: l.indexOf(m[1]) });
      return out;
    }
    case "yaml": {
      const m = /^\s*#/.test(l) ? null : YAML_LINE.exec(l);
      if (m) out.push({ key: m[1], value: m[2], index: l.indexOf(m[1]) });
      break;
    }
    case "gradle":
      each(GRADLE_PW, l, 1, 3, out);
      each(BUILD_FIELD, l, 1, 3, out, (v) => v.replace(/^\\?["']|\\?["']$/g, ""));
      break;
    case "xml": {
      const p = xmlPair(text, li, l);
      if (p !== void 0) return p ? [p] : out;
      break;
    }
    case "code":
      break;
  }
  each(ASSIGN, l, 1, 3, out);
  if (syntax === "code" || syntax === "gradle") {
    FALLBACK.lastIndex = 0;
    for (let m = FALLBACK.exec(l); m; m = FALLBACK.exec(l)) out.push({ key: m[1].replace(/^\$/, ""), value: m[3], index: m.index, fallback: true });
  }
  return out;
}

// src/detectors/secrets/text.ts
var KEY_FILES = /\.(?:pem|key|p8)$/i;
var TEXT_EXT = /* @__PURE__ */ new Set([
  "kt",
  "kts",
  "java",
  "swift",
  "m",
  "mm",
  "h",
  "dart",
  "js",
  "jsx",
  "ts",
  "tsx",
  "mjs",
  "cjs",
  "ets",
  "xml",
  "plist",
  "json",
  "json5",
  "properties",
  "gradle",
  "xcconfig",
  "yaml",
  "yml",
  "env",
  "rb",
  "py",
  "sh",
  "cfg",
  "ini",
  "conf",
  "toml",
  "txt",
  "html",
  "pem",
  "key",
  "p8",
  "strings",
  "arb"
]);
var FIREBASE = /^(?:google-services[\w.-]*\.json|GoogleService-Info[\w.-]*\.plist|agconnect-services[\w.-]*\.json)$/;
var LOCKFILES = /* @__PURE__ */ new Set(["package-lock.json", "yarn.lock", "pubspec.lock", "Podfile.lock"]);
function wantsSecrets(name, ext) {
  if (!TEXT_EXT.has(ext) && !name.startsWith(".env") && name !== "Fastfile" && name !== "Appfile" && name !== "Matchfile") return false;
  if (LOCKFILES.has(name) || name.endsWith(".min.js")) return false;
  return materialKind(name, ext) === void 0 && !FIREBASE.test(name);
}
function isFirebaseConfig(name) {
  return FIREBASE.test(name);
}
function addFinding(acc, f, inTest) {
  if (inTest && f.category === "credential" && !PROVIDER_KINDS.has(f.kind)) {
    acc.credentialsInTests++;
    return void 0;
  }
  const fact = { ...f, debug: f.debug ?? false, inTest, location: loc(f.file, f.line, f.column) };
  acc.findings.push(fact);
  return fact;
}
var cased = (words) => words.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]).join("|");
var KEY_WORDS = [
  "api",
  "private",
  "access",
  "master",
  "signing",
  "sign",
  "encryption",
  "crypto",
  "aes",
  "hmac",
  "mch",
  "merchant",
  "partner",
  "pay",
  "server",
  "client",
  "bugly",
  "license",
  "secret"
];
var NAME_TRIGGER = `${cased(["pass", "pwd", "secret", "token", "credential", "creds"])}|(?:${cased(KEY_WORDS)})[_.-]?(?:[Kk]ey|KEY)|AppKey=`;
var ENV_TRIGGER = String.raw`\b(?:env|ENV)\b|[gG]etenv|environ|fromEnvironment|getProperty|findProperty`;
var TRIGGER = new RegExp(`(${FORMAT_TRIGGER}|${NAME_TRIGGER}|${ENV_TRIGGER})|(ScriptEnabled|FileAccess|FileURLs|ContentsDebugging|ReceivedSslError|nspectable)`, "g");
var WEB_WORDS = /ScriptEnabled|FileAccess|FileURLs|ContentsDebugging|ReceivedSslError|nspectable/;
var DASHED = new RegExp(DASHED_TRIGGER, "g");
function triggerLines(text, wantSecrets, wantWeb) {
  const s = text.s;
  const lines = [];
  let web = false;
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(s); m; m = TRIGGER.exec(s)) {
    if (m[2]) {
      web = true;
      if (!wantSecrets) break;
      continue;
    }
    if (!wantSecrets) continue;
    const li = text.lineOf(m.index);
    lines.push(li);
    const end = text.lineEnd(li);
    if (wantWeb && !web && WEB_WORDS.test(s.slice(m.index, end))) web = true;
    TRIGGER.lastIndex = end + 1;
  }
  if (!wantSecrets) return { lines, web };
  const dashed = [];
  DASHED.lastIndex = 0;
  for (let m = s.includes("-") ? DASHED.exec(s) : null; m; m = DASHED.exec(s)) {
    const li = text.lineOf(m.index);
    dashed.push(li);
    DASHED.lastIndex = text.lineEnd(li) + 1;
  }
  return { lines: dashed.length ? [.../* @__PURE__ */ new Set([...lines, ...dashed])].sort((a, b) => a - b) : lines, web };
}
var SIGNING_NAME = /(?:^|[._])(?:store|key|keystore)[._]?pass(?:word)?$/i;
function elementAt(s, offset) {
  const open = s.lastIndexOf("<", offset);
  return open >= 0 ? /^<([\w:.-]+)/.exec(s.slice(open, open + 100))?.[1] : void 0;
}
function scanSecretsText(file, name, ext, text, inTest, acc, lines) {
  if (!lines.length && !KEY_FILES.test(name)) return;
  const s = text.s;
  const seen = /* @__PURE__ */ new Map();
  const tokens = [];
  const syntax = syntaxOf(name, ext);
  const inComment = (line, offset) => {
    if (/^\s*(?:\/\/|#|\*|\/\*|<!--)/.test(text.line(line))) return true;
    if (syntax !== "xml") return false;
    const open = s.lastIndexOf("<!--", offset);
    return open >= 0 && s.lastIndexOf("-->", offset) < open;
  };
  const add = (f, id) => {
    const line = f.line - 1;
    const comment = inComment(line, text.lineStart(line) + (f.column ?? 1) - 1);
    const before = seen.get(id);
    if (!before) {
      seen.set(id, { fact: addFinding(acc, f, inTest), comment });
    } else if (before.comment && !comment) {
      before.comment = false;
      if (before.fact) Object.assign(before.fact, { line: f.line, column: f.column, location: loc(file, f.line, f.column) });
    }
  };
  if (KEY_FILES.test(name) && s.includes("PRIVATE KEY")) {
    const at = s.indexOf("-----BEGIN");
    addFinding(acc, { kind: "private-key-file", category: "signing-material", file, line: text.lineOf(Math.max(0, at)) + 1, column: 1, preview: "-----BEGIN \u2026 PRIVATE KEY-----" }, inTest);
    return;
  }
  const translation = isTranslationFile(file);
  for (const li of lines) {
    const ls = text.lineStart(li);
    if (text.lineEnd(li) - ls > 1e4) continue;
    const l = text.line(li);
    const col = (at2) => text.column(ls + Math.max(0, at2), ls);
    const at = (line, column) => ({ file, line: line + 1, column });
    for (const t of findTokens(l)) {
      if (t.kind === "private-key-block" && /BEGIN (?:ENCRYPTED |PGP )?PRIVATE KEY-----\s*["'`]?\s*[+,)]?\s*$/.test(l) && /-----END/.test(text.line(li + 1))) continue;
      tokens.push(t.value);
      add({ kind: t.kind, category: "credential", ...at(li, col(t.index)), preview: redactToken(t.kind, t.value) }, t.value);
      if (t.kind === "aws-access-key") {
        for (const a of findAwsSecrets([l.slice(t.index), text.line(li + 1), text.line(li + 2)])) {
          const aLine = li + a.line;
          const index2 = a.line === 0 ? t.index + a.index : a.index;
          tokens.push(a.value);
          add({ kind: "aws-secret-key", category: "credential", ...at(aLine, text.column(text.lineStart(aLine) + index2, text.lineStart(aLine))), preview: "********" }, a.value);
        }
      }
    }
    if (translation) continue;
    for (const p of pairsOn(syntax, text, li, l)) {
      const value = p.value.trim();
      if (!value || tokens.some((v) => value.includes(v))) continue;
      const short = p.key.split(".").pop() ?? p.key;
      const id = `${short}\0${value}`;
      if (SIGNING_NAME.test(p.key)) {
        if (isPlaceholder(value)) continue;
        add({
          kind: syntax === "properties" ? "properties-password" : "signing-password",
          category: "credential",
          ...at(li, col(p.index)),
          preview: "********",
          name: short,
          debug: value === "android"
        }, id);
        continue;
      }
      const cls = p.fallback ? fallbackCredentialName(short) : credentialNameIn(name, short, syntax === "xml" ? elementAt(s, ls + p.index) : void 0);
      if (cls && looksLikeCredential(value, cls)) add({ kind: "assigned-secret", category: "credential", ...at(li, col(p.index)), preview: "********", name: short }, id);
    }
  }
}

// src/detectors/privacy/code.ts
var SP = 32;
function blankNonCode(s) {
  const out = Buffer.from(s, "latin1");
  const n = s.length;
  const blank = (from, to) => {
    for (let k = from; k < to; k++) if (out[k] !== 10 && out[k] !== 13) out[k] = SP;
  };
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 47) {
      const d = s.charCodeAt(i + 1);
      if (d === 47) {
        const e = s.indexOf("\n", i);
        const end = e < 0 ? n : e;
        blank(i, end);
        i = end;
        continue;
      }
      if (d === 42) {
        const e = s.indexOf("*/", i + 2);
        const end = e < 0 ? n : e + 2;
        blank(i, end);
        i = end;
        continue;
      }
      i++;
      continue;
    }
    if (c === 34 || c === 39 || c === 96) {
      const q = s[i];
      if (c !== 96 && s.startsWith(q + q + q, i)) {
        const e = s.indexOf(q + q + q, i + 3);
        const end = e < 0 ? n : e + 3;
        blank(i + 3, end - 3 >= i + 3 ? end - 3 : end);
        i = end;
        continue;
      }
      let j = i + 1;
      while (j < n) {
        const d = s.charCodeAt(j);
        if (d === 92) {
          j += 2;
          continue;
        }
        if (d === c) break;
        if (d === 10 && c !== 96) break;
        j++;
      }
      blank(i + 1, Math.min(j, n));
      i = j + 1;
      continue;
    }
    i++;
  }
  return out.toString("latin1");
}
var KEYWORDS = /* @__PURE__ */ new Set(["if", "for", "while", "switch", "catch", "synchronized", "when", "guard", "else", "do", "try", "return", "with", "foreach", "forEach", "let", "run", "apply", "also", "map", "then", "async", "init"]);
var CLASS_RE = /\b(?:class|object|struct|extension|interface|enum|mixin|@implementation|@interface)\s+([A-Za-z_$][\w$]*)/;
var FN_RES = [
  /\b(?:fun|func|function)\s+(?:<[^>]*>\s*)?(?:[\w$.]+\.)?([A-Za-z_$][\w$]*)/,
  /(?:^|\s)[-+]\s*\([^)]*\)\s*([A-Za-z_]\w*)/,
  // Objective-C method
  /([A-Za-z_$][\w$]*)\s*\([^()]*(?:\([^()]*\)[^()]*)*\)\s*(?:throws\s+[\w.,\s]+|async\*?|sync\*|const|override|:\s*[\w$<>[\]|.,?\s]+|->\s*[\w$<>[\]?.,\s]+)?\s*$/,
  /(?:^|[^\w$.])([A-Za-z_$][\w$]*)\s*(?::\s*[^=]+?)?=\s*(?:async\s*)?(?:\([^()]*\)|[A-Za-z_$][\w$]*)\s*(?::\s*[^=]+)?=>\s*$/,
  // const f: T = () => {
  /^\s*(?:(?:static|async|get|set|public|private|protected|override)\s+)*([A-Za-z_$][\w$]*)\s*$/
  // getters
];
function fnShapes(ext) {
  switch (ext) {
    case "kt":
    case "swift":
      return [FN_RES[0]];
    case "m":
    case "mm":
      return [FN_RES[1], FN_RES[2]];
    case "java":
      return [FN_RES[2]];
    default:
      return FN_RES;
  }
}
function enclosingOf(code, offset, ext) {
  const shapes = fnShapes(ext);
  const out = {};
  let depth = 0;
  const stop = Math.max(0, offset - 65536);
  for (let i = offset - 1; i >= stop; i--) {
    const c = code.charCodeAt(i);
    if (c === 125) {
      depth++;
      continue;
    }
    if (c !== 123) continue;
    if (depth > 0) {
      depth--;
      continue;
    }
    const header = headerBefore(code, i);
    if (!out.fn && !out.cls) {
      const fn = functionName(header, shapes);
      if (fn) {
        out.fn = fn;
        out.fnHeader = header;
        out.fnOpen = i;
        continue;
      }
    }
    const cls = CLASS_RE.exec(header);
    if (cls) {
      out.cls = cls[1];
      out.clsHeader = header;
      break;
    }
  }
  if (!out.cls) {
    const impl = code.lastIndexOf("@implementation", offset);
    if (impl >= 0 && code.lastIndexOf("@end", offset) < impl) {
      const m = /@implementation\s+(\w+)/.exec(code.slice(impl, impl + 200));
      if (m) out.cls = m[1];
    }
  }
  return out;
}
function headerBefore(code, open) {
  let j = open - 1;
  const min = Math.max(0, open - 400);
  let paren = 0;
  for (; j >= min; j--) {
    const c = code.charCodeAt(j);
    if (c === 41) paren++;
    else if (c === 40) paren--;
    else if (paren === 0 && (c === 59 || c === 123 || c === 125)) break;
  }
  return code.slice(j + 1, open).replace(/\s+/g, " ").trim();
}
function functionName(header, shapes) {
  for (const re of shapes) {
    const m = re.exec(header);
    if (m && !KEYWORDS.has(m[1])) {
      const before = header.slice(0, m.index + m[0].indexOf(m[1]));
      if (re === FN_RES[2] && (/\.\s*$/.test(before) || before.trim() !== "" && !/[\w$>\]?*]\s+$/.test(before))) return void 0;
      if (/(?:^|[^\w$])(?:new|return|await|throw)\s+[\w$.]*$/.test(before)) return void 0;
      if (/[=(,]\s*$/.test(header.slice(0, m.index)) && re !== FN_RES[3]) return void 0;
      return m[1];
    }
  }
  return void 0;
}

// src/detectors/privacy/scan.ts
var compiledByExt = /* @__PURE__ */ new Map();
function escape(s) {
  return s.replace(/[$]/g, "\\$");
}
function compile(files, ext) {
  const entries2 = files.filter((f) => f.extensions.includes(ext)).flatMap((f) => f.apis);
  if (!entries2.length) return null;
  const byName = [/* @__PURE__ */ new Map(), /* @__PURE__ */ new Map(), /* @__PURE__ */ new Map()];
  const receivers = /* @__PURE__ */ new Map();
  for (const e of entries2) {
    [e.members, e.functions, e.identifiers].forEach((names, k) => {
      for (const n of names ?? []) byName[k].set(n, [...byName[k].get(n) ?? [], e]);
    });
    if (e.receiver) receivers.set(e, new RegExp(`(?:${e.receiver})$`));
  }
  const alt = (m) => [...m.keys()].sort((a, b) => b.length - a.length).map(escape).join("|");
  const objc = ext === "m" || ext === "mm";
  const parts = [];
  const kinds = [];
  if (byName[0].size) {
    parts.push(objc ? `(?:\\.\\s*|(?<=[\\w\\]\\)])\\s+)(${alt(byName[0])})(?![\\w$])` : `\\.\\s*(${alt(byName[0])})(?![\\w$])`);
    kinds.push(0);
  }
  if (byName[1].size) {
    parts.push(`\\b(${alt(byName[1])})\\s*\\(`);
    kinds.push(1);
  }
  if (byName[2].size) {
    parts.push(`\\b(${alt(byName[2])})(?![\\w$])`);
    kinds.push(2);
  }
  return { re: new RegExp(parts.join("|"), "g"), kinds, byName, receivers, objc };
}
function compiledFor(ext) {
  let c = compiledByExt.get(ext);
  if (c === void 0) {
    c = compile(apiCatalog(), ext);
    compiledByExt.set(ext, c);
  }
  return c;
}
function privacyExtensions() {
  return new Set(apiCatalog().flatMap((f) => f.extensions));
}
var DECL_WORDS = /(?:^|[^\w$])(?:fun|func|function|def|class|struct|interface|void|static|final|val|var|let|const|private|public|protected|override|suspend|Future<[^>]*>|@objc)\s+$/;
function scanPrivacy(ext, text) {
  const c = compiledFor(ext);
  if (!c) return void 0;
  const s = text.s;
  c.re.lastIndex = 0;
  let m = c.re.exec(s);
  if (!m) return void 0;
  const code = blankNonCode(s);
  const evidence = /* @__PURE__ */ new Map();
  const hasEvidence = (e) => {
    let v = evidence.get(e);
    if (v === void 0) {
      v = !e.types?.length && !e.imports?.length || (e.types ?? []).some((t) => new RegExp(`(?<![\\w$])${escape(t)}(?![\\w$])`).test(code)) || (e.imports ?? []).some((spec) => imports(s, spec));
      evidence.set(e, v);
    }
    return v;
  };
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  let pkg;
  if (ext === "java" || ext === "kt") pkg = /^\s*package\s+([\w.]+)/m.exec(code)?.[1];
  for (; m; m = c.re.exec(s)) {
    const g = m[1] !== void 0 ? 1 : m[2] !== void 0 ? 2 : 3;
    const kind = c.kinds[g - 1];
    const name = m[g];
    const at = m.index + m[0].indexOf(name, kind === 0 ? 1 : 0);
    if (kind !== 0 && /[.$]/.test(s[at - 1] ?? "")) continue;
    if (code.charCodeAt(at) !== s.charCodeAt(at)) continue;
    const li = text.lineOf(at);
    const ls = text.lineStart(li);
    const before = code.slice(Math.max(ls, at - 200), at);
    const after = code.slice(at + name.length, at + name.length + 3);
    let receiverText = "";
    if (kind === 0) {
      const trimmed = before.replace(/\s*\.?\s*$/, "");
      if (c.objc && !/\.\s*$/.test(before)) {
        if (!/^\s*[\]:]/.test(after)) continue;
      }
      receiverText = trimmed.trim() || li === 0 ? trimmed : code.slice(text.lineStart(li - 1), text.lineEnd(li - 1)).trimEnd();
      if (/^\s*=(?!=)/.test(after) || /^\s*[+\-*/]=/.test(after)) continue;
    } else if (kind === 1) {
      if (DECL_WORDS.test(before)) continue;
    } else {
      if (/(?:class|struct|enum|protocol|extension|func|fun|var|let|val)\s+$/.test(before)) continue;
      if (/(?::|->)\s*$/.test(before) || /^\s*\*/.test(after)) continue;
    }
    const entries2 = c.byName[kind].get(name) ?? [];
    for (const e of entries2) {
      const r = c.receivers.get(e);
      if (kind === 0 && r && !r.test(receiverText)) continue;
      if (!hasEvidence(e)) continue;
      if (kind === 1 && e.imports?.length && !e.types?.length && /^(?:js|jsx|ts|tsx)$/.test(ext) && !importsName(s, name)) continue;
      const key = `${e.id}\0${li}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const enc = enclosingOf(code, at, ext);
      const hit = { api: e.id, line: li + 1, column: text.column(at, ls), symbol: name };
      if (enc.cls) hit.cls = enc.cls;
      if (enc.fn) hit.fn = enc.fn;
      if (pkg) hit.pkg = pkg;
      if (isStartup(enc)) {
        hit.startup = true;
        hit.guards = guardsBefore(code, enc.fnOpen, at);
      }
      out.push(hit);
    }
  }
  return out.length ? out : void 0;
}
function imports(s, spec) {
  for (let i = s.indexOf(spec); i >= 0; i = s.indexOf(spec, i + 1)) {
    const q = s[i - 1];
    if (q !== "'" && q !== '"') continue;
    const next = s[i + spec.length];
    if (!spec.endsWith("/") && next !== q && next !== "/") continue;
    const lineStart = s.lastIndexOf("\n", i) + 1;
    if (/^\s*(?:import|export)\b|\bfrom\s*['"]$|\brequire\s*\(\s*['"]$/.test(s.slice(lineStart, i))) return true;
    if (/\bfrom\s*['"]$|\brequire\s*\(\s*['"]$/.test(s.slice(Math.max(0, i - 40), i))) return true;
  }
  return false;
}
function importsName(s, name) {
  return new RegExp(`\\bimport\\s+(?:[\\w$]+\\s*,\\s*)?\\{[^}]*\\b${escape(name)}\\b[^}]*\\}\\s*from|\\{[^}]*\\b${escape(name)}\\b[^}]*\\}\\s*=\\s*require\\(`).test(s);
}
var APP_CLASS = /(?::|\bextends)\s*[\w.]*Application\b/;
function isStartup(e) {
  if (e.fn === "onCreate" && e.clsHeader && APP_CLASS.test(e.clsHeader)) return true;
  return e.fn === "application" && !!e.fnHeader && /didFinishLaunchingWithOptions|willFinishLaunchingWithOptions/.test(e.fnHeader);
}
function guardsBefore(code, open, at) {
  const body = code.slice(open + 1, at);
  const out = [];
  const re = /\b(?:if|guard)\s*(\([^{;]*\)|[^{;\n]*?(?=\{|\belse\b))/g;
  for (let m = re.exec(body); m && out.length < 8; m = re.exec(body)) out.push(m[1].replace(/\s+/g, " ").trim().slice(0, 160));
  return out;
}

// src/detectors/links/server-lists.ts
var import_yaml2 = __toESM(require_dist(), 1);
var ADDRESS_KEYS = /* @__PURE__ */ new Set(["uri", "url", "host", "hostname", "server", "address", "endpoint", "node"]);
var TLS_KEYS = /* @__PURE__ */ new Set(["usessl", "ssl", "issl", "isssl", "usetls", "tls", "secure", "issecure", "https", "usehttps"]);
var SERVER_LIST_HINT = /\b(?:use_?ssl|is_?ssl|ssl|use_?tls|tls|is_?secure|secure|use_?https)"?\s*:/i;
var ADDRESS = /^((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*|\d{1,3}(?:\.\d{1,3}){3})(?::(\d{1,5}))?\/?$/i;
var MAX_ENTRIES = 1e4;
var norm = (k) => k.toLowerCase().replace(/[_-]/g, "");
function tlsFlag(entry) {
  if (!(0, import_yaml2.isMap)(entry)) return void 0;
  for (const p of entry.items) {
    const k = (0, import_yaml2.isScalar)(p.key) ? String(p.key.value) : "";
    if (TLS_KEYS.has(norm(k))) return { key: k, value: (0, import_yaml2.isScalar)(p.value) ? p.value.value : void 0 };
  }
  return void 0;
}
function cleartextServers(text) {
  if (!SERVER_LIST_HINT.test(text)) return [];
  const lc = new import_yaml2.LineCounter();
  let doc;
  try {
    doc = (0, import_yaml2.parseDocument)(text, { lineCounter: lc, uniqueKeys: false });
  } catch {
    return [];
  }
  if (doc.errors.length) return [];
  const out = [];
  let seen = 0;
  const visit = (n, depth) => {
    if (!n || depth > 8 || seen > MAX_ENTRIES) return;
    if ((0, import_yaml2.isMap)(n)) {
      for (const p of n.items) visit(p.value, depth + 1);
      return;
    }
    if (!(0, import_yaml2.isSeq)(n)) return;
    const entries2 = n.items;
    seen += entries2.length;
    const flags = entries2.map(tlsFlag);
    const someTrue = flags.find((f) => f?.value === true);
    entries2.forEach((e, i) => {
      if (!(0, import_yaml2.isMap)(e)) {
        visit(e, depth + 1);
        return;
      }
      const f = flags[i];
      if (f ? f.value !== false : !someTrue) return;
      for (const p of e.items) {
        const k = (0, import_yaml2.isScalar)(p.key) ? norm(String(p.key.value)) : "";
        if (!ADDRESS_KEYS.has(k) || !(0, import_yaml2.isScalar)(p.value) || typeof p.value.value !== "string") continue;
        const m = ADDRESS.exec(p.value.value.trim());
        if (!m || /\.onion$/i.test(m[1])) continue;
        const at = lc.linePos(p.value.range?.[0] ?? 0);
        out.push({
          address: p.value.value.trim().replace(/\/$/, ""),
          host: m[1].toLowerCase(),
          flag: `${f?.key ?? someTrue.key} \u2260 true`,
          line: at.line,
          column: at.col
        });
      }
    });
  };
  visit(doc.contents, 0);
  return out;
}

// src/detectors/links/links.ts
var SCANNED = /* @__PURE__ */ new Set([
  "kt",
  "kts",
  "java",
  "swift",
  "m",
  "mm",
  "h",
  "dart",
  "js",
  "jsx",
  "ts",
  "tsx",
  "mjs",
  "cjs",
  "ets",
  "xml",
  "plist",
  "json",
  "json5",
  "properties",
  "gradle",
  "xcconfig",
  "html",
  "htm",
  "yaml",
  "yml",
  "entitlements",
  "strings"
]);
var SKIPPED_NAMES = /* @__PURE__ */ new Set([
  "package-lock.json",
  "npm-shrinkwrap.json",
  "oh-package-lock.json5",
  "yarn.lock",
  "pnpm-lock.yaml",
  "pubspec.lock",
  "Podfile.lock",
  "Package.resolved",
  "composer.lock",
  "gradle-wrapper.properties"
]);
var MAX_FILE_BYTES = 2 * 1024 * 1024;
var MAX_LINE = 1e4;
var MAX_URLS = 2e4;
var URL_RE = /\b(https?|wss?):\/\/([^\s"'`<>()[\]{}\\|^\x80-\xff]*)/gi;
var NAMESPACE_HOSTS = /^(?:schemas\.android\.com|(?:www\.)?w3\.org|(?:www\.)?apple\.com\/DTDs|xml\.apache\.org|schemas\.xmlsoap\.org|schemas\.microsoft\.com|schemas\.openxmlformats\.org|ns\.adobe\.com|purl\.org\/dc|json-schema\.org|(?:www\.)?xmlpull\.org|pmd\.(?:sf|sourceforge)\.net\/ruleset|(?:www\.)?puppycrawl\.com\/dtds|checkstyle\.(?:org|sourceforge\.io)\/dtds|maven\.apache\.org\/(?:POM|xsd))(?![\w.-])/i;
var LOCAL = /^(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2}|\[::1\]|::1)$/;
function wantsLinks(file, name, ext) {
  if (!SCANNED.has(ext) || SKIPPED_NAMES.has(name)) return false;
  if (name === "google-services.json" || /^GoogleService-Info.*\.plist$/.test(name)) return false;
  if (name.endsWith(".map")) return false;
  return !inHiddenFolder(file);
}
function inHiddenFolder(file) {
  const hidden = file.startsWith(".");
  const dot = hidden ? 0 : file.indexOf("/.") + 1;
  return (hidden || dot > 0) && file.indexOf("/", dot) >= 0;
}
function styleOf(ext) {
  if (ext === "properties" || ext === "yaml" || ext === "yml") return "hash";
  if (ext === "xml" || ext === "plist" || ext === "html" || ext === "htm" || ext === "entitlements") return "markup";
  if (ext === "json") return "json";
  return "c";
}
function blockComments(s, style) {
  const ranges = [];
  if (style === "hash" || style === "json") return ranges;
  const open = style === "markup" ? "<!--" : "/*";
  const close = style === "markup" ? "-->" : "*/";
  let i = s.indexOf(open);
  while (i >= 0) {
    if (style === "c" && i > 0 && !/[\s;,(){}=]/.test(s[i - 1])) {
      i = s.indexOf(open, i + 2);
      continue;
    }
    const e = s.indexOf(close, i + open.length);
    const end = e < 0 ? s.length : e + close.length;
    ranges.push(i, end);
    i = e < 0 ? -1 : s.indexOf(open, end);
  }
  return ranges;
}
function inRanges(ranges, at) {
  for (let k = 0; k < ranges.length; k += 2) {
    if (at < ranges[k]) return false;
    if (at < ranges[k + 1]) return true;
  }
  return false;
}
function lineCommentBefore(s, from, to) {
  for (let i = s.indexOf("//", from); i >= 0 && i < to; i = s.indexOf("//", i + 2)) {
    if (i === from || s[i - 1] !== ":") return true;
  }
  return false;
}
function hashCommentLine(s, from, to) {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 35 || c === 33) return true;
    if (c !== 32 && c !== 9 && c !== 13 && c !== 10 && c !== 11 && c !== 12 && c !== 160 && c !== 65279) return false;
  }
  return false;
}
var URL_COMMENT = 1;
var URL_LOCAL = 2;
var URL_INSECURE = 4;
var URL_RUNTIME = 8;
var URL_SERVER_LIST = 16;
function hostOf(rest) {
  let start = 0;
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charCodeAt(i);
    if (c === 64) {
      start = i + 1;
      break;
    }
    if (c === 47 || c === 63 || c === 35) break;
  }
  let end = start;
  let bracketed = false;
  if (rest.charCodeAt(start) === 91) {
    const close = rest.indexOf("]", start + 1);
    if (close >= 0) {
      end = close + 1;
      bracketed = true;
    }
  }
  if (!bracketed) {
    while (end < rest.length) {
      const c = rest.charCodeAt(end);
      if (c === 47 || c === 58 || c === 63 || c === 35) break;
      end++;
    }
  }
  if (end === start) return "";
  let upper = false;
  for (let i = start; i < end; i++) {
    const c = rest.charCodeAt(i);
    const ok = bracketed ? i === start || i === end - 1 || c >= 48 && c <= 58 || c >= 97 && c <= 102 || c >= 65 && c <= 70 || c === 46 : c >= 97 && c <= 122 || c >= 48 && c <= 57 || c === 46 || c === 45 || c >= 65 && c <= 90;
    if (!ok || bracketed && end - start < 3) return "";
    if (c >= 65 && c <= 90) upper = true;
  }
  const host = rest.slice(start, end);
  const lower = upper ? host.toLowerCase() : host;
  return lower.endsWith(".") ? lower.slice(0, -1) : lower;
}
function trimUrlEnd(s) {
  let end = s.length;
  for (; ; ) {
    const c = s.charCodeAt(end - 1);
    if (c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 42) end--;
    else return end === s.length ? s : s.slice(0, end);
  }
}
function doctypes(s) {
  const ranges = [];
  for (let i = s.indexOf("<!"); i >= 0; i = s.indexOf("<!", i + 2)) {
    if (!/^doctype/i.test(s.slice(i + 2, i + 9))) continue;
    let quote = 0;
    let subset = false;
    let end = i + 9;
    for (; end < s.length; end++) {
      const c = s.charCodeAt(end);
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) quote = c;
      else if (c === 91) subset = true;
      else if (c === 93) subset = false;
      else if (c === 62 && !subset) break;
    }
    ranges.push(i, end + 1);
    i = end;
  }
  return ranges;
}
function isBlank(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
var MAX_ATTRIBUTE_VALUE = 4096;
function inNamespaceAttribute(s, at) {
  let q = at - 1;
  const stop = Math.max(0, at - MAX_ATTRIBUTE_VALUE);
  for (; q >= stop; q--) {
    const c = s.charCodeAt(q);
    if (c === 34 || c === 39) break;
    if (c === 60 || c === 62) return false;
  }
  if (q < stop) return false;
  let i = q - 1;
  if (s.charCodeAt(i) === 92) i--;
  while (i >= 0 && isBlank(s.charCodeAt(i))) i--;
  if (s.charCodeAt(i) !== 61) return false;
  i--;
  while (i >= 0 && isBlank(s.charCodeAt(i))) i--;
  let start = i;
  while (start >= 0 && /[\w:.-]/.test(s[start])) start--;
  const name = s.slice(start + 1, i + 1).toLowerCase();
  return name.startsWith("xmlns") || name.endsWith("schemalocation");
}
var NAMESPACE_WORD_WINDOW = 120;
function namedNamespace(s, lineStart, at) {
  const from = Math.max(lineStart, at - NAMESPACE_WORD_WINDOW);
  for (let i = s.indexOf("amespace", from); i >= 0 && i < at; i = s.indexOf("amespace", i + 8)) {
    const c = s.charCodeAt(i - 1);
    if (c === 110 || c === 78) return true;
  }
  return false;
}
function hostPrefix(s, raw, end) {
  if (!raw.endsWith(".") || raw.includes("/")) return false;
  const c = s.charCodeAt(end);
  return c === 34 || c === 39 || c === 96;
}
var CODE = /* @__PURE__ */ new Set(["kt", "java", "swift", "m", "mm", "h", "dart", "js", "jsx", "ts", "tsx", "mjs", "cjs", "ets"]);
var IDENTIFIER = /^[A-Za-z_][\w.]*(?:\(\))?/;
var MAX_EXPRESSION = 40;
function runtimeHostExpression(s, at) {
  const c = s.charCodeAt(at);
  const next = s.charCodeAt(at + 1);
  const cut = (e2) => e2.length > MAX_EXPRESSION ? `${e2.slice(0, MAX_EXPRESSION)}\u2026` : e2;
  if (c === 92 && next === 40 || c === 36 && next === 123) {
    const close = s.indexOf(c === 92 ? ")" : "}", at + 2);
    const e2 = close < 0 ? "" : s.slice(at + 2, close).trim();
    return e2 && !e2.includes("\n") ? cut(e2) : void 0;
  }
  if (c === 36) return IDENTIFIER.exec(s.slice(at + 1, at + 1 + MAX_EXPRESSION * 2))?.[0];
  if (c === 37 && (next === 64 || next === 115)) return "format argument";
  if (c !== 34 && c !== 39 && c !== 96) return void 0;
  let i = at + 1;
  while (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9) i++;
  if (s.charCodeAt(i) !== 43 || s.charCodeAt(i + 1) === 43 || s.charCodeAt(i + 1) === 61) return void 0;
  i++;
  while (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9) i++;
  const e = IDENTIFIER.exec(s.slice(i, i + MAX_EXPRESSION * 2))?.[0];
  return e ? cut(e) : void 0;
}
function scanLinks(file, ext, text, inTest) {
  const s = text.s;
  const style = styleOf(ext);
  const servers = ext === "yaml" || ext === "yml" || ext === "json" ? cleartextServers(s) : [];
  if (!s.includes("://") && !servers.length) return void 0;
  const code = CODE.has(ext);
  const ranges = blockComments(s, style);
  const declares = s.includes("xmlns") || s.includes("$schema");
  const dtds = s.includes("<!") ? doctypes(s) : [];
  const schemaDocs = ext === "json" && s.includes('"__schema"');
  const urls = [];
  const urlHosts = [];
  const marks = [];
  const out = { urls, urlHosts, marks, hosts: [], counts: { urls: 0, inTest: 0, inComment: 0, insecure: 0, skippedLines: 0 } };
  const counts = out.counts;
  const hosts = [];
  let lastLongLine = -1;
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(s); m; m = URL_RE.exec(s)) {
    const li = text.lineOf(m.index);
    const ls = text.lineStart(li);
    if (text.lineEnd(li) - ls > MAX_LINE) {
      if (li !== lastLongLine && !inRanges(ranges, m.index)) {
        counts.skippedLines++;
        lastLongLine = li;
      }
      continue;
    }
    const scheme = m[1].toLowerCase();
    let rest = trimUrlEnd(m[2]);
    const cleartext = scheme === "http" || scheme === "ws";
    const prefix = hostPrefix(s, m[2], m.index + m[0].length) ? m[2] : "";
    let host = rest && !prefix ? hostOf(rest) : "";
    const built = cleartext && code && !host ? runtimeHostExpression(s, m.index + m[1].length + 3 + prefix.length) : void 0;
    if (built) {
      rest = `${prefix}{${built}}`;
      host = "";
    } else if (!rest || prefix) continue;
    if (s.charCodeAt(m.index - 1) === 94) continue;
    if (declares && (inNamespaceAttribute(s, m.index) || /\$schema"?\s*:\s*"$/.test(s.slice(Math.max(ls, m.index - 40), m.index)))) continue;
    if (dtds.length && inRanges(dtds, m.index)) continue;
    if (namedNamespace(s, ls, m.index)) continue;
    if (NAMESPACE_HOSTS.test(rest)) continue;
    if (host && !/[a-z0-9[]/.test(host[0])) continue;
    const comment = schemaDocs || inRanges(ranges, m.index) || style === "hash" && hashCommentLine(s, ls, m.index) || style === "c" && lineCommentBefore(s, ls, m.index);
    counts.urls++;
    if (inTest) {
      counts.inTest++;
      continue;
    }
    if (comment) counts.inComment++;
    const local = LOCAL.test(host);
    const insecure = cleartext && !comment && !local && (host !== "" || built !== void 0);
    if (insecure) counts.insecure++;
    if (!comment && !local && host && hosts[hosts.length - 1] !== host) hosts.push(host);
    if (urls.length >= MAX_URLS) continue;
    urls.push(`${m[1]}://${rest}`);
    urlHosts.push(host);
    marks.push(li + 1, text.column(m.index, ls), (comment ? URL_COMMENT : 0) | (local ? URL_LOCAL : 0) | (insecure ? URL_INSECURE : 0) | (built ? URL_RUNTIME : 0));
  }
  for (const e of servers) {
    if (LOCAL.test(e.host)) continue;
    counts.urls++;
    if (inTest) {
      counts.inTest++;
      continue;
    }
    counts.insecure++;
    if (urls.length >= MAX_URLS) continue;
    urls.push(`${e.address} (${e.flag})`);
    urlHosts.push(e.host);
    marks.push(e.line, e.column, URL_INSECURE | URL_SERVER_LIST);
  }
  out.hosts = hosts;
  if (counts.skippedLines && !inTest) {
    out.diagnostic = diagnostic(
      "links/long-lines-skipped",
      "note",
      file,
      `${file} has ${counts.skippedLines} line(s) longer than ${MAX_LINE} characters with URLs (minified or generated): those URLs were not checked.`,
      `${file} \u6709 ${counts.skippedLines} \u884C\u8D85\u8FC7 ${MAX_LINE} \u4E2A\u5B57\u7B26\u4E14\u542B URL\uFF08\u538B\u7F29\u6216\u751F\u6210\u7684\u5185\u5BB9\uFF09\uFF0C\u8FD9\u4E9B URL \u672A\u88AB\u68C0\u67E5\u3002`
    );
  }
  return out;
}
var LinksBuilder = class {
  facts = {
    urls: [],
    insecureUrls: [],
    hosts: [],
    truncated: false,
    counts: { filesScanned: 0, urls: 0, inTest: 0, inComment: 0, insecure: 0, skippedFiles: 0, skippedLines: 0 }
  };
  diagnostics = [];
  hosts = /* @__PURE__ */ new Set();
  scanned(file, r) {
    const c = this.facts.counts;
    c.filesScanned++;
    if (!r) return;
    c.urls += r.counts.urls;
    c.inTest += r.counts.inTest;
    c.inComment += r.counts.inComment;
    c.insecure += r.counts.insecure;
    c.skippedLines += r.counts.skippedLines;
    for (const h of r.hosts) this.hosts.add(h);
    const { urls, insecureUrls } = this.facts;
    const keep = Math.min(MAX_URLS - urls.length, r.urls.length);
    const end = r.counts.insecure && insecureUrls.length < MAX_URLS ? r.urls.length : keep;
    for (let k = 0; k < end; k++) {
      const flags = r.marks[3 * k + 2];
      const insecure = (flags & URL_INSECURE) !== 0 && insecureUrls.length < MAX_URLS;
      if (k >= keep && !insecure) continue;
      const url = r.urls[k];
      const line = r.marks[3 * k];
      const column = r.marks[3 * k + 1];
      const scheme = flags & URL_SERVER_LIST ? "no-tls" : url.slice(0, url.indexOf("://")).toLowerCase();
      const fact = {
        url,
        scheme,
        host: r.urlHosts[k],
        file,
        line,
        column,
        location: loc(file, line, column),
        inComment: (flags & URL_COMMENT) !== 0,
        local: (flags & URL_LOCAL) !== 0,
        inTest: false
      };
      if (flags & URL_RUNTIME) fact.builtAtRunTime = true;
      if (k < keep && !(flags & URL_SERVER_LIST)) urls.push(fact);
      if (insecure) insecureUrls.push(fact);
    }
    if (r.counts.urls - r.counts.inTest > keep) this.facts.truncated = true;
    if (r.diagnostic) this.diagnostics.push(r.diagnostic);
  }
  skipped(d) {
    this.facts.counts.skippedFiles++;
    if (d) this.diagnostics.push(d);
  }
  finish() {
    if (this.facts.truncated) {
      this.diagnostics.push(diagnostic(
        "links/too-many-urls",
        "note",
        ".",
        `More than ${MAX_URLS} URLs were found; only the first ${MAX_URLS} are kept as facts (counts are complete).`,
        `\u53D1\u73B0\u7684 URL \u8D85\u8FC7 ${MAX_URLS} \u4E2A\uFF0C\u4EC5\u4FDD\u7559\u524D ${MAX_URLS} \u4E2A\u4F5C\u4E3A\u4E8B\u5B9E\uFF08\u8BA1\u6570\u5B8C\u6574\uFF09\u3002`
      ));
    }
    this.facts.hosts = [...this.hosts].sort();
  }
};

// src/detectors/links/text.ts
import { Buffer as Buffer4, isAscii } from "node:buffer";
var ScanText = class _ScanText {
  /** `ascii`: no byte above 0x7f, so columns are offsets (the common case, known without looking per line). */
  constructor(s, ascii = false) {
    this.s = s;
    this.ascii = ascii;
  }
  s;
  ascii;
  starts;
  static fromBytes(bytes) {
    const buf = Buffer4.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return new _ScanText(buf.toString("latin1"), isAscii(buf));
  }
  lineStarts() {
    this.starts ??= lineIndex(this.s);
    return this.starts;
  }
  /** 0-based line index of an offset. */
  lineOf(offset) {
    const st = this.lineStarts();
    let lo = 0;
    let hi = st.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((st[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  lineStart(i) {
    return this.lineStarts()[i] ?? this.s.length;
  }
  /** End of line i, before its `\n` (and `\r`). */
  lineEnd(i) {
    const next = this.lineStarts()[i + 1];
    let e = next === void 0 ? this.s.length : next - 1;
    if (e > 0 && this.s.charCodeAt(e - 1) === 13) e--;
    return e;
  }
  line(i) {
    return this.s.slice(this.lineStart(i), this.lineEnd(i));
  }
  /** 1-based UTF-16 column of an offset (UTF-8 decoded when the line holds non-ASCII bytes before it). */
  column(offset, lineStart) {
    if (this.ascii) return offset - lineStart + 1;
    const prefix = this.s.slice(lineStart, offset);
    if (!/[^\x00-\x7f]/.test(prefix)) return prefix.length + 1;
    return Buffer4.from(prefix, "latin1").toString("utf8").length + 1;
  }
};

// src/detectors/links/scan.ts
var Want = { Links: 1, Secrets: 2, Web: 4, Minified: 8, Test: 16, Debug: 32, Privacy: 64 };
var SECRETS_MAX = 1024 * 1024;
var WEB_EXTS = /* @__PURE__ */ new Set(["kt", "java", "swift", "m", "mm"]);
var IOS_EXTS = /* @__PURE__ */ new Set(["swift", "m", "mm"]);
var privacyExtSet;
var privacyExts = () => privacyExtSet ??= privacyExtensions();
function extOf(name) {
  const dot = name.lastIndexOf(".");
  return dot >= 0 ? name.slice(dot + 1).toLowerCase() : "";
}
function wantOf(file) {
  const name = basename(file);
  const ext = extOf(name);
  let want = 0;
  if (wantsLinks(file, name, ext)) want |= Want.Links;
  if (wantsSecrets(name, ext)) want |= Want.Secrets;
  if (WEB_EXTS.has(ext)) want |= Want.Web;
  const bundled = (ext === "js" || ext === "mjs" || ext === "cjs") && /\.min\.[cm]?js$|\.bundle\.js$/.test(name);
  if (privacyExts().has(ext) && !bundled && !(ext === "ts" && name.endsWith(".d.ts"))) want |= Want.Privacy;
  if (!want) return 0;
  if (want & Want.Links && bundled) want |= Want.Minified;
  return want;
}
function wantFor(want, role) {
  switch (role) {
    case void 0:
      return 0;
    case "shipped":
      return want;
    case "debug":
      return want | Want.Debug;
    // Test code is not the app: it collects nothing from users.
    case "test":
      return want & ~Want.Privacy | Want.Test;
    case "example":
      return want & Want.Secrets ? Want.Secrets | Want.Test : 0;
    default:
      return want & Want.Secrets;
  }
}
function scanFile(repo, file, want) {
  return scanBytes(file, want, readsFile(want) ? repo.readTransient(file, MAX_FILE_BYTES) : void 0);
}
function scanBytes(file, want, r) {
  const name = basename(file);
  const ext = extOf(name);
  const inTest = (want & Want.Test) !== 0;
  const notShipped = inTest || (want & Want.Debug) !== 0;
  let wantLinks = (want & Want.Links) !== 0;
  const wantWeb = (want & Want.Web) !== 0;
  let links;
  let linkSkip;
  const skip = (d) => {
    links = "skipped";
    if (!notShipped) linkSkip = d;
    wantLinks = false;
  };
  if (wantLinks && want & Want.Minified) {
    skip(diagnostic(
      "links/file-skipped",
      "note",
      file,
      `${file} looks minified or bundled: URLs in it were not checked.`,
      `${file} \u770B\u8D77\u6765\u662F\u538B\u7F29\u6216\u6253\u5305\u540E\u7684\u6587\u4EF6\uFF0C\u5176\u4E2D\u7684 URL \u672A\u88AB\u68C0\u67E5\u3002`
    ));
  }
  let secretsScanned = false;
  let linkScan;
  let secrets;
  let webview;
  let iosWebview;
  let privacy;
  if (r) {
    const utf16 = r.ok ? utf16AsUtf8(r.bytes) : void 0;
    if (!r.ok) {
      if (wantLinks) skip(r.diagnostic);
    } else if (!utf16 && r.bytes.subarray(0, 8192).includes(0)) {
      if (wantLinks) {
        const d = isBinaryPlist(r.bytes) ? void 0 : decodeText(file, r.bytes);
        skip(d && !d.ok ? d.diagnostic : void 0);
      }
    } else {
      const bytes = utf16 ?? r.bytes;
      const text = ScanText.fromBytes(bytes);
      if (wantLinks) {
        links = "scanned";
        linkScan = scanLinks(file, ext, text, notShipped);
      }
      if (want & Want.Privacy) privacy = scanPrivacy(ext, text);
      secretsScanned = (want & Want.Secrets) !== 0 && bytes.length <= SECRETS_MAX;
      if (secretsScanned || wantWeb) {
        const t = triggerLines(text, secretsScanned, wantWeb);
        if (secretsScanned) {
          const acc = { findings: [], credentialsInTests: 0 };
          scanSecretsText(file, name, ext, text, inTest, acc, t.lines);
          if (acc.findings.length || acc.credentialsInTests) secrets = acc;
        }
        if (wantWeb && t.web && IOS_EXTS.has(ext)) {
          const w = scanIosWebView(file, text, notShipped);
          if (w.length) iosWebview = w;
        } else if (wantWeb && t.web) {
          const w = scanWebView(file, text, notShipped);
          if (w.length) webview = w;
        }
      }
    }
  }
  return { links, linkScan, linkSkip, secretsScanned, secrets, webview, iosWebview, privacy };
}
function readsFile(want) {
  return (want & (Want.Secrets | Want.Web | Want.Privacy)) !== 0 || (want & (Want.Links | Want.Minified)) === Want.Links;
}
var UNKNOWN = 255;
var wantsByRepo = /* @__PURE__ */ new WeakMap();
function nameWantAt(repo, i) {
  let wants = wantsByRepo.get(repo);
  if (!wants) {
    wants = new Uint8Array(repo.paths.length).fill(UNKNOWN);
    wantsByRepo.set(repo, wants);
  }
  if (wants[i] === UNKNOWN) wants[i] = wantOf(repo.paths[i]);
  return wants[i];
}
function wantAt(repo, scope, i) {
  const role = roleAt(scope, i);
  return role ? wantFor(nameWantAt(repo, i), role) : 0;
}
var cache = /* @__PURE__ */ new WeakMap();
var ahead = /* @__PURE__ */ new WeakMap();
function startScanAhead(repo, scopes) {
  if (!(repo instanceof DiskRepo)) return;
  const files = [];
  const wants = [];
  for (const scope of scopes) {
    const [start, end] = subtreeRange(repo, scope.dir);
    for (let i = start; i < end; i++) {
      const want = wantAt(repo, scope, i);
      if (readsFile(want)) {
        files.push(repo.paths[i]);
        wants.push(want);
      }
    }
  }
  const reader = ReadAhead.start(repo.root, files, MAX_FILE_BYTES);
  if (reader) ahead.set(repo, { reader, wants, stolen: /* @__PURE__ */ new Map() });
}
function stopScanAhead(repo) {
  ahead.get(repo)?.reader.stop();
  ahead.delete(repo);
}
function scanNext(repo, file, want) {
  const a = ahead.get(repo);
  const got = a?.reader.take(file, (j, other) => {
    const r = repo.readTransient(other, MAX_FILE_BYTES);
    a.stolen.set(j, scanBytes(other, a.wants[j], r));
    return r.ok ? r.bytes.length : 0;
  });
  if (!got) return scanFile(repo, file, want);
  switch (got.status) {
    case EntryStatus.Stolen: {
      const r = a.stolen.get(got.index);
      a.stolen.delete(got.index);
      return r ?? scanFile(repo, file, want);
    }
    case EntryStatus.Bytes:
      return scanBytes(file, want, { ok: true, bytes: got.bytes });
    case EntryStatus.TooLarge:
      return scanBytes(file, want, { ok: false, diagnostic: tooLarge(file, got.size, MAX_FILE_BYTES) });
    default:
      return scanBytes(file, want, { ok: false, diagnostic: unreadable(file, got.message) });
  }
}
function scanSources(repo, appDir, scope = scopeOf(repo, appDir)) {
  const hit = cache.get(scope);
  if (hit) return hit;
  const links = new LinksBuilder();
  const out = {
    links: links.facts,
    linkDiagnostics: links.diagnostics,
    secrets: { findings: [], credentialsInTests: 0, filesScanned: 0 },
    webview: [],
    iosWebview: [],
    privacy: []
  };
  const [start, end] = subtreeRange(repo, scope.dir);
  for (let i = start; i < end; i++) {
    const want = wantAt(repo, scope, i);
    if (!want) continue;
    const file = repo.paths[i];
    const r = scanNext(repo, file, want);
    if (r.links === "scanned") links.scanned(file, r.linkScan);
    else if (r.links === "skipped") links.skipped(r.linkSkip);
    if (r.secretsScanned) out.secrets.filesScanned++;
    if (r.secrets) {
      const role = roleAt(scope, i);
      for (const f of r.secrets.findings) out.secrets.findings.push(role === "shipped" ? f : { ...f, role });
      out.secrets.credentialsInTests += r.secrets.credentialsInTests;
    }
    if (r.webview) out.webview.push(...r.webview);
    if (r.iosWebview) out.iosWebview.push(...r.iosWebview);
    if (r.privacy) out.privacy.push({ file, debug: (want & Want.Debug) !== 0, hits: r.privacy });
  }
  links.finish();
  cache.set(scope, out);
  return out;
}
function isBinaryPlist(bytes) {
  return Buffer.from(bytes.subarray(0, 8)).toString("latin1") === "bplist00";
}

// src/detectors/privacy/index.ts
var index;
function entries() {
  index ??= new Map(apiCatalog().flatMap((f) => f.apis.map((a) => [a.id, { entry: a, platform: f.platform }])));
  return index;
}
var iosPrefixes = /* @__PURE__ */ new WeakMap();
function iosSdkOf(catalog, className) {
  let list = iosPrefixes.get(catalog);
  if (!list) {
    list = catalog.sdks.flatMap((s) => (s.iosClassPrefixes ?? []).map((p) => [p, s])).sort((a, b) => b[0].length - a[0].length);
    iosPrefixes.set(catalog, list);
  }
  return list.find(([p]) => className.startsWith(p))?.[1] ?? null;
}
function sdkOf(catalog, file, h) {
  if (h.pkg) return matchClassName(catalog, `${h.pkg}.${h.cls ?? "X"}`);
  if (/\.(?:swift|m|mm)$/.test(file)) {
    const base = file.slice(file.lastIndexOf("/") + 1).replace(/\.\w+$/, "");
    return (h.cls ? iosSdkOf(catalog, h.cls) : null) ?? iosSdkOf(catalog, base);
  }
  return null;
}
var detectPrivacy = ({ repo, appDir, scope }) => {
  const scan = scanSources(repo, appDir, scope);
  const catalog = loadCatalog();
  const byId = entries();
  const uses = [];
  const silentPermissions = /* @__PURE__ */ new Set();
  for (const { file, debug, hits } of scan.privacy) {
    for (const h of hits) {
      const ix = byId.get(h.api);
      if (!ix) continue;
      const e = ix.entry;
      if (e.silent) {
        if (!debug) for (const p of e.permissions) silentPermissions.add(p);
        continue;
      }
      const sdk = sdkOf(catalog, file, h);
      const use = {
        api: e.id,
        name: e.api,
        platform: ix.platform,
        symbol: h.symbol,
        permissions: e.permissions,
        request: !!e.request,
        location: loc(file, h.line, h.column),
        origin: sdk ? "sdk" : "app",
        debug,
        startup: !!h.startup,
        guards: h.guards ?? []
      };
      if (e.personalInfo) use.personalInfo = e.personalInfo;
      if (e.requiredReason) use.requiredReason = e.requiredReason;
      if (h.cls) use.class = h.cls;
      if (h.fn) use.function = h.fn;
      if (sdk) use.sdk = { id: sdk.id, name: sdk.name };
      uses.push(use);
    }
  }
  const shipped = uses.filter((u) => !u.debug);
  const collected = /* @__PURE__ */ new Map();
  const reasons = /* @__PURE__ */ new Map();
  const permissions = new Set(silentPermissions);
  for (const u of shipped) {
    for (const p of u.permissions) permissions.add(p);
    if (u.personalInfo) {
      const c = collected.get(u.personalInfo);
      if (!c) collected.set(u.personalInfo, { personalInfo: u.personalInfo, count: 1, apis: [u.api], location: u.location, origin: u.origin });
      else {
        c.count++;
        if (!c.apis.includes(u.api)) c.apis.push(u.api);
        if (c.origin === "sdk" && u.origin === "app") Object.assign(c, { location: u.location, origin: "app" });
      }
    }
    if (u.requiredReason) {
      const r = reasons.get(u.requiredReason);
      if (!r) reasons.set(u.requiredReason, { category: u.requiredReason, count: 1, location: u.location, origin: u.origin });
      else {
        r.count++;
        if (r.origin === "sdk" && u.origin === "app") Object.assign(r, { location: u.location, origin: "app" });
      }
    }
  }
  const detectable = [...new Set([...byId.values()].map((i) => i.entry.personalInfo).filter((p) => !!p))].sort();
  return {
    facts: {
      uses,
      collected: [...collected.values()].sort((a, b) => a.personalInfo < b.personalInfo ? -1 : 1),
      requiredReasons: [...reasons.values()].sort((a, b) => a.category < b.category ? -1 : 1),
      permissionsUsed: [...permissions].sort(),
      detectable,
      knownPermissions: [...new Set([...byId.values()].filter((i) => !i.entry.silent).flatMap((i) => i.entry.permissions))].sort()
    },
    diagnostics: []
  };
};

export {
  diagnostic,
  loc,
  appFiles,
  isTestPath,
  scopeOfInput,
  codeFiles,
  splitLines,
  materialKind,
  holdsMaterial,
  isFirebaseConfig,
  addFinding,
  startScanAhead,
  stopScanAhead,
  scanSources,
  detectPrivacy
};
