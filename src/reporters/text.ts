// Human output for terminals and CI logs: grouped by app, then severity.
import { styleText } from 'node:util';
import { formatLocation } from '../core/errors.js';
import { articlesLabel, severityLabel, t } from '../core/messages.js';
import type { Finding, Severity } from '../core/types.js';
import { SEVERITIES } from '../core/types.js';
import type { Reporter } from './types.js';

type Style = Parameters<typeof styleText>[0];

export const textReporter: Reporter = (report, { lang, color = false }) => {
  const paint = (style: Style, s: string) => (color ? styleText(style, s) : s);
  const sevStyle: Record<Severity, Style> = { error: 'red', warning: 'yellow', note: 'blue' };
  const lines: string[] = [];
  const packs = report.packs.map((p) => `${p.name} ${p.version}`).join(', ');
  lines.push(paint('dim', `${report.tool.name} ${report.tool.version} · ${packs} · ${t(lang, 'header.stage')} ${report.stage}`));

  for (const app of report.apps) {
    const ident = [app.app.id, app.app.name].filter(Boolean).join(' · ');
    lines.push('');
    lines.push(paint('bold', app.manifest || t(lang, 'app.unknown')) + (ident ? `  (${ident})` : ''));
    const active = app.findings.filter((f) => !f.waived);
    const waived = app.findings.filter((f) => f.waived);
    for (const sev of SEVERITIES) {
      const group = active.filter((f) => f.severity === sev);
      if (!group.length) continue;
      lines.push('');
      lines.push('  ' + paint(sevStyle[sev], `${severityLabel(lang, sev)} (${group.length})`));
      for (const f of group) lines.push(...finding(f));
    }
    if (waived.length) {
      lines.push('');
      lines.push('  ' + paint('dim', `${t(lang, 'waived')} (${waived.length})`));
      for (const f of waived) {
        lines.push(...finding(f).map((l) => paint('dim', l)));
        if (f.waiver) {
          lines.push(paint('dim', '      ' + t(lang, 'waived.by', {
            expires: f.waiver.expires,
            approver: f.waiver.approvedBy?.name ?? '?',
            reason: f.waiver.reason,
          })));
        }
      }
    }
    if (!app.findings.length) lines.push('  ' + paint('green', t(lang, 'summary.clean')));
  }

  lines.push('');
  lines.push(t(lang, 'summary.line', { ...report.summary }));
  return lines.join('\n') + '\n';

  function finding(f: Finding): string[] {
    const head = `    ${paint('cyan', formatLocation(f.location))}  ${paint('bold', f.ruleId)}  ${paint('dim', `[${articlesLabel(lang, f.articles)}]`)}`;
    return [head, `      ${f.message[lang]}`];
  }
};
