#!/usr/bin/env node
import { createRequire as __mpCreateRequire } from 'node:module'; const require = __mpCreateRequire(import.meta.url);
import {
  hasEvidence,
  statusLabel,
  withEvidence
} from "./cli-chunk-HWGAYXKR.js";
import {
  esc
} from "./cli-chunk-VE5ELMBS.js";
import {
  manifestSchema
} from "./cli-chunk-3WBJZOKF.js";
import {
  articlesLabel,
  severityLabel,
  t,
  vocabularyLabel
} from "./cli-chunk-TCB42F2Q.js";
import {
  formatLocation
} from "./cli-chunk-BZQX73NR.js";

// src/reporters/md-escape.ts
var LINE_BREAK = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/g;
var CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
var WJ = "\u2060";
function oneLine(s) {
  return s.replace(LINE_BREAK, " ").replace(/\t/g, " ").replace(CONTROL, "\uFFFD");
}
function mdText(s) {
  return oneLine(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]|!#~]/g, "\\$&").replace(/@(?=[\w-])/g, `@${WJ}`).replace(/:\/\//g, `:${WJ}//`).replace(/www\./gi, (w) => `${w.slice(0, 3)}${WJ}.`);
}
function mdCode(s, inTable = false) {
  let text = oneLine(s);
  if (!text) return "";
  if (inTable) text = text.replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") || text.startsWith(" ") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}
function mdCell(s) {
  return s.split(LINE_BREAK).map(mdText).join("<br>");
}

// src/reporters/html.ts
var L = {
  title: { en: "Release evidence report", "zh-CN": "\u4E0A\u7EBF\u5408\u89C4\u8BC1\u636E\u62A5\u544A" },
  subtitle: { en: "NFRA Jin Ban Fa [2024] No. 99", "zh-CN": "\u91D1\u529E\u53D1\u30142024\u301599\u53F7" },
  identity: { en: "Application", "zh-CN": "\u5E94\u7528\u4FE1\u606F" },
  run: { en: "Check", "zh-CN": "\u68C0\u67E5\u4FE1\u606F" },
  articles: { en: "Article by article", "zh-CN": "\u9010\u6761\u5BF9\u7167" },
  evidence: { en: "Evidence", "zh-CN": "\u8BC1\u636E\u6750\u6599" },
  sdks: { en: "Third-party SDKs", "zh-CN": "\u7B2C\u4E09\u65B9 SDK" },
  waivers: { en: "Waivers", "zh-CN": "\u8C41\u514D" },
  findings: { en: "Findings", "zh-CN": "\u95EE\u9898" },
  none: { en: "None.", "zh-CN": "\u65E0\u3002" },
  id: { en: "App id", "zh-CN": "\u5E94\u7528\u6807\u8BC6" },
  name: { en: "Name", "zh-CN": "\u540D\u79F0" },
  kinds: { en: "Kinds", "zh-CN": "\u7C7B\u578B" },
  status: { en: "Status", "zh-CN": "\u72B6\u6001" },
  version: { en: "Version", "zh-CN": "\u7248\u672C" },
  filing: { en: "Filing number", "zh-CN": "\u5907\u6848\u53F7" },
  owner: { en: "Responsible", "zh-CN": "\u8D1F\u8D23\u90E8\u95E8/\u4EBA" },
  manifest: { en: "Manifest", "zh-CN": "\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6" },
  commit: { en: "Commit", "zh-CN": "\u63D0\u4EA4" },
  time: { en: "Time", "zh-CN": "\u65F6\u95F4" },
  stage: { en: "Stage", "zh-CN": "\u9636\u6BB5" },
  packs: { en: "Policy packs", "zh-CN": "\u7B56\u7565\u5305" },
  tool: { en: "Tool", "zh-CN": "\u5DE5\u5177" },
  article: { en: "Article", "zh-CN": "\u6761\u6B3E" },
  state: { en: "Status", "zh-CN": "\u7ED3\u8BBA" },
  rules: { en: "Rules", "zh-CN": "\u89C4\u5219" },
  item: { en: "Item", "zh-CN": "\u4E8B\u9879" },
  date: { en: "Date", "zh-CN": "\u65E5\u671F" },
  result: { en: "Result", "zh-CN": "\u7ED3\u8BBA" },
  report: { en: "Report", "zh-CN": "\u62A5\u544A" },
  vendor: { en: "Vendor", "zh-CN": "\u63D0\u4F9B\u65B9" },
  purpose: { en: "Purpose", "zh-CN": "\u7528\u9014" },
  personalInfo: { en: "Personal information", "zh-CN": "\u4E2A\u4EBA\u4FE1\u606F" },
  assessment: { en: "Assessment", "zh-CN": "\u5B89\u5168\u8BC4\u4F30" },
  contract: { en: "Contract expires", "zh-CN": "\u5408\u540C\u5230\u671F" },
  rule: { en: "Rule", "zh-CN": "\u89C4\u5219" },
  scope: { en: "Scope", "zh-CN": "\u8303\u56F4" },
  reason: { en: "Reason", "zh-CN": "\u539F\u56E0" },
  approver: { en: "Approved by", "zh-CN": "\u6279\u51C6\u4EBA" },
  expires: { en: "Expires", "zh-CN": "\u5230\u671F" },
  severity: { en: "Severity", "zh-CN": "\u7EA7\u522B" },
  location: { en: "Location", "zh-CN": "\u4F4D\u7F6E" },
  message: { en: "Message", "zh-CN": "\u8BF4\u660E" },
  unknownCommit: { en: "(not given)", "zh-CN": "\uFF08\u672A\u63D0\u4F9B\uFF09" }
};
var l = (lang, k) => L[k][lang];
var stateText = (lang, s) => statusLabel(lang, s);
var CSS = `
body{font:13px/1.5 system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;margin:24px;color:#1f2328;max-width:1100px}
h1{font-size:22px;margin:0}h2{font-size:17px;margin:28px 0 6px;border-bottom:2px solid #1f2328}h3{font-size:14px;margin:16px 0 6px}
table{border-collapse:collapse;width:100%;margin:4px 0 8px}th,td{border:1px solid #d0d7de;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f6f8fa}dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;margin:4px 0}dt{color:#57606a}dd{margin:0}
.pass{color:#1b6e3a}.fail{color:#b3261e;font-weight:600}.waived{color:#8a5a00}.no-evidence{color:#bc4c00;font-weight:600}.not-evaluated,.not-applicable,.not-applicable-declared,.muted{color:#57606a}
.sev-error{color:#b3261e;font-weight:600}.sev-warning{color:#8a5a00}code{font-size:12px}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}section.app{break-before:page}section.app:first-of-type{break-before:auto}a{color:inherit;text-decoration:none}a[href^="http"]::after{content:" (" attr(href) ")";font-size:10px}}
`;
function infoLabel(lang, value) {
  const defs = manifestSchema.$defs ?? {};
  const label = defs.personalInfoType?.["x-enum-details"]?.[value]?.[lang];
  return label ? label.replace(/\s*[（(].*$/, "") : value;
}
var result = (lang, value) => value ? vocabularyLabel(lang, "result", value) : "";
function link(href) {
  if (!href) return "";
  return /^https?:\/\//i.test(href) ? `<a href="${esc(href)}">${esc(href)}</a>` : `<code>${esc(href)}</code>`;
}
var table = (head, rows, empty) => rows.length ? `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</tbody></table>` : `<p class="muted">${esc(empty)}</p>`;
var htmlReporter = (report, { lang }) => renderEvidenceHtml(hasEvidence(report) ? report : withEvidence(report, { manifests: /* @__PURE__ */ new Map() }), lang);
function renderEvidenceHtml(report, lang) {
  const run = `<dl>
<dt>${esc(l(lang, "commit"))}</dt><dd><code>${esc(report.evidence.commit ?? l(lang, "unknownCommit"))}</code>${report.evidence.ref ? ` <span class="muted">${esc(report.evidence.ref)}</span>` : ""}</dd>
<dt>${esc(l(lang, "time"))}</dt><dd>${esc(report.now)}</dd>
<dt>${esc(l(lang, "stage"))}</dt><dd>${esc(vocabularyLabel(lang, "stage", report.stage))}</dd>
<dt>${esc(l(lang, "packs"))}</dt><dd>${esc(report.packs.map((p) => `${p.name} ${p.version}`).join(", "))}</dd>
<dt>${esc(l(lang, "tool"))}</dt><dd>${esc(`${report.tool.name} ${report.tool.version}`)}</dd>
</dl>
<p><b>${esc(t(lang, "summary.line", { ...report.summary }))}</b></p>`;
  const apps = report.apps.map((app, i) => appSection(app, report.evidence.apps[i], lang)).join("\n");
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(l(lang, "title"))}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${esc(l(lang, "title"))}</h1>
<div class="muted">${esc(l(lang, "subtitle"))}</div>
<h2>${esc(l(lang, "run"))}</h2>
${run}
${apps}
</body>
</html>
`;
}
function appSection(app, ev, lang) {
  const name = [ev.name, ev.nameZh].filter(Boolean).join(" / ") || app.manifest || t(lang, "app.unknown");
  const identity = `<dl>
<dt>${esc(l(lang, "name"))}</dt><dd>${esc(name)}</dd>
<dt>${esc(l(lang, "id"))}</dt><dd><code>${esc(ev.id ?? "")}</code></dd>
<dt>${esc(l(lang, "kinds"))}</dt><dd>${esc(ev.kinds.map((k) => vocabularyLabel(lang, "app.kind", k)).join(lang === "zh-CN" ? "\u3001" : ", "))}</dd>
<dt>${esc(l(lang, "status"))}</dt><dd>${esc(ev.status ? vocabularyLabel(lang, "app.status", ev.status) : "")}</dd>
${ev.version ? `<dt>${esc(l(lang, "version"))}</dt><dd>${esc(ev.version)}</dd>` : ""}
<dt>${esc(l(lang, "filing"))}</dt><dd>${esc(ev.filingNumber ?? "")}</dd>
<dt>${esc(l(lang, "owner"))}</dt><dd>${esc([ev.ownerDepartment, ev.ownerPerson].filter(Boolean).join(" \xB7 "))}</dd>
<dt>${esc(l(lang, "manifest"))}</dt><dd><code>${esc(app.manifest || t(lang, "app.unknown"))}</code></dd>
</dl>`;
  const articles = table(
    [l(lang, "article"), "", l(lang, "state"), l(lang, "rules"), l(lang, "evidence")],
    ev.articles.map((a) => [
      esc(articlesLabel(lang, [a.article])),
      esc(a.title[lang]),
      `<span class="${a.state}">${esc(stateText(lang, a.state))}</span>${a.findings ? ` (${a.findings})` : ""}${a.state === "no-evidence" && a.reasons.length ? `<br><small class="muted">${esc(a.reasons.join(", "))}</small>` : ""}`,
      a.rules.map((r) => `<code>${esc(r)}</code>`).join(" "),
      ev.links.filter((x) => x.articles.includes(a.article)).map((x) => `${esc(x.label[lang])}${x.date ? ` ${esc(x.date)}` : ""}${x.report ? `: ${link(x.report)}` : ""}`).join("<br>")
    ]),
    l(lang, "none")
  );
  const links = table(
    [l(lang, "item"), l(lang, "article"), l(lang, "date"), l(lang, "result"), l(lang, "report")],
    ev.links.map((x) => [esc(x.label[lang]), esc(articlesLabel(lang, x.articles)), esc(x.date ?? ""), esc(result(lang, x.result)), link(x.report)]),
    l(lang, "none")
  );
  const sdks = table(
    ["SDK", l(lang, "vendor"), l(lang, "purpose"), l(lang, "personalInfo"), l(lang, "assessment"), l(lang, "contract")],
    ev.sdks.map((s) => [
      `<code>${esc(s.id)}</code>`,
      esc(s.vendor ?? ""),
      esc(s.purpose ?? ""),
      esc(s.personalInfo.map((p) => infoLabel(lang, p)).join(lang === "zh-CN" ? "\u3001" : ", ")),
      s.assessment ? `${esc([s.assessment.date, result(lang, s.assessment.result)].filter(Boolean).join(" "))}${s.assessment.report ? `<br>${link(s.assessment.report)}` : ""}` : "",
      esc(s.contractExpires ?? "")
    ]),
    l(lang, "none")
  );
  const waivers = table(
    [l(lang, "rule"), l(lang, "scope"), l(lang, "reason"), l(lang, "approver"), l(lang, "expires")],
    ev.waivers.map((w) => [`<code>${esc(w.rule)}</code>`, esc(w.scope ?? ""), esc([w.reason, w.ticket].filter(Boolean).join(" \xB7 ")), esc(w.approver ?? ""), esc(w.expires ?? "")]),
    l(lang, "none")
  );
  const findings = table(
    [l(lang, "severity"), l(lang, "rule"), l(lang, "article"), l(lang, "location"), l(lang, "message")],
    [...app.findings.filter((f) => !f.waived), ...app.findings.filter((f) => f.waived)].map((f) => [
      f.waived ? esc(t(lang, "waived")) : `<span class="sev-${f.severity}">${esc(severityLabel(lang, f.severity))}</span>`,
      `<code>${esc(f.ruleId)}</code>`,
      esc(articlesLabel(lang, f.articles)),
      `<code>${esc(formatLocation(f.location))}</code>`,
      esc(f.message[lang]) + (f.waiver ? `<br><span class="muted">${esc(t(lang, "waived.by", { expires: f.waiver.expires, approver: f.waiver.approvedBy?.name ?? "?", reason: f.waiver.reason }))}</span>` : "")
    ]),
    t(lang, "summary.clean")
  );
  return `<section class="app">
<h2>${esc(l(lang, "identity"))}: ${esc(name)}</h2>
${identity}
<h3>${esc(l(lang, "articles"))}</h3>
${articles}
<p class="muted"><small>${esc(t(lang, "coverage.legend"))}</small></p>
<h3>${esc(l(lang, "evidence"))}</h3>
${links}
<h3>${esc(l(lang, "sdks"))}</h3>
${sdks}
<h3>${esc(l(lang, "waivers"))}</h3>
${waivers}
<h3>${esc(l(lang, "findings"))}</h3>
${findings}
</section>`;
}
function renderEvidenceMarkdown(report, lang) {
  const txt = (s) => mdText(s ?? "");
  const out = [`# ${l(lang, "title")}`, "", `${l(lang, "commit")}: ${mdCode(report.evidence.commit ?? l(lang, "unknownCommit"))} \xB7 ${l(lang, "time")}: ${report.now} \xB7 ${l(lang, "stage")}: ${vocabularyLabel(lang, "stage", report.stage)} \xB7 ${l(lang, "packs")}: ${txt(report.packs.map((p) => `${p.name} ${p.version}`).join(", "))}`, ""];
  report.apps.forEach((app, i) => {
    const ev = report.evidence.apps[i];
    out.push(`## ${txt([ev.name, ev.nameZh].filter(Boolean).join(" / ") || app.manifest || t(lang, "app.unknown"))}${ev.id ? ` (${mdCode(ev.id)})` : ""}`, "");
    out.push(`| ${l(lang, "article")} | | ${l(lang, "state")} | ${l(lang, "evidence")} |`, "|---|---|---|---|");
    for (const a of ev.articles) {
      const links = ev.links.filter((x) => x.articles.includes(a.article)).map((x) => `${txt(x.label[lang])}${x.date ? ` ${txt(x.date)}` : ""}${x.report ? `: ${mdCode(x.report, true)}` : ""}`).join("<br>");
      out.push(`| ${articlesLabel(lang, [a.article])} | ${a.title[lang]} | ${stateText(lang, a.state)}${a.findings ? ` (${a.findings})` : ""} | ${links} |`);
    }
    out.push("", `<sub>${txt(t(lang, "coverage.legend"))}</sub>`);
    out.push("", `### ${l(lang, "sdks")}`, "");
    if (!ev.sdks.length) out.push(l(lang, "none"));
    for (const s of ev.sdks) out.push(`- ${mdCode(s.id)} ${txt(s.vendor)}: ${txt(s.purpose)}; ${l(lang, "assessment")} ${s.assessment ? `${txt(s.assessment.date)} ${txt(result(lang, s.assessment.result))} ${s.assessment.report ? mdCode(s.assessment.report) : ""}`.trim() : "\u2014"}; ${l(lang, "contract")} ${s.contractExpires ? txt(s.contractExpires) : "\u2014"}`);
    out.push("", `### ${l(lang, "waivers")}`, "");
    if (!ev.waivers.length) out.push(l(lang, "none"));
    for (const w of ev.waivers) out.push(`- ${mdCode(w.rule)}${w.scope ? ` (${mdCode(w.scope)})` : ""}: ${txt(w.reason)}; ${l(lang, "approver")} ${w.approver ? txt(w.approver) : "?"}; ${l(lang, "expires")} ${w.expires ? txt(w.expires) : "?"}`);
    out.push("", `### ${l(lang, "findings")}`, "");
    if (!app.findings.length) out.push(t(lang, "summary.clean"));
    for (const f of app.findings) out.push(`- ${f.waived ? t(lang, "waived") : severityLabel(lang, f.severity)} ${mdCode(f.ruleId)} ${articlesLabel(lang, f.articles)} ${mdCode(formatLocation(f.location))}: ${txt(f.message[lang])}`);
    out.push("");
  });
  out.push(`**${t(lang, "summary.line", { ...report.summary })}**`, "");
  return out.join("\n");
}

// src/reporters/markdown.ts
var ICON = { error: "\u{1F534}", warning: "\u{1F7E1}", note: "\u{1F535}" };
var escapeCell = mdCell;
var markdownReporter = (report, options) => hasEvidence(report) ? renderEvidenceMarkdown(report, options.lang) : renderMarkdown(report, options);
function renderMarkdown(report, { lang, maxFindings = Infinity }) {
  const out = [];
  let listed = 0;
  let total = 0;
  for (const app of report.apps) {
    const name = [app.app.name, app.app.id].filter(Boolean).join(" \xB7 ") || app.manifest || t(lang, "app.unknown");
    out.push(`### ${t(lang, "summary.title", { app: mdText(name) })}`, "");
    out.push(`${report.packs.map((p) => mdCode(`${p.name} ${p.version}`)).join(", ")} \xB7 ${t(lang, "header.stage")} \`${report.stage}\``, "");
    const active = app.findings.filter((f) => !f.waived);
    const waived = app.findings.filter((f) => f.waived);
    if (!app.findings.length) {
      out.push(`\u2705 ${t(lang, "summary.clean")}`, "");
      continue;
    }
    out.push(`| ${t(lang, "summary.col.severity")} | ${t(lang, "summary.col.rule")} | ${t(lang, "summary.col.articles")} | ${t(lang, "summary.col.location")} | ${t(lang, "summary.col.message")} |`);
    out.push("|---|---|---|---|---|");
    for (const f of [...active, ...waived]) {
      total++;
      if (listed >= maxFindings) continue;
      listed++;
      out.push(row(f));
    }
    out.push("");
  }
  if (total > listed) out.push(t(lang, "summary.more", { count: total - listed }), "");
  out.push(`**${t(lang, "summary.line", { ...report.summary })}**`, "");
  return out.join("\n");
  function row(f) {
    const sev = f.waived ? `\u26AA ${t(lang, "waived")}` : `${ICON[f.severity]} ${severityLabel(lang, f.severity)}`;
    let message = f.message[lang];
    if (f.waiver) message += ` (${t(lang, "waived.by", { expires: oneLine(f.waiver.expires), approver: oneLine(f.waiver.approvedBy?.name ?? "?"), reason: oneLine(f.waiver.reason) })})`;
    return `| ${sev} | ${mdCode(f.ruleId, true)} | ${articlesLabel(lang, f.articles)} | ${mdCode(formatLocation(f.location), true)} | ${escapeCell(message)} |`;
  }
}

export {
  mdCode,
  htmlReporter,
  escapeCell,
  markdownReporter
};
