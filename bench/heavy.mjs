#!/usr/bin/env node
// Benchmark: the heavy inputs of issue 16, each against a plain baseline in the same run.
//
//   node build.mjs && node bench/heavy.mjs [--runs 3] [--cli PATH/TO/dist/cli.js] [--only NAME]...
//
// 1. findings-heavy: `check` of a generated 100,000-file tree whose source files, three in four,
//    hold a distinct http:// URL (≈ 75,000 cleartext-URL failures), vs `grep -rIn http://` over it.
//    Targets: at most 3× grep's wall time, peak RSS under 300 MB.
// 2. rn-inventory: `inventory` of a generated 5,200-file React Native app with a 21,500-line
//    yarn.lock (3,800 packages), vs `node -e 0`. Target: within 1 s.
//    rn-real: the same for a real React Native app (mattermost-mobile at a pinned commit, from a
//    local mirror; skipped without one).
// 3. manifest-400: `check` of the same app, whose mobile-app.yaml declares 400 SDK entries, vs
//    `grep -rIn http://` over it.
// 4. cold-start: `--version` and `--help` vs `node -e 0`. Target: within 1.5× of `node -e 0`.
// 5. privacy-manifest: `check` of an app whose 2.8 MB PrivacyInfo.xcprivacy repeats one invalid
//    reason 100,000 times (100,001 findings before the cap), vs `grep -c` over the file. Peak < 300 MB.
// 6. manifest-lines: `check` of examples/android-bank whose 2.7 MB mobile-app.yaml repeats one
//    publishing-account line 30,000 times (over the 1 MiB manifest limit: refused), and
//    manifest-lines-1mib the same with 11,800 lines (1.0 MB, parsed), vs `grep -c`. Peak < 300 MB.
// Trees are generated (seeded, deterministic) into bench/.work/ once. `--cli` measures another
// build (e.g. one extracted from an older commit) against the same trees and baselines.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractMirror } from './lib/extract.mjs';
import { ensureRepo } from './lib/gen-repo.mjs';
import { GNU_TIME, buildId, fmtMB, fmtMs, load, machine, median, repeatInterleaved, table } from './lib/measure.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORK = path.join(ROOT, 'bench', '.work');
const { values } = parseArgs({ options: {
  runs: { type: 'string', default: '3' }, cli: { type: 'string' }, only: { type: 'string', multiple: true },
} });
const runs = Number(values.runs);
const CLI = path.resolve(values.cli ?? path.join(ROOT, 'dist', 'cli.js'));
if (!fs.existsSync(CLI)) { console.error(`${CLI} is missing: run \`node build.mjs\` first`); process.exit(2); }
if (!GNU_TIME) console.log('GNU time is missing (apt-get install -y time): peak memory and CPU are reported as n/a');

/** A generated tree, made once per generator version and parameters. */
function tree(name, params) {
  const dir = path.join(WORK, name);
  const g = ensureRepo(dir, params);
  if (g) console.log(`generated ${path.relative(ROOT, dir)}: ${g.files.toLocaleString('en')} files, ${(g.bytes / 2 ** 20).toFixed(1)} MiB in ${fmtMs(g.ms)}`);
  return dir;
}

/** A copy of `from` with one line of `file` repeated `times` times (made once). */
function repeatedLine(name, from, file, line, times, extra = {}) {
  const dir = path.join(WORK, name);
  const stamp = `${dir}.stamp`;
  const want = JSON.stringify({ from, file, line, times, extra });
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === want) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, from), dir, { recursive: true });
  for (const [f, text] of Object.entries(extra)) fs.writeFileSync(path.join(dir, f), text);
  const lines = fs.readFileSync(path.join(dir, file), 'utf8').split('\n');
  const at = lines.findIndex((l) => l.includes(line));
  lines.splice(at, 0, ...Array.from({ length: times }, () => lines[at]));
  fs.writeFileSync(path.join(dir, file), lines.join('\n'));
  fs.writeFileSync(stamp, want);
  return dir;
}

const node = (args) => [process.execPath, args, { env: { MOBILE_POLICY_NOW: '2026-12-06' } }];
const sh = (cmd, cwd) => ['sh', ['-c', cmd], { cwd }];
const grepCmd = "grep -rIn 'http://' . | wc -l";

/**
 * A public repository at a pinned commit, extracted once from its local git mirror
 * ($BENCH_MIRRORS/<owner>+<name> or /work/.mirror/<owner>+<name>/repo); undefined (the case is
 * skipped) without one. Nothing of it is committed here.
 */
