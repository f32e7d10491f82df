// Pull requests: changed files (paginated, up to the API's 3,000-file cap), lookup by commit.
import type { GitHubClient } from './client.js';

export const PULL_FILES_CAP = 3000;

export interface ChangedFile {
  filename: string;
  status: string;
  previousFilename?: string;
  /** Unified diff of the file; absent for binaries and very large diffs. */
  patch?: string;
}

export async function listPullFiles(octokit: GitHubClient, owner: string, repo: string, pullNumber: number): Promise<{ files: ChangedFile[]; capped: boolean }> {
  const files: ChangedFile[] = [];
  for await (const page of octokit.paginate.iterator(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pullNumber, per_page: 100 })) {
    for (const f of page.data) {
      files.push({ filename: f.filename, status: f.status, ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}), ...(f.patch ? { patch: f.patch } : {}) });
    }
    if (files.length >= PULL_FILES_CAP) break;
  }
  return { files: files.slice(0, PULL_FILES_CAP), capped: files.length >= PULL_FILES_CAP };
}

export interface PullInfo { number: number; baseSha: string; headSha: string; fork: boolean }

export async function getPull(octokit: GitHubClient, owner: string, repo: string, pullNumber: number): Promise<PullInfo> {
  const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: pullNumber });
  return { number: data.number, baseSha: data.base.sha, headSha: data.head.sha, fork: data.head.repo?.full_name !== data.base.repo.full_name };
}

/** The open pull request whose head is `sha` (workflow_run events from forks carry no pull_requests). */
export async function findPullByHead(octokit: GitHubClient, owner: string, repo: string, sha: string): Promise<PullInfo | undefined> {
  for await (const page of octokit.paginate.iterator(octokit.rest.pulls.list, { owner, repo, state: 'open', per_page: 100 })) {
    const hit = page.data.find((p) => p.head.sha === sha);
    if (hit) return { number: hit.number, baseSha: hit.base.sha, headSha: hit.head.sha, fork: hit.head.repo?.full_name !== hit.base.repo.full_name };
  }
  return undefined;
}
