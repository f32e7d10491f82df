// The input kinds the fuzz test mutates (from the project's own fixtures, or small synthetic
// files where there is none) and the mutations.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { bplistValid, type Files } from './hostile.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const fixture = (p: string): Uint8Array => fs.readFileSync(path.join(FIXTURES, p));
const text = (s: string): Uint8Array => new TextEncoder().encode(s);

export interface Kind {
  /** Where the mutated file goes in the repository. */
  file: string;
  seeds: Uint8Array[];
  /** Detectors that read this kind of file (the manifest reader runs for mobile-app.yaml). */
  detectors: string[];
  /** Unchanged files next to it (a settings file, a module manifest). */
  context?: Files;
}

export const KINDS: Record<string, Kind> = {
  'manifest YAML': { file: 'mobile-app.yaml', seeds: [fixture('manifests/complete.yaml')], detectors: [] },
  'Gradle Groovy': { file: 'app/build.gradle', seeds: [fixture('sdks/android-groovy/app/build.gradle'), fixture('platform/flutter-app/android/app/build.gradle'), fixture('sdks/android-groovy/build.gradle')], detectors: ['android', 'sdks'] },
  'Gradle KTS': { file: 'app/build.gradle.kts', seeds: [fixture('sdks/android-kts/app/build.gradle.kts'), fixture('platform/android-dirty/app/build.gradle.kts'), fixture('sdks/android-kts/settings.gradle.kts')], detectors: ['android', 'sdks'], context: { 'gradle/libs.versions.toml': fixture('sdks/android-kts/gradle/libs.versions.toml') } },
  'version catalog': { file: 'gradle/libs.versions.toml', seeds: [fixture('sdks/android-kts/gradle/libs.versions.toml'), fixture('platform/android-dirty/gradle/libs.versions.toml')], detectors: ['android', 'sdks'], context: { 'app/build.gradle.kts': fixture('sdks/android-kts/app/build.gradle.kts') } },
  'gradle.lockfile': { file: 'app/gradle.lockfile', seeds: [fixture('sdks/android-kts/app/gradle.lockfile')], detectors: ['sdks'] },
  'package-lock.json': { file: 'package-lock.json', seeds: [fixture('sdks/rn-npm/package-lock.json'), fixture('sdks/broken/js/package-lock.json')], detectors: ['sdks'], context: { 'package.json': fixture('sdks/rn-npm/package.json') } },
  'package.json': { file: 'package.json', seeds: [fixture('sdks/rn-npm/package.json'), fixture('sdks/pnpm-v9/package.json')], detectors: ['sdks'] },
  'yarn.lock': { file: 'yarn.lock', seeds: [fixture('sdks/yarn-classic/yarn.lock'), fixture('sdks/yarn-berry/yarn.lock')], detectors: ['sdks'] },
  'pnpm-lock.yaml': { file: 'pnpm-lock.yaml', seeds: [fixture('sdks/pnpm-v6/pnpm-lock.yaml'), fixture('sdks/pnpm-v9/pnpm-lock.yaml')], detectors: ['sdks'] },
  'pubspec.yaml': { file: 'pubspec.yaml', seeds: [fixture('sdks/flutter/pubspec.yaml'), fixture('platform/flutter-app/pubspec.yaml')], detectors: ['sdks'] },
  'pubspec.lock': { file: 'pubspec.lock', seeds: [fixture('sdks/flutter/pubspec.lock'), fixture('sdks/broken/flutter/pubspec.lock')], detectors: ['sdks'], context: { 'pubspec.yaml': fixture('sdks/flutter/pubspec.yaml') } },
  Podfile: { file: 'Podfile', seeds: [fixture('sdks/ios/Podfile'), fixture('platform/flutter-app/ios/Podfile')], detectors: ['sdks'] },
  'Podfile.lock': { file: 'Podfile.lock', seeds: [fixture('sdks/ios/Podfile.lock'), fixture('sdks/broken/ios/Podfile.lock')], detectors: ['sdks'] },
  'Package.resolved': { file: 'App.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved', seeds: [fixture('sdks/swiftpm/Package.resolved'), fixture('sdks/ios/DemoBank.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved')], detectors: ['sdks'] },
  'Package.swift': { file: 'Package.swift', seeds: [fixture('sdks/swiftpm/Package.swift')], detectors: ['sdks'] },
  'Cartfile.resolved': { file: 'Cartfile.resolved', seeds: [fixture('sdks/ios/Cartfile.resolved'), fixture('sdks/ios/Cartfile')], detectors: ['sdks'] },
  'Cargo.lock': { file: 'rust/Cargo.lock', seeds: [text('version = 3\n\n[[package]]\nname = "serde"\nversion = "1.0.203"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n\n[[package]]\nname = "bank-core"\nversion = "0.1.0"\ndependencies = [\n "serde",\n]\n')], detectors: ['sdks'], context: { 'rust/Cargo.toml': text('[package]\nname = "bank-core"\n\n[dependencies]\nserde = { version = "1.0", features = ["derive"] }\n') } },
  'oh-package-lock.json5': { file: 'oh-package-lock.json5', seeds: [fixture('sdks/harmony/oh-package-lock.json5'), fixture('sdks/broken/harmony/oh-package-lock.json5')], detectors: ['sdks'], context: { 'oh-package.json5': fixture('sdks/harmony/oh-package.json5') } },
  'oh-package.json5': { file: 'oh-package.json5', seeds: [fixture('sdks/harmony/oh-package.json5'), fixture('sdks/harmony/entry/oh-package.json5')], detectors: ['sdks'] },
  'AndroidManifest.xml': { file: 'app/src/main/AndroidManifest.xml', seeds: [fixture('platform/android-dirty/app/src/main/AndroidManifest.xml'), fixture('platform/rn-app/android/app/src/main/AndroidManifest.xml')], detectors: ['android'], context: { 'app/build.gradle': text('plugins { id "com.android.application" }\nandroid { namespace "com.example.bank" }\n') } },
  'network security config': { file: 'app/src/main/res/xml/network_security_config.xml', seeds: [fixture('platform/android-dirty/app/src/main/res/xml/network_security_config.xml'), fixture('platform/android-clean/app/src/main/res/xml/nsc.xml')], detectors: ['android'], context: { 'app/src/main/AndroidManifest.xml': fixture('platform/android-dirty/app/src/main/AndroidManifest.xml') } },
  'XML Info.plist': { file: 'App/Info.plist', seeds: [fixture('platform/flutter-app/ios/Runner/Info.plist'), fixture('platform/rn-app/ios/RnBank/Info.plist')], detectors: ['ios'] },
  'binary Info.plist': { file: 'App/Info.plist', seeds: [fixture('platform/ios-binary/App/Info.plist'), bplistValid()], detectors: ['ios'] },
  'privacy manifest': { file: 'App/PrivacyInfo.xcprivacy', seeds: [fixture('platform/flutter-app/ios/Runner/PrivacyInfo.xcprivacy')], detectors: ['ios'], context: { 'App/Info.plist': fixture('platform/flutter-app/ios/Runner/Info.plist') } },
  'project.pbxproj': { file: 'App.xcodeproj/project.pbxproj', seeds: [fixture('sdks/ios/DemoBank.xcodeproj/project.pbxproj'), fixture('platform/rn-app/ios/RnBank.xcodeproj/project.pbxproj')], detectors: ['ios', 'sdks'] },
  'module.json5': { file: 'entry/src/main/module.json5', seeds: [fixture('platform/harmony-app/entry/src/main/module.json5')], detectors: ['harmonyos'], context: { 'AppScope/app.json5': fixture('platform/harmony-app/AppScope/app.json5') } },
  'app.json5': { file: 'AppScope/app.json5', seeds: [fixture('platform/harmony-app/AppScope/app.json5'), fixture('platform/harmony-app/build-profile.json5')], detectors: ['harmonyos'] },
};

