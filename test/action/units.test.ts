import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ANNOTATIONS_PER_LEVEL, selectAnnotations } from '../../src/action/annotations.js';
import { newFingerprints } from '../../src/core/baseline.js';
import { fromApiFiles, parseUnifiedDiff, touches } from '../../src/action/changes.js';
import { readEventContext, stageFromEvent } from '../../src/action/context.js';
import { Git, safeRelative } from '../../src/repo/git.js';
import { readConfig } from '../../src/action/inputs.js';
import { diffInventory } from '../../src/action/inventory-diff.js';
import { fit, renderComment, renderSummary, type EdgeResult } from '../../src/action/summary.js';
import { extractTar } from '../../src/github/tarball.js';
import type { Finding } from '../../src/core/types.js';
import { finding, report } from '../reporters/fixture.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

describe('stage from the event', () => {
  it.each([
    ['pull_request', '', {}, 'pr'],
    ['pull_request_target', '', {}, 'pr'],
    ['merge_group', '', {}, 'pr'],
    ['release', '', {}, 'release'],
    ['push', 'refs/tags/v1', {}, 'release'],
    ['push', 'refs/heads/main', {}, undefined],
    ['workflow_dispatch', '', { inputs: { stage: 'release' } }, 'release'],
    ['workflow_dispatch', '', { inputs: {} }, undefined],
    ['schedule', '', {}, undefined],
  ] as const)('%s %s → %s', (event, ref, payload, stage) => {
    expect(stageFromEvent(event, ref, payload)).toBe(stage);
  });

  it('rejects a dispatch asking for an unknown stage', () => {
    expect(() => stageFromEvent('workflow_dispatch', '', { inputs: { stage: 'prod' } })).toThrow(/must be one of pr, release/);
  });

  it('reads pull request, fork and merge-group facts from payload fixtures', () => {
    const file = path.join(os.tmpdir(), `ev-${process.pid}.json`);
    const load = (fixture: string, name: string) => {
      fs.writeFileSync(file, fs.readFileSync(path.join(ROOT, 'test/fixtures/events', fixture), 'utf8').replaceAll('${BASE_SHA}', 'b'.repeat(40)).replaceAll('${HEAD_SHA}', 'h'.repeat(40)));
      return readEventContext({ GITHUB_EVENT_PATH: file, GITHUB_EVENT_NAME: name, GITHUB_REPOSITORY: 'bank/app', GITHUB_SHA: 'm'.repeat(40) });
    };
    const pr = load('pull_request.json', 'pull_request');
    expect(pr).toMatchObject({ owner: 'bank', repo: 'app', sha: 'h'.repeat(40), pr: { number: 7, baseSha: 'b'.repeat(40), fork: false } });
    expect(load('pull_request.fork.json', 'pull_request').pr!.fork).toBe(true);
    expect(load('merge_group.json', 'merge_group').compare).toEqual({ baseSha: 'b'.repeat(40), headSha: 'h'.repeat(40) });
    expect(load('workflow_run.json', 'workflow_run')).toMatchObject({ stage: 'pr', workflowRun: { headSha: 'h'.repeat(40), prNumbers: [] } });
  });
});

describe('inputs', () => {
  const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';
  it('reads defaults and validates', () => {
    const c = readConfig({ GITHUB_WORKSPACE: '/ws' }, reader({ 'github-token': 't' }));
    expect(c).toMatchObject({ path: '/ws', stage: undefined, failOn: 'error', comment: true, checkRun: false, onlyNew: false, token: 't' });
    expect(() => readConfig({ GITHUB_WORKSPACE: '/ws' }, reader({ comment: 'maybe' }))).toThrow(/"comment" must be true or false/);
    expect(() => readConfig({ GITHUB_WORKSPACE: '/ws' }, reader({ path: '../x' }))).toThrow(/inside the workspace/);
    expect(() => readConfig({ GITHUB_WORKSPACE: '/ws' }, reader({ 'policy-repo': 'org/p' }))).toThrow(/policy-ref/);
    expect(readConfig({ GITHUB_WORKSPACE: '/ws' }, reader({ rule: 'nfra/sdk-*\nnfra/two-lists', 'skip-rule': 'manifest/todo' })).focus).toEqual({ only: ['nfra/sdk-*', 'nfra/two-lists'], skip: ['manifest/todo'] });
    expect(readConfig({ GITHUB_WORKSPACE: '/ws' }, reader({ 'policy-repo': 'org/p', 'policy-ref': 'v1', sarif: 'r.sarif' }))).toMatchObject({ policyRepo: { owner: 'org', repo: 'p' }, policyRef: 'v1', sarif: '/ws/r.sarif' });
  });
});

