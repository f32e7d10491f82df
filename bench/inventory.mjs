#!/usr/bin/env node
// Benchmark: `mobile-policy inventory` vs `@cyclonedx/cdxgen` on real public mobile app
// repositories and a synthetic 5,000-file app repository: wall time, peak memory, components.
//
//   node build.mjs && node bench/inventory.mjs [--runs 3] [--cdxgen-runs 1] [--only NAME]...
//
// Repositories are read from bench/.work/repos/<name> (gitignored). A missing one is extracted
// from a local git mirror when one is found (/work/.mirror/<owner>+<name>/repo, or
// $BENCH_MIRRORS/<owner>+<name>), else skipped with the commands to get it.
// cdxgen runs in its no-build mode: `--lifecycle pre-build --no-install-deps --exclude-type gradle`
// with COCOA_FULL_SCAN=false (see bench/README.md for why each flag is needed).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractMirror } from './lib/extract.mjs';
import { generateRepo } from './lib/gen-repo.mjs';
import { GNU_TIME, buildId, fmtMB, fmtMs, load, machine, repeat, table } from './lib/measure.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORK = path.join(ROOT, 'bench', '.work');
const OUT = path.join(WORK, 'out');
const CLI = path.join(ROOT, 'dist', 'cli.js');
// cdxgen is installed on demand outside the project's lockfile (its platform-specific optional
// packages do not lock portably): npm install --prefix bench/.work/tools @cyclonedx/cdxgen@12.8.4
const CDXGEN = path.join(ROOT, 'bench', '.work', 'tools', 'node_modules', '@cyclonedx', 'cdxgen', 'bin', 'cdxgen.js');

const { values } = parseArgs({ options: {
  runs: { type: 'string', default: '3' }, 'cdxgen-runs': { type: 'string', default: '1' },
  only: { type: 'string', multiple: true }
} });

export const REPOS = [
  ['android/nowinandroid', 'nowinandroid', 'Android, Kotlin DSL, version catalog'],
  ['mattermost/mattermost-mobile', 'mattermost-mobile', 'React Native, npm lock v3, Podfile.lock, Gradle'],
  ['AppFlowy-IO/AppFlowy', 'AppFlowy', 'Flutter, pubspec.lock, Podfile.lock ×6, Gradle, Rust'],
  ['home-assistant/iOS', 'iOS', 'iOS, SwiftPM, Podfile.lock'],
  ['13046434521/HarmonyBilibili', 'HarmonyBilibili', 'HarmonyOS, ohpm'],
];
const SYNTH = { name: 'synthetic-app-5k', files: 5000, seed: 5000, layout: 'app' };

function countFiles(dir) {
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === '.git') continue;
    if (e.isDirectory()) n += countFiles(path.join(dir, e.name));
    else n++;
  }
  return n;
}

function ensureRepo(full, name) {
  const dir = path.join(WORK, 'repos', name);
  if (fs.existsSync(dir)) return dir;
  const key = full.replace('/', '+');
  const candidates = [process.env.BENCH_MIRRORS && path.join(process.env.BENCH_MIRRORS, key), `/work/.mirror/${key}/repo`].filter(Boolean);
  const mirror = candidates.find((c) => fs.existsSync(path.join(c, 'HEAD')));
  if (!mirror) {
    console.log(`skip ${name}: ${path.relative(ROOT, dir)} is missing. Get it with\n` +
      `  git clone --mirror https://github.com/${full} /tmp/${key}   (or the agent's fetch tool: github:${full})\n` +
      `  node bench/lib/extract.mjs /tmp/${key} ${path.relative(ROOT, dir)}`);
    return null;
  }
  const r = extractMirror(mirror, dir);
  console.log(`extracted ${full} from ${mirror}: ${r.written} files (${r.missing.length} blobs missing from the mirror)`);
  return dir;
}

function ensureSynthetic() {
  const dir = path.join(WORK, SYNTH.name);
  const stamp = `${dir}.stamp`;
  const want = JSON.stringify(SYNTH) + fs.statSync(path.join(ROOT, 'bench', 'lib', 'gen-repo.mjs')).mtimeMs;
  if (!fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8') !== want) {
    const r = generateRepo(dir, SYNTH);
    fs.writeFileSync(stamp, want);
    console.log(`generated ${SYNTH.name}: ${r.files} files, ${(r.bytes / 2 ** 20).toFixed(1)} MiB`);
  }
  return dir;
}

