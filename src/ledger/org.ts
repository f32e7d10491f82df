// Org mode: list the organisation's repositories, read each one's tree once, fetch and
// evaluate its manifests. Bounded concurrency; a state file makes an interrupted run resumable.
import { ConfigurationError } from '../core/errors.js';
import type { Diagnostic } from '../core/types.js';
import type { GitHubClient } from '../github/client.js';
import { parseManifest } from '../manifest/load.js';
import type { LoadedManifest } from '../manifest/types.js';
import { assemble } from './assemble.js';
import { manifestRow, type LedgerContext } from './context.js';
import { emptyCache, GitHubReader, httpError, isCache, type RepoInfo } from './github.js';
import { mapLimit } from './pool.js';
import { silentProgress, type Progress } from './progress.js';
import { inShard, shardLabel, type Shard } from './shard.js';
import { readJson, throttled, writeJsonAtomic } from './store.js';
import type { Ledger, LedgerError, LedgerRow, MissingApp } from './types.js';

export interface OrgOptions {
  org: string;
  octokit: GitHubClient;
  ctx: LedgerContext;
  shard?: Shard;
  concurrency?: number;
  /** HTTP cache file (ETags, trees, blobs), kept between runs. */
  cacheFile?: string;
  /** Progress of this run; kept after a failure so a rerun resumes, removed when complete. */
  stateFile?: string;
  includeArchived?: boolean;
  progress?: Progress;
}

export interface OrgResult {
  ledger: Ledger;
  requests: number;
  notModified: number;
  resumed: number;
}

interface RepoResult {
  pushedAt?: string;
  rows: LedgerRow[];
  missing?: MissingApp;
}

interface StateData {
  version: 1;
  key: string;
  now: string;
  done: Record<string, RepoResult>;
}

/** A state file older than this is not resumed. */
export const STATE_MAX_AGE_MS = 24 * 60 * 60 * 1000;

const isState = (v: unknown): v is StateData => !!v && (v as StateData).version === 1 && typeof (v as StateData).done === 'object';

export async function orgLedger(opts: OrgOptions): Promise<OrgResult> {
  const progress = opts.progress ?? silentProgress;
  const cache = readJson(opts.cacheFile, isCache, 'ledger cache file') ?? emptyCache();
  const cacheWriter = throttled(() => opts.cacheFile && writeJsonAtomic(opts.cacheFile, cache), 5000);
  const reader = new GitHubReader(opts.octokit, cache, () => cacheWriter.touch());

  const key = JSON.stringify([opts.org.toLowerCase(), shardLabel(opts.shard) ?? '', opts.ctx.stage, opts.ctx.packs.map((p) => `${p.name}@${p.version}`)]);
  const previous = readJson(opts.stateFile, isState, 'ledger state file');
  // Resume only the same run: same org, shard, stage and packs, started less than a day ago
  // (an older state would carry last week's due dates into this week's ledger).
  const fresh = previous && Math.abs(Date.parse(previous.now) - opts.ctx.now.getTime()) < STATE_MAX_AGE_MS;
  const state: StateData = previous && previous.key === key && fresh ? previous : { version: 1, key, now: opts.ctx.now.toISOString(), done: {} };
  // A resumed run keeps the first attempt's "now", so every row is computed at the same moment.
  const ctx: LedgerContext = { ...opts.ctx, now: new Date(state.now) };
  const stateWriter = throttled(() => opts.stateFile && writeJsonAtomic(opts.stateFile, state), 2000);

  const errors: LedgerError[] = [];
  let repos: RepoInfo[];
  try {
    repos = await reader.listRepos(opts.org);
  } catch (e) {
    const err = httpError(e);
    if (err.status === 401) throw new ConfigurationError(`GitHub refused the token (401): set GITHUB_TOKEN or --token to a token that can read ${opts.org}`);
    if (err.status === 404) throw new ConfigurationError(`organisation "${opts.org}" not found, or the token cannot see it (404)`);
    throw new ConfigurationError(`could not list the repositories of ${opts.org}: ${err.message}`);
  }
  const selected = repos.filter((r) => inShard(r.fullName, opts.shard) && (opts.includeArchived !== false || !r.archived));

  let resumed = 0;
  progress.start(selected.length);
  const results = await mapLimit(selected, opts.concurrency ?? 8, async (repo): Promise<RepoResult | undefined> => {
    const done = state.done[repo.fullName];
    if (done && done.pushedAt === repo.pushedAt) {
      resumed++;
      progress.tick(repo.fullName);
      return done;
    }
    try {
      const result = await readRepo(reader, repo, ctx, errors);
      if (!errors.some((e) => e.repository === repo.fullName)) {
        state.done[repo.fullName] = result;
        stateWriter.touch();
      }
      return result;
    } catch (e) {
      errors.push({ repository: repo.fullName, message: describe(e) });
      return undefined;
    } finally {
      progress.tick(repo.fullName);
    }
  });
  cacheWriter.flush();
  stateWriter.flush();

  const ledger = assemble({
    now: ctx.now,
    source: { kind: 'org', org: opts.org, ...(opts.shard ? { shard: shardLabel(opts.shard)! } : {}) },
    packs: ctx.packs.map((p) => ({ name: p.name, version: p.version })),
    repositories: selected.length,
    rows: results.flatMap((r) => r?.rows ?? []),
    missing: results.flatMap((r) => (r?.missing ? [r.missing] : [])),
    errors,
    minMau: ctx.minMau,
  });
  if (ledger.complete && opts.stateFile) writeJsonAtomic(opts.stateFile, { version: 1, key: 'complete', now: state.now, done: {} });
  return { ledger, requests: reader.requests, notModified: reader.notModified, resumed };
}

