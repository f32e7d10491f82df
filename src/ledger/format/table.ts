// The ledger as one flat table (CSV, Markdown): app rows, then repositories with mobile code
// but no manifest, then repositories that could not be read — nothing is left out.
import type { Lang } from '../../core/types.js';
import { dueLabel, lt, stateLabel, type LedgerKey } from '../messages.js';
import type { DueKind, Ledger, LedgerRow } from '../types.js';

export interface Column {
  key: string;
  label: LedgerKey;
  value(row: LedgerRow, lang: Lang): string;
}

export function dueOf(row: LedgerRow, kind: DueKind, lang: Lang): string {
  const items = row.due.filter((d) => d.kind === kind && !d.subject);
  const d = items[0];
  if (!d) return '';
  return d.date ?? lt(lang, 'missing');
}

export function nextDueText(row: LedgerRow, lang: Lang): string {
  const d = row.nextDue;
  if (!d) return '';
  return `${d.date ?? lt(lang, 'missing')} ${dueLabel(lang, d.kind, d.subject)}`;
}

const yn = (v: boolean | undefined, lang: Lang): string => (v === undefined ? '' : lt(lang, v ? 'yes' : 'no'));

export const COLUMNS: readonly Column[] = [
  { key: 'repository', label: 'col.repository', value: (r) => r.repository },
  { key: 'manifest', label: 'col.manifest', value: (r) => r.manifest },
  { key: 'manifestState', label: 'col.manifestState', value: (r, l) => stateLabel(l, r.manifestState) },
  { key: 'id', label: 'col.id', value: (r) => r.id ?? '' },
  { key: 'name', label: 'col.name', value: (r) => r.name ?? '' },
  { key: 'nameZh', label: 'col.nameZh', value: (r) => r.nameZh ?? '' },
  { key: 'kinds', label: 'col.kinds', value: (r) => r.kinds.join(' ') },
  { key: 'status', label: 'col.status', value: (r) => r.status ?? '' },
  { key: 'leadDepartment', label: 'col.leadDepartment', value: (r) => r.leadDepartment ?? '' },
  { key: 'ownerDepartment', label: 'col.department', value: (r) => r.ownerDepartment ?? '' },
  { key: 'ownerPerson', label: 'col.person', value: (r) => r.ownerPerson ?? '' },
  { key: 'importantSystem', label: 'col.important', value: (r, l) => yn(r.importantSystem, l) },
  { key: 'filingNumber', label: 'col.filing', value: (r) => r.filingNumber ?? '' },
  { key: 'monthlyActiveUsers', label: 'col.mau', value: (r) => (r.monthlyActiveUsers === undefined ? '' : String(r.monthlyActiveUsers)) },
  { key: 'sdkCount', label: 'col.sdks', value: (r) => String(r.sdkCount) },
  { key: 'trackerCount', label: 'col.trackers', value: (r) => String(r.trackerCount) },
  { key: 'riskAssessmentDue', label: 'col.riskDue', value: (r, l) => dueOf(r, 'risk-assessment', l) },
  { key: 'auditDue', label: 'col.auditDue', value: (r, l) => dueOf(r, 'audit', l) },
  { key: 'drillDue', label: 'col.drillDue', value: (r, l) => dueOf(r, 'drill', l) },
  { key: 'nextDue', label: 'col.nextDue', value: (r, l) => nextDueText(r, l) },
  { key: 'overdue', label: 'col.overdue', value: (r) => String(r.overdueCount) },
  { key: 'errors', label: 'col.errors', value: (r) => String(r.findings.error) },
  { key: 'warnings', label: 'col.warnings', value: (r) => String(r.findings.warning) },
  { key: 'notes', label: 'col.notes', value: (r) => String(r.findings.note) },
  { key: 'waived', label: 'col.waived', value: (r) => String(r.findings.waived) },
  { key: 'lastCommit', label: 'col.lastCommit', value: (r) => r.lastCommit ?? '' },
  { key: 'advice', label: 'col.advice', value: (r, l) => r.advice.map((a) => `${lt(l, `advice.${a.kind}`)}: ${a.message[l]}`).join('; ') },
  { key: 'problems', label: 'col.problems', value: (r, l) => r.problems.map((p) => p[l]).join('; ') },
];

/** Header and cells for every line of the ledger, including missing apps and read errors. */
export function tableOf(ledger: Ledger, lang: Lang): { header: string[]; lines: string[][] } {
  const header = COLUMNS.map((c) => lt(lang, c.label));
  const lines = ledger.rows.map((r) => COLUMNS.map((c) => c.value(r, lang)));
  const blank = (): string[] => COLUMNS.map(() => '');
  const at = (k: string): number => COLUMNS.findIndex((c) => c.key === k);
  for (const m of ledger.missing) {
    const line = blank();
    line[at('repository')] = m.repository;
    line[at('manifestState')] = lt(lang, 'missing');
    line[at('kinds')] = m.kinds.join(' ');
    line[at('lastCommit')] = m.lastCommit ?? '';
    line[at('problems')] = `${lt(lang, 'col.evidence')}: ${m.evidence.join(', ')}`;
    lines.push(line);
  }
  for (const e of ledger.errors) {
    const line = blank();
    line[at('repository')] = e.repository;
    line[at('manifestState')] = lt(lang, 'state.unreadable');
    line[at('problems')] = e.message;
    lines.push(line);
  }
  return { header, lines };
}
