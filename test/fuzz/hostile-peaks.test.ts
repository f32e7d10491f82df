// Issues 16 and 17, "done means": no hostile input runs 10 s or more, or reaches 300 MB. Each case
// of HOSTILE_CASES is written to a temporary folder and run by the built CLI (dist/cli.js) in a
// fresh child process, as `check --format json` (test/fixtures/manifests/complete.yaml added when
// the case has no mobile-app.yaml, so that the detectors and every rule run) and `inventory --format
// json`. The child's own peak resident memory is measured (bench/lib/peak-rss.mjs: VmHWM on
// Linux); two children run at a time. The cases of test/security/ are measured the same way there
// (their `cli` helper is this one).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliAsync, LIMIT_MB, LIMIT_MS, ROOT, tempDir, write, type Run } from '../security/hostile.js';
import { HOSTILE_CASES } from './hostile-cases.js';

const COMPLETE = path.join(ROOT, 'test', 'fixtures', 'manifests', 'complete.yaml');
const COMMANDS = ['check', 'inventory'] as const;
/** Children at a time: the machines that run this have two cores. */
const PARALLEL = 2;
/** A run's messages are a few lines; more is a flood (a library warning once per character, say). */
const MAX_STDERR = 64 * 1024;

const runs = new Map<string, Run>();
const made: string[] = [];

/** Runs `jobs` with at most PARALLEL at a time. */
async function pool(jobs: (() => Promise<void>)[]): Promise<void> {
  let next = 0;
  const worker = async () => { while (next < jobs.length) await jobs[next++]!(); };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}

beforeAll(async () => {
  const jobs: (() => Promise<void>)[] = [];
  for (const [name, make] of Object.entries(HOSTILE_CASES)) {
    const dir = tempDir(`peak-${name}`);
    made.push(dir);
    const { files } = make();
    for (const [rel, content] of Object.entries(files)) write(dir, rel, content);
    if (!('mobile-app.yaml' in files)) fs.copyFileSync(COMPLETE, path.join(dir, 'mobile-app.yaml'));
    for (const cmd of COMMANDS) {
      // A hang is killed just after the limit, so that it fails on time rather than on the test timeout.
      jobs.push(async () => { runs.set(`${name} ${cmd}`, await cliAsync([cmd, dir, '--format', 'json'], { timeoutMs: LIMIT_MS + 2_000 })); });
    }
  }
  await pool(jobs);
}, 600_000);

afterAll(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
  // HOSTILE_PEAKS_REPORT=<file>: every run's figures as JSON lines, for bench/README.md.
  const report = process.env.HOSTILE_PEAKS_REPORT;
  if (report) fs.writeFileSync(report, [...runs].map(([run, r]) => JSON.stringify({ run, ms: r.ms, peakMB: r.peakMB && Math.round(r.peakMB), status: r.status, signal: r.signal, stderrBytes: r.stderrBytes })).join('\n') + '\n');
});

describe(`hostile inputs through the CLI: under ${LIMIT_MS / 1000} s and ${LIMIT_MB} MB each, ending 0 or 1, a few lines on stderr`, () => {
  for (const name of Object.keys(HOSTILE_CASES)) {
    for (const cmd of COMMANDS) {
      it(`${name}: ${cmd}`, () => {
        const r = runs.get(`${name} ${cmd}`)!;
        const seen = `${Math.round(r.ms)} ms, ${r.peakMB === null ? 'no memory figure' : `${Math.round(r.peakMB)} MB`}, exit ${r.status ?? r.signal}: ${r.stderr.slice(-500)}`;
        expect(r.signal, seen).toBeNull();
        expect([0, 1], seen).toContain(r.status);
        expect(r.ms, seen).toBeLessThan(LIMIT_MS);
        expect(r.peakMB, seen).not.toBeNull();
        expect(r.peakMB!, seen).toBeLessThan(LIMIT_MB);
        expect(r.stderrBytes, seen).toBeLessThan(MAX_STDERR);
      });
    }
  }
});
