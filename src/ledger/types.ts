// The shapes of the mobile application ledger (circular art. 2): one row per app manifest,
// plus the repositories that hold mobile code but no manifest, plus what could not be read.
import type { Localized } from '../core/types.js';

export type DueKind =
  | 'risk-assessment' | 'audit' | 'drill' | 'compliance-review' | 'security-test' | 'penetration-test'
  | 'compatibility-test' | 'counterfeit-scan' | 'sdk-assessment' | 'outsourcing-assessment'
  | 'contract' | 'waiver';

/** One date something must be renewed by. `date` is absent when the evidence is missing. */
export interface DueItem {
  kind: DueKind;
  /** What it is about: an SDK id, a vendor, a waived rule ('' for the app itself). */
  subject: string;
  /** ISO date (YYYY-MM-DD) by which it is due; absent = never done (due now). */
  date?: string;
  /** The date it was last done, or the contract/waiver expiry as written. */
  from?: string;
  overdue: boolean;
}

export interface SeverityCounts {
  error: number;
  warning: number;
  note: number;
  waived: number;
}

/** ok: parsed and schema-valid; invalid: parsed with schema problems; broken: not parsed; unreadable: not fetched. */
export type ManifestState = 'ok' | 'invalid' | 'broken' | 'unreadable';

export interface Advice {
  kind: 'merge' | 'retire';
  /** Stable code: `same-scope`, `deprecated-distributed`, `retired-distributed`, `low-activity`. */
  code: string;
  message: Localized;
}

export interface LedgerRow {
  /** `owner/name` (org mode) or the folder given on the command line (dir mode). */
  repository: string;
  /** Manifest path inside the repository. */
  manifest: string;
  manifestState: ManifestState;
  /** The first problems with the manifest itself (parse/schema), English and Chinese. */
  problems: Localized[];
  id?: string;
  name?: string;
  nameZh?: string;
  kinds: string[];
  status?: string;
  audience?: string;
  businessScope: string[];
  leadDepartment?: string;
  ownerDepartment?: string;
  ownerPerson?: string;
  importantSystem?: boolean;
  filingNumber?: string;
  monthlyActiveUsers?: number;
  /** Store / platform accounts it is published on (`distribution.publishingAccounts`). */
  publishingAccounts: number;
  sdkCount: number;
  trackerCount: number;
  due: DueItem[];
  /** Earliest due item (missing evidence first). */
  nextDue?: DueItem;
  overdueCount: number;
  findings: SeverityCounts;
  lastCommit?: string;
  advice: Advice[];
}

/** A repository with Android/iOS/Flutter/HarmonyOS code and no manifest: an app missing from the ledger. */
export interface MissingApp {
  repository: string;
  /** Mobile platforms seen, and the files that show it (a few). */
  kinds: string[];
  evidence: string[];
  lastCommit?: string;
}

/** A repository (or folder) that could not be read completely: the ledger is incomplete. */
export interface LedgerError {
  repository: string;
  message: string;
}

export interface Ledger {
  tool: { name: string; version: string };
  /** ISO time used as "now" for due dates and rules. */
  now: string;
  source: { kind: 'org'; org: string; shard?: string } | { kind: 'dirs'; dirs: string[] } | { kind: 'merged'; parts: number };
  packs: { name: string; version: string }[];
  /** Repositories examined (after sharding). */
  repositories: number;
  rows: LedgerRow[];
  missing: MissingApp[];
  errors: LedgerError[];
  /** True when every repository was read; false when `errors` is not empty. */
  complete: boolean;
}
