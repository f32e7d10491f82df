// Git, read-only and without running anything the repository configures: no hooks, no
// fsmonitor, no external diff or textconv drivers, no pager, no prompts; plumbing commands only.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const SAFE = ['-c', 'core.fsmonitor=', '-c', 'core.hooksPath=/dev/null', '-c', 'diff.external=', '-c', 'core.pager=cat', '--no-pager'];
const MAX_BUFFER = 256 * 1024 * 1024;

export class Git {
  constructor(readonly cwd: string) {}

  private run(args: string[], input?: Buffer): Buffer {
    return execFileSync('git', [...SAFE, ...args], {
      cwd: this.cwd,
      input,
      maxBuffer: MAX_BUFFER,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GIT_CONFIG_NOSYSTEM: '1' },
    });
  }

  /** Is this a work tree whose object store has the commit? */
  hasCommit(sha: string): boolean {
    if (!/^[0-9a-f]{7,64}$/i.test(sha)) return false;
    try {
      this.run(['cat-file', '-e', `${sha}^{commit}`]);
      return true;
    } catch {
      return false;
    }
  }

  /** The commit a ref names (branch, tag, sha, `HEAD~1`), or undefined. */
  resolveCommit(ref: string): string | undefined {
    if (!ref || ref.startsWith('-')) return undefined;
    try {
      return this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).toString('utf8').trim() || undefined;
    } catch {
      return undefined;
    }
  }

  /** Path of the work tree root, relative to which git paths are written. */
  topLevel(): string {
    return this.run(['rev-parse', '--show-toplevel']).toString('utf8').trim();
  }

  mergeBase(a: string, b: string): string | undefined {
    try {
      return this.run(['merge-base', a, b]).toString('utf8').trim() || undefined;
    } catch {
      return undefined;
    }
  }

  /** Unified diff with no context between two commits (for changed files and lines). */
  diff(base: string, head: string): string {
    return this.run(['diff-tree', '-r', '-p', '-U0', '--no-ext-diff', '--no-textconv', '--no-renames', '--no-color', base, head]).toString('utf8');
  }

  /**
   * Writes the tree of `sha` (only the paths `under`, if any) into `dest` from the object store:
   * `ls-tree` + `cat-file --batch`, so no filter, attribute or checkout logic runs.
   */
  exportTree(sha: string, dest: string, under: readonly string[] = [], maxFileBytes = 8 * 1024 * 1024): number {
    const paths = under.filter(Boolean);
    const listing = this.run(['ls-tree', '-r', '-z', '--full-tree', '-l', sha, ...(paths.length && !paths.includes('.') ? ['--', ...paths] : [])]).toString('utf8');
    const blobs: { sha: string; file: string }[] = [];
    for (const entry of listing.split('\0')) {
      if (!entry) continue;
      const tab = entry.indexOf('\t');
      const [mode, type, objectSha, size] = entry.slice(0, tab).split(/\s+/);
      const file = entry.slice(tab + 1);
      if (type !== 'blob' || mode === '120000' || Number(size) > maxFileBytes) continue; // skip symlinks, submodules, giants
      if (!safeRelative(file)) continue;
      blobs.push({ sha: objectSha!, file });
    }
    if (!blobs.length) return 0;
    const out = this.run(['cat-file', '--batch'], Buffer.from(blobs.map((b) => b.sha).join('\n') + '\n'));
    let pos = 0;
    for (const b of blobs) {
      const nl = out.indexOf(10, pos);
      const header = out.subarray(pos, nl).toString('utf8').split(' ');
      const size = Number(header[2]);
      const body = out.subarray(nl + 1, nl + 1 + size);
      pos = nl + 1 + size + 1;
      const target = path.join(dest, b.file);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, body);
    }
    return blobs.length;
  }
}

/** A relative path that stays inside its folder. */
export function safeRelative(file: string): boolean {
  if (!file || file.startsWith('/') || file.includes('\0')) return false;
  return !file.split(/[\\/]/).some((s) => s === '..' || s === '.git');
}
