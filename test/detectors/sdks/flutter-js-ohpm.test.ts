import { describe, expect, it } from 'vitest';
import { MemoryRepo } from '../../../src/repo/files.js';
import { detectSdks } from '../../../src/detectors/sdks/index.js';
import { detectFixture, find } from './helpers.js';

describe('sdks: Flutter pubspec.yaml + pubspec.lock', () => {
  const { facts, diagnostics } = detectFixture('flutter');
  const c = facts.components;
  it('pairs declarations with locked versions and keeps dev scope', () => {
    expect(diagnostics).toEqual([]);
    expect(find(c, 'pkg:pub/dio')).toMatchObject({ version: '5.6.0', versionSpec: '^5.4.3', dynamicVersion: false, direct: true,
      locations: [{ file: 'pubspec.lock', line: 11 }, { file: 'pubspec.yaml', line: 12 }] });
    expect(find(c, 'pkg:pub/flutter_lints').scope).toBe('dev');
    expect(find(c, 'pkg:pub/http_parser').direct).toBe(false);
    expect(find(c, 'pkg:pub/private_sdk').source).toBe('hosted:https://pub.example.com');
  });
  it('takes a git branch pin as pinned when pubspec.lock records the resolved-ref commit; skips path packages', () => {
    expect(find(c, 'pkg:pub/secure_keyboard')).toMatchObject({ dynamicVersion: false, version: '1.2.0', versionSpec: 'git ref develop' });
    expect(c.some((x) => x.name === 'bank_core')).toBe(false);
  });
});

describe('sdks: npm, yarn, pnpm', () => {
  it('package-lock v3: hoisted versions for direct deps, nested copies transitive, links skipped', () => {
    const { facts } = detectFixture('rn-npm');
    const c = facts.components;
    expect(find(c, 'pkg:npm/jpush-react-native')).toMatchObject({ version: '3.1.7', versionSpec: '^3.1.6', dynamicVersion: false, direct: true });
    expect(find(c, 'pkg:npm/%40react-native-async-storage/async-storage')).toMatchObject({ group: '@react-native-async-storage', name: 'async-storage' });
    expect(find(c, 'pkg:npm/typescript').scope).toBe('dev');
    expect(c.filter((x) => x.name === 'semver').map((x) => [x.version, x.direct])).toEqual([['6.3.1', false], ['7.6.3', false]]);
    expect(c.some((x) => x.name === 'bank-ui')).toBe(false);
    expect(facts.repositories).toEqual([{ url: 'https://registry.npmmirror.com/', kind: 'npm-registry', location: { file: '.npmrc', line: 1 } }]);
  });
  it('an npm alias (npm:real@range) is the real package, direct, one component', () => {
    const pkg = JSON.stringify({ dependencies: { commonmark: 'npm:@mattermost/commonmark@0.31.2-0', shim: 'npm:left-pad' } }, null, 2);
    const v3 = JSON.stringify({ lockfileVersion: 3, packages: {
      '': { dependencies: { commonmark: 'npm:@mattermost/commonmark@0.31.2-0', shim: 'npm:left-pad' } },
      'node_modules/commonmark': { name: '@mattermost/commonmark', version: '0.31.2-0', resolved: 'https://registry.npmjs.org/@mattermost/commonmark/-/commonmark-0.31.2-0.tgz' },
      'node_modules/shim': { name: 'left-pad', version: '1.3.0' },
    } }, null, 2);
    const v1 = JSON.stringify({ lockfileVersion: 1, dependencies: {
      commonmark: { version: 'npm:@mattermost/commonmark@0.31.2-0' }, shim: { version: 'npm:left-pad@1.3.0' },
    } }, null, 2);
    for (const lock of [v3, v1]) {
      const c = detectSdks({ repo: new MemoryRepo({ 'package.json': pkg, 'package-lock.json': lock }), appDir: '' }).facts.components;
      expect(c.map((x) => [x.purl, x.direct, x.versionSpec])).toEqual([
        ['pkg:npm/%40mattermost/commonmark@0.31.2-0', true, '0.31.2-0'],
        ['pkg:npm/left-pad@1.3.0', true, '*'],
      ]);
    }
  });
  it('yarn classic: the entry matching the declared range', () => {
    const c = detectFixture('yarn-classic').facts.components;
    expect(find(c, 'pkg:npm/axios')).toMatchObject({ version: '1.7.7', direct: true, locations: [{ file: 'package.json', line: 3 }, { file: 'yarn.lock', line: 10 }] });
    expect(find(c, 'pkg:npm/%40sentry/react-native').version).toBe('5.24.3');
    expect(find(c, 'pkg:npm/follow-redirects').direct).toBe(false);
  });
  it('yarn berry: YAML, workspace entries skipped', () => {
    const c = detectFixture('yarn-berry').facts.components;
    expect(find(c, 'pkg:npm/lodash').version).toBe('4.17.21');
    expect(find(c, 'pkg:npm/axios').version).toBe('1.7.7');
    expect(c.some((x) => x.name === 'yarn-berry-app')).toBe(false);
  });
  it('pnpm v6 and v9 (multi-document, peer suffixes)', () => {
    const v6 = detectFixture('pnpm-v6').facts.components;
    expect(find(v6, 'pkg:npm/typescript')).toMatchObject({ version: '5.6.2', scope: 'dev', direct: true });
    expect(find(v6, 'pkg:npm/follow-redirects').direct).toBe(false);
    const v9 = detectFixture('pnpm-v9').facts.components;
    expect(v9.map((x) => x.purl)).toEqual(['pkg:npm/%40tarojs/taro@4.0.7', 'pkg:npm/react@18.3.1']);
    expect(v9.every((x) => x.direct)).toBe(true);
  });
});

