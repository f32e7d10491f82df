// The privacy scan on annotated fixtures, one app per stack (test/fixtures/privacy/<app>): every
// `expect: privacy.<api id>` marker must be matched by a use at that line, and every use must be
// marked. Comments, strings, writes, look-alike members without the API's type or import, and
// test code carry no marker: a use there fails the test.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DiskRepo, MemoryRepo } from '../../../src/repo/files.js';
import { collectFacts } from '../../../src/detectors/index.js';
import { detectPrivacy, sdkOf, type PrivacyFacts, type PrivacyUseFact } from '../../../src/detectors/privacy/index.js';
import { scanBytes, wantOf } from '../../../src/detectors/links/scan.js';
import { blankNonCode } from '../../../src/detectors/privacy/code.js';
import { catalogFromSources } from '../../../src/catalog/index.js';
import { parseApiCatalog } from '../../../src/api-catalog/index.js';
import { apiCatalogValidator, readValidatedApiCatalog } from '../../../src/api-catalog/validate.js';
import { ConfigurationError } from '../../../src/core/errors.js';
import { asObject, group, readMarkers } from '../platform/markers.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/privacy');

function run(name: string) {
  const root = path.join(FIXTURES, name);
  const { facts } = collectFacts({ repo: new DiskRepo(root), appDir: '' }, ['privacy']);
  const privacy = facts.privacy as PrivacyFacts;
  const ids = [...readMarkers(root).keys()];
  const actual = group(privacy.uses.map((u) => ({ id: `privacy.${u.api}`, file: u.location.file, line: u.location.line })));
  return { privacy, ids: [...new Set([...ids, ...actual.keys()])], actual, expected: readMarkers(root) };
}

const use = (p: PrivacyFacts, file: string, line: number): PrivacyUseFact => {
  const u = p.uses.find((x) => x.location.file.endsWith(file) && x.location.line === line);
  expect(u, `${file}:${line}`).toBeDefined();
  return u!;
};

describe.each(['android-app', 'ios-app', 'flutter-app', 'rn-app', 'harmony-app'])('fixture %s', (name) => {
  it('reports exactly the marked uses at the marked lines', () => {
    const { ids, actual, expected } = run(name);
    expect(ids.length).toBeGreaterThan(2);
    expect(asObject(actual, ids)).toEqual(asObject(expected, ids));
  });
});

describe('what a use carries', () => {
  it('Android: catalogue data, enclosing class and function, SDK sources, debug code, start-up and its guards', () => {
    const { privacy } = run('android-app');
    const id = use(privacy, 'BankApp.kt', 11);
    expect(id).toMatchObject({ api: 'android/android-id', personalInfo: 'android-id', origin: 'app', class: 'BankApp', function: 'onCreate', startup: true, guards: [], debug: false, request: false });
    expect(use(privacy, 'BankApp.kt', 15).guards).toEqual(['(PrivacyConsent.isAgreed(this))']);
    expect(use(privacy, 'DeviceInfo.java', 25)).toMatchObject({ class: 'DeviceInfo', function: 'apps', permissions: ['android.permission.QUERY_ALL_PACKAGES'], startup: false });
    expect(use(privacy, 'UMDevice.java', 9)).toMatchObject({ origin: 'sdk', sdk: { id: 'umeng-analytics' } });
    expect(use(privacy, 'DebugDevice.kt', 8).debug).toBe(true);
    expect(use(privacy, 'Branches.kt', 17)).toMatchObject({ request: true, personalInfo: 'photos-or-videos' });
    // Debug code is not shipped: it neither collects nor uses a permission.
    expect(privacy.collected.find((c) => c.personalInfo === 'imsi')?.count).toBe(1);
    expect(privacy.collected.find((c) => c.personalInfo === 'imei')).toMatchObject({ count: 2, origin: 'app', location: { file: 'app/src/main/java/com/example/bank/BankApp.kt', line: 15 } });
    expect(privacy.permissionsUsed).toContain('android.permission.CAMERA');
    expect(privacy.permissionsUsed).not.toContain('android.permission.READ_CONTACTS');
    expect(privacy.knownPermissions).toContain('android.permission.READ_CONTACTS');
  });

  it('iOS: application(_:didFinishLaunchingWithOptions:) is start-up; required-reason categories are summed', () => {
    const { privacy } = run('ios-app');
    expect(use(privacy, 'AppDelegate.swift', 8)).toMatchObject({ startup: true, function: 'application', personalInfo: 'device-id' });
    expect(use(privacy, 'AppDelegate.swift', 13).guards).toEqual(['Consent.shared.privacyAccepted']);
    expect(use(privacy, 'Scanner.m', 9)).toMatchObject({ class: 'Scanner', function: 'start' });
    expect(privacy.requiredReasons.map((r) => [r.category, r.count])).toEqual([['DiskSpace', 1], ['FileTimestamp', 1], ['UserDefaults', 1]]);
  });
});

