#!/usr/bin/env node
// Precision and recall of `mobile-policy check` on real public apps, against hand-checked labels.
//
//   node build.mjs && node bench/precision/run.mjs [--only NAME]... [--unlabelled] [--strict]
//
// For each app of corpus.yaml: the repository is extracted at its pinned commit into
// bench/.work/precision/<name> (from a local git mirror: $BENCH_MIRRORS/<owner>+<name> or
// /work/.mirror/<owner>+<name>/repo; nothing of those projects is committed here), our own
// filled-in manifest (bench/precision/<name>/mobile-app.yaml) is copied to its root, and
// `check --format json` runs on it. Each repository finding (one not located in the manifest) is
// matched with labels.yaml by rule, file and line: a `true` label is a true positive, a `false`
// label a false positive; a finding with no label is listed (--unlabelled prints them all) and
// makes --strict fail. Recall is the share of `true` labels that were reported.
// Then `init` drafts a manifest for the same tree: its `sdks` entries are compared with the
// hand-counted vendor SDKs and vendored binaries of labels.yaml, and `check` on the unfilled
// draft must report each TODO line once.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { extractMirror } from '../lib/extract.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const HERE = path.join(ROOT, 'bench', 'precision');
const WORK = path.join(ROOT, 'bench', '.work', 'precision');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const NOW = '2026-12-05';

const { values } = parseArgs({ options: {
  only: { type: 'string', multiple: true },
  unlabelled: { type: 'boolean', default: false },
  strict: { type: 'boolean', default: false },
} });

const corpus = YAML.parse(fs.readFileSync(path.join(HERE, 'corpus.yaml'), 'utf8'));

