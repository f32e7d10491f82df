// The repository as the detectors see it: one listing, read once, with caps.
// Nothing here runs anything from the repository (not even `git`, whose config could
// run commands through hooks or fsmonitor): the tree is walked and .gitignore honoured.
import fs from 'node:fs';
import path from 'node:path';
import { minimatch } from 'minimatch';
import type { Diagnostic } from '../core/types.js';
import { readConfined, realInside, realRoot, type Refusal } from './confined.js';
import { readGitIndex } from './git-index.js';
import { kindOf, openRegular, readInto, readListedInto, SpecialFileError } from './read-into.js';
import { diag, listTree, notRegular, SKIPPED_DIRS } from './walk.js';

export { notRegular, SKIPPED_DIRS } from './walk.js';

/** Files above this size are not read whole: parsers get a diagnostic instead. */
export const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;
/** The index of a very large monorepo; more is not an index. */
const MAX_INDEX_BYTES = 256 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

export interface RepoFiles {
  /** Absolute path of the scan root. */
  readonly root: string;
  /** Every listed file, relative to the root, `/`-separated, sorted. */
  readonly paths: readonly string[];
  /** Problems met while listing (symlinks that leave the repository, unreadable folders). */
  readonly diagnostics: readonly Diagnostic[];
  has(file: string): boolean;
  /** Files matching a glob (minimatch, dotfiles included). A pattern without `/` matches base names. */
  match(pattern: string | readonly string[]): string[];
  size(file: string): number;
  /** Reads a text file: size-capped, binary and invalid UTF-8 refused with a located diagnostic. */
  readText(file: string, maxBytes?: number): ReadResult;
  /** Reads raw bytes (binary plists), size-capped. */
  readBytes(file: string, maxBytes?: number): BytesResult;
  /** As readBytes, but the bytes may sit in a buffer the next call reuses: for one-pass scans that copy what they keep. */
  readTransient(file: string, maxBytes?: number): BytesResult;
  /** Reads `length` bytes at `offset` (fewer at the end of the file): for binaries read by their directories, never whole. */
  readRange(file: string, offset: number, length: number): BytesResult;
}

export type BytesResult = { ok: true; bytes: Uint8Array } | { ok: false; diagnostic: Diagnostic };

export function tooLarge(file: string, size: number, max: number): Diagnostic {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return diag('repo/file-too-large', file,
    `${file} is ${mb(size)} MiB, over the ${mb(max)} MiB read limit: it was skipped, so nothing in it was checked.`,
    `${file} 大小为 ${mb(size)} MiB，超过 ${mb(max)} MiB 的读取上限，已跳过，其内容未被检查。`);
}

export function unreadable(file: string, why: string): Diagnostic {
  return diag('repo/unreadable', file, `${file} could not be read: ${why}`, `${file} 无法读取：${why}`);
}

/** Leads outside the repository once every symlink on its path is resolved. */
export function outside(file: string): Diagnostic {
  return diag('repo/symlink-outside', file,
    `${file} leads outside the repository through a symbolic link: it was not read.`,
    `${file} 经符号链接指向仓库之外，未被读取。`);
}

/** The note for a refused read (nothing for a file that does not exist: callers decide what that means). */
export function refusedRead(file: string, refusal: Refusal, maxBytes: number): Diagnostic | undefined {
  switch (refusal.kind) {
    case 'outside': return outside(file);
    case 'special': return notRegular(file, refusal.what);
    case 'too-large': return tooLarge(file, refusal.size, maxBytes);
    case 'failed': return unreadable(file, refusal.message);
    case 'missing': return undefined;
  }
}

/** The encoding a byte-order mark announces for UTF-16 text (iOS `.strings` files often are). */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 2) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** UTF-16 text (with its byte-order mark) as UTF-8 bytes, for scans that read bytes; undefined for anything else or invalid UTF-16. */
export function utf16AsUtf8(bytes: Uint8Array): Uint8Array | undefined {
  const encoding = utf16Encoding(bytes);
  if (!encoding) return undefined;
  try {
    return Buffer.from(new TextDecoder(encoding, { fatal: true }).decode(bytes), 'utf8');
  } catch {
    return undefined;
  }
}

/** Decodes UTF-8 text (or UTF-16 with a byte-order mark), refusing binary content and invalid byte sequences. */
export function decodeText(file: string, bytes: Uint8Array): ReadResult {
  const utf16 = utf16AsUtf8(bytes);
  if (utf16) bytes = utf16;
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) {
    return { ok: false, diagnostic: diag('repo/binary-file', file,
      `${file} looks binary (it contains NUL bytes) where text was expected: it was not checked.`,
      `${file} 看起来是二进制文件（含空字节），而此处应为文本，未被检查。`) };
  }
  try {
    let text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { ok: true, text };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const line = countLines(bytes, bad);
    return { ok: false, diagnostic: diag('repo/invalid-utf8', file,
      `${file} is not valid UTF-8 (line ${line}): save it as UTF-8 so it can be checked.`,
      `${file} 不是有效的 UTF-8 编码（第 ${line} 行），请以 UTF-8 保存以便检查。`, line) };
  }
}

