// Listing a tree: .gitignore honoured, vendored and build folders skipped, symlinks that leave the
// tree reported and not followed. A large tree is listed on two threads: the first levels are
// listed here, then the folders found are shared out through an atomic counter, each thread
// walking whole subtrees (the worker, dist/walk-worker.js, runs TreeWalk too).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import ignore, { type Ignore } from 'ignore';
import type { Diagnostic } from '../core/types.js';
import { isInside, readConfinedText, realRoot } from './confined.js';
import { kindOf, type FileKind } from './read-into.js';
import { spawnWorker, STALL_MS, threadsWanted } from './threads.js';

/** A .gitignore larger than this is not one (and is not read). */
const MAX_GITIGNORE_BYTES = 1024 * 1024;

/** Folders of vendored code and build output: never part of the app's own sources. */
export const SKIPPED_DIRS: ReadonlySet<string> = new Set([
  '.git', '.hg', '.svn', 'node_modules', 'Pods', 'build', '.gradle', 'DerivedData', '.dart_tool',
  'oh_modules', '.idea', '.cxx', '.externalNativeBuild', '.build', 'Carthage', '.hvigor',
  '.expo', '.next', 'coverage', '.swiftpm', 'xcuserdata',
]);

export function diag(code: string, file: string, en: string, zh: string, line?: number): Diagnostic {
  return { code, severity: 'note', message: { en, 'zh-CN': zh }, location: line ? { file, line } : { file }, subject: file };
}

const SPECIAL_ZH: Record<string, string> = {
  'FIFO': '命名管道', 'character device': '字符设备', 'block device': '块设备', 'socket': '套接字', 'folder': '文件夹', 'special file': '特殊文件',
};

/** A FIFO, device or socket where a file was expected: reading it could block or never end. */
export function notRegular(file: string, what: string): Diagnostic {
  return diag('repo/not-regular-file', file,
    `${file} is not a regular file (${what}): it was not read, so nothing in it was checked.`,
    `${file} 不是普通文件（${SPECIAL_ZH[what] ?? '特殊文件'}），未被读取，其内容未被检查。`);
}

/** The .gitignore files that apply in a folder, outermost first. */
export type IgnoreChain = readonly { base: string; text: string }[];

interface IgnoreRules {
  /** The folder of the .gitignore. */
  base: string;
  text: string;
  ig: Ignore;
  /**
   * The rules less the folder patterns that ignore (`build/`), or none: a file is tested against
   * fewer patterns. Dropping rules that only ignore can only make fewer paths ignored, and the
   * library's test of a file's parents finds them not ignored either way (the walk only enters
   * folders `ig` does not ignore); negations, `!keep/` too, stay.
   */
  files: Pick<Ignore, 'ignores'> | undefined;
  /** Every pattern is a name pattern (no `/` but a trailing one): testing the entry's name is enough. */
  byName: boolean;
}

/**
 * Whether a .gitignore holds only patterns without a `/` (but a trailing one), like `build/` or
 * `*.log`. Git matches those against the name at any depth, so the entry's name can be tested
 * instead of its path: a much cheaper call, and parents need no test (ignored folders are not walked).
 */
function namePatternsOnly(text: string): boolean {
  return text.split(/\r?\n/).every((line) => {
    const p = line.trim();
    return !p || p.startsWith('#') || !p.replace(/\/$/, '').includes('/');
  });
}

function rulesOf(base: string, text: string): IgnoreRules {
  const lines = text.split(/\r?\n/).filter((l) => { const p = l.trim(); return p && !p.startsWith('#'); });
  const fileLines = lines.filter((l) => l.trim().startsWith('!') || !l.trim().endsWith('/'));
  const ig = ignore().add(text);
  const byName = namePatternsOnly(text);
  const files = fileLines.length === lines.length ? ig : fileLines.some((l) => !l.trim().startsWith('!')) ? ignore().add(fileLines) : undefined;
  return { base, text, ig, files: byName && files ? bySuffix(fileLines) ?? files : files, byName };
}

/**
 * Name patterns that are all `*.log`-like (no other wildcard, no negation, no escape) ignore a
 * name exactly when it ends with one of the suffixes: tested so, without the library's
 * per-name cache (100,000 names made it the costliest part of listing a large tree).
 */
function bySuffix(lines: readonly string[]): Pick<Ignore, 'ignores'> | undefined {
  const suffixes: string[] = [];
  for (const l of lines) {
    const m = /^\*(\.[\w.-]+)$/.exec(l.trim());
    if (!m) return undefined;
    suffixes.push(m[1]!.toLowerCase());
  }
  // Case-insensitive, as the library matches (its default, kept for every other pattern).
  return { ignores: (name) => suffixes.some((x) => endsWithFolded(name, x)) };
}

/** `name` ends with `suffix` (ASCII, lower case), ignoring ASCII case: no lower-cased copy of every name. */
function endsWithFolded(name: string, suffix: string): boolean {
  const at = name.length - suffix.length;
  if (at < 0) return false;
  for (let i = 0; i < suffix.length; i++) {
    const c = name.charCodeAt(at + i);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== suffix.charCodeAt(i)) return false;
  }
  return true;
}

