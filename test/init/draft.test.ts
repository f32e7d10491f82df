import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { collectFacts } from '../../src/detectors/index.js';
import { detect, draftManifest, type DraftFacts } from '../../src/init/draft.js';
import { appfileId, iosAppIdFromSpecs, xcodeGenBundleId } from '../../src/init/app-id.js';
import { loadCatalog } from '../../src/catalog/index.js';
import { MemoryRepo } from '../../src/repo/files.js';
import { elfSharedObject, jar } from '../helpers/binaries.js';

const PLATFORM = ['pkg:maven/androidx.*', 'pkg:maven/org.jetbrains.kotlin/*', 'pkg:cocoapods/hermes-engine', 'pkg:cocoapods/Flutter'];

function facts(files: Record<string, string | Uint8Array>): DraftFacts {
  return collectFacts({ repo: new MemoryRepo(files), appDir: '' }, ['android', 'ios', 'sdks']).facts as DraftFacts;
}

const ANDROID_MANIFEST = `<manifest xmlns:android="http://schemas.android.com/apk/res/android" xmlns:tools="http://schemas.android.com/tools">
  <uses-permission android:name="android.permission.INTERNET" />
  <uses-permission android:name="android.permission.CAMERA" />
  <uses-permission android:name="android.permission.READ_PHONE_STATE" tools:node="remove" />
  <application android:label="Bank" />
</manifest>
`;

const ANDROID_APP = {
  'settings.gradle': "include ':app'\n",
  'app/build.gradle': [
    "plugins { id 'com.android.application' }",
    'android {',
    '    defaultConfig {',
    "        applicationId 'cn.example.bank'",
    '    }',
    '}',
    'dependencies {',
    "    implementation 'com.umeng.umsdk:common:9.6.3'",
    "    implementation 'com.umeng.umsdk:asms:1.8.0'",
    "    implementation 'com.umeng.umsdk:push:6.6.0'",
    "    implementation 'com.google.code.gson:gson:2.11.0'",
    "    implementation 'com.squareup.retrofit2:retrofit:2.11.0'",
    "    implementation 'androidx.core:core-ktx:1.13.1'",
    "    testImplementation 'junit:junit:4.13.2'",
    "    debugImplementation 'cn.jiguang.sdk:jpush:5.4.0'",
    "    implementation fileTree(dir: 'libs', include: ['*.jar', '*.aar'])",
    '}',
  ].join('\n'),
  'app/src/main/AndroidManifest.xml': ANDROID_MANIFEST,
  'app/libs/retrofit.jar': 'PK',
  'app/libs/Rong_IMLib.jar': 'PK',
  'app/libs/arm64-v8a/libRongIMLib.so': '\x7fELF',
  'app/libs/Acme_Pay.jar': 'PK',
  'app/libs/arm64-v8a/libAcmePay.so': '\x7fELF',
};

