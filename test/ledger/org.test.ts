import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPacks } from '../../src/check.js';
import { createGitHubClient } from '../../src/github/client.js';
import { createContext } from '../../src/ledger/context.js';
import { orgLedger } from '../../src/ledger/org.js';
import { fnv1a } from '../../src/ledger/shard.js';
import { mergeLedgers } from '../../src/ledger/assemble.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { generateOrg, kindOf, manifestYaml } from './generate.js';

const N = 300;
const PACK = path.join(import.meta.dirname, 'fixtures', 'pack');
const NOW = new Date('2026-01-15T00:00:00Z');

let fake: FakeGitHub;
let tmp: string;
const packs = loadPacks([PACK]);
const ctx = createContext(packs, NOW, 'release', new Set(['umeng-analytics']));
const client = () => createGitHubClient({ token: 'test-token', baseUrl: fake.url, retryUnitMs: 5, retries: 3 });

beforeAll(async () => {
  fake = await startFakeGitHub(generateOrg(N));
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-org-'));
});
afterAll(async () => {
  await fake.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const kinds = Array.from({ length: N }, (_, i) => kindOf(i));
const countKind = (k: string) => kinds.filter((x) => x === k).length;

describe('org ledger against a fake GitHub API', () => {
  const cacheFile = () => path.join(tmp, 'cache.json');
  const stateFile = () => path.join(tmp, 'state.json');

  it('cold run: a row for every manifest (broken ones too), missing apps, errors, ≤ 3 requests per repository', async () => {
    fake.reset();
    const { ledger, requests } = await orgLedger({ org: 'example-bank', octokit: client(), ctx, cacheFile: cacheFile(), stateFile: stateFile(), concurrency: 8 });
    const expectedRows = countKind('app') + countKind('broken') + countKind('invalid') + 2 * countKind('monorepo');
    expect(ledger.rows).toHaveLength(expectedRows);
    expect(ledger.repositories).toBe(N);
    expect(ledger.missing.map((m) => m.repository)).toEqual(kinds.flatMap((k, i) => (k === 'no-manifest-mobile' ? [`example-bank/repo-${String(i).padStart(4, '0')}`] : [])));
    expect(ledger.missing[0]!.kinds).toEqual(['flutter', 'ios']);
    // The repository whose tree always fails is reported, and the ledger says it is incomplete.
    expect(ledger.errors).toEqual([{ repository: 'example-bank/repo-0019', message: expect.stringContaining('500') }]);
    expect(ledger.complete).toBe(false);

    const broken = ledger.rows.find((r) => r.repository === 'example-bank/repo-0003')!;
    expect(broken.manifestState).toBe('broken');
    expect(broken.problems[0]!.en).toMatch(/mobile-app\.yaml:\d+/);
    expect(broken.findings.error).toBeGreaterThan(0);
    const invalid = ledger.rows.find((r) => r.repository === 'example-bank/repo-0005')!;
    expect(invalid).toMatchObject({ manifest: '.github/mobile-app.yaml', manifestState: 'invalid', status: 'bogus' });

    const app = ledger.rows.find((r) => r.repository === 'example-bank/repo-0002')!;
    expect(app).toMatchObject({
      id: 'cn.example.app2', name: 'Example App 2', nameZh: '示例应用2', kinds: ['android', 'ios'], status: 'active',
      ownerDepartment: 'Wealth Management', ownerPerson: 'Owner 2', importantSystem: false, filingNumber: '京ICP备12345678号-3A',
      sdkCount: 2, trackerCount: 1, lastCommit: '2025-03-03', manifestState: 'ok',
    });
    // risk assessment 2025-03-15 + 365 days; audit 2023-05-15 + 1095 days (pack params, in days)
    expect(app.due.find((d) => d.kind === 'risk-assessment')).toMatchObject({ date: '2026-03-15', overdue: false });
    expect(app.due.find((d) => d.kind === 'audit')).toMatchObject({ date: '2026-05-14', overdue: false });
    expect(app.due.find((d) => d.kind === 'contract' && d.subject === 'umeng-analytics')).toMatchObject({ date: '2027-06-30' });
    // Facts rules are not evaluated from the manifest alone.
    expect(ledger.rows.every((r) => r.findings.note === 0)).toBe(true);
    // Monorepo: both apps; the deprecated one still published → retire advice.
    const mono = ledger.rows.filter((r) => r.repository === 'example-bank/repo-0007');
    expect(mono.map((r) => r.manifest)).toEqual(['apps/lite/mobile-app.yml', 'apps/retail/mobile-app.yaml']);
    expect(mono[0]!.advice.map((a) => a.code)).toContain('deprecated-distributed');
    expect(app.advice.map((a) => a.code)).toContain('same-scope');

    const treeCalls = fake.count((r) => r.path.includes('/git/trees/'));
    expect(fake.count((r) => r.status === 429)).toBeGreaterThan(0);
    expect(fake.count((r) => r.status === 500)).toBeGreaterThan(4);
    // `requests` counts calls; the server also sees their retries.
    expect(requests).toBeLessThanOrEqual(fake.count());
    expect(fake.count()).toBeLessThanOrEqual(3 * N);
    expect(treeCalls).toBeGreaterThanOrEqual(N);
  });

  it('warm run: listing pages answered 304, unchanged trees and blobs not asked for again', async () => {
    fake.reset();
    const { ledger, notModified } = await orgLedger({ org: 'example-bank', octokit: client(), ctx, cacheFile: cacheFile(), stateFile: stateFile() });
    expect(ledger.rows.length).toBeGreaterThan(200);
    const pages = Math.ceil(N / 100);
    expect(fake.count((r) => r.path.startsWith('/orgs/') && r.status === 304)).toBe(pages);
    // Only the failing repository is read again (it was never stored): 1 + 3 retries.
    expect(fake.count()).toBeLessThanOrEqual(pages + 4);
    expect(notModified).toBe(pages);
  });

  it('a pushed repository is read again: 304 for an unchanged tree, new blob for a changed manifest', async () => {
    const r2 = fake.org.repos[2]!;
    const r4 = fake.org.repos[4]!;
    r2.pushedAt = '2026-01-10T00:00:00Z';
    r4.pushedAt = '2026-01-10T00:00:00Z';
    r4.files['mobile-app.yaml'] = manifestYaml(4, { mau: 10 });
    fake.reset();
    const { ledger } = await orgLedger({ org: 'example-bank', octokit: client(), ctx, cacheFile: cacheFile() });
    expect(fake.count((r) => r.path.includes('repo-0002/git/trees') && r.status === 304)).toBe(1);
    expect(fake.count((r) => r.path.includes('repo-0004/git/trees') && r.status === 200)).toBe(1);
    expect(fake.count((r) => r.path.includes('repo-0004/git/blobs'))).toBe(1);
    const low = ledger.rows.find((r) => r.repository === 'example-bank/repo-0004')!;
    expect(low.monthlyActiveUsers).toBe(10);
    expect(low.advice.map((a) => a.code)).toContain('low-activity');
    expect(low.lastCommit).toBe('2026-01-10');
  });

  it('resumes from the state file after a failure: only unfinished repositories are read', async () => {
    const state = path.join(tmp, 'resume.json');
    const dead = fake.org.repos[19]!;
    fake.reset();
    const first = await orgLedger({ org: 'example-bank', octokit: client(), ctx, stateFile: state });
    expect(first.ledger.complete).toBe(false);
    expect(JSON.parse(fs.readFileSync(state, 'utf8')).done['example-bank/repo-0019']).toBeUndefined();
    dead.fault = undefined; // the outage is over
    fake.reset();
    const second = await orgLedger({ org: 'example-bank', octokit: client(), ctx, stateFile: state });
    expect(second.ledger.complete).toBe(true);
    expect(second.resumed).toBe(N - 1);
    // listing pages + one tree + one blob, no cache file at all
    expect(fake.count()).toBe(Math.ceil(N / 100) + 2);
    expect(second.ledger.rows.some((r) => r.repository === 'example-bank/repo-0019')).toBe(true);
    expect(second.ledger.rows.length).toBe(first.ledger.rows.length + 1);
    // a complete run clears the state, so the next scheduled run starts fresh
    expect(JSON.parse(fs.readFileSync(state, 'utf8')).done).toEqual({});
    dead.fault = '500-always';
  });

  it('shards cover every repository exactly once, and merge gives the unsharded ledger', async () => {
    const whole = await orgLedger({ org: 'example-bank', octokit: client(), ctx });
    const parts = [];
    for (let i = 1; i <= 3; i++) parts.push((await orgLedger({ org: 'example-bank', octokit: client(), ctx, shard: { index: i, count: 3 } })).ledger);
    expect(parts.reduce((n, p) => n + p.repositories, 0)).toBe(N);
    expect(parts.every((p) => p.repositories > 50)).toBe(true);
    expect(fnv1a('example-bank/repo-0001') % 3).toBeTypeOf('number');
    const merged = mergeLedgers(parts, ctx.minMau);
    expect(merged.rows).toEqual(whole.ledger.rows);
    expect(merged.missing).toEqual(whole.ledger.missing);
    expect(merged.errors).toEqual(whole.ledger.errors);
    expect(merged.source).toEqual({ kind: 'merged', parts: 3 });
  });

  it('a truncated tree: root manifest places probed one by one, and the ledger says it is incomplete', async () => {
    const big = await startFakeGitHub({ org: 'big', repos: [{ name: 'huge', defaultBranch: 'main', pushedAt: '2025-01-01T00:00:00Z', fault: 'truncated', files: { 'README.md': 'x', '.github/mobile-app.yaml': manifestYaml(1) } }] });
    try {
      const { ledger } = await orgLedger({ org: 'big', octokit: createGitHubClient({ token: 'test-token', baseUrl: big.url, retryUnitMs: 5 }), ctx });
      expect(ledger.rows.map((r) => [r.manifest, r.id])).toEqual([['.github/mobile-app.yaml', 'cn.example.app1']]);
      expect(ledger.errors[0]!.message).toMatch(/truncated/);
      expect(ledger.complete).toBe(false);
      expect(big.count((r) => r.path.includes('/contents/'))).toBe(3);
    } finally {
      await big.close();
    }
  });

  it('a state file from another day is not resumed', async () => {
    const state = path.join(tmp, 'old.json');
    await orgLedger({ org: 'example-bank', octokit: client(), ctx, stateFile: state });
    const later = { ...ctx, now: new Date(NOW.getTime() + 2 * 24 * 3600 * 1000) };
    const { resumed, ledger } = await orgLedger({ org: 'example-bank', octokit: client(), ctx: later, stateFile: state });
    expect(resumed).toBe(0);
    expect(ledger.now).toBe(later.now.toISOString());
  });

  it('a wrong organisation or token is a configuration error, not an empty ledger', async () => {
    await expect(orgLedger({ org: 'nope', octokit: client(), ctx })).rejects.toThrow(/not found/);
    const bad = createGitHubClient({ token: 'wrong', baseUrl: fake.url, retryUnitMs: 5 });
    await expect(orgLedger({ org: 'example-bank', octokit: bad, ctx })).rejects.toThrow(/401/);
  });
});
