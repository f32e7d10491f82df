// `check --base REF`: evaluate the merge base of REF and HEAD the same way, and mark each
// finding new or existing by stable fingerprint (never by line numbers).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCheck, type CheckOptions } from './check.js';
import { newFingerprints } from './core/baseline.js';
import { ConfigurationError } from './core/errors.js';
import type { Report } from './core/report.js';
import type { LoadedPack } from './engine/index.js';
import { Git } from './repo/git.js';

/** Marks `report`'s findings with `new`; returns the base commit compared with. */
export function markNewFindings(report: Report, options: CheckOptions, packs: LoadedPack[], baseRef: string): string {
  const git = new Git(options.dir);
  let top: string;
  try {
    top = fs.realpathSync(git.topLevel());
  } catch {
    throw new ConfigurationError(`--base ${baseRef}: ${options.dir} is not inside a git checkout`);
  }
  const base = git.resolveCommit(baseRef);
  if (!base) throw new ConfigurationError(`--base ${baseRef}: no such commit in this checkout (fetch it first, e.g. git fetch origin ${baseRef})`);
  const mergeBase = git.mergeBase(base, 'HEAD') ?? base;
  const rel = path.relative(top, fs.realpathSync(options.dir)).split(path.sep).join('/');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mobile-policy-base-'));
  try {
    git.exportTree(mergeBase, tmp, rel ? [rel] : []);
    const baseDir = path.join(tmp, rel);
    const baseManifest = options.manifest ? path.join(baseDir, path.relative(options.dir, options.manifest)) : undefined;
    // A folder or manifest the base did not have: everything in it is new.
    const baseReport = fs.existsSync(baseDir) && (!baseManifest || fs.existsSync(baseManifest))
      ? runCheck({ ...options, dir: baseDir, manifest: baseManifest }, packs)
      : undefined;
    for (const app of report.apps) {
      const before = baseReport?.apps.find((a) => a.manifest === app.manifest)?.findings ?? [];
      const fresh = newFingerprints(app.findings, before);
      for (const f of app.findings) f.new = fresh.has(f);
    }
  } catch (e) {
    if (e instanceof ConfigurationError) throw e;
    throw new ConfigurationError(`--base ${baseRef}: the base commit could not be evaluated (${(e as Error).message})`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return mergeBase;
}