async function readRepo(reader: GitHubReader, repo: RepoInfo, ctx: LedgerContext, errors: LedgerError[]): Promise<RepoResult> {
  const tree = await reader.tree(repo);
  let manifests = tree.manifests;
  if (tree.truncated) {
    manifests = mergePaths(manifests, await reader.probeManifests(repo));
    errors.push({ repository: repo.fullName, message: 'the repository tree is too large for one listing (GitHub truncated it): only the root manifest places were checked, and mobile code may be missed' });
  }
  const lastCommit = repo.pushedAt?.slice(0, 10);
  const rows: LedgerRow[] = [];
  for (const m of manifests) {
    let manifest: LoadedManifest;
    try {
      manifest = parseManifest(m.path, await reader.blob(repo.fullName, m.sha));
    } catch (e) {
      // The row still says the app exists; the error makes the ledger incomplete.
      const message = describe(e);
      errors.push({ repository: repo.fullName, message: `${m.path}: ${message}` });
      manifest = unreadable(m.path, message);
    }
    rows.push(manifestRow(ctx, repo.fullName, manifest, lastCommit));
  }
  const result: RepoResult = { ...(repo.pushedAt ? { pushedAt: repo.pushedAt } : {}), rows };
  if (!manifests.length && tree.mobile.kinds.length) {
    result.missing = { repository: repo.fullName, kinds: tree.mobile.kinds, evidence: tree.mobile.evidence, ...(lastCommit ? { lastCommit } : {}) };
  }
  return result;
}

function mergePaths<T extends { path: string }>(a: T[], b: T[]): T[] {
  const have = new Set(a.map((x) => x.path));
  return [...a, ...b.filter((x) => !have.has(x.path))];
}

function unreadable(file: string, message: string): LoadedManifest {
  const diagnostic: Diagnostic = {
    code: 'manifest/unreadable',
    severity: 'error',
    message: { en: `${file} could not be fetched from GitHub: ${message}`, 'zh-CN': `无法从 GitHub 获取 ${file}：${message}` },
    location: { file },
    subject: file,
    articles: [2],
  };
  return { file, appDir: '', data: undefined, diagnostics: [diagnostic], locate: () => ({ file }) };
}

function describe(e: unknown): string {
  const err = httpError(e);
  return err.status ? `GitHub API ${err.status}: ${err.message}` : err.message;
}
