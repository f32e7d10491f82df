// Apps to consider merging or retiring (circular art. 2: "strictly control the number",
// merge or retire apps with low activity or overlapping functions).
import { ADVICE } from './messages.js';
import type { Advice, LedgerRow } from './types.js';

/** Below this many monthly active users an app is flagged (pack param `minMonthlyActiveUsers` overrides). */
export const DEFAULT_MIN_MAU = 10_000;

export function minMauFromParams(params: Record<string, unknown> | undefined): number {
  const v = params?.minMonthlyActiveUsers;
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : DEFAULT_MIN_MAU;
}

/** Returns new rows with `advice` filled; input rows are not changed. */
export function addAdvice(rows: readonly LedgerRow[], minMau = DEFAULT_MIN_MAU): LedgerRow[] {
  const groups = new Map<string, LedgerRow[]>();
  for (const r of rows) {
    if (!r.id || r.status === 'retired' || !r.businessScope.length) continue;
    const key = `${r.audience ?? ''}|${[...r.businessScope].sort().join(',')}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return rows.map((r) => {
    const advice: Advice[] = [];
    const key = `${r.audience ?? ''}|${[...r.businessScope].sort().join(',')}`;
    const same = r.id && r.status !== 'retired' && r.businessScope.length ? (groups.get(key) ?? []).filter((o) => o !== r && o.id !== r.id) : [];
    if (same.length) advice.push({ kind: 'merge', code: 'same-scope', message: ADVICE.sameScope(same.map((o) => o.id!).sort()) });
    if (r.status === 'deprecated' && r.publishingAccounts > 0) advice.push({ kind: 'retire', code: 'deprecated-distributed', message: ADVICE.deprecatedDistributed() });
    if (r.status === 'retired' && r.publishingAccounts > 0) advice.push({ kind: 'retire', code: 'retired-distributed', message: ADVICE.retiredDistributed() });
    if (r.status === 'active' && r.monthlyActiveUsers !== undefined && r.monthlyActiveUsers < minMau) {
      advice.push({ kind: 'retire', code: 'low-activity', message: ADVICE.lowActivity(r.monthlyActiveUsers, minMau) });
    }
    return { ...r, advice };
  });
}
