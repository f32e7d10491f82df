// Values (not only lines): what rules read from the facts of each fixture.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DiskRepo, MemoryRepo } from '../../../src/repo/files.js';
import { detectAndroid } from '../../../src/detectors/android/index.js';
import { detectIos } from '../../../src/detectors/ios/index.js';
import { detectHarmonyOS } from '../../../src/detectors/harmonyos/index.js';
import { detectLinks } from '../../../src/detectors/links/index.js';
import { collectFacts } from '../../../src/detectors/index.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/platform');
const repo = (name: string) => new DiskRepo(path.join(FIXTURES, name));

describe('android facts', () => {
  it('native Kotlin DSL app: catalog, gradle.properties and ext values resolved, passwords masked', () => {
    const { facts, diagnostics } = detectAndroid({ repo: repo('android-dirty'), appDir: '' });
    expect(diagnostics).toEqual([]);
    const g = facts.gradle[0]!;
    expect(g.dsl).toBe('kotlin');
    expect(g.applicationId?.value).toBe('com.example.bank');
    expect(g.minSdk).toMatchObject({ value: 21, origin: 'variable', definedAt: { file: 'gradle/libs.versions.toml', line: 3 } });
    expect(g.targetSdk).toMatchObject({ value: 33, origin: 'variable', definedAt: { file: 'gradle.properties', line: 3 } });
    expect(g.compileSdk?.value).toBe(34);
    expect(g.buildTypes.map((b) => [b.name, b.minifyEnabled?.value, b.debuggable?.value, b.applicationIdSuffix?.value, b.signingConfig?.value]))
      .toEqual([['release', false, true, undefined, 'release'], ['debug', undefined, true, '.debug', undefined]]);
    expect(g.productFlavors).toMatchObject([{ name: 'cn', dimension: { value: 'market' }, applicationIdSuffix: { value: '.cn' } }]);
    const sc = g.signingConfigs[0]!;
    expect(sc).toMatchObject({ name: 'release', literalPassword: true, storePassword: { origin: 'variable', value: '********' },
      keyPassword: { origin: 'literal', value: '********', raw: '"********"' } });
    expect(g.manifestPlaceholders).toMatchObject([{ name: 'cleartext', scope: 'defaultConfig', value: { value: 'true' } }]);

    const main = facts.manifests.find((m) => m.sourceSet === 'main')!;
    expect(main.module).toBe('app');
    expect(facts.manifests.map((m) => m.sourceSet).sort()).toEqual(['debug', 'main']);
    expect(main.application?.usesCleartextTraffic).toMatchObject({ value: '${cleartext}', releaseValue: 'true' });
    expect(main.application?.networkSecurityConfig?.value).toBe('@xml/network_security_config');
    expect(main.permissions.map((p) => [p.name, p.sdk23, p.maxSdkVersion])).toEqual([
      ['android.permission.INTERNET', false, undefined], ['android.permission.READ_CONTACTS', false, undefined],
      ['android.permission.READ_EXTERNAL_STORAGE', false, 32], ['android.permission.ACCESS_FINE_LOCATION', true, undefined]]);
    expect(main.components.map((c) => [c.kind, c.name, c.exported, c.exportedImplicitly, c.exportedWithoutPermission])).toEqual([
      ['activity', '.MainActivity', true, false, true], ['receiver', '.PushReceiver', true, true, true],
      ['service', '.SyncService', true, false, false], ['provider', '.FilesProvider', false, false, false]]);
    expect(main.metaData.map((m) => [m.name, m.parent])).toEqual([['UMENG_APPKEY', 'application'], ['JPUSH_APPKEY', '.PushReceiver']]);

    const nsc = facts.networkSecurityConfigs[0]!;
    expect(nsc.referenced).toBe(true);
    expect(nsc.cleartextPermitted.map((c) => c.domain)).toEqual(['*', 'legacy.example-bank.cn', '10.0.2.2']);
    expect(nsc.domainConfigs[1]?.pinSet).toMatchObject({ expiration: '2025-01-01', pins: 1 });
    expect(nsc.userCertificates.map((u) => u.scope)).toEqual(['base', 'debug']);
    expect(facts.webview.find((w) => w.kind === 'javascript-enabled' && w.location.file.endsWith('.kt'))?.javascriptInterfaceInFile).toBe(true);
    expect(facts.webview.find((w) => w.kind === 'javascript-enabled' && w.location.file.endsWith('.java'))?.javascriptInterfaceInFile).toBe(false);
    expect(facts.webview.filter((w) => w.inTest).map((w) => w.kind)).toEqual(['javascript-enabled']);
  });

  it('Flutter: flutter.* values are unresolved, versionCode comes from local.properties at build time', () => {
    const { facts } = detectAndroid({ repo: repo('flutter-app'), appDir: '' });
    const g = facts.gradle[0]!;
    expect(g.flutter).toBe(true);
    expect(g.minSdk).toMatchObject({ raw: 'flutter.minSdkVersion', unresolved: true, origin: 'unresolved' });
    expect(g.versionCode).toMatchObject({ origin: 'properties-file', unresolved: true });
    expect(g.buildTypes[0]?.signingConfig?.value).toBe('debug');
  });

  it('React Native: rootProject.ext values resolved, the RN plugin turns cleartext off in release', () => {
    const { facts } = detectAndroid({ repo: repo('rn-app'), appDir: '' });
    const g = facts.gradle.find((x) => x.file === 'android/app/build.gradle')!;
    expect(g.reactNative).toBe(true);
    expect(g.minSdk).toMatchObject({ value: 23, definedAt: { file: 'android/build.gradle', line: 4 } });
    expect(g.buildTypes.find((b) => b.name === 'release')?.minifyEnabled).toMatchObject({ value: false, origin: 'variable' });
    expect(g.signingConfigs[0]).toMatchObject({ name: 'debug', literalPassword: true });
    expect(facts.manifests[0]?.application?.usesCleartextTraffic?.releaseValue).toBe('false');
  });

  it('a broken build script neither crashes nor hides what was readable', () => {
    const { facts } = detectAndroid({ repo: repo('broken'), appDir: '' });
    expect(facts.gradle[0]?.applicationId?.value).toBe('com.example.broken');
  });
});

