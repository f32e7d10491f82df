// Reading a binary by ranges (its directories and tables), never whole: a 200 MB .aar costs a
// few small reads. A format problem is a BinaryFormatError, which the caller turns into a
// located note; nothing here throws anything else for bad input.

/** Random access to the bytes of one file (or of a window inside one). */
export interface ByteSource {
  readonly size: number;
  /** Up to `length` bytes at `offset`; fewer only at the end. */
  read(offset: number, length: number): Uint8Array;
}

export class BinaryFormatError extends Error {}

export function fail(message: string): never {
  throw new BinaryFormatError(message);
}

/** The bytes of `src` from `offset`, `size` long (a stored entry of a zip, a slice of a fat Mach-O). */
export function windowOf(src: ByteSource, offset: number, size: number): ByteSource {
  if (offset < 0 || size < 0 || offset + size > src.size) fail(`a part at offset ${offset} (${size} bytes) lies outside the file`);
  return { size, read: (o, n) => src.read(offset + o, Math.max(0, Math.min(n, size - o))) };
}

export function bufferSource(bytes: Uint8Array): ByteSource {
  return { size: bytes.length, read: (o, n) => bytes.subarray(o, Math.min(bytes.length, o + n)) };
}

/** Reads exactly `length` bytes, at most `cap` of them. */
export function readExact(src: ByteSource, offset: number, length: number, cap: number, what: string): DataView {
  if (length > cap) fail(`its ${what} is ${mib(length)} MiB, over the ${mib(cap)} MiB read budget`);
  if (offset < 0 || offset + length > src.size) fail(`its ${what} lies outside the file (truncated?)`);
  const b = src.read(offset, length);
  if (b.length < length) fail(`its ${what} is cut short (truncated?)`);
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}

export function mib(n: number): string {
  return (n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 0);
}

/** NUL-terminated string at `at` of a string table (Latin-1: symbol and class names are ASCII). */
export function cString(view: DataView, at: number): string {
  let end = at;
  while (end < view.byteLength && view.getUint8(end) !== 0) end++;
  return latin1(view, at, end);
}

export function latin1(view: DataView, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i += 4096) {
    s += String.fromCharCode(...new Uint8Array(view.buffer, view.byteOffset + i, Math.min(4096, to - i)));
  }
  return s;
}