function countLines(bytes: Uint8Array, upTo: number): number {
  let line = 1;
  for (let i = 0; i < upTo; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the shortest invalid prefix; cut points inside a sequence are fine
  // because `stream: true` accepts an incomplete trailing sequence.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid + 1), { stream: true });
      decoder.decode();
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

abstract class BaseRepo implements RepoFiles {
  abstract readonly root: string;
  abstract readonly paths: readonly string[];
  abstract readonly diagnostics: readonly Diagnostic[];
  abstract size(file: string): number;
  /** The file's bytes, or its size when that is over `maxBytes` (then nothing is read). */
  protected abstract bytes(file: string, maxBytes: number): Uint8Array | number;

  has(file: string): boolean {
    // `paths` is sorted: a binary search, not a set of 100,000 paths built for a few lookups.
    const paths = this.paths;
    let lo = 0;
    let hi = paths.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (paths[mid]! < file) lo = mid + 1;
      else hi = mid;
    }
    return paths[lo] === file;
  }

  match(pattern: string | readonly string[]): string[] {
    const patterns = typeof pattern === 'string' ? [pattern] : pattern;
    return this.paths.filter((p) => patterns.some((g) => minimatch(p, g, { dot: true, matchBase: !g.includes('/') })));
  }

  readText(file: string, maxBytes = DEFAULT_MAX_BYTES): ReadResult {
    const r = this.readBytes(file, maxBytes);
    return r.ok ? decodeText(file, r.bytes) : r;
  }

  readBytes(file: string, maxBytes = DEFAULT_MAX_BYTES): BytesResult {
    return this.guarded(file, maxBytes, () => this.bytes(file, maxBytes));
  }

  readTransient(file: string, maxBytes = DEFAULT_MAX_BYTES): BytesResult {
    return this.readBytes(file, maxBytes);
  }

  readRange(file: string, offset: number, length: number): BytesResult {
    return this.guarded(file, length, () => this.range(file, Math.max(0, offset), Math.max(0, length)));
  }

  protected abstract range(file: string, offset: number, length: number): Uint8Array;

  protected guarded(file: string, maxBytes: number, read: () => Uint8Array | number): BytesResult {
    try {
      const bytes = read();
      if (typeof bytes === 'number') return { ok: false, diagnostic: tooLarge(file, bytes, maxBytes) };
      return { ok: true, bytes };
    } catch (e) {
      return { ok: false, diagnostic: e instanceof SpecialFileError ? notRegular(file, e.what) : unreadable(file, (e as Error).message) };
    }
  }
}

let scratch = Buffer.alloc(0);

/** The files of a directory on disk. */
export class DiskRepo extends BaseRepo {
  readonly root: string;
  readonly paths: string[];
  readonly diagnostics: Diagnostic[];
  private sizes: Map<string, number>;
  /** The root with every symlink resolved: what every file read must stay inside. */
  private readonly real: string;

  constructor(root: string) {
    super();
    this.root = path.resolve(root);
    this.real = realRoot(this.root);
    const listing = listTree(this.root);
    this.paths = listing.paths;
    this.sizes = new Map(listing.sizes);
    this.diagnostics = listing.diagnostics;
    this.addTracked(listing.hidden);
    this.paths.sort();
    // In file order, whichever thread found them.
    this.diagnostics.sort((a, b) => (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0));
  }

  size(file: string): number {
    return this.sizes.get(file) ?? fs.statSync(path.join(this.root, file)).size;
  }

  override readTransient(file: string, maxBytes = DEFAULT_MAX_BYTES): BytesResult {
    return this.guarded(file, maxBytes, () => this.readScratch(file, maxBytes));
  }

  protected bytes(file: string, maxBytes: number): Uint8Array | number {
    const r = this.readScratch(file, maxBytes);
    return typeof r === 'number' ? r : r.slice();
  }

  /** Into one reused buffer (no allocation per file, which matters over 100,000 files); the size when too large. */
  private readScratch(file: string, maxBytes: number): Uint8Array | number {
    if (scratch.length < maxBytes + 1) scratch = Buffer.allocUnsafe(Math.max(maxBytes + 1, 64 * 1024));
    // A listed path is clean and relative (joined by hand: path.join normalises) and was a regular file.
    const r = this.has(file) ? readListedInto(`${this.root}/${file}`, scratch, 0, maxBytes) : readInto(path.join(this.root, file), scratch, 0, maxBytes);
    return typeof r === 'number' ? scratch.subarray(0, r) : r.size;
  }

  protected range(file: string, offset: number, length: number): Uint8Array {
    // As every read: without blocking on a FIFO, and only a regular file (the tree may change after the walk).
    const { fd } = openRegular(path.join(this.root, file));
    try {
      const buf = Buffer.allocUnsafe(length);
      let n = 0;
      while (n < length) {
        const got = fs.readSync(fd, buf, n, length - n, offset + n);
        if (got === 0) break;
        n += got;
      }
      return buf.subarray(0, n);
    } finally {
      fs.closeSync(fd);
    }
  }

  /** Files git tracks although a .gitignore hides them (read from .git/index, never by running git). */
  private addTracked(hidden: string[]): void {
    // Only what the walk left out can be missing: nothing hidden, no need to read the index.
    if (!hidden.length) return;
    // Not a git checkout (or a worktree/submodule whose .git is a file): the walk stands.
    const index = readConfined(this.real, path.join(this.root, '.git', 'index'), MAX_INDEX_BYTES);
    if (!index.ok) {
      const note = refusedRead('.git/index', index.refusal, MAX_INDEX_BYTES);
      if (note) this.diagnostics.push(note);
      return;
    }
    const tracked = readGitIndex(index.bytes);
    if (!tracked) return;
    hidden.sort();
    for (const rel of tracked) {
      if (!isBelow(hidden, rel) || rel.split('/').some((part) => SKIPPED_DIRS.has(part) || part === '..' || part === '.' || part === '')) continue;
      // The index names paths, not files: a folder on the way may be a symlink leading anywhere.
      let real: string | undefined;
      try {
        real = realInside(this.real, path.join(this.root, rel));
      } catch {
        continue; // Tracked but deleted in the working tree: nothing to read.
      }
      if (!real) {
        this.diagnostics.push(outside(rel));
        continue;
      }
      const st = fs.statSync(real);
      if (st.isFile()) {
        this.paths.push(rel);
        this.sizes.set(rel, st.size);
      } else if (!st.isDirectory()) {
        this.diagnostics.push(notRegular(rel, kindOf(st)));
      }
    }
  }

}

/**
 * Whether `rel` is one of the sorted, never nested `hidden` entries or below one of its folders:
 * the only candidate is the greatest entry not after it.
 */
function isBelow(hidden: readonly string[], rel: string): boolean {
  let lo = 0;
  let hi = hidden.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hidden[mid]! <= rel) lo = mid + 1;
    else hi = mid;
  }
  const h = hidden[lo - 1];
  return h !== undefined && (h === rel || ((h === '' || h.endsWith('/')) && rel.startsWith(h)));
}

