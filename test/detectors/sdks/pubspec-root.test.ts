// pub resolves a Flutter app's packages from the root package: its pins and overrides decide,
// other packages' overrides are ignored, and a template pubspec_base.yaml stands for an
// uncommitted pubspec.yaml.
import { describe, expect, it } from 'vitest';
import { MemoryRepo } from '../../../src/repo/files.js';
import { detectSdks } from '../../../src/detectors/sdks/index.js';
import { find } from './helpers.js';

const ROOT = [
  'name: bank_app',                  // 1
  'dependencies:',                   // 2
  '  shared_preferences: 2.5.3',     // 3
  '  intl: any',                     // 4
  '  dio: ^5.7.0',                   // 5
  '  hive: ^2.2.3',                  // 6
  '  bank_evm:',                     // 7
  '    path: ./bank_evm',            // 8
  '  bank_mweb:',                    // 9
  '    path: ./bank_mweb',           // 10
  'dependency_overrides:',           // 11
  '  ffi: 2.1.0',                    // 12
  '  intl: 0.20.2',                  // 13
  '  ledger:',                       // 14
  '    git:',                        // 15
  '      url: https://example.com/ledger.git', // 16
  '      ref: 5237e5b3d5f07696eefd0aaee9c32478ed399d20', // 17
  '  protobuf: ^3.1.0',              // 18
  '',
].join('\n');

const EVM = [
  'name: bank_evm',                  // 1
  'dependencies:',                   // 2
  '  shared_preferences: ^2.0.15',   // 3
  '  ledger: ^1.4.1',                // 4
  '  hive: ^2.2.0',                  // 5
  '  erc20: ^1.0.1',                 // 6
  'dependency_overrides:',           // 7
  '  watcher: ^1.1.0',               // 8
  '',
].join('\n');

const MWEB = [
  'name: bank_mweb',                 // 1
  'dependencies:',                   // 2
  '  ffi: ^2.1.0',                   // 3
  '  protobuf: ^3.0.0',              // 4
  'dependency_overrides:',           // 5
  '  ffi: ^2.0.0',                   // 6
  '',
].join('\n');

function components(files: Record<string, string>) {
  return detectSdks({ repo: new MemoryRepo(files), appDir: '' }).facts.components;
}

