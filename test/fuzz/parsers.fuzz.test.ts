// Mutation fuzzing of every parser through the detector boundary, with fast-check (seeded).
// Each input kind starts from the project's own fixtures (or, where there is none, a small
// synthetic file), mutated by byte flips, line swaps, duplication, inserted special characters,
// truncation and repeated adversarial shapes. Invariants: no detector fails, each case ends within
// PER_CASE_MS, every diagnostic and component is located at a file of the input. Memory: this file
// runs with the V8 heap capped at 300 MB (vitest.config.ts, project "fuzz"): a case that needs more
// live heap aborts the fork and fails the run (FUZZ_KEEP/<kind>.running.json then names the case).
//
// `npm test` runs a fast subset; the nightly size is `FUZZ_RUNS=10000 npx vitest run test/fuzz`
// (bench/README.md has the figures). A failure prints its seed and path: replay it alone with
// `FUZZ_KINDS='^Gradle KTS$' FUZZ_SEED=<seed> FUZZ_PATH=<path> npx vitest run test/fuzz/parsers.fuzz.test.ts`.
// FUZZ_KEEP=<dir> writes, per kind, the slowest, largest and most-findings cases there as small
// repositories, for `node bench/fuzz-peaks.mjs <dir>` to replay each in a fresh CLI process and
// measure its wall time and peak memory.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Files } from './hostile.js';
import { KINDS, mutate, opArb } from './kinds.js';
import { runRepo, unlocated } from './run-repo.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const SEED = Number(process.env.FUZZ_SEED ?? 20261206);
const PER_CASE_MS = 8_000;
const KEEP = process.env.FUZZ_KEEP;
const FIRST_PATH = Number.parseInt(process.env.FUZZ_PATH ?? '0', 10) || 0;
/** Cases kept per kind and measure. */
const KEEP_EACH = 3;
/** Worst case over a kind's runs, for bench/README.md. */
const worst: Record<string, { cases: number; maxMs: number; maxBytes: number; peakRssMb: number }> = {};

interface Kept {
  path: string;
  ms: number;
  /** The input's size when it was read; 0 when it was over the read limit (refused unread). */
  bytes: number;
  output: number;
  input: Uint8Array;
}
/** What makes a case worth replaying: slow, large, or many findings and components (memory). */
const MEASURES = { slowest: (k: Kept) => k.ms, largest: (k: Kept) => k.bytes + k.ms / 1e6, 'most-output': (k: Kept) => k.output } as const;

/** Keeps the top KEEP_EACH cases of each measure. */
function keeper() {
  const top = Object.fromEntries(Object.keys(MEASURES).map((m) => [m, [] as Kept[]])) as Record<keyof typeof MEASURES, Kept[]>;
  return {
    top,
    offer(k: Kept) {
      for (const [m, score] of Object.entries(MEASURES) as [keyof typeof MEASURES, (k: Kept) => number][]) {
        const list = top[m];
        if (list.length >= KEEP_EACH && score(k) <= score(list.at(-1)!)) continue;
        list.push(k);
        list.sort((a, b) => score(b) - score(a));
        list.length = Math.min(list.length, KEEP_EACH);
      }
    },
  };
}

const slug = (s: string) => s.replace(/[^A-Za-z0-9.]+/g, '-');

/** A case as a repository: its files and case.json (what it is and how to replay it). */
function writeCase(dir: string, files: Files, meta: Record<string, unknown>): void {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  fs.writeFileSync(path.join(dir, 'case.json'), `${JSON.stringify(meta, null, 1)}\n`);
}

