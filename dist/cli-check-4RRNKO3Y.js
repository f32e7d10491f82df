#!/usr/bin/env node
import { createRequire as __mpCreateRequire } from 'node:module'; const require = __mpCreateRequire(import.meta.url);
import {
  htmlReporter,
  markdownReporter
} from "./cli-chunk-SDJXFGRG.js";
import {
  collectEvidence
} from "./cli-chunk-HWGAYXKR.js";
import "./cli-chunk-VE5ELMBS.js";
import "./cli-chunk-RXSCFBNU.js";
import "./cli-chunk-3WBJZOKF.js";
import {
  SEVERITIES,
  STAGES,
  emit,
  emitChunks,
  langOption,
  oneOf,
  timeoutOption
} from "./cli-chunk-PPZTN2AE.js";
import {
  articlesLabel,
  severityLabel,
  t
} from "./cli-chunk-TCB42F2Q.js";
import {
  loadPacks,
  resolveNow,
  runCheck
} from "./cli-chunk-JOUH6P3R.js";
import "./cli-chunk-HXUZCLZ2.js";
import {
  DIAGNOSTICS
} from "./cli-chunk-GKMRLZRU.js";
import "./cli-chunk-FTYXQLH7.js";
import {
  jsonWithoutWorkflowCommands,
  noWorkflowCommands,
  visible
} from "./cli-chunk-TNQMHV32.js";
import {
  CHECK_USAGE
} from "./cli-chunk-VIOYTTWZ.js";
import "./cli-chunk-4AVPZEAC.js";
import {
  allFindings,
  failing,
  summarize
} from "./cli-chunk-ND4HRAEM.js";
import "./cli-chunk-D3CIC5HL.js";
import {
  minimatch,
  parseCommandArgs
} from "./cli-chunk-Q3TBLJ6T.js";
import "./cli-chunk-V65IAYDK.js";
import {
  ConfigurationError,
  formatLocation
} from "./cli-chunk-BZQX73NR.js";
import {
  suggest
} from "./cli-chunk-JVUIPAC5.js";
import "./cli-chunk-Q3GBV4AC.js";

// src/cli/check.ts
import fs3 from "node:fs";
import path3 from "node:path";

// src/compare-base.ts
import fs2 from "node:fs";
import os from "node:os";
import path2 from "node:path";

// src/core/baseline.ts
function newFingerprints(head, base) {
  const left = /* @__PURE__ */ new Map();
  for (const f of base) left.set(f.fingerprint, (left.get(f.fingerprint) ?? 0) + 1);
  const fresh = /* @__PURE__ */ new Set();
  for (const f of head) {
    const n2 = left.get(f.fingerprint) ?? 0;
    if (n2 > 0) left.set(f.fingerprint, n2 - 1);
    else fresh.add(f);
  }
  return fresh;
}

