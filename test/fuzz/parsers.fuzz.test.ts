// Mutation fuzzing of every parser through the detector boundary, with fast-check (seeded).
// Each input kind starts from the project's own fixtures (or, where there is none, a small
// synthetic file), mutated by byte flips, line swaps, duplication, inserted special characters,
// truncation and repeated adversarial shapes. Invariants: no detector fails, each case ends within
// PER_CASE_MS, every diagnostic and component is located at a file of the input.
//
// `npm test` runs a fast subset; the nightly size is `FUZZ_RUNS=10000 npx vitest run test/fuzz`
// (bench/README.md has the figures). A failure prints its seed and path: replay it alone with
// `FUZZ_KINDS='^Gradle KTS$' FUZZ_SEED=<seed> FUZZ_PATH=<path> npx vitest run test/fuzz/parsers.fuzz.test.ts`.
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Files } from './hostile.js';
import { KINDS, mutate, opArb } from './kinds.js';
import { runRepo, unlocated } from './run-repo.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const SEED = Number(process.env.FUZZ_SEED ?? 20261206);
const PER_CASE_MS = 8_000;
/** Worst case over a kind's runs, for bench/README.md. */
const worst: Record<string, { cases: number; maxMs: number; maxBytes: number; peakRssMb: number }> = {};

describe(`parser fuzzing (${RUNS} cases per input kind, seed ${SEED})`, () => {
  // FUZZ_KINDS (a regular expression) runs some kinds only, e.g. to spread a nightly run over processes.
  const only = new RegExp(process.env.FUZZ_KINDS ?? '');
  for (const [name, kind] of Object.entries(KINDS).filter(([n]) => only.test(n))) {
    it(name, () => {
      const stats = (worst[name] = { cases: 0, maxMs: 0, maxBytes: 0, peakRssMb: 0 });
      fc.assert(
        fc.property(fc.nat(), fc.array(opArb, { minLength: 1, maxLength: 4 }), (seedIndex, ops) => {
          const bytes = mutate(kind.seeds[seedIndex % kind.seeds.length]!, ops);
          const files: Files = { ...kind.context, [kind.file]: bytes };
          const run = runRepo(files, kind.detectors);
          stats.cases++;
          stats.maxMs = Math.max(stats.maxMs, run.ms);
          stats.maxBytes = Math.max(stats.maxBytes, bytes.length);
          if (stats.cases % 100 === 0) stats.peakRssMb = Math.max(stats.peakRssMb, process.memoryUsage().rss / 2 ** 20);
          if (process.env.FUZZ_REPORT && stats.cases % 1000 === 0) fs.appendFileSync(process.env.FUZZ_REPORT, `${JSON.stringify({ kind: name, progress: true, ...stats, maxMs: Math.round(stats.maxMs) })}\n`);
          expect(unlocated(run, files)).toEqual([]);
          expect(run.ms).toBeLessThan(PER_CASE_MS);
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true, ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {}) },
      );
      stats.peakRssMb = Math.round(Math.max(stats.peakRssMb, process.memoryUsage().rss / 2 ** 20));
      expect(stats.cases).toBe(RUNS);
      if (process.env.FUZZ_REPORT) fs.appendFileSync(process.env.FUZZ_REPORT, `${JSON.stringify({ kind: name, ...stats, maxMs: Math.round(stats.maxMs) })}\n`);
    }, Math.max(60_000, RUNS * 2_000));
  }
});
