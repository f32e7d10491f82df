import { parseArgs } from 'node:util';
import { loadPacks } from '../check.js';
import { ConfigurationError } from '../core/errors.js';
import { articlesLabel, severityLabel, t } from '../core/messages.js';
import { LANGS, type Lang } from '../core/types.js';
import { explainRule, listRules } from '../engine/index.js';
import type { RuleExplanation } from '../engine/types.js';
import { oneOf, type CliIO } from './io.js';

/** `explain RULE_ID`: a rule's purpose, articles and fix, in both languages unless --lang picks one. */
export function explainCommand(argv: string[], io: CliIO): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { policy: { type: 'string', multiple: true }, lang: { type: 'string' } },
  });
  const [id, ...extra] = positionals;
  if (!id || extra.length) throw new ConfigurationError('explain takes one rule id, e.g. `mobile-policy explain nfra/owner-declared`');
  const langs: readonly Lang[] = values.lang ? [oneOf('lang', values.lang, LANGS, 'en')] : LANGS;
  const packs = loadPacks(values.policy, io.cwd);
  const rule = explainRule(packs, id);
  if (!rule) {
    const near = listRules(packs).map((r) => r.id).filter((r) => r.includes(id.split('/').pop() ?? id)).slice(0, 5);
    throw new ConfigurationError(`no rule "${id}" in ${packs.map((p) => p.name).join(', ')}` +
      (near.length ? `; did you mean ${near.join(', ')}?` : '; `mobile-policy coverage` lists every rule'));
  }
  io.out(langs.map((lang) => render(rule, lang)).join('\n'));
  return 0;
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
