// The hostile inputs of issues 16 and 17 as named repositories, for the regression test and
// for running one case alone (bench/fuzz-case.mjs).
import * as h from './hostile.js';

export interface HostileCase {
  files: h.Files;
  /** A file some diagnostic must locate (with a line when `line` is set). */
  locates?: { file: string; line?: boolean };
}

export const HOSTILE_CASES: Record<string, () => HostileCase> = {
  'bplist-expansion': () => ({ files: { 'App/Info.plist': h.bplistExpansion() }, locates: { file: 'App/Info.plist' } }),
  'bplist-cycle': () => ({ files: { 'App/Info.plist': h.bplistCycle() }, locates: { file: 'App/Info.plist' } }),
  'bplist-huge-count': () => ({ files: { 'App/Info.plist': h.bplistHugeCount() }, locates: { file: 'App/Info.plist' } }),
  'bplist-bad-offsets': () => ({ files: { 'App/Info.plist': h.bplistBadOffsets() }, locates: { file: 'App/Info.plist' } }),
  'pbxproj-backwards': () => ({ files: { 'App.xcodeproj/project.pbxproj': h.pbxprojBackwards } }),
  'pbxproj-unbalanced': () => ({ files: { 'App.xcodeproj/project.pbxproj': h.pbxprojUnbalanced() } }),
  'json5-lone-cr': () => ({ files: { 'entry/src/main/module.json5': h.json5LoneCr } }),
  'json5-vertical-tab': () => ({ files: { 'entry/src/main/module.json5': h.json5VerticalTab }, locates: { file: 'entry/src/main/module.json5' } }),
  'json5-cr-ls': () => ({ files: { 'entry/src/main/module.json5': h.json5CrLineSeparator() } }),
  'manifest-dollar-braces': () => ({ files: { 'mobile-app.yaml': h.manifestDollarBraces() }, locates: { file: 'mobile-app.yaml', line: true } }),
  'manifest-large-crlf': () => ({ files: { 'mobile-app.yaml': h.manifestLargeCrlf() }, locates: { file: 'mobile-app.yaml', line: true } }),
  'pubspec-lock-long-line': () => ({ files: { 'pubspec.lock': h.yamlLongLine('packages:'), 'pubspec.yaml': 'name: a\n' }, locates: { file: 'pubspec.lock', line: true } }),
  'podfile-lock-long-line': () => ({ files: { 'Podfile.lock': h.yamlLongLine('PODS:') }, locates: { file: 'Podfile.lock', line: true } }),
  'pnpm-lock-long-line': () => ({ files: { 'pnpm-lock.yaml': h.yamlLongLine("lockfileVersion: '9.0'") }, locates: { file: 'pnpm-lock.yaml', line: true } }),
  'pubspec-lock-quotes': () => ({ files: { 'pubspec.lock': h.yamlQuoteRun('packages:'), 'pubspec.yaml': 'name: a\n' }, locates: { file: 'pubspec.lock', line: true } }),
  'pubspec-lock-deep': () => ({ files: { 'pubspec.lock': h.yamlDeep('packages:'), 'pubspec.yaml': 'name: a\n' }, locates: { file: 'pubspec.lock', line: true } }),
  'podfile-lock-deep': () => ({ files: { 'Podfile.lock': h.yamlDeep('PODS:') }, locates: { file: 'Podfile.lock', line: true } }),
  'pnpm-lock-deep': () => ({ files: { 'pnpm-lock.yaml': h.yamlDeep("lockfileVersion: '9.0'\npackages:") }, locates: { file: 'pnpm-lock.yaml', line: true } }),
  'pnpm-lock-flow-deep': () => ({ files: { 'pnpm-lock.yaml': h.yamlFlowDeep("lockfileVersion: '6.0'\npackages:") }, locates: { file: 'pnpm-lock.yaml', line: true } }),
  'manifest-flow-deep': () => ({ files: { 'mobile-app.yaml': h.yamlFlowDeep('apiVersion: mobile-policy/v1\napp:') }, locates: { file: 'mobile-app.yaml', line: true } }),
  'manifest-deep': () => ({ files: { 'mobile-app.yaml': h.yamlDeep('apiVersion: mobile-policy/v1\napp:') }, locates: { file: 'mobile-app.yaml', line: true } }),
  'package-lock-deep': () => ({ files: { 'package-lock.json': h.packageLockDeep() } }),
  'package-lock-special': () => ({ files: { 'package-lock.json': h.packageLockSpecial() } }),
  'oh-package-lock-special': () => ({ files: { 'oh-package-lock.json5': h.ohLockSpecial() } }),
  'package-lock-types': () => ({ files: { 'package-lock.json': h.packageLockTypes, 'npm/package-lock.json': h.packageLockV1Types } }),
  'package-resolved-types': () => ({ files: { 'Package.resolved': h.packageResolvedTypes } }),
  'package-resolved-broken': () => ({ files: { 'Package.resolved': h.packageResolvedBroken }, locates: { file: 'Package.resolved', line: true } }),
  'gradle-20000-dependencies': () => ({ files: { 'app/build.gradle': h.gradleDependencies() } }),
  'gradle-backslashes': () => ({ files: { 'app/build.gradle.kts': h.gradleBackslashes() } }),
  'gradle-token-run': () => ({ files: { 'app/build.gradle': h.gradleTokenRun() }, locates: { file: 'app/build.gradle' } }),
  'gradle-kts-token-run': () => ({ files: { 'app/build.gradle.kts': h.gradleTokenRun() }, locates: { file: 'app/build.gradle.kts' } }),
  'module-json5-brackets': () => ({ files: { 'entry/src/main/module.json5': h.json5Brackets(), 'AppScope/app.json5': '{app: {bundleName: "com.example.app"}}' }, locates: { file: 'entry/src/main/module.json5' } }),
  'oh-package-lock-line-separators': () => ({ files: { 'oh-package-lock.json5': h.ohLockLineSeparators() } }),
  'podfile-long-subspec': () => ({ files: { Podfile: h.podfileLongSubspec() } }),
  'gradle-5000-braces': () => ({ files: { 'app/build.gradle': h.gradleBraces(), 'app/src/main/AndroidManifest.xml': '<manifest package="x"><application/></manifest>' }, locates: { file: 'app/build.gradle' } }),
  'xml-long-attribute': () => ({ files: { 'app/src/main/AndroidManifest.xml': h.xmlLongAttribute() }, locates: { file: 'app/src/main/AndroidManifest.xml', line: true } }),
  'xml-long-line': () => ({ files: { 'app/src/main/AndroidManifest.xml': h.xmlLongLine() } }),
  'plist-long-line': () => ({ files: { 'App/Info.plist': h.plistLongLine() } }),
  'plist-bad-utf8': () => ({ files: { 'App/Info.plist': h.plistBadUtf8() }, locates: { file: 'App/Info.plist', line: true } }),
  'toml-broken': () => ({ files: { 'gradle/libs.versions.toml': h.tomlBroken, 'app/build.gradle': 'dependencies { implementation libs.okhttp }\n' }, locates: { file: 'gradle/libs.versions.toml', line: true } }),
  'bplist-valid': () => ({ files: { 'App/Info.plist': h.bplistValid() } }),
};
