#!/usr/bin/env node
// Benchmark: vendor SDK identification on public Chinese apps against hand-made labels
// (labels.yaml). Per repository: SDKs by hand, found (a component carries the labelled
// evidence), mapped (that component names the labelled catalogue entry, as its SDK or as an SDK
// it bundles), and the time of `mobile-policy inventory` next to cdxgen's in the same run.
//
//   node build.mjs && node bench/sdk-identification/run.mjs [--only NAME]... [--no-cdxgen] [--verbose] [--cli PATH]
//
// --cli runs another build of mobile-policy (an older commit's dist/cli.js) for a before/after.
//
// Repositories are extracted into bench/.work/repos/<name> from the fetched git mirrors
// (/work/.mirror/<owner>+<name>/repo or $BENCH_MIRRORS). cdxgen is installed on first use into
// bench/.work/tools (not a project dependency) and runs in the no-build mode of bench/inventory.mjs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { extractMirror } from '../lib/extract.mjs';
import { fmtMs, load, machine, buildId, measure, table } from '../lib/measure.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const WORK = path.join(ROOT, 'bench', '.work');
const CDXGEN_VERSION = '12.8.4';
const TOOLS = path.join(WORK, 'tools');
const CDXGEN = path.join(TOOLS, 'node_modules', '@cyclonedx', 'cdxgen', 'bin', 'cdxgen.js');

const { values } = parseArgs({ options: { only: { type: 'string', multiple: true }, 'no-cdxgen': { type: 'boolean' }, verbose: { type: 'boolean' }, cli: { type: 'string' } } });
const CLI = path.resolve(values.cli ?? path.join(ROOT, 'dist', 'cli.js'));

const labels = parse(fs.readFileSync(path.join(ROOT, 'bench', 'sdk-identification', 'labels.yaml'), 'utf8'));
const catalogIds = new Set();
for (const f of fs.readdirSync(path.join(ROOT, 'policies', 'catalog')).filter((f) => f.endsWith('.yaml'))) {
  for (const s of parse(fs.readFileSync(path.join(ROOT, 'policies', 'catalog', f), 'utf8')).sdks ?? []) {
    catalogIds.add(s.id);
    for (const a of s.aliases ?? []) catalogIds.add(a);
  }
}

function ensureRepo(full, name, commit) {
  const dir = path.join(WORK, 'repos', name);
  if (fs.existsSync(dir)) return dir;
  const key = full.replace('/', '+');
  const mirror = [process.env.BENCH_MIRRORS && path.join(process.env.BENCH_MIRRORS, key), `/work/.mirror/${key}/repo`].filter(Boolean).find((c) => fs.existsSync(path.join(c, 'HEAD')));
  if (!mirror) {
    console.log(`skip ${name}: no mirror. Get it with: git clone --mirror https://github.com/${full} /tmp/${key} (or the fetch tool: github:${full}), then BENCH_MIRRORS=/tmp`);
    return null;
  }
  const r = extractMirror(mirror, dir, commit);
  console.log(`extracted ${full}@${commit.slice(0, 8)}: ${r.written} files (${r.missing.length} blobs missing from the mirror${r.missing.length ? `: ${r.missing.join(', ')}` : ''})`);
  return dir;
}

function ensureCdxgen() {
  if (fs.existsSync(CDXGEN)) return true;
  fs.mkdirSync(TOOLS, { recursive: true });
  console.log(`installing @cyclonedx/cdxgen@${CDXGEN_VERSION} into ${path.relative(ROOT, TOOLS)} ...`);
  const r = spawnSync('npm', ['install', '--prefix', TOOLS, '--no-audit', '--no-fund', `@cyclonedx/cdxgen@${CDXGEN_VERSION}`], { stdio: 'inherit' });
  return r.status === 0 && fs.existsSync(CDXGEN);
}

