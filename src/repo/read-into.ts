// Reading one file into a caller's buffer: the one read routine behind readBytes, readTransient,
// the read-ahead thread and every other read of repository content (confined.ts).
import fs from 'node:fs';

// O_NONBLOCK: opening a FIFO for reading must not wait for a writer that never comes.
// O_NOCTTY: a terminal device never becomes the process's controlling terminal.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0);

/** A FIFO, device, socket or folder where a file was expected: never read (it may block or never end). */
export class SpecialFileError extends Error {
  constructor(readonly what: string) {
    super(`not a regular file (${what})`);
  }
}

/** What fs.Stats and fs.Dirent both say about a file's type. */
export type FileKind = Pick<fs.Stats, 'isFIFO' | 'isCharacterDevice' | 'isBlockDevice' | 'isSocket' | 'isDirectory'>;

export function kindOf(st: FileKind): string {
  if (st.isFIFO()) return 'FIFO';
  if (st.isCharacterDevice()) return 'character device';
  if (st.isBlockDevice()) return 'block device';
  if (st.isSocket()) return 'socket';
  if (st.isDirectory()) return 'folder';
  return 'special file';
}

/** Opens `abs` for reading without blocking; its descriptor and size, or throws SpecialFileError. */
export function openRegular(abs: string): { fd: number; size: number } {
  const fd = fs.openSync(abs, OPEN_FLAGS);
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw new SpecialFileError(kindOf(st));
    return { fd, size: st.size };
  } catch (e) {
    fs.closeSync(fd);
    throw e;
  }
}

/**
 * Reads the regular file at `abs` into `buf` at `offset`, at most `maxBytes`: its length, or
 * `{ size }` when it is larger (then nothing, or a partial read, is in `buf`). The size is checked
 * before reading, and reading stops after maxBytes + 1 bytes whatever the file claims (it may grow).
 * `buf` needs room for maxBytes + 1 bytes from `offset`. Throws SpecialFileError for anything but
 * a regular file, and what fs throws.
 */
export function readInto(abs: string, buf: Uint8Array, offset: number, maxBytes: number): number | { size: number } {
  const { fd, size } = openRegular(abs);
  try {
    if (size > maxBytes) return { size };
    const n = readUpTo(fd, buf, offset, maxBytes + 1);
    return n <= maxBytes ? n : { size: n };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * As readInto, for a file the listing found to be a regular file (its directory entry said so):
 * the type is checked again, and the size learnt, only when more than maxBytes come back. A
 * third of the system calls of reading 100,000 small files, and their Stats objects, saved. Were
 * the entry replaced since the listing, a FIFO opened without blocking reads as empty and a
 * device as too large, then refused; the bound on bytes read is the same.
 */
export function readListedInto(abs: string, buf: Uint8Array, offset: number, maxBytes: number): number | { size: number } {
  const fd = fs.openSync(abs, OPEN_FLAGS);
  try {
    const n = readUpTo(fd, buf, offset, maxBytes + 1);
    if (n <= maxBytes) return n;
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw new SpecialFileError(kindOf(st));
    return { size: Math.max(st.size, n) };
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads from `fd` into `buf` at `offset` until end of file or `limit` bytes: how many. */
function readUpTo(fd: number, buf: Uint8Array, offset: number, limit: number): number {
  let n = 0;
  for (;;) {
    const want = limit - n;
    const got = fs.readSync(fd, buf, offset + n, want, null);
    n += got;
    if (got === 0 || got < want || n >= limit) return n;
  }
}