describe('ios facts', () => {
  it('resolves $(PRODUCT_BUNDLE_IDENTIFIER) from the Release configuration', () => {
    const { facts } = detectIos({ repo: repo('flutter-app'), appDir: '' });
    const p = facts.infoPlists[0]!;
    expect(p.bundleIdentifier).toMatchObject({ raw: '$(PRODUCT_BUNDLE_IDENTIFIER)', value: 'com.example.flutterBank', configuration: 'Release',
      definedAt: { file: 'ios/Runner.xcodeproj/project.pbxproj', line: 33 } });
    expect(p.ats).toMatchObject({ allowsArbitraryLoads: { value: true }, allowsLocalNetworking: { value: true } });
    expect(facts.deploymentTargets.map((d) => [d.source, d.value])).toEqual([['pbxproj', '12.0'], ['podfile', '12.0']]);
    const pm = facts.privacyManifests[0]!;
    expect(pm.tracking?.value).toBe(false);
    expect(pm.collectedDataTypes).toMatchObject([{ type: 'NSPrivacyCollectedDataTypePhoneNumber', known: true, linked: true, tracking: false, purposes: ['AppFunctionality'], invalidPurposes: [] }]);
    expect(pm.invalidReasons.map((r) => [r.apiType, r.code])).toEqual([
      ['NSPrivacyAccessedAPICategoryUserDefaults', '35F9.1'], ['NSPrivacyAccessedAPICategoryDiskSpace', 'XXXX.1']]);
  });

  it('React Native: expands $(PRODUCT_NAME:rfc1034identifier); reads ATS exception domains', () => {
    const { facts } = detectIos({ repo: repo('rn-app'), appDir: '' });
    const p = facts.infoPlists[0]!;
    expect(p.bundleIdentifier?.value).toBe('org.reactjs.native.example.RnBank');
    expect(p.ats?.exceptionDomains.map((d) => [d.domain, d.allowsInsecureHTTPLoads?.value, d.includesSubdomains?.value, d.minimumTLSVersion?.value]))
      .toEqual([['localhost', true, undefined, undefined], ['legacy.example-bank.cn', true, true, 'TLSv1.0']]);
    expect(p.usageDescriptions).toMatchObject([{ key: 'NSLocationWhenInUseUsageDescription', text: '' }]);
  });

  it('reads binary plists, located at file level', () => {
    const { facts, diagnostics } = detectIos({ repo: repo('ios-binary'), appDir: '' });
    expect(diagnostics).toEqual([]);
    const p = facts.infoPlists[0]!;
    expect(p.format).toBe('binary');
    expect(p.bundleIdentifier).toMatchObject({ value: 'com.example.binarybank', location: { file: 'App/Info.plist' } });
    expect(p.ats?.allowsArbitraryLoads).toEqual({ value: true, location: { file: 'App/Info.plist' } });
    expect(p.ats?.exceptionDomains[0]).toMatchObject({ domain: 'old.example.cn', thirdPartyAllowsInsecureHTTPLoads: { value: true } });
    expect(p.usageDescriptions.map((u) => u.key)).toEqual(['NSContactsUsageDescription']);
  });

  it('an Info.plist template a script copies (InfoBase.plist) is read where no Info.plist is committed', () => {
    const plist = (ats: boolean) => '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n'
      + `\t<key>NSAppTransportSecurity</key>\n\t<dict>\n\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<${ats}/>\n\t</dict>\n</dict>\n</plist>\n`;
    const alone = detectIos({ repo: new MemoryRepo({ 'ios/Runner/InfoBase.plist': plist(true) }), appDir: '' }).facts;
    expect(alone.infoPlists.map((p) => [p.file, p.ats?.allowsArbitraryLoads?.value, p.ats?.allowsArbitraryLoads?.location.line]))
      .toEqual([['ios/Runner/InfoBase.plist', true, 6]]);
    // Beside a committed Info.plist, the template is not what ships.
    const both = detectIos({ repo: new MemoryRepo({ 'ios/Runner/InfoBase.plist': plist(true), 'ios/Runner/Info.plist': plist(false) }), appDir: '' }).facts;
    expect(both.infoPlists.map((p) => p.file)).toEqual(['ios/Runner/Info.plist']);
  });

  it('a truncated binary plist is a located diagnostic', () => {
    const bytes = new TextEncoder().encode('bplist00\u0001\u0002garbage');
    const { diagnostics } = detectIos({ repo: new MemoryRepo({ 'ios/App/Info.plist': bytes }), appDir: '' });
    expect(diagnostics.map((d) => [d.code, d.severity, d.location.file])).toEqual([['ios/plist-parse', 'error', 'ios/App/Info.plist']]);
  });
});

