// Runs what `check` and `inventory` run on a repository held in memory: every detector, the
// manifest reader for mobile-app.yaml files, and the inventory's text table.
import { collectFacts } from '../../src/detectors/index.js';
import type { SdkFacts } from '../../src/detectors/sdks/types.js';
import { buildInventory, inventoryToText } from '../../src/inventory/index.js';
import { parseManifest } from '../../src/manifest/load.js';
import { MemoryRepo } from '../../src/repo/files.js';
import type { Diagnostic } from '../../src/core/types.js';
import type { Files } from './hostile.js';

export interface RepoRun {
  ms: number;
  facts: Record<string, unknown>;
  diagnostics: Diagnostic[];
  inventoryText: string;
}

export function runRepo(files: Files, only?: readonly string[]): RepoRun {
  const t0 = performance.now();
  const repo = new MemoryRepo(files);
  const { facts, diagnostics } = collectFacts({ repo, appDir: '' }, only);
  for (const [file, v] of Object.entries(files)) {
    if (!file.endsWith('mobile-app.yaml')) continue;
    const r = repo.readText(file);
    diagnostics.push(...(r.ok ? parseManifest(file, r.text).diagnostics : [r.diagnostic]));
    void v;
  }
  const sdks = facts.sdks as SdkFacts | undefined;
  const inventoryText = sdks ? inventoryToText(buildInventory(sdks)) : '';
  return { ms: performance.now() - t0, facts, diagnostics, inventoryText };
}

/** Problems with the run's output: a detector that threw, a diagnostic or component without a file. */
export function unlocated(run: RepoRun, files: Files): string[] {
  const known = new Set([...Object.keys(files), '.']);
  const out: string[] = [];
  for (const d of run.diagnostics) {
    if (d.code === 'tool/detector-failed') out.push(`detector failed: ${d.message.en}`);
    if (!d.location?.file || !known.has(d.location.file) && !Object.keys(files).some((f) => f.startsWith(`${d.location.file}/`))) out.push(`${d.code} not located at a file of the input: ${JSON.stringify(d.location)}`);
    if (d.location?.line !== undefined && !(Number.isInteger(d.location.line) && d.location.line >= 1)) out.push(`${d.code} has line ${d.location.line}`);
  }
  const sdks = run.facts.sdks as SdkFacts | undefined;
  for (const c of sdks?.components ?? []) {
    if (!c.locations?.length || c.locations.some((l) => !l.file)) out.push(`component ${c.purl} without a location`);
    if (typeof c.version !== 'string' && c.version !== undefined) out.push(`component ${c.purl} has a ${typeof c.version} version`);
  }
  return out;
}