/** Writes each kept case as a repository: the kind's context files, the mutated file, and case.json. */
function writeKept(name: string, kind: (typeof KINDS)[string], top: Record<string, Kept[]>): void {
  const written = new Set<string>();
  for (const [measure, list] of Object.entries(top)) {
    list.forEach((k, rank) => {
      if (written.has(k.path)) return;
      written.add(k.path);
      const meta = { kind: name, measure, seed: SEED, path: k.path, file: kind.file, bytes: k.input.length, inProcessMs: Math.round(k.ms), output: k.output };
      writeCase(path.join(KEEP!, slug(name), `${measure}-${rank + 1}`), { ...kind.context, [kind.file]: k.input }, meta);
    });
  }
}

describe(`parser fuzzing (${RUNS} cases per input kind, seed ${SEED})`, () => {
  // FUZZ_KINDS (a regular expression) runs some kinds only, e.g. to spread a nightly run over processes.
  const only = new RegExp(process.env.FUZZ_KINDS ?? '');
  if (KEEP) fs.mkdirSync(KEEP, { recursive: true });
  for (const [name, kind] of Object.entries(KINDS).filter(([n]) => only.test(n))) {
    it(name, () => {
      const stats = (worst[name] = { cases: 0, maxMs: 0, maxBytes: 0, peakRssMb: 0 });
      const kept = keeper();
      fc.assert(
        fc.property(fc.nat(), fc.array(opArb, { minLength: 1, maxLength: 4 }), (seedIndex, ops) => {
          // Without shrinking, run i of a seed is replayed by the path "i" (FUZZ_PATH=i starts there).
          const casePath = String(FIRST_PATH + stats.cases);
          // Written before the case runs: if the heap cap aborts the process, this names the case.
          if (KEEP) fs.writeFileSync(path.join(KEEP, `${slug(name)}.running.json`), JSON.stringify({ kind: name, seed: SEED, path: casePath }));
          const bytes = mutate(kind.seeds[seedIndex % kind.seeds.length]!, ops);
          const files: Files = { ...kind.context, [kind.file]: bytes };
          // Replaying one case (FUZZ_PATH): its files are written first, to be run by the CLI even if it aborts this process.
          if (KEEP && process.env.FUZZ_PATH) writeCase(path.join(KEEP, slug(name), `replay-${casePath}`), files, { kind: name, measure: 'replay', seed: SEED, path: casePath, file: kind.file, bytes: bytes.length });
          const run = runRepo(files, kind.detectors);
          stats.cases++;
          stats.maxMs = Math.max(stats.maxMs, run.ms);
          stats.maxBytes = Math.max(stats.maxBytes, bytes.length);
          if (KEEP) {
            const output = run.diagnostics.length + ((run.facts.sdks as { components?: unknown[] } | undefined)?.components?.length ?? 0);
            // A file over the read limit is refused unread: "largest" means the largest file that was read.
            const read = !run.diagnostics.some((d) => d.code === 'repo/file-too-large' && d.location.file === kind.file);
            kept.offer({ path: casePath, ms: run.ms, bytes: read ? bytes.length : 0, output, input: bytes });
          }
          if (stats.cases % 100 === 0) stats.peakRssMb = Math.max(stats.peakRssMb, process.memoryUsage().rss / 2 ** 20);
          if (process.env.FUZZ_REPORT && stats.cases % 1000 === 0) fs.appendFileSync(process.env.FUZZ_REPORT, `${JSON.stringify({ kind: name, progress: true, ...stats, maxMs: Math.round(stats.maxMs) })}\n`);
          expect(unlocated(run, files)).toEqual([]);
          expect(run.ms).toBeLessThan(PER_CASE_MS);
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true, ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {}) },
      );
      stats.peakRssMb = Math.round(Math.max(stats.peakRssMb, process.memoryUsage().rss / 2 ** 20));
      if (KEEP) writeKept(name, kind, kept.top);
      expect(stats.cases).toBe(RUNS);
      if (process.env.FUZZ_REPORT) fs.appendFileSync(process.env.FUZZ_REPORT, `${JSON.stringify({ kind: name, ...stats, maxMs: Math.round(stats.maxMs) })}\n`);
    }, Math.max(60_000, RUNS * 2_000));
  }
});
