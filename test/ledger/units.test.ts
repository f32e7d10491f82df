import { describe, expect, it } from 'vitest';
import { addAdvice } from '../../src/ledger/advice.js';
import { detectMobileCode, isManifestPath } from '../../src/ledger/mobile-code.js';
import { fnv1a, inShard, parseShard } from '../../src/ledger/shard.js';
import type { LedgerRow } from '../../src/ledger/types.js';

describe('mobile code detection', () => {
  it('finds Android, iOS, Flutter and HarmonyOS outside vendored folders', () => {
    const r = detectMobileCode([
      'app/src/main/AndroidManifest.xml', 'node_modules/x/android/src/main/AndroidManifest.xml', 'ios/Bank.xcodeproj/project.pbxproj',
      'pubspec.yaml', 'entry/oh-package.json5', 'server/pom.xml', 'Pods/Foo.xcodeproj/project.pbxproj',
    ]);
    expect(r.kinds).toEqual(['android', 'flutter', 'harmonyos', 'ios']);
    expect(r.evidence).not.toContain('node_modules/x/android/src/main/AndroidManifest.xml');
    expect(detectMobileCode(['src/main/java/App.java', 'README.md']).kinds).toEqual([]);
  });
  it('knows manifest places', () => {
    expect(['mobile-app.yaml', 'mobile-app.yml', '.github/mobile-app.yaml', 'apps/a/mobile-app.yaml'].every(isManifestPath)).toBe(true);
    expect(['apps/a/.github/mobile-app.yaml', 'node_modules/x/mobile-app.yaml', 'mobile-app.json'].some(isManifestPath)).toBe(false);
  });
});

describe('shards', () => {
  it('parses I/N and rejects nonsense', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '1/0', 'x', '1-2']) expect(() => parseShard(bad)).toThrow(/--shard/);
  });
  it('puts every name in exactly one shard', () => {
    const names = Array.from({ length: 500 }, (_, i) => `org/r${i}`);
    for (const n of names) expect([1, 2, 3].filter((i) => inShard(n, { index: i, count: 3 }))).toHaveLength(1);
    expect(fnv1a('ORG/R1')).toBe(fnv1a('org/r1'));
  });
});

describe('merge / retire advice', () => {
  const row = (id: string, extra: Partial<LedgerRow>): LedgerRow => ({
    repository: id, manifest: 'mobile-app.yaml', manifestState: 'ok', problems: [], id, kinds: [], businessScope: ['retail-banking'], audience: 'external',
    status: 'active', publishingAccounts: 1, sdkCount: 0, trackerCount: 0, due: [], overdueCount: 0, findings: { error: 0, warning: 0, note: 0, waived: 0 }, advice: [], ...extra,
  });
  it('flags same scope and audience, deprecated or retired but distributed, and low activity', () => {
    const out = addAdvice([
      row('a', {}), row('b', { businessScope: ['retail-banking'] }), row('c', { audience: 'internal' }),
      row('d', { status: 'deprecated', businessScope: ['x'] }), row('e', { status: 'retired', businessScope: ['retail-banking'] }),
      row('f', { monthlyActiveUsers: 10, businessScope: ['y'] }),
    ], 1000);
    const codes = Object.fromEntries(out.map((r) => [r.id, r.advice.map((a) => a.code)]));
    expect(codes).toEqual({ a: ['same-scope'], b: ['same-scope'], c: [], d: ['deprecated-distributed'], e: ['retired-distributed'], f: ['low-activity'] });
    expect(out[0]!.advice[0]!.message['zh-CN']).toContain('b');
  });
});
