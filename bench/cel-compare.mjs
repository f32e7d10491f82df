#!/usr/bin/env node
// Compares @marcbachmann/cel-js and @bufbuild/cel on the built-in pack (docs/decisions/0003-cel-library.md):
// compile time, evaluation time over 1,000 manifests, error messages, custom functions, limits.
// Run from the repository root: node bench/cel-compare.mjs [manifests=1000]
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import YAML from 'yaml';
import { Environment } from '@marcbachmann/cel-js';
import * as buf from '@bufbuild/cel';

const N = Number(process.argv[2] ?? 1000);
const PACK = 'policies/nfra-2024-99';
const NOW = new Date('2026-06-30T00:00:00Z');

// The engine itself (cel-js), bundled so this script stays plain JavaScript.
const out = path.resolve('bench/.work/engine.js');
await build({
  entryPoints: ['src/engine/index.ts'], outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'silent',
  banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
});
const engine = await import(pathToFileURL(out).href);

// ---------------------------------------------------------------- expressions of the pack
const exprs = [];
for (const f of fs.readdirSync(`${PACK}/rules`).sort()) {
  const r = YAML.parse(fs.readFileSync(`${PACK}/rules/${f}`, 'utf8'));
  for (const k of ['when', 'each', 'assert']) if (r[k]) exprs.push({ id: r.id, key: k, src: r[k] });
  for (const [k, v] of Object.entries(r.vars ?? {})) exprs.push({ id: r.id, key: `vars.${k}`, src: v });
}

// ---------------------------------------------------------------- helpers, for both libraries
const field = (o, k) => (o == null ? undefined : typeof o.get === 'function' ? o.get(k) : o[k]);
const parseDate = (v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) && !Number.isNaN(Date.parse(v)) ? new Date(v) : undefined);
const day = (d) => Math.floor(d.getTime() / 86400000);
const daysSince = (v) => { const d = parseDate(v); return d ? BigInt(day(NOW) - day(d)) : 1000000n; };
const daysUntil = (v) => { const d = parseDate(v); return d ? BigInt(day(d) - day(NOW)) : -1000000n; };
const filled = (v) => (v == null ? false : typeof v === 'string' ? v.trim() !== '' : Array.isArray(v) ? v.length > 0 : typeof v.size === 'number' ? v.size > 0 : typeof v === 'object' ? Object.keys(v).length > 0 : true);
const recent = (v, n) => { const a = daysSince(v); return a >= 0n && a <= BigInt(n); };
const fresh = (o, n) => recent(field(o, 'date'), n) && field(o, 'result') !== 'fail';
const vAtLeast = (a, b) => { const p = (s) => String(s).split('.').map(Number); const x = p(a); const y = p(b); for (let i = 0; i < Math.max(x.length, y.length); i++) { if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0); } return true; };

function celjsEnv() {
  return new Environment({ enableOptionalTypes: true, homogeneousAggregateLiterals: false, limits: { maxAstNodes: 1000, maxDepth: 60 } })
    .registerVariable('manifest', 'map').registerVariable('facts', 'map').registerVariable('now', 'google.protobuf.Timestamp')
    .registerVariable('params', 'map').registerVariable('stage', 'string').registerVariable('item', 'dyn').registerVariable('index', 'int').registerVariable('vars', 'map')
    .registerFunction('daysSince(dyn): int', daysSince).registerFunction('daysUntil(dyn): int', daysUntil)
    .registerFunction('isDate(dyn): bool', (v) => !!parseDate(v)).registerFunction('filled(dyn): bool', filled)
    .registerFunction('recent(dyn, dyn): bool', recent).registerFunction('fresh(dyn, dyn): bool', fresh)
    .registerFunction('versionAtLeast(dyn, dyn): bool', vAtLeast);
}
const D = buf.CelScalar.DYN;
const bufEnv = buf.celEnv({
  funcs: [
    buf.celFunc('daysSince', [D], buf.CelScalar.INT, daysSince), buf.celFunc('daysUntil', [D], buf.CelScalar.INT, daysUntil),
    buf.celFunc('isDate', [D], buf.CelScalar.BOOL, (v) => !!parseDate(v)), buf.celFunc('filled', [D], buf.CelScalar.BOOL, filled),
    buf.celFunc('recent', [D, buf.CelScalar.INT], buf.CelScalar.BOOL, recent), buf.celFunc('fresh', [D, buf.CelScalar.INT], buf.CelScalar.BOOL, fresh),
    buf.celFunc('versionAtLeast', [D, D], buf.CelScalar.BOOL, vAtLeast),
  ],
});