/** Characters and tokens that broke parsers before (line terminators, quotes, brackets, escapes, huge numbers). */
const SPECIAL = ['\r', '\n', '\r\n', '\u2028', '\u2029', '\u0085', '\v', '\f', '\0', '\ufeff', '\ud800', '\u202e', '"', "'", '`', '\\', '{', '}', '[', ']', '(', ')',
  '<', '>', '&', ';', ':', ',', '=', '$', '${', '#', '//', '/*', '*/', '<!--', '<![CDATA[', ']]>', '&#0;', '- ', '? ', '!', '|', '%', '@', '*a', '&a ',
  'bplist00', '1e999', '-0', `1${'0'.repeat(400)}`, 'NaN', 'null', 'true', 'isa = XCBuildConfiguration;', 'dependencies {', 'implementation "a:b:1"', '\t\t};'];

/** Shapes repeated many times: deep nesting, long lines, many errors. */
const SHAPES = ['{', '}', '[', ']', '(', '- ', '  ', 'a: }${', '${', '"', '<a>', '</a>', '\\', '/*', '\r', '\u2028', 'k:\n ', '0', 'isa = PBXNativeTarget; {', 'implementation "g:a:1"\n', '\ud800', '<!--'];

export type Op =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'swap'; a: number; b: number }
  | { op: 'dup'; at: number; lines: number; times: number }
  | { op: 'insert'; at: number; s: string }
  | { op: 'shape'; at: number; s: string; times: number }
  | { op: 'truncate'; at: number };

export const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ op: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('dup' as const), at: fc.nat(), lines: fc.integer({ min: 1, max: 20 }), times: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), s: fc.constantFrom(...SPECIAL) }),
  fc.record({ op: fc.constant('shape' as const), at: fc.nat(), s: fc.constantFrom(...SHAPES), times: fc.integer({ min: 100, max: 20_000 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
);

/** Inputs are cut here: just over the 4 MiB read limit, so that the limit itself is exercised. */
export const MAX_INPUT = 4.5 * 2 ** 20;

export function mutate(seed: Uint8Array, ops: Op[]): Uint8Array {
  let b = Buffer.from(seed);
  for (const o of ops) {
    if (b.length > MAX_INPUT) b = b.subarray(0, MAX_INPUT);
    const pos = (n: number) => (b.length ? n % (b.length + 1) : 0);
    if (o.op === 'flip') {
      if (b.length) b[o.at % b.length] = b[o.at % b.length]! ^ (1 << o.bit);
    } else if (o.op === 'truncate') {
      b = b.subarray(0, pos(o.at));
    } else if (o.op === 'insert' || o.op === 'shape') {
      const at = pos(o.at);
      b = Buffer.concat([b.subarray(0, at), Buffer.from(o.op === 'insert' ? o.s : o.s.repeat(o.times)), b.subarray(at)]);
    } else {
      const lines = b.toString('latin1').split('\n');
      if (o.op === 'swap') {
        const i = o.a % lines.length;
        const j = o.b % lines.length;
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      } else {
        const i = o.at % lines.length;
        const block = lines.slice(i, i + o.lines);
        lines.splice(i, 0, ...Array.from({ length: o.times }, () => block).flat());
      }
      b = Buffer.from(lines.join('\n'), 'latin1');
    }
  }
  return b.length > MAX_INPUT ? b.subarray(0, MAX_INPUT) : b;
}

