import { describe, expect, it } from 'vitest';
import { detectFixture, find } from './helpers.js';

describe('sdks: Gradle Kotlin DSL + version catalog', () => {
  const { facts, diagnostics } = detectFixture('android-kts');
  const c = facts.components;

  it('reads without diagnostics', () => {
    expect(diagnostics).toEqual([]);
  });

  it('resolves libs accessors through version.ref, with build-file and catalog evidence', () => {
    const core = find(c, 'pkg:maven/androidx.core/core-ktx');
    expect(core).toMatchObject({ version: '1.13.1', direct: true, scope: 'runtime', configurations: ['implementation'], dynamicVersion: false,
      location: { file: 'app/build.gradle.kts', line: 14, column: 5 } });
    expect(core.locations).toEqual([{ file: 'app/build.gradle.kts', line: 14 }, { file: 'gradle/libs.versions.toml', line: 13 }]);
    expect(core.purl).toBe('pkg:maven/androidx.core/core-ktx@1.13.1');
  });

  it('expands bundles', () => {
    for (const id of ['pkg:maven/com.squareup.okhttp3/okhttp', 'pkg:maven/com.squareup.okhttp3/logging-interceptor', 'pkg:maven/com.squareup.retrofit2/retrofit']) {
      expect(find(c, id).locations).toContainEqual({ file: 'app/build.gradle.kts', line: 17 });
    }
  });

  it('marks platform() BOMs and keeps BOM-managed libraries unresolved', () => {
    expect(find(c, 'pkg:maven/androidx.compose/compose-bom')).toMatchObject({ bom: true, version: '2024.09.00' });
    expect(find(c, 'pkg:maven/androidx.compose.material3/material3')).toMatchObject({ version: 'unresolved', purl: 'pkg:maven/androidx.compose.material3/material3' });
  });

  it('classifies dynamic versions: latest.release and rich ranges; a lockfile pins `+`', () => {
    expect(find(c, 'pkg:maven/com.tencent.bugly/crashreport').dynamicVersion).toBe(true);
    expect(find(c, 'pkg:maven/cn.jiguang.sdk/jpush').dynamicVersion).toBe(true);
    expect(find(c, 'pkg:maven/com.alipay.sdk/alipaysdk-android')).toMatchObject({ version: '15.8.17', versionSpec: '+', dynamicVersion: false });
  });

  it('resolves gradle.properties and local vals; keeps unknown versions as unresolved with evidence', () => {
    expect(find(c, 'pkg:maven/com.umeng.umsdk/common')).toMatchObject({ version: '9.6.3', versionSpec: '${property("umengVersion")}' });
    expect(find(c, 'pkg:maven/com.tencent.mm.opensdk/wechat-sdk-android').version).toBe('6.8.28');
    expect(find(c, 'pkg:maven/com.example.internal/secure-keyboard')).toMatchObject({ version: 'unresolved', location: { file: 'app/build.gradle.kts', line: 26 } });
    expect(facts.unresolved).toContainEqual(expect.objectContaining({ file: 'app/build.gradle.kts', line: 26 }));
  });

  it('keeps test scopes, marks lockfile-only entries transitive, ignores project deps and comments', () => {
    expect(find(c, 'pkg:maven/junit/junit')).toMatchObject({ scope: 'test', configurations: ['testImplementation'], direct: true });
    expect(find(c, 'pkg:maven/androidx.test.espresso/espresso-core')).toMatchObject({ scope: 'test', configurations: ['androidTestImplementation'] });
    expect(find(c, 'pkg:maven/com.squareup.okio/okio')).toMatchObject({ direct: false, location: { file: 'app/gradle.lockfile', line: 6 } });
    expect(c.some((x) => x.name === 'core' || x.name === 'commented-out' || x.name === 'unused')).toBe(false);
  });

  it('reads convention plugins (findLibrary) and prefers the non-test scope', () => {
    const hilt = find(c, 'pkg:maven/com.google.dagger/hilt-android-compiler');
    expect(hilt.locations.map((l) => l.file)).toContain('build-logic/convention/src/main/kotlin/AndroidFirebaseConventionPlugin.kt');
    expect(hilt).toMatchObject({ scope: 'build', configurations: ['ksp'] });
  });

  it('reads add(configurationVariable, dep) and ignores words inside strings', () => {
    expect(find(c, 'pkg:maven/com.huawei.hms/push')).toMatchObject({ scope: 'runtime', configurations: ['gplayImplementation', 'implementation'] });
    expect(facts.unresolved.filter((u) => u.line > 32)).toEqual([]);
  });

  it('reports third-party Gradle plugins (marker artifacts), not the build\'s own convention plugins', () => {
    const plugins = c.filter((x) => x.configurations?.includes('plugin')).map((x) => x.purl);
    expect(c.filter((x) => x.configurations?.includes('plugin')).every((x) => x.scope === 'build')).toBe(true);
    expect(plugins).toEqual([
      'pkg:maven/com.android.application/com.android.application.gradle.plugin@8.5.2',
      'pkg:maven/com.android.library/com.android.library.gradle.plugin',
      'pkg:maven/com.google.gms.google-services/com.google.gms.google-services.gradle.plugin@4.4.2',
      'pkg:maven/com.huawei.agconnect/com.huawei.agconnect.gradle.plugin@1.9.1.301',
    ]);
    expect(find(c, 'pkg:maven/com.google.gms.google-services/com.google.gms.google-services.gradle.plugin').locations)
      .toEqual([{ file: 'build.gradle.kts', line: 3 }, { file: 'core/build.gradle.kts', line: 3 }]);
  });

  it('matches files() and fileTree() to vendored binaries', () => {
    expect(facts.vendoredBinaries.map((b) => [b.file, b.kind, b.referencedBy])).toEqual([
      ['app/libs/alipaySdk-15.8.11.aar', 'aar', [{ file: 'app/build.gradle.kts', line: 27 }]],
      ['app/libs/open_sdk_3.5.14.jar', 'jar', [{ file: 'app/build.gradle.kts', line: 28 }]],
    ]);
    expect(find(c, 'pkg:generic/alipaySdk')).toMatchObject({ ecosystem: 'file', version: '15.8.11', direct: true,
      location: { file: 'app/build.gradle.kts', line: 27 } });
  });

  it('lists repositories from settings.gradle.kts, not commented ones, one entry per repository with every place', () => {
    expect(facts.repositories.map((r) => r.url)).toEqual([
      'https://dl.google.com/dl/android/maven2/', 'https://repo.maven.apache.org/maven2/', 'https://plugins.gradle.org/m2/',
      'https://developer.huawei.com/repo/', 'https://repo1.maven.org/maven2/',
    ]);
    expect(facts.repositories[3]!.location).toEqual({ file: 'settings.gradle.kts', line: 13, column: 9 });
    expect(facts.repositories[0]!.locations?.length).toBe(2);
    expect(facts.repositories[3]!.locations).toBeUndefined();
  });
});