// src/repo/git.ts
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
var SAFE = ["-c", "core.fsmonitor=", "-c", "core.hooksPath=/dev/null", "-c", "diff.external=", "-c", "core.pager=cat", "--no-pager"];
var MAX_BUFFER = 256 * 1024 * 1024;
var Git = class {
  constructor(cwd) {
    this.cwd = cwd;
  }
  cwd;
  run(args, input) {
    return execFileSync("git", [...SAFE, ...args], {
      cwd: this.cwd,
      input,
      maxBuffer: MAX_BUFFER,
      stdio: ["pipe", "pipe", "pipe"],
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0", GIT_CONFIG_NOSYSTEM: "1" }
    });
  }
  /** Is this a work tree whose object store has the commit? */
  hasCommit(sha) {
    if (!/^[0-9a-f]{7,64}$/i.test(sha)) return false;
    try {
      this.run(["cat-file", "-e", `${sha}^{commit}`]);
      return true;
    } catch {
      return false;
    }
  }
  /** The commit a ref names (branch, tag, sha, `HEAD~1`), or undefined. */
  resolveCommit(ref) {
    if (!ref || ref.startsWith("-")) return void 0;
    try {
      return this.run(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]).toString("utf8").trim() || void 0;
    } catch {
      return void 0;
    }
  }
  /** Path of the work tree root, relative to which git paths are written. */
  topLevel() {
    return this.run(["rev-parse", "--show-toplevel"]).toString("utf8").trim();
  }
  mergeBase(a, b) {
    try {
      return this.run(["merge-base", a, b]).toString("utf8").trim() || void 0;
    } catch {
      return void 0;
    }
  }
  /** Unified diff with no context between two commits (for changed files and lines). */
  diff(base, head) {
    return this.run(["diff-tree", "-r", "-p", "-U0", "--no-ext-diff", "--no-textconv", "--no-renames", "--no-color", base, head]).toString("utf8");
  }
  /**
   * Writes the tree of `sha` (only the paths `under`, if any) into `dest` from the object store:
   * `ls-tree` + `cat-file --batch`, so no filter, attribute or checkout logic runs.
   */
  exportTree(sha, dest, under = [], maxFileBytes = 8 * 1024 * 1024) {
    const paths = under.filter(Boolean);
    const listing = this.run(["ls-tree", "-r", "-z", "--full-tree", "-l", sha, ...paths.length && !paths.includes(".") ? ["--", ...paths] : []]).toString("utf8");
    const blobs = [];
    for (const entry of listing.split("\0")) {
      if (!entry) continue;
      const tab = entry.indexOf("	");
      const [mode, type, objectSha, size] = entry.slice(0, tab).split(/\s+/);
      const file = entry.slice(tab + 1);
      if (type !== "blob" || mode === "120000" || Number(size) > maxFileBytes) continue;
      if (!safeRelative(file)) continue;
      blobs.push({ sha: objectSha, file });
    }
    if (!blobs.length) return 0;
    const out = this.run(["cat-file", "--batch"], Buffer.from(blobs.map((b) => b.sha).join("\n") + "\n"));
    let pos = 0;
    for (const b of blobs) {
      const nl = out.indexOf(10, pos);
      const header = out.subarray(pos, nl).toString("utf8").split(" ");
      const size = Number(header[2]);
      const body = out.subarray(nl + 1, nl + 1 + size);
      pos = nl + 1 + size + 1;
      const target = path.join(dest, b.file);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, body);
    }
    return blobs.length;
  }
};
function safeRelative(file) {
  if (!file || file.startsWith("/") || file.includes("\0")) return false;
  return !file.split(/[\\/]/).some((s) => s === ".." || s === ".git");
}

// src/compare-base.ts
function markNewFindings(report, options, packs, baseRef) {
  const git = new Git(options.dir);
  let top;
  try {
    top = fs2.realpathSync(git.topLevel());
  } catch {
    throw new ConfigurationError(`--base ${baseRef}: ${options.dir} is not inside a git checkout`);
  }
  const base = git.resolveCommit(baseRef);
  if (!base) throw new ConfigurationError(`--base ${baseRef}: no such commit in this checkout (fetch it first, e.g. git fetch origin ${baseRef})`);
  const mergeBase = git.mergeBase(base, "HEAD") ?? base;
  const rel = path2.relative(top, fs2.realpathSync(options.dir)).split(path2.sep).join("/");
  const tmp = fs2.mkdtempSync(path2.join(os.tmpdir(), "mobile-policy-base-"));
  try {
    git.exportTree(mergeBase, tmp, rel ? [rel] : []);
    const baseDir = path2.join(tmp, rel);
    const baseManifest = options.manifest ? path2.join(baseDir, path2.relative(options.dir, options.manifest)) : void 0;
    const baseReport = fs2.existsSync(baseDir) && (!baseManifest || fs2.existsSync(baseManifest)) ? runCheck({ ...options, dir: baseDir, manifest: baseManifest }, packs) : void 0;
    for (const app of report.apps) {
      const before = baseReport?.apps.find((a) => a.manifest === app.manifest)?.findings ?? [];
      const fresh = newFingerprints(app.findings, before);
      for (const f of app.findings) f.new = fresh.has(f);
    }
  } catch (e) {
    if (e instanceof ConfigurationError) throw e;
    throw new ConfigurationError(`--base ${baseRef}: the base commit could not be evaluated (${e.message})`);
  } finally {
    fs2.rmSync(tmp, { recursive: true, force: true });
  }
  return mergeBase;
}

