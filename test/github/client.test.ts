import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, retryAfterSeconds } from '../../src/github/client.js';
import { FakeGitHub } from './fake-api.js';

let api: FakeGitHub;
beforeEach(async () => { api = await new FakeGitHub().start(); });
afterEach(async () => { await api.stop(); });

const client = (over: Partial<Parameters<typeof createGitHubClient>[0]> = {}) =>
  createGitHubClient({ token: 't0k', baseUrl: api.url, retryUnitMs: 5, timeoutMs: 2000, ...over });

describe('createGitHubClient', () => {
  it('sends the token and a user agent to the given base URL', async () => {
    api.on('GET', '/repos/o/r', { body: { full_name: 'o/r' } });
    const { data } = await client().rest.repos.get({ owner: 'o', repo: 'r' });
    expect(data.full_name).toBe('o/r');
    expect(api.requests[0]!.headers.authorization).toBe('token t0k');
    expect(api.requests[0]!.headers['user-agent']).toMatch(/^mobile-policy\//);
  });

  it('defaults the base URL to GITHUB_API_URL (GHES)', async () => {
    api.on('GET', '/api/v3/repos/o/r', { body: { full_name: 'ghes' } });
    const old = process.env.GITHUB_API_URL;
    process.env.GITHUB_API_URL = `${api.url}/api/v3`;
    try {
      const { data } = await createGitHubClient({ token: 't', retryUnitMs: 1 }).rest.repos.get({ owner: 'o', repo: 'r' });
      expect(data.full_name).toBe('ghes');
    } finally {
      if (old === undefined) delete process.env.GITHUB_API_URL; else process.env.GITHUB_API_URL = old;
    }
  });

  it('retries 5xx and then succeeds', async () => {
    api.on('GET', '/repos/o/r', { body: { full_name: 'o/r' } });
    api.on('GET', '/repos/o/r', { status: 502, body: { message: 'bad gateway' } }, 2);
    const logs: string[] = [];
    const { data } = await client({ log: (m) => logs.push(m) }).rest.repos.get({ owner: 'o', repo: 'r' });
    expect(data.full_name).toBe('o/r');
    expect(api.count('GET', '/repos/o/r')).toBe(3);
    expect(logs.join('\n')).toMatch(/502/);
  });

  it('gives up after `retries` retries', async () => {
    api.on('GET', '/repos/o/r', { status: 500, body: { message: 'boom' } });
    await expect(client({ retries: 2 }).rest.repos.get({ owner: 'o', repo: 'r' })).rejects.toMatchObject({ status: 500 });
    expect(api.count('GET', '/repos/o/r')).toBe(3);
  });

  it('honours retry-after on 429', async () => {
    api.on('GET', '/repos/o/r', { body: { full_name: 'o/r' } });
    api.on('GET', '/repos/o/r', { status: 429, headers: { 'retry-after': '20' }, body: { message: 'slow down' } }, 1);
    const started = Date.now();
    await client({ retryUnitMs: 10 }).rest.repos.get({ owner: 'o', repo: 'r' });
    expect(api.count('GET', '/repos/o/r')).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190); // 20 × 10 ms, not (n+1)² units
  });

  it('does not wait for a retry-after beyond the cap', async () => {
    api.on('GET', '/repos/o/r', { status: 429, headers: { 'retry-after': '3600' }, body: { message: 'slow down' } });
    await expect(client().rest.repos.get({ owner: 'o', repo: 'r' })).rejects.toMatchObject({ status: 429 });
    expect(api.count('GET', '/repos/o/r')).toBe(1);
  });

  it.each([400, 401, 403, 404, 409, 422])('does not retry %i', async (status) => {
    api.on('GET', '/repos/o/r', { status, body: { message: 'no' } });
    await expect(client().rest.repos.get({ owner: 'o', repo: 'r' })).rejects.toMatchObject({ status });
    expect(api.count('GET', '/repos/o/r')).toBe(1);
  });

  it('times out a stalled request and retries it', async () => {
    api.on('GET', '/repos/o/r', { body: { full_name: 'o/r' } });
    api.on('GET', '/repos/o/r', () => 'stall', 1);
    const { data } = await client({ timeoutMs: 150 }).rest.repos.get({ owner: 'o', repo: 'r' });
    expect(data.full_name).toBe('o/r');
    expect(api.count('GET', '/repos/o/r')).toBe(2);
  });

  it('fails a request that always stalls within the retry budget', async () => {
    api.on('GET', '/repos/o/r', () => 'stall');
    const started = Date.now();
    await expect(client({ timeoutMs: 100, retries: 1 }).rest.repos.get({ owner: 'o', repo: 'r' })).rejects.toBeTruthy();
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('paginates', async () => {
    api.on('GET', '/repos/o/r/pulls/1/files', (req) => {
      const page = Number(req.query.get('page') ?? 1);
      const body = page <= 3 ? Array.from({ length: 100 }, (_, i) => ({ filename: `f${page}-${i}` })) : [];
      const headers: Record<string, string> = page < 3 ? { link: `<${api.url}/repos/o/r/pulls/1/files?per_page=100&page=${page + 1}>; rel="next"` } : {};
      return { body, headers };
    });
    const files = await client().paginate(client().rest.pulls.listFiles, { owner: 'o', repo: 'r', pull_number: 1, per_page: 100 });
    expect(files).toHaveLength(300);
  });
});

describe('retryAfterSeconds', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterSeconds('7')).toBe(7);
    expect(retryAfterSeconds(undefined)).toBeUndefined();
    expect(retryAfterSeconds('Sat, 28 Nov 2026 00:00:10 GMT', Date.parse('2026-11-28T00:00:00Z'))).toBe(10);
    expect(retryAfterSeconds('soon')).toBeUndefined();
  });
});
