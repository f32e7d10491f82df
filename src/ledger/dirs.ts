// Dir mode: `ledger DIR...` over local checkouts, with the full engine (runCheck: manifest,
// detectors, every rule), one row per app manifest found in each folder.
import path from 'node:path';
import { runCheck } from '../check.js';
import { loadManifest } from '../manifest/load.js';
import { readConfinedText, realRoot } from '../repo/confined.js';
import { DiskRepo } from '../repo/files.js';
import { assemble } from './assemble.js';
import { manifestRow, type LedgerContext } from './context.js';
import { detectMobileCode } from './mobile-code.js';
import { silentProgress, type Progress } from './progress.js';
import type { Ledger, LedgerError, LedgerRow, MissingApp } from './types.js';

export interface DirsOptions {
  dirs: string[];
  /** How folders are named in the ledger (default: as given). */
  labels?: string[];
  ctx: LedgerContext;
  progress?: Progress;
}

export function dirsLedger(opts: DirsOptions): Ledger {
  const progress = opts.progress ?? silentProgress;
  const rows: LedgerRow[] = [];
  const missing: MissingApp[] = [];
  const errors: LedgerError[] = [];
  progress.start(opts.dirs.length);
  opts.dirs.forEach((dir, i) => {
    const label = opts.labels?.[i] ?? dir;
    try {
      const report = runCheck({ dir, stage: opts.ctx.stage, now: opts.ctx.now }, opts.ctx.packs);
      const repo = new DiskRepo(dir);
      const lastCommit = lastCommitDate(dir);
      for (const app of report.apps) {
        if (!app.manifest) {
          const mobile = detectMobileCode(repo.paths);
          if (mobile.kinds.length) missing.push({ repository: label, kinds: mobile.kinds, evidence: mobile.evidence, ...(lastCommit ? { lastCommit } : {}) });
          continue;
        }
        rows.push(manifestRow(opts.ctx, label, loadManifest(repo, app.manifest), lastCommit, app.findings));
      }
    } catch (e) {
      errors.push({ repository: label, message: String((e as Error)?.message ?? e) });
    }
    progress.tick(label);
  });
  return assemble({
    now: opts.ctx.now,
    source: { kind: 'dirs', dirs: opts.labels ?? opts.dirs },
    packs: opts.ctx.packs.map((p) => ({ name: p.name, version: p.version })),
    repositories: opts.dirs.length,
    rows,
    missing,
    errors,
    minMau: opts.ctx.minMau,
  });
}

/**
 * Date of the checkout's last commit, read from `.git/logs/HEAD` (never by running git:
 * nothing in a scanned repository is executed). Undefined when there is no reflog, or when it is
 * not a regular file inside the checkout (a FIFO there must not hang the ledger).
 */
export function lastCommitDate(dir: string): string | undefined {
  const text = readConfinedText(realRoot(dir), path.join(dir, '.git', 'logs', 'HEAD'), MAX_REFLOG_BYTES);
  const log = (text ?? '').trimEnd().split('\n');
  const m = / (\d{9,11}) [+-]\d{4}\t/.exec(log[log.length - 1] ?? '');
  return m ? new Date(Number(m[1]) * 1000).toISOString().slice(0, 10) : undefined;
}

/** A reflog of decades of daily commits; more is not one. */
const MAX_REFLOG_BYTES = 64 * 1024 * 1024;
