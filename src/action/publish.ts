// Side effects on GitHub beyond the log: the sticky comment and the check run. A missing
// permission or a failed call becomes a notice; findings are never lost (summary, annotations
// and the JSON report carry them).
import type { Finding, Lang } from '../core/types.js';
import { publishCheckRun, type CheckAnnotation } from '../github/checks.js';
import type { GitHubClient } from '../github/client.js';
import { upsertStickyComment, type UpsertResult } from '../github/comments.js';
import { apiFailure, isPermissionError } from '../github/errors.js';
import { prioritise, repoPath } from './annotations.js';
import type { ChangeSet } from './changes.js';
import { m, type EdgeKey } from './messages.js';

/** GitHub keeps at most this many annotations on one check run. */
export const CHECK_RUN_MAX_ANNOTATIONS = 1000;

export function failureNotice(lang: Lang, what: EdgeKey, permission: string, e: unknown): string {
  if (isPermissionError(e)) return m(lang, 'notice.permission', { what: m(lang, what), permission });
  const f = apiFailure(e);
  return m(lang, 'notice.api', { what: m(lang, what), error: `${f.status ?? 'network'} ${f.message}` });
}

export async function postComment(octokit: GitHubClient, owner: string, repo: string, pr: number, key: string, body: string, lang: Lang): Promise<{ result?: UpsertResult; notice?: string }> {
  try {
    return { result: await upsertStickyComment(octokit, owner, repo, pr, key, body) };
  } catch (e) {
    return { notice: failureNotice(lang, 'what.comment', 'pull-requests: write', e) };
  }
}

export function checkAnnotations(findings: readonly Finding[], prefix: string, lang: Lang, changes?: ChangeSet, fresh?: Set<Finding>): CheckAnnotation[] {
  const level = { error: 'failure', warning: 'warning', note: 'notice' } as const;
  return prioritise(findings.filter((f) => !f.waived && f.location.file), prefix, changes, fresh)
    .slice(0, CHECK_RUN_MAX_ANNOTATIONS)
    .map((f) => {
      const start = f.location.line ?? 1;
      const end = f.location.endLine && f.location.endLine >= start ? f.location.endLine : start;
      return {
        path: repoPath(prefix, f.location.file),
        start_line: start,
        end_line: end,
        ...(start === end && f.location.column ? { start_column: f.location.column, end_column: f.location.endColumn && f.location.endColumn >= f.location.column ? f.location.endColumn : f.location.column } : {}),
        annotation_level: level[f.severity],
        title: `${f.ruleId}${fresh && fresh.has(f) ? ` (${m(lang, 'col.new')})` : ''}`,
        message: (f.message[lang] || f.message.en).slice(0, 64_000),
      };
    });
}

export async function postCheckRun(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  run: Parameters<typeof publishCheckRun>[3],
  lang: Lang,
): Promise<{ id?: number; notice?: string }> {
  try {
    return { id: (await publishCheckRun(octokit, owner, repo, run)).id };
  } catch (e) {
    return { notice: failureNotice(lang, 'what.checkrun', 'checks: write', e) };
  }
}
