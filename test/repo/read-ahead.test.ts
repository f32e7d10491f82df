import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readsFile, wantOf } from '../../src/detectors/links/scan.js';
import { discoverManifests } from '../../src/manifest/discover.js';
import { appDirOf } from '../../src/manifest/load.js';
import { DiskRepo, subtree } from '../../src/repo/files.js';
import { EntryStatus, MIN_READ_AHEAD_FILES, ReadAhead, ReadAheadRing } from '../../src/repo/read-ahead.js';
import { threadsWanted } from '../../src/repo/threads.js';
// @ts-expect-error plain ESM module of the benchmarks, without types
import { generateRepo } from '../../bench/lib/gen-repo.mjs';

const ROOT = path.resolve(__dirname, '../..');
// The worker runs the bundled script (npm test builds dist/ first): the same file the CLI starts.
const WORKER = path.join(ROOT, 'dist', 'read-ahead-worker.js');
let dir: string;

/** Deterministic bytes of a given length, different per file. */
function content(i: number, length: number): Buffer {
  const b = Buffer.alloc(length);
  for (let k = 0; k < length; k++) b[k] = (i * 31 + k * 7) % 251;
  return b;
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-ahead-'));
  for (let i = 0; i < 600; i++) fs.writeFileSync(path.join(dir, `f${i}.bin`), content(i, (i * 97) % 1001));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('ReadAheadRing', () => {
  // The byte counters run modulo 2^32: start them just before the signed and the unsigned wrap too.
  it.each([0, 0x7fffffff - 700, -700])('hands over each file in order: bytes, too large (with its size), unreadable (with the reason); counters from %i', (start) => {
    fs.writeFileSync(path.join(dir, 'big.txt'), 'x'.repeat(2000));
    const ring = ReadAheadRing.create(1000, { minSize: 4096 });
    new Int32Array(ring.shared.control).fill(start, 0, 2);
    ring.produce(dir, ['f1.bin', 'big.txt', 'missing.txt', 'f0.bin', 'f2.bin']);
    const consumer = new ReadAheadRing(ring.shared);
    const a = consumer.take(0);
    expect(a?.status === EntryStatus.Bytes && Buffer.from(a.bytes).equals(content(1, 97))).toBe(true);
    expect(consumer.take(1)).toEqual({ status: EntryStatus.TooLarge, size: 2000 });
    const c = consumer.take(2);
    expect(c?.status === EntryStatus.Failed && c.message).toMatch(/ENOENT/);
    const d = consumer.take(3);
    expect(d?.status === EntryStatus.Bytes && d.bytes.length).toBe(0);
    // Asked out of order: nothing (the caller reads that file directly); the order goes on.
    expect(consumer.take(5)).toBeUndefined();
    const e = consumer.take(4);
    expect(e?.status === EntryStatus.Bytes && Buffer.from(e.bytes).equals(content(2, 194))).toBe(true);
    // Past the end of the list, once the worker has finished: nothing, without waiting.
    expect(consumer.take(5)).toBeUndefined();
  });

  it('files stolen from the end of the list are not written by the worker, and are handed over as stolen', () => {
    const files = Array.from({ length: 600 }, (_, i) => `f${i}.bin`);
    const ring = ReadAheadRing.create(1000, { minSize: 1 << 20 });
    const consumer = new ReadAheadRing(ring.shared);
    // Before the worker starts, the main thread may take the list's end, down to a gap before the worker.
    const stolen: number[] = [];
    for (let j = consumer.steal(files.length); j !== undefined; j = consumer.steal(files.length)) stolen.push(j);
    expect(stolen).toEqual(Array.from({ length: 600 - 64 }, (_, k) => 599 - k));
    ring.produce(dir, files);
    files.forEach((f, i) => {
      const r = consumer.take(i);
      if (i >= 64) return expect(r).toEqual({ status: EntryStatus.Stolen, index: i });
      expect(r?.status === EntryStatus.Bytes && Buffer.from(r.bytes).equals(content(i, (i * 97) % 1001))).toBe(true);
    });
  });

  it('a main thread that waits for the worker scans files from the end instead: every file once, in either place', () => {
    const files = Array.from({ length: 600 }, (_, i) => `f${i}.bin`);
    const ahead = ReadAhead.start(dir, files, 1000, { threads: 2, minFiles: 1, minSize: 1, workerFile: WORKER });
    expect(ahead).toBeDefined();
    const here = new Map<number, Buffer>();
    let fromWorker = 0;
    try {
      files.forEach((f, i) => {
        // The worker is still loading at first: the main thread takes files from the end meanwhile.
        const r = ahead!.take(f, (j, other) => {
          expect(here.has(j)).toBe(false);
          here.set(j, fs.readFileSync(path.join(dir, other)));
          return here.get(j)!.length;
        });
        if (r?.status === EntryStatus.Stolen) {
          expect(r.index).toBe(i);
          expect(here.get(i)!.equals(content(i, (i * 97) % 1001))).toBe(true);
          return;
        }
        if (r?.status !== EntryStatus.Bytes) throw new Error(`${f}: ${JSON.stringify(r)}`);
        expect(here.has(i)).toBe(false);
        expect(Buffer.from(r.bytes).equals(content(i, (i * 97) % 1001))).toBe(true);
        fromWorker++;
      });
    } finally {
      ahead!.stop();
    }
    expect(here.size).toBeGreaterThan(0);
    expect(fromWorker + here.size).toBe(600);
  });

  it('stops stealing once the stolen files hold 64 MiB (their scans wait in memory for their turn)', () => {
    const files = Array.from({ length: 600 }, (_, i) => `f${i}.bin`);
    const ahead = ReadAhead.start(dir, files, 1000, { threads: 2, minFiles: 1, minSize: 1, workerFile: WORKER });
    const stolen: number[] = [];
    try {
      for (const f of files) ahead!.take(f, (j) => { stolen.push(j); return 64 * 1024 * 1024; });
    } finally {
      ahead!.stop();
    }
    // The worker is still loading at the first take: without the bound, the main thread would take hundreds.
    expect(stolen.length).toBeLessThanOrEqual(1);
  });

  it('a worker filling a ring much smaller than the files wraps around it without corrupting any file', () => {
    const files = Array.from({ length: 600 }, (_, i) => `f${i}.bin`);
    // 4 largest entries fit: 600 files of up to 1,000 bytes wrap the ring about 70 times.
    const ahead = ReadAhead.start(dir, files, 1000, { threads: 2, minFiles: 1, minSize: 1, workerFile: WORKER });
    expect(ahead).toBeDefined();
    try {
      files.forEach((f, i) => {
        const r = ahead!.take(f);
        if (r?.status !== EntryStatus.Bytes) throw new Error(`${f}: ${JSON.stringify(r)}`);
        expect(Buffer.from(r.bytes).equals(content(i, (i * 97) % 1001))).toBe(true);
      });
    } finally {
      ahead!.stop();
    }
  });

  it('a worker that fails to load costs FIRST_MS once: every file is then read directly', () => {
    const broken = path.join(dir, 'broken-worker.mjs');
    fs.writeFileSync(broken, 'throw new Error("cannot load")');
    const ahead = ReadAhead.start(dir, ['f1.bin', 'f2.bin'], 1000, { threads: 2, minFiles: 1, firstMs: 300, workerFile: broken });
    try {
      const t = Date.now();
      expect(ahead!.take('f1.bin')).toBeUndefined();
      expect(ahead!.take('f2.bin')).toBeUndefined();
      expect(Date.now() - t).toBeLessThan(5_000);
    } finally {
      ahead!.stop();
    }
  });

  it('is not started for few files, one thread, or without the worker script', () => {
    const files = ['f1.bin', 'f2.bin'];
    expect(ReadAhead.start(dir, files, 1000, { threads: 2, workerFile: WORKER })).toBeUndefined();
    expect(ReadAhead.start(dir, files, 1000, { threads: 1, minFiles: 1, workerFile: WORKER })).toBeUndefined();
    expect(ReadAhead.start(dir, files, 1000, { threads: 2, minFiles: 1, workerFile: path.join(dir, 'nope.js') })).toBeUndefined();
    expect(threadsWanted({ MOBILE_POLICY_THREADS: '1' })).toBe(1);
    expect(threadsWanted({})).toBe(Math.min(2, os.availableParallelism()));
  });
});

describe('check with and without the read-ahead thread', () => {
  it('gives the same report on a 3,000-file monorepo', () => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-mono-'));
    try {
      generateRepo(repo, { files: 3000, seed: 7, layout: 'monorepo' });
      // Enough files for the read-ahead to start.
      const listing = new DiskRepo(repo);
      const read = discoverManifests(listing).flatMap((m) => subtree(listing, appDirOf(m))).filter((f) => readsFile(wantOf(f)));
      expect(read.length).toBeGreaterThan(MIN_READ_AHEAD_FILES);
      const run = (threads: string) => execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', repo, '--format', 'json', '--fail-on', 'never'],
        { env: { ...process.env, MOBILE_POLICY_THREADS: threads, MOBILE_POLICY_NOW: '2026-11-30' }, maxBuffer: 64 * 2 ** 20 }).toString('utf8');
      const one = run('1');
      const two = run('2');
      const report = JSON.parse(one) as { apps: unknown[]; findings: { ruleId: string }[] };
      expect(report.apps.length).toBe(5);
      expect(report.findings.some((f) => f.ruleId === 'nfra/cleartext-urls')).toBe(true);
      expect(two).toBe(one);
    } finally {
      fs.rmSync(repo, { recursive: true, force: true });
    }
  });
});
