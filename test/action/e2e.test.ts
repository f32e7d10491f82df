import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { execFileSync } from 'node:child_process';
import { COMMENT_MARKER } from '../../src/github/comments.js';
import { FakeGitHub } from '../github/fake-api.js';
import { annotations, copyExample, DIST, makeRepo, RepoState, ROOT, runAction, type TestRepo } from './harness.js';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

let api: FakeGitHub;
beforeAll(() => {
  if (!fs.existsSync(DIST) || process.env.MOBILE_POLICY_REBUILD) execFileSync(process.execPath, [path.join(ROOT, 'build.mjs')], { cwd: ROOT });
});
beforeEach(async () => { api = await new FakeGitHub().start(); });
afterEach(async () => { await api.stop(); });

/** Base: the clean example; head: the example with deliberate problems. */
const cleanToBroken = () => makeRepo((d) => copyExample('clean-android-bank', d), (d) => {
  for (const f of fs.readdirSync(d)) if (f !== '.git') fs.rmSync(path.join(d, f), { recursive: true });
  copyExample('android-bank', d);
});

// Artifacts of a catalogued vendor SDK (com.getui:* is Getui push): each undeclared one is an nfra/sdk-declared finding.
const BULK = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `    implementation("com.getui:bulk${i + from}:1.0.0")`).join('\n');
function setWaivers(dir: string, list: string): void {
  const file = path.join(dir, 'mobile-app.yaml');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('waivers: []\n', `waivers:\n${list}`));
}
function withDeps(dir: string, lines: string): void {
  const file = path.join(dir, 'app/build.gradle.kts');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('    implementation(libs.okhttp)\n', `    implementation(libs.okhttp)\n${lines}\n`));
}

