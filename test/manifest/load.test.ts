import { evaluate } from '@marcbachmann/cel-js';
import { describe, expect, it } from 'vitest';
import { appDirOf, loadManifest, MAX_ALIAS_NODES, MAX_MANIFEST_BYTES, missingManifestDiagnostic, parseManifest } from '../../src/manifest/load.js';
import { MemoryRepo } from '../../src/repo/files.js';

const V1 = 'apiVersion: mobile-policy/v1\n';
const MIN = `${V1}app:\n  id: com.example.bank\n  name: Example Bank\n  kinds: [android]\n  status: active\n`;

const codes = (text: string) => parseManifest('mobile-app.yaml', text).diagnostics.map((d) => d.code);

describe('parseManifest: data', () => {
  it('keeps dates as strings and returns plain JSON', () => {
    const m = parseManifest('mobile-app.yaml', `${MIN}  launchedAt: 2021-06-01\n  monthlyActiveUsers: 120000\ncontinuity:\n  rto: PT4H\n`);
    expect(m.diagnostics).toEqual([]);
    const app = m.data?.app as Record<string, unknown>;
    expect(app.launchedAt).toBe('2021-06-01');
    expect(app.monthlyActiveUsers).toBe(120000);
    expect(JSON.parse(JSON.stringify(m.data))).toEqual(m.data);
    expect(Object.getPrototypeOf(app)).toBe(Object.prototype);
  });

  it('expands aliases into plain copies', () => {
    const m = parseManifest('mobile-app.yaml', `${MIN}ownership:\n  responsiblePerson: &p { name: Wang Fang }\n  securityContact: *p\n`);
    expect(m.diagnostics).toEqual([]);
    expect((m.data?.ownership as Record<string, unknown>).securityContact).toEqual({ name: 'Wang Fang' });
  });

  it('keeps explicit non-JSON tags as text and reports them', () => {
    const m = parseManifest('mobile-app.yaml', `${MIN}  launchedAt: !!timestamp 2021-06-01\n`);
    expect((m.data?.app as Record<string, unknown>).launchedAt).toBe('2021-06-01');
    expect(m.diagnostics.map((d) => [d.code, d.location.line])).toEqual([['manifest/parse', 7]]);
  });

  it('works as a CEL context', () => {
    const m = parseManifest('mobile-app.yaml', `${MIN}  launchedAt: 2021-06-01\n`);
    expect(evaluate('manifest.app.id == "com.example.bank" && "android" in manifest.app.kinds && manifest.app.launchedAt < "2022-01-01"', { manifest: m.data })).toBe(true);
    expect(evaluate('has(manifest.app.name) && !has(manifest.continuity)', { manifest: m.data })).toBe(true);
  });
});

describe('parseManifest: appDir', () => {
  it.each([
    ['mobile-app.yaml', ''],
    ['.github/mobile-app.yaml', ''],
    ['apps/retail/mobile-app.yml', 'apps/retail'],
    ['apps/retail/.github/mobile-app.yaml', 'apps/retail/.github'],
  ])('%s → %j', (file, dir) => {
    expect(appDirOf(file)).toBe(dir);
    expect(parseManifest(file, MIN).appDir).toBe(dir);
  });
});

