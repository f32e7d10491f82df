// One ledger row from one app manifest (parsed or not) and its findings.
import { summarize } from '../core/report.js';
import type { Finding, Localized } from '../core/types.js';
import type { LoadedManifest } from '../manifest/types.js';
import { compareDue, dueDates, type DueIntervals } from './due.js';
import type { LedgerRow, ManifestState } from './types.js';

export interface RowInput {
  repository: string;
  manifest: LoadedManifest;
  /** Findings of the app (rules and manifest diagnostics, after waivers). */
  findings: readonly Finding[];
  now: Date;
  intervals?: DueIntervals;
  /** Catalogue ids of SDKs that track users (`tracker: true`). */
  trackers?: ReadonlySet<string>;
  lastCommit?: string;
}

/** Manifest problems listed on the row (the findings count them all). */
export const MAX_PROBLEMS = 3;

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

const TRACKER_PURPOSE = /analytic|advert|track|attribution|统计|广告|追踪/i;

export function manifestState(m: LoadedManifest): ManifestState {
  if (m.diagnostics.some((d) => d.code === 'manifest/unreadable')) return 'unreadable';
  if (!m.data) return 'broken';
  return m.diagnostics.some((d) => d.code.startsWith('manifest/') && d.severity === 'error') ? 'invalid' : 'ok';
}

export function buildRow(input: RowInput): LedgerRow {
  const { manifest } = input;
  const data = manifest.data;
  const app = obj(data?.app);
  const own = obj(data?.ownership);
  const sdks = Array.isArray(data?.sdks) ? (data.sdks as unknown[]).map(obj).filter((s): s is Obj => !!s) : [];
  const trackers = sdks.filter((s) => (str(s.id) && input.trackers?.has(s.id as string)) || TRACKER_PURPOSE.test(str(s.purpose) ?? ''));
  const due = dueDates(data, input.now, input.intervals).sort(compareDue);
  const s = summarize(input.findings);
  const person = obj(own?.responsiblePerson);
  const mau = app?.monthlyActiveUsers;
  const important = app?.importantInformationSystem;

  const problems: Localized[] = manifest.diagnostics
    .filter((d) => d.code.startsWith('manifest/') && d.severity === 'error')
    .slice(0, MAX_PROBLEMS)
    .map((d) => {
      const at = d.location.line ? `${d.location.file}:${d.location.line}: ` : '';
      return { en: at + d.message.en, 'zh-CN': at + d.message['zh-CN'] };
    });

  return {
    repository: input.repository,
    manifest: manifest.file,
    manifestState: manifestState(manifest),
    problems,
    ...opt('id', str(app?.id)),
    ...opt('name', str(app?.name)),
    ...opt('nameZh', str(obj(app?.localizedName)?.['zh-CN'])),
    kinds: strs(app?.kinds),
    ...opt('status', str(app?.status)),
    ...opt('audience', str(app?.audience)),
    businessScope: strs(app?.businessScope),
    ...opt('leadDepartment', str(own?.leadDepartment)),
    ...opt('ownerDepartment', str(own?.responsibleDepartment) ?? str(own?.leadDepartment)),
    ...opt('ownerPerson', str(person?.name) ?? str(own?.responsiblePerson)),
    ...(typeof important === 'boolean' ? { importantSystem: important } : {}),
    ...opt('filingNumber', str(obj(data?.filing)?.appFilingNumber)),
    ...(typeof mau === 'number' && Number.isFinite(mau) ? { monthlyActiveUsers: mau } : {}),
    publishingAccounts: Array.isArray(obj(data?.distribution)?.publishingAccounts) ? (obj(data?.distribution)!.publishingAccounts as unknown[]).length : 0,
    sdkCount: sdks.length,
    trackerCount: trackers.length,
    due,
    ...(due[0] ? { nextDue: due[0] } : {}),
    overdueCount: due.filter((d) => d.overdue).length,
    findings: { error: s.error, warning: s.warning, note: s.note, waived: s.waived },
    ...opt('lastCommit', input.lastCommit),
    advice: [],
  };
}

function opt<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}

/** Deterministic row order: repository, then manifest path. */
export function compareRows(a: LedgerRow, b: LedgerRow): number {
  return a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : a.manifest < b.manifest ? -1 : a.manifest > b.manifest ? 1 : 0;
}
