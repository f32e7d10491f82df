// zh-CN messages are Chinese: no English vocabulary inside them ("（日期：none）", 状态 "active",
// "源码中写入了 assigned-secret"). Identifiers may stay: backticked text, file names and paths,
// field paths (security.allowedDomains), rule ids, URLs, hosts, and a short list of proper names.
// Sources: every built-in rule's title, message (rendered with the facts of its pack test cases),
// rationale and remediation; the tool's messages; the built-in checks; the manifest validator's
// messages; and the diagnostics of a check over the test fixtures.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check.js';
import { DIAGNOSTICS } from '../../src/core/diagnostics.js';
import { MESSAGE_KEYS, t } from '../../src/core/messages.js';
import { ARTICLES, coverageMap, renderCoverage } from '../../src/coverage/index.js';
import { builtinPackNames, evaluate, loadPack, type LoadedPack } from '../../src/engine/index.js';
import { mergePatch, testManifest } from '../../src/engine/pack-tests.js';
import { FORMAT_TEXT, msg } from '../../src/manifest/messages.js';
import { collectEvidence } from '../../src/reporters/evidence.js';
import { renderEvidenceHtml } from '../../src/reporters/html.js';
import { ROOT } from './helpers.js';

/** Proper names and acronyms a Chinese sentence writes in Latin letters. Keep it short. */
const ALLOWED = new Set([
  'SDK', 'API', 'URL', 'HTTP', 'HTTPS', 'TLS', 'iOS', 'Android', 'HarmonyOS', 'WebView', 'ATS', 'CEL',
  'App', 'YAML', 'JSON', 'XML', 'TOML', 'Gradle', 'CocoaPods', 'Xcode', 'Mac', 'GitHub', 'PIN', 'ID', 'USB', 'CDN', 'CA',
  'mobile-policy', 'JavaScript', 'Java', 'Kotlin', 'Flutter', 'JR', 'GBK', 'UTF', 'ISO', 'ICP', 'CI', 'SSL', 'Apple', 'Store',
  'Chrome', 'Cookie', 'Groovy', 'Intent', 'Podfile', 'AWS', 'React', 'Native', 'XcodeGen', 'Google', 'Play', 'KiB',
]);

