// `check --base REF`: new versus existing findings, by fingerprint, against the merge base.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

async function run(args: string[], cwd: string) {
  const r = { code: 0, stdout: '', stderr: '' };
  r.code = await main(args, {
    out: (s) => { r.stdout += s; }, err: (s) => { r.stderr += s; }, isTTY: false, env: { MOBILE_POLICY_NOW: '2026-11-28' }, cwd,
  });
  return r;
}

function repoWithHistory(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-base-'));
  fs.cpSync(path.join(ROOT, 'examples/clean-android-bank'), path.join(dir, 'app'), { recursive: true });
  const git = (...a: string[]) => execFileSync('git', ['-c', 'core.hooksPath=/dev/null', '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...a], { cwd: dir, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'base');
  git('checkout', '-qb', 'feature');
  // The change: a cleartext URL in a new file, and the whole manifest shifted down two lines.
  const mf = path.join(dir, 'app/mobile-app.yaml');
  fs.writeFileSync(mf, `# moved\n# down\n${fs.readFileSync(mf, 'utf8').replace('  complaintChannel: { phone: "95555", url: https://www.harbourbank.example/complaints }\n', '')}`);
  fs.writeFileSync(path.join(dir, 'app/app/src/main/java/cn/example/harbourbank/Promo.kt'), 'package cn.example.harbourbank\n\nconst val PROMO = "http://api.harbourbank.example/promo"\n');
  git('add', '-A');
  git('commit', '-qm', 'change');
  return dir;
}

describe('check --base', () => {
  it('marks only the findings the change introduces as new', async () => {
    const dir = repoWithHistory();
    const r = await run(['check', 'app', '--base', 'main', '--format', 'json'], dir);
    expect(r.stderr).not.toContain('internal error');
    const findings = JSON.parse(r.stdout).findings as { ruleId: string; new: boolean; location: { file: string } }[];
    expect(findings.length).toBeGreaterThan(0);
    const fresh = findings.filter((f) => f.new).map((f) => f.ruleId).sort();
    expect(fresh).toEqual(['nfra/cleartext-urls', 'nfra/complaint-channel']);
    expect(findings.every((f) => typeof f.new === 'boolean')).toBe(true);
  });

  it('gates on new findings only with --only-new', async () => {
    const dir = repoWithHistory();
    // Against itself nothing is new, so --only-new passes although findings exist.
    const same = await run(['check', 'app', '--base', 'feature', '--only-new'], dir);
    expect(same.stdout).not.toContain('(new)');
    expect(same.code).toBe(0);
    const changed = await run(['check', 'app', '--base', 'main', '--only-new'], dir);
    expect(changed.stdout).toContain('(new)');
    expect(changed.code).toBe(1);
  });

  it('explains a ref that does not exist, and --only-new without --base', async () => {
    const dir = repoWithHistory();
    const r = await run(['check', 'app', '--base', 'no-such-branch'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no such commit');
    expect((await run(['check', 'app', '--only-new'], dir)).code).toBe(2);
  });
});
