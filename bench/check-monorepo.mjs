#!/usr/bin/env node
// Benchmark: `mobile-policy check` of a generated 100,000-file mobile monorepo, side by side
// with baselines over the same tree: `git ls-files` (listing floor), `grep -rn http://`
// (pattern-scan floor), a bare Node walk+read+search, and `mobile-policy inventory`
// (listing + SDK detection only, a proxy for the walk/parse share of `check`).
//
//   node build.mjs && node bench/check-monorepo.mjs [--files 100000] [--seed 1] [--runs 3] [--profile] [--baseline CLI]
//
// --baseline CLI adds `check` of another build (its dist/cli.js, e.g. of the base commit) to the
// same run, the two measured in alternation (this, base, this, base, ...) so that both see the
// same load, and prints the ratio: a change's cost under the same conditions.
//
// The tree is generated (deterministically, seeded) into bench/.work/monorepo-<files>/ and
// `git init && git add -A` is run once, untimed. --profile adds a `node --cpu-prof` run of
// `check` and prints the top self-time functions and modules.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { summarise } from './lib/cpuprofile.mjs';
import { ensureRepo } from './lib/gen-repo.mjs';
import { GNU_TIME, buildId, fmtMB, fmtMs, load, machine, measure, median, repeat, table } from './lib/measure.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORK = path.join(ROOT, 'bench', '.work');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const { values } = parseArgs({ options: {
  files: { type: 'string', default: '100000' }, seed: { type: 'string', default: '1' },
  runs: { type: 'string', default: '3' }, profile: { type: 'boolean', default: false }, baseline: { type: 'string' },
} });
const files = Number(values.files);
const runs = Number(values.runs);
const TARGET = { ms: 2000, mb: 300 };

if (!fs.existsSync(CLI)) { console.error('dist/cli.js is missing: run `node build.mjs` first'); process.exit(2); }
if (!GNU_TIME) console.log('GNU time is missing (apt-get install -y time): peak memory is reported as n/a');

const dir = path.join(WORK, `monorepo-${files}`);
const params = { files, seed: Number(values.seed), layout: 'monorepo' };
const g = ensureRepo(dir, params);
if (g) {
  console.log(`generated ${path.relative(ROOT, dir)}: ${g.files.toLocaleString('en')} files, ${(g.bytes / 2 ** 20).toFixed(1)} MiB in ${fmtMs(g.ms)}`);
  const t = Date.now();
  execFileSync('git', ['init', '-q'], { cwd: dir });
  execFileSync('git', ['add', '-A'], { cwd: dir });
  console.log(`git init && git add -A: ${fmtMs(Date.now() - t)} (untimed setup)`);
}