describe('parseManifest: locate', () => {
  const text = [
    'apiVersion: mobile-policy/v1', // 1
    'app:', // 2
    '  id: com.example.bank', // 3
    '  name: Example Bank', // 4
    '  kinds: [android, ios]', // 5
    '  status: active', // 6
    'sdks:', // 7
    '  - id: umeng-analytics', // 8
    '    packages:', // 9
    '      - pkg:maven/com.umeng.umsdk/common', // 10
    'x-notes:', // 11
    '  "a/b": 1', // 12
    '  "c~d": 2', // 13
    'empty:', // 14
    '',
  ].join('\n');
  const m = parseManifest('apps/bank/mobile-app.yaml', text);

  it('points at values, with end positions', () => {
    expect(m.locate('/app/id')).toEqual({ file: 'apps/bank/mobile-app.yaml', line: 3, column: 7, endLine: 3, endColumn: 23 });
    expect(m.locate('/app/kinds/1')).toMatchObject({ line: 5, column: 20, endLine: 5, endColumn: 23 });
    expect(m.locate('/sdks/0/packages/0')).toMatchObject({ line: 10, column: 9 });
  });

  it('points at keys with locateKey', () => {
    expect(m.locateKey('/app/id')).toMatchObject({ line: 3, column: 3, endLine: 3, endColumn: 5 });
    expect(m.locateKey('/sdks')).toMatchObject({ line: 7, column: 1 });
  });

  it('starts a block collection at its key', () => {
    expect(m.locate('/sdks')).toMatchObject({ line: 7, column: 1, endLine: 10 });
    expect(m.locate('/app')).toMatchObject({ line: 2, column: 1, endLine: 6, endColumn: 17 });
    expect(m.locate('/sdks/0')).toMatchObject({ line: 8, column: 5 });
  });

  it('decodes ~0 and ~1', () => {
    expect(m.locate('/x-notes/a~1b')).toMatchObject({ line: 12, column: 10 });
    expect(m.locate('/x-notes/c~0d')).toMatchObject({ line: 13, column: 10 });
  });

  it('falls back to the nearest ancestor, at its key', () => {
    expect(m.locate('/app/launchedAt')).toMatchObject({ line: 2, column: 1, endLine: 2 });
    expect(m.locate('/sdks/0/contract/expires')).toMatchObject({ line: 8, column: 5 });
    expect(m.locate('/continuity/lastDrill/date')).toMatchObject({ line: 1, column: 1 });
    expect(m.locate('/empty')).toMatchObject({ line: 14, column: 1 });
  });

  it('accepts #-prefixed pointers', () => {
    expect(m.locate('#/app/id')).toMatchObject({ line: 3, column: 7 });
    expect(m.locate('#/app/%zz')).toMatchObject({ line: 2 });
  });
});

