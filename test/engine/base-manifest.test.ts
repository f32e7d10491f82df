// The pack tests' base manifest is a real, schema-valid manifest (checked with the project's
// manifest loader), and the built-in pack evaluated through that loader is clean on it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinPacksDir, evaluate, loadPack } from '../../src/engine/index.js';
import type { LoadedManifest } from '../../src/manifest/types.js';

const BASE = path.join(builtinPacksDir(), 'nfra-2024-99', 'tests', 'base.yaml');

describe('policies/nfra-2024-99/tests/base.yaml', () => {
  it('passes the manifest schema and every rule', async () => {
    const loader = (await import('../../src/manifest/load.js')) as { parseManifest: (file: string, text: string) => LoadedManifest };
    const m = loader.parseManifest('mobile-app.yaml', fs.readFileSync(BASE, 'utf8'));
    expect(m.diagnostics.map((d) => `${d.code} ${d.location.line}: ${d.message.en}`)).toEqual([]);
    const findings = evaluate([loadPack('nfra-2024-99')], { manifest: m, facts: {}, now: new Date('2026-06-30T00:00:00Z'), stage: 'release' });
    expect(findings.map((f) => f.ruleId)).toEqual([]);
  });
});
