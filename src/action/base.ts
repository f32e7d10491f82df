// The base commit's files and the change's files, from git when the checkout has the history,
// else from the API; either may be unavailable (then the caller degrades with one notice).
import fs from 'node:fs';
import path from 'node:path';
import type { GitHubClient } from '../github/client.js';
import { listPullFiles } from '../github/pulls.js';
import { downloadTree } from '../github/tarball.js';
import { fromApiFiles, parseUnifiedDiff, type ChangeSet } from './changes.js';
import { Git } from '../repo/git.js';

export interface Comparison { baseSha: string; headSha: string; prNumber?: number }

export interface RepoAccess {
  workspace: string;
  owner: string;
  repo: string;
  octokit?: GitHubClient;
}

function gitFor(workspace: string): Git | undefined {
  if (!fs.existsSync(path.join(workspace, '.git'))) return undefined;
  return new Git(workspace);
}

/** Writes the base commit's tree (from git: only the repo-relative paths `under`, if any) into `dest`. */
export async function materializeBase(access: RepoAccess, cmp: Comparison, dest: string, under: readonly string[]): Promise<'git' | 'api'> {
  fs.mkdirSync(dest, { recursive: true });
  const git = gitFor(access.workspace);
  if (git?.hasCommit(cmp.baseSha)) {
    git.exportTree(cmp.baseSha, dest, under);
    return 'git';
  }
  if (!access.octokit) throw new Error('no git history for the base commit and no token for the API');
  await downloadTree(access.octokit, access.owner, access.repo, cmp.baseSha, dest);
  return 'api';
}

export async function changedFiles(access: RepoAccess, cmp: Comparison): Promise<ChangeSet> {
  const git = gitFor(access.workspace);
  if (git?.hasCommit(cmp.baseSha)) {
    const head = git.hasCommit(cmp.headSha) ? cmp.headSha : 'HEAD';
    const base = git.mergeBase(cmp.baseSha, head) ?? cmp.baseSha;
    return { files: parseUnifiedDiff(git.diff(base, head)), source: 'git', capped: false };
  }
  if (!access.octokit || !cmp.prNumber) throw new Error('no git history for the base commit and no pull request to ask the API about');
  const { files, capped } = await listPullFiles(access.octokit, access.owner, access.repo, cmp.prNumber);
  return fromApiFiles(files, capped);
}