console.log(`\nmachine: ${machine()}\nbuild: ${buildId(ROOT)}\ndate: ${new Date().toISOString()}\ntree: ${dir}\nruns: ${runs} each, median wall, CPU (user+sys) and peak RSS\nload average (1/5/15 min) before: ${load()}\n`);
const sh = (cmd) => ['sh', ['-c', cmd], { cwd: dir }];
const cases = [
  ['mobile-policy check --format json', process.execPath, [CLI, 'check', dir, '--format', 'json'], {}],
  ...(values.baseline ? [['baseline check --format json', process.execPath, [path.resolve(values.baseline), 'check', dir, '--format', 'json'], {}]] : []),
  ['mobile-policy inventory --format json', process.execPath, [CLI, 'inventory', dir, '--format', 'json'], {}],
  ['git ls-files | wc -l', ...sh('git ls-files | wc -l')],
  ["grep -rn 'http://' . | wc -l", ...sh("grep -rn 'http://' . | wc -l")],
  ["grep -rn --exclude-dir=.git 'http://' . | wc -l", ...sh("grep -rn --exclude-dir=.git 'http://' . | wc -l")],
  ['node walk+read+indexOf (bench/lib/node-baseline.mjs)', process.execPath, [path.join(ROOT, 'bench', 'lib', 'node-baseline.mjs'), dir], {}],
];
const rows = [];
let check;
let baseline;
/** The check and the baseline check, alternating run by run; each summarised like repeat() does. */
const pairs = new Map();
if (values.baseline) {
  const [a, b] = cases.slice(0, 2);
  const all = [[], []];
  for (let i = 0; i < runs; i++) [a, b].forEach((c, k) => all[k].push(measure(c[1], c[2], c[3])));
  all.forEach((xs, k) => {
    const cpu = xs.map((x) => x.cpuMs).filter((x) => x !== null);
    const rss = xs.map((x) => x.rssMB).filter((x) => x !== null);
    pairs.set([a, b][k][0], { ms: median(xs.map((x) => x.ms)), min: Math.min(...xs.map((x) => x.ms)), cpuMs: cpu.length ? median(cpu) : null,
      rssMB: rss.length ? median(rss) : null, last: xs[xs.length - 1], runs });
  });
}
for (const [label, cmd, args, opts] of cases) {
  const r = pairs.get(label) ?? repeat(runs, cmd, args, opts);
  const out = r.last.stdout.toString('utf8');
  let result = out.trim().slice(0, 60);
  if (label.startsWith('mobile-policy check') || label.startsWith('baseline check')) {
    if (label.startsWith('baseline')) baseline = r;
    else check = r;
    const j = JSON.parse(out);
    result = `${j.apps.length} apps; ${j.summary.error} errors, ${j.summary.warning} warnings, ${j.summary.note} notes (${new Set(j.findings.map((f) => f.ruleId)).size} rules)`;
  } else if (label.startsWith('mobile-policy inventory')) {
    result = `${JSON.parse(out).components.length} components`;
  } else if (label.startsWith('node walk')) {
    const [f, b, h] = out.trim().split(' ').map(Number);
    result = `${f} files, ${(b / 2 ** 20).toFixed(1)} MiB, ${h} hits`;
  } else result = `${result} lines`;
  rows.push([label, fmtMs(r.ms), fmtMs(r.min), fmtMs(r.cpuMs), fmtMB(r.rssMB), result]);
  console.log(`${label}: ${fmtMs(r.ms)} (min ${fmtMs(r.min)}), CPU ${fmtMs(r.cpuMs)}, ${fmtMB(r.rssMB)}, ${result}`);
}
console.log(`\n${table(['command', 'wall (median)', 'wall (min)', 'CPU user+sys', 'peak RSS', 'result'], rows)}\nload average after: ${load()}\n`);
if (baseline) console.log(`this build vs baseline (${values.baseline}): wall ${fmtMs(check.ms)} vs ${fmtMs(baseline.ms)} (${(check.ms / baseline.ms).toFixed(3)}×), CPU ${fmtMs(check.cpuMs)} vs ${fmtMs(baseline.cpuMs)} (${(check.cpuMs / baseline.cpuMs).toFixed(3)}×)`);
const msOk = check.ms < TARGET.ms;
const mbOk = check.rssMB === null || check.rssMB < TARGET.mb;
console.log(`target: check under ${fmtMs(TARGET.ms)} and ${TARGET.mb} MB → wall ${fmtMs(check.ms)} ${msOk ? 'MET' : `MISSED by ${fmtMs(check.ms - TARGET.ms)} (${(check.ms / TARGET.ms).toFixed(2)}×)`}, ` +
  `peak ${fmtMB(check.rssMB)} ${mbOk ? 'MET' : `MISSED by ${fmtMB(check.rssMB - TARGET.mb)}`}`);

if (values.profile) {
  const profDir = path.join(WORK, 'prof');
  fs.rmSync(profDir, { recursive: true, force: true });
  execFileSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profDir, CLI, 'check', dir, '--format', 'json', '--fail-on', 'never'], { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 2 ** 30 });
  const file = path.join(profDir, fs.readdirSync(profDir).find((f) => f.endsWith('.cpuprofile')));
  const s = summarise(file, CLI, 20);
  console.log(`\nCPU profile of check (${file}, ${fmtMs(s.totalMs)} sampled)\n\nInclusive time of pipeline functions (a sample counts once per function on its stack; phases nest):\n${table(['function', 'total', 'share'], s.phases)}\n\nTop self time below the heaviest phases:\n${s.below.map(([n, l]) => `- ${n}: ${l.join('; ')}`).join('\n')}\n\nTop self time by module:\n${table(['module', 'self', 'share'], s.modules)}\n\nTop self time by function:\n${table(['function [module:line in dist/cli.js]', 'self', 'share'], s.functions)}`);
}