function mirrorTree(name, mirror, commit) {
  const dir = path.join(WORK, 'repos-heavy', name);
  const stamp = `${dir}.stamp`;
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === commit) return dir;
  const gitDir = [process.env.BENCH_MIRRORS && path.join(process.env.BENCH_MIRRORS, mirror), `/work/.mirror/${mirror}/repo`].find((d) => d && fs.existsSync(d));
  if (!gitDir) { console.log(`${name}: no mirror of ${mirror} (fetch it first): skipped\n`); return undefined; }
  fs.rmSync(dir, { recursive: true, force: true });
  extractMirror(gitDir, dir, commit);
  fs.writeFileSync(stamp, commit);
  return dir;
}

/** `check` of examples/android-bank whose mobile-app.yaml repeats one publishing-account line `times` times. */
function manifestLines(name, times) {
  const dir = repeatedLine(name, 'examples/android-bank', 'mobile-app.yaml', 'accountOwner: vendor', times);
  return { dir, target: { mb: 300 }, rows: [
    ['mobile-policy check --format json', ...node([CLI, 'check', dir, '--format', 'json', '--fail-on', 'never']), (out) => {
      const j = JSON.parse(out);
      const refused = j.findings.some((f) => f.ruleId === 'manifest/unreadable');
      return `${refused ? 'manifest refused (over the limit); ' : ''}${j.findings.length.toLocaleString('en')} findings listed; ${(j.summary.error + j.summary.warning + j.summary.note).toLocaleString('en')} in all`;
    }],
    ["grep -c 'accountOwner' mobile-app.yaml", ...sh("grep -c 'accountOwner' mobile-app.yaml", dir), (out) => `${Number(out.trim()).toLocaleString('en')} lines`],
  ] };
}

const CASES = {
  'findings-heavy': () => {
    const dir = tree('urls-100000', { files: 100000, seed: 1, layout: 'urls' });
    return { dir, target: { ratio: 3, mb: 300 }, rows: [
      ['mobile-policy check --format json', ...node([CLI, 'check', dir, '--format', 'json', '--fail-on', 'never']), (out) => {
        const j = JSON.parse(out);
        const omitted = j.findings.reduce((n, f) => n + (f.omitted ?? 0), 0);
        return `${j.findings.length.toLocaleString('en')} findings listed, ${omitted.toLocaleString('en')} more counted; ${j.summary.error.toLocaleString('en')} errors`;
      }],
      [grepCmd, ...sh(grepCmd, dir), (out) => `${Number(out.trim()).toLocaleString('en')} lines`],
    ] };
  },
  'rn-inventory': () => {
    const dir = tree('rn-yarn-5200', { files: 5200, seed: 1, layout: 'rn-yarn' });
    return { dir, target: { ms: 1000, mb: 300 }, rows: [
      ['mobile-policy inventory --format json', ...node([CLI, 'inventory', dir, '--format', 'json']), (out) => `${JSON.parse(out).components.length.toLocaleString('en')} components`],
      ['node -e 0', ...node(['-e', '0']), () => ''],
    ] };
  },
  // The kind of app, real: a public React Native app (4,100 files, a 22,000-line
  // package-lock.json, Podfile.lock), extracted at a pinned commit from a local mirror.
  'rn-real': () => {
    const dir = mirrorTree('mattermost-mobile', 'mattermost+mattermost-mobile', '06ed862d222012d7c9d0d9fc6111399ad60cf7fa');
    if (!dir) return undefined;
    return { dir, target: { ms: 1000, mb: 300 }, rows: [
      ['mobile-policy inventory --format json', ...node([CLI, 'inventory', dir, '--format', 'json']), (out) => `${JSON.parse(out).components.length.toLocaleString('en')} components`],
      ['node -e 0', ...node(['-e', '0']), () => ''],
    ] };
  },
  'manifest-400': () => {
    const dir = tree('rn-yarn-5200', { files: 5200, seed: 1, layout: 'rn-yarn' });
    return { dir, target: { mb: 300 }, rows: [
      ['mobile-policy check --format json (400 sdks[] entries)', ...node([CLI, 'check', dir, '--format', 'json', '--fail-on', 'never']), (out) => {
        const j = JSON.parse(out);
        return `${j.findings.length} findings (${j.findings.filter((f) => f.ruleId === 'nfra/sdk-declared').length} sdk-declared)`;
      }],
      [grepCmd, ...sh(grepCmd, dir), (out) => `${Number(out.trim()).toLocaleString('en')} lines`],
    ] };
  },
  'privacy-manifest': () => {
    const manifest = fs.readFileSync(path.join(ROOT, 'examples/clean-android-bank/mobile-app.yaml'), 'utf8').replace('kinds: [android]', 'kinds: [android, ios]');
    const dir = repeatedLine('privacy-100000', 'test/fixtures/platform/flutter-app', 'ios/Runner/PrivacyInfo.xcprivacy', '<string>35F9.1</string>', 100000, { 'mobile-app.yaml': manifest });
    return { dir, target: { mb: 300 }, rows: [
      ['mobile-policy check --format sarif', ...node([CLI, 'check', dir, '--format', 'sarif', '--fail-on', 'never']), (out) => {
        const results = JSON.parse(out).runs[0].results;
        return `${results.length.toLocaleString('en')} results, ${results.reduce((n, r) => n + (r.properties.omitted ?? 0), 0).toLocaleString('en')} more counted`;
      }],
      ["grep -c '35F9.1' PrivacyInfo.xcprivacy", ...sh("grep -c '35F9.1' ios/Runner/PrivacyInfo.xcprivacy", dir), (out) => `${Number(out.trim()).toLocaleString('en')} lines`],
    ] };
  },
  'manifest-lines': () => manifestLines('manifest-30000', 30000),
  // Just under the 1 MiB manifest limit (MAX_MANIFEST_BYTES): the largest manifest that is parsed.
  'manifest-lines-1mib': () => manifestLines('manifest-11800', 11800),
  'cold-start': () => ({ dir: ROOT, target: { ratio: 1.5 }, rows: [
    ['mobile-policy --version', ...node([CLI, '--version']), (out) => out.trim()],
    ['mobile-policy --help', ...node([CLI, '--help']), (out) => `${out.split('\n').length} lines`],
    ['node -e 0', ...node(['-e', '0']), () => ''],
  ] }),
};