describe('pull request gate', () => {
  let repo: TestRepo;
  beforeEach(() => { repo = cleanToBroken(); });

  it('posts one sticky comment, fails on errors, and reports outputs, summary and annotations', async () => {
    const state = new RepoState(api, repo).install();
    const r = await runAction({ repo, api, event: 'pull_request', fixture: 'pull_request.json' });
    expect(r.code).toBe(1);
    expect(Number(r.outputs.errors)).toBeGreaterThan(0);
    expect(Number(r.outputs['new-findings'])).toBe(Number(r.outputs.errors) + Number(r.outputs.warnings) + Number(r.outputs.notes));
    expect(r.report.stage).toBe('pr');
    expect(r.report.github.baseEvaluated).toBe(true);
    expect(state.comments).toHaveLength(1);
    const body = state.comments[0]!.body;
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(body).toContain('<!-- mobile-policy:key=.| -->');
    expect(body).toContain('River Bank');
    expect(body).toContain('nfra/responsible-person');
    expect(body.length).toBeLessThan(65_536);
    expect(r.summary).toContain('### New findings');
    expect(r.summary).toContain('By article of the circular');
    expect(r.summary).toMatch(/\| added \| `pkg:maven\/com\.umeng\.umsdk\/common` \| 9\.6\.3 \| [^|]*Umeng[^|]* \| analytics[^|]* \| ✅ \|/); // declared by sdks[].id
    // An open-source library of the catalogue: named, not declared (the ledger does not need it).
    expect(r.summary).toMatch(/\| added \| `pkg:maven\/com\.google\.code\.gson\/gson` \| 2\.\+ \| Gson \| other \| ❌ \|/);
    const ann = annotations(r.stdout);
    expect(ann.length).toBeGreaterThan(0);
    // GitHub's limit counts every annotation of the step, the failed-gate line and notices included.
    for (const level of ['error', 'warning', 'notice']) expect(ann.filter((a) => a.level === level).length).toBeLessThanOrEqual(10);
    expect(ann.filter((a) => a.level === 'error').length).toBe(10);
  });

  it('updates the same comment when re-run on the same commit, never posting a second', async () => {
    const state = new RepoState(api, repo).install();
    await runAction({ repo, api, event: 'pull_request', fixture: 'pull_request.json' });
    state.comments[0]!.body += '\nedited'; // force an update
    // Other people's comments around ours, over several pages.
    for (let i = 0; i < 130; i++) state.comments.unshift({ id: 10_000 + i, body: `unrelated ${i}` });
    await runAction({ repo, api, event: 'pull_request', fixture: 'pull_request.json' });
    expect(api.count('POST', '/repos/bank/app/issues/7/comments')).toBe(1);
    expect(api.count('PATCH', /\/issues\/comments\/\d+$/)).toBe(1);
    expect(state.comments.filter((c) => c.body.includes(COMMENT_MARKER))).toHaveLength(1);
  });

  it('collapses the comment to "all clear" when the findings are gone', async () => {
    const state = new RepoState(api, repo).install();
    state.comments.push({ id: 1, body: `${COMMENT_MARKER}\n<!-- mobile-policy:key=.| -->\nold findings` });
    const clean = makeRepo((d) => copyExample('clean-android-bank', d), (d) => fs.appendFileSync(path.join(d, 'README.md'), 'docs\n'));
    const r = await runAction({ repo: clean, api, event: 'pull_request', fixture: 'pull_request.json' });
    expect(r.code).toBe(0);
    expect(state.comments).toHaveLength(1);
    expect(state.comments[0]!.body).toContain('all clear');
  });

  it('writes the comment in Chinese when asked', async () => {
    const state = new RepoState(api, repo).install();
    await runAction({ repo, api, event: 'pull_request', fixture: 'pull_request.json', inputs: { lang: 'zh-CN' } });
    expect(state.comments[0]!.body).toContain('新增问题');
  });

  it('with the API answering 500s, still reports every finding and exits per fail-on', async () => {
    api.fallback({ status: 500, body: { message: 'boom' } });
    const r = await runAction({ repo, api, event: 'pull_request', fixture: 'pull_request.json' });
    expect(r.code).toBe(1);
    const total = r.report.findings.length;
    expect(total).toBeGreaterThan(10);
    for (const f of r.report.findings) expect(r.summary).toContain(f.ruleId);
    expect(r.summary).toMatch(/could not post the pull request comment: 500/);
    // retried: 1 + 3 retries for the comment listing
    expect(api.count('GET', '/repos/bank/app/issues/7/comments')).toBe(4);
    const never = await runAction({ repo, api, event: 'pull_request', fixture: 'pull_request.json', inputs: { 'fail-on': 'never' } });
    expect(never.code).toBe(0);
  });

  it('turns a 403 into one notice naming the permission, without failing for it', async () => {
    new RepoState(api, repo).install();
    api.on('POST', '/repos/bank/app/issues/7/comments', { status: 403, body: { message: 'Resource not accessible by integration' } });
    const r = await runAction({ repo, api, event: 'pull_request', fixture: 'pull_request.json', inputs: { 'fail-on': 'never' } });
    expect(r.code).toBe(0);
    expect(r.stdout.match(/pull-requests: write/g)).toHaveLength(1);
    expect(r.summary).toContain('`pull-requests: write`');
  });

  it('skips writes on a fork pull request and says why', async () => {
    new RepoState(api, repo).install();
    const r = await runAction({ repo, api, event: 'pull_request', fixture: 'pull_request.fork.json', inputs: { 'check-run': 'true', 'fail-on': 'never' } });
    expect(r.code).toBe(0);
    expect(api.matching('POST', /.*/)).toHaveLength(0);
    expect(r.summary).toContain('`pull-requests: write`');
    expect(r.summary).toContain('`checks: write`');
  });

  it('retries a 429 after its retry-after, then posts', async () => {
    const state = new RepoState(api, repo).install();
    api.on('POST', '/repos/bank/app/issues/7/comments', { status: 429, headers: { 'retry-after': '1' }, body: { message: 'slow down' } }, 1);
    await runAction({ repo, api, event: 'pull_request', fixture: 'pull_request.json' });
    expect(api.count('POST', '/repos/bank/app/issues/7/comments')).toBe(2);
    expect(state.comments).toHaveLength(1);
  });

  it('times out a stalled API and still reports', async () => {
    new RepoState(api, repo).install();
    api.on('GET', '/repos/bank/app/issues/7/comments', () => 'stall');
    const r = await runAction({ repo, api, event: 'pull_request', fixture: 'pull_request.json', env: { MOBILE_POLICY_API_TIMEOUT_MS: '200' } });
    expect(r.code).toBe(1);
    expect(r.summary).toMatch(/could not post the pull request comment/);
    expect(r.report.findings.length).toBeGreaterThan(10);
  });

  it('without git history reads the base and the changed files through the API', async () => {
    new RepoState(api, repo).install();
    const ws = path.join(repo.tmp, 'shallow');
    fs.cpSync(repo.dir, ws, { recursive: true, filter: (src) => !src.includes(`${path.sep}.git`) });
    const r = await runAction({ repo, api, event: 'pull_request', fixture: 'pull_request.json', workspace: ws });
    expect(api.count('GET', `/repos/bank/app/tarball/${repo.baseSha}`)).toBe(1);
    expect(api.count('GET', '/repos/bank/app/pulls/7/files')).toBe(1);
    expect(r.report.github.baseEvaluated).toBe(true);
    expect(r.code).toBe(1);
  });

  it('degrades to "all findings count" with one notice when the base cannot be read', async () => {
    const ws = path.join(repo.tmp, 'shallow2');
    fs.cpSync(repo.dir, ws, { recursive: true, filter: (src) => !src.includes(`${path.sep}.git`) });
    api.fallback({ status: 404, body: { message: 'Not Found' } });
    const r = await runAction({ repo, api, event: 'pull_request', fixture: 'pull_request.json', workspace: ws, inputs: { comment: 'false' } });
    expect(r.report.github.baseEvaluated).toBe(false);
    expect(r.summary).toContain('every finding counts as new');
    expect(r.report.findings.every((f) => f.new)).toBe(true);
  });
});

