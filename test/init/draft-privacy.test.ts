// `init` drafts one data flow per kind of personal information the app's own code reads, with the
// requested permissions those reads need; permissions no read explains stay in a TODO flow.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { collectFacts } from '../../src/detectors/index.js';
import { draftManifest, type DraftFacts } from '../../src/init/draft.js';
import { MemoryRepo } from '../../src/repo/files.js';

const APP = {
  'settings.gradle': "include ':app'\n",
  'app/build.gradle': "plugins { id 'com.android.application' }\nandroid { defaultConfig { applicationId 'cn.example.bank' } }\n",
  'app/src/main/AndroidManifest.xml': `<manifest xmlns:android="http://schemas.android.com/apk/res/android">
  <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
  <uses-permission android:name="android.permission.READ_CONTACTS" />
  <application android:label="Bank" />
</manifest>
`,
  'app/src/main/java/cn/example/bank/Branches.kt': [
    'package cn.example.bank',
    'import android.location.LocationManager',
    'class Branches(private val lm: LocationManager) {',
    '    fun here() = lm.getLastKnownLocation("gps")',
    '}',
  ].join('\n'),
};

describe('init drafts data flows from the code', () => {
  it('one flow per personal-information type read, with its permissions; the rest in a TODO flow', () => {
    const facts = collectFacts({ repo: new MemoryRepo(APP), appDir: '' }, ['android', 'ios', 'sdks', 'privacy']).facts as DraftFacts;
    const text = draftManifest(facts, 'Bank');
    const flows = (parse(text) as { dataFlows: { data: string[]; purpose: string; permissions: string[] }[] }).dataFlows;
    expect(flows.map((f) => [f.data, f.purpose, f.permissions])).toEqual([
      [['precise-location'], 'TODO', ['android.permission.ACCESS_FINE_LOCATION']],
      [['TODO'], 'TODO', ['android.permission.READ_CONTACTS']],
    ]);
    expect(text).toContain('# drafted from the code: android/location at app/src/main/java/cn/example/bank/Branches.kt:4');
  });

  it('without privacy facts, one TODO flow holds every permission (as before)', () => {
    const facts = collectFacts({ repo: new MemoryRepo(APP), appDir: '' }, ['android', 'ios', 'sdks']).facts as DraftFacts;
    const flows = (parse(draftManifest(facts, 'Bank')) as { dataFlows: { data: string[]; permissions: string[] }[] }).dataFlows;
    expect(flows).toHaveLength(1);
    expect(flows[0]!.data).toEqual(['TODO']);
  });
});
