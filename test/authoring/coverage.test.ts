// `mobile-policy coverage`: every article 1..18 with rules, evidence and, given a repo, a status.
import { describe, expect, it } from 'vitest';
import { ARTICLES, coverageMap, coverageOf, judgeArticle, pointerToField, present } from '../../src/coverage/index.js';
import { loadPack } from '../../src/engine/index.js';
import type { Report } from '../../src/core/report.js';
import type { Finding } from '../../src/core/types.js';
import { cli } from './helpers.js';

describe('coverage map', () => {
  const pack = loadPack('nfra-2024-99');

  it('lists every article 1..18, with titles in both languages', () => {
    const map = coverageMap([pack]);
    expect(map.articles.map((a) => a.number)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    for (const a of ARTICLES) {
      expect(a.title.en.trim(), `art. ${a.number}`).not.toBe('');
      expect(a.title['zh-CN'], `art. ${a.number}`).toMatch(/[\u4e00-\u9fff]/);
    }
    const art4 = map.articles[3]!;
    expect(art4.rules.map((r) => r.id)).toContain('nfra/sdk-contract');
    expect(art4.evidence).toContain('sdks[].contract.expires');
    expect(map.articles[17]!.regulator).toBe(true);
    for (const a of map.articles.slice(0, 17)) expect(a.evidence.length, `art. ${a.number}`).toBeGreaterThan(0);
  });

  it('finds evidence fields in a manifest, through lists, ignoring empty values', () => {
    expect(present({ sdks: [{ id: 'a' }, { id: 'b', contract: { expires: '2027-01-01' } }] }, 'sdks[].contract.expires')).toBe(true);
    expect(present({ sdks: [{ id: 'a', contract: {} }] }, 'sdks[].contract')).toBe(false);
    expect(present({ ownership: { leadDepartment: '  ' } }, 'ownership.leadDepartment')).toBe(false);
    expect(present({ thirdParties: [] }, 'thirdParties[].contract')).toBe(false);
    expect(present(undefined, 'app.id')).toBe(false);
    expect(present({ ownership: { leadDepartment: 'TODO' } }, 'ownership.leadDepartment')).toBe(false);
    expect(present({ ownership: { responsiblePerson: { name: 'TODO', email: 'TODO' } } }, 'ownership.responsiblePerson')).toBe(false);
    expect(present({ ownership: { responsiblePerson: { name: 'Li Na', email: 'TODO' } } }, 'ownership.responsiblePerson')).toBe(true);
  });

  it('turns rule pointers into field paths', () => {
    expect(pointerToField('/sdks/{index}/contract/expires')).toBe('sdks[].contract.expires');
    expect(pointerToField('/privacy/{item}')).toBe('privacy');
    expect(pointerToField('/filing/appFilingNumber')).toBe('filing.appFilingNumber');
  });

  it('derives each status from a report', () => {
    const f = (ruleId: string, waived = false, extra: Partial<Finding> = {}): Finding => ({
      ruleId, severity: 'error', title: { en: '', 'zh-CN': '' }, message: { en: '', 'zh-CN': '' }, articles: [], location: { file: 'mobile-app.yaml' },
      fingerprint: '', subject: ruleId, waived, app: 'mobile-app.yaml', ...extra,
    });
    const report = (findings: Finding[]): Report => ({
      tool: { name: 'mobile-policy', version: '0' }, stage: 'release', now: '', root: '/', packs: [], summary: { error: 0, warning: 0, note: 0, waived: 0 },
      apps: [{ manifest: 'mobile-app.yaml', appDir: '', app: {}, findings }],
    });
    const s = (findings: Finding[]) => coverageOf([pack], report(findings)).apps![0]!.statuses;
    expect(s([])[4]).toBe('pass');
    expect(s([f('nfra/sdk-contract')])[4]).toBe('fail');
    expect(s([f('nfra/sdk-contract', true)])[4]).toBe('waived');
    expect(s([f('manifest/missing')])[4]).toBe('no-evidence');
    expect(s([f('policy/rule-error', false, { subject: 'nfra/filing-number' })])[11]).toBe('no-evidence');
    expect(s([f('policy/facts-missing', false, { subject: 'nfra/filing-number' })])[11]).toBe('no-evidence');
    expect(s([f('android/xml-parse', false, { articles: [12] })])[12]).toBe('no-evidence');
    expect(s([])[18]).toBe('not-applicable');
    expect(coverageOf([pack], { ...report([]), stage: 'pr' }).apps![0]!.statuses[5]).not.toBeUndefined();
  });

  it('says "not applicable (declared)" for thirdParties: [] and outsourcing: [], "no evidence" when the manifest has none', () => {
    const report: Report = {
      tool: { name: 'mobile-policy', version: '0' }, stage: 'release', now: '', root: '/', packs: [], summary: { error: 0, warning: 0, note: 0, waived: 0 },
      apps: [{ manifest: 'mobile-app.yaml', appDir: '', app: {}, findings: [] }],
    };
    const s = (data: Record<string, unknown> | undefined) => coverageOf([pack], report, new Map([['mobile-app.yaml', data]])).apps![0]!.statuses;
    const declared = s({ thirdParties: [], outsourcing: [], ownership: { leadDepartment: 'IT' } });
    expect(declared[4]).toBe('not-applicable-declared');
    expect(declared[14]).toBe('not-applicable-declared');
    expect(declared[1]).toBe('pass'); // a rule ran on a field the manifest has
    // Nothing declared: the list rules pass vacuously, which is no evidence, not a pass.
    const silent = s({ ownership: { leadDepartment: 'IT' } });
    expect(silent[4]).toBe('no-evidence');
    expect(silent[14]).toBe('no-evidence');
    // Filled lists are judged by their rules.
    const filled = s({ thirdParties: [{ name: 'Card Co', contract: { reference: 'CT-1', expires: '2099-01-01' } }], outsourcing: [{ vendor: 'V', contract: { reference: 'C' } }] });
    expect(filled[4]).toBe('pass');
    expect(filled[14]).toBe('pass');
    // When no rule of the article runs at the stage: "not checked" with evidence, "no evidence" without.
    const art5 = { number: 5, regulator: false, evidence: ['compliance.lastComplianceReview'] };
    const none = { rules: [], findings: [], isRule: () => false };
    expect(judgeArticle(art5, { ...none, manifest: { data: {} } }).status).toBe('no-evidence');
    expect(judgeArticle(art5, { ...none, manifest: { data: { compliance: { lastComplianceReview: { date: '2026-01-01' } } } } }).status).toBe('not-evaluated');
  });
});

describe('mobile-policy coverage', () => {
  it('prints the map in every format and language without a repository', async () => {
    for (const format of ['text', 'markdown', 'json', 'html']) {
      for (const lang of ['en', 'zh-CN']) {
        const r = await cli(['coverage', '--format', format, '--lang', lang]);
        expect(r.code, `${format} ${lang}: ${r.stderr}`).toBe(0);
        for (let a = 1; a <= 18; a++) expect(r.stdout, `${format} ${lang} art. ${a}`).toContain(lang === 'zh-CN' ? ARTICLES[a - 1]!.title['zh-CN'] : ARTICLES[a - 1]!.title.en.slice(0, 20));
      }
    }
    const json = JSON.parse((await cli(['coverage', '--format', 'json', '--stage', 'pr'])).stdout) as { stage: string; articles: unknown[] };
    expect(json.stage).toBe('pr');
    expect(json.articles).toHaveLength(18);
  });

  it('gives a status per article for a repository', async () => {
    const clean = JSON.parse((await cli(['coverage', 'examples/clean-android-bank', '--format', 'json'])).stdout) as { apps: { statuses: Record<string, string> }[] };
    expect(Object.keys(clean.apps[0]!.statuses)).toHaveLength(18);
    expect(clean.apps[0]!.statuses['18']).toBe('not-applicable');
    const dirty = await cli(['coverage', 'examples/android-bank', '--policy', 'nfra-2024-99-strict']);
    expect(dirty.code).toBe(0);
    expect(dirty.stdout).toMatch(/Status \[mobile-app\.yaml\]: fail \(/);
    expect(dirty.stdout).toContain('no evidence: the manifest is missing');
  });
});
