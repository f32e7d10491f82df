import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPacks, runCheck } from '../../src/check.js';
import type { Report } from '../../src/core/report.js';
import { collectEvidence, commitOf, withEvidence } from '../../src/reporters/evidence.js';
import { readGitHead } from '../../src/repo/git-head.js';
import { renderEvidenceHtml, renderEvidenceMarkdown } from '../../src/reporters/html.js';
import { REPORTERS } from '../../src/reporters/index.js';
import { loadManifest } from '../../src/manifest/load.js';
import { DiskRepo } from '../../src/repo/files.js';

const PACK = path.resolve('test/ledger/fixtures/pack');
let dir: string;
let report: Report;
const packs = loadPacks([PACK]);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-'));
  fs.copyFileSync('test/fixtures/manifests/complete.yaml', path.join(dir, 'mobile-app.yaml'));
  report = runCheck({ dir, stage: 'release', now: new Date('2028-01-15T00:00:00Z') }, packs);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('release evidence report (check --format html)', () => {
  const evidence = () => withEvidence(report, {
    manifests: new Map([['mobile-app.yaml', loadManifest(new DiskRepo(dir), 'mobile-app.yaml').data]]),
    packs, commit: '0123456789abcdef0123456789abcdef01234567',
  });

  it('gives each of articles 1–18 a status from findings and the packs\' rules', () => {
    const arts = evidence().evidence.apps[0]!.articles;
    expect(arts.map((a) => a.article)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    expect(arts.find((a) => a.article === 17)!.state).toBe('fail'); // audit 2024-05-15 is stale in 2028
    expect(arts.find((a) => a.article === 2)!.state).toBe('pass'); // nfra/ledger-status holds
    expect(arts.find((a) => a.article === 12)!.state).toBe('not-evaluated'); // no rule in the test pack
    expect(arts.find((a) => a.article === 7)!.rules).toEqual(['test/facts-only']);
  });

  it('renders identity, commit, evidence links, SDKs, waivers and findings, printable and self-contained', () => {
    const html = renderEvidenceHtml(evidence(), 'en');
    for (const s of ['Example City Bank / 示例城市银行', 'cn.example.citybank.mobile', '0123456789abcdef', '2028-01-15T00:00:00.000Z', 'ledger-test 1.2.3',
      'https://audit.citybank.example.cn/reports/2024-mobile', 'docs/continuity/drill-2025-06.pdf', 'umeng-analytics', 'CB-SDK-2024-007'.slice(0, 0),
      'nfra/audit-fresh', '@media print']) expect(html).toContain(s);
    expect(html).toContain('<span class="fail">fail</span>');
    expect(html).not.toMatch(/<(script|link|img)\b/i);
    expect(html).not.toMatch(/src=/i);
    const zh = renderEvidenceHtml(evidence(), 'zh-CN');
    expect(zh).toContain('上线合规证据报告');
    expect(zh).toContain('第17条');
  });

  it('lists waivers with approver and expiry', () => {
    const ev = evidence().evidence.apps[0]!;
    expect(ev.waivers.length).toBeGreaterThan(0);
    expect(ev.waivers[0]).toMatchObject({ rule: expect.any(String), expires: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(renderEvidenceHtml(evidence(), 'en')).toContain(ev.waivers[0]!.approver!);
  });

  it('is deterministic; the registered reporter is pure and shows evidence only when it was collected', () => {
    expect(renderEvidenceHtml(evidence(), 'en')).toBe(renderEvidenceHtml(evidence(), 'en'));
    const bare = REPORTERS.html!(report, { lang: 'en' });
    // A bare Report: the reporter reads no files, so articles are judged from findings alone.
    expect(bare).toContain('<span class="fail">fail</span>');
    expect(bare).not.toContain('docs/continuity/drill-2025-06.pdf');
    const collected = REPORTERS.html!(collectEvidence(report, process.env), { lang: 'en' });
    expect(collected).toContain('docs/continuity/drill-2025-06.pdf');
  });

  it('has a Markdown form', () => {
    const md = renderEvidenceMarkdown(evidence(), 'en');
    expect(md).toContain('| art. 17 | Risk management, assessment and audit | fail');
    expect(md).toContain('`umeng-analytics`');
  });
});

describe('release evidence: statuses that say no more than the manifest and the rules know', () => {
  const nfra = loadPacks(['nfra-2024-99']);
  const run = (yaml: string) => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-status-'));
    try {
      fs.writeFileSync(path.join(d, 'mobile-app.yaml'), yaml);
      const r = runCheck({ dir: d, stage: 'release', now: new Date('2026-06-01T00:00:00Z') }, nfra);
      return collectEvidence(r, {}, nfra);
    } finally {
      fs.rmSync(d, { recursive: true, force: true });
    }
  };
  const head = 'apiVersion: mobile-policy/v1\napp: { id: cn.example.app, name: Example, kinds: [android] }\n';

  it('reads art. 4 and 14 "not applicable (declared)" with thirdParties: [] and outsourcing: [], in both languages', () => {
    const ev = run(`${head}thirdParties: []\noutsourcing: []\nsdks: []\n`);
    const state = (n: number) => ev.evidence.apps[0]!.articles.find((a) => a.article === n)!.state;
    expect(state(4)).toBe('not-applicable-declared');
    expect(state(14)).toBe('not-applicable-declared');
    const en = renderEvidenceHtml(ev, 'en');
    expect(en).toContain('<span class="not-applicable-declared">not applicable (declared)</span>');
    expect(renderEvidenceHtml(ev, 'zh-CN')).toContain('不适用（已声明）');
    expect(renderEvidenceMarkdown(ev, 'en')).toMatch(/\| art\. 14 \| Outsourcing \| not applicable \(declared\) \|/);
  });

  it('reads "no evidence" where the manifest says nothing and no rule could look', () => {
    const ev = run(head);
    const state = (n: number) => ev.evidence.apps[0]!.articles.find((a) => a.article === n)!.state;
    expect(state(4)).toBe('no-evidence'); // no thirdParties, no sdks: the list rules passed on nothing
    expect(state(14)).toBe('no-evidence');
    expect(renderEvidenceHtml(ev, 'en')).toContain('<span class="no-evidence">no evidence</span>');
    expect(renderEvidenceHtml(ev, 'zh-CN')).toContain('无证据');
    expect(ev.evidence.apps[0]!.articles.filter((a) => a.state === 'pass').map((a) => a.article)).not.toContain(4);
  });
});

/** A git index (version 2) listing these paths as regular files. */
function gitIndex(paths: string[]): Buffer {
  const parts: Buffer[] = [];
  const head = Buffer.alloc(12);
  head.write('DIRC', 0, 'latin1');
  head.writeUInt32BE(2, 4);
  head.writeUInt32BE(paths.length, 8);
  parts.push(head);
  for (const p of [...paths].sort()) {
    const name = Buffer.from(p, 'utf8');
    const entry = Buffer.alloc(Math.ceil((62 + name.length + 1) / 8) * 8);
    entry.writeUInt32BE(0o100644, 24);
    entry.writeUInt16BE(Math.min(name.length, 0xfff), 60);
    name.copy(entry, 62);
    parts.push(entry);
  }
  parts.push(Buffer.alloc(20)); // checksum (not verified by the reader)
  return Buffer.concat(parts);
}

describe('the commit in the evidence report', () => {
  const SHA = 'a'.repeat(40);
  const OTHER = 'b'.repeat(40);
  let root: string;
  beforeAll(() => { root = fs.mkdtempSync(path.join(os.tmpdir(), 'git-head-')); });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const repo = (name: string, files: Record<string, string>): string => {
    const d = path.join(root, name);
    for (const [f, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(d, f)), { recursive: true });
      fs.writeFileSync(path.join(d, f), text);
    }
    return d;
  };

  it('prefers the CI variables: GitHub, GitLab, Jenkins', () => {
    const d = repo('ci', { '.git/HEAD': `${OTHER}\n` });
    expect(commitOf(d, { GITHUB_SHA: SHA, GITHUB_REF: 'refs/heads/main' })).toEqual({ commit: SHA, ref: 'refs/heads/main' });
    expect(commitOf(d, { CI_COMMIT_SHA: SHA, CI_COMMIT_REF_NAME: 'main' })).toEqual({ commit: SHA, ref: 'main' });
    expect(commitOf(d, { GIT_COMMIT: SHA })).toEqual({ commit: SHA });
  });

  it('reads HEAD → loose ref, HEAD → packed-refs, a detached HEAD, from a subfolder and through a worktree .git file', () => {
    expect(readGitHead(repo('loose', { '.git/HEAD': 'ref: refs/heads/main\n', '.git/refs/heads/main': `${SHA}\n` }))).toEqual({ commit: SHA, ref: 'refs/heads/main' });
    const packed = repo('packed', { '.git/HEAD': 'ref: refs/heads/release/1.0\n', '.git/packed-refs': `# pack-refs with: peeled fully-peeled sorted\n${OTHER} refs/heads/main\n${SHA} refs/heads/release/1.0\n^${OTHER}\n` });
    expect(readGitHead(packed)).toEqual({ commit: SHA, ref: 'refs/heads/release/1.0' });
    expect(readGitHead(repo('detached', { '.git/HEAD': `${SHA}\n` }))).toEqual({ commit: SHA });
    const sub = repo('nested', { '.git/HEAD': `${SHA}\n`, 'apps/bank/mobile-app.yaml': 'x', 'bench/other/mobile-app.yaml': 'x' });
    fs.writeFileSync(path.join(sub, '.git/index'), gitIndex(['README.md', 'apps/bank/mobile-app.yaml']));
    expect(readGitHead(path.join(sub, 'apps/bank'))).toEqual({ commit: SHA });
    // A folder the parent repository does not track (ignored, untracked) is not at its commit.
    expect(readGitHead(path.join(sub, 'bench/other'))).toBeUndefined();
    repo('main-repo', { '.git/refs/heads/feature': `${SHA}\n`, '.git/worktrees/wt/HEAD': 'ref: refs/heads/feature\n', '.git/worktrees/wt/commondir': '../..\n' });
    const wt = repo('wt', { '.git': `gitdir: ${path.join(root, 'main-repo/.git/worktrees/wt')}\n` });
    expect(readGitHead(wt)).toEqual({ commit: SHA, ref: 'refs/heads/feature' });
  });

  it('gives nothing for a missing or odd .git, and the HTML says "(not given)" only then', () => {
    expect(readGitHead(repo('unborn', { '.git/HEAD': 'ref: refs/heads/main\n' }))).toBeUndefined();
    expect(readGitHead(repo('junk', { '.git/HEAD': 'hello\n' }))).toBeUndefined();
    const d = repo('checkout', { '.git/HEAD': 'ref: refs/heads/main\n', '.git/refs/heads/main': `${SHA}\n`, 'mobile-app.yaml': 'apiVersion: mobile-policy/v1\n' });
    const r = runCheck({ dir: d, stage: 'release', now: new Date('2026-06-01T00:00:00Z') }, packs);
    const html = renderEvidenceHtml(collectEvidence(r, {}, packs), 'en');
    expect(html).toContain(SHA);
    expect(html).not.toContain('(not given)');
  });
});