describe('new versus existing findings', () => {
  it('shows exactly the 3 new findings among 500 existing, and only-new gates on them', async () => {
    const repo = makeRepo((d) => { copyExample('clean-android-bank', d); withDeps(d, BULK(500)); }, (d) => {
      const file = path.join(d, 'app/build.gradle.kts');
      // Three new dependencies at the top of the block: every old line moves.
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('    implementation(libs.okhttp)\n', `    implementation(libs.okhttp)\n${BULK(3, 900)}\n`));
    });
    const state = new RepoState(api, repo).install();
    const r = await runAction({ repo, api, event: 'pull_request', fixture: 'pull_request.json', inputs: { 'check-run': 'true' } });
    const fresh = r.report.findings.filter((f) => f.new);
    expect(r.report.findings.length).toBeGreaterThanOrEqual(503);
    expect(fresh).toHaveLength(3);
    expect(r.outputs['new-findings']).toBe('3');
    expect(state.comments[0]!.body).toContain('New findings (3)');
    for (const i of [900, 901, 902]) expect(state.comments[0]!.body).toContain(`com.getui/bulk${i}`);
    // The new ones are annotated first.
    const ann = annotations(r.stdout).filter((a) => a.props.includes('file='));
    expect(ann.slice(0, 3).every((a) => a.props.includes('(new)'))).toBe(true);
    // Check run: annotations 50 per request.
    const run = state.checkRuns[0]!;
    const sizes = run.requests.map((b) => ((b as { output: { annotations?: unknown[] } }).output.annotations ?? []).length);
    expect(sizes.every((n) => n <= 50)).toBe(true);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(Math.min(1000, r.report.findings.filter((f) => !f.waived).length));
    expect(api.count('POST', '/repos/bank/app/check-runs')).toBe(1);
    expect((run.requests[0] as { head_sha: string }).head_sha).toBe(repo.headSha);
    const gated = await runAction({ repo, api, event: 'pull_request', fixture: 'pull_request.json', inputs: { 'only-new': 'true', comment: 'false' } });
    expect(gated.code).toBe(1);
    expect(gated.stdout).toContain('3 finding(s) at or above');
  });
});

