import { execFileSync } from 'node:child_process';
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
  // A name may hold a line break (and an ignored one a hidden one): the worker hands names over intact.
  write('m9/s9/src/odd\nname.kt');
  write('m9/s9/odd\nname.log');
  write('m1/s1/TRACE.Log'); // `*.log` ignores it: the ignore library matches without case, as here
  write('m1/s1/catalog'); // a name ending in "log" is not "*.log"

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
    expect(one.paths).toHaveLength(1 + 144 * 5 - 12 + 12 + 1 + 1 + 1);
    expect(one.hidden).toContain('m1/s1/TRACE.Log');
    expect(one.paths).toContain('m1/s1/catalog');
    expect(two.paths).toContain('m9/s9/src/odd\nname.kt');
    expect(two.hidden).toContain('m9/s9/odd\nname.log');
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

describe('.gitignore semantics', () => {
  it('lists what git lists: folder-only, negated, anchored and nested patterns (files tested only against file patterns)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-gitignore-'));
    const put = (rel: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), 'x');
    };
    try {
      fs.writeFileSync(path.join(dir, '.gitignore'), ['*.log', '!keep.log', 'out/', 'docs/*.md', '!docs/README.md', 'tmp',
        '/root-only.txt', 'cache/**/x.bin', '!important/', 'gen/ ', '# a comment', 'data/', '!data/keep.txt',
        // A generated project ignored but for a folder deep inside it (as XcodeGen apps write it).
        'App.xcodeproj/*', '!App.xcodeproj/project.xcworkspace/', 'App.xcodeproj/project.xcworkspace/*',
        '!App.xcodeproj/project.xcworkspace/xcshareddata/', ''].join('\n'));
      fs.mkdirSync(path.join(dir, 'sub'));
      fs.writeFileSync(path.join(dir, 'sub', '.gitignore'), '*.kt\n!Main.kt\nlocal/\n');
      fs.mkdirSync(path.join(dir, 'name-only'));
      for (const f of ['a.log', 'keep.log', 'x/keep.log', 'x/b.log', 'out/o.txt', 'x/out/o.txt', 'out.txt', 'docs/a.md', 'docs/README.md',
        'docs/deep/a.md', 'tmp', 'x/tmp', 'tmp2', 'root-only.txt', 'x/root-only.txt', 'cache/a/b/x.bin', 'cache/x.bin', 'cache/y.bin',
        'important/i.txt', 'gen/g.txt', 'x/gen', 'data/keep.txt', 'data/other.txt', 'sub/A.kt', 'sub/Main.kt', 'sub/local/l.txt',
        'sub/local', 'sub/x/local/l.txt', 'sub/B.java', 'app/src/Main.kt', 'App.xcodeproj/project.pbxproj',
        'App.xcodeproj/project.xcworkspace/contents.xcworkspacedata', 'App.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved',
        'name-only/x.log', 'name-only/keep.log', 'name-only/out/o.txt', 'name-only/o.txt']) put(f.endsWith('/local') ? `${f}.txt` : f);
      // Name patterns only (tested by name): a folder pattern and a negated file pattern.
      fs.writeFileSync(path.join(dir, 'name-only', '.gitignore'), 'out/\n*.log\n!keep.log\n');
      // Only `*.suffix` file patterns (matched by suffix, without the library).
      fs.mkdirSync(path.join(dir, 'suffix-only'));
      fs.writeFileSync(path.join(dir, 'suffix-only', '.gitignore'), 'tmp/\n*.log\n*.tar.gz\n');
      for (const f of ['a.log', 'alog', '.log', 'x.tar.gz', 'x.gz', 'tmp/t.txt', 'k.txt']) put(`suffix-only/${f}`);
      execFileSync('git', ['init', '-q'], { cwd: dir });
      const git = execFileSync('git', ['ls-files', '--others', '--exclude-standard'], { cwd: dir }).toString('utf8').trim().split('\n').sort();
      const ours = listTree(dir, { threads: 1 }).paths.sort();
      expect(git).toContain('keep.log');
      expect(git).not.toContain('a.log');
      expect(git).toContain('App.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved');
      expect(git.filter((f) => f.startsWith('suffix-only/')).sort()).toEqual(['suffix-only/.gitignore', 'suffix-only/alog', 'suffix-only/k.txt', 'suffix-only/x.gz']);
      expect(ours).toEqual(git);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
