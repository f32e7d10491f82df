// A bad catalogue stops the run with a ConfigurationError naming file:line:column.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import { catalogFromSources, findPackageRoot, loadCatalog } from '../../src/catalog/index.js';

const entry = (id: string, extra = '') => `  - id: ${id}
    name: Example
    vendor: { en: Example }
    categories: [analytics]
    personalInfo: [device-id]
    tracker: true
    applePrivacyManifestRequired: false
    maven: ["com.example:${id}"]
    sources: [test]
${extra}`;

function error(sources: { file: string; text: string }[]): ConfigurationError {
  try {
    catalogFromSources(sources);
  } catch (e) {
    if (e instanceof ConfigurationError) return e;
    throw e;
  }
  throw new Error('expected a ConfigurationError');
}

describe('loadCatalog', () => {
  it('finds the package root from src/ and from dist/', () => {
    const root = findPackageRoot();
    expect(findPackageRoot(join(root, 'dist'))).toBe(root);
    expect(findPackageRoot(join(root, 'src', 'catalog'))).toBe(root);
    expect(() => findPackageRoot('/')).toThrow(ConfigurationError);
  });

  it('caches the default catalogue', () => {
    expect(loadCatalog()).toBe(loadCatalog());
  });

  it('records where each entry is written', () => {
    const c = catalogFromSources([{ file: 'policies/catalog/a.yaml', text: `sdks:\n${entry('one')}${entry('two')}` }]);
    expect(c.sdks.map((s) => [s.id, s.file, s.line])).toEqual([['one', 'policies/catalog/a.yaml', 2], ['two', 'policies/catalog/a.yaml', 11]]);
  });

  it('rejects broken YAML with its position', () => {
    const e = error([{ file: 'policies/catalog/bad.yaml', text: 'sdks:\n  - id: x\n    name: [unclosed\n' }]);
    expect(e.message).toMatch(/^policies\/catalog\/bad\.yaml:\d+:\d+: invalid YAML/);
  });

  it('rejects a category outside the closed list, naming the line and the SDK', () => {
    const text = `sdks:\n${entry('good')}${entry('bad').replace('[analytics]', '[analytics, telemetry]')}`;
    const e = error([{ file: 'policies/catalog/x.yaml', text }]);
    expect(e.message).toMatch(/^policies\/catalog\/x\.yaml:14:\d+: \/sdks\/1\/categories\/1 must be equal to one of the allowed values/);
    expect(e.message).toContain('(sdk bad)');
  });

  it('rejects an unknown property and a personal-information type outside the vocabulary', () => {
    expect(error([{ file: 'a.yaml', text: `sdks:\n${entry('a', '    trackers: true\n')}` }]).message).toContain('unknown property "trackers"');
    expect(error([{ file: 'a.yaml', text: `sdks:\n${entry('a').replace('[device-id]', '[imei-number]')}` }]).message).toMatch(/^a\.yaml:6:\d+: \/sdks\/0\/personalInfo\/0/);
  });

  it('requires the Apple list names when applePrivacyManifestRequired is true', () => {
    const text = `sdks:\n${entry('a').replace('applePrivacyManifestRequired: false', 'applePrivacyManifestRequired: true')}`;
    expect(error([{ file: 'a.yaml', text }]).message).toContain("must have required property 'applePrivacyManifestNames'");
  });

  it('rejects a duplicate id across files, naming both places', () => {
    const e = error([
      { file: 'a.yaml', text: `sdks:\n${entry('dup')}` },
      { file: 'b.yaml', text: `sdks:\n${entry('other')}${entry('dup')}` },
    ]);
    expect(e.message).toBe('b.yaml:11:5: duplicate SDK id or alias "dup" (first at a.yaml:2)');
  });

  it('reports patterns claimed by two SDKs as ambiguities', () => {
    const c = catalogFromSources([{ file: 'a.yaml', text: `sdks:\n${entry('a')}${entry('b').replace('com.example:b', 'com.example:a')}` }]);
    expect(c.ambiguities).toEqual([{ kind: 'maven', pattern: 'com.example:a', sdks: ['a', 'b'] }]);
  });
});
