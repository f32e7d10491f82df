import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { buildInventory, inventoryToJson, inventoryToText, toCycloneDx } from '../../src/inventory/index.js';
import type { SdkFacts } from '../../src/detectors/sdks/types.js';
import { detectFixture } from '../detectors/sdks/helpers.js';

const facts: SdkFacts = {
  components: [
    { purl: 'pkg:maven/com.umeng.umsdk/common@9.6.3', ecosystem: 'maven', group: 'com.umeng.umsdk', name: 'common', version: '9.6.3',
      dynamicVersion: false, direct: true, scope: 'runtime', configurations: ['implementation'], location: { file: 'app/build.gradle', line: 30 },
      locations: [{ file: 'app/build.gradle', line: 30 }] },
    // The same component seen in another module with a different scope: one inventory entry.
    { purl: 'pkg:maven/com.umeng.umsdk/common@9.6.3', ecosystem: 'maven', group: 'com.umeng.umsdk', name: 'common', version: '9.6.3',
      dynamicVersion: false, direct: false, scope: 'test', configurations: ['testImplementation'], location: { file: 'lib/build.gradle', line: 12 },
      locations: [{ file: 'lib/build.gradle', line: 12 }, { file: 'app/build.gradle', line: 30 }] },
    { purl: 'pkg:cocoapods/AFNetworking@4.0.1', ecosystem: 'cocoapods', name: 'AFNetworking', version: '4.0.1', dynamicVersion: false,
      direct: true, scope: 'runtime', location: { file: 'ios/Podfile', line: 7 }, locations: [{ file: 'ios/Podfile', line: 7 }, { file: 'ios/Podfile.lock', line: 2 }] },
    { purl: 'pkg:generic/alipaySdk@15.8.11', ecosystem: 'file', name: 'alipaySdk', version: '15.8.11', dynamicVersion: false, direct: true, scope: 'runtime',
      location: { file: 'app/libs/alipaySdk-15.8.11.aar' }, locations: [{ file: 'app/libs/alipaySdk-15.8.11.aar' }] },
    { purl: 'pkg:npm/%40ohos/axios', ecosystem: 'npm', group: '@ohos', name: 'axios', version: 'unresolved', dynamicVersion: true, direct: true, scope: 'dev',
      location: { file: 'package.json', line: 4 }, locations: [{ file: 'package.json', line: 4 }] },
  ],
  repositories: [], vendoredBinaries: [], unresolved: [],
};

const match = (c: { group?: string; name: string }) =>
  c.group === 'com.umeng.umsdk' ? { id: 'umeng-common', name: 'Umeng Common', vendor: 'Umeng (Alibaba)', categories: ['analytics', 'push'] } : null;