/** Latin words of a zh-CN text that are neither identifiers nor allowed names. */
export function latinVocabulary(text: string): string[] {
  const s = text
    .replace(/`[^`]*`/g, ' ')
    .replace(/“[^”]*”/g, ' ') // quoted user data: names of data flows, vendors, modules
    .replace(/[a-z][a-z0-9+.-]*:\/\/\S*/gi, ' ') // URLs
    .replace(/\{[\w.-]+\}/g, ' '); // placeholders left for the renderer
  const out: string[] = [];
  for (const raw of s.split(/[^A-Za-z0-9_./\-:@*$[\]#+~]+/)) {
    const token = raw.replace(/^[-:.*/]+|[-:.*/]+$/g, '');
    if (!/[A-Za-z]/.test(token)) continue;
    // Identifiers: paths, hosts, file names, field paths, rule ids, code names, versions, constants.
    if (/[./_[\]@$#:~]/.test(token) || /\d/.test(token) || /[a-z][A-Z]/.test(token) || /^[A-Z][A-Z0-9_]+$/.test(token) && token.includes('_')) continue;
    if (ALLOWED.has(token)) continue;
    out.push(token);
  }
  return out;
}

type Text = { where: string; zh: string };

function ruleTexts(pack: LoadedPack): Text[] {
  const out: Text[] = [];
  for (const r of pack.rules.filter((x) => x.pack === pack.name)) {
    for (const k of ['title', 'rationale', 'remediation'] as const) out.push({ where: `${r.id} ${k}`, zh: r[k]['zh-CN'] });
  }
  // Messages rendered with the facts of the pack's own test cases.
  const tests = path.join(pack.dir, 'tests');
  if (!fs.existsSync(tests)) return out;
  const base = fs.existsSync(path.join(tests, 'base.yaml')) ? parse(fs.readFileSync(path.join(tests, 'base.yaml'), 'utf8')) : {};
  for (const file of fs.readdirSync(tests).filter((f) => f.endsWith('.yaml') && f !== 'base.yaml' && !f.startsWith('_'))) {
    const spec = parse(fs.readFileSync(path.join(tests, file), 'utf8')) as { rule?: string; now?: string; stage?: string; cases: Record<string, unknown>[] };
    const ruleId = spec.rule ?? `${pack.rules.find((r) => r.id.endsWith(`/${file.replace(/\.yaml$/, '')}`))?.id}`;
    const rules = pack.rules.filter((r) => r.id === ruleId);
    if (!rules.length) continue;
    const cases = spec.cases.flatMap((c) => (Array.isArray(c.matrix) ? (c.matrix as Record<string, unknown>[]).map((v) => ({ ...c, ...v })) : [c]));
    for (const c of cases) {
      const doc = typeof c.manifest === 'string' ? parse(c.manifest) : c.manifest ?? mergePatch(base, c.patch ?? {});
      const manifest = testManifest('mobile-app.yaml', JSON.stringify(doc));
      const params = c.params as Record<string, unknown> | undefined;
      const scoped = { ...pack, rules: rules.map((r) => (params ? { ...r, params: { ...r.params, ...params } } : r)) };
      const found = evaluate([scoped], {
        manifest, facts: (c.facts as Record<string, unknown>) ?? {}, now: new Date(String(c.now ?? spec.now ?? '2026-06-30T00:00:00Z')),
        stage: (c.stage ?? spec.stage ?? 'release') as 'pr' | 'release',
      });
      for (const f of found) out.push({ where: `${f.ruleId} message (${file}: ${String(c.name)})`, zh: f.message['zh-CN'] });
    }
  }
  return out;
}

function toolTexts(): Text[] {
  const out: Text[] = MESSAGE_KEYS.map((k) => ({ where: `messages ${k}`, zh: t('zh-CN', k) }));
  for (const [code, d] of Object.entries(DIAGNOSTICS)) for (const k of ['title', 'purpose', 'fix'] as const) out.push({ where: `${code} ${k}`, zh: d[k]['zh-CN'] });
  for (const a of ARTICLES) out.push({ where: `art. ${a.number}`, zh: a.title['zh-CN'] }, { where: `art. ${a.number} short`, zh: a.short['zh-CN'] });
  // The manifest validator's messages, with sample facts (a field path, a value).
  const samples: Record<string, unknown[]> = {
    todo: ['ownership.leadDepartment'], oneOf: [['pass', 'fail']], missing: ['mobile-app.yaml'], unreadable: ['mobile-app.yaml', { en: 'EACCES', 'zh-CN': '权限不足' }],
    parse: ['`bad indentation`'], parseWarning: ['`tag`'], crashed: ['`x`'], duplicateKey: ['app.id'], notMapping: ['a list'],
    apiVersionUnknown: ['v9'], complexKey: ['app'], reservedKey: ['app.__proto__', '__proto__'],
    unknownKey: ['app.nmae', 'name', ['name', 'id']], required: ['app', 'id'], type: ['app.id', 'string', 3],
    quoteIt: ['"1.10"'], enumValue: ['app.status', ['active', 'retired'], 'activ', 'active'], constValue: ['apiVersion', 'mobile-policy/v1', 'v2'],
    format: ['compliance.lastAudit.date', FORMAT_TEXT.date, 'yesterday'], minimum: ['compatibility.android.minSdk', '>=', 1, 0],
    minItems: ['sdks[0].packages', 1], uniqueItems: ['sdks[0].packages', 1, 0], minLength: ['app.name'], maxLength: ['app.name', 100], notValid: ['app.id', '格式错误'], moreParseErrors: [120], tooLarge: ['2,662', '1,024'],
  };
  for (const [name, build] of Object.entries(msg)) {
    const text = (build as (...a: unknown[]) => { 'zh-CN': string })(...(samples[name] ?? []));
    out.push({ where: `manifest message ${name}`, zh: text['zh-CN'] });
  }
  return out;
}

function fixtureDiagnostics(): Text[] {
  const out: Text[] = [];
  const dirs = ['examples/android-bank', 'test/fixtures/platform/broken', 'test/fixtures/sdks/broken', 'test/fixtures/platform/android-dirty', 'test/fixtures/platform/ios-binary', 'test/fixtures/platform/harmony-app'];
  const packs = [loadPack('nfra-2024-99')];
  for (const dir of dirs) {
    // A copy with a manifest, so the detectors run (without one only manifest/missing is reported).
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-latin-fixture-'));
    try {
      fs.cpSync(path.join(ROOT, dir), copy, { recursive: true });
      if (!fs.existsSync(path.join(copy, 'mobile-app.yaml'))) fs.writeFileSync(path.join(copy, 'mobile-app.yaml'), 'apiVersion: mobile-policy/v1\napp: { id: cn.example.app, name: Example, kinds: [android, ios, harmonyos], status: active }\n');
      fs.writeFileSync(path.join(copy, '.github/mobile-app.yml'.replace('.github/', '')), 'apiVersion: mobile-policy/v1\n'); // a second manifest: manifest/ambiguous
      const report = runCheck({ dir: copy, stage: 'release', now: new Date('2026-06-30T00:00:00Z') }, packs);
      for (const f of report.apps.flatMap((a) => a.findings)) out.push({ where: `${dir}: ${f.ruleId}`, zh: `${f.title['zh-CN']} ${f.message['zh-CN']}` });
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  }
  return out;
}

/** The visible text of the zh-CN release evidence report (HTML) for a complete manifest. */
function evidenceReportText(): Text[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-latin-'));
  try {
    fs.copyFileSync(path.join(ROOT, 'test/fixtures/manifests/complete.yaml'), path.join(dir, 'mobile-app.yaml'));
    const packs = [loadPack('nfra-2024-99')];
    const report = runCheck({ dir, stage: 'release', now: new Date('2026-06-30T00:00:00Z') }, packs);
    // Free text of the manifest (names, vendors, reasons) is the institution's own words: not checked.
    const free = new Set<string>();
    const FREE_KEYS = new Set(['name', 'vendor', 'purpose', 'reason', 'ticket', 'responsibilities']);
    const collect = (v: unknown, key = ''): void => {
      if (typeof v === 'string' && (FREE_KEYS.has(key) || /[A-Z\s]/.test(v))) free.add(v);
      else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => collect(x, Array.isArray(v) ? key : k));
    };
    collect(parse(fs.readFileSync(path.join(dir, 'mobile-app.yaml'), 'utf8')));
    let html = renderEvidenceHtml(collectEvidence(report, { GITHUB_SHA: 'a'.repeat(40) }, packs), 'zh-CN');
    for (const f of [...free].sort((a, b) => b.length - a.length)) html = html.split(f.replace(/&/g, '&amp;')).join(' ');
    const visible = html
      .replace(/<style>[\s\S]*?<\/style>/g, ' ')
      .replace(/<(code|a|title)\b[^>]*>[\s\S]*?<\/\1>/g, ' ')
      .replace(/<[^>]+>/g, '\n');
    return visible.split('\n').filter((l) => l.trim()).map((l) => ({ where: 'evidence report (zh-CN HTML)', zh: l }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('zh-CN messages carry no English vocabulary', () => {
  it('the detector flags vocabulary and lets identifiers through', () => {
    expect(latinVocabulary('（日期：none）')).toEqual(['none']);
    expect(latinVocabulary('状态为 active')).toEqual(['active']);
    expect(latinVocabulary('源码中写入了 assigned-secret')).toEqual(['assigned-secret']);
    expect(latinVocabulary('`crossBorder: true` 在 security.allowedDomains、nfra/sdk-declared、api.example.com、Info.plist、https://x.cn/a b 中')).toEqual(['b']);
    expect(latinVocabulary('SDK 与 iOS、Android 的 WebView')).toEqual([]);
  });

  const texts = [
    ...builtinPackNames().flatMap((name) => ruleTexts(loadPack(name))),
    ...toolTexts(),
    ...fixtureDiagnostics(),
    ...evidenceReportText(),
    // (Its lines of evidence fields are lists of field paths, identifiers by construction.)
    ...renderCoverage(coverageMap([loadPack('nfra-2024-99')], 'pr'), 'text', 'zh-CN').split('\n')
      .filter((line) => !line.includes(t('zh-CN', 'coverage.evidence'))).map((zh) => ({ where: 'coverage (zh-CN text)', zh })),
  ];

  it('covers the rules, the tool and the diagnostics', () => {
    expect(texts.length).toBeGreaterThan(500);
  });

  it('uses 清单 only in the four agreed terms (and the names of the two lists)', () => {
    const TERMS = /应用台账清单文件|AndroidManifest\.xml 清单文件|隐私清单|双清单|已收集个人信息清单|第三方共享个人信息清单|个人信息清单/g;
    const bad = texts.filter((x) => x.zh.replace(TERMS, '').includes('清单'));
    expect(bad.map((x) => `${x.where}: ${x.zh}`)).toEqual([]);
  });

  it('has no Latin-script vocabulary outside identifiers', () => {
    const bad = texts.map((x) => ({ ...x, words: latinVocabulary(x.zh) })).filter((x) => x.words.length);
    expect(bad.map((x) => `${x.where}: ${x.words.join(', ')} — ${x.zh}`)).toEqual([]);
  });
});
