import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/manifest/load.js';
import { distance, isDate, isDuration, isEmail, isHttpsUrl, isLink, suggest } from '../../src/manifest/validate.js';

const COMPLETE = readFileSync(new URL('../fixtures/manifests/complete.yaml', import.meta.url), 'utf8');
const HEAD = 'apiVersion: mobile-policy/v1\napp:\n  id: com.example.bank\n  name: Example Bank\n  kinds: [android, ios]\n  status: active\n';

const check = (text: string) => parseManifest('mobile-app.yaml', text).diagnostics;
const brief = (text: string) => check(text).map((d) => [d.code, d.location.line, d.location.column]);

describe('schema validation', () => {
  it('accepts the complete manifest (every field filled) without a diagnostic', () => {
    const m = parseManifest('mobile-app.yaml', COMPLETE);
    expect(m.diagnostics).toEqual([]);
    expect(Object.keys(m.data ?? {})).toEqual([
      'apiVersion', 'app', 'ownership', 'filing', 'distribution', 'compatibility', 'accessibility', 'sdks', 'thirdParties',
      'outsourcing', 'dataFlows', 'security', 'privacy', 'compliance', 'continuity', 'testing', 'waivers',
    ]);
  });

  it('accepts the minimal manifest', () => {
    expect(check(HEAD)).toEqual([]);
  });

  it('reports a wrong date at its own line (40)', () => {
    // 6 lines of app, `sdks:`, 15 two-line SDK entries (lines 8-37), then the broken one (38-40).
    const sdks = Array.from({ length: 15 }, (_, i) => `  - id: sdk-${i}\n    vendor: Vendor ${i}\n`).join('');
    const text = `${HEAD}sdks:\n${sdks}  - id: legacy-push\n    vendor: Legacy Push Co.\n    contract: { reference: C-1, expires: last May }\n`;
    expect(text.split('\n')[39]).toContain('last May');
    const ds = check(text);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ code: 'manifest/schema', severity: 'error', location: { file: 'mobile-app.yaml', line: 40, column: 42, endLine: 40, endColumn: 50 } });
    expect(ds[0]?.message.en).toBe('`sdks[15].contract.expires` must be a date like 2025-03-31, got `last May`.');
    expect(ds[0]?.message['zh-CN']).toBe('`sdks[15].contract.expires` 必须是形如 2025-03-31 的日期，实际为 `last May`。');
  });

  it('reports a wrong date in the complete manifest at its line', () => {
    const lines = COMPLETE.split('\n');
    const i = lines.findIndex((l) => l.includes('lastTest: { date: 2025-09-15'));
    lines[i] = lines[i]!.replace('2025-09-15', '15.09.2025');
    const ds = check(lines.join('\n'));
    expect(ds.map((d) => [d.location.line, d.location.column])).toEqual([[i + 1, 21]]);
    expect(ds[0]?.message.en).toContain('`compatibility.lastTest.date`');
  });

  it('refuses dates that are not on the calendar', () => {
    const ds = check(`${HEAD}  launchedAt: 2023-02-29\ncontinuity:\n  lastDrill: { date: 2025-13-01 }\n`);
    expect(ds.map((d) => d.location.line)).toEqual([7, 9]);
    expect(ds[0]?.message.en).toContain('real calendar day');
  });

  it('reports a typo key at the key, with a suggestion', () => {
    const ds = check(`${HEAD}ownership:\n  responsiblePersn: { name: Wang Fang }\n`);
    expect(ds.map((d) => [d.code, d.location.line, d.location.column, d.location.endColumn])).toEqual([['manifest/unknown-key', 8, 3, 19]]);
    expect(ds[0]?.message.en).toBe('`ownership.responsiblePersn` is not a manifest field; did you mean `responsiblePerson`?');
    expect(ds[0]?.message['zh-CN']).toContain('responsiblePerson');
  });

  it('lists the allowed fields when no name is close', () => {
    const ds = check(`${HEAD}continuity:\n  weather: sunny\n`);
    expect(ds[0]?.code).toBe('manifest/unknown-key');
    expect(ds[0]?.message.en).toContain('`businessImpactAnalysis`, `emergencyPlan`, `lastDrill`, `rto`, `rpo`');
  });

  it('reports unknown top-level keys and keys inside $defs objects', () => {
    expect(brief(`${HEAD}contiunity: {}\nwaivers:\n  - { rule: nfra/x, reason: r, expires: 2026-01-01, expiry: 2026-01-01 }\n`)).toEqual([
      ['manifest/unknown-key', 7, 1],
      ['manifest/unknown-key', 9, 53],
    ]);
    expect(check(`${HEAD}contiunity: {}\n`)[0]?.message.en).toContain('did you mean `continuity`?');
  });

  it('lists allowed values of enums, with a suggestion', () => {
    const ds = check(HEAD.replace('status: active', 'status: activ').replace('[android, ios]', '[android, iso]'));
    expect(brief(HEAD.replace('status: active', 'status: activ').replace('[android, ios]', '[android, iso]'))).toEqual([
      ['manifest/schema', 5, 20],
      ['manifest/schema', 6, 11],
    ]);
    expect(ds[1]?.message.en).toBe('`app.status` must be one of `planned`, `active`, `deprecated`, `retired`, got `activ`. Did you mean `active`?');
    expect(ds[0]?.message.en).toContain('`mini-program`');
  });

  it('points long vocabularies to the docs', () => {
    const ds = check(`${HEAD}dataFlows:\n  - name: login\n    data: [phone-number, passwd]\n`);
    expect(ds.map((d) => d.location.line)).toEqual([9]);
    expect(ds[0]?.message.en).toContain('Did you mean `password`?');
  });

  it('says which type was expected and suggests quoting versions', () => {
    const ds = check(`${HEAD}compatibility:\n  ios: { minimumVersion: 15.0 }\n  android: { minSdk: "24" }\naccessibility:\n  elderlyMode: yes\n`);
    expect(ds.map((d) => d.location.line)).toEqual([8, 9, 11]);
    expect(ds[0]?.message.en).toBe('`compatibility.ios.minimumVersion` must be text, got `15`; quote it: "15.0".');
    expect(ds[1]?.message.en).toBe('`compatibility.android.minSdk` must be a whole number, got the text `"24"`.');
    expect(ds[2]?.message.en).toBe('`accessibility.elderlyMode` must be true or false, got the text `"yes"`.');
  });

  it('checks formats: links, durations, emails, filing numbers, recipients', () => {
    const text = `${HEAD}filing:\n  appFilingNumber: ICP12345\nprivacy:\n  policyUrl: http://example.com/privacy\n`
      + `continuity:\n  rto: 4 hours\n  businessImpactAnalysis: ../outside.pdf\nownership:\n  securityContact: { name: A, email: not-an-email }\n`
      + `dataFlows:\n  - { name: x, recipient: partner }\n`;
    const ds = check(text);
    expect(ds.map((d) => d.location.line)).toEqual([8, 10, 12, 13, 15, 17]);
    expect(ds[0]?.message.en).toContain('`京ICP备12345678号-5A`');
    expect(ds[1]?.message.en).toContain('https:// URL');
    expect(ds[2]?.message.en).toContain('ISO 8601 duration');
    expect(ds[3]?.message.en).toContain('path inside the repository');
    expect(ds[4]?.message.en).toContain('email address');
    expect(ds[5]?.message.en).toContain('`self` or `sdk:umeng-analytics`');
  });

  it('requires the core app fields and the waiver essentials', () => {
    const ds = check('apiVersion: mobile-policy/v1\napp:\n  name: x\nwaivers:\n  - rule: nfra/sdk-declared\n');
    expect(ds.map((d) => [d.location.line, d.message.en])).toEqual([
      [2, '`app.id` is required.'],
      [2, '`app.kinds` is required.'],
      [2, '`app.status` is required.'],
      [5, '`waivers[0].expires` is required.'],
      [5, '`waivers[0].reason` is required.'],
    ]);
    expect(brief('apiVersion: mobile-policy/v1\nfiling: {}\n')).toEqual([['manifest/schema', 1, 1]]);
  });

  it('reports one message per place, sorted by line, both languages', () => {
    const ds = check(`${HEAD}sdks:\n  - id: Bad Id\n    packages: [maven:x, maven:x]\n  - 42\nsecurity:\n  levelProtection: { level: 7 }\n`);
    expect(ds.map((d) => d.location.line)).toEqual([8, 9, 9, 9, 10, 12]);
    for (const d of ds) {
      expect(d.severity).toBe('error');
      expect(d.message.en.length).toBeGreaterThan(10);
      expect(d.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(d.articles).toEqual([2]);
    }
    const lines = ds.map((d) => d.location.line ?? 0);
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
  });

  it('accepts minorsProtection as a boolean or not-applicable', () => {
    expect(check(`${HEAD}accessibility: { minorsProtection: true }\n`)).toEqual([]);
    expect(check(`${HEAD}accessibility: { minorsProtection: not-applicable }\n`)).toEqual([]);
    expect(check(`${HEAD}accessibility: { minorsProtection: maybe }\n`)[0]?.message.en).toContain('`not-applicable`');
  });
});

