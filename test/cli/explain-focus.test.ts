// The CLI helps: `explain` for built-in checks, did-you-mean for options, `--rule`/`--skip-rule`.
// Run as a user runs it: `node dist/cli.js ...` (npm test builds dist/ first).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPacks, runCheck } from '../../src/check.js';
import { focusPacks } from '../../src/cli/focus.js';
import { DIAGNOSTICS } from '../../src/core/diagnostics.js';
import { collectEvidence } from '../../src/reporters/evidence.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const DIRTY = 'examples/android-bank';

function run(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT, encoding: 'utf8', timeout: 60_000,
    env: { PATH: process.env.PATH ?? '', MOBILE_POLICY_NOW: '2026-11-28', LANG: 'C' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp: string[] = [];
afterAll(() => tmp.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** Every diagnostic code written in src/ as a string literal ('manifest/todo', 'repo/binary-file', ...). */
function codesInSource(): Set<string> {
  const codes = new Set<string>();
  const NOT_CODES = new Set(['docs/rules', 'policies/catalog', 'policies/api-catalog']);
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts') && !p.endsWith(path.join('core', 'diagnostics.ts'))) {
        for (const m of fs.readFileSync(p, 'utf8').matchAll(/'([a-z][a-z0-9]*\/[a-z0-9][a-z0-9-]*)'/g)) if (!NOT_CODES.has(m[1]!)) codes.add(m[1]!);
      }
    }
  };
  walk(path.join(ROOT, 'src'));
  return codes;
}

describe('explain knows every id a user can see', () => {
  it('has every diagnostic code emitted in src/ in the registry, with texts in both languages', () => {
    const codes = codesInSource();
    expect(codes.size).toBeGreaterThan(25);
    for (const code of codes) expect(DIAGNOSTICS[code], `${code} is emitted in src/ but not in src/core/diagnostics.ts`).toBeDefined();
    for (const [code, info] of Object.entries(DIAGNOSTICS)) {
      for (const text of [info.title, info.purpose, info.fix]) {
        expect(text.en.trim(), code).not.toBe('');
        expect(text['zh-CN'], code).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it.each(['manifest/todo', 'manifest/schema', 'manifest/parse', 'links/file-skipped', 'policy/waiver-expired', 'policy/rule-error', 'repo/file-too-large', 'repo/binary-file', 'repo/invalid-utf8', 'sdks/parse', 'tool/detector-failed'])('explain %s', (id) => {
    const r = run(['explain', id]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`${id}: ${DIAGNOSTICS[id]!.title.en}`);
    expect(r.stdout).toContain(DIAGNOSTICS[id]!.fix['zh-CN']);
  });

  it('suggests the id meant for a typo', () => {
    const r = run(['explain', 'manifest/tood']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('did you mean manifest/todo?');
  });
});

describe('option errors are short and suggest the option meant', () => {
  it.each([
    [['check', DIRTY, '--formt', 'json'], 'mobile-policy check: unknown option --formt; did you mean --format?'],
    [['check', DIRTY, '--skip-rules', 'manifest/todo'], 'did you mean --skip-rule?'],
    [['check', DIRTY, '--format'], 'option --format needs a value'],
    [['check', DIRTY, '--no-waivers=yes'], 'option --no-waivers takes no value'],
    [['coverage', '--stag', 'pr'], 'did you mean --stage?'],
    [['inventory', DIRTY, '--fromat', 'json'], 'did you mean --format?'],
    [['chek', DIRTY], 'unknown command "chek"; did you mean "check"?'],
  ])('%j', (args, message) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toContain("Unknown option '"); // Node's raw parser text
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('check --rule / --skip-rule', () => {
  const ids = (stdout: string) => new Set((JSON.parse(stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId));

  it('--rule (a glob, repeatable) shows only those rules; the exit code follows them', () => {
    const all = run(['check', DIRTY, '--format', 'json']);
    expect(all.code).toBe(1);
    expect(ids(all.stdout).has('nfra/sdk-declared')).toBe(true);
    const sdk = run(['check', DIRTY, '--format', 'json', '--rule', 'nfra/sdk-*']);
    expect(sdk.code).toBe(1);
    const seen = ids(sdk.stdout);
    expect(seen.has('nfra/sdk-declared')).toBe(true);
    expect([...seen].every((id) => id.startsWith('nfra/sdk-'))).toBe(true);
    // A rule without findings: the gate passes.
    const quiet = run(['check', DIRTY, '--format', 'json', '--rule', 'nfra/ios-ats-*', '--rule', 'nfra/ios-privacy-manifest']);
    expect(quiet.code, quiet.stderr).toBe(0);
    expect(ids(quiet.stdout).size).toBe(0);
  });

  it('--skip-rule manifest/todo hides the TODOs of a draft', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-focus-'));
    tmp.push(dir);
    fs.writeFileSync(path.join(dir, 'mobile-app.yaml'), 'apiVersion: mobile-policy/v1\napp: { id: cn.example.app, name: Example, kinds: [android], status: active }\nownership: { leadDepartment: TODO }\n');
    const draft = run(['check', dir, '--format', 'json', '--fail-on', 'never']);
    expect(ids(draft.stdout).has('manifest/todo')).toBe(true);
    const focused = run(['check', dir, '--format', 'json', '--fail-on', 'never', '--skip-rule', 'manifest/todo']);
    expect(focused.code).toBe(0);
    expect(ids(focused.stdout).has('manifest/todo')).toBe(false);
    expect(ids(focused.stdout).size).toBeGreaterThan(0);
  });

  it('an id that matches nothing is a usage error with a suggestion', () => {
    const r = run(['check', DIRTY, '--rule', 'nfra/sdk-declard']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--rule nfra/sdk-declard matches no rule');
    expect(r.stderr).toContain('did you mean nfra/sdk-declared?');
  });
});

describe('a focused run never claims a pass for rules it skipped', () => {
  it('reads "not checked" for an article whose rules were skipped', () => {
    const packs = focusPacks(loadPacks(['nfra-2024-99']), { only: [], skip: ['nfra/audit-fresh', 'nfra/risk-assessment-*'] });
    const report = runCheck({ dir: path.join(ROOT, 'examples/clean-android-bank'), stage: 'release', now: new Date('2026-11-28T00:00:00Z') }, packs);
    const arts = collectEvidence(report, {}, packs).evidence.apps[0]!.articles;
    expect(arts.find((a) => a.article === 17)!.state).toBe('not-evaluated');
    expect(arts.find((a) => a.article === 17)!.rules).toEqual([]);
    expect(arts.find((a) => a.article === 1)!.state).toBe('pass');
  });
});
