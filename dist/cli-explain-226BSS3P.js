#!/usr/bin/env node
import { createRequire as __mpCreateRequire } from 'node:module'; const require = __mpCreateRequire(import.meta.url);
import {
  LANGS,
  oneOf
} from "./cli-chunk-PPZTN2AE.js";
import {
  articlesLabel,
  severityLabel,
  t
} from "./cli-chunk-TCB42F2Q.js";
import {
  loadPacks
} from "./cli-chunk-JOUH6P3R.js";
import "./cli-chunk-HXUZCLZ2.js";
import {
  DIAGNOSTICS,
  explainRule,
  listRules
} from "./cli-chunk-GKMRLZRU.js";
import "./cli-chunk-FTYXQLH7.js";
import "./cli-chunk-4AVPZEAC.js";
import "./cli-chunk-ND4HRAEM.js";
import "./cli-chunk-D3CIC5HL.js";
import {
  parseCommandArgs
} from "./cli-chunk-Q3TBLJ6T.js";
import "./cli-chunk-V65IAYDK.js";
import {
  ConfigurationError
} from "./cli-chunk-BZQX73NR.js";
import {
  suggest
} from "./cli-chunk-JVUIPAC5.js";
import "./cli-chunk-Q3GBV4AC.js";

// src/cli/explain.ts
function explainCommand(argv, io) {
  const { values, positionals } = parseCommandArgs(argv, { policy: { type: "string", multiple: true }, lang: { type: "string" } });
  const [id, ...extra] = positionals;
  if (!id || extra.length) throw new ConfigurationError("explain takes one rule id or built-in check id, e.g. `mobile-policy explain nfra/owner-declared` or `mobile-policy explain manifest/todo`");
  const langs = values.lang ? [oneOf("lang", values.lang, LANGS, "en")] : LANGS;
  const packs = loadPacks(values.policy, io.cwd);
  const rule = explainRule(packs, id);
  if (rule) {
    io.out(langs.map((lang) => render(rule, lang)).join("\n"));
    return 0;
  }
  const builtin = DIAGNOSTICS[id];
  if (builtin) {
    io.out(langs.map((lang) => renderDiagnostic(id, builtin, lang)).join("\n"));
    return 0;
  }
  const ids = [...listRules(packs).map((r) => r.id), ...Object.keys(DIAGNOSTICS)];
  const last = id.split("/").pop() ?? id;
  const close = suggest(id, ids);
  const near = [.../* @__PURE__ */ new Set([...close ? [close] : [], ...ids.filter((r) => last.length > 2 && r.includes(last))])].slice(0, 5);
  throw new ConfigurationError(`no rule or built-in check "${id}" in ${packs.map((p) => p.name).join(", ")}` + (near.length ? `; did you mean ${near.join(", ")}?` : "; `mobile-policy coverage` lists every rule"));
}
function renderDiagnostic(id, info, lang) {
  return [
    `${id}: ${info.title[lang]}`,
    "",
    `  ${t(lang, "explain.builtin")}`,
    "",
    `${t(lang, "explain.meaning")}:`,
    indent(info.purpose[lang]),
    "",
    `${t(lang, "explain.remediation")}:`,
    indent(info.fix[lang]),
    ""
  ].join("\n");
}
function render(rule, lang) {
  const stages = rule.stages.map((s) => rule.stageSeverity[s] && rule.stageSeverity[s] !== rule.severity ? `${s} (${severityLabel(lang, rule.stageSeverity[s])})` : s);
  return [
    `${rule.id}: ${rule.title[lang]}`,
    "",
    `  ${t(lang, "explain.articles")}: ${articlesLabel(lang, rule.articles)}`,
    `  ${t(lang, "explain.severity")}: ${severityLabel(lang, rule.severity)}`,
    `  ${t(lang, "explain.stages")}: ${stages.join(", ")}`,
    `  ${t(lang, "explain.waivable")}: ${t(lang, rule.waivable ? "yes" : "no")}`,
    `  ${t(lang, "explain.pack")}: ${rule.pack} (${rule.file}:${rule.line})`,
    "",
    `${t(lang, "explain.rationale")}:`,
    indent(rule.rationale[lang]),
    "",
    `${t(lang, "explain.remediation")}:`,
    indent(rule.remediation[lang]),
    ""
  ].join("\n");
}
function indent(text) {
  return text.trim().split("\n").map((l) => `  ${l}`).join("\n");
}
export {
  explainCommand
};
