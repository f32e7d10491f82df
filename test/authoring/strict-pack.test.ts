// The built-in strict pack, tested the way platform teams test theirs: its own tests/*.yaml.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinPacksDir, evaluate, loadPack, runPackTests } from '../../src/engine/index.js';
import type { LoadedManifest } from '../../src/manifest/types.js';

const PACK = 'nfra-2024-99-strict';

describe(`built-in pack ${PACK}`, () => {
  const pack = loadPack(PACK);

  it('extends nfra-2024-99 with shorter windows, promoted warnings and rules of its own', () => {
    expect(pack.extends).toEqual(['nfra-2024-99']);
    expect(pack.params.freshnessDays).toBe(180);
    expect(pack.params.maxWaiverDays).toBe(90);
    const own = pack.rules.filter((r) => r.pack === PACK).map((r) => r.id);
    expect(own.length).toBeGreaterThanOrEqual(2);
    expect(own.every((id) => id.startsWith('nfra-strict/'))).toBe(true);
    const base = loadPack('nfra-2024-99');
    expect(pack.rules.length).toBe(base.rules.length + own.length);
    // Warnings are promoted at every stage (notes stay notes).
    for (const r of pack.rules) {
      expect(r.severity, r.id).not.toBe('warning');
      expect(Object.values(r.stageSeverity), r.id).not.toContain('warning');
    }
    expect(pack.rules.find((r) => r.id === 'nfra/android-min-sdk')!.severity).toBe('error');
    expect(pack.rules.find((r) => r.id === 'nfra/drill-fresh')!.stageSeverity).toEqual({});
    expect(pack.rules.find((r) => r.id === 'nfra/drill-fresh')!.params.freshnessDays).toBe(180);
  });

  it('its base manifest is schema-valid and clean under every rule', async () => {
    const loader = (await import('../../src/manifest/load.js')) as { parseManifest: (file: string, text: string) => LoadedManifest };
    const m = loader.parseManifest('mobile-app.yaml', fs.readFileSync(path.join(builtinPacksDir(), PACK, 'tests', 'base.yaml'), 'utf8'));
    expect(m.diagnostics.map((d) => `${d.code} ${d.location.line}: ${d.message.en}`)).toEqual([]);
    const findings = evaluate([pack], { manifest: m, facts: {}, now: new Date('2026-06-30T00:00:00Z'), stage: 'release' });
    expect(findings.map((f) => f.ruleId)).toEqual([]);
  });

  const results = runPackTests(path.join(builtinPacksDir(), PACK));

  it('has a complete test suite', () => {
    expect(results.errors).toEqual([]);
    expect(results.coverage).toBe(100);
    expect(results.cases.length).toBeGreaterThanOrEqual(12);
  });

  for (const c of results.cases) {
    it(`${c.rule}: ${c.name}`, () => {
      expect(c.problems, `${c.file}:${c.line}`).toEqual([]);
    });
  }
});
