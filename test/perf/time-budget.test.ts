// Time limits (issue 16): a file over its budget is a located note and leaves nothing behind; a
// run over --timeout ends with a partial report, tool/timeout notes and exit 2. The slow parser
// is simulated by a stand-in that spins; no assertion here is about how long anything took.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SdkContext } from '../../src/detectors/sdks/util.js';

/** Spins (a synchronous parser that never returns) for at most `ms`, so a broken box cannot hang the suite. */
function spin(ms: number): void {
  const end = Date.now() + ms;
  while (Date.now() < end) { /* busy */ }
}

const slow = vi.hoisted(() => ({ yarn: false, ms: 20_000 }));

vi.mock('../../src/detectors/sdks/yarn.js', async (original) => {
  const real = await original<typeof import('../../src/detectors/sdks/yarn.js')>();
  return {
    ...real,
    scanYarnLock: (ctx: SdkContext, file: string) => {
      if (!slow.yarn) return real.scanYarnLock(ctx, file);
      // Half-way through a file: something already appended, then stuck.
      ctx.sightings.push({ ecosystem: 'npm', name: 'half-read', version: '1.0.0', dynamic: false, direct: false, file, root: '', lock: true });
      spin(slow.ms);
    },
  };
});

const { withinFileBudget, setFileBudget } = await import('../../src/repo/budget.js');
const { timeBoxed, TimeBoxExpired } = await import('../../src/core/time-box.js');
const { collectFacts } = await import('../../src/detectors/index.js');
const { MemoryRepo } = await import('../../src/repo/files.js');
const { runCli } = await import('../helpers/run-cli.js');

afterEach(() => {
  setFileBudget(undefined);
  slow.yarn = false;
});

describe('time boxes', () => {
  it('stop a synchronous loop and nest (the outer limit stops the inner work)', () => {
    expect(() => timeBoxed(() => spin(20_000), 50)).toThrow(TimeBoxExpired);
    let innerCaught = false;
    expect(() => timeBoxed(() => {
      try { timeBoxed(() => spin(20_000), 10_000); } catch { innerCaught = true; }
    }, 50)).toThrow(TimeBoxExpired);
    expect(innerCaught).toBe(false);
    expect(timeBoxed(() => 42, 1000)).toBe(42);
    expect(timeBoxed(() => 43, 1e15)).toBe(43); // --timeout 1000000000000: no limit, no range error
    expect(() => timeBoxed(() => { throw new Error('own error'); }, 1000)).toThrow('own error');
  });
});

describe('per-file budget', () => {
  it('a parse over budget is a located note and no result', () => {
    setFileBudget(50);
    const notes: import('../../src/core/types.js').Diagnostic[] = [];
    expect(withinFileBudget('ios/App/Info.plist', notes, () => { spin(20_000); return 1; })).toBeUndefined();
    expect(notes).toEqual([expect.objectContaining({ code: 'repo/file-too-slow', severity: 'note', location: { file: 'ios/App/Info.plist' } })]);
    expect(notes[0]!.message.en).toContain('skipped: reading it took longer than 0.1 s');
    expect(withinFileBudget('a.json', notes, () => 7)).toBe(7);
    expect(notes).toHaveLength(1);
  });

  it('a parse that was only starved of CPU (here: waiting) gets a second, longer box', () => {
    setFileBudget(100);
    const notes: import('../../src/core/types.js').Diagnostic[] = [];
    let attempts = 0;
    let resets = 0;
    const waited = withinFileBudget('big.yaml', notes, () => {
      attempts++;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300); // no CPU used
      return 'parsed';
    }, () => { resets++; });
    expect(waited).toBe('parsed');
    expect(notes).toEqual([]);
    expect([attempts, resets]).toEqual([2, 1]);
  });

  it('a lockfile over budget leaves nothing half-read behind; the other files still count', () => {
    setFileBudget(100);
    slow.yarn = true;
    const repo = new MemoryRepo({
      'package.json': JSON.stringify({ name: 'app', dependencies: { 'left-pad': '1.3.0' } }),
      'yarn.lock': '# yarn lockfile v1\n\nleft-pad@1.3.0:\n  version "1.3.0"\n',
    });
    const { facts, diagnostics } = collectFacts({ repo, appDir: '' }, ['sdks']);
    const components = (facts.sdks as { components: { name: string }[] }).components;
    expect(components.map((c) => c.name)).toEqual(['left-pad']);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'repo/file-too-slow', location: { file: 'yarn.lock' } }));
  });
});

describe('whole-run --timeout', () => {
  function app(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-timeout-'));
    const yaml = fs.readFileSync(path.join(import.meta.dirname, '../../examples/clean-android-bank/mobile-app.yaml'), 'utf8');
    for (const sub of ['a', 'b']) {
      fs.mkdirSync(path.join(dir, sub));
      fs.writeFileSync(path.join(dir, sub, 'mobile-app.yaml'), yaml);
      fs.writeFileSync(path.join(dir, sub, 'package.json'), '{"name":"x","dependencies":{"left-pad":"1.3.0"}}');
      fs.writeFileSync(path.join(dir, sub, 'yarn.lock'), 'left-pad@1.3.0:\n  version "1.3.0"\n');
    }
    return dir;
  }

  it('ends with a partial report, a located note of what was not finished, and exit 2', async () => {
    const dir = app();
    await runCli(['check', dir]); // compiles the schemas once, outside the limited run
    slow.yarn = true; // each file's own budget (10 s) is far above the run's limit
    const r = await runCli(['check', dir, '--timeout', '2', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--timeout 2 s');
    const j = JSON.parse(r.stdout) as { timedOut?: unknown; findings: { ruleId: string; app: string; location: { file: string }; message: string }[] };
    expect(j.timedOut).toEqual({ limitMs: 2000 });
    const notes = j.findings.filter((f) => f.ruleId === 'tool/timeout');
    expect(notes.map((f) => [f.app, f.location.file])).toEqual([['a/mobile-app.yaml', 'a/yarn.lock'], ['b/mobile-app.yaml', 'b/mobile-app.yaml']]);
    expect(notes[0]!.message).toContain('while reading a/yarn.lock (step: sdks)');
    expect(notes[1]!.message).toContain('before this app was started');
  });

  it('inventory: the apps finished before the limit, a message naming where it stopped, exit 2', async () => {
    const dir = app();
    await runCli(['inventory', dir]);
    slow.yarn = true;
    const r = await runCli(['inventory', dir, '--timeout', '2', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('stopped at its time limit (--timeout 2 s) at a/yarn.lock');
    expect(JSON.parse(r.stdout).components).toEqual([]);
  });

  it('a run within its limit is unchanged and --timeout is checked', async () => {
    const dir = app();
    const r = await runCli(['check', dir, '--timeout', '600', '--format', 'json']);
    expect(JSON.parse(r.stdout).timedOut).toBeUndefined();
    expect(r.stdout).not.toContain('tool/timeout');
    const bad = await runCli(['check', dir, '--timeout', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--timeout must be a number of seconds above 0');
  });
});
