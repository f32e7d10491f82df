// The app's scope: roles from the build, and the false findings they remove (issue 11).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check.js';
import { main } from '../../src/cli/main.js';
import { detectAndroid } from '../../src/detectors/android/index.js';
import { detectIos } from '../../src/detectors/ios/index.js';
import { detectLinks } from '../../src/detectors/links/index.js';
import { detectSecrets } from '../../src/detectors/secrets/index.js';
import { MemoryRepo } from '../../src/repo/files.js';
import { textReporter } from '../../src/reporters/text.js';
import { pathRole, resolveScope, roleAt, scopeOf, summarizeScope } from '../../src/scope/index.js';
import { APP_MANIFEST, gradleApp, pbxproj, plist } from './helpers.js';

const roles = (files: Record<string, string>, dir = '') => {
  const repo = new MemoryRepo(files);
  const scope = scopeOf(repo, dir);
  return Object.fromEntries(repo.paths.map((p, i) => [p, roleAt(scope, i) ?? 'outside']));
};

describe('roles from paths', () => {
  it('tells shipped code from tests, fixtures, docs, CI, tool configs and build tooling', () => {
    expect(pathRole('app/src/main/java/A.kt')).toBe('shipped');
    expect(pathRole('app/src/test/java/ATest.kt')).toBe('test');
    expect(pathRole('shared/src/commonTest/kotlin/A.kt')).toBe('test');
    expect(pathRole('shared/src/androidUnitTest/kotlin/A.kt')).toBe('test');
    expect(pathRole('app/src/testFixtures/java/A.kt')).toBe('test');
    expect(pathRole('app/src/debug/AndroidManifest.xml')).toBe('debug');
    expect(pathRole('__fixtures__/tx.json')).toBe('test');
    expect(pathRole('src/components/Button.test.tsx')).toBe('test');
    expect(pathRole('config/quality/checkstyle/checkstyle.xml')).toBe('tool-config');
    expect(pathRole('pmd-ruleset.xml')).toBe('tool-config');
    expect(pathRole('.swiftlint.yml')).toBe('tool-config');
    expect(pathRole('docs/setup.html')).toBe('docs');
    expect(pathRole('README.md')).toBe('docs');
    expect(pathRole('.github/workflows/ci.yml')).toBe('ci');
    expect(pathRole('Jenkinsfile')).toBe('ci');
    expect(pathRole('fastlane/Fastfile')).toBe('build');
    expect(pathRole('third_party/lib/x.c')).toBe('vendored');
    expect(pathRole('lib/models/user.g.dart')).toBe('generated');
    expect(pathRole('macos/Runner/Info.plist')).toBe('other-platform');
  });

  it('knows test and docs files by every name form, in shipped folders too', () => {
    const at = (name: string) => pathRole(`app/src/main/${name}`);
    for (const n of ['LoginTest.kt', 'LoginTests.swift', 'LoginSpec.kt', 'login_test.dart', 'api.spec.mjs', 'x.test.cts', 'api.mocks.dart',
      'jest.config.ts', '.detoxrc.json']) expect(at(n), n).toBe('test');
    for (const n of ['Setup.MD', 'guide.mdx', 'LICENCE', 'license.txt', 'CHANGES.rst', 'Notice']) expect(at(n), n).toBe('docs');
    for (const n of ['Contest.kt', 'Inspector.swift', 'latest.json', 'spectrum.ts', 'README.md.kt', 'licensing.kt']) expect(at(n), n).toBe('shipped');
  });

  it('names above the app folder say nothing: an app kept in samples/ is not a sample of itself', () => {
    const r = roles({ 'samples/bank/app/build.gradle': 'apply plugin: "com.android.application"', 'samples/bank/app/src/main/A.kt': '' }, 'samples/bank');
    expect(r['samples/bank/app/src/main/A.kt']).toBe('shipped');
  });
});

