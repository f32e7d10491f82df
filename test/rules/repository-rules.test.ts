// The repository rules of nfra-2024-99 end to end: real detector facts from the platform fixtures
// and the examples, evaluated against the pack tests' base manifest. The pack's own tests
// (policies/nfra-2024-99/tests/) cover each rule's cases with hand-written facts; this checks
// that those facts have the shape the detectors really produce.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../src/detectors/index.js';
import { applyWaivers, builtinPacksDir, evaluate, loadPack, testManifest } from '../../src/engine/index.js';
import { DiskRepo } from '../../src/repo/files.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PACK_DIR = path.join(builtinPacksDir(), 'nfra-2024-99');
const pack = loadPack('nfra-2024-99');
const base = fs.readFileSync(path.join(PACK_DIR, 'tests', 'base.yaml'), 'utf8');

/** Rules whose files mention facts: the repository rules. */
const REPO_RULES = new Set(
  fs
    .readdirSync(path.join(PACK_DIR, 'rules'))
    .filter((f) => /\bfacts\./.test(fs.readFileSync(path.join(PACK_DIR, 'rules', f), 'utf8')))
    .map((f) => `nfra/${f.replace(/\.yaml$/, '')}`),
);

function findings(dir: string, manifestText = base): string[] {
  const { facts } = collectFacts({ repo: new DiskRepo(path.join(ROOT, dir)), appDir: '' });
  const manifest = testManifest('mobile-app.yaml', manifestText);
  return evaluate([pack], { manifest, facts, now: new Date('2026-06-30T00:00:00Z'), stage: 'release' })
    .filter((f) => REPO_RULES.has(f.ruleId) || f.ruleId === 'policy/rule-error')
    .map((f) => `${f.ruleId} ${f.location.file}${f.location.line ? `:${f.location.line}` : ''}`);
}

