import type { Finding, Severity, Stage } from './types.js';
import type { ScopeSummary } from '../scope/types.js';

export interface AppReport {
  /** Manifest path relative to the scan root ('' when none was found). */
  manifest: string;
  /** The app's folder: where its build is (the manifest's folder, or where app.id was found). */
  appDir: string;
  app: { id?: string; name?: string };
  /** The app's resolved scope (absent when no manifest was found). */
  scope?: ScopeSummary;
  findings: Finding[];
}

export interface Summary {
  error: number;
  warning: number;
  note: number;
  waived: number;
}

export interface Report {
  tool: { name: string; version: string };
  stage: Stage;
  /** ISO time the evaluation treated as "now". */
  now: string;
  /** Absolute scan root (not printed in reports: paths are relative to it). */
  root: string;
  packs: { name: string; version: string }[];
  apps: AppReport[];
  summary: Summary;
  /** Set when the run stopped at its time limit: the report is partial (the CLI exits with 2). */
  timedOut?: { limitMs: number };
}

export function allFindings(report: Report): Finding[] {
  return report.apps.flatMap((a) => a.findings);
}

export function summarize(findings: readonly Finding[]): Summary {
  const s: Summary = { error: 0, warning: 0, note: 0, waived: 0 };
  for (const f of findings) {
    // A finding standing for omitted ones counts them all.
    const n = f.omitted ?? 1;
    if (f.waived) s.waived += n;
    else s[f.severity] += n;
  }
  return s;
}

export type FailOn = Severity | 'never';
const RANK: Record<Severity, number> = { error: 3, warning: 2, note: 1 };

/** Unwaived findings at or above the threshold: these fail the gate. */
export function failing(findings: readonly Finding[], failOn: FailOn): Finding[] {
  if (failOn === 'never') return [];
  return findings.filter((f) => !f.waived && RANK[f.severity] >= RANK[failOn]);
}

/** Deterministic order: file, line, column, rule, subject. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.location.file, b.location.file) ||
    (a.location.line ?? 0) - (b.location.line ?? 0) ||
    (a.location.column ?? 0) - (b.location.column ?? 0) ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.subject, b.subject)
  );
}

/** Plain code-unit order: deterministic, locale-independent. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
