import { describe, expect, it } from 'vitest';
import { detectSdks } from '../../../src/detectors/sdks/index.js';
import { classifyScope } from '../../../src/detectors/sdks/scope.js';
import { MemoryRepo } from '../../../src/repo/files.js';
import { find } from './helpers.js';

const detect = (files: Record<string, string>) => {
  const { facts, diagnostics } = detectSdks({ repo: new MemoryRepo(files), appDir: '' });
  expect(diagnostics).toEqual([]);
  return facts;
};

describe('dependency scope', () => {
  it('classifies configurations and sections', () => {
    const cases: [string | undefined, string][] = [
      [undefined, 'runtime'], ['implementation', 'runtime'], ['api', 'runtime'], ['runtimeOnly', 'runtime'], ['releaseImplementation', 'runtime'],
      ['commonMainImplementation', 'runtime'], ['gplayImplementation', 'runtime'], ['compileOnly', 'build'], ['compileOnlyApi', 'build'],
      ['testImplementation', 'test'], ['androidTestImplementation', 'test'], ['testFixturesImplementation', 'test'], ['commonTestImplementation', 'test'],
      ['debugImplementation', 'debug'], ['stagingDebugImplementation', 'debug'], ['kapt', 'build'], ['ksp', 'build'],
      ['annotationProcessor', 'build'], ['lintChecks', 'build'], ['classpath', 'build'], ['plugin', 'build'], ['ktlint', 'build'],
      ['dev', 'dev'], ['test', 'test'], ['debug', 'debug'], ['optional', 'runtime'], ['override', 'runtime'],
    ];
    for (const [config, scope] of cases) expect([config, classifyScope(config)]).toEqual([config, scope]);
  });

  it('a pod in the main target and again in a nested test target is runtime; test-only and debug-only pods are not', () => {
    const c = detect({
      'Podfile': [
        "target 'Wallet' do # rubocop:disable Metrics/BlockLength",
        "  pod 'BigInt', '~> 3.1'",
        "  pod 'SwiftLint', '0.50.3', configuration: 'Debug'",
        "  pod 'FLEX', :configurations => ['Debug']",
        "  pod 'WalletCore', :path => '.'",
        "  pod 'RNCamera', :path => '../node_modules/react-native-camera'",
        "  target 'WalletTests' do",
        '    inherit! :search_paths',
        "    pod 'iOSSnapshotTestCase', '6.2.0'",
        "    pod 'BigInt', '~> 3.1'",
        '  end',
        'end',
      ].join('\n'),
      'Podfile.lock': [
        'PODS:', '  - BigInt (3.1.0):', '    - SipHash (~> 1.2)', '  - FLEX (5.22.10)', '  - iOSSnapshotTestCase (6.2.0):', '    - iOSSnapshotTestCase/SwiftSupport (= 6.2.0)',
        '    - SipHash (~> 1.2)', '  - iOSSnapshotTestCase/SwiftSupport (6.2.0):', '    - SnapshotCore', '  - SipHash (1.2.2)', '  - SnapshotCore (1.0.0)', '  - SwiftLint (0.50.3)', '  - RNCamera (4.2.1)', '  - WalletCore (1.0.0)',
        'DEPENDENCIES:', '  - BigInt (~> 3.1)', '  - FLEX', '  - iOSSnapshotTestCase (= 6.2.0)', '  - SwiftLint (= 0.50.3)', '  - RNCamera (from `../node_modules/react-native-camera`)', '  - WalletCore (from `.`)',
        'EXTERNAL SOURCES:', '  RNCamera:', '    :path: "../node_modules/react-native-camera"', '  WalletCore:', '    :path: "."',
        'COCOAPODS: 1.15.2', '',
      ].join('\n'),
    }).components;
    expect(find(c, 'pkg:cocoapods/BigInt')).toMatchObject({ scope: 'runtime', configurations: ['test'] });
    expect(find(c, 'pkg:cocoapods/iOSSnapshotTestCase').scope).toBe('test');
    expect(find(c, 'pkg:cocoapods/FLEX').scope).toBe('debug');
    expect(find(c, 'pkg:cocoapods/SwiftLint').scope).toBe('build');
    // Transitive pods take the scope of what pulls them in: only the test pod → test; also a runtime pod → runtime.
    expect(find(c, 'pkg:cocoapods/SnapshotCore')).toMatchObject({ direct: false, scope: 'test' });
    expect(find(c, 'pkg:cocoapods/iOSSnapshotTestCase@6.2.0#SwiftSupport').scope).toBe('test');
    expect(find(c, 'pkg:cocoapods/SipHash')).toMatchObject({ direct: false, scope: 'runtime' });
    // A pod of the repository itself is not a component; one installed from npm is.
    expect(c.some((x) => x.name === 'WalletCore')).toBe(false);
    expect(find(c, 'pkg:cocoapods/RNCamera')).toMatchObject({ direct: true, scope: 'runtime', source: 'path:../node_modules/react-native-camera' });
  });

  it('Gradle: JUnit in testImplementation is test, in implementation runtime; KMP commonTest is test', () => {
    const c = detect({
      'settings.gradle.kts': 'include(":app", ":shared")\n',
      'app/build.gradle.kts': [
        'plugins { id("com.android.application") version "8.5.2" }',
        'dependencies {',
        '    testImplementation("junit:junit:4.13.2")',
        '    androidTestImplementation("org.mockito:mockito-android:5.12.0")',
        '    debugImplementation("com.squareup.leakcanary:leakcanary-android:2.14")',
        '    ksp("com.google.dagger:hilt-compiler:2.51")',
        '}',
      ].join('\n'),
      'lib/build.gradle': "dependencies {\n    implementation 'org.mockito:mockito-core:5.12.0'\n}\n",
      'shared/build.gradle.kts': [
        'kotlin {',
        '    sourceSets {',
        '        commonMain.dependencies {',
        '            implementation("io.ktor:ktor-client-core:2.3.12")',
        '        }',
        '        commonTest.dependencies {',
        '            implementation("app.cash.turbine:turbine:1.1.0")',
        '        }',
        '        val androidUnitTest by getting {',
        '            dependencies { implementation("io.mockk:mockk:1.13.11") }',
        '        }',
        '    }',
        '}',
      ].join('\n'),
    }).components;
    expect(find(c, 'pkg:maven/junit/junit').scope).toBe('test');
    expect(find(c, 'pkg:maven/org.mockito/mockito-android').scope).toBe('test');
    expect(find(c, 'pkg:maven/org.mockito/mockito-core').scope).toBe('runtime');
    expect(find(c, 'pkg:maven/com.squareup.leakcanary/leakcanary-android').scope).toBe('debug');
    expect(find(c, 'pkg:maven/com.google.dagger/hilt-compiler').scope).toBe('build');
    expect(find(c, 'pkg:maven/com.android.application/com.android.application.gradle.plugin').scope).toBe('build');
    expect(find(c, 'pkg:maven/io.ktor/ktor-client-core')).toMatchObject({ scope: 'runtime', configurations: ['commonMainImplementation'] });
    expect(find(c, 'pkg:maven/app.cash.turbine/turbine')).toMatchObject({ scope: 'test', configurations: ['commonTestImplementation'] });
    expect(find(c, 'pkg:maven/io.mockk/mockk').scope).toBe('test');
  });

  it('a Maven *-bom artifact is a BOM even when added through a convention plugin (findLibrary)', () => {
    const c = detect({
      'gradle/libs.versions.toml': '[libraries]\nfirebase-bom = { group = "com.google.firebase", name = "firebase-bom", version = "33.1.0" }\n',
      'app/build.gradle.kts': 'plugins { id("com.android.application") }\n',
      'build-logic/convention/src/main/kotlin/FirebaseConventionPlugin.kt': 'class P {\n  fun apply() {\n    dependencies {\n      val bom = libs.findLibrary("firebase-bom").get()\n      add("implementation", platform(bom))\n    }\n  }\n}\n',
    }).components;
    expect(find(c, 'pkg:maven/com.google.firebase/firebase-bom').bom).toBe(true);
  });

  it('the build\'s own convention plugins are not components, also when the catalog gives them version "unspecified"', () => {
    const c = detect({
      'gradle/libs.versions.toml': '[plugins]\nbank-android-application = { id = "bank.android.application", version = "unspecified" }\nksp = { id = "com.google.devtools.ksp", version = "2.0.0-1.0.22" }\n',
      'build-logic/convention/build.gradle.kts': 'gradlePlugin {\n  plugins {\n    register("androidApplication") {\n      id = "bank.android.application"\n      implementationClass = "AndroidApplicationConventionPlugin"\n    }\n  }\n}\n',
      'app/build.gradle.kts': 'plugins {\n  alias(libs.plugins.bank.android.application)\n  alias(libs.plugins.ksp)\n}\n',
    }).components;
    expect(c.some((x) => x.purl.includes('bank.android.application'))).toBe(false);
    expect(find(c, 'pkg:maven/com.google.devtools.ksp/com.google.devtools.ksp.gradle.plugin').scope).toBe('build');
  });

  it('npm: devDependencies and packages reachable only through them (dev / devOptional) are dev; npm itself is a tool', () => {
    const c = detect({
      'package.json': JSON.stringify({ dependencies: { 'react-native-camera': '4.2.1', npm: '10.8.0' }, devDependencies: { jest: '29.7.0' } }, null, 2),
      'package-lock.json': JSON.stringify({
        lockfileVersion: 3,
        packages: {
          '': { dependencies: { 'react-native-camera': '4.2.1', npm: '10.8.0' }, devDependencies: { jest: '29.7.0' } },
          'node_modules/react-native-camera': { version: '4.2.1' },
          'node_modules/npm': { version: '10.8.0' },
          'node_modules/jest': { version: '29.7.0', dev: true },
          'node_modules/expect': { version: '29.7.0', dev: true },
          'node_modules/fsevents': { version: '2.3.3', devOptional: true, optional: true },
          'node_modules/prop-types': { version: '15.8.1' },
        },
      }, null, 2),
    }).components;
    expect(find(c, 'pkg:npm/react-native-camera').scope).toBe('runtime');
    expect(find(c, 'pkg:npm/jest').scope).toBe('dev');
    expect(find(c, 'pkg:npm/expect')).toMatchObject({ scope: 'dev', direct: false });
    expect(find(c, 'pkg:npm/fsevents').scope).toBe('dev');
    expect(find(c, 'pkg:npm/prop-types').scope).toBe('runtime');
    expect(find(c, 'pkg:npm/npm').scope).toBe('build');
  });

  it('pub: dev_dependencies are dev; a git branch pinned by pubspec.lock resolved-ref is not dynamic, without a lock it is', () => {
    const pubspec = [
      'name: wallet',
      'dependencies:',
      '  flutter: { sdk: flutter }',
      '  ledger_sdk:',
      '    git: { url: "https://github.com/example/ledger.git", ref: main }',
      'dev_dependencies:',
      '  flutter_lints: 4.0.0',
      '',
    ].join('\n');
    const lock = [
      'packages:',
      '  ledger_sdk:',
      '    dependency: "direct main"',
      '    description:',
      '      path: "."',
      '      ref: main',
      '      resolved-ref: "0123456789abcdef0123456789abcdef01234567"',
      '      url: "https://github.com/example/ledger.git"',
      '    source: git',
      '    version: "1.0.0"',
      '  flutter_lints:',
      '    dependency: "direct dev"',
      '    description: { name: flutter_lints, url: "https://pub.dev" }',
      '    source: hosted',
      '    version: "4.0.0"',
      '',
    ].join('\n');
    const locked = detect({ 'pubspec.yaml': pubspec, 'pubspec.lock': lock }).components;
    expect(find(locked, 'pkg:pub/ledger_sdk')).toMatchObject({ dynamicVersion: false, scope: 'runtime' });
    expect(find(locked, 'pkg:pub/flutter_lints').scope).toBe('dev');
    expect(find(detect({ 'pubspec.yaml': pubspec }).components, 'pkg:pub/ledger_sdk').dynamicVersion).toBe(true);
  });

  it('Podfile.lock: a branch pin is pinned by CHECKOUT OPTIONS :commit:, dynamic without it', () => {
    const podfile = "target 'App' do\n  pod 'WalletConnectSwift', git: 'https://github.com/example/WalletConnectSwift.git', branch: 'main'\nend\n";
    const lock = (checkout: string) => [
      'PODS:', '  - WalletConnectSwift (1.7.0)', 'DEPENDENCIES:', '  - WalletConnectSwift (from `https://github.com/example/WalletConnectSwift.git`, branch `main`)',
      'EXTERNAL SOURCES:', '  WalletConnectSwift:', '    :branch: main', '    :git: https://github.com/example/WalletConnectSwift.git',
      checkout, 'COCOAPODS: 1.15.2', '',
    ].join('\n');
    const pinned = lock('CHECKOUT OPTIONS:\n  WalletConnectSwift:\n    :commit: 0123456789abcdef0123456789abcdef01234567\n    :git: https://github.com/example/WalletConnectSwift.git');
    expect(find(detect({ Podfile: podfile, 'Podfile.lock': pinned }).components, 'pkg:cocoapods/WalletConnectSwift').dynamicVersion).toBe(false);
    expect(find(detect({ Podfile: podfile, 'Podfile.lock': lock('') }).components, 'pkg:cocoapods/WalletConnectSwift').dynamicVersion).toBe(true);
  });

  it('SwiftPM and XcodeGen: packages used only by test targets are test, build plugins build; project.yml packages are direct', () => {
    const c = detect({
      'project.yml': [
        'name: Wallet',
        'packages:',
        '  Kingfisher:',
        '    url: https://github.com/onevcat/Kingfisher.git',
        '    from: 7.6.2',
        '  SnapshotTesting:',
        '    url: https://github.com/pointfreeco/swift-snapshot-testing',
        '    exactVersion: 1.15.0',
        '  SwiftLintPlugins:',
        '    url: https://github.com/SimplyDanny/SwiftLintPlugins',
        '    exactVersion: 0.55.1',
        '  Core:',
        '    path: ./Packages/Core',
        'targets:',
        '  Wallet:',
        '    type: application',
        '    dependencies:',
        '      - package: Kingfisher',
        '      - package: Core',
        '    buildToolPlugins:',
        '      - plugin: SwiftLintBuildToolPlugin',
        '        package: SwiftLintPlugins',
        '  WalletTests:',
        '    type: bundle.unit-test',
        '    dependencies:',
        '      - package: SnapshotTesting',
        '        product: SnapshotTesting',
        '',
      ].join('\n'),
      'Packages/Core/Package.swift': [
        '// swift-tools-version:5.9',
        'let package = Package(',
        '    name: "Core",',
        '    dependencies: [',
        '        .package(url: "https://github.com/attaswift/BigInt.git", exact: "5.3.0"),',
        '        .package(url: "https://github.com/Quick/Nimble.git", exact: "13.0.0"),',
        '    ],',
        '    targets: [',
        '        .target(name: "Core", dependencies: [.product(name: "BigInt", package: "BigInt")]),',
        '        .testTarget(name: "CoreTests", dependencies: ["Core", .product(name: "Nimble", package: "Nimble")]),',
        '    ]',
        ')',
      ].join('\n'),
    }).components;
    expect(find(c, 'pkg:swift/github.com/onevcat/Kingfisher')).toMatchObject({ direct: true, scope: 'runtime', location: { file: 'project.yml', line: 3 }, dynamicVersion: true });
    expect(find(c, 'pkg:swift/github.com/pointfreeco/swift-snapshot-testing')).toMatchObject({ direct: true, scope: 'test', dynamicVersion: false });
    expect(find(c, 'pkg:swift/github.com/SimplyDanny/SwiftLintPlugins').scope).toBe('build');
    expect(find(c, 'pkg:swift/github.com/attaswift/BigInt').scope).toBe('runtime');
    expect(find(c, 'pkg:swift/github.com/Quick/Nimble').scope).toBe('test');
    expect(c.some((x) => x.name === 'Core')).toBe(false);
  });

  it('pbxproj: a Swift package linked only into a unit-test bundle is test', () => {
    const pbx = [
      '// !$*UTF8*$!', '{', '\tobjects = {', '',
      '/* Begin PBXNativeTarget section */',
      '\t\t111111111111111111111111 /* Bank */ = {',
      '\t\t\tisa = PBXNativeTarget;',
      '\t\t\tpackageProductDependencies = (',
      '\t\t\t\tAAAAAAAAAAAAAAAAAAAAAAAA /* Alamofire */,',
      '\t\t\t);',
      '\t\t\tproductType = "com.apple.product-type.application";',
      '\t\t};',
      '\t\t222222222222222222222222 /* BankTests */ = {',
      '\t\t\tisa = PBXNativeTarget;',
      '\t\t\tpackageProductDependencies = (',
      '\t\t\t\tBBBBBBBBBBBBBBBBBBBBBBBB /* SnapshotTesting */,',
      '\t\t\t\tCCCCCCCCCCCCCCCCCCCCCCCC /* Alamofire */,',
      '\t\t\t);',
      '\t\t\tproductType = "com.apple.product-type.bundle.unit-test";',
      '\t\t};',
      '/* End PBXNativeTarget section */',
      '\t\tA10000000000000000000001 /* XCRemoteSwiftPackageReference "Alamofire" */ = {',
      '\t\t\tisa = XCRemoteSwiftPackageReference;',
      '\t\t\trepositoryURL = "https://github.com/Alamofire/Alamofire.git";',
      '\t\t\trequirement = {', '\t\t\t\tkind = exactVersion;', '\t\t\t\tversion = 5.9.1;', '\t\t\t};',
      '\t\t};',
      '\t\tA10000000000000000000002 /* XCRemoteSwiftPackageReference "swift-snapshot-testing" */ = {',
      '\t\t\tisa = XCRemoteSwiftPackageReference;',
      '\t\t\trepositoryURL = "https://github.com/pointfreeco/swift-snapshot-testing";',
      '\t\t\trequirement = {', '\t\t\t\tkind = exactVersion;', '\t\t\t\tversion = 1.15.0;', '\t\t\t};',
      '\t\t};',
      '\t\tAAAAAAAAAAAAAAAAAAAAAAAA /* Alamofire */ = {',
      '\t\t\tisa = XCSwiftPackageProductDependency;',
      '\t\t\tpackage = A10000000000000000000001 /* XCRemoteSwiftPackageReference "Alamofire" */;',
      '\t\t\tproductName = Alamofire;',
      '\t\t};',
      '\t\tBBBBBBBBBBBBBBBBBBBBBBBB /* SnapshotTesting */ = {',
      '\t\t\tisa = XCSwiftPackageProductDependency;',
      '\t\t\tpackage = A10000000000000000000002 /* XCRemoteSwiftPackageReference "swift-snapshot-testing" */;',
      '\t\t\tproductName = SnapshotTesting;',
      '\t\t};',
      '\t\tCCCCCCCCCCCCCCCCCCCCCCCC /* Alamofire */ = {',
      '\t\t\tisa = XCSwiftPackageProductDependency;',
      '\t\t\tpackage = A10000000000000000000001 /* XCRemoteSwiftPackageReference "Alamofire" */;',
      '\t\t\tproductName = Alamofire;',
      '\t\t};',
      '\t};', '}', '',
    ].join('\n');
    const c = detect({ 'Bank.xcodeproj/project.pbxproj': pbx }).components;
    expect(find(c, 'pkg:swift/github.com/Alamofire/Alamofire')).toMatchObject({ scope: 'runtime', direct: true });
    expect(find(c, 'pkg:swift/github.com/pointfreeco/swift-snapshot-testing')).toMatchObject({ scope: 'test', direct: true, configurations: ['test'] });
  });

  it('the desktop and web folders of a Flutter app are not inventoried for the mobile app', () => {
    const facts = detect({
      'pubspec.yaml': 'name: wallet\ndependencies:\n  flutter: { sdk: flutter }\n',
      'ios/Podfile.lock': 'PODS:\n  - Flutter (1.0.0)\n  - shared_preferences_foundation (0.0.1)\nDEPENDENCIES:\n  - Flutter (from `Flutter`)\nCOCOAPODS: 1.15.2\n',
      'ios/Runner/Info.plist': '<plist/>',
      'android/app/build.gradle': 'android { }\n',
      'macos/Podfile.lock': 'PODS:\n  - FlutterMacOS (1.0.0)\n  - macos_window_utils (1.0.0)\nDEPENDENCIES:\n  - FlutterMacOS (from `Flutter/ephemeral`)\nCOCOAPODS: 1.15.2\n',
      'windows/runner/CMakeLists.txt': 'project(runner)\n',
    });
    expect(facts.components.map((x) => x.name)).not.toContain('macos_window_utils');
    expect(facts.components.map((x) => x.name)).toContain('shared_preferences_foundation');
    expect(facts.nonMobileFolders).toEqual(['macos', 'windows']);
  });
});
