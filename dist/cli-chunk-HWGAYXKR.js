#!/usr/bin/env node
import { createRequire as __mpCreateRequire } from 'node:module'; const require = __mpCreateRequire(import.meta.url);
import {
  readGitHead
} from "./cli-chunk-RXSCFBNU.js";
import {
  severityLabel,
  t,
  vocabularyLabel
} from "./cli-chunk-TCB42F2Q.js";
import {
  activeRules,
  loadPack
} from "./cli-chunk-GKMRLZRU.js";
import {
  DiskRepo,
  loadManifest
} from "./cli-chunk-ND4HRAEM.js";

// src/coverage/articles.ts
var ARTICLES = [
  { number: 1, title: { en: "Plan apps within digital transformation; name a lead management department", "zh-CN": "\u5C06\u79FB\u52A8\u5E94\u7528\u5EFA\u8BBE\u7EB3\u5165\u6570\u5B57\u5316\u8F6C\u578B\u6574\u4F53\u89C4\u5212\uFF0C\u660E\u786E\u7275\u5934\u7BA1\u7406\u90E8\u95E8" }, short: { en: "Governance and overall planning", "zh-CN": "\u7EDF\u7B79\u89C4\u5212\u4E0E\u6CBB\u7406" }, evidence: ["ownership.leadDepartment", "ownership.securityContact"] },
  { number: 2, title: { en: "Keep an app ledger with entry and exit mechanisms; control the number of apps", "zh-CN": "\u5EFA\u7ACB\u79FB\u52A8\u5E94\u7528\u53F0\u8D26\uFF0C\u5065\u5168\u51C6\u5165\u9000\u51FA\u673A\u5236\uFF0C\u5408\u7406\u63A7\u5236\u5E94\u7528\u6570\u91CF" }, short: { en: "Ledger, access and exit", "zh-CN": "\u53F0\u8D26\u7BA1\u7406\u4E0E\u51C6\u5165\u9000\u51FA" }, evidence: ["app.id", "app.name", "app.status"] },
  { number: 3, title: { en: "Name the managing department and responsible person of each app", "zh-CN": "\u660E\u786E\u6BCF\u4E2A\u79FB\u52A8\u5E94\u7528\u7684\u7BA1\u7406\u90E8\u95E8\u548C\u8D23\u4EFB\u4EBA" }, short: { en: "Responsible departments and persons", "zh-CN": "\u7BA1\u7406\u90E8\u95E8\u4E0E\u8D23\u4EFB\u4EBA" }, evidence: ["ownership.responsibleDepartment", "ownership.responsiblePerson", "ownership.securityContact"] },
  { number: 4, title: { en: "Third-party co-built apps: responsibilities agreed by contract", "zh-CN": "\u4E0E\u7B2C\u4E09\u65B9\u5408\u4F5C\u5EFA\u8BBE\u5E94\u7528\u987B\u4EE5\u5408\u540C\u6216\u534F\u8BAE\u660E\u786E\u8D23\u4EFB\u4E49\u52A1" }, short: { en: "Co-built with third parties", "zh-CN": "\u4E0E\u7B2C\u4E09\u65B9\u5408\u4F5C\u5171\u5EFA" }, evidence: ["thirdParties[].contract", "sdks[].contract"], declaredNone: "thirdParties" },
  { number: 5, title: { en: "Compliance review; business within the licensed scope; sales traceability", "zh-CN": "\u5EFA\u7ACB\u5408\u89C4\u5BA1\u67E5\u673A\u5236\uFF0C\u5728\u8BB8\u53EF\u4E1A\u52A1\u8303\u56F4\u5185\u7ECF\u8425\uFF0C\u843D\u5B9E\u9500\u552E\u53EF\u56DE\u6EAF" }, short: { en: "Compliance review", "zh-CN": "\u5408\u89C4\u5BA1\u67E5" }, evidence: ["app.businessScope", "compliance.lastComplianceReview", "compliance.salesTraceability"] },
  { number: 6, title: { en: "Demand management: elderly and minors requirements, SDK security requirements", "zh-CN": "\u9700\u6C42\u7BA1\u7406\uFF1A\u6EE1\u8DB3\u9002\u8001\u5316\u548C\u672A\u6210\u5E74\u4EBA\u4FDD\u62A4\u8981\u6C42\uFF0C\u5F00\u5C55 SDK \u5B89\u5168\u9700\u6C42\u5206\u6790" }, short: { en: "Demand management, user experience", "zh-CN": "\u9700\u6C42\u7BA1\u7406\u4E0E\u7528\u6237\u4F53\u9A8C" }, evidence: ["accessibility.elderlyMode", "accessibility.minorsProtection", "sdks[].purpose", "sdks[].personalInfo", "sdks[].securityAssessment"] },
  { number: 7, title: { en: "Development and change control; component security; no irrelevant, dead or malicious links", "zh-CN": "\u505A\u597D\u5F00\u53D1\u4E0E\u53D8\u66F4\u7BA1\u7406\uFF0C\u7BA1\u63A7\u6E90\u4EE3\u7801\u548C\u7EC4\u4EF6\u5B89\u5168\uFF0C\u7981\u6B62\u5D4C\u5165\u65E0\u5173\u94FE\u63A5\u3001\u5931\u6548\u94FE\u63A5\u548C\u6076\u610F\u7A0B\u5E8F" }, short: { en: "Design, development, SDKs, links", "zh-CN": "\u8BBE\u8BA1\u5F00\u53D1\u3001SDK \u4E0E\u94FE\u63A5\u7BA1\u7406" }, evidence: ["sdks[].packages", "security.allowedDomains"] },
  { number: 8, title: { en: "Testing and launch: fix defects before delivery; work with distribution platforms", "zh-CN": "\u5EFA\u7ACB\u6D4B\u8BD5\u9A8C\u8BC1\u548C\u4E0A\u7EBF\u5236\u5EA6\uFF0C\u4EA4\u4ED8\u524D\u5B8C\u6210\u7F3A\u9677\u548C\u6F0F\u6D1E\u4FEE\u590D\uFF0C\u914D\u5408\u5206\u53D1\u5E73\u53F0\u5B8C\u6210\u5BA1\u6838" }, short: { en: "Testing and launch", "zh-CN": "\u6D4B\u8BD5\u9A8C\u8BC1\u4E0E\u4E0A\u7EBF" }, evidence: ["testing.lastSecurityTest", "distribution.publishingAccounts[].accountOwner", "sdks[].securityAssessment"] },
  { number: 9, title: { en: "Monitor operation; retire outdated versions; delisting; counterfeit app monitoring", "zh-CN": "\u76D1\u6D4B\u8FD0\u884C\u72B6\u6001\uFF0C\u505A\u597D\u65E7\u7248\u672C\u4E0B\u7EBF\u548C\u5E94\u7528\u4E0B\u67B6\u7BA1\u7406\uFF0C\u52A0\u5F3A\u4EFF\u5192\u5E94\u7528\u76D1\u6D4B" }, short: { en: "Operation monitoring, accounts, anti-counterfeit", "zh-CN": "\u8FD0\u884C\u76D1\u6D4B\u3001\u8D26\u53F7\u4E0E\u9632\u4EFF\u5192" }, evidence: ["distribution.minimumSupportedVersion", "distribution.signingCertificates", "distribution.counterfeitMonitoring.lastScan", "app.status"] },
  { number: 10, title: { en: "Compatibility with operating systems; test in advance; adaptation and emergency plans", "zh-CN": "\u52A0\u5F3A\u4E0E\u8FD0\u884C\u73AF\u5883\u7684\u517C\u5BB9\u9002\u914D\u7BA1\u7406\uFF0C\u63D0\u524D\u5F00\u5C55\u517C\u5BB9\u6027\u6D4B\u8BD5\uFF0C\u5236\u5B9A\u6539\u9020\u65B9\u6848\u548C\u5E94\u6025\u9884\u6848" }, short: { en: "Compatibility", "zh-CN": "\u517C\u5BB9\u9002\u914D" }, evidence: ["compatibility.android", "compatibility.ios", "compatibility.lastTest"] },
  { number: 11, title: { en: "App filing; important information systems reported to the regulator", "zh-CN": "\u6309\u8981\u6C42\u529E\u7406\u4E92\u8054\u7F51\u4FE1\u606F\u670D\u52A1\u548C\u79FB\u52A8\u5E94\u7528\u5907\u6848\uFF0C\u91CD\u8981\u4FE1\u606F\u7CFB\u7EDF\u5411\u76D1\u7BA1\u62A5\u544A" }, short: { en: "Filing and reporting", "zh-CN": "\u5907\u6848\u4E0E\u62A5\u544A" }, evidence: ["filing.appFilingNumber", "app.importantInformationSystem", "filing.regulatorReport"] },
  { number: 12, title: { en: "Network security: level protection, encrypted transmission, user identity verification", "zh-CN": "\u7F51\u7EDC\u5B89\u5168\u7BA1\u7406\uFF1A\u843D\u5B9E\u7B49\u7EA7\u4FDD\u62A4\uFF0C\u6570\u636E\u4F20\u8F93\u52A0\u5BC6\uFF0C\u5BF9\u6CE8\u518C\u7528\u6237\u6709\u6548\u9A8C\u8BC1\u8EAB\u4EFD" }, short: { en: "Network security", "zh-CN": "\u7F51\u7EDC\u5B89\u5168" }, evidence: ["security.levelProtection", "security.userAuthentication", "security.transportEncryption", "dataFlows[].encryptedInTransit"] },
  { number: 13, title: { en: "Data security responsibilities and measures against leakage and tampering", "zh-CN": "\u660E\u786E\u6570\u636E\u5B89\u5168\u7BA1\u7406\u8D23\u4EFB\uFF0C\u9632\u8303\u6570\u636E\u6CC4\u9732\u3001\u7BE1\u6539\u548C\u52D2\u7D22\u653B\u51FB\u7B49\u98CE\u9669" }, short: { en: "Data security", "zh-CN": "\u6570\u636E\u5B89\u5168" }, evidence: ["dataFlows[].sensitivity", "dataFlows[].recipient", "dataFlows[].encryptedInTransit"] },
  { number: 14, title: { en: "Outsourcing: access, monitoring and assessment; need-to-know, least privilege", "zh-CN": "\u5916\u5305\u7BA1\u7406\uFF1A\u5F00\u5C55\u51C6\u5165\u3001\u76D1\u63A7\u8BC4\u4EF7\uFF0C\u6309\u201C\u5FC5\u9700\u77E5\u9053\u201D\u201C\u6700\u5C0F\u6388\u6743\u201D\u539F\u5219\u63A7\u5236\u6570\u636E\u8BBF\u95EE\u6743\u9650" }, short: { en: "Outsourcing", "zh-CN": "\u5916\u5305\u7BA1\u7406" }, evidence: ["outsourcing[].contract", "outsourcing[].dataAccess", "outsourcing[].accessJustification", "outsourcing[].lastAssessment"], declaredNone: "outsourcing" },
  { number: 15, title: { en: "Business continuity: impact analysis, emergency plans, regular drills", "zh-CN": "\u4E1A\u52A1\u8FDE\u7EED\u6027\u7BA1\u7406\uFF1A\u5F00\u5C55\u4E1A\u52A1\u5F71\u54CD\u5206\u6790\uFF0C\u5236\u5B9A\u5E94\u6025\u9884\u6848\u5E76\u5B9A\u671F\u6F14\u7EC3" }, short: { en: "Continuity and emergencies", "zh-CN": "\u4E1A\u52A1\u8FDE\u7EED\u6027\u4E0E\u5E94\u6025" }, evidence: ["continuity.businessImpactAnalysis", "continuity.emergencyPlan", "continuity.lastDrill", "continuity.rto", "continuity.rpo"] },
  { number: 16, title: { en: "Personal information: lawful, legitimate, necessary collection; disclosure; complaints", "zh-CN": "\u4E2A\u4EBA\u4FE1\u606F\u4FDD\u62A4\uFF1A\u9075\u5FAA\u5408\u6CD5\u3001\u6B63\u5F53\u3001\u5FC5\u8981\u539F\u5219\u6536\u96C6\uFF0C\u544A\u77E5\u7528\u9014\uFF0C\u516C\u5E03\u6295\u8BC9\u6E20\u9053" }, short: { en: "Personal information protection", "zh-CN": "\u4E2A\u4EBA\u4FE1\u606F\u4FDD\u62A4" }, evidence: ["dataFlows[].data", "dataFlows[].purpose", "dataFlows[].legalBasis", "dataFlows[].necessary", "privacy.policyUrl", "privacy.complaintChannel", "privacy.collectedInfoList", "privacy.sharedInfoList"] },
  { number: 17, title: { en: "Risk management: yearly risk assessment, audit at least every three years", "zh-CN": "\u7EB3\u5165\u5168\u9762\u98CE\u9669\u7BA1\u7406\uFF0C\u81F3\u5C11\u6BCF\u5E74\u5F00\u5C55\u4E00\u6B21\u98CE\u9669\u8BC4\u4F30\uFF0C\u81F3\u5C11\u6BCF\u4E09\u5E74\u5F00\u5C55\u4E00\u6B21\u5BA1\u8BA1" }, short: { en: "Risk management, assessment and audit", "zh-CN": "\u98CE\u9669\u7BA1\u7406\u3001\u8BC4\u4F30\u4E0E\u5BA1\u8BA1" }, evidence: ["compliance.lastRiskAssessment", "compliance.lastAudit"] },
  { number: 18, title: { en: "Regulator's offices supervise, monitor and test the apps of institutions in their jurisdiction", "zh-CN": "\u5404\u7EA7\u6D3E\u51FA\u673A\u6784\u538B\u5B9E\u8F96\u5185\u673A\u6784\u4E3B\u4F53\u8D23\u4EFB\uFF0C\u52A0\u5F3A\u76D1\u6D4B\u9884\u8B66\u5E76\u5B9A\u671F\u5F00\u5C55\u6E17\u900F\u6D4B\u8BD5" }, short: { en: "Supervision by regulators (not for institutions)", "zh-CN": "\u6D3E\u51FA\u673A\u6784\u76D1\u7BA1\uFF08\u4E0D\u9002\u7528\u4E8E\u673A\u6784\u81EA\u67E5\uFF09" }, evidence: [], regulator: true }
];