console.log(`machine: ${machine()}\nbuild: ${values.cli ? CLI : buildId(ROOT)}\ndate: ${new Date().toISOString()}\nruns: ${runs} each, taking turns within a case (median wall, min wall, median CPU user+sys, median peak RSS)\nload average (1/5/15 min) before: ${load()}\n`);
const verdicts = [];
for (const [name, make] of Object.entries(CASES)) {
  if (values.only?.length && !values.only.includes(name)) continue;
  const c = make();
  if (!c) continue;
  // The commands of a case take turns (tool, baseline, tool, …): the ratio is the median of each
  // round's, so that the machine's drift during the case does not favour either side.
  const { summaries: measured, ratios } = repeatInterleaved(runs, c.rows.map(([, cmd, args, opts]) => [cmd, args, opts]));
  const rows = c.rows.map(([label, , , , describe], k) => {
    const r = measured[k];
    let result;
    try { result = describe(r.last.stdout.toString('utf8')); } catch (e) { result = `unreadable output (exit ${r.last.code}): ${e.message}`; }
    return [label, fmtMs(r.ms), fmtMs(r.min), fmtMs(r.cpuMs), fmtMB(r.rssMB), result];
  });
  const [tool, ...baselines] = measured;
  const base = baselines.at(-1);
  const ratio = median(ratios);
  console.log(`## ${name} (${path.relative(ROOT, c.dir) || '.'})\n\n${table(['command', 'wall (median)', 'wall (min)', 'CPU', 'peak RSS', 'result'], rows)}\n`);
  const checks = [];
  if (c.target.ratio) {
    const worst = name === 'cold-start' ? Math.max(measured[0].ms, measured[1].ms) / base.ms : ratio;
    const range = name === 'cold-start' ? '' : ` (median of ${runs} rounds; ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×)`;
    checks.push(`wall ${worst.toFixed(2)}× the baseline${range} (target ≤ ${c.target.ratio}×): ${worst <= c.target.ratio ? 'MET' : 'MISSED'}`);
  }
  if (c.target.ms) checks.push(`wall ${fmtMs(tool.ms)} (target ≤ ${fmtMs(c.target.ms)}; CPU ${fmtMs(tool.cpuMs)}): ${tool.ms <= c.target.ms ? 'MET' : 'MISSED'}`);
  if (c.target.mb && tool.rssMB !== null) checks.push(`peak ${fmtMB(tool.rssMB)} (target < ${c.target.mb} MB): ${tool.rssMB < c.target.mb ? 'MET' : 'MISSED'}`);
  console.log(`${checks.join('; ')}\n`);
  verdicts.push(`${name}: ${checks.join('; ')}`);
}
console.log(`load average after: ${load()}\n\n${verdicts.join('\n')}`);
