// Coverage output: text, markdown, json, html. Pure functions of the coverage report.
import { severityLabel, t, vocabularyLabel, type MessageKey } from '../core/messages.js';
import type { Lang } from '../core/types.js';
import type { ArticleCoverage, CoverageReport } from './coverage.js';
import type { ArticleStatus } from './status.js';

export const COVERAGE_FORMATS = ['text', 'markdown', 'json', 'html'] as const;
export type CoverageFormat = (typeof COVERAGE_FORMATS)[number];

export function statusLabel(lang: Lang, s: ArticleStatus): string {
  return t(lang, `coverage.status.${s}` as MessageKey);
}

function articleName(lang: Lang, n: number): string {
  return lang === 'zh-CN' ? `第${n}条` : `Art. ${n}`;
}

function stages(lang: Lang, list: readonly string[]): string {
  return list.map((s) => vocabularyLabel(lang, 'stage', s)).join(lang === 'zh-CN' ? '、' : ', ');
}

function ruleLine(lang: Lang, r: ArticleCoverage['rules'][number]): string {
  return `${r.id} (${stages(lang, r.stages)}${lang === 'zh-CN' ? '；' : '; '}${severityLabel(lang, r.severity)}): ${r.title[lang]}`;
}

export function renderCoverage(report: CoverageReport, format: CoverageFormat, lang: Lang): string {
  switch (format) {
    case 'json':
      return JSON.stringify(report, null, 2) + '\n';
    case 'markdown':
      return markdown(report, lang);
    case 'html':
      return html(report, lang);
    default:
      return text(report, lang);
  }
}

function header(report: CoverageReport, lang: Lang): string {
  const packs = report.packs.map((p) => `${p.name} ${p.version}`).join(', ');
  return `${t(lang, 'coverage.packs')}: ${packs}${report.stage ? ` · ${t(lang, 'coverage.stage')}: ${vocabularyLabel(lang, 'stage', report.stage)}` : ''}`;
}

function text(report: CoverageReport, lang: Lang): string {
  const lines = [t(lang, 'coverage.title'), header(report, lang), ''];
  for (const a of report.articles) {
    lines.push(`${articleName(lang, a.number)}  ${a.title[lang]}`);
    if (a.regulator) lines.push(`    ${t(lang, 'coverage.binds')}`);
    lines.push(`    ${t(lang, 'coverage.rules')}:${a.rules.length ? '' : ` ${t(lang, 'coverage.none')}`}`);
    for (const r of a.rules) lines.push(`      ${ruleLine(lang, r)}`);
    lines.push(`    ${t(lang, 'coverage.evidence')}: ${a.evidence.length ? a.evidence.join(', ') : t(lang, 'coverage.none')}`);
    for (const app of report.apps ?? []) {
      const s = app.statuses[a.number]!;
      const why = app.reasons[a.number];
      lines.push(`    ${t(lang, 'coverage.status')} [${app.manifest || t(lang, 'app.unknown')}]: ${statusLabel(lang, s)}${why ? ` (${why.join(', ')})` : ''}`);
    }
    lines.push('');
  }
  if (report.apps) lines.push(t(lang, 'coverage.legend'), '');
  return lines.join('\n');
}

function md(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function markdown(report: CoverageReport, lang: Lang): string {
  const lines = [`# ${t(lang, 'coverage.title')}`, '', header(report, lang), ''];
  const apps = report.apps ?? [];
  const cols = [t(lang, 'coverage.article'), t(lang, 'coverage.rules'), t(lang, 'coverage.evidence'), ...apps.map((a) => `${t(lang, 'coverage.status')}: ${a.manifest || t(lang, 'app.unknown')}`)];
  lines.push(`| ${cols.map(md).join(' | ')} |`, `| ${cols.map(() => '---').join(' | ')} |`);
  for (const a of report.articles) {
    const rules = a.rules.length ? a.rules.map((r) => `\`${r.id}\` (${stages(lang, r.stages)})`).join('<br>') : a.regulator ? md(t(lang, 'coverage.binds')) : t(lang, 'coverage.none');
    const ev = a.evidence.length ? a.evidence.map((e) => `\`${e}\``).join(', ') : t(lang, 'coverage.none');
    const st = apps.map((app) => statusLabel(lang, app.statuses[a.number]!) + (app.reasons[a.number] ? `: ${app.reasons[a.number]!.map((r) => `\`${r}\``).join(', ')}` : ''));
    lines.push(`| ${[`**${articleName(lang, a.number)}** ${md(a.title[lang])}`, rules, ev, ...st].join(' | ')} |`);
  }
  if (apps.length) lines.push('', t(lang, 'coverage.legend'));
  return lines.join('\n') + '\n';
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const STATUS_COLOUR: Record<ArticleStatus, string> = {
  pass: '#1a7f37', fail: '#cf222e', waived: '#9a6700', 'not-applicable-declared': '#6e7781', 'no-evidence': '#bc4c00', 'not-evaluated': '#6e7781', 'not-applicable': '#6e7781',
};

function html(report: CoverageReport, lang: Lang): string {
  const apps = report.apps ?? [];
  const head = [t(lang, 'coverage.article'), t(lang, 'coverage.rules'), t(lang, 'coverage.evidence'), ...apps.map((a) => `${t(lang, 'coverage.status')}: ${a.manifest || t(lang, 'app.unknown')}`)];
  const rows = report.articles.map((a) => {
    const rules = a.rules.length ? a.rules.map((r) => `<code>${esc(r.id)}</code> (${esc(stages(lang, r.stages))})`).join('<br>') : esc(a.regulator ? t(lang, 'coverage.binds') : t(lang, 'coverage.none'));
    const ev = a.evidence.length ? a.evidence.map((e) => `<code>${esc(e)}</code>`).join(', ') : esc(t(lang, 'coverage.none'));
    const st = apps.map((app) => {
      const s = app.statuses[a.number]!;
      const why = app.reasons[a.number];
      return `<td><span style="color:${STATUS_COLOUR[s]};font-weight:600">${esc(statusLabel(lang, s))}</span>${why ? `<br><small>${esc(why.join(', '))}</small>` : ''}</td>`;
    });
    return `<tr><td><strong>${esc(articleName(lang, a.number))}</strong> ${esc(a.title[lang])}</td><td>${rules}</td><td>${ev}</td>${st.join('')}</tr>`;
  });
  return [
    '<!doctype html>',
    `<html lang="${lang}"><head><meta charset="utf-8"><title>${esc(t(lang, 'coverage.title'))}</title>`,
    '<style>body{font-family:system-ui,sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:.4em;vertical-align:top;text-align:left}code{font-size:.9em}</style></head><body>',
    `<h1>${esc(t(lang, 'coverage.title'))}</h1>`,
    `<p>${esc(header(report, lang))}</p>`,
    `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>`,
    ...rows,
    '</tbody></table>',
    apps.length ? `<p>${esc(t(lang, 'coverage.legend'))}</p>` : '',
    '</body></html>',
    '',
  ].join('\n');
}