// src/coverage/status.ts
var NO_MANIFEST = /^manifest\/(missing|parse|empty|not-mapping|multiple-documents|alias-limit|unreadable)$/;
function judgeArticle(a, input) {
  const done = (status, reasons = [], findings = 0) => ({ status, reasons: [...new Set(reasons)].sort(), findings });
  if (a.regulator) return done("not-applicable");
  const ids = new Set(input.rules.map((r) => r.id));
  const packsKnown = Boolean(input.isRule);
  const own = input.findings.filter((f) => packsKnown ? ids.has(f.ruleId) : f.articles.includes(a.number) && !f.ruleId.startsWith("policy/"));
  const open = own.filter((f) => !f.waived && f.severity !== "note");
  if (open.length) return done("fail", open.map((f) => f.ruleId), open.length);
  const broken = packsKnown ? input.findings.filter((f) => (f.ruleId === "policy/rule-error" || f.ruleId === "policy/facts-missing") && ids.has(f.subject) || !input.isRule(f.ruleId) && !f.ruleId.startsWith("policy/") && f.articles.includes(a.number)) : [];
  const noManifest = input.findings.filter((f) => NO_MANIFEST.test(f.ruleId));
  const manifestRules = input.rules.some((r) => r.usesManifest);
  if (broken.length || noManifest.length && manifestRules) {
    const why = broken.map((f) => f.ruleId === "policy/rule-error" || f.ruleId === "policy/facts-missing" ? `${f.ruleId}:${f.subject}` : f.ruleId);
    if (manifestRules) why.push(...noManifest.map((f) => f.ruleId));
    return done("no-evidence", why);
  }
  const data = input.manifest?.data;
  const hasEvidence2 = !input.manifest || a.evidence.some((field) => present(data, field));
  if (!ids.size && packsKnown) return done(hasEvidence2 ? "not-evaluated" : "no-evidence");
  const waived = own.filter((f) => f.waived);
  if (waived.length) return done("waived", waived.map((f) => f.ruleId), waived.length);
  if (a.declaredNone && declaredEmpty(data, a.declaredNone)) return done("not-applicable-declared");
  if (!ids.size) return done(hasEvidence2 ? "not-evaluated" : "no-evidence");
  const repositoryRule = input.rules.some((r) => !r.usesManifest);
  return done(hasEvidence2 || repositoryRule ? "pass" : "no-evidence");
}
function declaredEmpty(data, list2) {
  const v = data?.[list2];
  return Array.isArray(v) && v.length === 0;
}
function present(data, field) {
  let values = [data];
  for (const seg of field.split(".")) {
    const list2 = seg.endsWith("[]");
    const key = list2 ? seg.slice(0, -2) : seg;
    values = values.flatMap((v) => {
      const next = v && typeof v === "object" && !Array.isArray(v) ? v[key] : void 0;
      return list2 ? Array.isArray(next) ? next : [] : [next];
    });
  }
  return values.some(filled);
}
function filled(v) {
  if (v === void 0 || v === null) return false;
  if (typeof v === "string") return v.trim() !== "" && !/^TODO\b/.test(v);
  if (Array.isArray(v)) return v.some(filled);
  if (typeof v === "object" && !(v instanceof Date)) return Object.values(v).some(filled);
  return true;
}

