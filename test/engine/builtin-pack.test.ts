// The built-in pack: loads, every rule is documented in both languages, every rule's own
// tests pass, and every rule has both a passing and a failing case.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinPacksDir, loadPack, runPackTests } from '../../src/engine/index.js';

const PACK = 'nfra-2024-99';

describe(`built-in pack ${PACK}`, () => {
  const pack = loadPack(PACK);

  it('loads with its params and rules', () => {
    expect(pack.name).toBe(PACK);
    expect(pack.file).toBe(`policies/${PACK}/pack.yaml`);
    expect(pack.params.freshnessDays).toBe(365);
    expect(pack.rules.length).toBeGreaterThanOrEqual(40);
  });

  it('has en and zh-CN text for every rule', () => {
    for (const r of pack.rules) {
      for (const field of ['title', 'message', 'rationale', 'remediation'] as const) {
        expect(r[field].en.trim(), `${r.id} ${field}.en`).not.toBe('');
        expect(r[field]['zh-CN'], `${r.id} ${field}.zh-CN is Chinese`).toMatch(/[\u4e00-\u9fff]/);
      }
      expect(r.articles.every((a) => a >= 1 && a <= 17), r.id).toBe(true);
    }
  });

  it('uses only placeholders that can resolve', () => {
    for (const r of pack.rules) {
      const texts = [r.message, r.remediation].flatMap((t) => [t.en, t['zh-CN']]);
      for (const m of texts.join(' ').matchAll(/\{([A-Za-z_][\w-]*(?:\.[\w-]+)*)\}/g)) {
        const [root, key] = m[1]!.split('.');
        expect(['item', 'index', 'params', 'vars', 'manifest', 'stage', 'group'], `${r.id}: {${m[1]}}`).toContain(root);
        if (root === 'group') expect(r.groupBy, `${r.id}: {${m[1]}} needs groupBy`).toBeDefined();
        if (root === 'params') expect(Object.keys(r.params), `${r.id}: {${m[1]}}`).toContain(key);
        if (root === 'vars') expect(Object.keys(r.vars), `${r.id}: {${m[1]}}`).toContain(key);
        if (root === 'item' || root === 'index') expect(r.each, `${r.id}: {${m[1]}} needs each`).toBeDefined();
      }
    }
  });

  it('covers every binding article of the circular (1–17)', () => {
    const covered = new Set(pack.rules.flatMap((r) => r.articles));
    // Art. 7 is repository-only (dynamic versions, vendored binaries, links): facts rules.
    for (let a = 1; a <= 17; a++) if (a !== 7) expect(covered.has(a), `article ${a}`).toBe(true);
  });

  const results = runPackTests(path.join(builtinPacksDir(), PACK));

  it('has a complete test suite (a passing and a failing case per rule, no duplicates)', () => {
    expect(results.errors).toEqual([]);
  });

  for (const c of results.cases) {
    it(`${c.rule}: ${c.name}`, () => {
      expect(c.problems, `${c.file}:${c.line}`).toEqual([]);
    });
  }
});