function time(fn, reps = 1) {
  const t = process.hrtime.bigint();
  let r;
  for (let i = 0; i < reps; i++) r = fn();
  return { ms: Number(process.hrtime.bigint() - t) / 1e6 / reps, r };
}
const fmt = (ms) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(1)} ms`);

// ---------------------------------------------------------------- 1. compile
const compileCeljs = () => { const env = celjsEnv(); return exprs.map((e) => { try { const p = env.parse(e.src); const c = p.check(); if (!c.valid) throw c.error; return p; } catch (err) { return err; } }); };
const compileBuf = () => exprs.map((e) => { try { return buf.plan(bufEnv, buf.parse(e.src)); } catch (err) { return err; } });
const cj = time(compileCeljs, 20);
const bf = time(compileBuf, 20);
const cjFail = cj.r.filter((x) => x instanceof Error);
const bfFail = bf.r.filter((x) => x instanceof Error);
const packLoad = time(() => engine.loadPack('nfra-2024-99'), 5);

// ---------------------------------------------------------------- 2. manifests
const base = YAML.parse(fs.readFileSync(`${PACK}/tests/base.yaml`, 'utf8'));
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const sections = Object.keys(base).filter((k) => k !== 'apiVersion' && k !== 'app');
const manifests = Array.from({ length: N }, (_, i) => {
  const m = structuredClone(base);
  for (const s of sections) if (rnd() < 0.1) delete m[s];
  const sdkCount = 1 + Math.floor(rnd() * 20);
  m.sdks = Array.from({ length: sdkCount }, (_, j) => ({ ...base.sdks[0], id: `sdk-${i}-${j}`, purpose: rnd() < 0.1 ? '' : 'analytics', securityAssessment: { date: rnd() < 0.2 ? '2024-01-01' : '2026-02-01', result: 'pass' } }));
  if (m.testing && rnd() < 0.3) m.testing.lastSecurityTest.date = '2025-01-01';
  return m;
});
const texts = manifests.map((m) => YAML.stringify(m));

// ---------------------------------------------------------------- 3. evaluation
const pack = engine.loadPack('nfra-2024-99');
const loaded = texts.map((t) => engine.testManifest('mobile-app.yaml', t));
let findings = 0;
const full = time(() => { findings = 0; for (const m of loaded) findings += engine.evaluate([pack], { manifest: m, facts: {}, now: NOW, stage: 'release' }).length; });

// Raw evaluation of the expressions both libraries can compile, same scopes, same data.
const toCel = engine.testManifest && ((v) => JSON.parse(JSON.stringify(v), (_k, x) => (Number.isSafeInteger(x) ? BigInt(x) : x)));
const params = toCel({ freshnessDays: 365, auditDays: 1095, counterfeitScanDays: 90, minAndroidSdk: 24, minIosVersion: '13.0', licensedBusinessScopes: [], maxWaiverDays: 180 });
const common = exprs.map((e, i) => ({ ...e, cj: cj.r[i], bf: bf.r[i] })).filter((e) => !(e.cj instanceof Error) && !(e.bf instanceof Error) && e.key !== 'each');
const data = manifests.map((m) => toCel(m));
const scope = (m) => ({ manifest: m, facts: {}, now: NOW, params, stage: 'release', item: m.sdks?.[0] ?? {}, index: 0n, vars: {} });
const bufScope = (m) => ({ ...scope(m), now: undefined });
let cjErr = 0; let bfErr = 0;
const rawCj = time(() => { cjErr = 0; for (const m of data) { const s = scope(m); for (const e of common) { try { e.cj(s); } catch { cjErr++; } } } });
const rawBf = time(() => { bfErr = 0; for (const m of data) { const s = bufScope(m); delete s.now; for (const e of common) { const r = e.bf(s); if (buf.isCelError(r)) bfErr++; } } });

// The has() idiom, written for both libraries (bufbuild has no optional syntax).
const HAS = [
  "has(manifest.ownership) && has(manifest.ownership.leadDepartment) && filled(manifest.ownership.leadDepartment)",
  "has(manifest.testing) && has(manifest.testing.lastSecurityTest) && fresh(manifest.testing.lastSecurityTest, params.freshnessDays)",
  "!has(manifest.sdks) || manifest.sdks.all(s, has(s.purpose) && filled(s.purpose))",
  "!has(manifest.sdks) || manifest.sdks.all(s, has(s.securityAssessment) && fresh(s.securityAssessment, params.freshnessDays))",
  "!has(manifest.dataFlows) || manifest.dataFlows.all(f, f.sensitivity != 'C3' || !['sdk:', 'vendor:', 'third-party:'].exists(p, f.recipient.startsWith(p)))",
  "has(manifest.filing) && has(manifest.filing.appFilingNumber) && manifest.filing.appFilingNumber.matches('^[京沪粤]ICP备[0-9]{8,10}号-[0-9]{1,4}A$')",
];
const envJ = celjsEnv();
const hasJ = HAS.map((s) => envJ.parse(s));
const hasB = HAS.map((s) => buf.plan(bufEnv, buf.parse(s)));
let agree = 0; let total = 0;
const hasCj = time(() => { for (const m of data) { const s = scope(m); for (const p of hasJ) p(s); } });
const hasBf = time(() => { for (const m of data) { const s = bufScope(m); delete s.now; for (const p of hasB) p(s); } });
for (const m of data.slice(0, 200)) { const s = scope(m); const t = bufScope(m); delete t.now; HAS.forEach((_, i) => { total++; let a; try { a = hasJ[i](s); } catch { a = 'error'; } let b = hasB[i](t); if (buf.isCelError(b)) b = 'error'; if (a === b) agree++; }); }

// ---------------------------------------------------------------- 4. errors and limits
const sample = (lib, src, ctx = { manifest: { app: {} } }) => {
  try {
    if (lib === 'cel-js') { const p = celjsEnv().parse(src); const c = p.check(); if (!c.valid) return c.error.message.split('\n').slice(0, 3).join(' ⏎ '); return String(p({ ...scope({}), ...ctx })); }
    const r = buf.plan(bufEnv, buf.parse(src))(ctx); return buf.isCelError(r) ? `runtime: ${r.message}` : String(r);
  } catch (e) { return e.message.split('\n').slice(0, 3).join(' ⏎ '); }
};
const ERRORS = ["manifest.app.status ==", "manifests.app == 1", "manifest.app.missing == 1", "daysSince(1, 2) > 0"];
const bigSum = Array.from({ length: 5000 }, (_, i) => i).join(' + ');
const deep = '('.repeat(3000) + '1' + ')'.repeat(3000);
const limit = (lib, src) => { const t = time(() => sample(lib, src)); return `${t.r.slice(0, 70)} (${fmt(t.ms)})`; };

// ---------------------------------------------------------------- report
const row = (...c) => `| ${c.join(' | ')} |`;
console.log(`Node ${process.version}, ${exprs.length} expressions from ${PACK} (${pack.rules.length} rules), ${N} manifests.\n`);
console.log(row('measure', '@marcbachmann/cel-js 8.0.0', '@bufbuild/cel 0.6.1'));
console.log(row('---', '---', '---'));
console.log(row('compile all pack expressions (parse + check / plan), mean of 20', fmt(cj.ms), fmt(bf.ms)));
console.log(row('expressions that compile', `${exprs.length - cjFail.length}/${exprs.length}`, `${exprs.length - bfFail.length}/${exprs.length} (no \`.?\` / \`[?]\` optional syntax)`));
console.log(row('engine loadPack (YAML + schema + compile), mean of 5', fmt(packLoad.ms), '—'));
console.log(row(`engine evaluate, full pack, ${N} manifests (time box included)`, `${fmt(full.ms)} (${fmt(full.ms / N)}/manifest, ${findings} findings)`, '— (pack does not compile)'));
console.log(row(`raw eval, ${common.length} expressions both compile × ${N}`, `${fmt(rawCj.ms)} (${cjErr} errors)`, `${fmt(rawBf.ms)} (${bfErr} errors)`));
console.log(row(`raw eval, ${HAS.length} has()-idiom rules × ${N}`, fmt(hasCj.ms), fmt(hasBf.ms)));
console.log(row('same result on has()-idiom rules (200 manifests)', `${agree}/${total}`, ''));
for (const e of ERRORS) console.log(row(`error: \`${e}\``, sample('cel-js', e), sample('buf', e)));
console.log(row('5,000-term expression', limit('cel-js', bigSum), limit('buf', bigSum)));
console.log(row('3,000-deep parentheses', limit('cel-js', deep), limit('buf', deep)));
if (bfFail[0]) console.log(`\nfirst @bufbuild/cel compile error: ${bfFail[0].message.split('\n')[0]}`);
