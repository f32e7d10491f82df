// Workflow-command annotations within GitHub's limits (10 per level per step, 50 per job):
// new findings on changed lines first, then other new findings, then changed files, then the rest.
import path from 'node:path';
import * as core from '@actions/core';
import type { Finding, Lang, Severity } from '../core/types.js';
import { touches, type ChangeSet } from './changes.js';
import { m } from './messages.js';

export const ANNOTATIONS_PER_LEVEL = 10;
export const ANNOTATIONS_PER_JOB = 50;

export interface Annotation { finding: Finding; file: string }

export function repoPath(prefix: string, file: string): string {
  return prefix ? path.posix.join(prefix, file) : file;
}

export function rank(f: Finding, prefix: string, changes: ChangeSet | undefined, fresh: Set<Finding> | undefined): number {
  const t = touches(changes, repoPath(prefix, f.location.file), f.location.line);
  const isNew = !fresh || fresh.has(f);
  return (isNew ? 0 : 4) + (t === 'line' ? 0 : t === 'file' ? 1 : 2);
}

/** Findings in annotation priority order (stable within a rank). */
export function prioritise(findings: readonly Finding[], prefix: string, changes?: ChangeSet, fresh?: Set<Finding>): Finding[] {
  return findings
    .map((f, i) => ({ f, i, r: rank(f, prefix, changes, fresh) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.f);
}

/** Slots kept for the edge's own lines: the failed-gate error and one warning with its notices. */
export const RESERVED: Record<Severity, number> = { error: 1, warning: 1, note: 0 };

export function selectAnnotations(findings: readonly Finding[], prefix: string, changes?: ChangeSet, fresh?: Set<Finding>): Annotation[] {
  const counts: Record<Severity, number> = { ...RESERVED };
  const out: Annotation[] = [];
  for (const f of prioritise(findings.filter((x) => !x.waived), prefix, changes, fresh)) {
    if (out.length >= ANNOTATIONS_PER_JOB - 2) break;
    if (counts[f.severity] >= ANNOTATIONS_PER_LEVEL) continue;
    counts[f.severity]++;
    out.push({ finding: f, file: f.location.file ? repoPath(prefix, f.location.file) : '' });
  }
  return out;
}

/** Writes one annotation as a workflow command. */
export function emitAnnotation(f: Finding, file: string, lang: Lang, fresh?: Set<Finding>): void {
  const props: core.AnnotationProperties = {
    title: `${f.ruleId}${fresh?.has(f) ? ` (${m(lang, 'col.new')})` : ''} [${f.articles.map((a) => `art. ${a}`).join(', ')}]`,
    ...(file ? { file } : {}),
    ...(f.location.line ? { startLine: f.location.line } : {}),
    ...(f.location.line && f.location.column ? { startColumn: f.location.column } : {}),
  };
  const text = f.message[lang] || f.message.en;
  if (f.severity === 'error') core.error(text, props);
  else if (f.severity === 'warning') core.warning(text, props);
  else core.notice(text, props);
}