const glob = (p) => new RegExp(`^${p.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'i');
const purlBase = (p) => p.replace(/[?#].*$/, '').replace(/@[^/@]*$/, '');

/** Inventory components carrying one of the evidence items. */
function matching(components, evidence) {
  return components.filter((c) => evidence.some((e) => (e.startsWith('pkg:')
    ? glob(e).test(decodeURIComponent(purlBase(c.purl))) || glob(e).test(decodeURIComponent(c.purl.replace(/[?].*$/, '').replace(/@[^/#]*/, '')))
    : c.locations.some((l) => l.file === e))));
}

/** cdxgen components carrying the evidence: purl pattern, or the binary's base name anywhere in the component. */
function cdxMatching(components, evidence) {
  return components.filter((c) => evidence.some((e) => {
    if (e.startsWith('pkg:')) return !!c.purl && glob(e).test(decodeURIComponent(purlBase(c.purl)));
    const base = path.basename(e).replace(/\.(jar|aar|so|a|framework|xcframework)$/, '').replace(/^lib/, '').toLowerCase();
    return JSON.stringify(c).toLowerCase().includes(base);
  }));
}

if (!fs.existsSync(CLI)) { console.error('dist/cli.js is missing: run `node build.mjs` first'); process.exit(2); }
const withCdxgen = !values['no-cdxgen'] && ensureCdxgen();
if (!values['no-cdxgen'] && !withCdxgen) console.log('cdxgen could not be installed: only mobile-policy is measured');

console.log(`\nmachine: ${machine()}\nbuild: ${values.cli ? CLI : buildId(ROOT)}\ndate: ${new Date().toISOString()}\ncatalogue: ${catalogIds.size} ids and aliases\nload average before: ${load()}\n`);
const rows = [];
const gaps = [];
const totals = { hand: 0, catalogued: 0, found: 0, mapped: 0, cdxFound: 0 };
for (const r of labels.repos) {
  if (values.only && !values.only.includes(r.name)) continue;
  const dir = ensureRepo(r.repo, r.name, r.commit);
  if (!dir) continue;
  const mp = measure(process.execPath, [CLI, 'inventory', dir, '--format', 'json']);
  const components = JSON.parse(mp.stdout.toString('utf8')).components;
  let cx = null;
  let cdxComponents = null;
  if (withCdxgen) {
    const out = path.join(WORK, 'out', `cdxgen-sdk-${r.name}.json`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.rmSync(out, { force: true });
    // Without `--exclude-type gradle` cdxgen runs the repository's own ./gradlew: never done here.
    cx = measure(process.execPath, [CDXGEN, '--lifecycle', 'pre-build', '--no-install-deps', '--exclude-type', 'gradle', '-o', out, dir],
      { env: { COCOA_FULL_SCAN: 'false', FETCH_LICENSE: 'false', CDXGEN_DEBUG_MODE: '' } });
    try { cdxComponents = JSON.parse(fs.readFileSync(out, 'utf8')).components ?? []; } catch { cdxComponents = null; }
  }
  const counted = r.sdks.filter((s) => s.snapshot !== 'missing');
  let found = 0;
  let mapped = 0;
  let catalogued = 0;
  let cdxFound = 0;
  for (const s of counted) {
    const inCatalogue = catalogIds.has(s.id);
    const hits = matching(components, s.evidence);
    const ok = hits.some((c) => c.sdk?.id === s.id || (c.sdk?.bundles ?? []).some((b) => b.id === s.id));
    if (inCatalogue) catalogued++;
    if (hits.length) found++;
    if (ok) mapped++;
    if (cdxComponents && cdxMatching(cdxComponents, s.evidence).length) cdxFound++;
    if (!hits.length || !ok) {
      gaps.push([r.name, s.id, inCatalogue ? 'yes' : 'no', hits.length ? 'yes' : 'no',
        hits.length ? [...new Set(hits.map((c) => `${c.name}→${c.sdk?.id ?? 'null'}`))].join(', ').slice(0, 90) : s.evidence[0], s.via ?? s.note ?? '']);
    }
    if (values.verbose) console.log(`  ${r.name} ${s.id}: ${hits.length ? 'found' : 'NOT FOUND'}${ok ? ', mapped' : ''}`);
  }
  totals.hand += counted.length;
  totals.catalogued += catalogued;
  totals.found += found;
  totals.mapped += mapped;
  totals.cdxFound += cdxFound;
  const skipped = r.sdks.length - counted.length;
  rows.push([r.name, r.kind, `${counted.length}${skipped ? ` (+${skipped} missing from snapshot)` : ''}`, catalogued, found, mapped, fmtMs(mp.ms),
    cx ? (cdxComponents ? cdxFound : `failed (exit ${cx.code})`) : 'n/a', cx ? fmtMs(cx.ms) : 'n/a']);
}
rows.push(['total', '', totals.hand, totals.catalogued, totals.found, totals.mapped, '', withCdxgen ? totals.cdxFound : 'n/a', '']);
console.log(table(['repository', 'kind', 'SDKs by hand', 'in catalogue', 'found', 'mapped', 'mobile-policy', 'cdxgen found', 'cdxgen'], rows));
console.log(`\nfound ${totals.found}/${totals.hand} (${((100 * totals.found) / totals.hand).toFixed(0)} %), mapped to the right entry ${totals.mapped}/${totals.hand} (${((100 * totals.mapped) / totals.hand).toFixed(0)} %)`);
if (gaps.length) console.log(`\nNot found or not mapped:\n${table(['repository', 'SDK (label id)', 'in catalogue', 'found', 'components (→ sdk)', 'how it ships'], gaps)}`);
console.log(`\nload average after: ${load()}`);
