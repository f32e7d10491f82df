// Packs from git, pinned to a commit: `git+https://host/org/repo.git#<40-hex sha>[:path/to/pack]`.
// A pin must be immutable, so a branch, a tag or a short sha is a ConfigurationError. The commit is
// fetched once into a cache folder ($MOBILE_POLICY_CACHE, else ~/.cache/mobile-policy) and reused;
// git runs without hooks, without a terminal prompt, and with the file transport allowed only
// when the URL itself is a file:// URL.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigurationError } from '../core/errors.js';

export const GIT_PREFIX = 'git+';
const FULL_SHA = /^[0-9a-f]{40}$/;
const GIT_TIMEOUT_MS = 120_000;

export interface GitPackRef {
  url: string;
  sha: string;
  /** Folder of the pack inside the repository ('' = the root). */
  subdir: string;
}

export function isGitRef(ref: string): boolean {
  return ref.startsWith(GIT_PREFIX);
}

/** Parses `git+URL#SHA[:path]`; throws ConfigurationError for anything but a full commit sha. */
export function parseGitRef(ref: string): GitPackRef {
  const body = ref.slice(GIT_PREFIX.length);
  const hash = body.lastIndexOf('#');
  if (hash < 0) throw new ConfigurationError(`git pack "${ref}": a git pack must be pinned to a commit: git+URL#<40-hex sha>[:path]`);
  const url = body.slice(0, hash);
  const pin = body.slice(hash + 1);
  const colon = pin.indexOf(':');
  const sha = (colon < 0 ? pin : pin.slice(0, colon)).toLowerCase();
  const subdir = colon < 0 ? '' : pin.slice(colon + 1).replace(/^\/+|\/+$/g, '');
  if (!FULL_SHA.test(sha)) {
    throw new ConfigurationError(`git pack "${ref}": "${pin.slice(0, colon < 0 ? undefined : colon)}" is not a full commit sha; pins must be immutable (a branch or tag can move): use the 40-hex commit id`);
  }
  let scheme: string;
  try {
    scheme = new URL(url).protocol;
  } catch {
    throw new ConfigurationError(`git pack "${ref}": "${url}" is not a URL (use https://, ssh:// or file://)`);
  }
  if (!['https:', 'ssh:', 'file:'].includes(scheme)) throw new ConfigurationError(`git pack "${ref}": the ${scheme} transport is not allowed; use https://, ssh:// or file://`);
  if (subdir.split('/').some((s) => s === '..')) throw new ConfigurationError(`git pack "${ref}": the pack path must stay inside the repository`);
  return { url, sha, subdir };
}

export function cacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  return env.MOBILE_POLICY_CACHE ? path.resolve(env.MOBILE_POLICY_CACHE) : path.join(os.homedir(), '.cache', 'mobile-policy');
}

function git(args: string[], cwd: string, fileAllowed: boolean): string {
  return execFileSync(
    'git',
    ['-c', 'core.hooksPath=/dev/null', '-c', `protocol.file.allow=${fileAllowed ? 'always' : 'never'}`, '-c', 'protocol.ext.allow=never', '-c', 'advice.detachedHead=false', ...args],
    {
      cwd,
      encoding: 'utf8',
      timeout: GIT_TIMEOUT_MS,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_CONFIG_NOSYSTEM: '1', GIT_ASKPASS: 'echo' },
    },
  );
}

/** The checked-out folder of the pinned commit (fetched on first use). Returns the pack folder. */
export function fetchGitPack(ref: string, env: NodeJS.ProcessEnv = process.env): string {
  const { url, sha, subdir } = parseGitRef(ref);
  const key = crypto.createHash('sha256').update(url).digest('hex').slice(0, 16);
  const root = path.join(cacheRoot(env), 'git', `${key}-${sha}`);
  const done = path.join(root, '.mobile-policy-complete');
  if (!fs.existsSync(done)) {
    fs.mkdirSync(path.dirname(root), { recursive: true });
    const tmp = fs.mkdtempSync(`${root}.tmp-`);
    const fileAllowed = url.startsWith('file:');
    try {
      git(['init', '-q'], tmp, fileAllowed);
      try {
        git(['fetch', '-q', '--depth', '1', '--', url, sha], tmp, fileAllowed);
      } catch {
        // Servers that refuse to serve a commit by id: fetch everything, then pick the commit.
        git(['fetch', '-q', '--', url, '+refs/heads/*:refs/remotes/origin/*', '+refs/tags/*:refs/tags/*'], tmp, fileAllowed);
      }
      git(['checkout', '-q', '--detach', sha], tmp, fileAllowed);
      const head = git(['rev-parse', 'HEAD'], tmp, fileAllowed).trim();
      if (head !== sha) throw new Error(`checked out ${head}, not ${sha}`);
      fs.rmSync(path.join(tmp, '.git'), { recursive: true, force: true });
      fs.writeFileSync(path.join(tmp, '.mobile-policy-complete'), `${url}#${sha}\n`);
      try {
        fs.renameSync(tmp, root);
      } catch (e) {
        // Another process finished first: keep its copy.
        if (!fs.existsSync(done)) throw e;
        fs.rmSync(tmp, { recursive: true, force: true });
      }
    } catch (e) {
      fs.rmSync(tmp, { recursive: true, force: true });
      const err = e as Error & { stderr?: string };
      const why = (err.stderr || err.message || String(e)).trim().split('\n').slice(-2).join(' ');
      throw new ConfigurationError(`git pack "${ref}": cannot fetch commit ${sha} from ${url}: ${why}`);
    }
  }
  const dir = path.join(root, subdir);
  const rel = path.relative(fs.realpathSync(root), fs.existsSync(dir) ? fs.realpathSync(dir) : dir);
  if (rel.startsWith('..') || path.isAbsolute(rel)) throw new ConfigurationError(`git pack "${ref}": the pack path leaves the repository`);
  if (!fs.existsSync(path.join(dir, 'pack.yaml'))) throw new ConfigurationError(`git pack "${ref}": no pack.yaml at ${subdir || 'the repository root'} in commit ${sha}`);
  return dir;
}