describe('formats', () => {
  it('dates', () => {
    expect(['2025-03-31', '2024-02-29', '2000-02-29'].every(isDate)).toBe(true);
    expect(['2025-3-31', '2023-02-29', '1900-02-29', '2025-04-31', '2025-00-10', '20250331', '2025-03-31T00:00:00Z', 'last May'].some(isDate)).toBe(false);
  });
  it('durations', () => {
    expect(['P5Y', 'P1Y6M', 'PT4H', 'PT15M', 'P2W', 'P30D', 'PT0.5S', 'P1DT12H'].every(isDuration)).toBe(true);
    expect(['P', 'PT', '4h', 'P5', 'PT4', '5Y', 'P1.5Y'].some(isDuration)).toBe(false);
  });
  it('emails and URLs', () => {
    expect(isEmail('wang.fang@example.com')).toBe(true);
    expect(isEmail('a@b')).toBe(false);
    expect(isHttpsUrl('https://example.com/a?b=c')).toBe(true);
    expect(isHttpsUrl('http://example.com')).toBe(false);
    expect(isHttpsUrl('https://')).toBe(false);
  });
  it('links', () => {
    expect(['https://x.example/r.pdf', 'docs/report.pdf', 'README.md#section', 'docs/安全/报告 2025.pdf'].every(isLink)).toBe(true);
    expect(['http://x.example', '/etc/passwd', '../x', 'docs/../../x', 'file:///x', 'C:\\x', '', ' docs/x'].some(isLink)).toBe(false);
  });
});

describe('suggestions', () => {
  it('finds typos, transpositions and case slips', () => {
    expect(suggest('responsiblePersn', ['responsibleDepartment', 'responsiblePerson'])).toBe('responsiblePerson');
    expect(suggest('contiunity', ['continuity', 'compliance'])).toBe('continuity');
    expect(suggest('APIVERSION', ['apiVersion'])).toBe('apiVersion');
    expect(suggest('phone_number', ['phone-number'])).toBe('phone-number');
    expect(suggest('weather', ['rto', 'rpo', 'lastDrill'])).toBeUndefined();
    expect(distance('ab', 'ba')).toBe(1);
    expect(distance('', 'abc')).toBe(3);
    expect(distance('kitten', 'sitting')).toBe(3);
  });
});
