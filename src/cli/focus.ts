// `check --rule ID` / `--skip-rule ID` (repeatable; globs such as `nfra/sdk-*`): a run focused on
// some rules. Pack rules outside the focus are disabled before evaluation, so coverage and the
// release evidence report read "not checked" for them instead of a pass they never earned;
// built-in checks (manifest/todo, repo/*, ...) are filtered from the findings.
import { minimatch } from 'minimatch';
import { ConfigurationError } from '../core/errors.js';
import { summarize, type Report } from '../core/report.js';
import { DIAGNOSTICS } from '../core/diagnostics.js';
import type { LoadedPack } from '../engine/index.js';
import { suggest } from '../manifest/validate.js';

export interface Focus {
  only: readonly string[];
  skip: readonly string[];
}

/** Problems that leave the focused rules nothing to read: never hidden by --rule, only by --skip-rule. */
const BLOCKING = /^manifest\/(missing|unreadable|parse|empty|not-mapping|multiple-documents|alias-limit|api-version)$/;

const matches = (id: string, patterns: readonly string[]): boolean => patterns.some((p) => p === id || minimatch(id, p, { nocase: false, dot: true }));

export function isFocused(focus: Focus): boolean {
  return focus.only.length > 0 || focus.skip.length > 0;
}

export function inFocus(id: string, focus: Focus): boolean {
  if (matches(id, focus.skip)) return false;
  return !focus.only.length || matches(id, focus.only) || BLOCKING.test(id);
}

/** Every pattern must name a rule of the packs or a built-in check: a typo is an error, not an empty run. */
export function checkFocus(focus: Focus, packs: readonly LoadedPack[]): void {
  const ids = [...new Set([...packs.flatMap((p) => p.rules.map((r) => r.id)), ...Object.keys(DIAGNOSTICS)])];
  for (const [flag, patterns] of [['--rule', focus.only], ['--skip-rule', focus.skip]] as const) {
    for (const p of patterns) {
      if (ids.some((id) => matches(id, [p]))) continue;
      const near = suggest(p, ids);
      throw new ConfigurationError(`${flag} ${p} matches no rule of ${packs.map((x) => x.name).join(', ')} and no built-in check${near ? `; did you mean ${near}?` : ''}`);
    }
  }
}

/** The packs with every rule outside the focus disabled. */
export function focusPacks(packs: readonly LoadedPack[], focus: Focus): LoadedPack[] {
  if (!isFocused(focus)) return [...packs];
  return packs.map((p) => ({ ...p, rules: p.rules.map((r) => (r.disabled || inFocus(r.id, focus) ? r : { ...r, disabled: true })) }));
}

/** The report without findings outside the focus; the count of those hidden. */
export function focusReport(report: Report, focus: Focus): { report: Report; hidden: number } {
  if (!isFocused(focus)) return { report, hidden: 0 };
  let hidden = 0;
  const apps = report.apps.map((app) => {
    const findings = app.findings.filter((f) => inFocus(f.ruleId, focus));
    hidden += app.findings.length - findings.length;
    return { ...app, findings };
  });
  return { report: { ...report, apps, summary: summarize(apps.flatMap((a) => a.findings)) }, hidden };
}
