// End-to-end harness: a temporary git repository with base and head commits, event payloads
// from test/fixtures/events, and dist/index.js run as a child process against FakeGitHub.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FakeGitHub, FakeRequest } from '../github/fake-api.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'dist/index.js');
export const OWNER = 'bank';
export const REPO = 'app';

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' }).trim();
}

export function copyExample(name: string, dest: string): void {
  fs.cpSync(path.join(ROOT, 'examples', name), dest, { recursive: true });
}

export interface TestRepo { dir: string; baseSha: string; headSha: string; tmp: string }

/** base() writes the base commit's files, head() edits them into the head commit. */
export function makeRepo(base: (dir: string) => void, head: (dir: string) => void): TestRepo {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-e2e-'));
  const dir = path.join(tmp, 'repo');
  fs.mkdirSync(dir);
  git(dir, 'init', '-q');
  base(dir);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-q', '-b', 'feature');
  head(dir);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'head');
  const headSha = git(dir, 'rev-parse', 'HEAD');
  return { dir, baseSha, headSha, tmp };
}

export function tarballOf(repo: TestRepo, sha: string): Buffer {
  return execFileSync('git', ['archive', '--format=tar.gz', `--prefix=${OWNER}-${REPO}-${sha.slice(0, 7)}/`, sha], { cwd: repo.dir, maxBuffer: 64 * 1024 * 1024 });
}

export function writeEvent(repo: TestRepo, fixture: string): string {
  const text = fs.readFileSync(path.join(ROOT, 'test/fixtures/events', fixture), 'utf8')
    .replaceAll('${BASE_SHA}', repo.baseSha)
    .replaceAll('${HEAD_SHA}', repo.headSha);
  const file = path.join(repo.tmp, `event-${fixture}`);
  fs.writeFileSync(file, text);
  return file;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  report: { stage: string; summary: Record<string, number>; findings: { ruleId: string; new: boolean; fingerprint: string; waived: boolean }[]; github: Record<string, unknown> };
}

export async function runAction(opts: {
  repo: TestRepo;
  api: FakeGitHub;
  event: string;
  fixture: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  workspace?: string;
}): Promise<RunResult> {
  const { repo, api } = opts;
  const runnerTemp = fs.mkdtempSync(path.join(repo.tmp, 'runner-'));
  const outputFile = path.join(runnerTemp, 'output');
  const summaryFile = path.join(runnerTemp, 'summary.md');
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(summaryFile, '');
  const inputs: Record<string, string> = { path: '.', 'fail-on': 'error', lang: 'en', 'github-token': 'ghs_test', comment: 'true', 'check-run': 'false', ...opts.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? repo.tmp,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: opts.event,
    GITHUB_EVENT_PATH: writeEvent(repo, opts.fixture),
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_SHA: repo.headSha,
    GITHUB_REF: opts.event === 'push' && opts.fixture.includes('tag') ? 'refs/tags/v5.0.0' : 'refs/heads/feature',
    GITHUB_API_URL: api.url,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_WORKSPACE: opts.workspace ?? repo.dir,
    RUNNER_TEMP: runnerTemp,
    MOBILE_POLICY_NOW: '2026-11-28',
    MOBILE_POLICY_API_RETRY_UNIT_MS: '2',
    MOBILE_POLICY_API_TIMEOUT_MS: '1500',
    ...opts.env,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const child = spawn(process.execPath, [DIST], { cwd: opts.workspace ?? repo.dir, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const reportFile = path.join(runnerTemp, 'mobile-policy-report.json');
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(fs.readFileSync(outputFile, 'utf8')),
    summary: fs.readFileSync(summaryFile, 'utf8'),
    report: fs.existsSync(reportFile) ? JSON.parse(fs.readFileSync(reportFile, 'utf8')) : undefined,
  };
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

/** A small stateful GitHub: issue comments, check runs, pull files, tarballs, pulls. */
export class RepoState {
  comments: { id: number; body: string }[] = [];
  checkRuns: { id: number; requests: FakeRequest['body'][] }[] = [];
  private nextId = 100;

  constructor(readonly api: FakeGitHub, readonly repo: TestRepo, readonly pr = 7) {}

  install(): this {
    const api = this.api;
    const base = `/repos/${OWNER}/${REPO}`;
    api.on('GET', `${base}/issues/:n/comments`, (req) => {
      const per = Number(req.query.get('per_page') ?? 30);
      const page = Number(req.query.get('page') ?? 1);
      const slice = this.comments.slice((page - 1) * per, page * per);
      const more = page * per < this.comments.length;
      const headers: Record<string, string> = more ? { link: `<${api.url}${req.path}?per_page=${per}&page=${page + 1}>; rel="next"` } : {};
      return { body: slice, headers };
    });
    api.on('POST', `${base}/issues/:n/comments`, (req) => {
      const c = { id: this.nextId++, body: (req.body as { body: string }).body };
      this.comments.push(c);
      return { status: 201, body: c };
    });
    api.on('PATCH', `${base}/issues/comments/:id`, (req, [id]) => {
      const c = this.comments.find((x) => x.id === Number(id));
      if (!c) return { status: 404, body: { message: 'Not Found' } };
      c.body = (req.body as { body: string }).body;
      return { body: c };
    });
    api.on('POST', `${base}/check-runs`, (req) => {
      const run = { id: this.nextId++, requests: [req.body] };
      this.checkRuns.push(run);
      return { status: 201, body: { id: run.id } };
    });
    api.on('PATCH', `${base}/check-runs/:id`, (req, [id]) => {
      this.checkRuns.find((r) => r.id === Number(id))?.requests.push(req.body);
      return { body: { id: Number(id) } };
    });
    api.on('GET', `${base}/pulls/:n/files`, () => {
      const diff = execFileSync('git', ['diff', '--no-color', '-U0', this.repo.baseSha, this.repo.headSha], { cwd: this.repo.dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      const files = diff.split(/^diff --git /m).filter(Boolean).map((chunk) => {
        const name = /^a\/\S+ b\/(\S+)/.exec(chunk)![1]!;
        const at = chunk.indexOf('\n@@');
        return { filename: name, status: 'modified', patch: at >= 0 ? chunk.slice(at + 1) : undefined };
      });
      return { body: files };
    });
    api.on('GET', new RegExp(`^${base}/tarball/(.+)$`), (_req, [ref]) => ({ body: tarballOf(this.repo, ref!), headers: { 'content-type': 'application/x-gzip' } }));
    api.on('GET', `${base}/pulls/:n`, (_req, [n]) => ({ body: this.pull(Number(n)) }));
    api.on('GET', `${base}/pulls`, () => ({ body: [this.pull(this.pr)] }));
    return this;
  }

  pull(n: number): object {
    return { number: n, base: { sha: this.repo.baseSha, repo: { full_name: `${OWNER}/${REPO}` } }, head: { sha: this.repo.headSha, repo: { full_name: `someone/${REPO}` } } };
  }
}

export function annotations(stdout: string): { level: string; props: string; message: string }[] {
  return [...stdout.matchAll(/^::(error|warning|notice)( [^:]*)?::(.*)$/gm)].map((m) => ({ level: m[1]!, props: m[2] ?? '', message: m[3]! }));
}
