// Markdown: a summary line, the app table (main columns), missing apps, read errors, advice.
import type { Lang } from '../../core/types.js';
import { escapeCell } from '../../reporters/markdown.js';
import { mdCode } from '../../reporters/md-escape.js';
import { lt, stateLabel } from '../messages.js';
import type { Ledger } from '../types.js';
import { COLUMNS } from './table.js';

const MAIN = ['repository', 'id', 'name', 'nameZh', 'status', 'ownerDepartment', 'ownerPerson', 'nextDue', 'overdue', 'errors', 'warnings', 'waived', 'lastCommit'];

export function ledgerMarkdown(ledger: Ledger, { lang }: { lang: Lang }): string {
  const out: string[] = [`# ${lt(lang, 'title')}`, '', `${lt(lang, 'subtitle')} · ${lt(lang, 'generated', { now: ledger.now.slice(0, 10) })}`, ''];
  out.push(ledger.complete
    ? `✅ ${lt(lang, 'complete', { repos: ledger.repositories })}`
    : `⚠️ **${lt(lang, 'incomplete', { errors: new Set(ledger.errors.map((e) => e.repository)).size, repos: ledger.repositories })}**`, '');

  const cols = COLUMNS.filter((c) => MAIN.includes(c.key));
  out.push(`## ${lt(lang, 'section.apps', { count: ledger.rows.length })}`, '');
  out.push(`| ${cols.map((c) => lt(lang, c.label)).join(' | ')} | ${lt(lang, 'col.manifestState')} |`);
  out.push(`|${cols.map(() => '---').join('|')}|---|`);
  for (const r of ledger.rows) {
    const state = r.manifestState === 'ok' ? stateLabel(lang, 'ok') : `⚠️ ${stateLabel(lang, r.manifestState)}${r.problems[0] ? `: ${r.problems[0][lang]}` : ''}`;
    out.push(`| ${cols.map((c) => escapeCell(c.value(r, lang))).join(' | ')} | ${escapeCell(state)} |`);
  }
  out.push('');

  out.push(`## ${lt(lang, 'section.missing', { count: ledger.missing.length })}`, '');
  if (!ledger.missing.length) out.push(lt(lang, 'none'), '');
  else {
    out.push(`| ${lt(lang, 'col.repository')} | ${lt(lang, 'col.kinds')} | ${lt(lang, 'col.evidence')} | ${lt(lang, 'col.lastCommit')} |`, '|---|---|---|---|');
    for (const m of ledger.missing) out.push(`| ${escapeCell(m.repository)} | ${m.kinds.join(' ')} | ${m.evidence.map((e) => mdCode(e, true)).join(', ')} | ${m.lastCommit ?? ''} |`);
    out.push('');
  }

  const advised = ledger.rows.filter((r) => r.advice.length);
  if (advised.length) {
    out.push(`## ${lt(lang, 'section.advice')}`, '');
    for (const r of advised) for (const a of r.advice) out.push(`- **${escapeCell(r.id ?? r.repository)}** (${lt(lang, `advice.${a.kind}`)}): ${escapeCell(a.message[lang])}`);
    out.push('');
  }

  if (ledger.errors.length) {
    out.push(`## ${lt(lang, 'section.errors', { count: ledger.errors.length })}`, '');
    for (const e of ledger.errors) out.push(`- ${mdCode(e.repository)}: ${escapeCell(e.message)}`);
    out.push('');
  }
  return out.join('\n');
}
