// The closures of cel-fast.ts give the same answer as cel-js, or none (then cel-js runs): every
// expression below on every element below, well typed or not, through compileCel against a plain
// cel-js environment with the same variables.
import { Environment } from '@marcbachmann/cel-js';
import { describe, expect, it } from 'vitest';
import { compileCel, toCel } from '../../src/engine/cel.js';
import { compileFast, FALLBACK } from '../../src/engine/cel-fast.js';
import { loadPack } from '../../src/engine/index.js';

const plain = new Environment({ enableOptionalTypes: true, homogeneousAggregateLiterals: false, unlistedVariablesAreDyn: false })
  .registerVariable('item', 'dyn').registerVariable('params', 'map').registerVariable('stage', 'string')
  .registerVariable('manifest', 'map').registerVariable('facts', 'map').registerVariable('index', 'int')
  .registerVariable('vars', 'map').registerVariable('now', 'google.protobuf.Timestamp');

const EXPRESSIONS = [
  "!(item.scheme in ['http', 'ws', 'no-tls']) || item.inComment || item.local || item.inTest || (item.host == '' && !item.?builtAtRunTime.orValue(false)) || item.file.matches('(^|/)mobile-app\\\\.ya?ml$')",
  "item.host != '' && !item.inComment",
  "item.file.endsWith('.kt') || item.file.startsWith('app/') || item.file.contains('test')",
  "item.?kind.orValue('none') == 'keystore'",
  "item.debug == false && stage == 'release'",
  "item.nested.deep == 'x'",
  'item.inComment && item.local',
  "item.scheme in ['http']",
];

const ITEMS: unknown[] = [
  { scheme: 'http', host: 'a.cn', file: 'app/A.kt', inComment: false, local: false, inTest: false, debug: false },
  { scheme: 'https', host: 'a.cn', file: 'mobile-app.yaml', inComment: false, local: false, inTest: false },
  { scheme: 'http', host: '', builtAtRunTime: true, file: 'x/mobile-app.yml', inComment: false, local: false, inTest: false, kind: 'keystore' },
  { scheme: 'ws', host: '', file: 'test/B.swift', inComment: true, local: false, inTest: false, nested: { deep: 'x' } },
  // Ill-typed or incomplete: cel-js decides (an error, or absorbed by the other side of || and &&).
  { scheme: 3, host: 'a.cn', file: 'a', inComment: 'no', local: false, inTest: false },
  { host: 'a.cn' },
  { scheme: 'http', host: null, file: 7, inComment: false, local: 1, inTest: false, builtAtRunTime: 'yes', debug: 0, nested: [] },
  null,
  'a string',
  [1, 2],
];

type Outcome = { value: unknown } | { error: true };
const outcome = (f: () => unknown): Outcome => { try { return { value: f() }; } catch { return { error: true }; } };

describe('fast CEL closures', () => {
  it('answer as cel-js does, on well- and ill-typed elements alike', () => {
    let fastAnswers = 0;
    for (const src of EXPRESSIONS) {
      const ours = compileCel(src, 'any');
      const theirs = plain.parse(src);
      const fast = compileFast(theirs.ast);
      expect(fast, src).toBeDefined();
      for (const raw of ITEMS) {
        const ctx = { item: toCel(raw), params: {}, stage: 'release', manifest: {}, facts: {}, index: 0n, vars: {}, now: new Date(0) };
        expect(outcome(() => ours.run(ctx)), `${src} on ${JSON.stringify(raw)}`).toEqual(outcome(() => theirs(ctx)));
        if ('value' in outcome(() => fast!(ctx))) fastAnswers++;
      }
    }
    // Most well-typed cases are answered by the closures themselves, not handed back.
    expect(fastAnswers).toBeGreaterThan(EXPRESSIONS.length * 3);
  });

  it('hand back (FALLBACK) what they cannot judge, and leave out what they do not know', () => {
    const fast = compileFast(plain.parse("item.host == ''").ast)!;
    expect(() => fast({ item: { host: 3n } })).toThrow();
    try { fast({ item: {} }); } catch (e) { expect(e).toBe(FALLBACK); }
    for (const src of ['size(item.list) > 0', 'item.n > 1', "item.list.exists(x, x == 'a')", "item.host == 'a' || size(item.l) == 0", "item.f.matches('(')"]) {
      expect(compileFast(plain.parse(src).ast), src).toBeUndefined();
    }
  });

  it('cover the element tests of the built-in pack that they can, with the same pack results', () => {
    const pack = loadPack('nfra-2024-99', { cwd: process.cwd() });
    const compiled = pack.rules.filter((r) => compileFast(plain.parse(r.assert.source).ast));
    // nfra/cleartext-urls runs on every insecure URL: its assert must be one of them.
    expect(compiled.map((r) => r.id)).toContain('nfra/cleartext-urls');
  });
});