describe('build templates', () => {
  it('an AndroidManifest.xml template a script copies (AndroidManifestBase.xml) is the module manifest where none is committed', () => {
    const xml = '<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n  <uses-permission android:name="android.permission.CAMERA" />\n</manifest>\n';
    const alone = detectAndroid({ repo: new MemoryRepo({ 'android/app/src/main/AndroidManifestBase.xml': xml }), appDir: '' }).facts;
    expect(alone.manifests.map((m) => [m.file, m.module, m.permissions.map((p) => [p.name, p.location.line])]))
      .toEqual([['android/app/src/main/AndroidManifestBase.xml', 'android/app', [['android.permission.CAMERA', 2]]]]);
    const both = detectAndroid({ repo: new MemoryRepo({ 'android/app/src/main/AndroidManifestBase.xml': xml,
      'android/app/src/main/AndroidManifest.xml': xml.replace('CAMERA', 'INTERNET') }), appDir: '' }).facts;
    expect(both.manifests.flatMap((m) => m.permissions.map((p) => p.name))).toEqual(['android.permission.INTERNET']);
  });
});

describe('harmonyos facts', () => {
  it('reads app.json5, module.json5 and build-profile.json5 with lines', () => {
    const { facts, diagnostics } = detectHarmonyOS({ repo: repo('harmony-app'), appDir: '' });
    expect(diagnostics).toEqual([]);
    expect(facts.app?.bundleName?.value).toBe('com.example.harmonybank');
    expect(facts.app?.versionCode?.value).toBe(1000000);
    expect(facts.modules[0]?.requestPermissions.map((p) => [p.name, p.reason, p.usedScene?.when])).toEqual([
      ['ohos.permission.INTERNET', undefined, undefined], ['ohos.permission.CAMERA', '$string:reason_camera', 'inuse'],
      ['ohos.permission.APPROXIMATELY_LOCATION', undefined, undefined]]);
    expect(facts.sdkVersions.map((s) => [s.key, s.value, s.apiLevel, s.product])).toEqual([
      ['compatibleSdkVersion', '5.0.0(12)', 12, 'default'], ['targetSdkVersion', '5.0.2(14)', 14, 'default']]);
    expect(facts.signingConfigs).toMatchObject([{ name: 'default', type: 'HarmonyOS', storeFile: './sign/release.p12', hasStorePassword: false, hasKeyPassword: false }]);
  });
});

