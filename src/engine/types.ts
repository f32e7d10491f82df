// Policy packs as the engine holds them: validated, merged, every CEL expression compiled once.
import type { Localized, Severity, Stage } from '../core/types.js';
import type { CompiledExpression } from './cel.js';

export const PACK_API_VERSION = 'mobile-policy/pack/v1';

/** A rule as written in `rules/<name>.yaml` (after schema validation). */
export interface RuleSpec {
  id: string;
  title: Localized;
  message: Localized;
  severity: Severity;
  /** Severity per stage, overriding `severity` (e.g. stale evidence: warning at pr, error at release). */
  stageSeverity?: Partial<Record<Stage, Severity>>;
  articles: number[];
  stages: Stage[];
  rationale: Localized;
  remediation: Localized;
  when?: string;
  each?: string;
  assert: string;
  at?: string;
  subject?: string;
  /** Template (`{item.host}`): failing elements with the same rendered key make one finding. */
  groupBy?: string;
  vars?: Record<string, string>;
  waivable?: boolean;
  tags?: string[];
}

export interface RuleOverride {
  severity?: Severity;
  disabled?: boolean;
  waivable?: boolean;
  params?: Record<string, unknown>;
}

/** `pack.yaml`. */
export interface PackSpec {
  apiVersion: string;
  name: string;
  version: string;
  title: Localized;
  description?: Localized;
  extends?: string | string[];
  params?: Record<string, unknown>;
  overrides?: Record<string, RuleOverride>;
  /** Re-grades every rule of the pack and its bases, e.g. `{ warning: error }`. */
  severityMap?: Partial<Record<Severity, Severity>>;
}

export interface CompiledRule {
  id: string;
  /** Name of the pack that defines the rule. */
  pack: string;
  title: Localized;
  message: Localized;
  severity: Severity;
  stageSeverity: Partial<Record<Stage, Severity>>;
  articles: number[];
  stages: Stage[];
  rationale: Localized;
  remediation: Localized;
  waivable: boolean;
  disabled: boolean;
  tags: string[];
  /** Params in effect for this rule (pack params, then per-rule override params). */
  params: Record<string, unknown>;
  /** Params set for this rule by `overrides:` (kept apart so a child pack's params do not undo them). */
  overrideParams: Record<string, unknown>;
  at?: string;
  subject?: string;
  groupBy?: string;
  when?: CompiledExpression;
  each?: CompiledExpression;
  assert: CompiledExpression;
  vars: Record<string, CompiledExpression>;
  /** The rule reads `manifest`: it is skipped when the manifest could not be parsed. */
  usesManifest: boolean;
  /** Display path of the rule file, and where the rule starts. */
  file: string;
  line: number;
  column: number;
}

export interface LoadedPack {
  name: string;
  version: string;
  title: Localized;
  description?: Localized;
  /** Absolute folder of the pack. */
  dir: string;
  /** Display path of pack.yaml. */
  file: string;
  /** Names of the packs this one extends, nearest first. */
  extends: string[];
  params: Record<string, unknown>;
  /** Rules in id order, including those of extended packs. */
  rules: CompiledRule[];
}

/** What `explain`, coverage and docs show of a rule. */
export type RuleExplanation = Pick<CompiledRule,
  'id' | 'pack' | 'title' | 'message' | 'severity' | 'stageSeverity' | 'articles' | 'stages' |
  'rationale' | 'remediation' | 'waivable' | 'disabled' | 'params' | 'file' | 'line'>;