describe('roles from the build', () => {
  it('a nested sample app with its own build is an example; modules settings do not include are not the app', () => {
    const r = roles({
      ...gradleApp('com.x.bank'),
      'app/src/main/java/A.kt': '',
      'legacy/build.gradle.kts': 'plugins { id("com.android.application") }',
      'legacy/src/main/java/L.kt': '',
      'libs/Chart/Example/Podfile': "platform :ios, '9.0'",
      'libs/Chart/Example/Demo/Info.plist': plist({ CFBundleIdentifier: 'org.chart.demo' }),
      'libs/Chart/Sources/Chart.swift': '',
    });
    expect(r['app/src/main/java/A.kt']).toBe('shipped');
    expect(r['legacy/src/main/java/L.kt']).toBe('example');
    expect(r['libs/Chart/Example/Demo/Info.plist']).toBe('example');
    expect(r['libs/Chart/Sources/Chart.swift']).toBe('shipped');
  });

  it('Flutter: android/ and ios/ are the app, macos/ linux/ windows/ web/ are other platforms, a plugin\'s example/ is an example', () => {
    const r = roles({
      'pubspec.yaml': 'name: bank\ndependencies:\n  flutter:\n    sdk: flutter\n',
      'lib/main.dart': '',
      'android/app/src/main/AndroidManifest.xml': APP_MANIFEST,
      'ios/Runner/Info.plist': plist({}),
      'macos/Runner/Info.plist': plist({}),
      'web/index.html': '',
      'packages/pay/pubspec.yaml': 'name: pay\ndependencies:\n  flutter:\n    sdk: flutter\nflutter:\n  plugin:\n    platforms: {}\n',
      'packages/pay/example/pubspec.yaml': 'name: pay_example\ndependencies:\n  flutter:\n    sdk: flutter\n',
      'packages/pay/example/lib/main.dart': '',
    });
    expect(r['ios/Runner/Info.plist']).toBe('shipped');
    expect(r['macos/Runner/Info.plist']).toBe('other-platform');
    expect(r['web/index.html']).toBe('other-platform');
    expect(r['packages/pay/example/lib/main.dart']).toBe('example');
  });

  it('an in-app debug menu folder is debug-only', () => {
    const r = roles({ 'Wallet/Scenes/DebugMenu/DebugMenuView.swift': '', 'Wallet/Scenes/Main/MainView.swift': '', 'Wallet/Debugging/Log.swift': '' });
    expect(r['Wallet/Scenes/DebugMenu/DebugMenuView.swift']).toBe('debug');
    expect(r['Wallet/Scenes/Main/MainView.swift']).toBe('shipped');
    expect(r['Wallet/Debugging/Log.swift']).toBe('shipped');
  });

  it('a file an XcodeGen source entry excludes (and no other entry builds) is not the app', () => {
    const files = {
      'project.yml': [
        'targets:', '  Bank:', '    type: application', '    sources:',
        '      - path: Bank', '        excludes:', '          - Browser/Dapps.swift', '          - Legacy',
        '      - path: Ext', '        excludes: [Resources]', '      - path: Ext', '        includes: [Resources/*.js]', '',
      ].join('\n'),
      'Bank/App.swift': '',
      'Bank/Browser/Dapps.swift': 'let dapps = ["https://dapp.example.org"]\n',
      'Bank/Browser/Browser.swift': '',
      'Bank/Legacy/Old.swift': '',
      'Ext/Resources/config.js': '',
      'Ext/Resources/notes.txt': '',
    };
    const r = roles(files);
    expect(r['Bank/App.swift']).toBe('shipped');
    expect(r['Bank/Browser/Browser.swift']).toBe('shipped');
    expect(r['Bank/Browser/Dapps.swift']).toBe('excluded');
    expect(r['Bank/Legacy/Old.swift']).toBe('excluded');
    // Excluded by one entry, brought back by another: built.
    expect(r['Ext/Resources/config.js']).toBe('shipped');
    expect(r['Ext/Resources/notes.txt']).toBe('excluded');
    expect(detectLinks({ repo: new MemoryRepo(files), appDir: '' }).facts.urls).toEqual([]);
  });

  it('XcodeGen test targets\' sources are test; app and extension targets are listed with their kinds', () => {
    const files = {
      'project.yml': 'name: Bank\ntargets:\n  Bank:\n    type: application\n    sources: [Bank]\n    settings:\n      base:\n        PRODUCT_BUNDLE_IDENTIFIER: com.x.bank\n  Share:\n    type: app-extension\n    sources: [Share]\n  BankChecks:\n    type: bundle.unit-test\n    sources: [BankChecks]\n',
      'Bank/App.swift': '',
      'Share/Share.swift': '',
      'BankChecks/Login.swift': '',
    };
    const r = roles(files);
    expect(r['Bank/App.swift']).toBe('shipped');
    expect(r['BankChecks/Login.swift']).toBe('test');
    const s = summarizeScope(scopeOf(new MemoryRepo(files), ''));
    expect(s.ios.targets).toEqual([{ name: 'Bank', kind: 'app' }, { name: 'Share', kind: 'extension' }, { name: 'BankChecks', kind: 'test' }]);
    // The deployment target: the app target's own, else options.deploymentTarget.iOS.
    const withOptions = files['project.yml'].replace('name: Bank\n', 'name: Bank\noptions:\n  deploymentTarget:\n    iOS: 15.0\n');
    const dt = (yml: string) => detectIos({ repo: new MemoryRepo({ ...files, 'project.yml': yml }), appDir: '' }).facts.deploymentTargets.map((d) => [d.source, d.value, d.target ?? 'project', d.location.line]);
    expect(dt(withOptions)).toEqual([['xcodegen', '15.0', 'project', 4]]);
    expect(dt(withOptions.replace('    type: application\n', '    type: application\n    deploymentTarget: "16.2"\n'))).toEqual([['xcodegen', '16.2', 'Bank', 8]]);
    // `project.yaml` is the same spec to every reader: the scope, the iOS facts.
    const yaml = { 'project.yaml': withOptions, 'Bank/App.swift': '', 'Share/Share.swift': '', 'BankChecks/Login.swift': '' };
    expect(roles(yaml)['BankChecks/Login.swift']).toBe('test');
    expect(summarizeScope(scopeOf(new MemoryRepo(yaml), '')).ios.targets.map((t) => t.name)).toEqual(['Bank', 'Share', 'BankChecks']);
    expect(detectIos({ repo: new MemoryRepo(yaml), appDir: '' }).facts.deploymentTargets.map((d) => [d.source, d.value])).toEqual([['xcodegen', '15.0']]);
  });

  it('HarmonyOS: modules build-profile.json5 does not list are not the app; ohosTest is test', () => {
    const r = roles({
      'build-profile.json5': '{ app: {}, modules: [{ name: "entry", srcPath: "./entry" }] }',
      'AppScope/app.json5': '{ app: { bundleName: "com.x.bank" } }',
      'entry/src/main/module.json5': '{ module: { name: "entry" } }',
      'entry/src/ohosTest/module.json5': '{ module: { name: "entry_test" } }',
      'showcase/src/main/module.json5': '{ module: { name: "showcase" } }',
    });
    expect(r['entry/src/main/module.json5']).toBe('shipped');
    expect(r['entry/src/ohosTest/module.json5']).toBe('test');
    expect(r['showcase/src/main/module.json5']).toBe('example');
  });

  it('broken build files give no scope from them, never an exception', () => {
    const files = {
      'settings.gradle': 'include(":app"\ninclude \'',
      'app/build.gradle': 'plugins { id("com.android.application" ',
      'project.yml': 'targets: [1, 2\n  - : :',
      'Bank.xcodeproj/project.pbxproj': '{ isa = PBXNativeTarget; name = "unterminated',
      'build-profile.json5': '{ modules: [ { srcPath: ',
      'pubspec.yaml': 'flutter: [',
      'bomb/project.yml': `a: &a [x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 12 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`).join('\n')}\ntargets: { T: { type: application, sources: *m } }\n`,
    };
    const r = roles(files);
    expect(r['app/build.gradle']).toBe('shipped');
    expect(() => detectIos({ repo: new MemoryRepo(files), appDir: '' })).not.toThrow();
  });

  it('scope.include and scope.exclude adjust the app', () => {
    const repo = new MemoryRepo({ ...gradleApp('com.x.bank'), 'app/src/main/java/A.kt': '', 'app/src/main/java/gen/B.kt': '', 'tools/x.kt': '' });
    const { scope } = resolveScope(repo, { dir: '', include: ['app/**'], exclude: ['app/src/main/java/gen/**'] });
    const role = (f: string) => roleAt(scope, repo.paths.indexOf(f));
    expect(scope.roots).toEqual(['app']);
    expect(role('app/src/main/java/A.kt')).toBe('shipped');
    expect(role('app/src/main/java/gen/B.kt')).toBe('excluded');
    expect(role('tools/x.kt')).toBeUndefined();
  });
});

describe('false findings the scope removes', () => {
  it('the root Gradle project (plugins `apply false`) is not an application module; a convention plugin\'s is', () => {
    const { facts } = detectAndroid({ repo: new MemoryRepo(gradleApp('com.x.bank')), appDir: '' });
    expect(facts.gradle.map((g) => g.module)).toEqual(['app']);
    const conv = new MemoryRepo(gradleApp('com.x.bank', 'alias(libs.plugins.bank.android.application)'));
    expect(summarizeScope(scopeOf(conv, '')).android.applications).toEqual([':app']);
    expect(detectAndroid({ repo: conv, appDir: '' }).facts.gradle.map((g) => g.module)).toEqual(['app']);
  });

  it('only the app target\'s deployment target counts, not an extension\'s or a test target\'s', () => {
    const repo = new MemoryRepo({
      'ios/Bank.xcodeproj/project.pbxproj': pbxproj({ deploymentTarget: '15.0' }, [
        { name: 'Bank', productType: 'com.apple.product-type.application', bundleId: 'com.x.bank', deploymentTarget: '15.0', infoPlist: 'Bank/Info.plist' },
        { name: 'Widget', productType: 'com.apple.product-type.app-extension', bundleId: 'com.x.bank.widget', deploymentTarget: '17.0' },
        { name: 'BankTests', productType: 'com.apple.product-type.bundle.unit-test', deploymentTarget: '16.4' },
      ]),
      'ios/Bank/Info.plist': plist({ CFBundleIdentifier: '$(PRODUCT_BUNDLE_IDENTIFIER)' }),
    });
    const { facts } = detectIos({ repo, appDir: '' });
    expect(facts.deploymentTargets.map((d) => [d.value, d.target ?? 'project'])).toEqual([['15.0', 'Bank']]);
    expect(facts.projects[0]!.configurations.map((c) => c.target?.kind ?? 'project')).toEqual(['project', 'app', 'extension', 'test']);
  });

  it('the project\'s deployment target counts where the app target sets none; a local library\'s project gives none', () => {
    const repo = new MemoryRepo({
      'ios/Bank.xcodeproj/project.pbxproj': pbxproj({ deploymentTarget: '15.0' }, [
        { name: 'Bank', productType: 'com.apple.product-type.application', bundleId: 'com.x.bank' },
        { name: 'Widget', productType: 'com.apple.product-type.app-extension', deploymentTarget: '17.0' },
      ]),
      'modules/FileAccess/ios/FileAccess.xcodeproj/project.pbxproj': pbxproj({ deploymentTarget: '12.0' }, [
        { name: 'FileAccess', productType: 'com.apple.product-type.framework' },
      ]),
    });
    expect(detectIos({ repo, appDir: '' }).facts.deploymentTargets.map((d) => [d.location.file, d.value])).toEqual([['ios/Bank.xcodeproj/project.pbxproj', '15.0']]);
  });

  it('URLs in __fixtures__ are test data, not the app\'s addresses', () => {
    const { facts } = detectLinks({ repo: new MemoryRepo({
      'package.json': '{"dependencies":{"react-native":"0.74.0"}}',
      'src/api.ts': 'export const API = "https://api.bank.example/v1";\n',
      '__fixtures__/tx.json': '{"explorer": "http://explorer.chain.example/tx/1"}\n',
      'tests/unit/fixtures/wallet.json': '{"node": "http://node.chain.example"}\n',
    }), appDir: '' });
    expect(facts.urls.filter((u) => !u.inTest).map((u) => u.host)).toEqual(['api.bank.example']);
  });

  it('a library\'s nested Example/ app is not the app: its Info.plist, usage strings and deployment target are not read', () => {
    const repo = new MemoryRepo({
      'Bank.xcodeproj/project.pbxproj': pbxproj({}, [{ name: 'Bank', productType: 'com.apple.product-type.application', bundleId: 'com.x.bank', deploymentTarget: '15.0', infoPlist: 'Bank/Info.plist' }]),
      'Bank/Info.plist': plist({ CFBundleIdentifier: 'com.x.bank', NSCameraUsageDescription: 'Scan cheques' }),
      'LocalPods/Chart/Example/ChartDemo.xcodeproj/project.pbxproj': pbxproj({}, [{ name: 'ChartDemo', productType: 'com.apple.product-type.application', bundleId: 'org.chart.demo', deploymentTarget: '9.0' }]),
      'LocalPods/Chart/Example/ChartDemo/Info.plist': plist({ CFBundleIdentifier: 'org.chart.demo', NSLocationWhenInUseUsageDescription: 'Demo map' }),
      'LocalPods/Chart/Sources/Chart.swift': '',
    });
    const { facts } = detectIos({ repo, appDir: '' });
    expect(facts.infoPlists.map((p) => p.file)).toEqual(['Bank/Info.plist']);
    expect(facts.infoPlists.flatMap((p) => p.usageDescriptions.map((u) => u.key))).toEqual(['NSCameraUsageDescription']);
    expect(facts.deploymentTargets.map((d) => d.value)).toEqual(['15.0']);
  });

  it('checkstyle and PMD configs are tool config: their DOCTYPE and namespace URLs are not cleartext addresses', () => {
    const { facts } = detectLinks({ repo: new MemoryRepo({
      ...gradleApp('com.x.bank'),
      'app/src/main/res/values/strings.xml': '<resources><string name="site">https://bank.example</string></resources>\n',
      'config/quality/checkstyle/checkstyle.xml': '<?xml version="1.0"?>\n<!DOCTYPE module PUBLIC "-//Puppy Crawl//DTD Check Configuration 1.3//EN" "http://www.puppycrawl.com/dtds/configuration_1_3.dtd">\n<module name="Checker"/>\n',
      'config/quality/pmd/pmd-ruleset.xml': '<ruleset xmlns="http://pmd.sourceforge.net/ruleset/2.0.0" name="x"/>\n',
      'pmd-ruleset.xml': '<ruleset xmlns="http://pmd.sf.net/ruleset/1.0.0" name="x"/>\n',
    }), appDir: '' });
    expect(facts.urls.map((u) => u.host)).toEqual(['bank.example']);
  });

  it('secrets are still found outside shipped code, with the file\'s role', () => {
    const { facts } = detectSecrets({ repo: new MemoryRepo({
      ...gradleApp('com.x.bank'),
      '.github/workflows/deploy.yml': 'env:\n  AWS_KEY: AKIAQWERTYUIOPASDFGH\n',
      'app/src/test/java/Keys.kt': 'val key = "AKIAQWERTYUIOPASDFGH"\n',
    }), appDir: '' });
    expect(facts.findings.find((x) => x.file === '.github/workflows/deploy.yml')).toMatchObject({ role: 'ci', inTest: false });
    // Test code: a service's token is still a finding, marked inTest (a warning rule reads it).
    expect(facts.findings.find((x) => x.file === 'app/src/test/java/Keys.kt')).toMatchObject({ inTest: true });
  });
});

describe('a manifest away from its app', () => {
  const dirs: string[] = [];
  afterEach(() => { for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true }); });
  const repo = (files: Record<string, string | Buffer>) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scope-'));
    dirs.push(dir);
    for (const [f, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), text);
    }
    return dir;
  };
  const manifest = (id: string, kinds = '[android]') => `apiVersion: mobile-policy/v1\napp:\n  id: ${id}\n  name: Bank\n  kinds: ${kinds}\n  status: active\n`;
  // A JKS keystore starts with the magic bytes FE ED FE ED.
  const app: Record<string, string | Buffer> = { ...gradleApp('com.x.bank'), 'app/release.jks': Buffer.from([0xfe, 0xed, 0xfe, 0xed, 0, 0, 0, 2, 0, 0, 0, 1]) };

  it('finds the app by app.id and checks it', () => {
    const r = runCheck({ dir: repo({ ...app, 'docs/compliance/mobile-app.yaml': manifest('com.x.bank') }), stage: 'pr', now: new Date('2026-12-05') });
    expect(r.apps[0]!.scope).toMatchObject({ roots: [''], via: 'app-id', android: { applications: [':app'] } });
    expect(r.apps[0]!.findings.map((f) => f.ruleId)).toContain('nfra/signing-material-committed');
    // The text header says where the app was found and what is in and out of scope.
    const en = textReporter(r, { lang: 'en' });
    expect(en).toContain('Scope (found by app.id): Android :app (2 modules); files: 6 shipped; out of scope: 1 docs');
    expect(textReporter(r, { lang: 'zh-CN' })).toContain('范围（按 app.id 找到）：Android 应用模块 :app（共 2 个模块）');
  });

  it('is an error naming what is missing when no build declares app.id, never "no findings"', () => {
    const r = runCheck({ dir: repo({ ...app, 'docs/compliance/mobile-app.yaml': manifest('com.x.other') }), stage: 'pr', now: new Date('2026-12-05') });
    const f = r.apps[0]!.findings.find((x) => x.ruleId === 'scope/no-app-build');
    expect(f?.severity).toBe('error');
    expect(f?.message.en).toContain('docs/compliance, which holds no app build; no Android build declares app.id com.x.other');
    expect(f?.message['zh-CN']).toContain('应用台账清单文件');
    expect(r.apps[0]!.findings.map((x) => x.ruleId)).not.toContain('nfra/signing-material-committed');
  });

  it('inventory lists the components of the app the manifest found by app.id', async () => {
    const dir = repo({ ...app, 'app/build.gradle.kts': `${app['app/build.gradle.kts']}dependencies {\n    implementation("com.squareup.okhttp3:okhttp:4.12.0")\n}\n`, 'docs/compliance/mobile-app.yaml': manifest('com.x.bank') });
    let out = '';
    const code = await main(['inventory', dir, '--format', 'json'], { out: (s) => { out += s; }, err: () => {}, isTTY: false, env: {}, cwd: dir });
    expect(code).toBe(0);
    expect((JSON.parse(out) as { components: { purl: string }[] }).components.map((c) => c.purl)).toContain('pkg:maven/com.squareup.okhttp3/okhttp@4.12.0');
  });

  it('a declared platform with no build in scope is an error', () => {
    const r = runCheck({ dir: repo({ ...app, 'mobile-app.yaml': manifest('com.x.bank', '[android, ios]') }), stage: 'pr', now: new Date('2026-12-05') });
    const f = r.apps[0]!.findings.filter((x) => x.ruleId === 'scope/platform-missing');
    expect(f.map((x) => [x.severity, x.subject])).toEqual([['error', 'platform:ios']]);
    // app.kinds is the declaration: a leftover compatibility.ios in an Android app's manifest is not.
    const leftover = runCheck({ dir: repo({ ...app, 'mobile-app.yaml': `${manifest('com.x.bank')}compatibility:\n  ios:\n    minimumVersion: "15.0"\n` }), stage: 'pr', now: new Date('2026-12-05') });
    expect(leftover.apps[0]!.findings.map((x) => x.ruleId)).not.toContain('scope/platform-missing');
  });
});