function ignored(rules: readonly IgnoreRules[], rel: string, name: string, isDir: boolean): boolean {
  for (const { base, ig, files, byName } of rules) {
    const test = isDir ? ig : files;
    if (!test) continue;
    const sub = byName ? name : base ? rel.slice(base.length + 1) : rel;
    if (test.ignores(isDir ? `${sub}/` : sub)) return true;
  }
  return false;
}

/** What a walk found. Paths in walk order (not sorted). */
export interface Listing {
  paths: string[];
  /** Sizes of files listed through a symlink (their size is not the link's). */
  sizes: [string, number][];
  /** What the walk left out: files and folders (`dir/`) a .gitignore hides, folders it could not list. */
  hidden: string[];
  diagnostics: Diagnostic[];
}

export class TreeWalk implements Listing {
  paths: string[] = [];
  sizes: [string, number][] = [];
  hidden: string[] = [];
  diagnostics: Diagnostic[] = [];
  /** The root with its own symlinks resolved: what links are compared with. */
  private readonly real: string;
  constructor(readonly root: string) {
    this.real = realRoot(root);
  }

  /** Lists `dir` and everything below it. */
  walk(dir: string, rules: readonly IgnoreRules[]): void {
    for (const [sub, r] of this.list(dir, rules)) this.walk(sub, r);
  }

  /** Lists the files of `dir`; returns its subfolders to walk, with the rules that apply in them. */
  list(dir: string, rules: readonly IgnoreRules[]): [string, readonly IgnoreRules[]][] {
    const abs = path.join(this.root, dir);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(abs, { withFileTypes: true });
    } catch (e) {
      this.hidden.push(dir ? `${dir}/` : '');
      this.diagnostics.push(diag('repo/unreadable', dir || '.', `${dir || '.'} could not be listed: ${(e as Error).message}`,
        `${dir || '.'} 无法列出：${(e as Error).message}`));
      return [];
    }
    const gitignore = entries.find((e) => e.name === '.gitignore' && e.isFile());
    if (gitignore) {
      // An unreadable (or absurdly large) .gitignore only means nothing extra is ignored.
      const text = readConfinedText(this.real, path.join(abs, '.gitignore'), MAX_GITIGNORE_BYTES);
      if (text !== undefined) rules = [...rules, rulesOf(dir, text)];
    }
    // Entries in the folder's own order: the listing is sorted once, as a whole (DiskRepo).
    const dirs: [string, readonly IgnoreRules[]][] = [];
    for (const entry of entries) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      const isDir = entry.isDirectory();
      if (isDir && SKIPPED_DIRS.has(entry.name)) continue;
      if (ignored(rules, rel, entry.name, isDir)) { this.hidden.push(isDir ? `${rel}/` : rel); continue; }
      if (isDir) dirs.push([rel, rules]);
      else if (entry.isFile()) this.paths.push(rel);
      else if (entry.isSymbolicLink()) this.symlink(rel);
      else this.special(rel, entry);
    }
    return dirs;
  }

  private symlink(rel: string): void {
    const abs = path.join(this.root, rel);
    let target: string;
    try {
      target = fs.realpathSync(abs);
    } catch {
      return; // A dangling link has nothing to read.
    }
    if (!isInside(this.real, target)) {
      this.diagnostics.push(diag('repo/symlink-outside', rel,
        `${rel} is a symbolic link to a path outside the repository: it was not followed.`,
        `${rel} 是指向仓库之外的符号链接，未被跟随。`));
      return;
    }
    // Files linked inside the tree are listed under their link path; linked folders are
    // not walked (their real path is listed already, and cycles are impossible this way).
    const stat = fs.statSync(abs);
    if (stat.isFile()) {
      this.paths.push(rel);
      this.sizes.push([rel, stat.size]);
    } else if (!stat.isDirectory()) {
      this.special(rel, stat);
    }
  }

  /** A FIFO, device or socket: never read (it could block or never end), but said. */
  private special(rel: string, entry: FileKind): void {
    this.diagnostics.push(notRegular(rel, kindOf(entry)));
  }

  /** Walks shared folders, claiming them one by one, until none is left. */
  drain(job: WalkJob, chains: Map<number, readonly IgnoreRules[]> = new Map()): void {
    for (;;) {
      const i = Atomics.add(job.counter, NEXT, 1);
      if (i >= job.dirs.length) return;
      job.owner[i] = job.self;
      this.walk(job.dirs[i]!, rulesFor(job, i, chains));
      Atomics.add(job.counter, DONE, 1);
    }
  }
}

/** The shared part of a parallel walk. */
export interface WalkJob {
  root: string;
  dirs: string[];
  /** Per folder, the index of its IgnoreChain in `chains`. */
  chainOf: number[];
  chains: IgnoreChain[];
  counter: Int32Array;
  /** Per folder, which thread claimed it (1 main, 2 worker). */
  owner: Uint8Array;
  self: number;
  port?: MessagePort;
}
const NEXT = 0, DONE = 1, WORKER_STATE = 2;