describe('changed lines', () => {
  it('parses git and API diffs', () => {
    const diff = 'diff --git a/a.txt b/a.txt\n--- a/a.txt\n+++ b/a.txt\n@@ -1,0 +2,3 @@\n+x\n@@ -10 +14 @@\n-y\n+z\ndiff --git a/gone b/gone\n--- a/gone\n+++ /dev/null\n@@ -1 +0,0 @@\n-q\n';
    const files = parseUnifiedDiff(diff);
    expect(files.get('a.txt')).toEqual([[2, 4], [14, 14]]);
    expect(files.get('gone')).toEqual([]);
    const api = fromApiFiles([{ filename: 'b.kts', patch: '@@ -3,0 +4,2 @@\n+a\n+b' }, { filename: 'img.png' }], false);
    expect(touches(api, 'b.kts', 5)).toBe('line');
    expect(touches(api, 'b.kts', 9)).toBe('file');
    expect(touches(api, 'img.png')).toBe('file');
    expect(touches(api, 'other')).toBeUndefined();
  });
});

describe('new versus existing', () => {
  it('finds exactly the 3 new findings among 500 existing, whatever their lines', () => {
    const base = Array.from({ length: 500 }, (_, i) => finding({ ruleId: 'nfra/sdk-declared', fingerprint: `fp${i}`, location: { file: 'build.gradle', line: i + 1 } }));
    const head = [
      ...Array.from({ length: 3 }, (_, i) => finding({ ruleId: 'nfra/sdk-declared', fingerprint: `new${i}`, location: { file: 'build.gradle', line: i + 1 } })),
      ...base.map((f) => ({ ...f, location: { ...f.location, line: f.location.line! + 3 } })),
    ];
    const fresh = newFingerprints(head, base);
    expect([...fresh].map((f) => f.fingerprint)).toEqual(['new0', 'new1', 'new2']);
  });

  it('counts duplicates', () => {
    const a = finding({ ruleId: 'r', fingerprint: 'same' });
    expect(newFingerprints([a, { ...a }], [a]).size).toBe(1);
  });
});

describe('annotations', () => {
  it('puts new findings on changed lines first and keeps 10 per level', () => {
    const list: Finding[] = Array.from({ length: 30 }, (_, i) => finding({ ruleId: `r${i}`, fingerprint: `f${i}`, location: { file: 'a.kts', line: i + 1 } }));
    const changes = fromApiFiles([{ filename: 'app/a.kts', patch: '@@ -0,0 +25,2 @@\n+x\n+y' }], false);
    const fresh = new Set([list[20]!, list[24]!]);
    const picked = selectAnnotations(list, 'app', changes, fresh);
    expect(picked).toHaveLength(ANNOTATIONS_PER_LEVEL - 1); // one error kept for the failed-gate line
    const warnings = list.map((f) => ({ ...f, severity: 'warning' as const }));
    expect(selectAnnotations(warnings, '')).toHaveLength(ANNOTATIONS_PER_LEVEL - 1); // one kept for the edge's notice
    expect(picked.map((a) => a.finding.ruleId).slice(0, 3)).toEqual(['r24', 'r20', 'r25']);
    expect(picked[0]!.file).toBe('app/a.kts');
  });
});

