// Waivers done right: approver required, org waiver file with app globs, --no-waivers honoured,
// and every waived finding shows who approved it and until when in every format.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/types.js';
import { applyWaivers, fingerprint, loadWaiverFile } from '../../src/engine/index.js';
import { manifest } from '../engine/helpers.js';
import { cli, ROOT, writeTree } from './helpers.js';

const NOW = new Date('2026-06-30T00:00:00Z');

function finding(ruleId: string, subject: string): Finding {
  return {
    ruleId, severity: 'error', title: { en: 't', 'zh-CN': '标' }, message: { en: 'm', 'zh-CN': '消' }, articles: [6],
    location: { file: 'mobile-app.yaml', line: 1 }, fingerprint: fingerprint(ruleId, 'mobile-app.yaml', subject), subject, waived: false, app: 'mobile-app.yaml',
  };
}

const APP = manifest('apiVersion: mobile-policy/v1\napp:\n  id: cn.example.bank.retail\n');

describe('waivers', () => {
  it('an unapproved waiver is a finding and does not apply', () => {
    const m = manifest('app:\n  id: x\nwaivers:\n  - { rule: nfra/sdk-purpose, reason: r, expires: "2026-08-01" }\n');
    const { findings, extra } = applyWaivers([finding('nfra/sdk-purpose', 's')], m, NOW);
    expect(findings[0]!.waived).toBe(false);
    expect(extra.map((f) => [f.ruleId, f.location.line, f.message.en])).toEqual([['policy/waiver-invalid', 4, expect.stringMatching(/has no approver/)]]);
    expect(extra[0]!.message['zh-CN']).toMatch(/没有批准人/);
  });

  it('reads an org waiver file and applies entries whose app glob matches, located in that file', () => {
    const dir = writeTree({
      'waivers.yaml': [
        '# org-wide waivers',
        '- rule: nfra/sdk-purpose',
        '  app: "cn.example.bank.*"',
        '  scope: sdk:umeng',
        '  reason: vendor statement pending',
        '  ticket: RISK-9',
        '  approvedBy: { name: Zhang Wei, email: zhang.wei@example.com }',
        '  expires: "2026-09-30"',
        '- { rule: nfra/drill-fresh, app: "cn.other.*", reason: r, approvedBy: { name: A }, expires: "2026-09-30" }',
        '- { rule: nfra/audit-fresh, reason: r, approvedBy: { name: A }, expires: "2026-01-01" }',
        '- { rule: nfra/complaint-channel, reason: r, approvedBy: { name: A }, expires: "2027-06-30" }',
        '',
      ].join('\n'),
    });
    const org = loadWaiverFile(path.join(dir, 'waivers.yaml'), dir);
    const fs0 = [finding('nfra/sdk-purpose', 'sdk:umeng'), finding('nfra/drill-fresh', 'x')];
    const { findings, extra } = applyWaivers(fs0, APP, NOW, { maxWaiverDays: 180 }, org);
    expect(findings.map((f) => f.waived)).toEqual([true, false]);
    expect(findings[0]!.waiver).toMatchObject({ approvedBy: { name: 'Zhang Wei' }, expires: '2026-09-30', ticket: 'RISK-9', location: { file: 'waivers.yaml', line: 2 } });
    expect(extra.map((f) => [f.ruleId, f.location.file, f.location.line])).toEqual([
      ['policy/waiver-expired', 'waivers.yaml', 10],
      ['policy/waiver-invalid', 'waivers.yaml', 11],
    ]);
  });

  it('accepts a map with a waivers list, and rejects unknown keys with file and line', () => {
    const dir = writeTree({ 'a.yaml': 'waivers:\n  - { rule: nfra/x, reason: r, approvedBy: { name: A }, expires: "2026-08-01" }\n', 'b.yaml': '- { rule: nfra/x, reson: r }\n', 'c.yaml': 'rule: x\n' });
    expect(loadWaiverFile('a.yaml', dir).entries).toHaveLength(1);
    expect(() => loadWaiverFile('b.yaml', dir)).toThrow(/b\.yaml:1:\d+: unknown waiver key "reson"/);
    expect(() => loadWaiverFile('c.yaml', dir)).toThrow(/c\.yaml:1:1: a waiver file is a YAML list/);
    expect(() => loadWaiverFile('missing.yaml', dir)).toThrow(/cannot read it/);
  });

  it('scopes by data flow name', () => {
    const m = manifest('waivers:\n  - { rule: nfra/data-flow-purpose, scope: account login, reason: r, approvedBy: { name: A }, expires: "2026-08-01" }\n');
    const r = applyWaivers([finding('nfra/data-flow-purpose', 'dataflow:account login'), finding('nfra/data-flow-purpose', 'dataflow:other')], m, NOW);
    expect(r.findings.map((f) => f.waived)).toEqual([true, false]);
  });
});

