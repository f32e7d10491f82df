import { loadPacks } from '../check.js';
import { ConfigurationError } from '../core/errors.js';
import { articlesLabel, severityLabel, t } from '../core/messages.js';
import { LANGS, type Lang } from '../core/types.js';
import { explainRule, listRules } from '../engine/index.js';
import type { RuleExplanation } from '../engine/types.js';
import { oneOf, type CliIO } from './io.js';
import { parseCommandArgs } from './args.js';
import { DIAGNOSTICS, type DiagnosticInfo } from '../core/diagnostics.js';
import { suggest } from '../manifest/validate.js';

/**
 * `explain ID`: a rule's purpose, articles and fix, or a built-in check's meaning and fix, in both
 * languages unless --lang picks one.
 */
export function explainCommand(argv: string[], io: CliIO): number {
  const { values, positionals } = parseCommandArgs(argv, { policy: { type: 'string', multiple: true }, lang: { type: 'string' } });
  const [id, ...extra] = positionals;
  if (!id || extra.length) throw new ConfigurationError('explain takes one rule id or built-in check id, e.g. `mobile-policy explain nfra/owner-declared` or `mobile-policy explain manifest/todo`');
  const langs: readonly Lang[] = values.lang ? [oneOf('lang', values.lang, LANGS, 'en')] : LANGS;
  const packs = loadPacks(values.policy, io.cwd);
  const rule = explainRule(packs, id);
  if (rule) {
    io.out(langs.map((lang) => render(rule, lang)).join('\n'));
    return 0;
  }
  const builtin = DIAGNOSTICS[id];
  if (builtin) {
    io.out(langs.map((lang) => renderDiagnostic(id, builtin, lang)).join('\n'));
    return 0;
  }
  const ids = [...listRules(packs).map((r) => r.id), ...Object.keys(DIAGNOSTICS)];
  const last = id.split('/').pop() ?? id;
  const close = suggest(id, ids);
  const near = [...new Set([...(close ? [close] : []), ...ids.filter((r) => last.length > 2 && r.includes(last))])].slice(0, 5);
  throw new ConfigurationError(`no rule or built-in check "${id}" in ${packs.map((p) => p.name).join(', ')}` +
    (near.length ? `; did you mean ${near.join(', ')}?` : '; `mobile-policy coverage` lists every rule'));
}

/** A built-in diagnostic (manifest/todo, repo/file-too-large, ...): what it means and how to fix it. */
function renderDiagnostic(id: string, info: DiagnosticInfo, lang: Lang): string {
  return [
    `${id}: ${info.title[lang]}`,
    '',
    `  ${t(lang, 'explain.builtin')}`,
    '',
    `${t(lang, 'explain.meaning')}:`,
    indent(info.purpose[lang]),
    '',
    `${t(lang, 'explain.remediation')}:`,
    indent(info.fix[lang]),
    '',
  ].join('\n');
}

function render(rule: RuleExplanation, lang: Lang): string {
  const stages = rule.stages.map((s) => (rule.stageSeverity[s] && rule.stageSeverity[s] !== rule.severity ? `${s} (${severityLabel(lang, rule.stageSeverity[s]!)})` : s));
  return [
    `${rule.id}: ${rule.title[lang]}`,
    '',
    `  ${t(lang, 'explain.articles')}: ${articlesLabel(lang, rule.articles)}`,
    `  ${t(lang, 'explain.severity')}: ${severityLabel(lang, rule.severity)}`,
    `  ${t(lang, 'explain.stages')}: ${stages.join(', ')}`,
    `  ${t(lang, 'explain.waivable')}: ${t(lang, rule.waivable ? 'yes' : 'no')}`,
    `  ${t(lang, 'explain.pack')}: ${rule.pack} (${rule.file}:${rule.line})`,
    '',
    `${t(lang, 'explain.rationale')}:`,
    indent(rule.rationale[lang]),
    '',
    `${t(lang, 'explain.remediation')}:`,
    indent(rule.remediation[lang]),
    '',
  ].join('\n');
}

function indent(text: string): string {
  return text.trim().split('\n').map((l) => `  ${l}`).join('\n');
}
