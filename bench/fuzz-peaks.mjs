#!/usr/bin/env node
// Replays the worst fuzz cases, each in a fresh process of the built CLI, and measures wall time
// and peak resident memory per case (issues 16 and 17: no case over 10 s or 300 MB).
//
//   FUZZ_RUNS=10000 FUZZ_KEEP=bench/.work/fuzz-keep npx vitest run test/fuzz/parsers.fuzz.test.ts
//   FUZZ_REPORT=bench/.work/fuzz.jsonl (with the above: the fuzz run's own figures per kind)
//   node build.mjs && node bench/fuzz-peaks.mjs bench/.work/fuzz-keep [--fuzz-report bench/.work/fuzz.jsonl] [--cli dist/cli.js] [--kinds REGEX] [--jsonl FILE]
//
// The fuzz run keeps, per input kind, the 3 slowest, 3 largest and 3 most-findings cases as small
// repositories (case.json says kind, seed and path). Each is run as `check --format json` (with
// test/fixtures/manifests/complete.yaml added when the case has no mobile-app.yaml, so that every
// rule evaluates) and `inventory --format json`. Prints one row per kind (the worst case of each
// command) and exits 1 when a case takes 10 s or more, reaches 300 MB, ends other than 0 or 1, or
// writes more than 64 KiB to stderr.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildId, fmtMB, fmtMs, load, machine, table } from './lib/measure.mjs';
import { runPeak } from './lib/peak.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MANIFEST = path.join(ROOT, 'test', 'fixtures', 'manifests', 'complete.yaml');
const LIMIT_MS = 10_000;
const LIMIT_MB = 300;
/** A run's messages are a few lines: more than this on stderr is a flood (a warning per character, say). */
const MAX_STDERR = 64 * 1024;

const { values, positionals } = parseArgs({ allowPositionals: true, options: {
  cli: { type: 'string' }, kinds: { type: 'string' }, jsonl: { type: 'string' }, 'fuzz-report': { type: 'string' },
} });
const keep = path.resolve(positionals[0] ?? path.join(ROOT, 'bench', '.work', 'fuzz-keep'));
const CLI = path.resolve(values.cli ?? path.join(ROOT, 'dist', 'cli.js'));
if (!fs.existsSync(CLI)) { console.error(`${CLI} is missing: run \`node build.mjs\` first`); process.exit(2); }
const only = new RegExp(values.kinds ?? '');

const cases = [];
for (const kindDir of fs.existsSync(keep) ? fs.readdirSync(keep).sort() : []) {
  const abs = path.join(keep, kindDir);
  if (!fs.statSync(abs).isDirectory()) continue;
  for (const c of fs.readdirSync(abs).sort()) {
    const meta = path.join(abs, c, 'case.json');
    if (!fs.existsSync(meta)) continue;
    const m = JSON.parse(fs.readFileSync(meta, 'utf8'));
    if (only.test(m.kind)) cases.push({ dir: path.join(abs, c), name: `${kindDir}/${c}`, ...m });
  }
}
if (!cases.length) { console.error(`no kept cases under ${keep} (run the fuzz test with FUZZ_KEEP=${keep})`); process.exit(2); }