describe('check --waivers and --no-waivers', () => {
  const EXAMPLE = 'examples/clean-android-bank';
  // The CLI helper fixes MOBILE_POLICY_NOW at 2026-06-30: expire 60 days later.
  const EXPIRES = '2026-08-29';
  const orgFile = () => writeTree({
    'org-waivers.yaml': `- rule: nfra/complaint-channel\n  app: "cn.example.*"\n  reason: BCM review in progress\n  ticket: BCM-7\n  approvedBy: { name: Zhang Wei }\n  expires: "${EXPIRES}"\n`,
  });

  it('shows org-waived findings as waived, with approver and date, in every format', async () => {
    // A copy of the clean example without a complaint channel, so nfra/complaint-channel fires (at pr:
    // at release, markdown and html are the release evidence report).
    const repo = writeTree({});
    fs.cpSync(path.join(ROOT, EXAMPLE), repo, { recursive: true });
    const mf = path.join(repo, 'mobile-app.yaml');
    fs.writeFileSync(mf, fs.readFileSync(mf, 'utf8').replace(/^\s+complaintChannel:.*$/m, ''));
    const waivers = path.join(orgFile(), 'org-waivers.yaml');
    const plain = await cli(['check', repo, '--stage', 'pr', '--format', 'json']);
    const rto = (JSON.parse(plain.stdout) as { findings: Finding[] }).findings.filter((f) => f.ruleId === 'nfra/complaint-channel');
    expect(rto.length).toBeGreaterThan(0);
    expect(rto.every((f) => !f.waived)).toBe(true);

    const json = await cli(['check', repo, '--stage', 'pr', '--format', 'json', '--waivers', waivers]);
    const waived = (JSON.parse(json.stdout) as { findings: Finding[] }).findings.filter((f) => f.ruleId === 'nfra/complaint-channel');
    expect(waived.every((f) => f.waived && f.waiver?.approvedBy?.name === 'Zhang Wei' && f.waiver.expires === EXPIRES)).toBe(true);
    for (const format of ['text', 'markdown', 'html', 'sarif', 'junit']) {
      const out = await cli(['check', repo, '--stage', 'pr', '--format', format, '--waivers', waivers]);
      expect(out.stdout, format).toContain('Zhang Wei');
      expect(out.stdout, format).toContain(EXPIRES);
    }
    const zh = await cli(['check', repo, '--stage', 'pr', '--lang', 'zh-CN', '--waivers', waivers]);
    expect(zh.stdout).toContain(`已豁免至 ${EXPIRES}，批准人 Zhang Wei`);

    const off = await cli(['check', repo, '--stage', 'pr', '--format', 'json', '--waivers', waivers, '--no-waivers']);
    expect((JSON.parse(off.stdout) as { findings: Finding[] }).findings.filter((f) => f.ruleId === 'nfra/complaint-channel').every((f) => !f.waived)).toBe(true);
  });

  it('a broken waiver file is a configuration error (exit 2)', async () => {
    const dir = writeTree({ 'w.yaml': '- rule: [unclosed\n' });
    const r = await cli(['check', EXAMPLE, '--waivers', path.join(dir, 'w.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/w\.yaml:\d+/);
  });
});
