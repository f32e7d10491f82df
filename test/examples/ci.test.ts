// The GitLab CI template and the Jenkinsfile in examples/ci/, run as their jobs run them: each
// documented command line is executed (the bundled CLI standing for `npx mobile-policy@VERSION`)
// in a copy of an example app, and the files the CI system collects must be the ones written.
// (npm test builds dist/ first.)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const PINNED = `npx --yes mobile-policy@${VERSION}`;
const codeQuality = new Ajv({ allErrors: true, strictRequired: false })
  .compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/reporters/gitlab-code-quality.schema.json'), 'utf8')) as object);

interface GitLabJob {
  image?: string;
  rules?: { if: string }[];
  script: string[];
  artifacts: { when?: string; reports?: Record<string, string>; paths?: string[] };
}

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) fs.rmSync(dir, { recursive: true, force: true });
});

function appCopy(example: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-ci-'));
  copies.push(dir);
  fs.cpSync(path.join(ROOT, 'examples', example), dir, { recursive: true });
  return dir;
}

/** `$MOBILE_POLICY check . --format x ...` → the exit code of the same arguments given to dist/cli.js. */
function runLine(line: string, cwd: string, env: Record<string, string> = {}): number {
  const m = /^\$MOBILE_POLICY (.+)$/.exec(line);
  if (!m) throw new Error(`not a mobile-policy command: ${line}`);
  const args = m[1]!.split(/\s+/);
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd, encoding: 'utf8', timeout: 60_000,
    env: { PATH: process.env.PATH ?? '', MOBILE_POLICY_NOW: '2026-11-28', LANG: 'C', ...env },
  });
  expect(r.stderr).not.toMatch(/internal error|unknown option|must be one of/);
  return r.status ?? -1;
}

describe('examples/ci/gitlab-ci.yml', { timeout: 120_000 }, () => {
  const ci = parse(fs.readFileSync(path.join(ROOT, 'examples/ci/gitlab-ci.yml'), 'utf8')) as Record<string, unknown>;
  const job = ci['mobile-policy'] as GitLabJob;
  const release = ci['mobile-policy-release'] as GitLabJob;

  it('pins the package version being released, on a Node image the package supports', () => {
    expect((ci.variables as Record<string, string>).MOBILE_POLICY).toBe(PINNED);
    for (const j of [job, release]) expect(j.image).toMatch(/^node:(20|22|24)\b/);
    expect(job.rules?.map((r) => r.if)).toContain('$CI_PIPELINE_SOURCE == "merge_request_event"');
    expect(release.rules?.map((r) => r.if)).toEqual(['$CI_COMMIT_TAG']);
  });

  it('the merge request job writes the Code Quality and JUnit reports it declares, and fails on errors', () => {
    const reports = job.artifacts.reports!;
    expect(job.artifacts.when).toBe('always');
    expect(Object.keys(reports).sort()).toEqual(['codequality', 'junit']);
    expect(job.script.some((l) => l.includes(`--format gitlab --output ${reports.codequality}`))).toBe(true);
    expect(job.script.some((l) => l.includes(`--format junit --output ${reports.junit}`))).toBe(true);

    const dirty = appCopy('android-bank');
    const codes = job.script.map((line) => runLine(line, dirty, { CI_COMMIT_SHA: 'a'.repeat(40) }));
    expect(codes).toEqual([0, 0, 1]);
    const quality = JSON.parse(fs.readFileSync(path.join(dirty, reports.codequality!), 'utf8')) as unknown[];
    expect(codeQuality(quality), JSON.stringify(codeQuality.errors)).toBe(true);
    expect(quality.length).toBeGreaterThan(0);
    expect(fs.readFileSync(path.join(dirty, reports.junit!), 'utf8')).toMatch(/<testsuites [^>]*failures="[1-9]/);

    const clean = appCopy('clean-android-bank');
    expect(job.script.map((line) => runLine(line, clean))).toEqual([0, 0, 0]);
    expect(JSON.parse(fs.readFileSync(path.join(clean, reports.codequality!), 'utf8'))).toEqual([]);
  });

  it('the release job writes the evidence report it keeps', () => {
    expect(release.artifacts.paths).toEqual(['mobile-policy-evidence.html']);
    expect(release.script.every((l) => l.includes('--stage release'))).toBe(true);
    const clean = appCopy('clean-android-bank');
    const codes = release.script.map((line) => runLine(line, clean, { CI_COMMIT_SHA: 'b'.repeat(40) }));
    expect(codes[0]).toBe(0);
    const html = fs.readFileSync(path.join(clean, 'mobile-policy-evidence.html'), 'utf8');
    expect(html).toContain('<html');
    expect(html).toContain('b'.repeat(40).slice(0, 12));
  });
});

describe('examples/ci/Jenkinsfile', { timeout: 120_000 }, () => {
  const text = fs.readFileSync(path.join(ROOT, 'examples/ci/Jenkinsfile'), 'utf8');
  const env = /MOBILE_POLICY = '([^']+)'/.exec(text)?.[1];
  const stages = text.split(/\n\s*stage\('/).slice(1);
  const shLines = (stage: string) => [...stage.matchAll(/^\s*sh '([^']+)'$/gm)].map((m) => m[1]!);

  it('pins the package version being released', () => {
    expect(env).toBe(PINNED);
    expect(stages.map((s) => s.slice(0, s.indexOf("'")))).toEqual(['mobile-policy', 'mobile-policy release gate']);
  });

  it('the check stage writes the JUnit and SARIF files its post step records, and fails on errors', () => {
    const [check] = stages;
    const lines = shLines(check!);
    const junit = /junit testResults: '([^']+)'/.exec(check!)?.[1];
    const sarif = /sarif\(pattern: '([^']+)'/.exec(check!)?.[1];
    expect(lines.some((l) => l.includes(`--format junit --output ${junit}`))).toBe(true);
    expect(lines.some((l) => l.includes(`--format sarif --output ${sarif}`))).toBe(true);

    const dirty = appCopy('android-bank');
    expect(lines.map((l) => runLine(l, dirty, { GIT_COMMIT: 'c'.repeat(40) }))).toEqual([0, 0, 1]);
    expect(fs.readFileSync(path.join(dirty, junit!), 'utf8')).toMatch(/<testsuites [^>]*failures="[1-9]/);
    const log = JSON.parse(fs.readFileSync(path.join(dirty, sarif!), 'utf8')) as { version: string; runs: { results: unknown[] }[] };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.results.length).toBeGreaterThan(0);
  });

  it('the release stage runs on tags and archives the evidence report it writes', () => {
    const gate = stages[1]!;
    expect(gate).toContain('when { buildingTag() }');
    const archived = /archiveArtifacts artifacts: '([^']+)'/.exec(gate)?.[1];
    const clean = appCopy('clean-android-bank');
    const lines = shLines(gate);
    expect(lines.every((l) => l.includes('--stage release'))).toBe(true);
    expect(runLine(lines[0]!, clean)).toBe(0);
    expect(fs.existsSync(path.join(clean, archived!))).toBe(true);
  });
});