/** An in-memory tree, for tests and for policy pack fixtures. */
export class MemoryRepo extends BaseRepo {
  readonly root: string;
  readonly paths: string[];
  readonly diagnostics: Diagnostic[] = [];
  private files: Map<string, Uint8Array>;

  constructor(files: Record<string, string | Uint8Array>, root = '/memory') {
    super();
    this.root = root;
    this.files = new Map(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? new TextEncoder().encode(v) : v]));
    this.paths = [...this.files.keys()].sort();
  }

  size(file: string): number {
    return this.files.get(file)?.length ?? 0;
  }

  protected bytes(file: string, maxBytes: number): Uint8Array | number {
    const b = this.files.get(file);
    if (!b) throw new Error('no such file');
    return b.length > maxBytes ? b.length : b;
  }

  protected range(file: string, offset: number, length: number): Uint8Array {
    const b = this.files.get(file);
    if (!b) throw new Error('no such file');
    return b.subarray(Math.min(offset, b.length), Math.min(offset + length, b.length));
  }
}

/** Files below `dir` (relative, '' for all): the view of one app in a monorepo. */
export function subtree(repo: RepoFiles, dir: string): string[] {
  return repo.paths.slice(...subtreeRange(repo, dir));
}

/** Where the files below `dir` are in `repo.paths`: [start, end). */
export function subtreeRange(repo: RepoFiles, dir: string): [number, number] {
  const paths = repo.paths;
  if (!dir) return [0, paths.length];
  const prefix = `${dir}/`;
  // `paths` is sorted, so the files below a folder are one run: two binary searches, not a scan.
  const first = (before: (p: string) => boolean) => {
    let lo = 0;
    let hi = paths.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(paths[mid]!)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return [first((p) => p < prefix), first((p) => p < prefix || p.startsWith(prefix))];
}
