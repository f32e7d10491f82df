// The one way mobile-policy talks to the GitHub REST API (github.com or GHES): Octokit with
// retries (5xx, timeouts, 429 honouring retry-after), rate-limit throttling and a per-request
// timeout. Created by entry points (the Action's main, the ledger command), never at import time.
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { TOOL } from '../core/version.js';

export type GitHubClient = Octokit;

export interface GitHubClientOptions {
  token: string;
  /** REST API root; default GITHUB_API_URL (set by Actions, also on GHES), else api.github.com. */
  baseUrl?: string;
  /** Per-request timeout, including reading the body (default 30 s). */
  timeoutMs?: number;
  /** Retries after the first attempt, for 5xx, timeouts and rate limits (default 3). */
  retries?: number;
  /** Where retry and rate-limit notices go (default: nowhere). */
  log?: (msg: string) => void;
  /**
   * Milliseconds per second of back-off (default 1000). Tests set it small so a
   * `retry-after: 2` costs 2 × this, not two seconds.
   */
  retryUnitMs?: number;
  /** A retry-after above this many seconds is not waited for: the call fails instead (default 120). */
  maxRetryAfterSeconds?: number;
  /** Rate-limit throttling (queues writes 1 s apart, as GitHub asks); default true. */
  throttle?: boolean;
  /** fetch implementation (tests); default globalThis.fetch. */
  fetch?: typeof fetch;
}

/** Every 4xx except 429 is final: retrying a 403 or 404 only delays the fallback. */
const DO_NOT_RETRY = Array.from({ length: 100 }, (_, i) => 400 + i).filter((s) => s !== 429);

const RetryingOctokit = Octokit.plugin(retry, throttling);

export function createGitHubClient(opts: GitHubClientOptions): GitHubClient {
  const log = opts.log ?? (() => {});
  const retries = opts.retries ?? 3;
  const unit = opts.retryUnitMs ?? 1000;
  const maxAfter = opts.maxRetryAfterSeconds ?? 120;
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const baseFetch = opts.fetch ?? globalThis.fetch;
  const timedFetch: typeof fetch = (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return baseFetch(input, { ...init, signal });
  };
  const onLimit = (kind: string) => (after: number, options: { method: string; url: string }, _o: unknown, count: number) => {
    if (count >= retries || after > maxAfter) {
      log(`GitHub ${kind} rate limit on ${options.method} ${options.url}; not retrying (retry-after ${after}s)`);
      return false;
    }
    log(`GitHub ${kind} rate limit on ${options.method} ${options.url}; retrying after ${after}s`);
    return true;
  };

  const octokit = new RetryingOctokit({
    auth: opts.token,
    baseUrl: (opts.baseUrl || process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: `${TOOL.name}/${TOOL.version}`,
    request: { fetch: timedFetch },
    log: { debug: () => {}, info: () => {}, warn: (m: string) => log(m), error: (m: string) => log(m) },
    retry: { retries, doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: unit },
    throttle: {
      enabled: opts.throttle ?? true,
      retryAfterBaseValue: unit,
      fallbackSecondaryRateRetryAfter: 60,
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
    },
  });

  // plugin-retry backs off (n+1)² units whatever the server says; honour retry-after instead,
  // and leave limits the throttling plugin understands to it (so they are not retried twice).
  const plugin = (octokit as unknown as { retry: { retryRequest: RetryRequest } }).retry;
  const backoff = plugin.retryRequest;
  plugin.retryRequest = (error, n, after) => {
    const headers = error.response?.headers ?? {};
    if ((opts.throttle ?? true) && error.status === 429 && (/\bsecondary rate\b/i.test(error.message) || headers['x-ratelimit-remaining'] === '0')) {
      return backoff(error, 0, 0);
    }
    const asked = retryAfterSeconds(headers['retry-after']);
    if (asked !== undefined && asked > maxAfter) return backoff(error, 0, 0);
    const wait = asked ?? after;
    if (n > 0) log(`GitHub API ${error.status} on ${error.request?.method ?? ''} ${error.request?.url ?? ''}: ${error.message}; retrying in ${wait}s`);
    return backoff(error, n, wait);
  };
  return octokit as unknown as GitHubClient;
}

type RetryRequest = (
  error: { status: number; message: string; response?: { headers: Record<string, string | undefined> }; request?: { method?: string; url?: string } },
  retries: number,
  retryAfter: number,
) => unknown;

/** retry-after is either delta-seconds or an HTTP date. */
export function retryAfterSeconds(value: string | number | undefined, now = Date.now()): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (Number.isFinite(n) && n >= 0) return n;
  const date = Date.parse(String(value));
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}
