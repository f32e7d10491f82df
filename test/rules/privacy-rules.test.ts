// The privacy rules (art. 16) end to end: real privacy facts of the annotated fixtures
// (test/fixtures/privacy) against the pack tests' base manifest, so that the rules' CEL reads the
// facts the detector really produces (the pack tests use hand-written ones).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../src/detectors/index.js';
import { builtinPacksDir, evaluate, loadPack, testManifest } from '../../src/engine/index.js';
import { DiskRepo } from '../../src/repo/files.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const pack = loadPack('nfra-2024-99');
const base = fs.readFileSync(path.join(builtinPacksDir(), 'nfra-2024-99', 'tests', 'base.yaml'), 'utf8');

function findings(dir: string): string[] {
  const { facts } = collectFacts({ repo: new DiskRepo(path.join(ROOT, 'test/fixtures/privacy', dir)), appDir: '' });
  const manifest = testManifest('mobile-app.yaml', base);
  return evaluate([pack], { manifest, facts, now: new Date('2026-06-30T00:00:00Z'), stage: 'release' })
    .filter((f) => f.ruleId.startsWith('nfra/privacy-') || f.ruleId === 'policy/rule-error')
    .map((f) => `${f.ruleId} ${f.location.file}:${f.location.line}`)
    .sort();
}

describe('privacy rules on the fixtures', () => {
  it('Android: device ids in app code, undeclared collection, the unused permission, a read at start-up', () => {
    const got = findings('android-app');
    expect(got.filter((f) => f.startsWith('policy/'))).toEqual([]);
    expect(got.filter((f) => f.startsWith('nfra/privacy-device-identifiers'))).toEqual([
      'nfra/privacy-device-identifiers app/src/main/java/com/example/bank/BankApp.kt:11',
      'nfra/privacy-device-identifiers app/src/main/java/com/example/bank/BankApp.kt:15',
      'nfra/privacy-device-identifiers app/src/main/java/com/example/bank/DeviceInfo.java:15',
      'nfra/privacy-device-identifiers app/src/main/java/com/example/bank/DeviceInfo.java:20',
      'nfra/privacy-device-identifiers app/src/main/java/com/example/bank/DeviceInfo.java:25',
    ]);
    // READ_CONTACTS is requested and never used; CAMERA and READ_PHONE_STATE are.
    expect(got.filter((f) => f.startsWith('nfra/privacy-permission-used'))).toEqual(['nfra/privacy-permission-used app/src/main/AndroidManifest.xml:6']);
    // ANDROID_ID at onCreate with no check before it; the IMEI read sits behind PrivacyConsent.isAgreed.
    expect(got.filter((f) => f.startsWith('nfra/privacy-before-consent'))).toEqual(['nfra/privacy-before-consent app/src/main/java/com/example/bank/BankApp.kt:11']);
    expect(got).toContain('nfra/privacy-collected-declared app/src/main/java/com/example/bank/DeviceInfo.java:31');
  });

  it('iOS: a required-reason category without a reason in the privacy manifest; UserDefaults declared', () => {
    const got = findings('ios-app');
    expect(got.filter((f) => f.startsWith('policy/'))).toEqual([]);
    expect(got.filter((f) => f.startsWith('nfra/privacy-required-reason'))).toEqual([
      'nfra/privacy-required-reason Bank/PasteViewController.swift:19',
      'nfra/privacy-required-reason Bank/Scanner.m:20',
    ]);
    expect(got).toContain('nfra/privacy-before-consent Bank/AppDelegate.swift:8');
    // Motion is never read; the microphone may be asked for by the WebView's pages.
    expect(got.filter((f) => f.startsWith('nfra/privacy-permission-used'))).toEqual(['nfra/privacy-permission-used Bank/Info.plist:13']);
    expect(got).not.toContain('nfra/privacy-before-consent Bank/AppDelegate.swift:13');
  });
});