// src/reporters/gitlab.ts
import { createHash } from "node:crypto";
var GITLAB_SEVERITY = { error: "critical", warning: "major", note: "info" };
var gitlabReporter = (report, { lang }) => {
  const seen = /* @__PURE__ */ new Map();
  const issues = [];
  for (const app of report.apps) {
    for (const f of app.findings) {
      if (f.waived) continue;
      issues.push(issue(f, app.manifest, lang, seen));
    }
  }
  return JSON.stringify(issues, null, 2) + "\n";
};
function issue(f, manifest, lang, seen) {
  const articles = articlesLabel(lang, f.articles);
  const message = (f.message[lang] || f.message.en).replace(/\s*\n\s*/g, " ");
  return {
    description: articles ? `${message} [${f.ruleId}, ${articles}]` : `${message} [${f.ruleId}]`,
    check_name: f.ruleId,
    fingerprint: uniqueFingerprint(f, seen),
    severity: GITLAB_SEVERITY[f.severity],
    // A finding without a file (no manifest found) points at where the manifest belongs.
    location: { path: toPosix(f.location.file || manifest || "mobile-app.yaml"), lines: { begin: Math.max(1, f.location.line ?? 1) } }
  };
}
function uniqueFingerprint(f, seen) {
  const base = `mobile-policy\0${f.app ?? ""}\0${f.ruleId}\0${f.fingerprint}`;
  const n2 = seen.get(base) ?? 0;
  seen.set(base, n2 + 1);
  return createHash("sha256").update(n2 ? `${base}\0${n2}` : base).digest("hex").slice(0, 32);
}
function toPosix(file) {
  return file.replace(/\\/g, "/").replace(/^\.\//, "");
}

// src/reporters/json-chunks.ts
var PLACEHOLDER = "\0mobile-policy:items\0";
var ITEMS = PLACEHOLDER;
function* jsonChunks(value, items) {
  const text2 = JSON.stringify(value, null, 2);
  const mark = JSON.stringify(PLACEHOLDER);
  const at = text2.indexOf(mark);
  if (at < 0) throw new Error("jsonChunks: the value has no ITEMS placeholder");
  const indent = /^ */.exec(text2.slice(text2.lastIndexOf("\n", at) + 1))[0];
  const pad = `${indent}  `;
  yield jsonWithoutWorkflowCommands(text2.slice(0, at));
  let first = true;
  for (const item of items) {
    const json = JSON.stringify(item, null, 2);
    if (json === void 0) continue;
    yield jsonWithoutWorkflowCommands(`${first ? "[\n" : ",\n"}${pad}${json.replace(/\n/g, `
${pad}`)}`);
    first = false;
  }
  yield first ? "[]" : `
${indent}]`;
  yield `${jsonWithoutWorkflowCommands(text2.slice(at + mark.length))}
`;
}

// src/reporters/json.ts
var jsonReporter = (report, options) => [...jsonReportChunks(report, options)].join("");
function jsonReportChunks(report, { lang }) {
  const out = {
    tool: report.tool,
    stage: report.stage,
    now: report.now,
    lang,
    packs: report.packs,
    apps: report.apps.map((a) => ({ manifest: a.manifest, app: a.app, ...a.scope ? { scope: a.scope } : {} })),
    summary: report.summary,
    ...report.timedOut ? { timedOut: report.timedOut } : {},
    findings: ITEMS
  };
  return jsonChunks(out, findingsOf(report, lang));
}
function* findingsOf(report, lang) {
  for (const a of report.apps) for (const f of a.findings) yield jsonFinding(f, lang);
}
function jsonFinding(f, lang) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    title: f.title[lang],
    message: f.message[lang],
    articles: f.articles,
    location: f.location,
    fingerprint: f.fingerprint,
    subject: f.subject,
    app: f.app,
    waived: f.waived,
    ...f.occurrences !== void 0 ? { occurrences: f.occurrences } : {},
    ...f.related?.length ? { related: f.related } : {},
    ...f.omitted !== void 0 ? { omitted: f.omitted } : {},
    ...f.new !== void 0 ? { new: f.new } : {},
    ...f.waiver ? { waiver: f.waiver } : {},
    ...f.remediation ? { remediation: f.remediation[lang] } : {}
  };
}