function byEcosystem(purls) {
  const t = {};
  for (const p of purls) { const k = p ? p.slice(4, p.indexOf('/')) : '(no purl)'; t[k] = (t[k] ?? 0) + 1; }
  return Object.entries(t).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
}

function runMobilePolicy(dir, runs) {
  const r = repeat(runs, process.execPath, [CLI, 'inventory', dir, '--format', 'json']);
  let comps = null;
  try { comps = JSON.parse(r.last.stdout.toString('utf8')).components; } catch { /* reported below */ }
  return { ...r, count: comps?.length ?? 'error', eco: comps ? byEcosystem(comps.map((c) => c.purl)) : r.last.stderr.toString().slice(0, 200) };
}

// Without `--exclude-type gradle`, cdxgen runs the repository's own ./gradlew (even in
// pre-build mode), i.e. code from the scanned repository: never done here.
function runCdxgen(dir, name, runs) {
  fs.mkdirSync(OUT, { recursive: true });
  const out = path.join(OUT, `cdxgen-${name}.json`);
  fs.rmSync(out, { force: true });
  const args = [CDXGEN, '--lifecycle', 'pre-build', '--no-install-deps', '--exclude-type', 'gradle', '-o', out, dir];
  const r = repeat(runs, process.execPath, args, { env: { COCOA_FULL_SCAN: 'false', FETCH_LICENSE: 'false', CDXGEN_DEBUG_MODE: '' } });
  let comps = null;
  try { comps = JSON.parse(fs.readFileSync(out, 'utf8')).components ?? []; } catch { /* no BOM written */ }
  return { ...r, count: comps?.length ?? `failed (exit ${r.last.code})`, eco: comps ? byEcosystem(comps.map((c) => c.purl)) : r.last.stderr.toString().split('\n').filter(Boolean).slice(-2).join(' ').slice(0, 160) };
}

if (!fs.existsSync(CLI)) { console.error('dist/cli.js is missing: run `node build.mjs` first'); process.exit(2); }
const haveCdxgen = fs.existsSync(CDXGEN);
if (!haveCdxgen) console.log('cdxgen is not installed (npm install --prefix bench/.work/tools @cyclonedx/cdxgen@12.8.4): only mobile-policy is measured');
if (!GNU_TIME) console.log('GNU time is missing (apt-get install -y time): peak memory is reported as n/a');

const runs = Number(values.runs);
const cdxRuns = Number(values['cdxgen-runs']);
const targets = [];
for (const [full, name, kind] of REPOS) {
  if (values.only && !values.only.includes(name)) continue;
  const dir = ensureRepo(full, name);
  if (dir) targets.push({ name: full, kind, dir });
}
if (!values.only || values.only.includes(SYNTH.name)) targets.push({ name: SYNTH.name, kind: 'generated React Native + native modules', dir: ensureSynthetic() });

console.log(`\nmachine: ${machine()}\nbuild: ${buildId(ROOT)}\ndate: ${new Date().toISOString()}\nmobile-policy runs: ${runs} (median), cdxgen runs: ${cdxRuns} (median)\nload average (1/5/15 min) before: ${load()}\n`);
const rows = [];
for (const t of targets) {
  const files = countFiles(t.dir);
  const mp = runMobilePolicy(t.dir, runs);
  rows.push([t.name, files.toLocaleString('en'), 'mobile-policy inventory', fmtMs(mp.ms), fmtMs(mp.cpuMs), fmtMB(mp.rssMB), mp.count, mp.eco]);
  process.stdout.write(`${t.name}: mobile-policy ${fmtMs(mp.ms)} ${fmtMB(mp.rssMB)} ${mp.count}`);
  if (haveCdxgen) {
    const cx = runCdxgen(t.dir, path.basename(t.dir), cdxRuns);
    rows.push(['', '', 'cdxgen (no build)', fmtMs(cx.ms), fmtMs(cx.cpuMs), fmtMB(cx.rssMB), cx.count, cx.eco]);
    process.stdout.write(`; cdxgen ${fmtMs(cx.ms)} ${fmtMB(cx.rssMB)} ${cx.count}`);
  }
  process.stdout.write('\n');
}
const startup = repeat(runs, process.execPath, [CLI, '--help']);
console.log(`\n${table(['repository', 'files', 'tool', 'wall (median)', 'CPU user+sys', 'peak RSS', 'components', 'by purl type'], rows)}\n\n` +
  `mobile-policy startup floor (node dist/cli.js --help): ${fmtMs(startup.ms)} wall, ${fmtMs(startup.cpuMs)} CPU, ${fmtMB(startup.rssMB)}\nload average after: ${load()}`);
