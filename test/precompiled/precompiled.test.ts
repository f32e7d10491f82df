// dist/ runs on what build.mjs precompiles (dist/precompiled.cjs: ajv standalone validators, the
// built-in packs and catalogue as data; docs/decisions/0007). These tests hold it to the run-time
// path used from src/: same verdicts and errors, same data, same loaded packs.
// `npm test` builds dist/ first.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleEngine } from '../helpers/bundle-engine.js';
import { loadCatalogSdks } from '../../src/catalog/index.js';
import { builtinPackNames, loadPack, packageRoot } from '../../src/engine/index.js';
import { readBuiltinPackFiles } from '../../src/engine/load.js';
import type { LoadedPack } from '../../src/engine/types.js';
import { validator } from '../../src/precompiled/index.js';
import type { ValidatorName } from '../../src/precompiled/schemas.js';
import type { EmbeddedData } from '../../src/precompiled/types.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PRECOMPILED = path.join(ROOT, 'dist/precompiled.cjs');
const dist = createRequire(import.meta.url)(PRECOMPILED) as { validator: typeof validator; embeddedData(): EmbeddedData };

/** Both validators give the same verdict and the same errors (messages, params, paths, schema parts, data). */
function same(name: ValidatorName, data: unknown): boolean {
  const runtime = validator(name);
  const bundled = dist.validator(name);
  const ok = runtime(data);
  expect(bundled(data)).toBe(ok);
  expect(bundled.errors ?? null).toEqual(runtime.errors ?? null);
  return ok;
}

/** The input with one change at every place: a wrong type, a bad string, an unknown key, a missing key. */
function mutations(value: unknown): unknown[] {
  const out: unknown[] = [];
  const walk = (node: unknown, replace: (v: unknown) => unknown): void => {
    if (Array.isArray(node)) {
      out.push(replace({ not: 'a list' }));
      node.forEach((item, i) => walk(item, (v) => replace(node.map((x, j) => (j === i ? v : x)))));
    } else if (node && typeof node === 'object') {
      const obj = node as Record<string, unknown>;
      out.push(replace({ ...obj, unknownKey: 1 }));
      for (const key of Object.keys(obj)) {
        const { [key]: _removed, ...rest } = obj;
        out.push(replace(rest));
        walk(obj[key], (v) => replace({ ...obj, [key]: v }));
      }
    } else if (typeof node === 'string') {
      out.push(replace(12345), replace(''), replace('not valid!'), replace('2025-02-30'));
    } else {
      out.push(replace('a string'), replace(null), replace(-1));
    }
  };
  walk(value, (v) => v);
  return out;
}

const yamlFile = (rel: string): unknown => parse(readFileSync(path.join(ROOT, rel), 'utf8'));

describe('precompiled validators (dist/precompiled.cjs) against the run-time ones', () => {
  it('manifest: the complete manifest and every one-place mutation of it', () => {
    const complete = yamlFile('test/fixtures/manifests/complete.yaml');
    expect(same('manifest', complete)).toBe(true);
    const cases = mutations(complete);
    expect(cases.length).toBeGreaterThan(500);
    const rejected = cases.filter((c) => !same('manifest', c)).length;
    expect(rejected).toBeGreaterThan(400);
  });

  it('pack, rule and test files: every built-in file and mutations of a few', () => {
    for (const name of builtinPackNames()) {
      const files = readBuiltinPackFiles(name);
      expect(same('pack', files.pack.value)).toBe(true);
      for (const r of files.rules) expect(same('rule', r.value)).toBe(true);
      for (const m of mutations(files.pack.value)) same('pack', m);
      for (const r of files.rules.slice(0, 5)) for (const m of mutations(r.value)) same('rule', m);
    }
    const first = readdirSync(path.join(ROOT, 'policies/nfra-2024-99/tests')).sort()[0]!;
    const test = yamlFile(`policies/nfra-2024-99/tests/${first}`);
    expect(same('testFile', test)).toBe(true);
    for (const m of mutations(test).slice(0, 300)) same('testFile', m);
  });

  it('catalogue: every built-in file and mutations of one', () => {
    const files = ['advertising.yaml', 'payment.yaml', 'push.yaml'].map((f) => yamlFile(`policies/catalog/${f}`));
    for (const f of files) expect(same('catalog', f)).toBe(true);
    const rejected = mutations(files[0]).filter((m) => !same('catalog', m)).length;
    expect(rejected).toBeGreaterThan(100);
  });
});