// src/reporters/junit.ts
var junitReporter = (report, { lang }) => {
  const suites = report.apps.map((app) => {
    const name = app.manifest || t(lang, "app.unknown");
    const cases = app.findings.length ? app.findings.map((f) => testcase(f, lang)) : [`    <testcase classname="${attr(report.tool.name)}" name="${attr(name)}"/>`];
    const failures2 = app.findings.filter((f) => !f.waived).length;
    const skipped2 = app.findings.filter((f) => f.waived).length;
    const tests = Math.max(1, app.findings.length);
    return [
      `  <testsuite name="${attr(name)}" tests="${tests}" failures="${failures2}" errors="0" skipped="${skipped2}" timestamp="${attr(report.now.replace(/\.\d+Z$/, ""))}">`,
      ...cases,
      "  </testsuite>"
    ].join("\n");
  });
  const total = report.apps.reduce((n2, a) => n2 + Math.max(1, a.findings.length), 0);
  const failures = report.apps.reduce((n2, a) => n2 + a.findings.filter((f) => !f.waived).length, 0);
  const skipped = report.summary.waived;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(`${report.tool.name} ${report.tool.version} (${report.stage})`)}" tests="${total}" failures="${failures}" errors="0" skipped="${skipped}">`,
    ...suites,
    "</testsuites>",
    ""
  ].join("\n");
};
function testcase(f, lang) {
  const where = f.location.file ? formatLocation(f.location) : "";
  const name = [where, f.subject].filter(Boolean).join(" ");
  const open = `    <testcase classname="${attr(f.ruleId)}" name="${attr(name || f.ruleId)}"${f.location.file ? ` file="${attr(f.location.file)}"` : ""}>`;
  const message = f.message[lang] || f.message.en;
  const body = [];
  if (f.waived) {
    const w = f.waiver;
    const why = w ? t(lang, "waived.by", { expires: w.expires, approver: w.approvedBy?.name ?? "?", reason: w.reason }) : t(lang, "waived");
    body.push(`      <skipped message="${attr(why)}"/>`);
  } else {
    const detail = [
      `${f.ruleId} [${articlesLabel(lang, f.articles)}]`,
      where ? `${where}` : "",
      message,
      f.remediation ? f.remediation[lang] || f.remediation.en : ""
    ].filter(Boolean).join("\n");
    body.push(`      <failure type="${f.severity}" message="${attr(message)}">${text(detail)}</failure>`);
  }
  return [open, ...body, "    </testcase>"].join("\n");
}
function clean(s) {
  return s.replace(
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (c) => c === "\x1B" ? "\\e" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function text(s) {
  return clean(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;").replace(/^([ \t]*):(?=:)/gm, "$1&#58;").replace(/##\[/g, "&#35;#[");
}
function attr(s) {
  return text(s).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}

// src/reporters/sarif.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var FINGERPRINT_KEY = "mobilePolicy/v1";
var SECURITY_SEVERITY = { error: "8.0", warning: "5.0", note: "2.0" };
function sarifReporter(report, options) {
  return [...sarifChunks(report, options)].join("");
}
function sarifChunks(report, options) {
  const results = [];
  const log = sarifLog(report, options, (all) => {
    results.push(all);
    return ITEMS;
  });
  return jsonChunks(log, results[0]);
}
function sarifLog(report, { lang, uriPrefix = "" }, place) {
  const findings = report.apps.flatMap((a) => a.findings);
  const byRule = /* @__PURE__ */ new Map();
  for (const f of findings) if (!byRule.has(f.ruleId)) byRule.set(f.ruleId, f);
  const ids = [...byRule.keys()].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const prefix = uriPrefix.replace(/\\/g, "/").replace(/^\.\/?/, "").replace(/\/+$/, "");
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            rules: ids.map((id) => rule(byRule.get(id), lang))
          }
        },
        results: place(lazyMap(findings, (f) => result(f, index.get(f.ruleId), lang, prefix))),
        // A run stopped at its time limit (--timeout) did not succeed: its results are partial.
        ...report.timedOut ? { invocations: [{ executionSuccessful: false }] } : {},
        properties: { stage: report.stage, packs: report.packs.map((p) => `${p.name}@${p.version}`) }
      }
    ]
  };
}
function* lazyMap(list, fn) {
  for (const x of list) yield fn(x);
}
function rule(f, lang) {
  const title = f.title[lang] || f.title.en;
  const arts = articlesLabel(lang, f.articles);
  const remediation = f.remediation ? f.remediation[lang] || f.remediation.en : "";
  const help = [title + (arts ? ` (${arts})` : ""), remediation].filter(Boolean).join("\n\n");
  return {
    id: f.ruleId,
    name: ruleName(f.ruleId),
    shortDescription: { text: title },
    fullDescription: { text: arts ? `${title}. ${circular(lang)} ${arts}.` : `${title}.` },
    help: { text: help, markdown: `**${title}**${arts ? ` (${arts})` : ""}${remediation ? `

${remediation}` : ""}` },
    defaultConfiguration: { level: f.severity },
    properties: {
      tags: ["compliance", "nfra-2024-99", ...f.articles.map((a) => `article-${a}`)],
      "security-severity": SECURITY_SEVERITY[f.severity],
      precision: "high"
    }
  };
}
function result(f, ruleIndex, lang, prefix) {
  const out = {
    ruleId: f.ruleId,
    ruleIndex,
    level: f.severity,
    message: { text: f.message[lang] || f.message.en }
  };
  if (f.location.file) {
    out.locations = [{ physicalLocation: physical(f.location, prefix) }];
    if (f.related?.length) out.relatedLocations = f.related.map((l, i) => ({ id: i + 1, physicalLocation: physical(l, prefix) }));
  }
  out.partialFingerprints = { [FINGERPRINT_KEY]: f.fingerprint };
  if (f.waived) {
    const w = f.waiver;
    const justification = w ? t(lang, "waived.by", { expires: w.expires, approver: w.approvedBy?.name ?? "?", reason: w.reason }) + (w.ticket ? ` [${w.ticket}]` : "") : t(lang, "waived");
    out.suppressions = [{ kind: "external", status: "accepted", justification }];
  }
  out.properties = { articles: f.articles, subject: f.subject, ...f.app ? { app: f.app } : {}, ...f.occurrences !== void 0 ? { occurrences: f.occurrences } : {}, ...f.omitted !== void 0 ? { omitted: f.omitted } : {} };
  return out;
}
function physical(l, prefix) {
  const region = {};
  if (l.line) {
    region.startLine = l.line;
    if (l.column) region.startColumn = l.column;
    if (l.endLine && l.endLine >= l.line) region.endLine = l.endLine;
    if (l.endColumn && region.endLine) region.endColumn = l.endColumn;
  }
  return {
    artifactLocation: { uri: encodeUri(prefix ? `${prefix}/${l.file}` : l.file), uriBaseId: "%SRCROOT%" },
    ...Object.keys(region).length ? { region } : {}
  };
}
function ruleName(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((p) => p[0].toUpperCase() + p.slice(1)).join("");
}
function circular(lang) {
  return lang === "zh-CN" ? "\u91D1\u529E\u53D1\u30142024\u301599\u53F7" : "NFRA circular Jin Ban Fa [2024] No. 99,";
}
function encodeUri(file) {
  return file.split("/").map((s) => encodeURIComponent(s)).join("/");
}

