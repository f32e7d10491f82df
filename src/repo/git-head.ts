// The commit a checkout is at, read from its `.git` folder without running git (whose config
// could execute commands): HEAD → symbolic ref → loose ref file or packed-refs; a detached HEAD
// holds the commit itself. Linked worktrees and submodules (a `.git` file naming the git dir,
// `commondir` for shared refs) are followed. Undefined when anything is missing or odd.
// A `.git` found above the scanned folder counts only if its index tracks files in that folder:
// an untracked or ignored folder inside another repository is not at that repository's commit.
import fs from 'node:fs';
import path from 'node:path';
import { readGitIndex } from './git-index.js';

export interface GitHead {
  commit: string;
  /** `refs/heads/main`; absent for a detached HEAD. */
  ref?: string;
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const MAX_READ = 64 * 1024 * 1024; // packed-refs of large monorepos; more is not a ref file

/** The HEAD commit of the checkout containing `dir` (it or a parent holds `.git`). */
export function readGitHead(dir: string): GitHead | undefined {
  const start = path.resolve(dir);
  const found = findGitDir(start);
  if (!found) return undefined;
  const { gitDir, top } = found;
  if (top !== start && !tracksFilesUnder(gitDir, path.relative(top, start).split(path.sep).join('/'))) return undefined;
  const common = commonDir(gitDir);
  const head = readSmall(path.join(gitDir, 'HEAD'))?.trim();
  if (!head) return undefined;
  if (SHA.test(head)) return { commit: head };
  let ref = /^ref: (refs\/\S+)$/.exec(head)?.[1];
  const first = ref;
  for (let hops = 0; ref && hops < 5; hops++) {
    const value = resolveRef(gitDir, common, ref);
    if (!value) return undefined;
    if (SHA.test(value)) return { commit: value, ...(first ? { ref: first } : {}) };
    ref = /^ref: (refs\/\S+)$/.exec(value)?.[1];
  }
  return undefined;
}

/** The git dir of the nearest checkout holding `start`, and that checkout's top folder. */
function findGitDir(start: string): { gitDir: string; top: string } | undefined {
  for (let d = start; ; d = path.dirname(d)) {
    const dotGit = path.join(d, '.git');
    try {
      const st = fs.statSync(dotGit);
      if (st.isDirectory()) return { gitDir: dotGit, top: d };
      if (st.isFile()) {
        const to = /^gitdir: (.+)$/m.exec(readSmall(dotGit) ?? '')?.[1]?.trim();
        return to ? { gitDir: path.resolve(d, to), top: d } : undefined;
      }
    } catch {
      // not here: look in the parent
    }
    if (path.dirname(d) === d) return undefined;
  }
}

function tracksFilesUnder(gitDir: string, rel: string): boolean {
  let paths: string[] | undefined;
  try {
    paths = readGitIndex(fs.readFileSync(path.join(gitDir, 'index')));
  } catch {
    return false;
  }
  return Boolean(paths?.some((p) => p.startsWith(`${rel}/`)));
}

/** Shared refs of a linked worktree live in the main git dir (`commondir`). */
function commonDir(gitDir: string): string {
  const rel = readSmall(path.join(gitDir, 'commondir'))?.trim();
  return rel ? path.resolve(gitDir, rel) : gitDir;
}

function resolveRef(gitDir: string, common: string, ref: string): string | undefined {
  if (ref.split('/').includes('..')) return undefined;
  for (const base of new Set([gitDir, common])) {
    const loose = readSmall(path.join(base, ref))?.trim();
    if (loose) return loose;
  }
  for (const line of (readSmall(path.join(common, 'packed-refs')) ?? '').split('\n')) {
    const [sha, name] = line.trim().split(' ');
    if (name === ref && sha && SHA.test(sha)) return sha;
  }
  return undefined;
}

function readSmall(file: string): string | undefined {
  try {
    if (!fs.statSync(file).isFile() || fs.statSync(file).size > MAX_READ) return undefined;
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