function rulesFor(job: WalkJob, i: number, cache: Map<number, readonly IgnoreRules[]>): readonly IgnoreRules[] {
  const c = job.chainOf[i]!;
  let rules = cache.get(c);
  if (!rules) { rules = job.chains[c]!.map(({ base, text }) => rulesOf(base, text)); cache.set(c, rules); }
  return rules;
}

/** The worker's side: walk, hand the listing over (one string per list, joined by NUL, which no name holds: cheap to pass), say so. */
export function runWalkWorker(job: WalkJob): void {
  try {
    const w = new TreeWalk(job.root);
    w.drain(job);
    job.port!.postMessage({ paths: w.paths.join('\0'), hidden: w.hidden.join('\0'), sizes: w.sizes, diagnostics: w.diagnostics });
    Atomics.store(job.counter, WORKER_STATE, 1);
  } catch {
    Atomics.store(job.counter, WORKER_STATE, 2); // its folders are walked again here
  } finally {
    Atomics.notify(job.counter, WORKER_STATE);
  }
}

/** Share out the walk once the first levels hold this many folders. */
const MIN_SHARED_DIRS = 64;
const WORKER_FILE = fileURLToPath(new URL('./walk-worker.js', import.meta.url));

/** Lists the tree below root, on two threads when it is large and the worker script is at hand. */
export function listTree(root: string, { threads = threadsWanted(process.env), workerFile = WORKER_FILE, workerOnly = false } = {}): Listing {
  const main = new TreeWalk(root);
  // Breadth first until there are enough folders to share (a small tree is done by then).
  let frontier: [string, readonly IgnoreRules[]][] = [['', []]];
  while (frontier.length && frontier.length < MIN_SHARED_DIRS) frontier = frontier.flatMap(([d, r]) => main.list(d, r));
  if (!frontier.length) return main;
  if (threads < 2 || !fs.existsSync(workerFile)) {
    for (const [d, r] of frontier) main.walk(d, r);
    return main;
  }
  const chainIds = new Map<readonly IgnoreRules[], number>();
  const chains: IgnoreChain[] = [];
  const chainOf = frontier.map(([, r]) => {
    let id = chainIds.get(r);
    if (id === undefined) { id = chains.push(r.map(({ base, text }) => ({ base, text }))) - 1; chainIds.set(r, id); }
    return id;
  });
  const job: WalkJob = { root, dirs: frontier.map(([d]) => d), chainOf, chains,
    counter: new Int32Array(new SharedArrayBuffer(12)), owner: new Uint8Array(new SharedArrayBuffer(frontier.length)), self: 1 };
  const channel = new MessageChannel();
  const worker = spawnWorker(workerFile, { workerData: { ...job, self: 2, port: channel.port2 }, transferList: [channel.port2] });
  // (workerOnly: tests make the worker walk every shared folder.)
  if (!workerOnly) main.drain(job, new Map(frontier.map(([, r], i) => [chainOf[i]!, r])));
  const theirs = worker ? awaitWorker(job, channel.port1) : undefined;
  void worker?.terminate();
  channel.port1.close();
  if (theirs) {
    if (theirs.paths) main.paths = main.paths.concat(theirs.paths.split('\0'));
    if (theirs.hidden) main.hidden = main.hidden.concat(theirs.hidden.split('\0'));
    main.sizes = main.sizes.concat(theirs.sizes);
    main.diagnostics = main.diagnostics.concat(theirs.diagnostics);
  } else {
    // The worker failed or stalled: walk what it claimed.
    job.dirs.forEach((d, i) => { if (job.owner[i] !== 1) main.walk(d, rulesFor(job, i, new Map())); });
  }
  return main;
}

type WorkerListing = { paths: string; hidden: string; sizes: [string, number][]; diagnostics: Diagnostic[] };

function awaitWorker(job: WalkJob, port: MessagePort): WorkerListing | undefined {
  const c = job.counter;
  let done = Atomics.load(c, DONE);
  let since = Date.now();
  for (;;) {
    const state = Atomics.load(c, WORKER_STATE);
    if (state === 2) return undefined;
    if (state === 1) break;
    // Everything is walked and the worker claimed none of it (it started late, or not at all).
    if (done >= job.dirs.length && !job.owner.includes(2)) return { paths: '', hidden: '', sizes: [], diagnostics: [] };
    Atomics.wait(c, WORKER_STATE, 0, 20);
    const now = Atomics.load(c, DONE);
    if (now !== done) { done = now; since = Date.now(); } else if (Date.now() - since > STALL_MS) return undefined;
  }
  for (let tries = 0; tries < 200; tries++) {
    const m = receiveMessageOnPort(port);
    if (m) return m.message as WorkerListing;
    Atomics.wait(c, NEXT, Atomics.load(c, NEXT), 5);
  }
  return undefined;
}
