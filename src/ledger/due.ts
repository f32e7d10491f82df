// Next due dates from manifest fields (circular art. 17: risk assessment at least yearly,
// audit at least every three years; art. 15 drills; art. 7/14 SDK and outsourcing assessments;
// contracts and waivers by their expiry). Intervals come from pack params when a pack is loaded.
import type { DueItem, DueKind } from './types.js';

/** Renewal intervals. `days` (from pack params) wins over `months` (the circular's wording). */
export interface DueIntervals {
  freshness: Interval;
  audit: Interval;
  counterfeitScan: Interval;
}
export type Interval = { months: number } | { days: number };

export const DEFAULT_INTERVALS: DueIntervals = {
  freshness: { months: 12 },
  audit: { months: 36 },
  counterfeitScan: { days: 90 },
};

/** Intervals from the merged params of the loaded packs (`freshnessDays`, `auditDays`, `counterfeitScanDays`). */
export function intervalsFromParams(params: Record<string, unknown> | undefined): DueIntervals {
  const days = (k: string, fallback: Interval): Interval => {
    const v = params?.[k];
    return typeof v === 'number' && Number.isFinite(v) && v > 0 ? { days: v } : fallback;
  };
  return {
    freshness: days('freshnessDays', DEFAULT_INTERVALS.freshness),
    audit: days('auditDays', DEFAULT_INTERVALS.audit),
    counterfeitScan: days('counterfeitScanDays', DEFAULT_INTERVALS.counterfeitScan),
  };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** A manifest date as YYYY-MM-DD, or undefined when it is not a date. */
export function isoDate(v: unknown): string | undefined {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  if (typeof v !== 'string') return undefined;
  const m = ISO_DATE.exec(v.trim());
  if (!m) return undefined;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return Number.isNaN(d.getTime()) || d.getUTCDate() !== +m[3]! ? undefined : d.toISOString().slice(0, 10);
}

/** Adds an interval to an ISO date; month arithmetic clamps to the month's last day (Jan 31 + 1 month = Feb 28/29). */
export function addInterval(date: string, interval: Interval): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if ('days' in interval) return new Date(Date.UTC(y, m - 1, d + interval.days)).toISOString().slice(0, 10);
  const target = new Date(Date.UTC(y, m - 1 + interval.months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.map(obj).filter((o): o is Obj => !!o) : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

/**
 * Every due date the manifest implies, sorted: missing evidence first, then by date.
 * `required` kinds (risk assessment, audit, drill) appear as missing when never done.
 */
export function dueDates(manifest: Obj | undefined, now: Date, intervals: DueIntervals = DEFAULT_INTERVALS): DueItem[] {
  if (!manifest) return [];
  const today = now.toISOString().slice(0, 10);
  const out: DueItem[] = [];
  const push = (kind: DueKind, subject: string, date: string | undefined, from: string | undefined): void => {
    out.push({ kind, subject, ...(date ? { date } : {}), ...(from ? { from } : {}), overdue: !date || date < today });
  };
  const renew = (kind: DueKind, subject: string, evidence: unknown, interval: Interval, required: boolean, field = 'date'): void => {
    const last = isoDate(obj(evidence)?.[field]);
    if (last) push(kind, subject, addInterval(last, interval), last);
    else if (required) push(kind, subject, undefined, undefined);
  };
  const expires = (kind: DueKind, subject: string, date: unknown): void => {
    const d = isoDate(date);
    if (d) push(kind, subject, d, d);
  };

  const compliance = obj(manifest.compliance);
  const status = str(obj(manifest.app)?.status);
  const live = status !== 'retired' && status !== 'planned';
  renew('risk-assessment', '', compliance?.lastRiskAssessment, intervals.freshness, live);
  renew('audit', '', compliance?.lastAudit, intervals.audit, live);
  renew('drill', '', obj(manifest.continuity)?.lastDrill, intervals.freshness, live);
  renew('compliance-review', '', compliance?.lastComplianceReview, intervals.freshness, false);
  renew('security-test', '', obj(manifest.testing)?.lastSecurityTest, intervals.freshness, false);
  renew('penetration-test', '', obj(manifest.security)?.penetrationTest, intervals.freshness, false);
  renew('compatibility-test', '', obj(manifest.compatibility)?.lastTest, intervals.freshness, false);
  renew('counterfeit-scan', '', obj(manifest.distribution)?.counterfeitMonitoring, intervals.counterfeitScan, false, 'lastScan');

  for (const [i, sdk] of list(manifest.sdks).entries()) {
    const id = str(sdk.id) ?? `sdks[${i}]`;
    renew('sdk-assessment', id, sdk.securityAssessment, intervals.freshness, live);
    expires('contract', id, obj(sdk.contract)?.expires);
  }
  for (const [i, tp] of list(manifest.thirdParties).entries()) expires('contract', str(tp.name) ?? `thirdParties[${i}]`, obj(tp.contract)?.expires);
  for (const [i, o] of list(manifest.outsourcing).entries()) {
    const vendor = str(o.vendor) ?? `outsourcing[${i}]`;
    renew('outsourcing-assessment', vendor, o.lastAssessment, intervals.freshness, false);
    expires('contract', vendor, obj(o.contract)?.expires);
  }
  for (const [i, w] of list(manifest.waivers).entries()) expires('waiver', str(w.rule) ?? `waivers[${i}]`, w.expires);

  return out.sort(compareDue);
}

/** Missing evidence first, then by date, kind, subject. */
export function compareDue(a: DueItem, b: DueItem): number {
  const da = a.date ?? '';
  const db = b.date ?? '';
  return da < db ? -1 : da > db ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0;
}