describe('trusted policy source', () => {
  it('does not apply waivers the pull request adds to its own manifest; lists them as pending', async () => {
    const repo = makeRepo((d) => copyExample('clean-android-bank', d), (d) => {
      withDeps(d, BULK(1));
      setWaivers(d, '  - rule: nfra/sdk-declared\n    reason: sneaky\n    expires: 2027-01-31\n    approvedBy: { name: Me }\n');
    });
    new RepoState(api, repo).install();
    const r = await runAction({ repo, api, event: 'pull_request', fixture: 'pull_request.json', inputs: { comment: 'false' } });
    expect(r.code).toBe(1);
    expect(r.report.findings.find((f) => f.ruleId === 'nfra/sdk-declared')!.waived).toBe(false);
    expect(r.summary).toContain('Waivers pending approval (1)');
    expect(r.summary).toContain('sneaky');
  });

  it('applies waivers already on the base', async () => {
    const waiver = '  - rule: nfra/sdk-declared\n    reason: approved\n    expires: 2027-01-31\n    approvedBy: { name: Chen Jie }\n';
    const repo = makeRepo((d) => { copyExample('clean-android-bank', d); setWaivers(d, waiver); }, (d) => withDeps(d, BULK(1)));
    new RepoState(api, repo).install();
    const r = await runAction({ repo, api, event: 'pull_request', fixture: 'pull_request.json', inputs: { comment: 'false' } });
    expect(r.report.findings.find((f) => f.ruleId === 'nfra/sdk-declared')!.waived).toBe(true);
    expect(r.code).toBe(0);
  });

  it('reads a pack given by path from the base commit, so the pull request cannot edit its own gate', async () => {
    const repo = makeRepo((d) => {
      copyExample('clean-android-bank', path.join(d, 'apps/bank'));
      fs.cpSync(path.join(ROOT, 'policies/nfra-2024-99'), path.join(d, 'policies/bank'), { recursive: true });
    }, (d) => {
      withDeps(path.join(d, 'apps/bank'), BULK(1));
      fs.rmSync(path.join(d, 'policies/bank/rules/sdk-declared.yaml')); // try to switch the rule off
    });
    new RepoState(api, repo).install();
    const r = await runAction({ repo, api, event: 'pull_request', fixture: 'pull_request.json', inputs: { comment: 'false', path: 'apps/bank', policy: 'policies/bank' } });
    expect(r.report.findings.map((f) => f.ruleId)).toContain('nfra/sdk-declared');
    expect(r.code).toBe(1);
    expect(annotations(r.stdout).some((a) => a.props.includes('file=apps/bank/app/build.gradle.kts'))).toBe(true);
  });

  it('loads packs and org waivers from a pinned policy repository', async () => {
    const repo = makeRepo((d) => copyExample('clean-android-bank', d), (d) => withDeps(d, BULK(1)));
    const policy = makeRepo((d) => {
      fs.cpSync(path.join(ROOT, 'policies/nfra-2024-99'), path.join(d, 'packs/bank'), { recursive: true });
      fs.writeFileSync(path.join(d, 'waivers.yaml'), [
        'waivers:',
        '  - app: other.app',
        '    rule: nfra/sdk-declared',
        '    reason: another app',
        '    expires: 2027-01-31',
        '  - app: cn.example.harbourbank',
        '    rule: nfra/sdk-declared',
        '    reason: org-wide',
        '    expires: 2027-01-31',
        '    approvedBy: { name: CISO }',
        '',
      ].join('\n'));
    }, (d) => fs.writeFileSync(path.join(d, 'x'), ''));
    new RepoState(api, repo).install();
    api.on('GET', /^\/repos\/central\/policies\/tarball\/(.+)$/, (_r, [ref]) => ({ body: execFileSync('git', ['archive', '--format=tar.gz', '--prefix=central-policies-x/', ref!], { cwd: policy.dir }) }));
    const r = await runAction({ repo, api, event: 'pull_request', fixture: 'pull_request.json', inputs: { comment: 'false', 'policy-repo': 'central/policies', 'policy-ref': policy.baseSha, policy: 'packs/bank' } });
    expect(api.count('GET', `/repos/central/policies/tarball/${policy.baseSha}`)).toBe(1);
    const sdk = r.report.findings.find((f) => f.ruleId === 'nfra/sdk-declared')!;
    expect(sdk.waived).toBe(true);
    expect(r.code).toBe(0);
    expect(r.stderr + r.stdout).not.toContain('internal error');
  });

  it('requires a pinned ref with policy-repo', async () => {
    const repo = cleanToBroken();
    const r = await runAction({ repo, api, event: 'pull_request', fixture: 'pull_request.json', inputs: { 'policy-repo': 'central/policies' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('policy-ref');
  });
});

describe('stages and other events', () => {
  it.each([
    ['release', 'release.json', 'release'],
    ['push', 'push.tag.json', 'release'],
    ['push', 'push.branch.json', 'pr'],
    ['workflow_dispatch', 'workflow_dispatch.json', 'release'],
    ['merge_group', 'merge_group.json', 'pr'],
  ])('%s (%s) runs the %s stage', async (event, fixture, stage) => {
    const repo = cleanToBroken();
    const r = await runAction({ repo, api, event, fixture, inputs: { 'fail-on': 'never' } });
    expect(r.code).toBe(0);
    expect(r.report.stage).toBe(stage);
    expect(api.matching('POST', /.*/)).toHaveLength(0);
  });

  it('pull_request_target from a fork has a write token: it comments', async () => {
    const repo = cleanToBroken();
    const state = new RepoState(api, repo, 9).install();
    const r = await runAction({ repo, api, event: 'pull_request_target', fixture: 'pull_request_target.json', inputs: { 'fail-on': 'never' } });
    expect(r.report.stage).toBe('pr');
    expect(api.count('POST', '/repos/bank/app/issues/9/comments')).toBe(1);
    expect(state.comments).toHaveLength(1);
  });

  it('focuses on rules with the rule and skip-rule inputs', async () => {
    const repo = cleanToBroken();
    const all = await runAction({ repo, api, event: 'release', fixture: 'release.json', inputs: { 'fail-on': 'never' } });
    const ids = (r: typeof all) => new Set(r.report.findings.map((f: { ruleId: string }) => f.ruleId));
    expect(ids(all).size).toBeGreaterThan(1);
    const first = [...ids(all)][0]!;
    const only = await runAction({ repo, api, event: 'release', fixture: 'release.json', inputs: { 'fail-on': 'never', rule: first } });
    expect([...ids(only)]).toEqual([first]);
    const skipped = await runAction({ repo, api, event: 'release', fixture: 'release.json', inputs: { 'fail-on': 'never', 'skip-rule': first } });
    expect(ids(skipped).has(first)).toBe(false);
  });

  it('writes the disclosure documents and the release evidence report with disclose: true', async () => {
    const repo = cleanToBroken();
    const r = await runAction({ repo, api, event: 'release', fixture: 'release.json', inputs: { 'fail-on': 'never', disclose: 'true' } });
    const dir = r.outputs['disclosure-dir']!;
    expect(fs.readdirSync(dir).sort()).toEqual(['cn.example.riverbank', 'release-evidence.html']);
    expect(fs.readdirSync(path.join(dir, 'cn.example.riverbank'))).toContain('play-data-safety.csv');
    expect(fs.readFileSync(path.join(dir, 'release-evidence.html'), 'utf8')).toContain('River Bank');
    const none = await runAction({ repo, api, event: 'release', fixture: 'release.json', inputs: { 'fail-on': 'never' } });
    expect(none.outputs['disclosure-dir']).toBe('');
  });

  it('lets the stage input override the event', async () => {
    const repo = cleanToBroken();
    const r = await runAction({ repo, api, event: 'release', fixture: 'release.json', inputs: { stage: 'pr', 'fail-on': 'never' } });
    expect(r.report.stage).toBe('pr');
  });

  it('workflow_run (two-workflow pattern) finds the pull request by head commit and comments', async () => {
    const repo = cleanToBroken();
    const state = new RepoState(api, repo).install();
    const r = await runAction({ repo, api, event: 'workflow_run', fixture: 'workflow_run.json', inputs: { 'fail-on': 'never' } });
    expect(r.code).toBe(0);
    expect(r.report.stage).toBe('pr');
    expect(state.comments).toHaveLength(1);
  });

  it('writes a SARIF file and names it in the outputs', async () => {
    const repo = cleanToBroken();
    const r = await runAction({ repo, api, event: 'push', fixture: 'push.branch.json', inputs: { sarif: 'out/results.sarif', 'fail-on': 'never' } });
    const file = path.join(repo.dir, 'out/results.sarif');
    expect(r.outputs.sarif).toBe(file);
    const log = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.length).toBe(r.report.findings.length);
  });

  it('fails clearly on a bad input', async () => {
    const repo = cleanToBroken();
    const r = await runAction({ repo, api, event: 'push', fixture: 'push.branch.json', inputs: { 'fail-on': 'sometimes' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('input "fail-on" must be one of error, warning, note, never');
  });
});
