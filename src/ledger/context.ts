// What every source needs to turn a manifest into a row: packs, "now", intervals, trackers.
import type { Finding, Stage } from '../core/types.js';
import type { LoadedPack } from '../engine/index.js';
import type { LoadedManifest } from '../manifest/types.js';
import { minMauFromParams } from './advice.js';
import { intervalsFromParams, type DueIntervals } from './due.js';
import { evaluateManifest, manifestOnlyPacks } from './evaluate.js';
import { buildRow } from './row.js';
import type { LedgerRow } from './types.js';

export interface LedgerContext {
  packs: LoadedPack[];
  manifestPacks: LoadedPack[];
  now: Date;
  stage: Stage;
  intervals: DueIntervals;
  minMau: number;
  trackers: ReadonlySet<string>;
}

export function createContext(packs: LoadedPack[], now: Date, stage: Stage, trackers: ReadonlySet<string> = new Set()): LedgerContext {
  const params = Object.assign({}, ...packs.map((p) => p.params)) as Record<string, unknown>;
  return { packs, manifestPacks: manifestOnlyPacks(packs), now, stage, intervals: intervalsFromParams(params), minMau: minMauFromParams(params), trackers };
}

/** Row of an app read from its manifest alone (org mode). */
export function manifestRow(ctx: LedgerContext, repository: string, manifest: LoadedManifest, lastCommit?: string, findings?: readonly Finding[]): LedgerRow {
  return buildRow({
    repository,
    manifest,
    findings: findings ?? evaluateManifest(manifest, ctx.packs, ctx.manifestPacks, ctx.now, ctx.stage),
    now: ctx.now,
    intervals: ctx.intervals,
    trackers: ctx.trackers,
    ...(lastCommit ? { lastCommit } : {}),
  });
}