describe('sdks: HarmonyOS ohpm', () => {
  const { facts, diagnostics } = detectFixture('harmony');
  const c = facts.components;
  it('reads JSON5 manifests (comments, unquoted keys) and the lockfile', () => {
    expect(diagnostics).toEqual([]);
    expect(find(c, 'pkg:ohpm/%40umeng/common')).toMatchObject({ version: '1.1.5', versionSpec: '^1.1.3', direct: true,
      location: { file: 'entry/oh-package.json5', line: 9 } });
    expect(find(c, 'pkg:ohpm/%40ohos/hypium').scope).toBe('dev');
    expect(c.some((x) => x.name === 'core' || x.name === 'commented')).toBe(false);
  });
  it('treats file: .har dependencies as vendored binaries', () => {
    expect(facts.vendoredBinaries).toEqual([{ file: 'entry/libs/wechat_open_sdk.har', kind: 'har', name: 'wechat_open_sdk',
      location: { file: 'entry/libs/wechat_open_sdk.har' }, referencedBy: [{ file: 'entry/oh-package.json5', line: 11 }] }]);
  });
});

describe('sdks: monorepo and robustness', () => {
  it('only looks below appDir', () => {
    const repo = new MemoryRepo({
      'apps/bank/pubspec.yaml': 'name: bank\ndependencies:\n  dio: 5.6.0\n',
      'apps/other/pubspec.yaml': 'name: other\ndependencies:\n  http: 1.2.0\n',
    });
    const { facts } = detectSdks({ repo, appDir: 'apps/bank' });
    expect(facts.components.map((x) => [x.purl, x.location])).toEqual([['pkg:pub/dio', { file: 'apps/bank/pubspec.yaml', line: 3 }]]);
  });

  it('turns corrupt lockfiles into located sdks/parse errors, never a crash or a silent drop', () => {
    const { facts, diagnostics } = detectFixture('broken');
    expect(diagnostics.map((d) => [d.code, d.severity, d.location.file, d.location.line])).toEqual([
      ['sdks/parse', 'error', 'gradle/gradle/libs.versions.toml', 2],
      ['sdks/parse', 'error', 'flutter/pubspec.lock', 8],
      ['sdks/parse', 'error', 'harmony/oh-package-lock.json5', 4],
      ['sdks/parse', 'error', 'ios/Podfile.lock', 6],
      ['sdks/parse', 'error', 'js/package-lock.json', 5],
    ]);
    for (const d of diagnostics) expect(d.message['zh-CN']).toMatch(/无法按/);
    // The manifest next to the broken lockfile still yields its declaration.
    expect(facts.components.map((x) => x.purl)).toEqual(['pkg:npm/axios']);
  });

  it('is fast on a 5,000-file tree', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 5000; i++) files[`src/m${i % 50}/F${i}.kt`] = 'class A';
    for (let m = 0; m < 50; m++) files[`m${m}/build.gradle`] = `dependencies {\n  implementation 'com.example:lib${m}:1.0.${m}'\n  implementation libs.okhttp\n}\n`;
    files['gradle/libs.versions.toml'] = '[libraries]\nokhttp = "com.squareup.okhttp3:okhttp:4.12.0"\n';
    const repo = new MemoryRepo(files);
    const t = performance.now();
    const { facts } = detectSdks({ repo, appDir: '' });
    expect(performance.now() - t).toBeLessThan(1000);
    expect(facts.components).toHaveLength(51);
    expect(find(facts.components, 'pkg:maven/com.squareup.okhttp3/okhttp').locations).toHaveLength(51);
  });
});
