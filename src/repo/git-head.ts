// The commit a checkout is at, read from its `.git` folder without running git (whose config
// could execute commands): HEAD → symbolic ref → loose ref file or packed-refs; a detached HEAD
// holds the commit itself. Linked worktrees and submodules (a `.git` file naming the git dir,
// `commondir` for shared refs) are followed. Undefined when anything is missing or odd.
// A `.git` found above the scanned folder counts only if its index tracks files in that folder:
// an untracked or ignored folder inside another repository is not at that repository's commit.
// Every read stays inside the git dir's home (confined.ts): the checkout for a `.git` folder, the
// `.git` (or `*.git`) folder a `.git` file points into for worktrees and submodules.
import fs from 'node:fs';
import path from 'node:path';
import { readConfined, readConfinedText, realRoot } from './confined.js';
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
  const { gitDir, top, home } = found;
  const readSmall = (file: string) => readConfinedText(home, file, MAX_READ);
  if (top !== start && !tracksFilesUnder(home, gitDir, path.relative(top, start).split(path.sep).join('/'))) return undefined;
  const common = commonDir(gitDir, readSmall);
  const head = readSmall(path.join(gitDir, 'HEAD'))?.trim();
  if (!head) return undefined;
  if (SHA.test(head)) return { commit: head };
  let ref = /^ref: (refs\/\S+)$/.exec(head)?.[1];
  const first = ref;
  for (let hops = 0; ref && hops < 5; hops++) {
    const value = resolveRef(gitDir, common, ref, readSmall);
    if (!value) return undefined;
    if (SHA.test(value)) return { commit: value, ...(first ? { ref: first } : {}) };
    ref = /^ref: (refs\/\S+)$/.exec(value)?.[1];
  }
  return undefined;
}

/**
 * The git dir of the nearest checkout holding `start`, that checkout's top folder, and the real
 * folder every read must stay in (`home`).
 */
function findGitDir(start: string): { gitDir: string; top: string; home: string } | undefined {
  for (let d = start; ; d = path.dirname(d)) {
    const dotGit = path.join(d, '.git');
    try {
      const st = fs.lstatSync(dotGit);
      if (st.isDirectory()) return { gitDir: dotGit, top: d, home: realRoot(d) };
      if (st.isFile()) {
        const to = /^gitdir: (.+)$/m.exec(readConfinedText(realRoot(d), dotGit, 4096) ?? '')?.[1]?.trim();
        const gitDir = to && path.resolve(d, to);
        const home = gitDir && gitHome(gitDir);
        return gitDir && home ? { gitDir, top: d, home } : undefined;
      }
      return undefined; // a symlink, FIFO or device named .git: not a checkout this tool reads
    } catch {
      // not here: look in the parent
    }
    if (path.dirname(d) === d) return undefined;
  }
}

/** The real `.git` (or `name.git`) folder a gitdir pointer leads into (worktrees: .git/worktrees/x); undefined when none. */
function gitHome(gitDir: string): string | undefined {
  let real: string;
  try {
    real = fs.realpathSync(gitDir);
  } catch {
    return undefined;
  }
  for (let d = real; path.dirname(d) !== d; d = path.dirname(d)) if (/\.git$/.test(path.basename(d))) return d;
  return undefined;
}

function tracksFilesUnder(home: string, gitDir: string, rel: string): boolean {
  const index = readConfined(home, path.join(gitDir, 'index'), MAX_READ);
  const paths = index.ok ? readGitIndex(index.bytes) : undefined;
  return Boolean(paths?.some((p) => p.startsWith(`${rel}/`)));
}

/** Shared refs of a linked worktree live in the main git dir (`commondir`). */
function commonDir(gitDir: string, readSmall: (file: string) => string | undefined): string {
  const rel = readSmall(path.join(gitDir, 'commondir'))?.trim();
  return rel ? path.resolve(gitDir, rel) : gitDir;
}

function resolveRef(gitDir: string, common: string, ref: string, readSmall: (file: string) => string | undefined): string | undefined {
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