describe('init draft: the ledger lists SDKs', () => {
  it('drafts one entry per catalogue vendor SDK with its packages grouped, plus vendored binaries; nothing for libraries, platform, test or debug', () => {
    const d = detect(facts(ANDROID_APP), { platformPackages: PLATFORM });
    // Retrofit is in the catalogue but open source: inventory evidence, not a ledger entry.
    expect(d.sdks.map((s) => s.id)).toEqual(['acme-pay', 'retrofit-vendored', 'rongcloud', 'umeng-analytics', 'umeng-push']);
    const umeng = d.sdks.find((s) => s.id === 'umeng-analytics')!;
    expect(umeng.packages).toEqual(['pkg:maven/com.umeng.umsdk/asms', 'pkg:maven/com.umeng.umsdk/common']);
    expect(umeng.purpose).toBe('analytics');
    expect(d.sdks.find((s) => s.id === 'umeng-push')!.purpose).toBe('developer-communications');
    // The jar and the .so of one library are one entry, under the catalogue id when the
    // catalogue knows the files (RongCloud) and under a made-up id otherwise; a made-up id never
    // takes a catalogue id.
    expect(d.sdks.find((s) => s.id === 'rongcloud')!.packages).toEqual(['pkg:generic/Rong_IMLib', 'pkg:generic/RongIMLib']);
    expect(d.sdks.find((s) => s.id === 'acme-pay')!.packages).toEqual(['pkg:generic/Acme_Pay', 'pkg:generic/AcmePay']);
    expect(loadCatalog().byId.has('retrofit')).toBe(true);
    expect(d.sdks.find((s) => s.id === 'retrofit-vendored')!.purpose).toBeUndefined();
  });

  it('a vendored native library the catalogue names joins its SDK entry (libtencentloc.so with the Tencent Location jar)', () => {
    const d = detect(facts({
      ...ANDROID_APP,
      'app/libs/TencentLocationSdk_v4.9.7.jar': 'PK',
      'app/libs/armeabi-v7a/libtencentloc.so': '\x7fELF',
    }), { platformPackages: PLATFORM });
    expect(d.sdks.filter((s) => /tencent/i.test(s.id)).map((s) => [s.id, s.packages])).toEqual([
      ['tencent-location', ['pkg:generic/TencentLocationSdk', 'pkg:generic/tencentloc']],
    ]);
  });

  it('names renamed binaries by their contents: one entry per SDK, bundled SDKs included, the .so of every ABI folded in', () => {
    const so = elfSharedObject(['Java_com_baidu_location_LocationClient_init']);
    const umeng = Array.from({ length: 20 }, (_, i) => `com.umeng.analytics.pro.C${i}`);
    const d = detect(facts({
      'app/build.gradle': "plugins { id 'com.android.application' }\ndependencies {\n    implementation fileTree(dir: 'libs', include: ['*.jar'])\n}\n",
      'app/libs/social.jar': jar([...umeng, ...Array.from({ length: 8 }, (_, i) => `com.tencent.mm.opensdk.W${i}`)]),
      'app/libs/geo-sdk.jar': jar(['com.baidu.location.LocationClient', 'com.baidu.location.BDLocation']),
      'app/libs/arm64-v8a/libgeo.so': so,
      'app/libs/armeabi-v7a/libgeo.so': so,
    }), { platformPackages: PLATFORM });
    expect(d.sdks.map((s) => [s.id, s.packages])).toEqual([
      ['baidu-location', ['pkg:generic/geo', 'pkg:generic/geo-sdk']],
      ['umeng-analytics', ['pkg:generic/social']],
      ['wechat-opensdk', ['pkg:generic/social']],
    ]);
  });

  it('writes purpose from the catalogue (TODO only where nothing is known) and Android identifiers only for Android apps', () => {
    const doc = parse(draftManifest(facts(ANDROID_APP), 'Bank', { platformPackages: PLATFORM }));
    const byId = new Map((doc.sdks as { id: string; purpose: string; personalInfo: string[] }[]).map((s) => [s.id, s]));
    expect(byId.get('umeng-analytics')!.purpose).toBe('analytics');
    expect(byId.get('umeng-analytics')!.personalInfo).toContain('android-id');
    expect(byId.get('retrofit-vendored')!.purpose).toBe('TODO');
    expect(byId.get('retrofit-vendored')!.personalInfo).toEqual(['TODO']);
    expect(byId.has('retrofit')).toBe(false);
    const ios = detect(facts({
      'Podfile': "target 'Bank' do\n  pod 'UMCommon', '7.4.2'\n  pod 'BankCore', :path => '.'\n  pod 'hermes-engine', :path => '../node_modules/react-native/sdks/hermes-engine'\nend\n",
      'Podfile.lock': 'PODS:\n  - BankCore (1.0.0)\n  - hermes-engine (0.74.0)\n  - UMCommon (7.4.2)\nDEPENDENCIES:\n  - BankCore (from `.`)\n  - hermes-engine (from `../node_modules/react-native/sdks/hermes-engine`)\n  - UMCommon (= 7.4.2)\nEXTERNAL SOURCES:\n  BankCore:\n    :path: "."\n  hermes-engine:\n    :path: "../node_modules/react-native/sdks/hermes-engine"\nCOCOAPODS: 1.15.2\n',
      'Bank/Info.plist': '<?xml version="1.0"?><plist version="1.0"><dict><key>CFBundleIdentifier</key><string>cn.example.bank</string></dict></plist>',
    }), { platformPackages: PLATFORM });
    expect(ios.kinds).toEqual(['ios']);
    expect(ios.sdks.map((s) => s.id)).toEqual(['umeng-analytics']);
    expect(ios.sdks[0]!.personalInfo).not.toContain('android-id');
    expect(ios.sdks[0]!.personalInfo).not.toContain('imei');
    expect(ios.sdks[0]!.personalInfo).toContain('device-id');
  });

  it('drafts an entry for each SDK an umbrella pod embeds (UMShare/Social/WeChat ships the WeChat OpenSDK)', () => {
    const ios = detect(facts({
      'Podfile': "target 'Bank' do\n  pod 'UMShare/Social/WeChat', '6.10.3'\n  pod 'UMShare/UI', '6.10.3'\nend\n",
      'Podfile.lock': 'PODS:\n  - UMShare/Core (6.10.3)\n  - UMShare/Social/WeChat (6.10.3):\n    - UMShare/Core\n  - UMShare/UI (6.10.3):\n    - UMShare/Core\nDEPENDENCIES:\n  - UMShare/Social/WeChat (= 6.10.3)\n  - UMShare/UI (= 6.10.3)\nCOCOAPODS: 1.15.2\n',
      'Bank/Info.plist': '<?xml version="1.0"?><plist version="1.0"><dict><key>CFBundleIdentifier</key><string>cn.example.bank</string></dict></plist>',
    }), { platformPackages: PLATFORM });
    expect(ios.sdks.map((s) => s.id)).toEqual(['umeng-share', 'wechat-opensdk']);
    const wechat = ios.sdks.find((s) => s.id === 'wechat-opensdk')!;
    expect(wechat.catalogued).toBe(true);
    expect(wechat.packages).toEqual(['pkg:cocoapods/UMShare#Social/WeChat']);
  });

  it('does not draft a permission removed with tools:node="remove"', () => {
    const d = detect(facts(ANDROID_APP));
    expect(d.permissions).toEqual(['android.permission.INTERNET', 'android.permission.CAMERA']);
    // Requested by a library module, removed by the app's manifest: the merged manifest does not request it.
    const android = facts({
      ...ANDROID_APP,
      'sdk/src/main/AndroidManifest.xml': '<manifest xmlns:android="http://schemas.android.com/apk/res/android"><uses-permission android:name="android.permission.READ_PHONE_STATE" /></manifest>\n',
    }).android!;
    expect(android.manifests.flatMap((m) => m.permissions.map((p) => p.name))).toEqual(['android.permission.INTERNET', 'android.permission.CAMERA']);
  });

  it('reads minSdk/targetSdk from convention plugins and the version catalog; leaves TODO when unresolved', () => {
    const withConventions = detect(facts({
      'settings.gradle.kts': 'include(":app")\n',
      'gradle/libs.versions.toml': '[versions]\nminSdk = "26"\n',
      'app/build.gradle.kts': 'plugins { id("com.android.application"); id("bank.android.application") }\nandroid { defaultConfig { applicationId = "cn.example.bank" } }\n',
      'build-logic/convention/src/main/kotlin/KotlinAndroid.kt': 'fun configure() {\n    defaultConfig {\n        minSdk = libs.versions.minSdk.get().toInt()\n    }\n}\n',
      'build-logic/convention/src/main/kotlin/AndroidApplicationConventionPlugin.kt': 'class P {\n  fun apply() {\n    defaultConfig.targetSdk = 34\n  }\n}\n',
      'build-logic/convention/src/main/kotlin/AndroidLibraryConventionPlugin.kt': 'class L {\n  fun apply() {\n    defaultConfig.targetSdk = 33\n  }\n}\n',
    }));
    expect(withConventions.android).toEqual({ minSdk: 26, targetSdk: 34 });
    const fromCatalog = detect(facts({
      'gradle/libs.versions.toml': '[versions]\nminSdk = "24"\ntarget-sdk = "35"\n',
      'app/build.gradle.kts': 'plugins { id("com.android.application") }\nandroid {\n  defaultConfig {\n    applicationId = "cn.example.bank"\n    minSdk = libs.versions.minSdk.get().toInt()\n    targetSdk = libs.versions.target.sdk.get().toInt()\n  }\n}\n',
    }));
    expect(fromCatalog.android).toEqual({ minSdk: 24, targetSdk: 35 });
    const unknown = detect(facts({
      'app/build.gradle': "plugins { id 'com.android.application' }\nandroid { defaultConfig { applicationId 'cn.example.bank'\n minSdk rootProject.ext.minSdk } }\n",
    }));
    expect(unknown.android).toEqual({ minSdk: 'TODO', targetSdk: 'TODO' });
  });

  it('takes app.id from XcodeGen project.yml and fastlane Appfile when the build files lack it', () => {
    const spec = 'name: Wallet\noptions:\n  bundleIdPrefix: org.example\ntargets:\n  Wallet:\n    type: application\n    settings:\n      base:\n        PRODUCT_BUNDLE_IDENTIFIER: org.example.wallet\n      configs:\n        Debug:\n          PRODUCT_BUNDLE_IDENTIFIER: org.example.wallet.test\n        Release:\n          PRODUCT_BUNDLE_IDENTIFIER: org.example.wallet\n  WalletTests:\n    type: bundle.unit-test\n';
    expect(xcodeGenBundleId('project.yml', spec)).toEqual({ id: 'org.example.wallet', file: 'project.yml', line: 9 });
    expect(xcodeGenBundleId('project.yml', 'options:\n  bundleIdPrefix: org.example\ntargets:\n  Wallet:\n    type: application\n')?.id).toBe('org.example.Wallet');
    expect(appfileId('fastlane/Appfile', 'app_identifier "com.example.wallet" # bundle id\nteam_id "X"\n')).toEqual({ id: 'com.example.wallet', file: 'fastlane/Appfile', line: 1 });
    expect(appfileId('fastlane/Appfile', 'app_identifier(ENV["APP_ID"])\n')).toBeUndefined();
    const repo = new MemoryRepo({ 'fastlane/Appfile': 'app_identifier("com.example.wallet")\n' });
    const found = iosAppIdFromSpecs(repo, repo.paths)!;
    const d = detect(facts({ 'Wallet/Info.plist': '<?xml version="1.0"?><plist version="1.0"><dict><key>CFBundleIdentifier</key><string>$(PRODUCT_BUNDLE_IDENTIFIER)</string></dict></plist>' }), { specAppId: found });
    expect([d.id, d.idFrom]).toEqual(['com.example.wallet', 'fastlane/Appfile:1']);
  });

  it('takes the iOS minimum version from the app\'s project, not a test project; from project.yml when no pbxproj is committed', () => {
    const spec = (yml: string) => detect(facts({ 'project.yml': yml, 'Wallet/Info.plist': '<?xml version="1.0"?><plist version="1.0"><dict/></plist>' })).ios;
    expect(spec('options:\n  deploymentTarget:\n    iOS: 15.0\ntargets:\n  Wallet:\n    type: application\n    sources: [Wallet]\n')).toEqual({ minimumVersion: '15.0' });
    expect(spec('targets:\n  Wallet:\n    type: application\n    sources: [Wallet]\n    deploymentTarget: "16.4"\n')).toEqual({ minimumVersion: '16.4' });
    const pbx = (target: string) => `// !$*UTF8*$!\n{\n\tobjects = {\n\t\tC0 /* Release */ = {\n\t\t\tisa = XCBuildConfiguration;\n\t\t\tbuildSettings = {\n\t\t\t\tIPHONEOS_DEPLOYMENT_TARGET = ${target};\n\t\t\t\tPRODUCT_BUNDLE_IDENTIFIER = org.example.sim;\n\t\t\t};\n\t\t\tname = Release;\n\t\t};\n\t};\n}\n`;
    const onlyTestProject = facts({ 'Packages/Kit/Tests/Sim/Sim.xcodeproj/project.pbxproj': pbx('13.0'), 'Wallet/Info.plist': '<?xml version="1.0"?><plist version="1.0"><dict/></plist>' });
    // With the app's project.yml beside the test project: the spec's target, not the test project's.
    const withSpec = facts({ 'Packages/Kit/Tests/Sim/Sim.xcodeproj/project.pbxproj': pbx('13.0'), 'Wallet/Info.plist': '<?xml version="1.0"?><plist version="1.0"><dict/></plist>',
      'project.yml': 'options:\n  deploymentTarget:\n    iOS: 15.0\ntargets:\n  Wallet:\n    type: application\n    sources: [Wallet]\n' });
    const d = detect(withSpec);
    expect(d.ios).toEqual({ minimumVersion: '15.0' });
    expect(d.id).toBeUndefined();
    // A project under a test folder is not the app: its deployment target is not read.
    expect(onlyTestProject.ios!.deploymentTargets).toEqual([]);
    expect(detect(onlyTestProject).ios).toBeUndefined();
    // Project-wide 12.0, the app target's own Release setting 13.0: the app's is 13.0.
    const cfg = (id: string, target: string, bundle?: string) => `\t\t${id} /* Release */ = {\n\t\t\tisa = XCBuildConfiguration;\n\t\t\tbuildSettings = {\n\t\t\t\tIPHONEOS_DEPLOYMENT_TARGET = ${target};\n${bundle ? `\t\t\t\tPRODUCT_BUNDLE_IDENTIFIER = ${bundle};\n` : ''}\t\t\t};\n\t\t\tname = Release;\n\t\t};\n`;
    const app = facts({ 'ios/Runner.xcodeproj/project.pbxproj': `// !$*UTF8*$!\n{\n\tobjects = {\n${cfg('C1', '12.0')}${cfg('C2', '13.0', 'com.example.wallet')}\t};\n}\n`, 'ios/Runner/Info.plist': '<?xml version="1.0"?><plist version="1.0"><dict/></plist>' });
    expect(detect(app)).toMatchObject({ id: 'com.example.wallet', ios: { minimumVersion: '13.0' } });
  });
});
