import { describe, expect, it } from 'vitest';
import { jsonReporter } from '../../src/reporters/json.js';
import { renderMarkdown } from '../../src/reporters/markdown.js';
import { textReporter } from '../../src/reporters/text.js';
import { finding, report } from './fixture.js';

const findings = [
  finding({ ruleId: 'nfra/a', severity: 'warning', articles: [6], location: { file: 'app/build.gradle', line: 12, column: 5 } }),
  finding({ ruleId: 'nfra/b', severity: 'error', articles: [1, 3] }),
  finding({
    ruleId: 'nfra/c', severity: 'error', waived: true,
    waiver: { rule: 'nfra/c', reason: 'migration | ongoing', expires: '2027-01-31', approvedBy: { name: 'Chen Jie' } },
  }),
];

describe('text reporter', () => {
  it('groups findings by severity with rule, articles, file:line and message', () => {
    const out = textReporter(report(findings), { lang: 'en' });
    const lines = out.split('\n');
    const errors = lines.findIndex((l) => l.trim() === 'error (1)');
    const warnings = lines.findIndex((l) => l.trim() === 'warning (1)');
    const waived = lines.findIndex((l) => l.trim() === 'waived (1)');
    expect(errors).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(errors);
    expect(waived).toBeGreaterThan(warnings);
    expect(lines[errors + 1]).toBe('    mobile-app.yaml:3:5  nfra/b  [art. 1, 3]');
    expect(lines[errors + 2]).toBe('      Message of nfra/b');
    expect(out).toContain('waived until 2027-01-31 by Chen Jie (migration | ongoing)');
    expect(out).toContain('1 errors, 1 warnings, 0 notes, 1 waived');
    expect(out).not.toContain('\u001b[');
  });

  it('speaks Chinese', () => {
    const out = textReporter(report(findings), { lang: 'zh-CN' });
    expect(out).toContain('错误 (1)');
    expect(out).toContain('[第1条、第3条]');
    expect(out).toContain('nfra/b 的说明');
    // The stage by its Chinese name, its id beside it.
    expect(out.split('\n')[0]).toMatch(/阶段 (合并请求检查（pr）|上线检查（release）)$/);
  });

  it('colours only when asked', () => {
    expect(textReporter(report(findings), { lang: 'en', color: true })).toContain('\u001b[');
  });

  it('says so when there is nothing to report', () => {
    expect(textReporter(report([]), { lang: 'en' })).toContain('No findings.');
  });
});

describe('json reporter', () => {
  it('follows the documented contract', () => {
    const out = JSON.parse(jsonReporter(report(findings), { lang: 'en' }));
    expect(out.tool).toEqual({ name: 'mobile-policy', version: '0.0.0-test' });
    expect(out.stage).toBe('pr');
    expect(out.apps).toEqual([{ manifest: 'mobile-app.yaml', app: { id: 'cn.example.bank', name: 'Example Bank' } }]);
    expect(out.summary).toEqual({ error: 1, warning: 1, note: 0, waived: 1 });
    expect(out.findings[0]).toMatchObject({
      ruleId: 'nfra/a', severity: 'warning', message: 'Message of nfra/a', articles: [6],
      location: { file: 'app/build.gradle', line: 12, column: 5 }, fingerprint: 'ffffffffffffffff', waived: false,
    });
    expect(out.findings[2].waiver.approvedBy.name).toBe('Chen Jie');
  });
});

describe('markdown reporter', () => {
  it('escapes table cells and lists waivers', () => {
    const out = renderMarkdown(report(findings), { lang: 'en' });
    expect(out).toContain('| 🔴 error | `nfra/b` | art. 1, 3 | `mobile-app.yaml:3:5` | Message of nfra/b |');
    expect(out).toContain('migration \\| ongoing');
  });

  it('stops listing at maxFindings and says how many more', () => {
    const many = Array.from({ length: 30 }, (_, i) => finding({ ruleId: `nfra/r${i}` }));
    const out = renderMarkdown(report(many), { lang: 'en', maxFindings: 10 });
    expect(out.split('\n').filter((l) => l.startsWith('| 🔴'))).toHaveLength(10);
    expect(out).toContain('… and 20 more findings');
  });
});
