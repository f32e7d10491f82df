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
import { enterPhase, lastProgress, seconds } from './repo/budget.js';
import { timeBoxed, TimeBoxExpired } from './core/time-box.js';

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
  /**
   * Wall-clock limit of the whole run (ms): past it the apps not finished get a `tool/timeout`
   * note instead of their findings and the report says `timedOut`. None: no limit.
   */
  timeoutMs?: number;
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
  // The run's time limit: each phase runs in a time box of what is left (src/core/time-box.ts).
  const clock = runClock(options.timeoutMs);
  const now = options.now ?? resolveNow();
  const org = options.waivers && !options.noWaivers ? loadWaiverFile(options.waivers) : undefined;
  const listed = clock.run(() => new DiskRepo(options.dir));
  if (!listed.done) return report(options, packs, now, options.dir, [unfinished('', {}, clock.limitMs, { phase: 'listing' })], clock.limitMs);
  const repo = listed.value;
  const found = options.manifest ? [manifestPath(repo, options.manifest)] : discoverManifests(repo);
  // Two manifests for one folder (.yaml and .yml, root and .github/): the preferred one is
  // checked, the others are reported on that app.
  const conflicts = manifestConflicts(found);
  const manifests = found.filter((file, i) => found.findIndex((f) => appDirOf(f) === appDirOf(file)) === i);

  // Each manifest's app is resolved to its build first: the scan ahead reads only the apps' files.
  const resolved = clock.run(() => {
    const loaded = manifests.map((file) => loadManifest(repo, file));
    const scopes = loaded.map((m) => resolveScope(repo, scopeRequest(m)));
    for (const s of scopes) registerScope(repo, s.scope);
    return { loaded, scopes };
  });
  if (!resolved.done) {
    const where = lastProgress();
    return report(options, packs, now, repo.root, manifests.map((m) => unfinished(m, {}, clock.limitMs, { phase: 'manifests', file: where.file })), clock.limitMs);
  }
  const { loaded, scopes } = resolved.value;
  // The source scan's reads run ahead on a second thread (large repositories only).
  startScanAhead(repo, scopes.map((s) => s.scope));
  const apps: AppReport[] = [];
  let timedOut = false;
  try {
    if (!manifests.length) apps.push(noManifest(repo));
    loaded.forEach((m, i) => {
      // Once the limit is reached no app is started, even with a millisecond left.
      if (timedOut) return apps.push(unfinished(m.file, m.data, clock.limitMs, undefined, scopes[i]!.scope.dir));
      const app = clock.run(() => checkApp(repo, m, scopes[i]!, packs, options, now, conflicts.filter((d) => appDirOf(d.location.file) === m.appDir), org));
      if (app.done) return apps.push(app.value);
      timedOut = true;
      apps.push(unfinished(m.file, m.data, clock.limitMs, app.started ? lastProgress() : undefined, scopes[i]!.scope.dir));
    });
  } finally {
    stopScanAhead(repo);
  }
  return report(options, packs, now, repo.root, apps, timedOut ? clock.limitMs : undefined);
}

function report(options: CheckOptions, packs: LoadedPack[], now: Date, root: string, apps: AppReport[], timedOutMs: number | undefined): Report {
  return {
    tool: { ...TOOL },
    stage: options.stage,
    now: now.toISOString(),
    root,
    packs: packs.map((p) => ({ name: p.name, version: p.version })),
    apps,
    summary: summarize(apps.flatMap((a) => a.findings)),
    ...(timedOutMs !== undefined ? { timedOut: { limitMs: timedOutMs } } : {}),
  };
}

interface RunClock {
  limitMs: number;
  /** Runs `fn` in a time box of what is left; `started` is false when nothing was left. */
  run<T>(fn: () => T): { done: true; value: T } | { done: false; started: boolean };
}

function runClock(limitMs: number | undefined): RunClock {
  const start = Date.now();
  return {
    limitMs: limitMs ?? Infinity,
    run(fn) {
      if (limitMs === undefined) return { done: true, value: fn() };
      const left = limitMs - (Date.now() - start);
      if (left <= 0) return { done: false, started: false };
      try {
        return { done: true, value: timeBoxed(fn, left) };
      } catch (e) {
        if (e instanceof TimeBoxExpired) return { done: false, started: true };
        throw e;
      }
    },
  };
}

/** An app the run's time limit cut short (or never reached): one `tool/timeout` note at its manifest. */
function unfinished(manifest: string, data: unknown, limitMs: number, where: { phase?: string; file?: string } | undefined, appDir = appDirOf(manifest)): AppReport {
  const s = seconds(limitMs);
  const at = where?.file ? ` while reading ${where.file}` : '';
  const atZh = where?.file ? `（中止时正在读取 ${where.file}）` : '';
  const step = where?.phase ? ` (step: ${where.phase})` : '';
  const stepZh = where?.phase ? `（步骤：\`${where.phase}\`）` : '';
  const message = where
    ? { en: `The check stopped at its time limit (--timeout ${s} s)${at}${step}: this app was not finished, so none of its findings are reported. Not done: the rest of its facts and all of its rules.`,
      'zh-CN': `检查达到时长上限（\`--timeout ${s}\` 秒）而中止${atZh}${stepZh}：本应用未检查完，其问题均未报告。未完成：其余事实收集及全部规则。` }
    : { en: `The check reached its time limit (--timeout ${s} s) before this app was started: nothing of it was checked.`,
      'zh-CN': `检查在开始本应用之前已达到时长上限（\`--timeout ${s}\` 秒）：本应用未作任何检查。` };
  // At the file being read when it is this app's, else at the app's manifest.
  const file = where?.file && (!appDir || where.file.startsWith(`${appDir}/`)) ? where.file : manifest || '.';
  const findings = diagnosticsToFindings([{ code: 'tool/timeout', severity: 'error', message, location: { file }, subject: manifest || '.' }], manifest);
  const app = (data ?? {}) as { app?: { id?: unknown; name?: unknown } };
  return {
    manifest, appDir, findings,
    app: {
      ...(typeof app.app?.id === 'string' ? { id: app.app.id } : {}),
      ...(typeof app.app?.name === 'string' ? { name: app.app.name } : {}),
    },
  };
}

function checkApp(repo: RepoFiles, manifest: ParsedManifest, resolved: ResolvedScope, packs: LoadedPack[], options: CheckOptions, now: Date, extra: Diagnostic[], org?: WaiverFile): AppReport {
  const file = manifest.file;
  const { scope } = resolved;
  const { facts, diagnostics, missing } = collectFacts({ repo, appDir: scope.dir, scope, manifest: { file, data: manifest.data } });
  const inputProblems: Diagnostic[] = [...extra, ...manifest.diagnostics, ...resolved.diagnostics, ...diagnostics, ...scope.roots.flatMap((r) => repoDiagnostics(repo, r))];
  // Rules first: a rule failing at a TODO value adds its articles to that value's manifest/todo.
  enterPhase('rules');
  const ruleFindings = evaluate(packs, { manifest, facts, now, stage: options.stage, missingFacts: missing });
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