// src/coverage/coverage.ts
function pointerToField(at2) {
  const out = [];
  for (const seg of at2.replace(/^\//, "").split("/")) {
    if (!seg) continue;
    if (seg === "{index}") {
      if (out.length) out[out.length - 1] += "[]";
      continue;
    }
    if (seg.startsWith("{")) break;
    out.push(seg);
  }
  return out.join(".");
}
function coverageMap(packs, stage) {
  const rules = activeRules(packs, stage);
  return {
    packs: packs.map((p) => ({ name: p.name, version: p.version })),
    ...stage ? { stage } : {},
    articles: ARTICLES.map((a) => {
      const own = rules.filter((r) => r.articles.includes(a.number));
      const fields = new Set(a.evidence);
      for (const r of own) if (r.at) fields.add(pointerToField(r.at));
      fields.delete("");
      return {
        number: a.number,
        title: a.title,
        regulator: Boolean(a.regulator),
        rules: own.map(toCoverageRule),
        evidence: [...fields].sort(),
        ...a.declaredNone ? { declaredNone: a.declaredNone } : {}
      };
    })
  };
}
function toCoverageRule(r) {
  return { id: r.id, pack: r.pack, title: r.title, stages: [...r.stages], severity: r.severity };
}
function coverageOf(packs, report, manifests) {
  const map = coverageMap(packs, report.stage);
  const active = new Map(activeRules(packs, report.stage).map((r) => [r.id, r]));
  const apps = report.apps.map((app) => {
    const statuses = {};
    const reasons = {};
    for (const a of map.articles) {
      const j = judgeArticle(a, {
        rules: a.rules.map((r) => ({ id: r.id, usesManifest: active.get(r.id)?.usesManifest ?? true })),
        findings: app.findings,
        isRule: (id) => active.has(id),
        ...manifests ? { manifest: { data: manifests.get(app.manifest) } } : {}
      });
      statuses[a.number] = j.status;
      if (j.reasons.length) reasons[a.number] = j.reasons;
    }
    return { manifest: app.manifest, app: app.app, statuses, reasons };
  });
  return { ...map, apps };
}

// src/reporters/evidence.ts
var obj = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : void 0;
var str = (v) => typeof v === "string" && v ? v : v instanceof Date ? v.toISOString().slice(0, 10) : void 0;
var strs = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
var list = (v) => Array.isArray(v) ? v.map(obj).filter((o) => !!o) : [];
var LINKS = [
  { pointer: "/filing/regulatorReport", articles: [11], label: { en: "Report to the regulator", "zh-CN": "\u5411\u76D1\u7BA1\u62A5\u544A" } },
  { pointer: "/compliance/lastComplianceReview", articles: [5], label: { en: "Compliance review", "zh-CN": "\u5408\u89C4\u5BA1\u67E5" } },
  { pointer: "/accessibility/accessibilityReview", articles: [6], label: { en: "Accessibility review", "zh-CN": "\u9002\u8001\u5316\u4E0E\u65E0\u969C\u788D\u8BC4\u4F30" } },
  { pointer: "/testing/lastSecurityTest", articles: [8], label: { en: "Security test", "zh-CN": "\u5B89\u5168\u6D4B\u8BD5" } },
  { pointer: "/distribution/counterfeitMonitoring", articles: [9], label: { en: "Counterfeit monitoring", "zh-CN": "\u4EFF\u5192\u76D1\u6D4B" } },
  { pointer: "/compatibility/lastTest", articles: [10], label: { en: "Compatibility test", "zh-CN": "\u517C\u5BB9\u6027\u6D4B\u8BD5" } },
  { pointer: "/security/levelProtection/lastAssessment", articles: [12], label: { en: "MLPS assessment", "zh-CN": "\u7B49\u7EA7\u4FDD\u62A4\u6D4B\u8BC4" } },
  { pointer: "/security/penetrationTest", articles: [12], label: { en: "Penetration test", "zh-CN": "\u6E17\u900F\u6D4B\u8BD5" } },
  { pointer: "/continuity/businessImpactAnalysis", articles: [15], label: { en: "Business impact analysis", "zh-CN": "\u4E1A\u52A1\u5F71\u54CD\u5206\u6790" } },
  { pointer: "/continuity/emergencyPlan", articles: [15], label: { en: "Emergency plan", "zh-CN": "\u5E94\u6025\u9884\u6848" } },
  { pointer: "/continuity/lastDrill", articles: [15], label: { en: "Emergency drill", "zh-CN": "\u5E94\u6025\u6F14\u7EC3" } },
  { pointer: "/privacy/policyUrl", articles: [16], label: { en: "Privacy policy", "zh-CN": "\u9690\u79C1\u653F\u7B56" } },
  { pointer: "/privacy/collectedInfoList", articles: [16], label: { en: "Collected information list", "zh-CN": "\u5DF2\u6536\u96C6\u4E2A\u4EBA\u4FE1\u606F\u6E05\u5355" } },
  { pointer: "/privacy/sharedInfoList", articles: [16], label: { en: "Third-party sharing list", "zh-CN": "\u7B2C\u4E09\u65B9\u5171\u4EAB\u4E2A\u4EBA\u4FE1\u606F\u6E05\u5355" } },
  { pointer: "/compliance/lastRiskAssessment", articles: [17], label: { en: "Risk assessment", "zh-CN": "\u98CE\u9669\u8BC4\u4F30" } },
  { pointer: "/compliance/lastAudit", articles: [17], label: { en: "Audit", "zh-CN": "\u5BA1\u8BA1" } }
];
function at(data, pointer) {
  let v = data;
  for (const seg of pointer.split("/").slice(1)) v = obj(v)?.[seg];
  return v;
}
function articleStatuses(findings, packs, stage, data) {
  const map = packs ? coverageMap(packs, stage) : void 0;
  const rules = new Map(packs?.flatMap((p) => p.rules.map((r) => [r.id, r])) ?? []);
  return ARTICLES.map((article, i) => {
    const mapped = map?.articles[i];
    const own = mapped?.rules.map((r) => ({ id: r.id, usesManifest: rules.get(r.id)?.usesManifest ?? true })) ?? [];
    const j = judgeArticle(
      { number: article.number, regulator: Boolean(article.regulator), evidence: mapped?.evidence ?? article.evidence, ...article.declaredNone ? { declaredNone: article.declaredNone } : {} },
      { rules: own, findings, ...map ? { isRule: (id) => rules.has(id) && !rules.get(id).disabled } : {}, ...data ? { manifest: data } : {} }
    );
    const state = !map && j.status === "pass" && !own.length ? "not-evaluated" : j.status;
    return { article: article.number, title: article.short, state, rules: own.map((r) => r.id).sort(), findings: j.findings, reasons: j.reasons };
  });
}
function withEvidence(report, opts) {
  const apps = report.apps.map((app) => {
    const data = opts.manifests.get(app.manifest);
    const a = obj(data?.app);
    const own = obj(data?.ownership);
    const links = [];
    for (const l of LINKS) {
      const v = at(data, l.pointer);
      if (v === void 0) continue;
      const o = obj(v);
      const report2 = o ? str(o.report) ?? str(o.url) ?? str(o.document) : str(v);
      links.push({ label: l.label, pointer: l.pointer, articles: l.articles, ...opt("date", str(o?.date) ?? str(o?.lastScan) ?? str(o?.approvedAt)), ...opt("result", str(o?.result)), ...opt("report", report2) });
    }
    for (const [i, o] of list(data?.outsourcing).entries()) {
      const la = obj(o.lastAssessment);
      if (la) links.push({ label: { en: `Outsourcing assessment: ${str(o.vendor) ?? i}`, "zh-CN": `\u5916\u5305\u8BC4\u4F30\uFF1A${str(o.vendor) ?? i}` }, pointer: `/outsourcing/${i}/lastAssessment`, articles: [14], ...opt("date", str(la.date)), ...opt("result", str(la.result)), ...opt("report", str(la.report)) });
    }
    const sdks = list(data?.sdks).map((s, i) => {
      const sa = obj(s.securityAssessment);
      return {
        id: str(s.id) ?? `sdks[${i}]`,
        ...opt("vendor", str(s.vendor)),
        ...opt("purpose", str(s.purpose)),
        personalInfo: strs(s.personalInfo),
        ...sa ? { assessment: { ...opt("date", str(sa.date)), ...opt("result", str(sa.result)), ...opt("report", str(sa.report)) } } : {},
        ...opt("contractExpires", str(obj(s.contract)?.expires))
      };
    });
    const waivers = list(data?.waivers).map((w) => ({
      rule: str(w.rule) ?? "?",
      ...opt("scope", str(w.scope)),
      ...opt("reason", str(w.reason)),
      ...opt("ticket", str(w.ticket)),
      ...opt("approver", str(obj(w.approvedBy)?.name) ?? str(w.approvedBy)),
      ...opt("expires", str(w.expires))
    }));
    return {
      manifest: app.manifest,
      ...opt("id", app.app.id ?? str(a?.id)),
      ...opt("name", app.app.name ?? str(a?.name)),
      ...opt("nameZh", str(obj(a?.localizedName)?.["zh-CN"])),
      kinds: strs(a?.kinds),
      ...opt("status", str(a?.status)),
      ...opt("version", str(a?.version)),
      ...opt("filingNumber", str(obj(data?.filing)?.appFilingNumber)),
      ...opt("ownerDepartment", str(own?.responsibleDepartment) ?? str(own?.leadDepartment)),
      ...opt("ownerPerson", str(obj(own?.responsiblePerson)?.name)),
      articles: articleStatuses(app.findings, opts.packs, report.stage, opts.manifests.has(app.manifest) ? { data } : void 0),
      links,
      sdks,
      waivers
    };
  });
  return { ...report, evidence: { ...opt("commit", opts.commit), ...opt("ref", opts.ref), apps } };
}
function collectEvidence(report, env = process.env, packs) {
  const manifests = readManifests(report);
  let loaded = packs;
  if (!loaded) {
    try {
      loaded = report.packs.map((p) => loadPack(p.name));
    } catch {
      loaded = void 0;
    }
  }
  return withEvidence(report, { manifests, ...loaded ? { packs: loaded } : {}, ...commitOf(report.root, env) });
}
function commitOf(root, env = process.env) {
  const commit = env.GITHUB_SHA || env.CI_COMMIT_SHA || env.GIT_COMMIT;
  if (commit) return { commit, ...opt("ref", env.GITHUB_REF || env.CI_COMMIT_REF_NAME || env.GIT_BRANCH || void 0) };
  const head = readGitHead(root);
  return head ? { commit: head.commit, ...opt("ref", head.ref) } : {};
}
function readManifests(report) {
  const manifests = /* @__PURE__ */ new Map();
  try {
    const repo = new DiskRepo(report.root);
    for (const app of report.apps) manifests.set(app.manifest, app.manifest ? loadManifest(repo, app.manifest).data : void 0);
  } catch {
  }
  return manifests;
}
function hasEvidence(report) {
  return !!report.evidence;
}
function opt(key, value) {
  return value === void 0 ? {} : { [key]: value };
}

// src/coverage/render.ts
var COVERAGE_FORMATS = ["text", "markdown", "json", "html"];
function statusLabel(lang, s) {
  return t(lang, `coverage.status.${s}`);
}
function articleName(lang, n) {
  return lang === "zh-CN" ? `\u7B2C${n}\u6761` : `Art. ${n}`;
}
function stages(lang, list2) {
  return list2.map((s) => vocabularyLabel(lang, "stage", s)).join(lang === "zh-CN" ? "\u3001" : ", ");
}
function ruleLine(lang, r) {
  return `${r.id} (${stages(lang, r.stages)}${lang === "zh-CN" ? "\uFF1B" : "; "}${severityLabel(lang, r.severity)}): ${r.title[lang]}`;
}
function renderCoverage(report, format, lang) {
  switch (format) {
    case "json":
      return JSON.stringify(report, null, 2) + "\n";
    case "markdown":
      return markdown(report, lang);
    case "html":
      return html(report, lang);
    default:
      return text(report, lang);
  }
}
function header(report, lang) {
  const packs = report.packs.map((p) => `${p.name} ${p.version}`).join(", ");
  return `${t(lang, "coverage.packs")}: ${packs}${report.stage ? ` \xB7 ${t(lang, "coverage.stage")}: ${vocabularyLabel(lang, "stage", report.stage)}` : ""}`;
}
function text(report, lang) {
  const lines = [t(lang, "coverage.title"), header(report, lang), ""];
  for (const a of report.articles) {
    lines.push(`${articleName(lang, a.number)}  ${a.title[lang]}`);
    if (a.regulator) lines.push(`    ${t(lang, "coverage.binds")}`);
    lines.push(`    ${t(lang, "coverage.rules")}:${a.rules.length ? "" : ` ${t(lang, "coverage.none")}`}`);
    for (const r of a.rules) lines.push(`      ${ruleLine(lang, r)}`);
    lines.push(`    ${t(lang, "coverage.evidence")}: ${a.evidence.length ? a.evidence.join(", ") : t(lang, "coverage.none")}`);
    for (const app of report.apps ?? []) {
      const s = app.statuses[a.number];
      const why = app.reasons[a.number];
      lines.push(`    ${t(lang, "coverage.status")} [${app.manifest || t(lang, "app.unknown")}]: ${statusLabel(lang, s)}${why ? ` (${why.join(", ")})` : ""}`);
    }
    lines.push("");
  }
  if (report.apps) lines.push(t(lang, "coverage.legend"), "");
  return lines.join("\n");
}
function md(s) {
  return s.replace(/\|/g, "\\|").replace(/\n/g, " ");
}
function markdown(report, lang) {
  const lines = [`# ${t(lang, "coverage.title")}`, "", header(report, lang), ""];
  const apps = report.apps ?? [];
  const cols = [t(lang, "coverage.article"), t(lang, "coverage.rules"), t(lang, "coverage.evidence"), ...apps.map((a) => `${t(lang, "coverage.status")}: ${a.manifest || t(lang, "app.unknown")}`)];
  lines.push(`| ${cols.map(md).join(" | ")} |`, `| ${cols.map(() => "---").join(" | ")} |`);
  for (const a of report.articles) {
    const rules = a.rules.length ? a.rules.map((r) => `\`${r.id}\` (${stages(lang, r.stages)})`).join("<br>") : a.regulator ? md(t(lang, "coverage.binds")) : t(lang, "coverage.none");
    const ev = a.evidence.length ? a.evidence.map((e) => `\`${e}\``).join(", ") : t(lang, "coverage.none");
    const st = apps.map((app) => statusLabel(lang, app.statuses[a.number]) + (app.reasons[a.number] ? `: ${app.reasons[a.number].map((r) => `\`${r}\``).join(", ")}` : ""));
    lines.push(`| ${[`**${articleName(lang, a.number)}** ${md(a.title[lang])}`, rules, ev, ...st].join(" | ")} |`);
  }
  if (apps.length) lines.push("", t(lang, "coverage.legend"));
  return lines.join("\n") + "\n";
}
function esc(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
var STATUS_COLOUR = {
  pass: "#1a7f37",
  fail: "#cf222e",
  waived: "#9a6700",
  "not-applicable-declared": "#6e7781",
  "no-evidence": "#bc4c00",
  "not-evaluated": "#6e7781",
  "not-applicable": "#6e7781"
};
function html(report, lang) {
  const apps = report.apps ?? [];
  const head = [t(lang, "coverage.article"), t(lang, "coverage.rules"), t(lang, "coverage.evidence"), ...apps.map((a) => `${t(lang, "coverage.status")}: ${a.manifest || t(lang, "app.unknown")}`)];
  const rows = report.articles.map((a) => {
    const rules = a.rules.length ? a.rules.map((r) => `<code>${esc(r.id)}</code> (${esc(stages(lang, r.stages))})`).join("<br>") : esc(a.regulator ? t(lang, "coverage.binds") : t(lang, "coverage.none"));
    const ev = a.evidence.length ? a.evidence.map((e) => `<code>${esc(e)}</code>`).join(", ") : esc(t(lang, "coverage.none"));
    const st = apps.map((app) => {
      const s = app.statuses[a.number];
      const why = app.reasons[a.number];
      return `<td><span style="color:${STATUS_COLOUR[s]};font-weight:600">${esc(statusLabel(lang, s))}</span>${why ? `<br><small>${esc(why.join(", "))}</small>` : ""}</td>`;
    });
    return `<tr><td><strong>${esc(articleName(lang, a.number))}</strong> ${esc(a.title[lang])}</td><td>${rules}</td><td>${ev}</td>${st.join("")}</tr>`;
  });
  return [
    "<!doctype html>",
    `<html lang="${lang}"><head><meta charset="utf-8"><title>${esc(t(lang, "coverage.title"))}</title>`,
    "<style>body{font-family:system-ui,sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:.4em;vertical-align:top;text-align:left}code{font-size:.9em}</style></head><body>",
    `<h1>${esc(t(lang, "coverage.title"))}</h1>`,
    `<p>${esc(header(report, lang))}</p>`,
    `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead><tbody>`,
    ...rows,
    "</tbody></table>",
    apps.length ? `<p>${esc(t(lang, "coverage.legend"))}</p>` : "",
    "</body></html>",
    ""
  ].join("\n");
}

export {
  coverageMap,
  coverageOf,
  withEvidence,
  collectEvidence,
  readManifests,
  hasEvidence,
  COVERAGE_FORMATS,
  statusLabel,
  renderCoverage
};
