// Ledger at scale: a generated organisation of N repositories (default 2,000) behind the fake
// GitHub API on 127.0.0.1 (with its injected 429s and 500s), read cold and then warm through
// the real CLI. Prints request counts and wall times as a Markdown table row set.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { startFakeGitHub } from '../../test/ledger/fake-github.js';
import { generateOrg } from '../../test/ledger/generate.js';

const n = Number(process.argv[2] ?? 2000);
const policy = process.argv[3] ?? path.resolve('test/ledger/fixtures/pack');
const fake = await startFakeGitHub(generateOrg(n));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-bench-'));
const env = { ...process.env, GITHUB_TOKEN: 'test-token', MOBILE_POLICY_NOW: '2026-01-15T00:00:00Z', CI: 'true' };

async function run(label: string, extra: string[] = []): Promise<void> {
  fake.reset();
  let stderr = '';
  const io: CliIO = { out: () => {}, err: (s) => { stderr += s; }, isTTY: false, env, cwd: work };
  const t0 = performance.now();
  const code = await main(['ledger', '--org', 'example-bank', '--api-url', fake.url, '--policy', policy, '--format', 'json', '--output', `${label}.json`, ...extra], io);
  const ms = performance.now() - t0;
  const by = (s: number) => fake.count((r) => r.status === s);
  const ledger = JSON.parse(fs.readFileSync(path.join(work, `${label}.json`), 'utf8')) as { rows: unknown[]; missing: unknown[]; errors: unknown[] };
  console.log(`| ${label} | ${n} | ${fake.count()} | ${(fake.count() / n).toFixed(2)} | ${by(200)} | ${by(304)} | ${by(429)} | ${by(500)} | ${(ms / 1000).toFixed(1)} s | ${ledger.rows.length} / ${ledger.missing.length} / ${ledger.errors.length} | ${code} |`);
  if (process.env.BENCH_VERBOSE) console.error(stderr);
}

console.log('| run | repos | requests | per repo | 200 | 304 | 429 | 500 | wall time | rows / missing / errors | exit |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
await run('cold');
await run('warm');
await run('cold-4-shards-1of4', ['--shard', '1/4', '--no-cache']);
await fake.close();
fs.rmSync(work, { recursive: true, force: true });
