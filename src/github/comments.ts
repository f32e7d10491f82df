// The one sticky pull request comment: found by a hidden marker and key (paginated), updated in place.
import type { GitHubClient } from './client.js';

export const COMMENT_MARKER = '<!-- mobile-policy:comment -->';

export function keyMarker(key: string): string {
  return `<!-- mobile-policy:key=${key.replace(/--+/g, '-').replace(/>/g, '')} -->`;
}

export interface UpsertResult { action: 'created' | 'updated' | 'unchanged'; id: number }

export async function upsertStickyComment(octokit: GitHubClient, owner: string, repo: string, issueNumber: number, key: string, body: string): Promise<UpsertResult> {
  const marker = keyMarker(key);
  const full = body.includes(COMMENT_MARKER) ? body : `${COMMENT_MARKER}\n${marker}\n${body}`;
  let existing: { id: number; body?: string } | undefined;
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 })) {
    existing = page.data.find((c) => c.body?.includes(COMMENT_MARKER) && c.body.includes(marker));
    if (existing) break;
  }
  if (existing) {
    if (existing.body === full) return { action: 'unchanged', id: existing.id };
    await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body: full });
    return { action: 'updated', id: existing.id };
  }
  const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body: full });
  return { action: 'created', id: data.id };
}
