import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check.js';
import type { Report } from '../../src/core/report.js';
import { gitlabReporter, type CodeQualityIssue } from '../../src/reporters/gitlab.js';
import { REPORTERS } from '../../src/reporters/index.js';
import { runCli, ROOT } from '../helpers/run-cli.js';
import { finding, report } from './fixture.js';

const fixtures = new URL('../fixtures/reporters/', import.meta.url);
const input = JSON.parse(fs.readFileSync(new URL('basic.input.json', fixtures), 'utf8')) as Report;
// Written from GitLab's documented fields (the schema's $comment cites the page).
const schema = JSON.parse(fs.readFileSync(new URL('gitlab-code-quality.schema.json', fixtures), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strictRequired: false }).compile(schema);
const NOW = new Date('2026-11-28T00:00:00Z');

function issues(text: string): CodeQualityIssue[] {
  return JSON.parse(text) as CodeQualityIssue[];
}

function expectValid(text: string): void {
  const ok = validate(JSON.parse(text));
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

describe('gitlab reporter (GitLab Code Quality)', { timeout: 60_000 }, () => {
  it('is registered for `check --format gitlab`', () => {
    expect(REPORTERS.gitlab).toBe(gitlabReporter);
  });

  it('validates against the documented fields, in both languages and when empty', () => {
    expectValid(gitlabReporter(input, { lang: 'en' }));
    expectValid(gitlabReporter(input, { lang: 'zh-CN' }));
    expect(gitlabReporter(report([]), { lang: 'en' })).toBe('[]\n');
  });

  it('the schema rejects what GitLab would not read (so the validation can fail)', () => {
    const good = issues(gitlabReporter(input, { lang: 'en' }))[0]!;
    for (const bad of [
      { ...good, severity: 'error' },
      { ...good, location: { path: '/abs/file', lines: { begin: 1 } } },
      { ...good, location: { path: 'a', lines: { begin: 0 } } },
      { ...good, location: { path: 'a' } },
      { description: good.description, check_name: good.check_name, severity: good.severity, location: good.location },
    ]) expect(validate([bad])).toBe(false);
  });

  it('maps each finding: rule, message with articles, severity, file and line; waived findings are left out', () => {
    const r = report([
      finding({ ruleId: 'nfra/a', severity: 'error', location: { file: 'app/build.gradle', line: 14, column: 5 }, fingerprint: '1'.repeat(16) }),
      finding({ ruleId: 'nfra/b', severity: 'warning', articles: [12, 13], fingerprint: '2'.repeat(16) }),
      finding({ ruleId: 'nfra/c', severity: 'note', location: { file: '' }, fingerprint: '3'.repeat(16) }),
      finding({ ruleId: 'nfra/d', waived: true, fingerprint: '4'.repeat(16) }),
    ]);
    const out = issues(gitlabReporter(r, { lang: 'en' }));
    expect(out.map((i) => [i.check_name, i.severity, i.location.path, i.location.lines.begin])).toEqual([
      ['nfra/a', 'critical', 'app/build.gradle', 14],
      ['nfra/b', 'major', 'mobile-app.yaml', 3],
      ['nfra/c', 'info', 'mobile-app.yaml', 1],
    ]);
    expect(out[1]!.description).toBe('Message of nfra/b [nfra/b, art. 12, 13]');
    expect(issues(gitlabReporter(r, { lang: 'zh-CN' }))[1]!.description).toBe('nfra/b 的说明 [nfra/b, 第12条、第13条]');
  });

  it('gives every issue its own fingerprint, even two findings that share one', () => {
    const twin = finding({ ruleId: 'nfra/a', fingerprint: '5'.repeat(16) });
    const out = issues(gitlabReporter(report([twin, { ...twin, location: { file: 'mobile-app.yaml', line: 9 } }]), { lang: 'en' }));
    expect(new Set(out.map((i) => i.fingerprint)).size).toBe(2);
    for (const i of out) expect(i.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });

  it('keeps fingerprints across runs and when lines move (a merge request compares them with the target branch)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-gitlab-'));
    fs.cpSync(path.join(ROOT, 'examples/android-bank'), dir, { recursive: true });
    const first = issues(gitlabReporter(runCheck({ dir, stage: 'pr', now: NOW }), { lang: 'en' }));
    const again = issues(gitlabReporter(runCheck({ dir, stage: 'pr', now: NOW }), { lang: 'zh-CN' }));
    expect(first.length).toBeGreaterThan(5);
    expect(new Set(first.map((i) => i.fingerprint)).size).toBe(first.length);
    expect(again.map((i) => i.fingerprint)).toEqual(first.map((i) => i.fingerprint));

    // Two lines inserted at the top of the manifest: its findings move down, fingerprints stay.
    const manifest = path.join(dir, 'mobile-app.yaml');
    fs.writeFileSync(manifest, '# reviewed\n# by the app team\n' + fs.readFileSync(manifest, 'utf8'));
    const moved = issues(gitlabReporter(runCheck({ dir, stage: 'pr', now: NOW }), { lang: 'en' }));
    const byPrint = (list: CodeQualityIssue[]) => new Map(list.map((i) => [i.fingerprint, i]));
    const before = byPrint(first);
    const shifted = moved.filter((i) => i.location.path === 'mobile-app.yaml' && i.location.lines.begin > 2);
    expect(shifted.length).toBeGreaterThan(0);
    for (const i of shifted) expect(before.get(i.fingerprint)?.location.lines.begin).toBe(i.location.lines.begin - 2);
    expect([...byPrint(moved).keys()].sort()).toEqual([...before.keys()].sort());
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('`check --format gitlab --output` writes the artifact GitLab reads and still gates', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mp-gitlab-cli-')), 'gl-code-quality-report.json');
    const r = await runCli(['check', 'examples/android-bank', '--format', 'gitlab', '--output', out]);
    expect(r.code).toBe(1);
    const text = fs.readFileSync(out, 'utf8');
    expectValid(text);
    expect(issues(text).some((i) => i.severity === 'critical' && i.location.path === 'mobile-app.yaml')).toBe(true);
  });
});
