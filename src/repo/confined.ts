// The one rule for every file read from a scanned repository, its `.git` folder included: the
// real path (every symlink resolved) stays inside the root's real path, only regular files are
// read (a FIFO would block, a device never ends), and the size is known before reading. What is
// refused is said why, so the caller reports it as a located note instead of skipping it.
import fs from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import { openRegular, SpecialFileError } from './read-into.js';

export type Refusal =
  | { kind: 'outside' }
  | { kind: 'special'; what: string }
  | { kind: 'too-large'; size: number }
  | { kind: 'missing' }
  | { kind: 'failed'; message: string };

export type ConfinedRead = { ok: true; bytes: Uint8Array } | { ok: false; refusal: Refusal };

/** The real path of a root (itself possibly reached through a symlink, like macOS /tmp). */
export function realRoot(root: string): string {
  try {
    return fs.realpathSync(root);
  } catch {
    return path.resolve(root);
  }
}

/** Whether the real path `real` is `root` or below it. */
export function isInside(root: string, real: string): boolean {
  return real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/** `abs` with every symlink resolved, when that stays inside `root` (a real path); else undefined. Throws when it does not exist. */
export function realInside(root: string, abs: string): string | undefined {
  const real = fs.realpathSync(abs);
  return isInside(root, real) ? real : undefined;
}

/**
 * Reads `abs`, which must resolve inside `root` (a real path, see realRoot), be a regular file and
 * hold at most `maxBytes`.
 */
export function readConfined(root: string, abs: string, maxBytes: number): ConfinedRead {
  try {
    const real = realInside(root, abs);
    if (!real) return { ok: false, refusal: { kind: 'outside' } };
    const { fd, size } = openRegular(real);
    try {
      if (size > maxBytes) return { ok: false, refusal: { kind: 'too-large', size } };
      // One byte more than the size: a file that grew while read is noticed, never read on and on.
      const buf = Buffer.allocUnsafe(size + 1);
      let n = 0;
      for (let got = 1; got && n < buf.length; n += got) got = fs.readSync(fd, buf, n, buf.length - n, null);
      if (n > size) return { ok: false, refusal: { kind: 'failed', message: 'the file changed while it was read' } };
      return { ok: true, bytes: buf.subarray(0, n) };
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    if (e instanceof SpecialFileError) return { ok: false, refusal: { kind: 'special', what: e.what } };
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, refusal: { kind: 'missing' } };
    return { ok: false, refusal: { kind: 'failed', message: (e as Error).message } };
  }
}

/** As readConfined, as UTF-8 text; undefined for anything refused (callers that only want a value when all is well). */
export function readConfinedText(root: string, abs: string, maxBytes: number): string | undefined {
  const r = readConfined(root, abs, maxBytes);
  return r.ok ? Buffer.from(r.bytes.buffer, r.bytes.byteOffset, r.bytes.byteLength).toString('utf8') : undefined;
}

/**
 * A file that is not in a scanned repository (a policy pack, waiver file or ledger state the user
 * named, the package's own catalogue, the CI event file): the same rule without the folder
 * confinement, i.e. a regular file (no FIFO or device, however reached) of at most `maxBytes`.
 */
function readRegular(abs: string, maxBytes: number): ConfinedRead {
  return readConfined(path.parse(path.resolve(abs)).root, abs, maxBytes);
}

/** Why a file was refused, in words for an error message. */
function refusalText(why: Refusal, maxBytes: number): string {
  return why.kind === 'special' ? `not a regular file (${why.what})`
    : why.kind === 'too-large' ? `${why.size} bytes, over the ${maxBytes}-byte limit`
      : why.kind === 'missing' ? 'no such file' : why.kind === 'failed' ? why.message : 'outside the allowed folder';
}

/** As readRegular, as UTF-8 text. Throws an Error saying why not. */
export function readRegularText(abs: string, maxBytes: number): string {
  const r = readRegular(abs, maxBytes);
  if (r.ok) return Buffer.from(r.bytes.buffer, r.bytes.byteOffset, r.bytes.byteLength).toString('utf8');
  throw new Error(refusalText(r.refusal, maxBytes));
}

/** As readRegularText, for a file the run cannot do without: a refusal is a ConfigurationError "cannot read NAME: why". */
export function readNamedText(abs: string, maxBytes: number, name: string): string {
  try {
    return readRegularText(abs, maxBytes);
  } catch (e) {
    throw new ConfigurationError(`cannot read ${name}: ${(e as Error).message}`);
  }
}
