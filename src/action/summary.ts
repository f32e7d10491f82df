// The job summary and the sticky comment, as Markdown (pure): verdict, counts, new findings,
// article table, SDK inventory diff, pending waivers, notices, then every finding, truncated
// line by line to GitHub's limits with an "N more" line.
import { formatLocation } from '../core/errors.js';
import { articlesLabel, severityLabel, t } from '../core/messages.js';
import type { FailOn, Report } from '../core/report.js';
import type { Finding, Lang } from '../core/types.js';
import { escapeCell, renderMarkdown } from '../reporters/markdown.js';
import { mdCode, mdText } from '../reporters/md-escape.js';
import type { InventoryChange } from './inventory-diff.js';
import { m } from './messages.js';

/** GitHub drops a step summary above 1 MiB; keep a margin. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;
/** Comment bodies and check-run text are limited to 65,536 characters. */
export const COMMENT_LIMIT_CHARS = 65_536 - 536;

export interface PendingWaiver { app: string; rule: string; scope?: string; reason?: string; expires?: string }

export interface EdgeResult {
  report: Report;
  /** New findings; undefined when the base could not be evaluated (all count). */
  fresh?: Set<Finding>;
  inventory: { app: string; changes: InventoryChange[] }[];
  pending: PendingWaiver[];
  notices: string[];
  failOn: FailOn;
  onlyNew: boolean;
  failed: number;
}

const ICON = { error: '🔴', warning: '🟡', note: '🔵' } as const;

export function appLabel(report: Report): string {
  return report.apps.map((a) => [a.app.name, a.app.id].filter(Boolean).join(' · ') || a.manifest || '(no manifest)').join(', ');
}

function sections(r: EdgeResult, lang: Lang, maxRows: number): string[] {
  const all = r.report.apps.flatMap((a) => a.findings);
  const active = all.filter((f) => !f.waived);
  const fresh = active.filter((f) => !r.fresh || r.fresh.has(f));
  const out: string[] = [];
  out.push(`## ${m(lang, 'title')}: ${mdText(appLabel(r.report))}`, '');
  const scope = r.onlyNew ? m(lang, 'verdict.scope.new') : '';
  out.push(m(lang, r.failed ? 'verdict.failed' : 'verdict.passed', { count: r.failed, failOn: r.failOn, scope }), '');
  out.push(`${r.report.packs.map((p) => mdCode(`${p.name} ${p.version}`)).join(', ')} · stage \`${r.report.stage}\``, '');

  out.push(`### ${m(lang, 'counts.title')}`, '', m(lang, 'counts.header'), '|---|---:|---:|---:|---:|');
  const count = (list: Finding[]) => ({ error: list.filter((f) => f.severity === 'error').length, warning: list.filter((f) => f.severity === 'warning').length, note: list.filter((f) => f.severity === 'note').length });
  const a = count(active);
  out.push(`| ${m(lang, 'counts.all')} | ${a.error} | ${a.warning} | ${a.note} | ${r.report.summary.waived} |`);
  const n = count(fresh);
  out.push(`| ${m(lang, 'counts.new')} | ${n.error} | ${n.warning} | ${n.note} | |`, '');

  out.push(`### ${m(lang, 'new.title', { count: fresh.length })}`, '');
  if (!r.fresh) out.push(`> ${m(lang, 'new.unknown')}`, '');
  if (!fresh.length) out.push(m(lang, 'new.none'), '');
  else {
    out.push(...findingTable(fresh.slice(0, maxRows), lang));
    if (fresh.length > maxRows) out.push(m(lang, 'more', { count: fresh.length - maxRows }));
    out.push('');
  }

  out.push(`### ${m(lang, 'articles.title')}`, '', m(lang, 'articles.header'), '|---|---:|---:|');
  const byArticle = new Map<number, { total: number; fresh: number }>();
  for (const f of active) {
    for (const art of f.articles.length ? f.articles : [0]) {
      const s = byArticle.get(art) ?? { total: 0, fresh: 0 };
      s.total++;
      if (!r.fresh || r.fresh.has(f)) s.fresh++;
      byArticle.set(art, s);
    }
  }
  for (const [art, s] of [...byArticle].sort((x, y) => (x[0] || 999) - (y[0] || 999))) {
    out.push(`| ${art ? articlesLabel(lang, [art]) : m(lang, 'articles.none')} | ${s.total} | ${s.fresh} |`);
  }
  out.push('');

  if (r.inventory.length) {
    out.push(`### ${m(lang, 'inventory.title')}`, '');
    const rows = r.inventory.flatMap((i) => i.changes);
    if (!rows.length) out.push(m(lang, 'inventory.none'), '');
    else {
      out.push(m(lang, 'inventory.header'), '|---|---|---|---|---|---|');
      for (const c of rows) {
        const version = c.change === 'upgraded' ? `${c.from} → ${c.to}` : (c.to ?? c.from ?? '');
        out.push(`| ${m(lang, `inventory.${c.change}`)} | ${mdCode(c.purl, true)} | ${mdText(version)} | ${mdText(c.sdk ?? '—')} | ${mdText(c.categories.join(', ') || '—')} | ${c.declared ? '✅' : c.change === 'removed' ? '—' : '❌'} |`);
      }
      out.push('');
    }
  }

  if (r.pending.length) {
    out.push(`### ⏳ ${m(lang, 'pending.title', { count: r.pending.length })}`, '', m(lang, 'pending.body'), '');
    for (const p of r.pending) out.push(`- ${mdCode(p.rule)}${p.scope ? ` (${mdText(p.scope)})` : ''}${p.expires ? ` until ${mdText(p.expires)}` : ''}${p.reason ? `: ${mdText(p.reason)}` : ''} · ${mdText(p.app)}`);
    out.push('');
  }

  if (r.notices.length) {
    out.push(`### ${m(lang, 'notices.title')}`, '');
    for (const text of r.notices) out.push(`- ${text}`);
    out.push('');
  }
  return out;
}