describe('parseManifest: diagnostics', () => {
  it('reports YAML syntax errors where the parser found them', () => {
    const m = parseManifest('mobile-app.yaml', `${V1}app:\n  id: a: b\n  name: x\n`);
    expect(m.data).toBeUndefined();
    const d = m.diagnostics[0];
    expect(d?.code).toBe('manifest/parse');
    expect(d?.severity).toBe('error');
    expect(d?.location.line).toBe(3);
    expect(d?.message.en).toMatch(/not valid YAML/);
    expect(d?.message['zh-CN']).toMatch(/YAML/);
  });

  it('reports duplicate keys at the second key, first one wins', () => {
    const m = parseManifest('mobile-app.yaml', `${MIN}  status: retired\n`);
    expect(m.diagnostics.map((d) => [d.code, d.location.line, d.location.column])).toEqual([['manifest/duplicate-key', 7, 3]]);
    expect((m.data?.app as Record<string, unknown>).status).toBe('active');
    expect(m.diagnostics[0]?.message.en).toContain('`app.status`');
  });

  it.each([[''], ['# only a comment\n# and another\n'], ['---\n'], ['\n\n']])('reports an empty manifest %j', (text) => {
    const m = parseManifest('mobile-app.yaml', text);
    expect(m.diagnostics.map((d) => [d.code, d.location.line])).toEqual([['manifest/empty', 1]]);
    expect(m.data).toBeUndefined();
  });

  it.each([['- a\n- b\n'], ['just text\n'], ['42\n']])('reports a non-mapping top level %j', (text) => {
    expect(codes(text)).toEqual(['manifest/not-mapping']);
  });

  it('reports a missing apiVersion, and still validates', () => {
    const m = parseManifest('mobile-app.yaml', 'app:\n  id: x\n  name: y\n  kinds: [ios]\n  status: active\n');
    expect(m.diagnostics.map((d) => [d.code, d.location.line])).toEqual([['manifest/api-version', 1]]);
    expect(m.data).toBeDefined();
  });

  it('reports an unknown apiVersion at its value and skips the schema', () => {
    const m = parseManifest('mobile-app.yaml', '# header\napiVersion: mobile-policy/v9\nbogus: 1\n');
    expect(m.diagnostics.map((d) => [d.code, d.location.line, d.location.column])).toEqual([['manifest/api-version', 2, 13]]);
    expect(m.diagnostics[0]?.message.en).toContain('mobile-policy/v1');
  });

  it('reports extra YAML documents', () => {
    const m = parseManifest('mobile-app.yaml', `${MIN}---\napiVersion: mobile-policy/v1\n`);
    expect(m.diagnostics.map((d) => [d.code, d.location.line])).toEqual([['manifest/multiple-documents', 7]]);
    expect((m.data?.app as Record<string, unknown>).id).toBe('com.example.bank');
  });

  it('stops a billion-laughs alias bomb quickly', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    const names = 'abcdefghijklmnop';
    for (let i = 1; i < names.length; i++) {
      const prev = names[i - 1];
      lines.push(`${names[i]}: &${names[i]} [${Array.from({ length: 9 }, () => `*${prev}`).join(',')}]`);
    }
    const started = Date.now();
    const m = parseManifest('mobile-app.yaml', lines.join('\n') + '\n');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(m.data).toBeUndefined();
    expect(m.diagnostics.map((d) => d.code)).toEqual(['manifest/alias-limit']);
    expect(m.diagnostics[0]?.location.line).toBeGreaterThan(1);
    expect(MAX_ALIAS_NODES).toBeLessThan(1e6);
  });

  it('stops a self-referencing alias', () => {
    expect(codes('a: &x [1, *x]\n')).toEqual(['manifest/alias-limit']);
  });

  it('never throws, whatever the input', () => {
    const inputs = [
      '[' .repeat(5000), '{'.repeat(5000) + '}'.repeat(5000), '- '.repeat(3000) + 'x', 'a: *missing\n', '%YAML 9.9\n---\na: 1\n',
      '\t\ta: b', ': : :', '&a', '!!', '"\\u', 'a:\n  - b\n c: d', '? [a]\n: b\n', '? complex\n  key\n: v\n', 'a: 1\n...\nb: 2\n',
      '\u0000', '\uFEFFapiVersion: mobile-policy/v1', 'a: |\n  x\n b', 'a: >-\n', '<<: {a: 1}\n', `${'a: '.repeat(2000)}x`,
    ];
    for (const text of inputs) {
      const m = parseManifest('mobile-app.yaml', text);
      expect(Array.isArray(m.diagnostics)).toBe(true);
      for (const d of m.diagnostics) {
        expect(d.code).toMatch(/^manifest\//);
        expect(d.message.en && d.message['zh-CN']).toBeTruthy();
        expect(d.location.file).toBe('mobile-app.yaml');
      }
    }
  });

  it('refuses keys that are collections', () => {
    expect(codes(`${MIN}? [a, b]\n: c\n`)).toContain('manifest/schema');
  });
});

