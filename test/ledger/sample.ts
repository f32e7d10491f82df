// A small ledger built from generated manifests (no network), shared by the format tests.
import { loadPacks } from '../../src/check.js';
import { assemble } from '../../src/ledger/assemble.js';
import { createContext, manifestRow } from '../../src/ledger/context.js';
import type { Ledger } from '../../src/ledger/types.js';
import { parseManifest } from '../../src/manifest/load.js';
import { manifestYaml } from './generate.js';
import path from 'node:path';

export const NOW = new Date('2026-01-15T00:00:00Z');

export function sampleLedger(): Ledger {
  const packs = loadPacks([path.join(import.meta.dirname, 'fixtures', 'pack')]);
  const ctx = createContext(packs, NOW, 'release', new Set(['umeng-analytics']));
  const rows = [
    manifestRow(ctx, 'bank/retail', parseManifest('mobile-app.yaml', manifestYaml(2, { mau: 120 })), '2025-12-01'),
    manifestRow(ctx, 'bank/cards', parseManifest('mobile-app.yaml', manifestYaml(7, { status: 'deprecated', mau: 120 })), '2024-02-01'),
    manifestRow(ctx, 'bank/wealth', parseManifest('mobile-app.yaml', manifestYaml(3).replace(/ {2}lastAudit: .*\n/, '')), '2025-11-11'),
    manifestRow(ctx, 'bank/broken <x>', parseManifest('mobile-app.yaml', 'app: [oops\n'), '2025-10-10'),
  ];
  return assemble({
    now: NOW,
    source: { kind: 'org', org: 'bank' },
    packs: packs.map((p) => ({ name: p.name, version: p.version })),
    repositories: 6,
    rows,
    missing: [{ repository: 'bank/android-lite', kinds: ['android'], evidence: ['app/src/main/AndroidManifest.xml'], lastCommit: '2025-09-09' }],
    errors: [{ repository: 'bank/huge', message: 'GitHub API 500: Server Error' }],
    minMau: ctx.minMau,
  });
}
