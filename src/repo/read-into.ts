// Reading one file into a caller's buffer: the one read routine behind readBytes, readTransient
// and the read-ahead thread.
import fs from 'node:fs';

/**
 * Reads the file at `abs` into `buf` at `offset`, at most `maxBytes`: its length, or `{ size }`
 * when it is larger (then `buf` holds a partial read). open + read + close, without fstat: a short
 * read of a regular file is its end, and the size is asked for only when the file is too large.
 * `buf` needs room for maxBytes + 1 bytes from `offset`. Throws what fs throws.
 */
export function readInto(abs: string, buf: Uint8Array, offset: number, maxBytes: number): number | { size: number } {
  const fd = fs.openSync(abs, 'r');
  try {
    let n = 0;
    for (;;) {
      const want = maxBytes + 1 - n;
      const got = fs.readSync(fd, buf, offset + n, want, null);
      n += got;
      if (got === 0 || got < want || n > maxBytes) break;
    }
    return n <= maxBytes ? n : { size: fs.fstatSync(fd).size };
  } finally {
    fs.closeSync(fd);
  }
}
