import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import type { Ledger } from '../../src/ledger/types.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { generateOrg, manifestYaml } from './generate.js';

const PACK = path.join(import.meta.dirname, 'fixtures', 'pack');
let tmp: string;
let fake: FakeGitHub;

function io(env: NodeJS.ProcessEnv = {}): CliIO & { stdout: string; stderr: string } {
  const o = {
    stdout: '', stderr: '', isTTY: false, cwd: tmp,
    env: { MOBILE_POLICY_NOW: '2026-01-15T00:00:00Z', CI: 'true', ...env },
    out(s: string) { o.stdout += s; },
    err(s: string) { o.stderr += s; },
  };
  return o;
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-cli-'));
  const app = path.join(tmp, 'retail');
  fs.mkdirSync(app);
  fs.writeFileSync(path.join(app, 'mobile-app.yaml'), manifestYaml(2));
  const broken = path.join(tmp, 'broken');
  fs.mkdirSync(broken);
  fs.writeFileSync(path.join(broken, 'mobile-app.yaml'), 'app: [oops\n');
  const nomani = path.join(tmp, 'lite', 'ios', 'Lite.xcodeproj');
  fs.mkdirSync(nomani, { recursive: true });
  fs.writeFileSync(path.join(nomani, 'project.pbxproj'), '// pbx');
  fake = await startFakeGitHub(generateOrg(40));
});
afterAll(async () => {
  await fake.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('mobile-policy ledger', () => {
  it('DIR mode: full engine, rows for broken manifests, missing apps; exit 0 when complete', async () => {
    const o = io();
    const code = await main(['ledger', 'retail', 'broken', 'lite', '--policy', PACK, '--format', 'json'], o);
    expect(o.stderr).toContain('3 folders, 2 apps, 1 without manifest, 0 errors');
    expect(code).toBe(0);
    const ledger = JSON.parse(o.stdout) as Ledger;
    expect(ledger.rows.map((r) => [r.repository, r.manifestState])).toEqual([['broken', 'broken'], ['retail', 'ok']]);
    // dir mode evaluates fact rules too (the test pack's facts-only rule is a note)
    expect(ledger.rows.find((r) => r.repository === 'retail')!.findings.note).toBe(1);
    expect(ledger.missing).toEqual([{ repository: 'lite', kinds: ['ios'], evidence: ['ios/Lite.xcodeproj/project.pbxproj'] }]);
  });

  it('--org against the fake API: exit 1 when a repository could not be read; cache and state on disk', async () => {
    const o = io({ GITHUB_TOKEN: 'test-token', MOBILE_POLICY_RETRY_UNIT_MS: '5' });
    const code = await main(['ledger', '--org', 'example-bank', '--api-url', fake.url, '--policy', PACK, '--format', 'csv', '--output', 'out/ledger.csv', '--lang', 'zh-CN'], o);
    expect(code).toBe(1);
    expect(o.stderr).toMatch(/INCOMPLETE: 1 repositories/);
    expect(o.stderr).toMatch(/40 repositories, \d+ apps, 4 without manifest, 1 errors; \d+ HTTP requests/);
    const csv = fs.readFileSync(path.join(tmp, 'out', 'ledger.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('example-bank/repo-0019');
    expect(fs.existsSync(path.join(tmp, '.cache', 'mobile-policy', 'ledger-example-bank.cache.json'))).toBe(true);
    expect(fs.existsSync(path.join(tmp, '.cache', 'mobile-policy', 'ledger-example-bank.state.json'))).toBe(true);
  });

  it('shards + merge through the CLI', async () => {
    const files: string[] = [];
    for (const s of ['1/2', '2/2']) {
      const f = `shard-${s.replace('/', 'of')}.json`;
      await main(['ledger', '--org', 'example-bank', '--api-url', fake.url, '--policy', PACK, '--shard', s, '--output', f, '--no-cache'], io({ GITHUB_TOKEN: 'test-token', MOBILE_POLICY_RETRY_UNIT_MS: '5' }));
      files.push(f);
    }
    const o = io();
    const code = await main(['ledger', 'merge', ...files, '--format', 'markdown'], o);
    expect(code).toBe(1); // the merged ledger is still missing repo-0019
    expect(o.stdout).toContain('INCOMPLETE: 1 of 40 repositories');
  });

  it('bad arguments exit 2', async () => {
    expect(await main(['ledger'], io())).toBe(2);
    expect(await main(['ledger', '--org', 'x', 'dir'], io())).toBe(2);
    expect(await main(['ledger', '--org', 'x', '--shard', '3/2'], io({ GITHUB_TOKEN: 't' }))).toBe(2);
    const noToken = io();
    expect(await main(['ledger', '--org', 'x'], noToken)).toBe(2);
    expect(noToken.stderr).toContain('GITHUB_TOKEN');
    expect(await main(['ledger', '--org', 'nope', '--api-url', fake.url, '--policy', PACK], io({ GITHUB_TOKEN: 'test-token' }))).toBe(2);
    expect(await main(['ledger', 'merge'], io())).toBe(2);
    expect(await main(['ledger', 'no-such-dir'], io())).toBe(2);
  });
});
