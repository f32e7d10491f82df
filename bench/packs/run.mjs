#!/usr/bin/env node
// Benchmark: the built-in packs (nfra-2024-99 and nfra-2024-99-strict) over N generated manifests,
// against Spectral with an equivalent ruleset for 12 manifest rules (bench/packs/spectral.yaml)
// over the same files in one run. Run from the repository root: node bench/packs/run.mjs [N=1000]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import YAML from 'yaml';

const N = Number(process.argv[2] ?? 1000);
const WORK = path.resolve('bench/.work/packs');
const DIR = path.join(WORK, 'manifests');
const NOW = new Date('2026-06-30T00:00:00Z');

// ---------------------------------------------------------------- N manifests, deterministic
fs.rmSync(DIR, { recursive: true, force: true });
fs.mkdirSync(DIR, { recursive: true });
const base = YAML.parse(fs.readFileSync('policies/nfra-2024-99-strict/tests/base.yaml', 'utf8'));
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const drops = [['ownership', 'leadDepartment'], ['privacy', 'policyUrl'], ['privacy', 'complaintChannel'], ['compliance', 'salesTraceability'], ['filing', 'appFilingNumber'], ['continuity', 'emergencyPlan']];
for (let i = 0; i < N; i++) {
  const m = structuredClone(base);
  m.app.id = `com.example.bank${i}`;
  for (const [a, b] of drops) if (rand() < 0.15) delete m[a][b];
  // Lists of realistic size: 2–12 data flows, 1–10 SDKs, some without purpose.
  const flows = 2 + Math.floor(rand() * 11);
  m.dataFlows = Array.from({ length: flows }, (_, j) => ({ ...base.dataFlows[j % 2], name: `flow ${j}`, ...(rand() < 0.1 ? { purpose: '' } : {}) }));
  const sdks = 1 + Math.floor(rand() * 10);
  m.sdks = Array.from({ length: sdks }, (_, j) => ({ ...base.sdks[0], id: `sdk-${j}`, ...(rand() < 0.1 ? { purpose: '' } : {}) }));
  fs.writeFileSync(path.join(DIR, `app-${String(i).padStart(4, '0')}.yaml`), YAML.stringify(m));
}
const files = fs.readdirSync(DIR).sort().map((f) => path.join(DIR, f));
const texts = files.map((f) => fs.readFileSync(f, 'utf8'));

// ---------------------------------------------------------------- mobile-policy, in process
const out = path.join(WORK, 'engine.js');
await build({
  entryPoints: ['src/engine/index.ts'], outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'silent', packages: 'external',
});
// The bundle lives outside the package: tell it where the package is by loading packs by path.
const engine = await import(pathToFileURL(out).href);
let t0 = performance.now();
const packs = [engine.loadPack(path.resolve('policies/nfra-2024-99-strict'))];
const loadMs = performance.now() - t0;
const rules = engine.activeRules(packs, 'release').length;

// Parsing (YAML with positions kept) and evaluation, measured apart: the target is evaluation.
t0 = performance.now();
const manifests = files.map((f, i) => engine.testManifest(path.basename(f), texts[i]));
const parseMs = performance.now() - t0;
function runOnce() {
  let findings = 0;
  for (const manifest of manifests) findings += engine.evaluate(packs, { manifest, facts: {}, now: NOW, stage: 'release' }).length;
  return findings;
}
runOnce(); // warm-up
const times = [];
const cpu = [];
let findings = 0;
for (let k = 0; k < 5; k++) {
  const c = process.cpuUsage();
  t0 = performance.now();
  findings = runOnce();
  times.push(performance.now() - t0);
  const d = process.cpuUsage(c);
  cpu.push((d.user + d.system) / 1000);
}
times.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const median = times[2];

// ---------------------------------------------------------------- mobile-policy and Spectral, as processes
function wall(cmd, args) {
  const t = performance.now();
  const r = spawnSync('/usr/bin/env', ['time', '-f', '%U %S', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const lines = r.stderr.trim().split('\n');
  const [u, sys] = (lines.pop() ?? '0 0').split(' ').map(Number);
  return { ms: performance.now() - t, cpuMs: Math.round((u + sys) * 1000), code: r.status, stdout: r.stdout, stderr: lines.join('\n') };
}
const script = path.join(WORK, 'process-run.mjs');
fs.writeFileSync(script, `import fs from 'node:fs'; import path from 'node:path';
const engine = await import(${JSON.stringify(pathToFileURL(out).href)});
const packs = [engine.loadPack(${JSON.stringify(path.resolve('policies/nfra-2024-99-strict'))})];
let n = 0;
for (const f of fs.readdirSync(${JSON.stringify(DIR)}).sort()) {
  const m = engine.testManifest(f, fs.readFileSync(path.join(${JSON.stringify(DIR)}, f), 'utf8'));
  n += engine.evaluate(packs, { manifest: m, facts: {}, now: new Date('2026-06-30T00:00:00Z'), stage: 'release' }).length;
}
console.log(n);
`);
const ours = wall(process.execPath, [script]);
const spectralBin = path.resolve('node_modules/.bin/spectral');
const spectral = wall(spectralBin, ['lint', path.join(DIR, '*.yaml'), '--ruleset', path.resolve('bench/packs/spectral.yaml'), '--format', 'json', '--quiet', '--fail-severity', 'error']);
let spectralFindings;
try {
  spectralFindings = JSON.parse(spectral.stdout).length;
} catch {
  spectralFindings = `unparsed output (exit ${spectral.code}): ${spectral.stderr.slice(0, 200)}`;
}

const result = {
  manifests: N,
  rules,
  packLoadMs: Math.round(loadMs),
  parseMs: Math.round(parseMs),
  evaluateMedianMs: Math.round(median),
  evaluateRunsMs: times.map(Math.round),
  evaluateCpuMedianMs: Math.round(cpu[2]),
  findings,
  mobilePolicyProcessMs: Math.round(ours.ms),
  mobilePolicyProcessCpuMs: ours.cpuMs,
  spectralProcessMs: Math.round(spectral.ms),
  spectralProcessCpuMs: spectral.cpuMs,
  spectralRules: 12,
  spectralFindings,
  ratioProcess: +(spectral.ms / ours.ms).toFixed(1),
  ratioProcessCpu: +(spectral.cpuMs / ours.cpuMs).toFixed(1),
  loadAverage: (await import('node:os')).loadavg().map((x) => +x.toFixed(1)),
  node: process.version,
};
console.log(JSON.stringify(result, null, 2));