function ensureTree(app) {
  const dir = path.join(WORK, app.name);
  const stamp = path.join(WORK, `${app.name}.commit`);
  if (fs.existsSync(dir) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === app.commit) return dir;
  const key = app.repo.replace('/', '+');
  const mirrors = [process.env.BENCH_MIRRORS && path.join(process.env.BENCH_MIRRORS, key), `/work/.mirror/${key}/repo`].filter(Boolean);
  const mirror = mirrors.find((m) => fs.existsSync(path.join(m, 'HEAD')));
  if (!mirror) {
    console.log(`skip ${app.name}: no mirror of ${app.repo}. Get one with\n  git clone --mirror https://github.com/${app.repo} "$BENCH_MIRRORS/${key}"`);
    return undefined;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  extractMirror(mirror, dir, app.commit);
  fs.writeFileSync(stamp, app.commit);
  return dir;
}

function run(args, cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 2 ** 28,
    env: { ...process.env, MOBILE_POLICY_NOW: NOW, MOBILE_POLICY_LANG: 'en', NO_COLOR: '1' } });
  if (r.status !== 0 && r.status !== 1) throw new Error(`mobile-policy ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

const at = (label, l) => label.file === l.file && (label.line === undefined || label.line === (l.line ?? 0));
// A finding is judged by the label at its own location; a true label is reported when it is the
// finding's location or one of its related locations (one finding per problem: the same URL in
// two string files is one finding with the second as a related location).
const same = (label, f) => label.rule === f.ruleId && at(label, f.location);
const covers = (label, f) => label.rule === f.ruleId && (at(label, f.location) || (f.related ?? []).some((l) => at(label, l)));

function precision(app, dir, labels) {
  fs.copyFileSync(path.join(HERE, app.name, 'mobile-app.yaml'), path.join(dir, 'mobile-app.yaml'));
  const report = JSON.parse(run(['check', dir, '--format', 'json']));
  const all = report.findings.filter((f) => !f.waived);
  const repoFindings = all.filter((f) => f.location.file !== 'mobile-app.yaml');
  const tp = []; const fp = []; const unlabelled = [];
  for (const f of repoFindings) {
    const label = labels.findings.find((l) => same(l, f));
    (label ? (label.verdict ? tp : fp) : unlabelled).push(f);
  }
  const trueLabels = labels.findings.filter((l) => l.verdict);
  const missed = trueLabels.filter((l) => !repoFindings.some((f) => covers(l, f)));
  return { manifestFindings: all.length - repoFindings.length, repoFindings, tp, fp, unlabelled, trueLabels, missed, scope: report.apps?.[0]?.scope };
}

function draft(app, dir) {
  const manifest = path.join(dir, 'mobile-app.yaml');
  fs.rmSync(manifest, { force: true });
  const text = run(['init', dir, '--stdout']);
  const doc = YAML.parse(text);
  fs.writeFileSync(manifest, text);
  const report = JSON.parse(run(['check', dir, '--format', 'json']));
  fs.rmSync(manifest);
  const todoLines = text.split('\n').map((l, i) => (/\bTODO\b/.test(l.replace(/#.*$/, '')) ? i + 1 : 0)).filter(Boolean);
  const perLine = new Map();
  for (const f of report.findings) {
    if (f.location.file !== 'mobile-app.yaml' || !todoLines.includes(f.location.line)) continue;
    perLine.set(f.location.line, (perLine.get(f.location.line) ?? 0) + 1);
  }
  const repeated = [...perLine.values()].filter((n) => n > 1).length;
  const unreported = todoLines.filter((l) => !perLine.has(l)).length;
  return { sdks: (doc.sdks ?? []).length, sdkIds: (doc.sdks ?? []).map((s) => s.id), todoLines: todoLines.length, repeated, unreported };
}

const rows = [];
let failed = false;
for (const app of corpus) {
  if (values.only && !values.only.includes(app.name)) continue;
  const dir = ensureTree(app);
  if (!dir) continue;
  const labels = YAML.parse(fs.readFileSync(path.join(HERE, app.name, 'labels.yaml'), 'utf8'));
  const p = precision(app, dir, labels);
  const d = draft(app, dir);
  const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)} %` : 'n/a');
  rows.push([app.name, app.stack, p.repoFindings.length, p.tp.length, p.fp.length, p.unlabelled.length,
    pct(p.tp.length, p.tp.length + p.fp.length), `${p.trueLabels.length - p.missed.length}/${p.trueLabels.length}`,
    `${d.sdks} / ${labels.vendorSdks.length}`, `${d.todoLines} / ${d.repeated} / ${d.unreported}`]);
  const show = (title, list) => { if (list.length) console.log(`  ${title}:\n${list.map((f) => `    ${f.ruleId ?? f.rule} ${f.location?.file ?? f.file}:${f.location?.line ?? f.line ?? ''}  ${f.message?.split('\n')[0] ?? f.note ?? ''}`).join('\n')}`); };
  console.log(`\n## ${app.name} (${app.repo} @ ${app.commit.slice(0, 12)})`);
  if (p.scope) console.log(`  scope: ${JSON.stringify(p.scope).slice(0, 300)}`);
  show('false positives', p.fp);
  show('missed true findings', p.missed);
  if (values.unlabelled) show('unlabelled', p.unlabelled);
  else if (p.unlabelled.length) console.log(`  ${p.unlabelled.length} unlabelled findings (--unlabelled lists them)`);
  const extra = d.sdks > labels.vendorSdks.length ? d.sdkIds.filter((id) => !labels.vendorSdks.includes(id)) : [];
  if (extra.length) console.log(`  init drafted sdks beyond the hand count: ${extra.join(', ')}`);
  if (p.fp.length || p.missed.length || (values.strict && p.unlabelled.length) || d.repeated || d.unreported || extra.length) failed = true;
}

const head = ['app', 'stack', 'repo findings', 'true', 'false', 'unlabelled', 'precision', 'recall (found/true labels)', 'init sdks / vendor SDKs', 'draft TODO lines / repeated / unreported'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
console.log(`\n${line(head)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${rows.map(line).join('\n')}`);
const sum = (i) => rows.reduce((a, r) => a + r[i], 0);
const tp = sum(3); const fp = sum(4);
console.log(`\nall: ${sum(2)} repository findings, ${tp} true, ${fp} false, ${sum(5)} unlabelled; precision ${tp + fp ? ((100 * tp) / (tp + fp)).toFixed(1) : 'n/a'} %`);
console.log(`build ${execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim()}, MOBILE_POLICY_NOW=${NOW}`);
process.exit(failed ? 1 : 0);