describe('embedded data (dist/precompiled.cjs) against the run-time loaders', () => {
  it('the SDK catalogue, with every entry\'s file and line', () => {
    const embedded = dist.embeddedData().catalog;
    expect(embedded).toEqual(loadCatalogSdks());
    expect(embedded[0]).toMatchObject({ file: 'policies/catalog/advertising.yaml', line: expect.any(Number) });
  });

  it('the built-in packs\' files, with where each document starts', () => {
    const packs = dist.embeddedData().packs;
    expect(Object.keys(packs).sort()).toEqual(builtinPackNames());
    for (const name of builtinPackNames()) expect(packs[name]).toEqual(readBuiltinPackFiles(name));
  });
});

/** A pack as plain data: compiled expressions by source and variables. */
function plain(pack: LoadedPack): unknown {
  return JSON.parse(JSON.stringify(pack, (_k, v: unknown) => (v instanceof Set ? [...v].sort() : v)));
}

describe('built-in packs loaded from a bundle that uses dist/precompiled.cjs', () => {
  let engine: typeof import('../../src/engine/index.js');
  beforeAll(async () => {
    const outfile = path.join(ROOT, 'test-artifacts/precompiled/engine.js');
    // The same substitution build.mjs makes: src/precompiled/index.ts → require('dist/precompiled.cjs').
    engine = await bundleEngine(path.join(ROOT, 'src/engine/index.ts'), outfile, {
      external: [PRECOMPILED],
      plugins: [{
        name: 'precompiled',
        setup(b) {
          b.onLoad({ filter: /[\\/]src[\\/]precompiled[\\/]index\.ts$/ }, () => ({
            loader: 'js',
            contents: `const m = require(${JSON.stringify(PRECOMPILED)});\nexport const validator = m.validator;\nexport const embeddedData = m.embeddedData;\n`,
          }));
        },
      }],
    });
  });

  it('equal the packs loaded from YAML at run time, from any working directory', () => {
    expect(engine.packageRoot()).toBe(packageRoot());
    for (const cwd of [ROOT, path.join(ROOT, 'policies'), path.dirname(ROOT), '/']) {
      for (const name of builtinPackNames()) {
        const bundled = engine.loadPack(name, { cwd });
        expect(plain(bundled)).toEqual(plain(loadPack(name, { cwd })));
        expect(bundled.rules[0]?.assert.run).toBeTypeOf('function');
      }
    }
  });

  it('keep the full run-time path for packs given by path', () => {
    const dir = path.join(ROOT, 'policies/nfra-2024-99-strict');
    expect(plain(engine.loadPack(dir, { cwd: ROOT }))).toEqual(plain(loadPack(dir, { cwd: ROOT })));
    expect(() => engine.loadPack(path.join(ROOT, 'test/fixtures'), { cwd: ROOT })).toThrow(/not a policy pack/);
  });

  it('report a broken pack given by path with the same located message', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mp-precompiled-'));
    try {
      cpSync(path.join(ROOT, 'policies/nfra-2024-99-strict'), dir, { recursive: true });
      writeFileSync(path.join(dir, 'pack.yaml'), readFileSync(path.join(dir, 'pack.yaml'), 'utf8').replace(/^extends:.*$/m, 'extends: nfra-2024-99\nsevertyMap: { note: warning }'));
      const message = (load: typeof loadPack): string => {
        try {
          load(dir, { cwd: dir });
        } catch (e) {
          return (e as Error).message;
        }
        return 'no error';
      };
      const expected = message(loadPack);
      expect(expected).toMatch(/^pack\.yaml:\d+:\d+: invalid pack\.yaml: unknown key "severtyMap"/);
      expect(message(engine.loadPack)).toBe(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
