import { describe, expect, it } from 'vitest';
import { addInterval, dueDates, intervalsFromParams, isoDate } from '../../src/ledger/due.js';

describe('due dates', () => {
  it('adds months (clamped) and days', () => {
    expect(addInterval('2025-01-31', { months: 1 })).toBe('2025-02-28');
    expect(addInterval('2024-02-29', { months: 12 })).toBe('2025-02-28');
    expect(addInterval('2023-05-15', { months: 36 })).toBe('2026-05-15');
    expect(addInterval('2025-03-31', { days: 365 })).toBe('2026-03-31');
  });
  it('reads only real dates', () => {
    expect(isoDate('2025-02-30')).toBeUndefined();
    expect(isoDate('soon')).toBeUndefined();
    expect(isoDate('2025-02-03T10:00:00Z')).toBe('2025-02-03');
  });
  it('computes risk assessment, audit, drill, SDKs, contracts and waivers; missing evidence is due now', () => {
    const m = {
      app: { status: 'active' },
      compliance: { lastRiskAssessment: { date: '2025-03-31' } },
      continuity: { lastDrill: { date: '2024-12-01' } },
      sdks: [{ id: 'a', securityAssessment: { date: '2025-06-01' }, contract: { expires: '2026-12-31' } }, { id: 'b' }],
      outsourcing: [{ vendor: 'V', contract: { expires: '2025-12-31' } }],
      waivers: [{ rule: 'nfra/x', expires: '2026-02-01' }],
    };
    const due = dueDates(m, new Date('2026-01-15T00:00:00Z'));
    const by = (k: string, s = '') => due.find((d) => d.kind === k && d.subject === s);
    expect(by('risk-assessment')).toMatchObject({ date: '2026-03-31', overdue: false });
    expect(by('audit')).toEqual({ kind: 'audit', subject: '', overdue: true });
    expect(by('drill')).toMatchObject({ date: '2025-12-01', overdue: true });
    expect(by('sdk-assessment', 'a')).toMatchObject({ date: '2026-06-01' });
    expect(by('sdk-assessment', 'b')).toMatchObject({ overdue: true });
    expect(by('contract', 'V')).toMatchObject({ date: '2025-12-31', overdue: true });
    expect(by('waiver', 'nfra/x')).toMatchObject({ date: '2026-02-01', overdue: false });
    expect(due[0]!.date).toBeUndefined(); // missing first
  });
  it('takes intervals from pack params when present', () => {
    expect(intervalsFromParams({ freshnessDays: 180 }).freshness).toEqual({ days: 180 });
    expect(intervalsFromParams({}).audit).toEqual({ months: 36 });
  });
  it('planned and retired apps owe no periodic evidence', () => {
    expect(dueDates({ app: { status: 'retired' } }, new Date())).toEqual([]);
  });
});