function findingTable(list: Finding[], lang: Lang): string[] {
  const col = (k: Parameters<typeof t>[1]) => t(lang, k);
  const rows = [`| ${col('summary.col.severity')} | ${col('summary.col.rule')} | ${col('summary.col.articles')} | ${col('summary.col.location')} | ${col('summary.col.message')} |`, '|---|---|---|---|---|'];
  for (const f of list) {
    rows.push(`| ${ICON[f.severity]} ${severityLabel(lang, f.severity)} | ${mdCode(f.ruleId, true)} | ${articlesLabel(lang, f.articles)} | ${mdCode(formatLocation(f.location), true)} | ${escapeCell(f.message[lang] || f.message.en)} |`);
  }
  return rows;
}

/** Keeps whole lines while the text fits; the last line says what was cut. */
export function fit(lines: string[], limit: number, measure: (s: string) => number, tail: (more: number) => string): string {
  const total = measure(lines.join('\n'));
  if (total <= limit) return lines.join('\n');
  const reserve = measure(tail(lines.length)) + 2;
  const kept: string[] = [];
  let size = 0;
  for (const line of lines) {
    const s = measure(line) + 1;
    if (size + s > limit - reserve) break;
    kept.push(line);
    size += s;
  }
  return [...kept, '', tail(lines.length - kept.length)].join('\n');
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

export function renderSummary(r: EdgeResult, lang: Lang, limit = SUMMARY_LIMIT_BYTES): string {
  const lines = [...sections(r, lang, 500), '<details><summary>' + m(lang, 'details.title') + '</summary>', '', renderMarkdown(r.report, { lang }), '</details>', ''];
  return fit(lines.join('\n').split('\n'), limit, bytes, () => m(lang, 'truncated.summary'));
}

export function renderComment(r: EdgeResult, lang: Lang, header: string, limit = COMMENT_LIMIT_CHARS): string {
  const active = r.report.apps.flatMap((a) => a.findings).filter((f) => !f.waived);
  if (!active.length && !r.pending.length) {
    return [header, m(lang, 'allclear', { app: mdText(appLabel(r.report)) }), ...(r.notices.length ? ['', ...r.notices.map((n) => `- ${n}`)] : []), ''].join('\n');
  }
  const lines = [header, ...sections(r, lang, 100), '<details><summary>' + m(lang, 'details.title') + '</summary>', '', renderMarkdown(r.report, { lang, maxFindings: 300 }), '</details>', ''];
  return fit(lines.join('\n').split('\n'), limit, (s) => s.length, (more) => m(lang, 'truncated', { more: m(lang, 'more', { count: more }) }));
}