describe('summary and comment', () => {
  const many = Array.from({ length: 3000 }, (_, i) => finding({ ruleId: `nfra/rule-${i}`, fingerprint: `f${i}`, message: { en: 'x'.repeat(400), 'zh-CN': '说明'.repeat(200) } }));
  const result = (findings: Finding[], over: Partial<EdgeResult> = {}): EdgeResult => ({
    report: report(findings), fresh: new Set(findings.slice(0, 2)), inventory: [], pending: [], notices: [], failOn: 'error', onlyNew: false, failed: findings.length, ...over,
  });

  it('keeps the comment under 65,536 characters with a truncation note', () => {
    const body = renderComment(result(many), 'en', '<!-- mobile-policy:comment -->');
    expect(body.length).toBeLessThan(65_536);
    expect(body).toMatch(/truncated to fit GitHub's size limit; \d+ more lines not shown/);
  });

  it('keeps the summary under 1 MiB', () => {
    const huge = Array.from({ length: 5000 }, (_, i) => finding({ ruleId: `r${i}`, fingerprint: `f${i}`, message: { en: 'y'.repeat(400), 'zh-CN': 'y' } }));
    const s = renderSummary(result(huge), 'en');
    expect(Buffer.byteLength(s)).toBeLessThan(1024 * 1024);
    expect(s).toContain('1 MiB');
  });

  it('collapses to all clear', () => {
    expect(renderComment(result([]), 'en', 'H')).toContain('all clear');
    expect(renderComment(result([]), 'zh-CN', 'H')).toContain('全部通过');
  });

  it('shows pending waivers and the inventory diff', () => {
    const s = renderSummary(result([finding({ ruleId: 'r' })], {
      pending: [{ app: 'mobile-app.yaml', rule: 'nfra/x', reason: 'because' }],
      inventory: [{ app: 'mobile-app.yaml', changes: [{ change: 'added', purl: 'pkg:maven/com.umeng/common', name: 'common', to: '9.6.3', sdk: 'Umeng', categories: ['analytics'], declared: false, direct: true }] }],
    }), 'en');
    expect(s).toContain('Waivers pending approval (1)');
    expect(s).toContain('| added | `pkg:maven/com.umeng/common` | 9.6.3 | Umeng | analytics | ❌ |');
  });

  it('fit leaves short text alone', () => {
    expect(fit(['a', 'b'], 100, (s) => s.length, () => 'cut')).toBe('a\nb');
  });
});

describe('inventory diff', () => {
  const e = (purl: string, version: string, sdk?: string) => ({ purl: `${purl}@${version}`, ecosystem: 'maven', name: purl, version, direct: true, scope: 'runtime' as const, sdk: sdk ? { id: sdk, name: sdk, vendor: 'v', categories: ['push'] } : null, locations: [] });
  it('lists added, upgraded and removed components with declaration', () => {
    const out = diffInventory([e('pkg:maven/a/a', '1'), e('pkg:maven/b/b', '1')], [e('pkg:maven/a/a', '2'), e('pkg:maven/c/c', '1', 'jpush')], { sdks: [{ id: 'jpush' }] });
    expect(out.map((c) => [c.change, c.purl, c.declared])).toEqual([
      ['added', 'pkg:maven/c/c', true],
      ['upgraded', 'pkg:maven/a/a', false],
      ['removed', 'pkg:maven/b/b', false],
    ]);
  });
});

describe('git plumbing', () => {
  it('exports a commit without running repository hooks, filters or fsmonitor', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-git-'));
    const g = (...a: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...a], { cwd: dir, encoding: 'utf8' }).trim();
    g('init', '-q');
    fs.writeFileSync(path.join(dir, 'a.txt'), 'secret\n');
    fs.writeFileSync(path.join(dir, '.gitattributes'), 'a.txt filter=evil\n');
    g('add', '-A');
    g('commit', '-q', '-m', 'x');
    const sha = g('rev-parse', 'HEAD');
    const marker = path.join(dir, 'pwned');
    g('config', 'filter.evil.smudge', `touch ${marker}; cat`);
    g('config', 'core.fsmonitor', `touch ${marker}`);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-out-'));
    const git = new Git(dir);
    expect(git.hasCommit(sha)).toBe(true);
    expect(git.hasCommit('not-a-sha')).toBe(false);
    expect(git.exportTree(sha, out)).toBe(2);
    expect(fs.readFileSync(path.join(out, 'a.txt'), 'utf8')).toBe('secret\n');
    git.diff(sha, sha);
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('refuses unsafe paths', () => {
    expect(safeRelative('a/b')).toBe(true);
    for (const p of ['../x', '/etc/passwd', 'a/../../x', '.git/config', '']) expect(safeRelative(p)).toBe(false);
  });
});

describe('tar extraction', () => {
  function header(name: string, size: number, type = '0'): Buffer {
    const h = Buffer.alloc(512);
    h.write(name, 0);
    h.write(size.toString(8).padStart(11, '0') + '\0', 124);
    h.write(type, 156);
    return h;
  }
  function entry(name: string, body: string, type = '0'): Buffer {
    const b = Buffer.from(body);
    return Buffer.concat([header(name, b.length, type), b, Buffer.alloc((512 - (b.length % 512)) % 512)]);
  }
  it('writes regular files only, strips the top folder, honours pax paths and refuses escapes', () => {
    const pax = '30 path=top/deep/long-name.txt\n';
    const tar = Buffer.concat([
      entry('top/a.txt', 'A'),
      entry('top/../../evil.txt', 'E'),
      entry('top/link', '', '2'),
      entry('pax', pax, 'x'), entry('top/short', 'L'),
      Buffer.alloc(1024),
    ]);
    const dest = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-tar-'));
    expect(extractTar(tar, dest, { stripComponents: 1 })).toBe(2);
    expect(fs.readFileSync(path.join(dest, 'a.txt'), 'utf8')).toBe('A');
    expect(fs.readFileSync(path.join(dest, 'deep/long-name.txt'), 'utf8')).toBe('L');
    expect(fs.existsSync(path.join(dest, '..', 'evil.txt'))).toBe(false);
    expect(zlib.gzipSync(tar).length).toBeGreaterThan(0);
  });
});
