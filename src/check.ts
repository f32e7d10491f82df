// The shared engine behind `mobile-policy check` and the Action:
// list files once → for each manifest: load, collect facts, evaluate packs, apply waivers.
import path from 'node:path';
import { ConfigurationError } from './core/errors.js';
import { compareFindings, summarize, type AppReport, type Report } from './core/report.js';
import type { Diagnostic, Stage } from './core/types.js';
import { TOOL } from './core/version.js';
import { collectFacts } from './detectors/index.js';
import { startScanAhead, stopScanAhead } from './detectors/links/scan.js';
import { applyWaivers, capFindings, diagnosticsToFindings, evaluate, loadPack, loadWaiverFile, type LoadedPack, type WaiverFile } from './engine/index.js';
import { discoverManifests, manifestConflicts } from './manifest/discover.js';
import { appDirOf, loadManifest, missingManifestDiagnostic, type ParsedManifest } from './manifest/load.js';
import { registerScope, resolveScope, scopeRequest, summarizeScope, type ResolvedScope } from './scope/index.js';
import { DiskRepo, type RepoFiles } from './repo/files.js';

export const DEFAULT_PACK = 'nfra-2024-99';

export interface CheckOptions {
  dir: string;
  /** Explicit manifest path (relative to the working directory or absolute). */
  manifest?: string;
  policies?: string[];
  stage: Stage;
  now?: Date;
  /** Report waived findings as if no waiver existed. */
  noWaivers?: boolean;
  /** An org-level waiver file (YAML list; entries may carry an `app` id glob). Ignored with noWaivers. */
  waivers?: string;
}

/** The moment rules treat as "now": fixed by MOBILE_POLICY_NOW for reproducible reports. */
export function resolveNow(env: NodeJS.ProcessEnv = process.env): Date {
  const fixed = env.MOBILE_POLICY_NOW;
  if (!fixed) return new Date();
  const d = new Date(fixed);
  if (Number.isNaN(d.getTime())) throw new ConfigurationError(`MOBILE_POLICY_NOW is not a date: "${fixed}" (use e.g. 2026-01-31 or 2026-01-31T12:00:00Z)`);
  return d;
}

export function loadPacks(refs: readonly string[] | undefined, cwd = process.cwd()): LoadedPack[] {
  const list = refs && refs.length ? refs : [DEFAULT_PACK];
  return list.map((ref) => loadPack(ref, { cwd }));
}

export function runCheck(options: CheckOptions, packs: LoadedPack[] = loadPacks(options.policies)): Report {
  const repo = new DiskRepo(options.dir);
  const now = options.now ?? resolveNow();
  const org = options.waivers && !options.noWaivers ? loadWaiverFile(options.waivers) : undefined;
  const found = options.manifest ? [manifestPath(repo, options.manifest)] : discoverManifests(repo);
  // Two manifests for one folder (.yaml and .yml, root and .github/): the preferred one is
  // checked, the others are reported on that app.
  const conflicts = manifestConflicts(found);
  const manifests = found.filter((file, i) => found.findIndex((f) => appDirOf(f) === appDirOf(file)) === i);

  // Each manifest's app is resolved to its build first: the scan ahead reads only the apps' files.
  const loaded = manifests.map((file) => loadManifest(repo, file));
  const scopes = loaded.map((m) => resolveScope(repo, scopeRequest(m)));
  for (const s of scopes) registerScope(repo, s.scope);
  // The source scan's reads run ahead on a second thread (large repositories only).
  startScanAhead(repo, scopes.map((s) => s.scope));
  let apps: AppReport[];
  try {
    apps = manifests.length
      ? loaded.map((m, i) => checkApp(repo, m, scopes[i]!, packs, options, now, conflicts.filter((d) => appDirOf(d.location.file) === m.appDir), org))
      : [noManifest(repo)];
  } finally {
    stopScanAhead(repo);
  }

  return {
    tool: { ...TOOL },
    stage: options.stage,
    now: now.toISOString(),
    root: repo.root,
    packs: packs.map((p) => ({ name: p.name, version: p.version })),
    apps,
    summary: summarize(apps.flatMap((a) => a.findings)),
  };
}

function checkApp(repo: RepoFiles, manifest: ParsedManifest, resolved: ResolvedScope, packs: LoadedPack[], options: CheckOptions, now: Date, extra: Diagnostic[], org?: WaiverFile): AppReport {
  const file = manifest.file;
  const { scope } = resolved;
  const { facts, diagnostics } = collectFacts({ repo, appDir: scope.dir, scope });
  const inputProblems: Diagnostic[] = [...extra, ...manifest.diagnostics, ...resolved.diagnostics, ...diagnostics, ...scope.roots.flatMap((r) => repoDiagnostics(repo, r))];
  // Rules first: a rule failing at a TODO value adds its articles to that value's manifest/todo.
  const ruleFindings = evaluate(packs, { manifest, facts, now, stage: options.stage });
  let findings = [...capFindings(diagnosticsToFindings(inputProblems, file), file), ...ruleFindings];
  if (!options.noWaivers) {
    const waived = applyWaivers(findings, manifest, now, packs, org);
    findings = [...waived.findings, ...waived.extra];
  }
  findings.sort(compareFindings);
  const app = (manifest.data?.app ?? {}) as { id?: unknown; name?: unknown };
  return {
    manifest: file,
    appDir: scope.dir,
    scope: summarizeScope(scope),
    app: {
      ...(typeof app.id === 'string' ? { id: app.id } : {}),
      ...(typeof app.name === 'string' ? { name: app.name } : {}),
    },
    findings,
  };
}

function noManifest(repo: RepoFiles): AppReport {
  const findings = diagnosticsToFindings([missingManifestDiagnostic(''), ...repo.diagnostics], '');
  findings.sort(compareFindings);
  return { manifest: '', appDir: '', app: {}, findings };
}

/** Listing problems (symlinks leaving the repo, unreadable folders) that concern this app's folder. */
function repoDiagnostics(repo: RepoFiles, appDir: string): Diagnostic[] {
  return repo.diagnostics.filter((d) => !appDir || d.location.file === appDir || d.location.file.startsWith(`${appDir}/`));
}

function manifestPath(repo: RepoFiles, given: string): string {
  const abs = path.resolve(given);
  const rel = path.relative(repo.root, abs).split(path.sep).join('/');
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new ConfigurationError(`--manifest ${given} is outside the scanned folder ${repo.root}`);
  }
  if (!repo.has(rel)) {
    throw new ConfigurationError(`--manifest ${given}: no such file in the scanned folder (ignored or vendored files are not read)`);
  }
  return rel;
}
