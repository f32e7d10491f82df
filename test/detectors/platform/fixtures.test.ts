// Annotated fixtures: every `expect:` marker must be matched by a fact at that line, and every
// fact of a checked kind must be marked. Clean fixtures carry no concern markers.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DiskRepo } from '../../../src/repo/files.js';
import { collectFacts } from '../../../src/detectors/index.js';
import type { AndroidFacts } from '../../../src/detectors/android/index.js';
import type { IosFacts } from '../../../src/detectors/ios/index.js';
import type { HarmonyFacts } from '../../../src/detectors/harmonyos/index.js';
import type { LinksFacts } from '../../../src/detectors/links/index.js';
import { asObject, group, readMarkers } from './markers.js';
import { androidItems, diagItems, harmonyItems, iosItems, linkItems, type Item } from './extract.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/platform');
const DETECTORS = ['android', 'ios', 'harmonyos', 'links'];

function run(name: string) {
  const root = path.join(FIXTURES, name);
  const repo = new DiskRepo(root);
  const { facts, diagnostics } = collectFacts({ repo, appDir: '' }, DETECTORS);
  const items: Item[] = [
    ...androidItems(facts.android as AndroidFacts),
    ...iosItems(facts.ios as IosFacts),
    ...harmonyItems(facts.harmonyos as HarmonyFacts),
    ...linkItems(facts.links as LinksFacts),
    ...diagItems(diagnostics),
  ];
  return { facts, diagnostics, actual: group(items), expected: readMarkers(root) };
}

const IDS = [
  'android.permission', 'android.meta-data', 'android.exported', 'android.application', 'android.cleartext',
  'android.debuggable', 'android.testOnly', 'android.allowBackup', 'android.user-ca', 'android.override-pins',
  'android.minSdk', 'android.targetSdk', 'android.compileSdk', 'android.minify-off', 'android.literal-password',
  'android.webview.javascript-enabled', 'android.webview.file-access', 'android.webview.universal-access-from-file-urls',
  'android.webview.file-access-from-file-urls', 'android.webview.webcontents-debugging', 'android.webview.ssl-error-proceed',
  'ios.bundle-id', 'ios.usage', 'ios.url-scheme', 'ios.ats.arbitrary', 'ios.ats.insecure-domain', 'ios.ats.tls',
  'ios.deployment-target', 'ios.privacy.collected', 'ios.privacy.invalid-reason',
  'harmonyos.bundleName', 'harmonyos.versionName', 'harmonyos.permission', 'harmonyos.sdk', 'harmonyos.signing',
  'links.http', 'links.https', 'links.ws', 'links.wss', 'links.local', 'links.comment', 'links.dynamic',
  'diag.android/xml-parse', 'diag.ios/plist-parse', 'diag.harmonyos/json5-parse', 'diag.tool/detector-failed',
];

describe.each(['android-dirty', 'android-clean', 'flutter-app', 'rn-app', 'harmony-app', 'broken'])('fixture %s', (name) => {
  it('reports exactly the marked facts at the marked lines', () => {
    const { actual, expected } = run(name);
    const unknown = [...expected.keys()].filter((id) => !IDS.includes(id));
    expect(unknown).toEqual([]);
    expect(asObject(actual, IDS)).toEqual(asObject(expected, IDS));
  });
});

const CONCERNS = ['android.exported', 'android.cleartext', 'android.debuggable', 'android.testOnly', 'android.allowBackup',
  'android.user-ca', 'android.override-pins', 'android.minify-off', 'android.literal-password',
  'ios.ats.arbitrary', 'ios.ats.insecure-domain', 'ios.ats.tls', 'ios.privacy.invalid-reason', 'links.http'];

describe('clean fixture', () => {
  it('has no facts of concern and no diagnostics', () => {
    const { actual, diagnostics } = run('android-clean');
    for (const id of CONCERNS) expect(actual.get(id), id).toBeUndefined();
    expect(Object.keys(asObject(actual, IDS)).filter((id) => id.startsWith('android.webview') && actual.has(id))).toEqual([]);
    expect(diagnostics).toEqual([]);
  });
});
