// Human output for terminals and CI logs: grouped by app, then severity. Every string that may
// quote the repository passes through `v` (control characters shown, never acted on) before the
// tool adds its own colours, and the whole output through noWorkflowCommands.
import { formatLocation } from '../core/errors.js';
import { articlesLabel, severityLabel, t } from '../core/messages.js';
import type { Finding, Lang, Severity, Stage } from '../core/types.js';
import { SEVERITIES } from '../core/types.js';
import type { Reporter } from './types.js';
import { scopeLine } from './scope-line.js';
import { noWorkflowCommands, visible as v } from './plain-text.js';

// Plain SGR codes: node:util styleText drops colour when it thinks the stream is not a TTY,
// but the CLI decides that itself (and FORCE_COLOR users expect colour in CI logs).
const SGR = { red: 31, yellow: 33, blue: 34, cyan: 36, green: 32, bold: 1, dim: 2 } as const;
type Style = keyof typeof SGR;

export const textReporter: Reporter = (report, { lang, color = false }) => {
  const paint = (style: Style, s: string) => (color ? `\u001b[${SGR[style]}m${s}\u001b[0m` : s);
  const sevStyle: Record<Severity, Style> = { error: 'red', warning: 'yellow', note: 'blue' };
  const lines: string[] = [];
  const packs = v(report.packs.map((p) => `${p.name} ${p.version}`).join(', '));
  lines.push(paint('dim', `${report.tool.name} ${report.tool.version} · ${packs} · ${t(lang, 'header.stage')} ${stageName(report.stage, lang)}`));

  for (const app of report.apps) {
    const ident = v([app.app.id, app.app.name].filter(Boolean).join(' · '));
    lines.push('');
    lines.push(paint('bold', v(app.manifest) || t(lang, 'app.unknown')) + (ident ? `  (${ident})` : ''));
    if (app.scope) lines.push('  ' + paint('dim', v(scopeLine(app.scope, lang))));
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
          lines.push(paint('dim', '      ' + v(t(lang, 'waived.by', {
            expires: f.waiver.expires,
            approver: f.waiver.approvedBy?.name ?? '?',
            reason: f.waiver.reason,
          }))));
        }
      }
    }
    if (!app.findings.length) lines.push('  ' + paint('green', t(lang, 'summary.clean')));
  }

  lines.push('');
  lines.push(t(lang, 'summary.line', { ...report.summary }));
  return noWorkflowCommands(lines.join('\n') + '\n');

  function finding(f: Finding): string[] {
    const fresh = f.new ? `  ${paint('yellow', t(lang, 'finding.new'))}` : '';
    const head = `    ${paint('cyan', v(formatLocation(f.location)))}  ${paint('bold', v(f.ruleId))}  ${paint('dim', `[${articlesLabel(lang, f.articles)}]`)}${fresh}`;
    return [head, `      ${v(f.message[lang])}`];
  }
};

/** `pr` in English; in Chinese the stage's name with its id (合并请求检查（pr）). */
function stageName(stage: Stage, lang: Lang): string {
  return lang === 'en' ? stage : `${t(lang, stage === 'pr' ? 'stage.pr' : 'stage.release')}（${stage}）`;
}