// src/reporters/scope-line.ts
var ROLE_NAME = {
  shipped: { en: "shipped", "zh-CN": "\u968F\u5E94\u7528\u53D1\u5E03" },
  debug: { en: "debug-only", "zh-CN": "\u4EC5\u8C03\u8BD5" },
  test: { en: "test", "zh-CN": "\u6D4B\u8BD5" },
  example: { en: "example", "zh-CN": "\u793A\u4F8B" },
  build: { en: "build tooling", "zh-CN": "\u6784\u5EFA\u5DE5\u5177" },
  "tool-config": { en: "tool config", "zh-CN": "\u5DE5\u5177\u914D\u7F6E" },
  docs: { en: "docs", "zh-CN": "\u6587\u6863" },
  ci: { en: "CI", "zh-CN": "\u6301\u7EED\u96C6\u6210" },
  generated: { en: "generated", "zh-CN": "\u751F\u6210" },
  vendored: { en: "vendored", "zh-CN": "\u5185\u7F6E\u7B2C\u4E09\u65B9" },
  "other-platform": { en: "other platform", "zh-CN": "\u5176\u4ED6\u5E73\u53F0" },
  excluded: { en: "excluded", "zh-CN": "\u5DF2\u6392\u9664" }
};
var n = (x) => x.toLocaleString("en-US");
function scopeLine(s, lang) {
  const zh = lang === "zh-CN";
  const builds = [];
  const where = s.roots.filter(Boolean);
  if (s.android.modules.length) {
    const apps2 = s.android.applications.join(", ") || "?";
    builds.push(zh ? `Android \u5E94\u7528\u6A21\u5757 ${apps2}\uFF08\u5171 ${s.android.modules.length} \u4E2A\u6A21\u5757\uFF09` : `Android ${apps2} (${s.android.modules.length} module${s.android.modules.length === 1 ? "" : "s"})`);
  }
  const apps = s.ios.targets.filter((t2) => t2.kind === "app").map((t2) => t2.name);
  const ext = s.ios.targets.filter((t2) => t2.kind === "extension").length;
  if (apps.length) builds.push(zh ? `iOS \u76EE\u6807 ${apps.join(", ")}${ext ? `\uFF08\u53E6\u6709 ${ext} \u4E2A\u6269\u5C55\uFF09` : ""}` : `iOS target${apps.length > 1 ? "s" : ""} ${apps.join(", ")}${ext ? ` (+${ext} extension${ext > 1 ? "s" : ""})` : ""}`);
  if (s.flutter.length) builds.push(zh ? `Flutter ${s.flutter.map((d) => d || ".").join(", ")}` : `Flutter ${s.flutter.map((d) => d || ".").join(", ")}`);
  if (s.reactNative.length) builds.push(`React Native ${s.reactNative.map((d) => d || ".").join(", ")}`);
  if (s.harmonyos.length) builds.push(`HarmonyOS ${s.harmonyos.map((d) => d || ".").join(", ")}`);
  const inScope = ["shipped", "debug"].filter((r) => s.files[r]).map((r) => zh ? `${ROLE_NAME[r][lang]} ${n(s.files[r])}` : `${n(s.files[r])} ${ROLE_NAME[r][lang]}`);
  const out = Object.keys(ROLE_NAME).filter((r) => r !== "shipped" && r !== "debug" && s.files[r]).map((r) => zh ? `${ROLE_NAME[r][lang]} ${n(s.files[r])}` : `${n(s.files[r])} ${ROLE_NAME[r][lang]}`);
  const via = s.via === "app-id" ? zh ? "\uFF08\u6309 app.id \u627E\u5230\uFF09" : " (found by app.id)" : s.via === "include" ? zh ? "\uFF08\u6309 scope.include\uFF09" : " (from scope.include)" : "";
  const head = zh ? `\u8303\u56F4${where.length ? `\uFF08${where.join(", ")}\uFF09` : ""}${via}\uFF1A${builds.join("\uFF0C") || "\u672A\u627E\u5230\u5E94\u7528\u6784\u5EFA"}` : `Scope${where.length ? ` (${where.join(", ")})` : ""}${via}: ${builds.join(", ") || "no app build found"}`;
  const files = zh ? `\uFF1B\u6587\u4EF6\uFF1A${inScope.join("\uFF0C") || "0"}${out.length ? `\uFF1B\u8303\u56F4\u5916\uFF1A${out.join("\uFF0C")}` : ""}` : `; files: ${inScope.join(", ") || "0"}${out.length ? `; out of scope: ${out.join(", ")}` : ""}`;
  return head + files;
}

