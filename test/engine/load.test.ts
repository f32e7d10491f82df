// Pack loading: every problem is a ConfigurationError naming file:line:column and the rule.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import { loadPack } from '../../src/engine/index.js';
import { makePack, PACK_YAML, rule } from './helpers.js';

function loadError(dir: string): ConfigurationError {
  try {
    loadPack(dir);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigurationError);
    return e as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError');
}

describe('loadPack', () => {
  it('loads a pack by path, with params and compiled rules', () => {
    const dir = makePack({ 'rules/ok.yaml': rule('demo/ok', 'assert: "true"\n') });
    const pack = loadPack(dir);
    expect(pack.name).toBe('demo');
    expect(pack.rules.map((r) => r.id)).toEqual(['demo/ok']);
    expect(pack.rules[0]!.params.freshnessDays).toBe(365);
    expect(pack.rules[0]!.line).toBe(1);
    expect(loadPack(path.join(dir, 'pack.yaml')).name).toBe('demo');
  });

  it('names file, line and column of a CEL syntax error', () => {
    const dir = makePack({ 'rules/bad.yaml': rule('demo/bad', 'assert: "manifest.app +"\n') });
    const e = loadError(dir);
    expect(e.ruleId).toBe('demo/bad');
    expect(e.location?.file).toMatch(/rules\/bad\.yaml$/);
    expect(e.location?.line).toBe(9);
    // "assert: " is 8 columns, the quote one more, the offset 14 more.
    expect(e.location?.column).toBe(9 + 1 + 14);
    expect(e.message).toMatch(/bad\.yaml:9:24: invalid CEL in assert: .*\(rule demo\/bad\)/);
  });

  it('locates errors inside block literals', () => {
    const dir = makePack({ 'rules/block.yaml': rule('demo/block', 'assert: |-\n  true &&\n    nosuch.x == 1\n') });
    const e = loadError(dir);
    expect(e.message).toMatch(/Unknown variable: nosuch/);
    expect(e.location?.line).toBe(11);
    expect(e.location?.column).toBe(5);
  });

  it('rejects an unknown top-level variable at load', () => {
    const e = loadError(makePack({ 'rules/unk.yaml': rule('demo/unk', 'assert: "manifests.app == 1"\n') }));
    expect(e.message).toMatch(/Unknown variable: manifests/);
    expect(e.ruleId).toBe('demo/unk');
  });

  it('rejects item without each, and when using item', () => {
    expect(loadError(makePack({ 'rules/x.yaml': rule('demo/x', 'assert: "item == 1"\n') })).message).toMatch(/no `each`/);
    expect(loadError(makePack({ 'rules/y.yaml': rule('demo/y', 'each: "[1]"\nwhen: "item == 1"\nassert: "true"\n') })).message).toMatch(/`when` is evaluated once/);
  });

  it('rejects non-bool asserts and non-list each', () => {
    expect(loadError(makePack({ 'rules/x.yaml': rule('demo/x', 'assert: "1 + 2"\n') })).message).toMatch(/must be a bool/);
    expect(loadError(makePack({ 'rules/x.yaml': rule('demo/x', 'each: "\'abc\'"\nassert: "true"\n') })).message).toMatch(/must be a list/);
  });

  it('names the line of a schema error (unknown key, bad severity)', () => {
    const e = loadError(makePack({ 'rules/s.yaml': rule('demo/s', 'assert: "true"\nseverty: error\n') }));
    expect(e.message).toMatch(/unknown key "severty"/);
    expect(e.location?.line).toBe(10);
    expect(e.ruleId).toBe('demo/s');
    const e2 = loadError(makePack({ 'rules/t.yaml': rule('demo/t', 'assert: "true"\n').replace('severity: error', 'severity: fatal') }));
    expect(e2.message).toMatch(/severity must be one of "error", "warning", "note"/);
    expect(e2.location?.line).toBe(4);
  });

  it('rejects a bad pack.yaml and invalid YAML with positions', () => {
    const e = loadError(makePack({ 'pack.yaml': PACK_YAML.replace('pack/v1', 'pack/v9') }));
    expect(e.message).toMatch(/apiVersion must be one of "mobile-policy\/pack\/v1"/);
    expect(e.location?.line).toBe(1);
    const y = loadError(makePack({ 'rules/y.yaml': 'id: demo/y\ntitle: [unclosed\n' }));
    expect(y.message).toMatch(/invalid YAML/);
    expect(y.location?.line).toBeGreaterThan(1);
  });

  it('requires the rule id to match the file name', () => {
    const e = loadError(makePack({ 'rules/a.yaml': rule('demo/b', 'assert: "true"\n') }));
    expect(e.message).toMatch(/must be "a"/);
  });

  it('rejects deep comprehension nesting and huge expressions', () => {
    const nested = 'manifest.a.all(x, manifest.a.all(y, manifest.a.all(z, manifest.a.all(w, true))))';
    expect(loadError(makePack({ 'rules/n.yaml': rule('demo/n', `assert: "${nested}"\n`) })).message).toMatch(/nested 4 deep/);
    const big = Array.from({ length: 600 }, (_, i) => `${i}`).join(' + ');
    expect(loadError(makePack({ 'rules/h.yaml': rule('demo/h', `assert: "${big} > 0"\n`) })).message).toMatch(/invalid CEL/);
  });

  it('resolves built-in names, and explains unknown ones', () => {
    expect(loadPack('nfra-2024-99').name).toBe('nfra-2024-99');
    expect(() => loadPack('no-such-pack')).toThrow(/unknown policy pack "no-such-pack": built-in packs are nfra-2024-99/);
  });

  describe('extends', () => {
    it('merges params and rules of the base, with overrides', () => {
      const base = makePack({ 'rules/one.yaml': rule('demo/one', 'assert: "params.freshnessDays > 100"\n') });
      const child = makePack({
        'pack.yaml': `apiVersion: mobile-policy/pack/v1
name: child
version: 1.0.0
title: { en: Child, zh-CN: 子策略 }
extends: ${base}
params: { freshnessDays: 90 }
overrides:
  demo/one: { severity: warning, params: { freshnessDays: 500 } }
`,
        'rules/two.yaml': rule('child/two', 'assert: "true"\n'),
      });
      const pack = loadPack(child);
      expect(pack.extends).toEqual(['demo']);
      expect(pack.params.freshnessDays).toBe(90);
      expect(pack.rules.map((r) => r.id)).toEqual(['child/two', 'demo/one']);
      const one = pack.rules.find((r) => r.id === 'demo/one')!;
      expect(one.severity).toBe('warning');
      expect(one.params.freshnessDays).toBe(500);
      expect(pack.rules.find((r) => r.id === 'child/two')!.params.freshnessDays).toBe(90);
    });

    it('extends the built-in pack by name and can disable its rules', () => {
      const child = makePack({
        'pack.yaml': `apiVersion: mobile-policy/pack/v1
name: bank-x
version: 1.0.0
title: { en: Bank X, zh-CN: X 银行 }
extends: nfra-2024-99
params: { licensedBusinessScopes: [retail-banking] }
overrides:
  nfra/sales-traceability: { disabled: true }
`,
      });
      const pack = loadPack(child);
      expect(pack.rules.find((r) => r.id === 'nfra/sales-traceability')!.disabled).toBe(true);
      expect(pack.rules.find((r) => r.id === 'nfra/lead-department')!.params.licensedBusinessScopes).toEqual(['retail-banking']);
    });

    it('reports a rule id collision at the colliding rule', () => {
      const base = makePack({ 'rules/one.yaml': rule('demo/one', 'assert: "true"\n') });
      const child = makePack({
        'pack.yaml': PACK_YAML.replace('name: demo', `name: child\nextends: ${base}`),
        'rules/one.yaml': rule('demo/one', 'assert: "false"\n'),
      });
      const e = loadError(child);
      expect(e.message).toMatch(/rule id "demo\/one" is already defined in .*one\.yaml:1/);
      expect(e.location?.file).toMatch(/rules\/one\.yaml$/);
      expect(e.location?.line).toBe(1);
      expect(e.ruleId).toBe('demo/one');
    });

    it('reports an override of an unknown rule and extends cycles', () => {
      const e = loadError(makePack({ 'pack.yaml': `${PACK_YAML}overrides:\n  demo/nope: { disabled: true }\n` }));
      expect(e.message).toMatch(/no rule "demo\/nope"/);
      expect(e.location?.line).toBe(9);
      const cyc = makePack({ 'pack.yaml': `${PACK_YAML}extends: ./\n` });
      expect(loadError(cyc).message).toMatch(/extends itself/);
    });
  });
});
