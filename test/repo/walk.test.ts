import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listTree, type Listing } from '../../src/repo/walk.js';

const ROOT = path.resolve(__dirname, '../..');
// The bundled worker (npm test builds dist/ first): the same file the CLI starts.
const WORKER = path.join(ROOT, 'dist', 'walk-worker.js');
let root: string;
let outside: string;

const write = (rel: string, text = '') => {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), text);
};

/** Order-free view of a listing (threads find things in different orders). */
const canonical = (l: Listing) => ({
  paths: [...l.paths].sort(), hidden: [...l.hidden].sort(), sizes: [...l.sizes].sort(),
  diagnostics: l.diagnostics.map((d) => `${d.code} ${d.location.file}`).sort(),
});

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-walk-'));
  outside = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-walk-out-'));
  fs.writeFileSync(path.join(outside, 'secret.txt'), 'x');
  // 12 × 12 folders: the first two levels hold 144 folders, enough to be shared out.
  write('.gitignore', '*.log\nbuild-output/\n');
  for (let a = 0; a < 12; a++) {
    for (let b = 0; b < 12; b++) {
      const dir = `m${a}/s${b}`;
      for (let f = 0; f < 5; f++) write(`${dir}/src/F${f}.kt`, `class F${f}`);
      write(`${dir}/debug.log`);
      write(`${dir}/build-output/x.bin`);
      write(`${dir}/node_modules/p/index.js`);
    }
    // A path pattern, from a .gitignore below the shared-out level.
    write(`m${a}/s3/.gitignore`, 'src/F1.kt\n');
  }
  fs.symlinkSync(outside, path.join(root, 'm7/s7/escape'));
  fs.symlinkSync(path.join(root, 'm7/s7/src/F0.kt'), path.join(root, 'm8/s8/alias.kt'));
});
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(outside, { recursive: true, force: true });
});

describe('listTree', () => {
  it('lists the same on two threads as on one', () => {
    const one = listTree(root, { threads: 1 });
    // workerOnly: the worker walks every shared-out folder (the main thread would otherwise take
    // most of a tree this small before the worker starts).
    const two = listTree(root, { threads: 2, workerFile: WORKER, workerOnly: true });
    expect(canonical(two)).toEqual(canonical(one));
    expect(one.paths).toHaveLength(1 + 144 * 5 - 12 + 12 + 1);
    expect(one.paths).not.toContain('m0/s3/src/F1.kt');
    expect(one.paths).toContain('m0/s4/src/F1.kt');
    expect(one.hidden).toContain('m5/s5/debug.log');
    expect(one.diagnostics.map((d) => [d.code, d.location.file])).toEqual([['repo/symlink-outside', 'm7/s7/escape']]);
    expect(one.sizes).toEqual([['m8/s8/alias.kt', 8]]);
  });

  it('walks everything itself when the worker fails', () => {
    const broken = path.join(outside, 'broken-worker.js');
    fs.writeFileSync(broken, 'throw new Error("worker could not start")');
    const one = listTree(root, { threads: 1 });
    expect(canonical(listTree(root, { threads: 2, workerFile: broken }))).toEqual(canonical(one));
  });

  it('walks again what a worker claimed before dying', () => {
    // Claims the first five folders, then exits without handing anything over.
    const dying = path.join(outside, 'dying-worker.mjs');
    fs.writeFileSync(dying, `import { workerData } from 'node:worker_threads';
      for (let k = 0; k < 5; k++) { const i = Atomics.add(workerData.counter, 0, 1); workerData.owner[i] = 2; Atomics.add(workerData.counter, 1, 1); }
      Atomics.store(workerData.counter, 2, 2); Atomics.notify(workerData.counter, 2);`);
    const one = listTree(root, { threads: 1 });
    expect(canonical(listTree(root, { threads: 2, workerFile: dying, workerOnly: true }))).toEqual(canonical(one));
  });
});