/** `check` needs a manifest to run the detectors: a copy of the case with complete.yaml added. */
function withManifest(c) {
  if (fs.existsSync(path.join(c.dir, 'mobile-app.yaml'))) return { dir: c.dir, done() {} };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-fuzz-case-'));
  fs.cpSync(c.dir, dir, { recursive: true });
  fs.copyFileSync(MANIFEST, path.join(dir, 'mobile-app.yaml'));
  return { dir, done: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

console.log(`machine: ${machine()}\nbuild: ${values.cli ? CLI : buildId(ROOT)}\ndate: ${new Date().toISOString()}\nload average before: ${load()}\ncases: ${cases.length} from ${path.relative(ROOT, keep) || keep}\n`);
const baseline = runPeak(CLI, ['--version']);
console.log(`baseline: \`--version\` ${fmtMs(baseline.ms)}, ${fmtMB(baseline.peakMB)}\n`);

const results = [];
const over = [];
for (const c of cases) {
  for (const cmd of ['check', 'inventory']) {
    const repo = cmd === 'check' ? withManifest(c) : { dir: c.dir, done() {} };
    const r = runPeak(CLI, [cmd, repo.dir, '--format', 'json'], { env: { MOBILE_POLICY_THREADS: '1' } });
    repo.done();
    const row = { kind: c.kind, case: c.name, measure: c.measure, seed: c.seed, path: c.path, bytes: c.bytes, cmd, ms: Math.round(r.ms), peakMB: r.peakMB === null ? null : Math.round(r.peakMB), status: r.status, signal: r.signal, stderrBytes: r.stderrBytes };
    results.push(row);
    if (values.jsonl) fs.appendFileSync(values.jsonl, `${JSON.stringify(row)}\n`);
    const bad = r.signal !== null || (r.status !== 0 && r.status !== 1) || r.ms >= LIMIT_MS || r.peakMB === null || r.peakMB >= LIMIT_MB || r.stderrBytes > MAX_STDERR;
    if (bad) over.push({ ...row, stderr: r.stderr.split('\n').slice(-5).join('\n') });
  }
}

/** The fuzz run's own figures per kind (FUZZ_REPORT): the last complete line of each kind. */
const fuzzed = new Map();
if (values['fuzz-report']) {
  for (const line of fs.readFileSync(values['fuzz-report'], 'utf8').split('\n').filter(Boolean)) {
    const r = JSON.parse(line);
    if (!r.progress) fuzzed.set(r.kind, r);
  }
}

const rows = [];
for (const kind of [...new Set(results.map((r) => r.kind))]) {
  const of = results.filter((r) => r.kind === kind);
  const worst = (cmd, key) => of.filter((r) => r.cmd === cmd).reduce((a, b) => ((b[key] ?? Infinity) > (a[key] ?? Infinity) ? b : a));
  const cell = (r, key) => `${key === 'ms' ? fmtMs(r.ms) : fmtMB(r.peakMB)} (${path.basename(r.case)}, ${(r.bytes / 1024).toFixed(0)} KiB)`;
  const f = fuzzed.get(kind);
  const fuzzCells = values['fuzz-report'] ? [f ? f.cases.toLocaleString('en') : 'not run', f ? fmtMs(f.maxMs) : ''] : [];
  rows.push([kind, ...fuzzCells, String(new Set(of.map((r) => r.case)).size), cell(worst('check', 'ms'), 'ms'), cell(worst('check', 'peakMB'), 'peakMB'), cell(worst('inventory', 'ms'), 'ms'), cell(worst('inventory', 'peakMB'), 'peakMB')]);
}
console.log(table(['kind', ...(values['fuzz-report'] ? ['fuzz cases', 'in-process max'] : []), 'replayed', 'check: max wall', 'check: max peak RSS', 'inventory: max wall', 'inventory: max peak RSS'], rows));
console.log(`\nload average after: ${load()}`);
if (over.length) {
  console.log(`\n${over.length} run(s) over ${LIMIT_MS / 1000} s or ${LIMIT_MB} MB, not ending with 0/1, or flooding stderr:`);
  for (const o of over) console.log(`- ${o.cmd} ${o.case} (kind ${o.kind}, seed ${o.seed}, path ${o.path}, ${o.bytes} bytes): ${o.ms} ms, ${o.peakMB ?? 'n/a'} MB, exit ${o.status ?? o.signal}, ${o.stderrBytes} bytes on stderr\n  ${o.stderr.replaceAll('\n', '\n  ')}`);
  process.exit(1);
}
console.log(`\nall ${results.length} runs under ${LIMIT_MS / 1000} s and ${LIMIT_MB} MB, each ending 0 or 1`);