// src/reporters/text.ts
var SGR = { red: 31, yellow: 33, blue: 34, cyan: 36, green: 32, bold: 1, dim: 2 };
var textReporter = (report, { lang, color = false }) => {
  const paint = (style, s) => color ? `\x1B[${SGR[style]}m${s}\x1B[0m` : s;
  const sevStyle = { error: "red", warning: "yellow", note: "blue" };
  const lines = [];
  const packs = visible(report.packs.map((p) => `${p.name} ${p.version}`).join(", "));
  lines.push(paint("dim", `${report.tool.name} ${report.tool.version} \xB7 ${packs} \xB7 ${t(lang, "header.stage")} ${stageName(report.stage, lang)}`));
  for (const app of report.apps) {
    const ident = visible([app.app.id, app.app.name].filter(Boolean).join(" \xB7 "));
    lines.push("");
    lines.push(paint("bold", visible(app.manifest) || t(lang, "app.unknown")) + (ident ? `  (${ident})` : ""));
    if (app.scope) lines.push("  " + paint("dim", visible(scopeLine(app.scope, lang))));
    const active = app.findings.filter((f) => !f.waived);
    const waived = app.findings.filter((f) => f.waived);
    for (const sev of SEVERITIES) {
      const group = active.filter((f) => f.severity === sev);
      if (!group.length) continue;
      lines.push("");
      lines.push("  " + paint(sevStyle[sev], `${severityLabel(lang, sev)} (${group.length})`));
      for (const f of group) lines.push(...finding(f));
    }
    if (waived.length) {
      lines.push("");
      lines.push("  " + paint("dim", `${t(lang, "waived")} (${waived.length})`));
      for (const f of waived) {
        lines.push(...finding(f).map((l) => paint("dim", l)));
        if (f.waiver) {
          lines.push(paint("dim", "      " + visible(t(lang, "waived.by", {
            expires: f.waiver.expires,
            approver: f.waiver.approvedBy?.name ?? "?",
            reason: f.waiver.reason
          }))));
        }
      }
    }
    if (!app.findings.length) lines.push("  " + paint("green", t(lang, "summary.clean")));
  }
  lines.push("");
  lines.push(t(lang, "summary.line", { ...report.summary }));
  return noWorkflowCommands(lines.join("\n") + "\n");
  function finding(f) {
    const fresh = f.new ? `  ${paint("yellow", t(lang, "finding.new"))}` : "";
    const head = `    ${paint("cyan", visible(formatLocation(f.location)))}  ${paint("bold", visible(f.ruleId))}  ${paint("dim", `[${articlesLabel(lang, f.articles)}]`)}${fresh}`;
    return [head, `      ${visible(f.message[lang])}`];
  }
};
function stageName(stage, lang) {
  return lang === "en" ? stage : `${t(lang, stage === "pr" ? "stage.pr" : "stage.release")}\uFF08${stage}\uFF09`;
}

