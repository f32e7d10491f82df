// Small JSON files on disk: the HTTP cache (ETags, blobs by sha) kept between runs, and the
// state file that lets an interrupted run resume. Written atomically (temp file + rename).
import fs from 'node:fs';
import path from 'node:path';
import { readNamedText } from '../repo/confined.js';

/** Far above an organisation's cache, state or ledger; far below what would exhaust memory (a V8 string holds 512 MiB). */
export const MAX_JSON_FILE_BYTES = 256 * 1024 * 1024;

/**
 * A JSON file the tool keeps or the user names: a regular file under MAX_JSON_FILE_BYTES (a FIFO
 * would hang the run, a link to /dev/zero never end), else a ConfigurationError naming it.
 */
export function readJsonText(file: string, what: string): string {
  return readNamedText(file, MAX_JSON_FILE_BYTES, `the ${what} ${file}`);
}

/** The cache or state file `file` (`what` names it in an error); undefined when there is none yet. */
export function readJson<T>(file: string | undefined, valid: (v: unknown) => v is T, what = 'state file'): T | undefined {
  if (!file || !fs.existsSync(file)) return undefined;
  const text = readJsonText(file, what);
  try {
    const v: unknown = JSON.parse(text);
    return valid(v) ? v : undefined;
  } catch {
    return undefined; // a corrupt cache or state file is ignored: the run starts cold
  }
}

export function writeJsonAtomic(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(value));
  fs.renameSync(tmp, file);
}

/** Calls `write` at most every `ms` milliseconds (and once more on `flush`). */
export function throttled(write: () => void, ms = 2000): { touch(): void; flush(): void } {
  let last = 0;
  let dirty = false;
  return {
    touch() {
      dirty = true;
      const now = Date.now();
      if (now - last >= ms) {
        last = now;
        dirty = false;
        write();
      }
    },
    flush() {
      if (dirty) write();
      dirty = false;
    },
  };
}