describe('sdks: pub root package of a Flutter monorepo', () => {
  const monorepo = { 'pubspec.yaml': ROOT, 'bank_evm/pubspec.yaml': EVM, 'bank_mweb/pubspec.yaml': MWEB };

  it("the root's exact pins, git commits and overrides fix the package in every path package", () => {
    const c = components(monorepo);
    expect(find(c, 'pkg:pub/shared_preferences').dynamicVersion).toBe(false);
    expect(find(c, 'pkg:pub/ffi').dynamicVersion).toBe(false);
    expect(find(c, 'pkg:pub/ledger').dynamicVersion).toBe(false);
    // The root's own `intl: any` is fixed by its own override.
    expect(find(c, 'pkg:pub/intl').dynamicVersion).toBe(false);
  });

  it('carets nobody pins still float: in the root, in path packages, and a floating root override', () => {
    const c = components(monorepo);
    expect(find(c, 'pkg:pub/dio')).toMatchObject({ dynamicVersion: true, location: { file: 'pubspec.yaml', line: 5 } });
    expect(find(c, 'pkg:pub/erc20')).toMatchObject({ dynamicVersion: true, location: { file: 'bank_evm/pubspec.yaml', line: 6 } });
    expect(find(c, 'pkg:pub/protobuf').dynamicVersion).toBe(true);
  });

  it("a path package's dependency_overrides are not the app's: no component from them", () => {
    const c = components(monorepo);
    expect(c.some((x) => x.name === 'watcher')).toBe(false);
    expect(find(c, 'pkg:pub/ffi').locations.map((l) => `${l.file}:${l.line}`)).toEqual(['bank_mweb/pubspec.yaml:3', 'pubspec.yaml:12']);
  });

  it("a package declared in several pubspecs is one component located at the root's declaration", () => {
    const c = components(monorepo);
    expect(c.filter((x) => x.name === 'hive')).toHaveLength(1);
    expect(find(c, 'pkg:pub/hive')).toMatchObject({ location: { file: 'pubspec.yaml', line: 6 }, dynamicVersion: true });
    expect(find(c, 'pkg:pub/protobuf').location).toEqual({ file: 'pubspec.yaml', line: 18 });
  });

  it('pubspec_base.yaml is the root pubspec where no pubspec.yaml is committed', () => {
    const c = components({ 'pubspec_base.yaml': ROOT, 'bank_evm/pubspec.yaml': EVM, 'bank_mweb/pubspec.yaml': MWEB });
    expect(find(c, 'pkg:pub/shared_preferences').dynamicVersion).toBe(false);
    expect(find(c, 'pkg:pub/hive').location).toEqual({ file: 'pubspec_base.yaml', line: 6 });
    expect(find(c, 'pkg:pub/dio')).toMatchObject({ dynamicVersion: true, scope: 'runtime', location: { file: 'pubspec_base.yaml', line: 5 } });
    expect(c.some((x) => x.name === 'watcher')).toBe(false);
  });

  it('pubspec_base.yaml beside a committed pubspec.yaml is not read', () => {
    const c = components({ 'pubspec.yaml': 'name: app\ndependencies:\n  dio: 5.7.0\n', 'pubspec_base.yaml': 'dependencies:\n  hive: ^2.2.3\n' });
    expect(c.map((x) => x.name)).toEqual(['dio']);
  });

  it('where the root does not declare a package, the declaration in the most depended-on package locates it', () => {
    // bank_arb (a chain a build script may leave out) comes first in file order, but bank_eth and
    // bank_poly depend on bank_evm: bank_evm's declaration is the one that surely ships.
    const c = components({
      'pubspec.yaml': 'name: app\ndependencies:\n  bank_core:\n    path: ./bank_core\n',
      'bank_core/pubspec.yaml': 'name: bank_core\ndependencies:\n  meta: 1.15.0\n',
      'bank_arb/pubspec.yaml': 'name: bank_arb\ndependencies:\n  bank_evm:\n    path: ../bank_evm\n  bip39: ^1.0.6\n',
      'bank_eth/pubspec.yaml': 'name: bank_eth\ndependencies:\n  bank_evm:\n    path: ../bank_evm\n',
      'bank_poly/pubspec.yaml': 'name: bank_poly\ndependencies:\n  bank_evm:\n    path: ../bank_evm\n',
      'bank_evm/pubspec.yaml': 'name: bank_evm\ndependencies:\n  web3: 2.0.0\n  bip39: ^1.0.6\n',
    });
    expect(find(c, 'pkg:pub/bip39')).toMatchObject({ dynamicVersion: true, location: { file: 'bank_evm/pubspec.yaml', line: 4 } });
  });

  it('packages the Flutter SDK pins (collection, meta) do not float in a Flutter app', () => {
    const flutterRoot = 'name: app\ndependencies:\n  flutter:\n    sdk: flutter\n  collection: ^1.17.1\n  dio: ^5.7.0\n  evm:\n    path: ./evm\n';
    const c = components({ 'pubspec.yaml': flutterRoot, 'evm/pubspec.yaml': 'name: evm\ndependencies:\n  meta: ^1.9.0\n' });
    expect(find(c, 'pkg:pub/collection').dynamicVersion).toBe(false);
    expect(find(c, 'pkg:pub/meta').dynamicVersion).toBe(false);
    expect(find(c, 'pkg:pub/dio').dynamicVersion).toBe(true);
    // Without the Flutter SDK, a caret on collection floats like any other.
    const dart = components({ 'pubspec.yaml': 'name: cli\ndependencies:\n  collection: ^1.17.1\n' });
    expect(find(dart, 'pkg:pub/collection').dynamicVersion).toBe(true);
  });

  it('sibling packages with no root between them: each keeps its own declarations', () => {
    const c = components({ 'a/pubspec.yaml': 'name: a\ndependencies:\n  ffi: 2.1.0\n', 'b/pubspec.yaml': 'name: b\ndependencies:\n  ffi: ^2.1.0\ndependency_overrides:\n  watcher: ^1.1.0\n' });
    expect(c.filter((x) => x.name === 'ffi').some((x) => x.dynamicVersion)).toBe(true);
    expect(find(c, 'pkg:pub/watcher').scope).toBe('runtime');
  });
});
