#!/usr/bin/env node
import { createRequire as __mpCreateRequire } from 'node:module'; const require = __mpCreateRequire(import.meta.url);

// src/core/messages.ts
var MESSAGES = {
  "severity.error": { en: "error", "zh-CN": "\u9519\u8BEF" },
  "severity.warning": { en: "warning", "zh-CN": "\u8B66\u544A" },
  "severity.note": { en: "note", "zh-CN": "\u63D0\u793A" },
  "severity.error.plural": { en: "errors", "zh-CN": "\u9519\u8BEF" },
  "severity.warning.plural": { en: "warnings", "zh-CN": "\u8B66\u544A" },
  "severity.note.plural": { en: "notes", "zh-CN": "\u63D0\u793A" },
  waived: { en: "waived", "zh-CN": "\u5DF2\u8C41\u514D" },
  "finding.new": { en: "(new)", "zh-CN": "\uFF08\u65B0\u589E\uFF09" },
  "waived.by": { en: "waived until {expires} by {approver} ({reason})", "zh-CN": "\u5DF2\u8C41\u514D\u81F3 {expires}\uFF0C\u6279\u51C6\u4EBA {approver}\uFF08{reason}\uFF09" },
  article: { en: "art.", "zh-CN": "\u7B2C" },
  "article.suffix": { en: "", "zh-CN": "\u6761" },
  "summary.line": {
    en: "{error} errors, {warning} warnings, {note} notes, {waived} waived",
    "zh-CN": "{error} \u4E2A\u9519\u8BEF\uFF0C{warning} \u4E2A\u8B66\u544A\uFF0C{note} \u4E2A\u63D0\u793A\uFF0C{waived} \u4E2A\u5DF2\u8C41\u514D"
  },
  "summary.clean": { en: "No findings.", "zh-CN": "\u672A\u53D1\u73B0\u95EE\u9898\u3002" },
  "header.stage": { en: "stage", "zh-CN": "\u9636\u6BB5" },
  "app.unknown": { en: "(no manifest)", "zh-CN": "\uFF08\u65E0\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\uFF09" },
  "check.timedOut": {
    en: "mobile-policy: the check stopped at its time limit (--timeout {seconds} s): the report is partial; its tool/timeout notes say what was not finished.",
    "zh-CN": "mobile-policy\uFF1A\u68C0\u67E5\u8FBE\u5230\u65F6\u957F\u4E0A\u9650\uFF08`--timeout {seconds}` \u79D2\uFF09\u800C\u4E2D\u6B62\uFF0C\u62A5\u544A\u4E0D\u5B8C\u6574\uFF1B\u5176\u4E2D\u7684 `tool/timeout` \u8BF4\u660E\u5217\u51FA\u4E86\u672A\u5B8C\u6210\u7684\u5185\u5BB9\u3002"
  },
  "inventory.timedOut": {
    en: "mobile-policy inventory: stopped at its time limit (--timeout {seconds} s) at {at}: the inventory is partial (only the apps finished before it).",
    "zh-CN": "`mobile-policy inventory`\uFF1A\u8FBE\u5230\u65F6\u957F\u4E0A\u9650\uFF08`--timeout {seconds}` \u79D2\uFF09\u800C\u4E2D\u6B62\u4E8E `{at}`\uFF0C\u7EC4\u4EF6\u5217\u8868\u4E0D\u5B8C\u6574\uFF08\u4EC5\u542B\u6B64\u524D\u5DF2\u5B8C\u6210\u7684\u5E94\u7528\uFF09\u3002"
  },
  "gate.failed": {
    en: 'mobile-policy: {count} finding(s) at or above "{failOn}".',
    "zh-CN": "mobile-policy\uFF1A\u6709 {count} \u4E2A\u95EE\u9898\u8FBE\u5230\u6216\u9AD8\u4E8E \u201C{failOn}\u201D \u7EA7\u522B\u3002"
  },
  "gate.passed": {
    en: 'mobile-policy: no findings at or above "{failOn}".',
    "zh-CN": "mobile-policy\uFF1A\u6CA1\u6709\u8FBE\u5230\u6216\u9AD8\u4E8E \u201C{failOn}\u201D \u7EA7\u522B\u7684\u95EE\u9898\u3002"
  },
  "focus.hidden": {
    en: "mobile-policy: {count} finding(s) of built-in checks outside --rule/--skip-rule not shown.",
    "zh-CN": "mobile-policy\uFF1A\u6709 {count} \u4E2A\u4E0D\u5728 --rule/--skip-rule \u8303\u56F4\u5185\u7684\u5185\u7F6E\u68C0\u67E5\u95EE\u9898\u672A\u663E\u793A\u3002"
  },
  "summary.title": { en: "mobile-policy: {app}", "zh-CN": "mobile-policy\uFF1A{app}" },
  "summary.col.severity": { en: "Severity", "zh-CN": "\u7EA7\u522B" },
  "summary.col.rule": { en: "Rule", "zh-CN": "\u89C4\u5219" },
  "summary.col.articles": { en: "Articles", "zh-CN": "\u6761\u6B3E" },
  "summary.col.location": { en: "Location", "zh-CN": "\u4F4D\u7F6E" },
  "summary.col.message": { en: "Message", "zh-CN": "\u8BF4\u660E" },
  "summary.more": { en: "\u2026 and {count} more findings (see the JSON report).", "zh-CN": "\u2026\u2026\u53E6\u6709 {count} \u4E2A\u95EE\u9898\uFF08\u89C1 JSON \u62A5\u544A\uFF09\u3002" },
  "explain.articles": { en: "Articles", "zh-CN": "\u5BF9\u5E94\u6761\u6B3E" },
  "explain.severity": { en: "Severity", "zh-CN": "\u7EA7\u522B" },
  "explain.stages": { en: "Stages", "zh-CN": "\u9636\u6BB5" },
  "explain.rationale": { en: "Why", "zh-CN": "\u4F9D\u636E" },
  "explain.remediation": { en: "How to fix", "zh-CN": "\u6574\u6539\u65B9\u6CD5" },
  "explain.waivable": { en: "Waivable", "zh-CN": "\u53EF\u8C41\u514D" },
  "explain.pack": { en: "Pack", "zh-CN": "\u7B56\u7565\u5305" },
  "explain.builtin": { en: "Built-in check of mobile-policy (an input or policy problem, not a rule of a pack).", "zh-CN": "mobile-policy \u7684\u5185\u7F6E\u68C0\u67E5\uFF08\u8F93\u5165\u95EE\u9898\u6216\u7B56\u7565\u95EE\u9898\uFF0C\u4E0D\u5C5E\u4E8E\u7B56\u7565\u5305\u4E2D\u7684\u89C4\u5219\uFF09\u3002" },
  "explain.meaning": { en: "What it means", "zh-CN": "\u542B\u4E49" },
  "test.pass": { en: "PASS", "zh-CN": "\u901A\u8FC7" },
  "test.fail": { en: "FAIL", "zh-CN": "\u5931\u8D25" },
  "test.summary": {
    en: "{pack}: {passed} of {total} cases passed; {covered} of {rules} rules have a passing and a failing case ({coverage}%).",
    "zh-CN": "{pack}\uFF1A{total} \u4E2A\u7528\u4F8B\u4E2D {passed} \u4E2A\u901A\u8FC7\uFF1B{rules} \u6761\u89C4\u5219\u4E2D {covered} \u6761\u540C\u65F6\u5177\u6709\u901A\u8FC7\u548C\u5931\u8D25\u7528\u4F8B\uFF08{coverage}%\uFF09\u3002"
  },
  "test.untested": { en: "Rules without a passing and a failing case:", "zh-CN": "\u7F3A\u5C11\u901A\u8FC7\u7528\u4F8B\u6216\u5931\u8D25\u7528\u4F8B\u7684\u89C4\u5219\uFF1A" },
  "test.suite-errors": { en: "Problems with the test suite:", "zh-CN": "\u6D4B\u8BD5\u5957\u4EF6\u672C\u8EAB\u7684\u95EE\u9898\uFF1A" },
  "test.result.passed": { en: "Pack tests passed.", "zh-CN": "\u7B56\u7565\u5305\u6D4B\u8BD5\u901A\u8FC7\u3002" },
  "test.result.failed": { en: "Pack tests failed.", "zh-CN": "\u7B56\u7565\u5305\u6D4B\u8BD5\u672A\u901A\u8FC7\u3002" },
  "coverage.title": { en: "Coverage of NFRA circular Jin Ban Fa [2024] No. 99", "zh-CN": "\u91D1\u529E\u53D1\u30142024\u301599\u53F7\u901A\u77E5\u6761\u6B3E\u8986\u76D6\u60C5\u51B5" },
  "coverage.article": { en: "Article", "zh-CN": "\u6761\u6B3E" },
  "coverage.rules": { en: "Rules", "zh-CN": "\u89C4\u5219" },
  "coverage.evidence": { en: "Manifest evidence", "zh-CN": "\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u8BC1\u636E\u5B57\u6BB5" },
  "coverage.status": { en: "Status", "zh-CN": "\u72B6\u6001" },
  "coverage.none": { en: "(none)", "zh-CN": "\uFF08\u65E0\uFF09" },
  "coverage.binds": { en: "Binds the regulator; supported by the app ledger and the release evidence report.", "zh-CN": "\u7EA6\u675F\u76D1\u7BA1\u6D3E\u51FA\u673A\u6784\uFF1B\u7531\u5E94\u7528\u53F0\u8D26\u548C\u4E0A\u7EBF\u8BC1\u636E\u62A5\u544A\u63D0\u4F9B\u652F\u6301\u3002" },
  "coverage.status.pass": { en: "pass", "zh-CN": "\u7B26\u5408" },
  "coverage.status.fail": { en: "fail", "zh-CN": "\u4E0D\u7B26\u5408" },
  "coverage.status.waived": { en: "waived", "zh-CN": "\u5DF2\u8C41\u514D" },
  "coverage.status.not-applicable-declared": { en: "not applicable (declared)", "zh-CN": "\u4E0D\u9002\u7528\uFF08\u5DF2\u58F0\u660E\uFF09" },
  "coverage.status.no-evidence": { en: "no evidence", "zh-CN": "\u65E0\u8BC1\u636E" },
  "coverage.status.not-evaluated": { en: "not checked at this stage", "zh-CN": "\u672C\u9636\u6BB5\u672A\u68C0\u67E5" },
  "coverage.status.not-applicable": { en: "not applicable (binds the regulator)", "zh-CN": "\u4E0D\u9002\u7528\uFF08\u7EA6\u675F\u76D1\u7BA1\u673A\u6784\uFF09" },
  "coverage.app": { en: "App", "zh-CN": "\u5E94\u7528" },
  "coverage.stage": { en: "Stage", "zh-CN": "\u9636\u6BB5" },
  "coverage.packs": { en: "Packs", "zh-CN": "\u7B56\u7565\u5305" },
  "coverage.legend": {
    en: "pass: the article's rules ran on evidence in the manifest or the repository and none has an unwaived error or warning; fail: an unwaived error or warning of a rule of the article; waived: findings exist but all are waived; not applicable (declared): the manifest declares the article's subject absent (`thirdParties: []`, `outsourcing: []`); no evidence: the manifest is missing, does not parse or has none of the article's evidence fields, a rule of the article could not be evaluated, or an input problem (unparsable file, TODO) blocks it; not checked at this stage: no rule of the article runs at this stage; not applicable (binds the regulator): article 18.",
    "zh-CN": "\u7B26\u5408\uFF1A\u8BE5\u6761\u6B3E\u7684\u89C4\u5219\u5DF2\u57FA\u4E8E\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u6216\u4EE3\u7801\u4ED3\u5E93\u4E2D\u7684\u8BC1\u636E\u6267\u884C\uFF0C\u4E14\u65E0\u672A\u8C41\u514D\u7684\u9519\u8BEF\u6216\u8B66\u544A\uFF1B\u4E0D\u7B26\u5408\uFF1A\u8BE5\u6761\u6B3E\u7684\u89C4\u5219\u5B58\u5728\u672A\u8C41\u514D\u7684\u9519\u8BEF\u6216\u8B66\u544A\uFF1B\u5DF2\u8C41\u514D\uFF1A\u5B58\u5728\u95EE\u9898\u4F46\u5747\u5DF2\u8C41\u514D\uFF1B\u4E0D\u9002\u7528\uFF08\u5DF2\u58F0\u660E\uFF09\uFF1A\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u58F0\u660E\u8BE5\u6761\u6B3E\u6D89\u53CA\u7684\u5BF9\u8C61\u4E0D\u5B58\u5728\uFF08`thirdParties: []`\u3001`outsourcing: []`\uFF09\uFF1B\u65E0\u8BC1\u636E\uFF1A\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u7F3A\u5931\u3001\u65E0\u6CD5\u89E3\u6790\u6216\u6CA1\u6709\u8BE5\u6761\u6B3E\u7684\u4EFB\u4F55\u8BC1\u636E\u5B57\u6BB5\uFF0C\u8BE5\u6761\u6B3E\u7684\u89C4\u5219\u65E0\u6CD5\u6267\u884C\uFF0C\u6216\u6709\u8F93\u5165\u95EE\u9898\uFF08\u65E0\u6CD5\u89E3\u6790\u7684\u6587\u4EF6\u3001\u5F85\u586B\u5199\u9879\uFF09\u963B\u65AD\u68C0\u67E5\uFF1B\u672C\u9636\u6BB5\u672A\u68C0\u67E5\uFF1A\u672C\u9636\u6BB5\u6CA1\u6709\u8BE5\u6761\u6B3E\u7684\u89C4\u5219\u8FD0\u884C\uFF1B\u4E0D\u9002\u7528\uFF08\u7EA6\u675F\u76D1\u7BA1\u673A\u6784\uFF09\uFF1A\u7B2C\u5341\u516B\u6761\u3002"
  },
  "stage.pr": { en: "pr", "zh-CN": "\u5408\u5E76\u8BF7\u6C42\u68C0\u67E5" },
  "stage.release": { en: "release", "zh-CN": "\u4E0A\u7EBF\u68C0\u67E5" },
  "result.pass": { en: "pass", "zh-CN": "\u901A\u8FC7" },
  "result.pass-with-findings": { en: "pass with findings", "zh-CN": "\u901A\u8FC7\u4F46\u6709\u5F85\u6574\u6539\u95EE\u9898" },
  "result.fail": { en: "fail", "zh-CN": "\u672A\u901A\u8FC7" },
  "app.status.planned": { en: "planned", "zh-CN": "\u89C4\u5212\u4E2D" },
  "app.status.active": { en: "active", "zh-CN": "\u8FD0\u884C\u4E2D" },
  "app.status.deprecated": { en: "deprecated", "zh-CN": "\u9010\u6B65\u4E0B\u7EBF" },
  "app.status.retired": { en: "retired", "zh-CN": "\u5DF2\u9000\u51FA" },
  "app.kind.android": { en: "Android", "zh-CN": "Android \u5E94\u7528" },
  "app.kind.ios": { en: "iOS", "zh-CN": "iOS \u5E94\u7528" },
  "app.kind.harmonyos": { en: "HarmonyOS", "zh-CN": "HarmonyOS \u5E94\u7528" },
  "app.kind.mini-program": { en: "mini-program", "zh-CN": "\u5C0F\u7A0B\u5E8F" },
  "app.kind.official-account": { en: "official account", "zh-CN": "\u516C\u4F17\u53F7" },
  "app.kind.h5": { en: "H5", "zh-CN": "H5 \u9875\u9762" },
  "yes": { en: "yes", "zh-CN": "\u662F" },
  "no": { en: "no", "zh-CN": "\u5426" }
};
var MESSAGE_KEYS = Object.keys(MESSAGES);
function fill(template, vars = {}) {
  return template.replace(/\{(\w+)\}/g, (m, k) => k in vars ? String(vars[k]) : m);
}
function t(lang, key, vars) {
  return fill(MESSAGES[key][lang], vars);
}
function severityLabel(lang, s) {
  return t(lang, `severity.${s}`);
}
function vocabularyLabel(lang, kind, value) {
  const key = `${kind}.${value}`;
  return key in MESSAGES ? t(lang, key) : value;
}
function articlesLabel(lang, articles) {
  if (!articles.length) return "";
  return lang === "zh-CN" ? articles.map((a) => `\u7B2C${a}\u6761`).join("\u3001") : `art. ${articles.join(", ")}`;
}
function langFromEnv(env = process.env) {
  const raw = env.MOBILE_POLICY_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^zh/i.test(raw) ? "zh-CN" : "en";
}

export {
  fill,
  t,
  severityLabel,
  vocabularyLabel,
  articlesLabel,
  langFromEnv
};