describe('parseManifest: prototype pollution', () => {
  it('never lets __proto__, constructor or prototype reach an object', () => {
    const text = `${MIN}  __proto__: { polluted: yes }\n  constructor: { prototype: { polluted: yes } }\n__proto__:\n  polluted: yes\nprototype: 1\n`;
    const m = parseManifest('mobile-app.yaml', text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    const app = m.data?.app as Record<string, unknown>;
    expect(Object.getPrototypeOf(app)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(m.data)).toBe(Object.prototype);
    expect(Object.keys(app)).toEqual(['id', 'name', 'kinds', 'status']);
    expect(app.polluted).toBeUndefined();
    expect(m.diagnostics.map((d) => [d.code, d.location.line, d.location.column])).toEqual([
      ['manifest/unknown-key', 7, 3],
      ['manifest/unknown-key', 8, 3],
      ['manifest/unknown-key', 9, 1],
      ['manifest/unknown-key', 11, 1],
    ]);
    expect(m.diagnostics[0]?.message.en).toContain('`app.__proto__` is not a manifest field');
  });

  it('also through flow mappings and aliases', () => {
    const m = parseManifest('mobile-app.yaml', `${MIN}x: &e { "__proto__": { polluted: 1 } }\ny: *e\n`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(m.diagnostics.some((d) => d.code === 'manifest/unknown-key' && d.location.line === 7)).toBe(true);
  });
});

describe('parseManifest: size', () => {
  it('validates a large manifest quickly', () => {
    const sdks = Array.from({ length: 3000 }, (_, i) => `  - id: sdk-${i}\n    vendor: Vendor ${i}\n    personalInfo: [device-id]\n`).join('');
    const started = Date.now();
    const m = parseManifest('mobile-app.yaml', `${MIN}sdks:\n${sdks}`);
    expect(m.diagnostics).toEqual([]);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(m.locate('/sdks/2999/vendor')).toMatchObject({ line: 7 + 2999 * 3 + 2 });
  });

  it('a manifest over MAX_MANIFEST_BYTES is one located error, not parsed; one at the limit is parsed', () => {
    const line = '  - { platform: xiaomi, accountOwner: vendor, holder: 深圳示例软件有限公司 }\n';
    const head = `${MIN}distribution:\n  publishingAccounts:\n`;
    const fit = Math.floor((MAX_MANIFEST_BYTES - Buffer.byteLength(head)) / Buffer.byteLength(line));
    const atLimit = head + line.repeat(fit);
    expect(Buffer.byteLength(atLimit)).toBeLessThanOrEqual(MAX_MANIFEST_BYTES);
    expect(parseManifest('mobile-app.yaml', atLimit).data).toBeDefined();
    // Over by one character whose UTF-8 form is three bytes, while the text is shorter than the limit in characters.
    const over = `${atLimit}# ${'名'.repeat(Math.ceil((MAX_MANIFEST_BYTES - Buffer.byteLength(atLimit)) / 3) + 1)}\n`;
    expect(over.length).toBeLessThan(MAX_MANIFEST_BYTES);
    const m = parseManifest('apps/x/mobile-app.yaml', over);
    expect(m.data).toBeUndefined();
    expect(m.diagnostics.map((d) => [d.code, d.location])).toEqual([['manifest/unreadable', { file: 'apps/x/mobile-app.yaml', line: 1, column: 1 }]]);
    expect(m.diagnostics[0]!.message.en).toMatch(/is 1,025 KiB, over the 1,024 KiB limit/);
    expect(m.diagnostics[0]!.message['zh-CN']).toMatch(/超过 1,024 KiB 的上限/);
  });
});

describe('loadManifest', () => {
  it('reads through the repository', () => {
    const repo = new MemoryRepo({ 'apps/a/mobile-app.yaml': MIN });
    const m = loadManifest(repo, 'apps/a/mobile-app.yaml');
    expect(m.diagnostics).toEqual([]);
    expect(m.appDir).toBe('apps/a');
    expect(m.locate('/app/name')).toMatchObject({ file: 'apps/a/mobile-app.yaml', line: 4 });
  });

  it('turns a read failure into a diagnostic', () => {
    const repo = new MemoryRepo({ 'mobile-app.yaml': new Uint8Array([0x61, 0, 0x62]) });
    const m = loadManifest(repo, 'mobile-app.yaml');
    expect(m.data).toBeUndefined();
    expect(m.diagnostics.map((d) => [d.code, d.severity])).toEqual([['manifest/unreadable', 'error']]);
    expect(m.diagnostics[0]?.message.en).toMatch(/binary/);
    expect(m.locate('/app')).toEqual({ file: 'mobile-app.yaml' });
  });

  it('reports a file that is not in the repository', () => {
    const m = loadManifest(new MemoryRepo({}), 'mobile-app.yaml');
    expect(m.diagnostics.map((d) => d.code)).toEqual(['manifest/unreadable']);
  });
});

describe('missingManifestDiagnostic', () => {
  it('names the file to add', () => {
    expect(missingManifestDiagnostic('')).toMatchObject({ code: 'manifest/missing', severity: 'error', location: { file: 'mobile-app.yaml' } });
    const d = missingManifestDiagnostic('apps/retail');
    expect(d.location).toEqual({ file: 'apps/retail' });
    expect(d.message.en).toContain('apps/retail/mobile-app.yaml');
    expect(d.message['zh-CN']).toContain('apps/retail/mobile-app.yaml');
  });
});
