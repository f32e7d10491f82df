// `mobile-policy ledger`: the institution's app ledger from a GitHub organisation or local
// checkouts, and `ledger merge` for the parts of a sharded run.
// Exit codes: 0 the ledger is complete; 1 it is incomplete (some repository could not be read:
// listed under errors); 2 bad arguments or the run could not start (token, organisation).
import fs from 'node:fs';
import path from 'node:path';
import { loadPacks, resolveNow } from '../check.js';
import { ConfigurationError } from '../core/errors.js';
import { STAGES } from '../core/types.js';
import { createGitHubClient } from '../github/client.js';
import { isLedger, mergeLedgers } from '../ledger/assemble.js';
import { createContext } from '../ledger/context.js';
import { dirsLedger } from '../ledger/dirs.js';
import { LEDGER_FORMATS } from '../ledger/format/index.js';
import { orgLedger } from '../ledger/org.js';
import { readJsonText } from '../ledger/store.js';
import { createProgress } from '../ledger/progress.js';
import { parseShard, shardLabel } from '../ledger/shard.js';
import { loadTrackerIds } from '../ledger/trackers.js';
import type { Ledger } from '../ledger/types.js';
import { emit, langOption, oneOf, type CliIO } from './io.js';
import { parseCommandArgs } from './args.js';

const FORMATS = Object.keys(LEDGER_FORMATS);

export { LEDGER_USAGE } from './usage.js';
import { LEDGER_USAGE } from './usage.js';

export async function ledgerCommand(argv: string[], io: CliIO): Promise<number> {
  if (argv[0] === 'merge') return mergeCommand(argv.slice(1), io);
  const { values, positionals } = parseCommandArgs(argv, {
    org: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    lang: { type: 'string' },
    policy: { type: 'string', multiple: true },
    stage: { type: 'string' },
    shard: { type: 'string' },
    concurrency: { type: 'string' },
    cache: { type: 'string' },
    'no-cache': { type: 'boolean' },
    state: { type: 'string' },
    'api-url': { type: 'string' },
    'no-archived': { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
  });
  const format = oneOf('format', values.format, FORMATS, 'json');
  const lang = langOption(values.lang, io);
  const stage = oneOf('stage', values.stage, STAGES, 'release');
  if (values.org && positionals.length) throw new ConfigurationError('give either --org ORG or folders, not both');
  if (!values.org && !positionals.length) throw new ConfigurationError(`give --org ORG or one or more folders\n\nUsage:\n  ${LEDGER_USAGE}`);
  const shard = parseShard(values.shard);
  if (shard && !values.org) throw new ConfigurationError('--shard applies to --org only');
  const concurrency = values.concurrency === undefined ? 8 : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new ConfigurationError(`--concurrency must be a whole number from 1 to 64; got "${values.concurrency}"`);

  const packs = loadPacks(values.policy, io.cwd);
  const ctx = createContext(packs, resolveNow(io.env), stage, loadTrackerIds());
  const quiet = Boolean(values.quiet);
  const progress = createProgress(io.err, io.isTTY && !io.env.CI, quiet);

  let ledger: Ledger;
  if (values.org) {
    const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
    if (!token) throw new ConfigurationError('set GITHUB_TOKEN (or GH_TOKEN) to a token that can read the organisation\'s repositories (contents: read, metadata: read)');
    const unit = Number(io.env.MOBILE_POLICY_RETRY_UNIT_MS);
    let httpRequests = 0;
    const countingFetch: typeof fetch = (input, init) => {
      httpRequests++;
      return globalThis.fetch(input, init);
    };
    const octokit = createGitHubClient({
      token,
      fetch: countingFetch,
      ...(values['api-url'] ? { baseUrl: values['api-url'] } : {}),
      ...(Number.isFinite(unit) && unit > 0 ? { retryUnitMs: unit } : {}),
      log: (m) => progress.log(`mobile-policy ledger: ${m}`),
    });
    const base = path.resolve(io.cwd, '.cache', 'mobile-policy');
    const stem = `ledger-${values.org.replace(/[^\w.-]/g, '_')}${shard ? `-${shard.index}of${shard.count}` : ''}`;
    const cacheFile = values['no-cache'] ? undefined : path.resolve(io.cwd, values.cache ?? path.join(base, `${stem}.cache.json`));
    const stateFile = path.resolve(io.cwd, values.state ?? path.join(base, `${stem}.state.json`));
    const started = Date.now();
    const result = await orgLedger({
      org: values.org, octokit, ctx, concurrency, progress, stateFile,
      ...(shard ? { shard } : {}),
      ...(cacheFile ? { cacheFile } : {}),
      includeArchived: !values['no-archived'],
    });
    ledger = result.ledger;
    progress.done(`mobile-policy ledger: ${values.org}${shard ? ` shard ${shardLabel(shard)}` : ''}: ${ledger.repositories} repositories, ${ledger.rows.length} apps, ${ledger.missing.length} without manifest, ${ledger.errors.length} errors; ${httpRequests} HTTP requests (${result.notModified} answered 304 Not Modified), ${result.resumed} resumed, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } else {
    const dirs = positionals.map((d) => {
      const abs = path.resolve(io.cwd, d);
      if (!fs.existsSync(abs) || !fs.statSync(abs).isDirectory()) throw new ConfigurationError(`${d} is not a folder`);
      return abs;
    });
    ledger = dirsLedger({ dirs, labels: positionals, ctx, progress });
    progress.done(`mobile-policy ledger: ${ledger.repositories} folders, ${ledger.rows.length} apps, ${ledger.missing.length} without manifest, ${ledger.errors.length} errors`);
  }
  emit(io, LEDGER_FORMATS[format]!(ledger, { lang }), values.output);
  return finish(ledger, io);
}

function mergeCommand(argv: string[], io: CliIO): number {
  const { values, positionals } = parseCommandArgs(argv, { format: { type: 'string' }, output: { type: 'string', short: 'o' }, lang: { type: 'string' }, policy: { type: 'string', multiple: true } });
  const format = oneOf('format', values.format, FORMATS, 'json');
  const lang = langOption(values.lang, io);
  if (!positionals.length) throw new ConfigurationError('ledger merge needs the JSON ledgers of the shards (mobile-policy ledger --org ORG --shard I/N --format json)');
  const parts = positionals.map((f) => {
    const file = path.resolve(io.cwd, f);
    const text = readJsonText(file, 'JSON ledger');
    let v: unknown;
    try {
      v = JSON.parse(text);
    } catch (e) {
      throw new ConfigurationError(`${f}: cannot read a JSON ledger: ${(e as Error).message}`);
    }
    if (!isLedger(v)) throw new ConfigurationError(`${f}: not a ledger (make it with --format json)`);
    return v;
  });
  const ctx = values.policy?.length ? createContext(loadPacks(values.policy, io.cwd), new Date(), 'release') : undefined;
  const ledger = mergeLedgers(parts, ctx?.minMau);
  emit(io, LEDGER_FORMATS[format]!(ledger, { lang }), values.output);
  return finish(ledger, io);
}

function finish(ledger: Ledger, io: CliIO): number {
  if (!ledger.complete) {
    io.err(`mobile-policy ledger: INCOMPLETE: ${new Set(ledger.errors.map((e) => e.repository)).size} repositories could not be read completely (see "errors"); rerun to resume.\n`);
    return 1;
  }
  return 0;
}