// src/reporters/index.ts
var REPORTERS = {
  text: textReporter,
  json: jsonReporter,
  markdown: markdownReporter,
  html: htmlReporter,
  sarif: sarifReporter,
  junit: junitReporter,
  gitlab: gitlabReporter
};

// src/cli/focus.ts
var BLOCKING = /^manifest\/(missing|unreadable|parse|empty|not-mapping|multiple-documents|alias-limit|api-version)$/;
var matches = (id, patterns) => patterns.some((p) => p === id || minimatch(id, p, { nocase: false, dot: true }));
function isFocused(focus) {
  return focus.only.length > 0 || focus.skip.length > 0;
}
function inFocus(id, focus) {
  if (matches(id, focus.skip)) return false;
  return !focus.only.length || matches(id, focus.only) || BLOCKING.test(id);
}
function checkFocus(focus, packs) {
  const ids = [.../* @__PURE__ */ new Set([...packs.flatMap((p) => p.rules.map((r) => r.id)), ...Object.keys(DIAGNOSTICS)])];
  for (const [flag, patterns] of [["--rule", focus.only], ["--skip-rule", focus.skip]]) {
    for (const p of patterns) {
      if (ids.some((id) => matches(id, [p]))) continue;
      const near = suggest(p, ids);
      throw new ConfigurationError(`${flag} ${p} matches no rule of ${packs.map((x) => x.name).join(", ")} and no built-in check${near ? `; did you mean ${near}?` : ""}`);
    }
  }
}
function focusPacks(packs, focus) {
  if (!isFocused(focus)) return [...packs];
  return packs.map((p) => ({ ...p, rules: p.rules.map((r) => r.disabled || inFocus(r.id, focus) ? r : { ...r, disabled: true }) }));
}
function focusReport(report, focus) {
  if (!isFocused(focus)) return { report, hidden: 0 };
  let hidden = 0;
  const apps = report.apps.map((app) => {
    const findings = app.findings.filter((f) => inFocus(f.ruleId, focus));
    hidden += app.findings.length - findings.length;
    return { ...app, findings };
  });
  return { report: { ...report, apps, summary: summarize(apps.flatMap((a) => a.findings)) }, hidden };
}