describe('sdks: Gradle Groovy DSL with ext variables', () => {
  const { facts, diagnostics } = detectFixture('android-groovy');
  const c = facts.components;

  it('resolves ext {} variables, ext maps (nested) and def variables', () => {
    expect(diagnostics).toEqual([]);
    expect(find(c, 'pkg:maven/com.squareup.okhttp3/okhttp').version).toBe('4.9.3');
    expect(find(c, 'pkg:maven/com.google.code.gson/gson').version).toBe('2.10.1');
    expect(find(c, 'pkg:maven/androidx.appcompat/appcompat').version).toBe('1.6.1');
    expect(find(c, 'pkg:maven/org.jetbrains.kotlin/kotlin-stdlib').version).toBe('1.9.24');
    expect(find(c, 'pkg:maven/com.getui/gtsdk')).toMatchObject({ version: '3.3.7.0', versionSpec: '$getuiVersion' });
  });

  it('reads the map form, several coordinates on one line, classpath and dynamic versions', () => {
    expect(find(c, 'pkg:maven/com.umeng.umsdk/asms')).toMatchObject({ version: '1.8.0', location: { file: 'app/build.gradle', line: 12 } });
    expect(find(c, 'pkg:maven/com.baidu.lbsyun/BaiduMapSDK_Map').location.line).toBe(17);
    expect(find(c, 'pkg:maven/com.baidu.lbsyun/BaiduMapSDK_Location').location.line).toBe(17);
    expect(find(c, 'pkg:maven/com.huawei.agconnect/agcp')).toMatchObject({ scope: 'build', configurations: ['classpath'], version: '1.9.1.301' });
    expect(find(c, 'pkg:maven/com.tencent.bugly/crashreport')).toMatchObject({ dynamicVersion: true, purl: 'pkg:maven/com.tencent.bugly/crashreport@4.%2B' });
    expect(find(c, 'pkg:maven/com.example/nightly').dynamicVersion).toBe(true);
  });

  it('reports what it cannot resolve, with the line', () => {
    expect(facts.unresolved).toEqual([{ file: 'app/build.gradle', line: 18, text: 'implementation thirdParty.sensors',
      reason: '"thirdParty.sensors" is not statically resolvable to a coordinate' }]);
  });

  it('finds vendored binaries (flatDir name/ext, fileTree, jniLibs) and skips the Gradle wrapper', () => {
    expect(facts.vendoredBinaries.map((b) => `${b.kind}:${b.name}:${b.referencedBy?.map((r) => r.line).join(',') ?? '-'}`)).toEqual([
      'jar:SecurityKeyboard_v2.1.0:6', 'aar:unionpay-sdk-3.5.9:6,16', 'so:tongdun:-',
    ]);
    expect(find(c, 'pkg:generic/unionpay-sdk').version).toBe('3.5.9');
    expect(facts.repositories.map((r) => r.url)).toContain('https://maven.aliyun.com/repository/public');
    expect(facts.repositories.map((r) => r.url)).toContain('flatDir:libs');
  });
});

describe('sdks: Gradle repositories written inside strings', () => {
  it('a shorthand inside a string (a log line of a jcenter() shim) is not a repository', async () => {
    const { detectSdks } = await import('../../../src/detectors/sdks/index.js');
    const { MemoryRepo } = await import('../../../src/repo/files.js');
    const { facts } = detectSdks({ repo: new MemoryRepo({
      'settings.gradle': "include ':app'\n",
      'build.gradle': [
        'allprojects {',
        '  repositories {',
        '    logger.lifecycle("Redirected jcenter() to mavenCentral()")',
        "    println 'use google() first'",
        '    mavenCentral()',
        '  }',
        '}',
      ].join('\n'),
    }), appDir: '' });
    expect(facts.repositories.map((r) => `${r.url} ${r.location.line}`)).toEqual(['https://repo.maven.apache.org/maven2/ 5']);
  });
});