describe('repository rules on detector facts', () => {
  it('are found in the pack', () => {
    expect(REPO_RULES.size).toBeGreaterThanOrEqual(35);
    expect(REPO_RULES.has('nfra/sdk-declared')).toBe(true);
  });

  it('flag the Android problems of the dirty fixture on their lines', () => {
    const got = findings('test/fixtures/platform/android-dirty');
    expect(got.filter((f) => f.startsWith('policy/'))).toEqual([]);
    // usesCleartextTraffic sits beside a network security config and minSdk is 24+: Android
    // ignores the attribute, and the config's cleartext permission is the finding.
    expect(got.filter((f) => f.startsWith('nfra/android-cleartext-traffic'))).toEqual([]);
    for (const rule of [
      'nfra/android-release-debuggable app/src/main/AndroidManifest.xml',
      'nfra/android-release-debuggable app/build.gradle.kts',
      'nfra/android-allow-backup app/src/main/AndroidManifest.xml',
      'nfra/android-nsc-cleartext app/src/main/res/xml/network_security_config.xml',
      'nfra/android-nsc-user-certificates app/src/main/res/xml/network_security_config.xml',
      'nfra/android-nsc-override-pins app/src/main/res/xml/network_security_config.xml',
      'nfra/webview-ssl-error-proceed app/src/main/java/com/example/bank/WebActivity.kt',
      'nfra/webview-debugging app/src/main/java/com/example/bank/WebActivity.kt',
      'nfra/android-release-minify app/build.gradle.kts',
      'nfra/permission-justified app/src/main/AndroidManifest.xml',
    ]) {
      expect(got.some((f) => f.startsWith(`${rule}:`)), rule).toBe(true);
    }
  });

  it('flag iOS, Flutter and HarmonyOS facts', () => {
    const rn = findings('test/fixtures/platform/rn-app');
    expect(rn.some((f) => f.startsWith('nfra/ios-ats-insecure-exception ios/RnBank/Info.plist:'))).toBe(true);
    expect(rn.some((f) => f.startsWith('nfra/ios-ats-min-tls ios/RnBank/Info.plist:'))).toBe(true);
    expect(rn.some((f) => f.startsWith('nfra/ios-version-matches-build ios/RnBank.xcodeproj/project.pbxproj:'))).toBe(true);
    const flutter = findings('test/fixtures/platform/flutter-app');
    expect(flutter.some((f) => f.startsWith('nfra/ios-ats-arbitrary-loads ios/Runner/Info.plist:'))).toBe(true);
    expect(flutter.some((f) => f.startsWith('nfra/ios-privacy-reasons ios/Runner/PrivacyInfo.xcprivacy:'))).toBe(true);
    expect(flutter.some((f) => f.startsWith('nfra/cleartext-urls lib/main.dart:'))).toBe(true);
    expect(flutter.some((f) => f.startsWith('nfra/ios-privacy-manifest'))).toBe(false);
    const harmony = findings('test/fixtures/platform/harmony-app');
    expect(harmony.some((f) => f.startsWith('nfra/harmonyos-bundle-name AppScope/app.json5:'))).toBe(true);
    expect(harmony.some((f) => f.startsWith('nfra/permission-justified entry/src/main/module.json5:'))).toBe(true);
    for (const got of [rn, flutter, harmony]) expect(got.filter((f) => f.startsWith('policy/'))).toEqual([]);
  });

  it('find nothing in the clean example with its own manifest', () => {
    const text = fs.readFileSync(path.join(ROOT, 'examples/clean-android-bank/mobile-app.yaml'), 'utf8');
    expect(findings('examples/clean-android-bank', text)).toEqual([]);
  });

  it('flag the broken example on the lines of its build files', () => {
    const text = fs.readFileSync(path.join(ROOT, 'examples/android-bank/mobile-app.yaml'), 'utf8');
    const got = findings('examples/android-bank', text);
    for (const f of [
      'nfra/android-application-id app/build.gradle:10',
      'nfra/hardcoded-credentials app/build.gradle:20',
      'nfra/android-release-minify app/build.gradle:28',
      'nfra/sdk-tracker-declared app/build.gradle:36',
      'nfra/sdk-dynamic-version app/build.gradle:38',
      'nfra/vendored-binary-declared app/build.gradle:39',
      'nfra/permission-justified app/src/main/AndroidManifest.xml:5',
      'nfra/android-allow-backup app/src/main/AndroidManifest.xml:9',
      'nfra/android-cleartext-traffic app/src/main/AndroidManifest.xml:10',
      'nfra/cleartext-urls app/src/main/java/cn/example/riverbank/Endpoints.java:6',
      'nfra/webview-ssl-error-proceed app/src/main/java/cn/example/riverbank/WebActivity.java:16',
      'nfra/dependency-repository-allowed settings.gradle:13',
    ]) {
      expect(got, f).toContain(f);
    }
    // Bugly (line 40) is a catalogued vendor SDK missing from the ledger; gson (line 38) is an
    // open-source library outside the SDK catalogue: inventory evidence, not a ledger entry.
    expect(got.filter((f) => f.startsWith('nfra/sdk-declared'))).toEqual(['nfra/sdk-declared app/build.gradle:40']);
    // The http:// link is a cleartext finding only, not also a domain warning.
    expect(got).not.toContain('nfra/url-domain-allowed app/src/main/java/cn/example/riverbank/Endpoints.java:6');
    expect(got.filter((f) => f.startsWith('policy/'))).toEqual([]);
  });

  it('lets a waiver target one package URL', () => {
    const text = `${fs.readFileSync(path.join(ROOT, 'examples/android-bank/mobile-app.yaml'), 'utf8')}
  - rule: nfra/sdk-tracker-declared
    scope: pkg:maven/com.umeng.umsdk/asms
    reason: personal information list under review
    approvedBy: { name: Chen Jie, email: chen.jie@riverbank.example }
    expires: 2026-09-30
`;
    const { facts } = collectFacts({ repo: new DiskRepo(path.join(ROOT, 'examples/android-bank')), appDir: '' });
    const manifest = testManifest('mobile-app.yaml', text);
    const now = new Date('2026-06-30T00:00:00Z');
    const all = evaluate([pack], { manifest, facts, now, stage: 'release' });
    const tracker = applyWaivers(all, manifest, now, [pack]).findings.filter((f) => f.ruleId === 'nfra/sdk-tracker-declared');
    expect(tracker.map((f) => [f.subject, f.waived])).toEqual([
      ['pkg:maven/com.umeng.umsdk/common', false],
      ['pkg:maven/com.umeng.umsdk/asms', true],
    ]);
  });
});