describe('links facts', () => {
  it('counts test URLs without listing them, and lists distinct hosts', () => {
    const { facts } = detectLinks({ repo: repo('flutter-app'), appDir: '' });
    expect(facts.counts.inTest).toBe(1);
    expect(facts.urls.some((u) => u.inTest)).toBe(false);
    expect(facts.hosts).toEqual(['api.example-bank.cn', 'example-bank.cn', 'legacy.example-bank.cn', 'push.example-bank.cn']);
    expect(facts.urls.find((u) => u.host === 'legacy.example-bank.cn')).toMatchObject({ url: 'http://legacy.example-bank.cn:8080/login?x=1', scheme: 'http', line: 10, column: 17 });
  });

  it('skips XML namespaces, DTDs and lock files; notes lines too long to scan', () => {
    const long = `var x="${'a'.repeat(10_001)} http://long.example.cn";`;
    const { facts, diagnostics } = detectLinks({ repo: new MemoryRepo({
      'app/src/main/AndroidManifest.xml': '<manifest xmlns:android="http://schemas.android.com/apk/res/android" xmlns:x="http://ns.example.cn/x"/>\n',
      'ios/Info.plist': '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n',
      'package-lock.json': '{"resolved": "https://registry.npmjs.org/x"}',
      'web/app.js': long,
      'web/vendor.min.js': 'var u="http://min.example.cn"',
      'res/logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
    }), appDir: '' });
    expect(facts.urls).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.location.file]).sort()).toEqual([['links/file-skipped', 'web/vendor.min.js'], ['links/long-lines-skipped', 'web/app.js']]);
  });
});

describe('parse failures', () => {
  it('become error diagnostics in both languages, never exceptions', () => {
    const { diagnostics } = collectFacts({ repo: repo('broken'), appDir: '' });
    const parse = diagnostics.filter((d) => d.code.endsWith('-parse'));
    expect(parse.map((d) => d.code).sort()).toEqual(['android/xml-parse', 'android/xml-parse', 'harmonyos/json5-parse', 'ios/plist-parse']);
    for (const d of parse) {
      expect(d.severity).toBe('error');
      expect(d.message['zh-CN']).toMatch(/无法解析/);
      expect(d.location.line).toBeGreaterThan(0);
    }
    expect(diagnostics.filter((d) => d.code === 'tool/detector-failed')).toEqual([]);
  });
});
