// Small JSON files on disk: the HTTP cache (ETags, blobs by sha) kept between runs, and the
// state file that lets an interrupted run resume. Written atomically (temp file + rename).
import fs from 'node:fs';
import path from 'node:path';

export function readJson<T>(file: string | undefined, valid: (v: unknown) => v is T): T | undefined {
  if (!file || !fs.existsSync(file)) return undefined;
  try {
    const v: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
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
