import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPacks, runCheck } from '../../src/check.js';
import type { Report } from '../../src/core/report.js';
import { collectEvidence, withEvidence } from '../../src/reporters/evidence.js';
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
