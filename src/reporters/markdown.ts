// Markdown: the Action's job summary, PR-friendly reports, `check --format markdown`.
import { formatLocation } from '../core/errors.js';
import { articlesLabel, severityLabel, t } from '../core/messages.js';
import type { Finding } from '../core/types.js';
import { hasEvidence } from './evidence.js';
import { renderEvidenceMarkdown } from './html.js';
import { mdCell, mdCode, mdText, oneLine } from './md-escape.js';
import type { Reporter } from './types.js';

const ICON = { error: '🔴', warning: '🟡', note: '🔵' } as const;

export interface MarkdownOptions {
  /** Stop listing findings after this many (GitHub's summary and comment size limits). */
  maxFindings?: number;
}

/** Repository text in a table cell, heading or list item (see md-escape.ts); its own lines joined by `<br>`. */
export const escapeCell = mdCell;

/** With collected evidence (release stage), the markdown form of the release evidence report. */
export const markdownReporter: Reporter = (report, options) =>
  hasEvidence(report) ? renderEvidenceMarkdown(report, options.lang) : renderMarkdown(report, options);

export function renderMarkdown(report: Parameters<Reporter>[0], { lang, maxFindings = Infinity }: Parameters<Reporter>[1] & MarkdownOptions): string {
  const out: string[] = [];
  let listed = 0;
  let total = 0;
  for (const app of report.apps) {
    const name = [app.app.name, app.app.id].filter(Boolean).join(' · ') || app.manifest || t(lang, 'app.unknown');
    out.push(`### ${t(lang, 'summary.title', { app: mdText(name) })}`, '');
    out.push(`${report.packs.map((p) => mdCode(`${p.name} ${p.version}`)).join(', ')} · ${t(lang, 'header.stage')} \`${report.stage}\``, '');
    const active = app.findings.filter((f) => !f.waived);
    const waived = app.findings.filter((f) => f.waived);
    if (!app.findings.length) {
      out.push(`✅ ${t(lang, 'summary.clean')}`, '');
      continue;
    }
    out.push(`| ${t(lang, 'summary.col.severity')} | ${t(lang, 'summary.col.rule')} | ${t(lang, 'summary.col.articles')} | ${t(lang, 'summary.col.location')} | ${t(lang, 'summary.col.message')} |`);
    out.push('|---|---|---|---|---|');
    for (const f of [...active, ...waived]) {
      total++;
      if (listed >= maxFindings) continue;
      listed++;
      out.push(row(f));
    }
    out.push('');
  }
  if (total > listed) out.push(t(lang, 'summary.more', { count: total - listed }), '');
  out.push(`**${t(lang, 'summary.line', { ...report.summary })}**`, '');
  return out.join('\n');

  function row(f: Finding): string {
    const sev = f.waived ? `⚪ ${t(lang, 'waived')}` : `${ICON[f.severity]} ${severityLabel(lang, f.severity)}`;
    let message = f.message[lang];
    if (f.waiver) message += ` (${t(lang, 'waived.by', { expires: oneLine(f.waiver.expires), approver: oneLine(f.waiver.approvedBy?.name ?? '?'), reason: oneLine(f.waiver.reason) })})`;
    return `| ${sev} | ${mdCode(f.ruleId, true)} | ${articlesLabel(lang, f.articles)} | ${mdCode(formatLocation(f.location), true)} | ${escapeCell(message)} |`;
  }
}
