// `disclose`: every output parsed the way its reader parses it (CSV by a CSV parser, JSON by the
// schemas in schema/), facts checked against the fixture manifest, open questions listed.
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, ROOT } from '../helpers/run-cli.js';
import { writeApp } from './fixture.js';

const dir = writeApp();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const schema = (name: string): object => JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', name), 'utf8')) as object;
const disclose = (...args: string[]) => runCli(['disclose', dir, ...args]);

describe('disclose --format json', () => {
  it('matches schema/disclosure.schema.json and says what the manifest says', async () => {
    const r = await disclose('--format', 'json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema('disclosure.schema.json'));
    expect(validate.errors ?? validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc.app).toEqual({ id: 'cn.example.lakebank', name: 'Lake Bank', nameZh: '湖畔银行' });
    expect(doc.collected.map((c: { scenario: string }) => c.scenario)).toEqual(['账户登录', '崩溃日志', '信用评估']);
    expect(doc.collected[0]).toMatchObject({ frequency: '每次登录时', legalBasis: 'contract', necessary: true, collector: { kind: 'self' } });
    expect(doc.collected[1].collector).toEqual({ kind: 'sdk', id: 'tencent-bugly', name: '腾讯 Bugly' });
    // okhttp shares nothing (personalInfo: []); Bugly and JPush ship; the credit bureau is a third party.
    expect(doc.shared.map((s: { id: string }) => s.id)).toEqual(['tencent-bugly', 'jpush', '湖畔征信服务有限公司']);
    expect(doc.omitted).toEqual([{ id: 'okhttp', reason: 'no-personal-info' }]);
    const bugly = doc.shared[0];
    expect(bugly.vendor).toEqual({ en: 'Tencent', 'zh-CN': '腾讯' });
    expect(bugly.processing).toEqual(['sdk-embedded', 'encrypted-in-transit']);
    // JPush: no personalInfo, no flow; its privacy policy comes from the catalogue if it has one.
    expect(doc.shared[1].personalInfo).toBeUndefined();
    const ids = doc.questions.map((q: { id: string; pointer: string }) => `${q.id} ${q.pointer}`);
    expect(ids).toContain('disclose/sdk-personal-info /sdks/1/personalInfo');
    expect(ids).toContain('disclose/sdk-flow /dataFlows');
    expect(ids).toContain('disclose/flow-legal-basis /dataFlows/2/legalBasis');
    expect(ids).toContain('disclose/flow-necessary /dataFlows/2/necessary');
    expect(ids.filter((q: string) => q.includes('/sdks/0/'))).toEqual(bugly.privacyPolicy ? [] : ['disclose/sdk-privacy-policy /sdks/0/privacyPolicy']);
  });

  it('a declared SDK the build does not ship is left out of the sharing list', async () => {
    const other = writeApp({ 'app/build.gradle': "dependencies {\n    implementation 'com.tencent.bugly:crashreport:4.1.9'\n}\n" });
    try {
      const doc = JSON.parse((await runCli(['disclose', other, '--format', 'json'])).stdout);
      expect(doc.omitted).toContainEqual({ id: 'jpush', reason: 'not-in-build' });
      expect(doc.shared.map((s: { id: string }) => s.id)).not.toContain('jpush');
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });
});

describe('disclose --format play-csv', () => {
  it('is a CSV with Play Console columns whose answers follow the declared flows', async () => {
    const r = await disclose('--format', 'play-csv');
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(['Question ID (machine readable)', 'Response ID (machine readable)', 'Response value', 'Answer requirement', 'Human-friendly question label']);
    const value = (q: string, rid = ''): string | undefined => rows.find((x) => x['Question ID (machine readable)'] === q && x['Response ID (machine readable)'] === rid)?.['Response value'];
    expect(value('PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA')).toBe('TRUE');
    expect(value('PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT')).toBe('TRUE');
    expect(value('PSL_DATA_TYPES_PERSONAL', 'PSL_PHONE')).toBe('TRUE');
    expect(value('PSL_DATA_TYPES_IDENTIFIERS', 'PSL_DEVICE_ID')).toBe('TRUE');
    expect(value('PSL_DATA_TYPES_LOCATION', 'PSL_PRECISE_LOCATION')).toBe('');
    expect(value('PSL_DATA_USAGE_RESPONSES:PSL_PHONE:DATA_USAGE_USER_CONTROL', 'PSL_DATA_USAGE_USER_CONTROL_REQUIRED')).toBe('TRUE');
    expect(value('PSL_DATA_USAGE_RESPONSES:PSL_PHONE:DATA_USAGE_COLLECTION_PURPOSE', 'PSL_ACCOUNT_MANAGEMENT')).toBe('TRUE');
    expect(value('PSL_DATA_USAGE_RESPONSES:PSL_CRASH_LOGS:DATA_USAGE_COLLECTION_PURPOSE', 'PSL_ANALYTICS')).toBe('TRUE');
    // The name goes to a third party: shared, for fraud prevention.
    expect(value('PSL_DATA_USAGE_RESPONSES:PSL_NAME:PSL_DATA_USAGE_COLLECTION_AND_SHARING', 'PSL_DATA_USAGE_ONLY_SHARED')).toBe('TRUE');
    expect(value('PSL_DATA_USAGE_RESPONSES:PSL_NAME:DATA_USAGE_SHARING_PURPOSE', 'PSL_FRAUD_PREVENTION_SECURITY')).toBe('TRUE');
    // Not in the manifest: unanswered, and asked.
    expect(value('PSL_DATA_USAGE_RESPONSES:PSL_PHONE:PSL_DATA_USAGE_EPHEMERAL')).toBe('');
    expect(value('PSL_ACCOUNT_DELETION_URL')).toBe('');
    expect(r.stderr).toMatch(/Google Play: is any collected data processed ephemerally/);
    expect(rows.every((x) => ['', 'TRUE', 'FALSE'].includes(x['Response value']!))).toBe(true);
  });
});

describe('disclose --format app-store-json', () => {
  it('is the JSON fastlane reads, per schema/app-privacy-details.schema.json', async () => {
    const r = await disclose('--format', 'app-store-json');
    const doc = JSON.parse(r.stdout);
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema('app-privacy-details.schema.json'));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    const byCategory = Object.fromEntries(doc.map((u: { category: string; purposes: string[] }) => [u.category, u.purposes]));
    expect(byCategory.PHONE_NUMBER).toEqual(['APP_FUNCTIONALITY']);
    expect(byCategory.CRASH_DATA).toEqual(['ANALYTICS']);
    // Linked to the user / tracking: not declared, so left empty and asked.
    expect(doc.every((u: { data_protections: string[] }) => u.data_protections.length === 0)).toBe(true);
    expect(r.stderr).toMatch(/App Store: is CRASH_DATA linked/);
  });

  it('an app that declares no data flows and no SDK data collects nothing', async () => {
    const other = writeApp({ 'mobile-app.yaml': 'apiVersion: mobile-policy/v1\napp: { id: cn.example.x, name: X, kinds: [android], status: active }\nsdks: []\ndataFlows: []\n' });
    try {
      const doc = JSON.parse((await runCli(['disclose', other, '--format', 'app-store-json'])).stdout);
      expect(doc).toEqual([{ data_protections: ['DATA_NOT_COLLECTED'] }]);
      const csv = parseCsv((await runCli(['disclose', other, '--format', 'play-csv'])).stdout, { columns: true }) as Record<string, string>[];
      expect(csv.find((x) => x['Question ID (machine readable)'] === 'PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA')?.['Response value']).toBe('FALSE');
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });
});

describe('disclose --format markdown', () => {
  it('lays out both lists with the Chinese columns and marks open cells', async () => {
    const r = await disclose('--format', 'markdown', '--lang', 'zh-CN');
    expect(r.stdout).toContain('# 湖畔银行 个人信息收集清单与第三方信息共享清单');
    expect(r.stdout).toContain('| 序号 | 业务功能/使用场景 | 个人信息类型 | 使用目的 | 收集方 | 收集频次 | 所需权限 | 是否必要 | 处理依据 |');
    expect(r.stdout).toContain('| 1 | 账户登录 | 手机号码/电话号码、登录密码 | 登录与身份认证 | 本应用 | 每次登录时 |');
    expect(r.stdout).toMatch(/\| 2 \| 极光推送（JPush） \| .*\*\*待确认\*\* \(Q\d+/);
    expect(r.stderr).toContain('待团队确认的问题');
  });

  it('bad arguments exit 2', async () => {
    expect((await disclose('--format', 'pdf')).code).toBe(2);
  });
});

describe('published list drift (check)', () => {
  it('reports the missing, the stale SDK and the missing link on the list\'s lines', async () => {
    const r = await runCli(['check', dir, '--format', 'json']);
    const findings = (JSON.parse(r.stdout).findings as { ruleId: string; location: { file: string; line?: number }; message: string }[])
      .filter((f) => f.ruleId.startsWith('nfra/published-list'));
    const at = findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.line}`).sort();
    expect(at).toEqual([
      'nfra/published-list-policy-link app/src/main/assets/privacy/shared.html:10',
      'nfra/published-list-sdk-missing app/src/main/assets/privacy/shared.html:8',
      'nfra/published-list-sdk-stale app/src/main/assets/privacy/shared.html:13',
    ].sort());
    // The comment naming 极光推送 is not text: JPush is missing, not listed.
    expect(findings.find((f) => f.ruleId === 'nfra/published-list-sdk-missing')?.message).toContain('jpush');
  });

  it('a Markdown list that names every shipped SDK (JPush by its provider only) passes; a wrong path is reported at the manifest', async () => {
    const md = '# 第三方信息共享清单\n\n| SDK | 链接 |\n| --- | --- |\n| 腾讯 Bugly | [隐私政策](https://privacy.qq.com/bugly) |\n| 消息推送通道（由极光提供） | <https://www.jiguang.cn/license/privacy> |\n';
    const ok = writeApp({ 'docs/shared.md': md, 'mobile-app.yaml': (await import('./fixture.js')).MANIFEST.replace('app/src/main/assets/privacy/shared.html', 'docs/shared.md') });
    const bad = writeApp({ 'mobile-app.yaml': (await import('./fixture.js')).MANIFEST.replace('app/src/main/assets/privacy/shared.html', 'docs/missing.md') });
    try {
      const good = JSON.parse((await runCli(['check', ok, '--format', 'json'])).stdout).findings.filter((f: { ruleId: string }) => f.ruleId.startsWith('nfra/published-list'));
      expect(good).toEqual([]);
      const missing = JSON.parse((await runCli(['check', bad, '--format', 'json'])).stdout).findings.filter((f: { ruleId: string }) => f.ruleId.startsWith('nfra/published-list'));
      expect(missing.map((f: { ruleId: string; location: { file: string } }) => `${f.ruleId} ${f.location.file}`)).toEqual(['nfra/published-list-found mobile-app.yaml']);
    } finally {
      fs.rmSync(ok, { recursive: true, force: true });
      fs.rmSync(bad, { recursive: true, force: true });
    }
  });

  it('the list disclose writes, committed as the published list, passes the drift rules', async () => {
    const { MANIFEST } = await import('./fixture.js');
    const manifest = MANIFEST
      .replace('    personalInfo: [device-id, crash-data]\n', '    personalInfo: [device-id, crash-data]\n    privacyPolicy: https://privacy.qq.com/bugly\n')
      .replace('    purpose: 消息推送\n', '    purpose: 消息推送\n    privacyPolicy: https://www.jiguang.cn/license/privacy\n');
    const app = writeApp({ 'mobile-app.yaml': manifest });
    try {
      for (const [format, file] of [['html', 'app/src/main/assets/privacy/shared.html'], ['markdown', 'docs/shared.md']] as const) {
        fs.writeFileSync(path.join(app, 'mobile-app.yaml'), manifest.replace('app/src/main/assets/privacy/shared.html', file));
        const out = await runCli(['disclose', app, '--format', format, '--lang', 'zh-CN', '--output', path.join(app, file)]);
        expect(out.code).toBe(0);
        const findings = JSON.parse((await runCli(['check', app, '--format', 'json'])).stdout).findings
          .filter((f: { ruleId: string }) => f.ruleId.startsWith('nfra/published-list'));
        expect(findings, format).toEqual([]);
      }
    } finally {
      fs.rmSync(app, { recursive: true, force: true });
    }
  });
});