describe('inventory', () => {
  it('merges one component found in several files into one entry, deterministically ordered', () => {
    const inv = buildInventory(facts, match);
    expect(inv.components.map((c) => c.purl)).toEqual([
      'pkg:cocoapods/AFNetworking@4.0.1', 'pkg:generic/alipaySdk@15.8.11', 'pkg:maven/com.umeng.umsdk/common@9.6.3', 'pkg:npm/%40ohos/axios',
    ]);
    expect(inv.components[2]).toEqual({
      purl: 'pkg:maven/com.umeng.umsdk/common@9.6.3', ecosystem: 'maven', name: 'com.umeng.umsdk:common', version: '9.6.3', direct: true, scope: 'runtime',
      sdk: { id: 'umeng-common', name: 'Umeng Common', vendor: 'Umeng (Alibaba)', categories: ['analytics', 'push'] },
      locations: [{ file: 'app/build.gradle', line: 30 }, { file: 'lib/build.gradle', line: 12 }],
    });
    expect(inv.components[3]!.name).toBe('@ohos/axios');
    expect(inv.components[0]!.sdk).toBeNull();
    expect(buildInventory({ ...facts, components: [...facts.components].reverse() }, match)).toEqual(inv);
    expect(Object.keys(JSON.parse(inventoryToJson(inv)).components[0]).sort()).toEqual(['direct', 'ecosystem', 'locations', 'name', 'purl', 'scope', 'sdk', 'version']);
    expect(inv.components[3]!.scope).toBe('dev');
  });

  it('prints a text table', () => {
    const text = inventoryToText(buildInventory(facts, match));
    expect(text).toContain('com.umeng.umsdk:common');
    expect(text).toContain('Umeng Common (Umeng (Alibaba))');
    expect(text).toContain('app/build.gradle:30 (+1)');
    expect(text).toContain('4 components (4 direct, 3 runtime, 1 catalogued SDKs)');
    expect(text).toMatch(/@ohos\/axios\s+unresolved\s+yes\s+dev\s/);
  });

  it('writes valid, reproducible CycloneDX 1.6 and 1.5 JSON with purls and SDK properties', async () => {
    const inv = buildInventory(detectFixture('ios').facts, match);
    for (const [version, spec] of [['1.6', Spec.Version.v1dot6], ['1.5', Spec.Version.v1dot5]] as const) {
      const json = toCycloneDx(inv, { appName: 'DemoBank', appVersion: '1.0.0', toolName: 'mobile-policy', toolVersion: '0.1.0', specVersion: version });
      expect(toCycloneDx(inv, { appName: 'DemoBank', appVersion: '1.0.0', toolName: 'mobile-policy', toolVersion: '0.1.0', specVersion: version })).toBe(json);
      const doc = JSON.parse(json);
      expect(doc.specVersion).toBe(version);
      expect(doc.components.map((c: { purl: string }) => c.purl)).toContain('pkg:cocoapods/AFNetworking@4.0.1');
      const validator = new Validation.JsonStrictValidator(spec);
      let error: unknown;
      try {
        error = await validator.validate(json);
      } catch (e) {
        // The library's validator needs the optional ajv-formats-draft2019; validate against the
        // schema files bundled in the library package instead (strict draft-07 with ajv).
        if (!(e instanceof Validation.MissingOptionalDependencyError)) throw e;
        error = validateWithBundledSchema(version, json);
      }
      expect(error).toBeNull();
    }
    const sdkInv = buildInventory(facts, match);
    const doc = JSON.parse(toCycloneDx(sdkInv, { appName: 'DemoBank' }));
    const umeng = doc.components.find((c: { purl: string }) => c.purl.includes('umeng'));
    expect(umeng.properties).toContainEqual({ name: 'mobile-policy:sdk:id', value: 'umeng-common' });
    expect(umeng.properties).toContainEqual({ name: 'mobile-policy:sdk:vendor', value: 'Umeng (Alibaba)' });
    expect(umeng.publisher).toBe('Umeng (Alibaba)');
    expect(umeng.scope).toBe('required');
    expect(umeng.properties).toContainEqual({ name: 'mobile-policy:scope', value: 'runtime' });
    const axios = doc.components.find((c: { purl: string }) => c.purl.includes('axios'));
    expect(axios.scope).toBe('excluded');
    expect(doc.serialNumber).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

function validateWithBundledSchema(version: '1.5' | '1.6', json: string): unknown {
  const require = createRequire(import.meta.url);
  const dir = path.join(path.dirname(require.resolve('@cyclonedx/cyclonedx-library/package.json')), 'res/schema');
  const load = (f: string) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as object;
  const ajv = new Ajv({ strict: false, allErrors: true });
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  ajv.addFormat('iri-reference', true);
  ajv.addFormat('idn-email', true);
  for (const f of ['spdx.SNAPSHOT.schema.json', 'jsf-0.82.SNAPSHOT.schema.json']) {
    const { $id: _id, ...schema } = load(f) as { $id?: string };
    ajv.addSchema(schema, `http://cyclonedx.org/schema/${f}`);
  }
  const validate = ajv.compile(load(`bom-${version}.SNAPSHOT.schema.json`));
  return validate(JSON.parse(json)) ? null : validate.errors;
}
