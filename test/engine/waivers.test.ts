// Waivers: matching by rule and scope, and waivers that are themselves findings.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/types.js';
import { applyWaivers, fingerprint, loadPack } from '../../src/engine/index.js';
import { manifest } from './helpers.js';

const NOW = new Date('2026-06-30T00:00:00Z');

function finding(ruleId: string, subject: string, file = 'mobile-app.yaml'): Finding {
  return {
    ruleId,
    severity: 'error',
    title: { en: 't', 'zh-CN': '标' },
    message: { en: 'm', 'zh-CN': '消' },
    articles: [6],
    location: { file, line: 1 },
    fingerprint: fingerprint(ruleId, file, subject),
    subject,
    waived: false,
    app: 'mobile-app.yaml',
  };
}

function withWaivers(waivers: string) {
  return manifest(`apiVersion: mobile-policy/v1\napp:\n  id: x\nwaivers:\n${waivers}`);
}

const W = (extra: string) => `  - rule: nfra/sdk-purpose\n    reason: legacy SDK, removal planned in Q3\n    ticket: RISK-1\n    approvedBy: { name: Chen Jing, email: chen@example.com }\n    expires: "2026-09-30"\n${extra}`;

describe('applyWaivers', () => {
  it('waives matching findings and keeps them in the list', () => {
    const fs = [finding('nfra/sdk-purpose', 'sdk:umeng'), finding('nfra/other', 'x')];
    const { findings, extra } = applyWaivers(fs, withWaivers(W('')), NOW, { maxWaiverDays: 180 });
    expect(extra).toEqual([]);
    expect(findings).toHaveLength(2);
    expect(findings[0]).toMatchObject({
      waived: true,
      waiver: { rule: 'nfra/sdk-purpose', reason: 'legacy SDK, removal planned in Q3', ticket: 'RISK-1', approvedBy: { name: 'Chen Jing', email: 'chen@example.com' }, expires: '2026-09-30', location: { file: 'mobile-app.yaml', line: 5 } },
    });
    expect(findings[1]!.waived).toBe(false);
  });

  it('narrows by scope: exact subject, purl prefix, file glob', () => {
    const fs = [
      finding('nfra/sdk-purpose', 'sdk:umeng'),
      finding('nfra/sdk-purpose', 'pkg:maven/com.example/legacy@1.2'),
      finding('nfra/sdk-purpose', 'pkg:maven/com.example/legacy-two'),
      finding('nfra/sdk-purpose', 'other', 'app/src/main/AndroidManifest.xml'),
    ];
    const scoped = (scope: string) => applyWaivers(fs, withWaivers(W(`    scope: "${scope}"\n`)), NOW).findings.map((f) => f.waived);
    expect(scoped('sdk:umeng')).toEqual([true, false, false, false]);
    expect(scoped('pkg:maven/com.example/legacy')).toEqual([false, true, false, false]);
    expect(scoped('app/**/*.xml')).toEqual([false, false, false, true]);
  });

  it('reports expired, reasonless, too long and undated waivers at their lines, without applying them', () => {
    const m = withWaivers(
      [
        '  - { rule: nfra/sdk-purpose, reason: r, expires: "2026-01-01" }',
        '  - { rule: nfra/sdk-purpose, expires: "2026-08-01" }',
        '  - { rule: nfra/sdk-purpose, reason: r, expires: "2027-12-31" }',
        '  - { rule: nfra/sdk-purpose, reason: r }',
        '',
      ].join('\n'),
    );
    const { findings, extra } = applyWaivers([finding('nfra/sdk-purpose', 's')], m, NOW, { maxWaiverDays: 180 });
    expect(findings[0]!.waived).toBe(false);
    expect(extra.map((f) => [f.ruleId, f.severity, f.location.line])).toEqual([
      ['policy/waiver-expired', 'warning', 5],
      ['policy/waiver-invalid', 'error', 6],
      ['policy/waiver-invalid', 'error', 7],
      ['policy/waiver-invalid', 'error', 8],
    ]);
    expect(extra[2]!.message.en).toMatch(/longer than the 180 days/);
    expect(extra[1]!.message['zh-CN']).toMatch(/未说明理由/);
  });

  it('refuses waivers of non-waivable rules (from the packs) and of policy findings', () => {
    const pack = loadPack('nfra-2024-99');
    const m = withWaivers('  - { rule: nfra/c3-not-shared, reason: r, expires: "2026-08-01" }\n  - { rule: policy/rule-error, reason: r, expires: "2026-08-01" }\n');
    const { findings, extra } = applyWaivers([finding('nfra/c3-not-shared', 'dataflow:x'), finding('policy/rule-error', 'x')], m, NOW, [pack]);
    expect(findings.every((f) => !f.waived)).toBe(true);
    expect(extra.map((f) => f.ruleId)).toEqual(['policy/waiver-invalid', 'policy/waiver-invalid']);
    expect(extra[0]!.message.en).toMatch(/cannot be waived/);
  });

  it('takes maxWaiverDays from the pack params', () => {
    const pack = loadPack('nfra-2024-99');
    const m = withWaivers('  - { rule: nfra/sdk-purpose, reason: r, expires: "2027-06-01" }\n');
    expect(applyWaivers([], m, NOW, [pack]).extra[0]!.message.en).toMatch(/180 days/);
  });

  it('ignores a manifest without waivers or without data', () => {
    expect(applyWaivers([finding('a/b', 's')], manifest('app: {}\n'), NOW).findings[0]!.waived).toBe(false);
  });
});
