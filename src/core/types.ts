// The shapes that flow one way through the tool:
// inputs (RepoFiles, manifest) → facts (detectors) → evaluation (packs) → findings → reporters.

export type Severity = 'error' | 'warning' | 'note';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'note'];

export type Lang = 'en' | 'zh-CN';
export const LANGS: readonly Lang[] = ['en', 'zh-CN'];

export type Stage = 'pr' | 'release';
export const STAGES: readonly Stage[] = ['pr', 'release'];

/** User-facing text, always in both languages. */
export interface Localized {
  en: string;
  'zh-CN': string;
}

/** A place in the scanned tree. `file` is relative to the scan root, with `/` separators. */
export interface Location {
  file: string;
  line?: number; // 1-based
  column?: number; // 1-based
  endLine?: number;
  endColumn?: number;
}

/**
 * A problem met while reading inputs: a file that does not parse, a file too large to read,
 * a symlink leaving the repository. It is never thrown: it becomes a finding.
 */
export interface Diagnostic {
  /** Stable id, used as the finding's rule id: `manifest/parse`, `android/xml-parse`, `repo/file-too-large`. */
  code: string;
  severity: Severity;
  message: Localized;
  location: Location;
  /** What the problem is about, for the fingerprint (defaults to the code). */
  subject?: string;
  /** Articles of the circular this input problem blocks evidence for. */
  articles?: number[];
}

/** What a detector returns: plain JSON facts for rules, and located diagnostics. */
export interface DetectorResult<T> {
  facts: T;
  diagnostics: Diagnostic[];
}

export interface AppliedWaiver {
  rule: string;
  scope?: string;
  reason: string;
  ticket?: string;
  approvedBy?: { name: string; email?: string };
  expires: string;
  /** Where the waiver is written (manifest line or org waiver file). */
  location?: Location;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  title: Localized;
  message: Localized;
  articles: number[];
  location: Location;
  /** Stable across line moves: rule + file + normalised subject. */
  fingerprint: string;
  /** What the finding is about (a purl, a manifest path, a data flow name). */
  subject: string;
  waived: boolean;
  waiver?: AppliedWaiver;
  remediation?: Localized;
  /** Manifest path of the app this finding belongs to ('' when no manifest was found). */
  app: string;
  /** A finding folding several occurrences (a rule with `groupBy`): how many in all, the first being `location`. */
  occurrences?: number;
  /** The other occurrences, in file order, at most 20 (`occurrences` has the full count). */
  related?: Location[];
  /**
   * This finding stands for this many findings of its rule that were not listed (at most
   * MAX_FINDINGS_PER_RULE are per app); `location` is the first of them.
   */
  omitted?: number;
  /** Set when compared with a base commit: true if the base had no finding with this fingerprint. */
  new?: boolean;
}
