// Streamed JSON and SARIF (issue 16) are byte for byte what stringifying the whole would give.
import { describe, expect, it } from 'vitest';
import { ITEMS, jsonChunks } from '../../src/reporters/json-chunks.js';
import { sarifChunks, sarifReporter, toSarif } from '../../src/reporters/sarif.js';
import { finding, report } from '../reporters/fixture.js';

describe('jsonChunks', () => {
  const cases: [string, (items: unknown) => object, unknown[]][] = [
    ['last key', (items) => ({ a: 1, list: items }), [{ x: 1, y: [1, { z: 'q"\n' }] }, 'two', 3]],
    ['nested, keys after it', (items) => ({ runs: [{ tool: { n: 1 }, results: items, properties: { p: [1] } }], z: null }), [{ k: 'v' }, []]],
    ['empty', (items) => ({ a: { b: items } }), []],
  ];
  for (const [name, make, items] of cases) {
    it(`equals JSON.stringify(…, null, 2): ${name}`, () => {
      const chunks = [...jsonChunks(make(ITEMS), items)];
      expect(chunks.join('')).toBe(`${JSON.stringify(make(items), null, 2)}\n`);
      expect(chunks.length).toBeGreaterThanOrEqual(items.length + 2); // one chunk per item at least
    });
  }
});

describe('streamed SARIF', () => {
  it('is the SARIF log of toSarif, in one chunk per result', () => {
    const r = report([finding({ ruleId: 'a/b' }), finding({ ruleId: 'c/d', waived: true, related: [{ file: 'x.kt', line: 2 }] })]);
    const chunks = [...sarifChunks(r, { lang: 'en' })];
    expect(chunks.join('')).toBe(`${JSON.stringify(toSarif(r, { lang: 'en' }), null, 2)}\n`);
    expect(sarifReporter(r, { lang: 'zh-CN' })).toBe(`${JSON.stringify(toSarif(r, { lang: 'zh-CN' }), null, 2)}\n`);
    expect(chunks.length).toBeGreaterThanOrEqual(4);
  });
});