describe('attribution of committed SDK sources', () => {
  const catalog = catalogFromSources([{ file: 'policies/catalog/x.yaml', text: [
    'sdks:',
    '  - id: um',
    '    name: UM',
    '    vendor: { en: UM }',
    '    categories: [analytics]',
    '    personalInfo: [device-id]',
    '    tracker: true',
    '    applePrivacyManifestRequired: false',
    '    androidClassPrefixes: [com.um.]',
    '    iosClassPrefixes: [UMCommon]',
    '    sources: [test]',
  ].join('\n') }]);
  it('by Java package, by Objective-C/Swift class prefix, else by the file name', () => {
    expect(sdkOf(catalog, 'a/X.java', { api: 'x', line: 1, column: 1, symbol: 's', pkg: 'com.um.core', cls: 'X' })?.id).toBe('um');
    expect(sdkOf(catalog, 'a/X.java', { api: 'x', line: 1, column: 1, symbol: 's', pkg: 'com.bank', cls: 'X' })).toBeNull();
    expect(sdkOf(catalog, 'V/A.m', { api: 'x', line: 1, column: 1, symbol: 's', cls: 'UMCommonDevice' })?.id).toBe('um');
    expect(sdkOf(catalog, 'V/UMCommonLog.swift', { api: 'x', line: 1, column: 1, symbol: 's' })?.id).toBe('um');
    expect(sdkOf(catalog, 'V/Bank.swift', { api: 'x', line: 1, column: 1, symbol: 's', cls: 'Bank' })).toBeNull();
  });
});

describe('one read per file', () => {
  it('a Kotlin source is scanned for the uses with the class and function around them', () => {
    const file = 'app/src/main/java/a/B.kt';
    const text = 'import android.telephony.TelephonyManager\nclass B { fun f(tm: TelephonyManager) { tm.imei } }\n';
    const scan = scanBytes(file, wantOf(file), { ok: true, bytes: Buffer.from(text) });
    expect(scan.privacy).toEqual([{ api: 'android/telephony-imei', line: 2, column: 44, symbol: 'imei', cls: 'B', fn: 'f' }]);
  });

  it('test code is not read for privacy; sources are', () => {
    const repo = new MemoryRepo({
      'app/src/main/java/a/B.kt': 'import android.telephony.TelephonyManager\nfun f(tm: TelephonyManager) = tm.imei\n',
      'app/src/test/java/a/BTest.kt': 'import android.telephony.TelephonyManager\nfun f(tm: TelephonyManager) = tm.imei\n',
    });
    expect(detectPrivacy({ repo, appDir: '' }).facts.uses.map((u) => u.location.file)).toEqual(['app/src/main/java/a/B.kt']);
  });
});

describe('code, not comments or strings', () => {
  it('blanks comments and string contents, keeping offsets and line breaks', () => {
    const s = 'a.b() // x.y()\n"s.t()" /* u\nv */ w\n\'q\' """m\nn""" `t\nu`';
    const code = blankNonCode(s);
    expect(code.length).toBe(s.length);
    expect(code.split('\n').length).toBe(s.split('\n').length);
    expect(code.replace(/\s+/g, ' ').trim()).toBe('a.b() " " w \' \' """ """ ` `');
  });

  it('an unterminated string costs one line, not the file', () => {
    const code = blankNonCode('val s = "open\nval t = x.y()');
    expect(code.split('\n')[1]).toBe('val t = x.y()');
  });
});

describe('the API catalogue', () => {
  it('is valid against its schema, with unique ids, sources and a known type or permission per entry', () => {
    const files = readValidatedApiCatalog();
    expect(files.map((f) => f.platform).sort()).toEqual(['android', 'flutter', 'harmonyos', 'ios', 'react-native']);
    for (const a of files.flatMap((f) => f.apis)) expect(a.personalInfo ?? a.requiredReason ?? (a.silent && a.permissions.length > 0), a.id).toBeTruthy();
  });

  it('rejects an entry without a way to match, naming the file and line', () => {
    const text = 'platform: android\nextensions: [kt]\napis:\n  - id: android/x\n    api: Foo.bar\n    permissions: []\n    sources: [test]\n';
    expect(() => parseApiCatalog([{ file: 'policies/api-catalog/x.yaml', text }], apiCatalogValidator())).toThrow(ConfigurationError);
    expect(() => parseApiCatalog([{ file: 'policies/api-catalog/x.yaml', text }], apiCatalogValidator())).toThrow(/policies\/api-catalog\/x\.yaml:4/);
  });
});