// src/cli/check.ts
function checkCommand(argv, io) {
  const { values, positionals } = parseCommandArgs(argv, {
    manifest: { type: "string" },
    policy: { type: "string", multiple: true },
    stage: { type: "string" },
    format: { type: "string" },
    output: { type: "string", short: "o" },
    "fail-on": { type: "string" },
    lang: { type: "string" },
    base: { type: "string" },
    "only-new": { type: "boolean" },
    "no-waivers": { type: "boolean" },
    waivers: { type: "string" },
    rule: { type: "string", multiple: true },
    "skip-rule": { type: "string", multiple: true },
    timeout: { type: "string" }
  });
  if (positionals.length > 1) throw new ConfigurationError(`check takes one folder; got ${positionals.join(" ")}`);
  const dir = path3.resolve(io.cwd, positionals[0] ?? ".");
  if (!fs3.existsSync(dir) || !fs3.statSync(dir).isDirectory()) throw new ConfigurationError(`${positionals[0] ?? "."} is not a folder`);
  const stage = oneOf("stage", values.stage, STAGES, "pr");
  const format = oneOf("format", values.format, Object.keys(REPORTERS), "text");
  const failOn = oneOf("fail-on", values["fail-on"], ["error", "warning", "note", "never"], "error");
  const lang = langOption(values.lang, io);
  const focus = { only: values.rule ?? [], skip: values["skip-rule"] ?? [] };
  const loaded = loadPacks(values.policy, io.cwd);
  checkFocus(focus, loaded);
  const packs = focusPacks(loaded, focus);
  if (values["only-new"] && !values.base) throw new ConfigurationError("--only-new needs --base GIT_REF to compare with");
  const options = {
    dir,
    manifest: values.manifest ? path3.resolve(io.cwd, values.manifest) : void 0,
    stage,
    now: resolveNow(io.env),
    noWaivers: values["no-waivers"],
    ...values.waivers ? { waivers: path3.resolve(io.cwd, values.waivers) } : {},
    timeoutMs: timeoutOption(values.timeout) * 1e3
  };
  const full = runCheck(options, packs);
  if (values.base) markNewFindings(full, options, packs, values.base);
  const { report, hidden } = focusReport(full, focus);
  if (hidden) io.err(t(lang, "focus.hidden", { count: hidden }) + "\n");
  const reporter = REPORTERS[format];
  const evidence = format === "html" || format === "markdown" && stage === "release";
  const shown = evidence ? collectEvidence(report, io.env, packs) : report;
  const streamed = STREAMED[format];
  if (streamed) emitChunks(io, streamed(shown, { lang }), values.output);
  else emit(io, reporter(shown, { lang, color: useColor(io) && !values.output }), values.output);
  if (full.timedOut) {
    io.err(t(lang, "check.timedOut", { seconds: full.timedOut.limitMs / 1e3 }) + "\n");
    return 2;
  }
  const failed = failing(allFindings(report), failOn).filter((f) => !values["only-new"] || f.new !== false);
  if (format !== "text" || values.output) {
    const count = failed.reduce((n2, f) => n2 + (f.omitted ?? 1), 0);
    io.err(t(lang, failed.length ? "gate.failed" : "gate.passed", { count, failOn }) + "\n");
  }
  return failed.length ? 1 : 0;
}
var STREAMED = { json: jsonReportChunks, sarif: sarifChunks };
function useColor(io) {
  if (io.env.NO_COLOR) return false;
  return io.isTTY || Boolean(io.env.FORCE_COLOR && io.env.FORCE_COLOR !== "0");
}
export {
  CHECK_USAGE,
  checkCommand
};
