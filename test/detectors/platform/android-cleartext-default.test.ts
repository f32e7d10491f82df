// Below targetSdk 28, an app whose main manifest writes neither android:usesCleartextTraffic nor
// android:networkSecurityConfig allows cleartext by default: from the repository's files (Gradle
// module and manifest module must line up) to nfra/android-cleartext-traffic's finding.
import { describe, expect, it } from 'vitest';
import { MemoryRepo } from '../../../src/repo/files.js';
import { collectFacts } from '../../../src/detectors/index.js';
import { evaluate, loadPack, testManifest } from '../../../src/engine/index.js';

function findings(targetSdk: number, application: string): string[] {
  const repo = new MemoryRepo({
    'settings.gradle': "include ':app', ':lib'\n",
    'app/build.gradle': `apply plugin: 'com.android.application'\nandroid {\n    defaultConfig {\n        applicationId "cn.example.bank"\n        minSdkVersion 21\n        targetSdkVersion ${targetSdk}\n    }\n}\n`,
    'app/src/main/AndroidManifest.xml': `<?xml version="1.0" encoding="utf-8"?>\n<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n    <application\n        ${application}\n        android:label="Bank"/>\n</manifest>\n`,
    'lib/build.gradle': "apply plugin: 'com.android.library'\nandroid {\n    defaultConfig {\n        targetSdkVersion 25\n    }\n}\n",
    'lib/src/main/AndroidManifest.xml': '<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n    <application/>\n</manifest>\n',
  });
  const { facts } = collectFacts({ repo, appDir: '' }, ['android']);
  return evaluate([loadPack('nfra-2024-99')], {
    manifest: testManifest('mobile-app.yaml', 'apiVersion: mobile-policy/v1\n'), facts, now: new Date('2026-06-30T00:00:00Z'), stage: 'pr',
  }).filter((f) => f.ruleId === 'nfra/android-cleartext-traffic')
    .map((f) => `${f.location?.file}:${f.location?.line} ${f.message.en} | ${f.message['zh-CN']}`);
}

describe('cleartext by default below targetSdk 28', () => {
  it('is reported at the app module main manifest <application>, never at a library manifest', () => {
    expect(findings(25, 'android:allowBackup="false"')).toEqual([
      'app/src/main/AndroidManifest.xml:3 targetSdk 25 < 28 and the main manifest sets neither android:usesCleartextTraffic nor '
        + 'android:networkSecurityConfig, so Android allows cleartext traffic by default: the release app may send data over plain HTTP.'
        + ' | `targetSdk` 为 25（低于 28），且主 AndroidManifest.xml 清单文件既未设置 `android:usesCleartextTraffic` 也未设置 '
        + '`android:networkSecurityConfig`，系统默认允许明文传输：正式版本应用可能通过明文 HTTP 传输数据。',
    ]);
  });

  it('is not reported from targetSdk 28, nor when either attribute is written as false or a config', () => {
    expect(findings(28, 'android:allowBackup="false"')).toEqual([]);
    expect(findings(25, 'android:usesCleartextTraffic="false"')).toEqual([]);
    expect(findings(25, 'android:networkSecurityConfig="@xml/network_security_config"')).toEqual([]);
  });
});
