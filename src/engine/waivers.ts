// Waivers: a manifest `waivers[]` entry {rule, scope?, reason, ticket?, approvedBy?, expires}
// marks matching findings as waived (they stay in the list). A waiver that has expired, lacks a
// reason, runs longer than the pack allows or targets a rule that cannot be waived does not
// apply, and is itself a finding located at the waiver.
import { minimatch } from 'minimatch';
import type { AppliedWaiver, Finding, Localized } from '../core/types.js';
import type { LoadedManifest } from '../manifest/types.js';
import { daysUntil, parseIsoDate } from './cel.js';
import { DIAGNOSTIC_TITLES, fingerprint } from './findings.js';
import type { LoadedPack } from './types.js';

export const WAIVER_EXPIRED = 'policy/waiver-expired';
export const WAIVER_INVALID = 'policy/waiver-invalid';
export const DEFAULT_MAX_WAIVER_DAYS = 180;

export interface WaiverOptions {
  /** Longest allowed waiver, counted from today. */
  maxWaiverDays?: number | bigint;
  /** Rule ids that cannot be waived. */
  nonWaivable?: Iterable<string>;
}

export interface WaiverResult {
  findings: Finding[];
  /** Problems with the waivers themselves. */
  extra: Finding[];
}

/** Findings about the tool or the waivers themselves are never waivable. */
const NEVER_WAIVABLE = /^(policy|tool)\//;

function optionsFrom(config: readonly LoadedPack[] | WaiverOptions | undefined): { maxDays: number; nonWaivable: Set<string> } {
  if (Array.isArray(config)) {
    const packs = config as readonly LoadedPack[];
    let max: unknown;
    for (const p of packs) if (p.params.maxWaiverDays !== undefined) max = p.params.maxWaiverDays;
    const nonWaivable = new Set<string>();
    const byId = new Map<string, boolean>();
    for (const p of packs) for (const r of p.rules) byId.set(r.id, r.waivable);
    for (const [id, w] of byId) if (!w) nonWaivable.add(id);
    return { maxDays: toDays(max), nonWaivable };
  }
  const o = (config ?? {}) as WaiverOptions;
  return { maxDays: toDays(o.maxWaiverDays), nonWaivable: new Set(o.nonWaivable ?? []) };
}

function toDays(v: unknown): number {
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  return DEFAULT_MAX_WAIVER_DAYS;
}

interface RawWaiver {
  rule?: unknown;
  scope?: unknown;
  reason?: unknown;
  ticket?: unknown;
  approvedBy?: unknown;
  expires?: unknown;
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

function expiresText(v: unknown): string | undefined {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return typeof v === 'string' ? v : undefined;
}

/** Does a waiver scope cover this finding? Exact subject, a glob on the file, or a purl prefix. */
export function scopeMatches(scope: string, finding: Finding): boolean {
  if (scope === finding.subject) return true;
  if (scope.startsWith('pkg:')) {
    const s = finding.subject;
    return s.startsWith(scope) && (s.length === scope.length || '@/?#'.includes(s.charAt(scope.length)));
  }
  return minimatch(finding.location.file, scope, { dot: true });
}

/**
 * Applies the manifest's waivers. `config` is the loaded packs (maxWaiverDays from their params,
 * non-waivable rules from their rules) or explicit options.
 */
export function applyWaivers(
  findings: readonly Finding[],
  manifest: LoadedManifest,
  now: Date,
  config?: readonly LoadedPack[] | WaiverOptions,
): WaiverResult {
  const { maxDays, nonWaivable } = optionsFrom(config);
  const raw = manifest.data?.waivers;
  const list: unknown[] = Array.isArray(raw) ? raw : [];
  const extra: Finding[] = [];
  const valid: AppliedWaiver[] = [];

  list.forEach((entry, i) => {
    const pointer = `/waivers/${i}`;
    const location = manifest.locate(pointer);
    const w = (entry && typeof entry === 'object' ? entry : {}) as RawWaiver;
    const rule = text(w.rule) ?? '?';
    const problem = (code: string, message: Localized, at = pointer): void => {
      const loc = at === pointer ? location : manifest.locate(at);
      extra.push({
        ruleId: code,
        severity: code === WAIVER_EXPIRED ? 'warning' : 'error',
        title: DIAGNOSTIC_TITLES[code]!,
        message,
        articles: [],
        location: loc,
        fingerprint: fingerprint(code, loc.file, `${rule}|${text(w.scope) ?? ''}`),
        subject: `${rule}|${text(w.scope) ?? ''}`,
        waived: false,
        app: manifest.file,
      });
    };
    if (!text(w.rule)) {
      return problem(WAIVER_INVALID, { en: `Waiver #${i + 1} names no rule: set "rule" to the rule id it waives.`, 'zh-CN': `第 ${i + 1} 条豁免未指明规则：请将 "rule" 设置为所豁免的规则编号。` });
    }
    if (!text(w.reason)) {
      return problem(WAIVER_INVALID, { en: `The waiver of ${rule} gives no reason: a waiver must say why the risk is accepted.`, 'zh-CN': `对 ${rule} 的豁免未说明理由：豁免必须说明接受该风险的原因。` });
    }
    const expires = expiresText(w.expires);
    if (!expires || !parseIsoDate(expires)) {
      return problem(WAIVER_INVALID, { en: `The waiver of ${rule} has no valid "expires" date (YYYY-MM-DD): waivers must end.`, 'zh-CN': `对 ${rule} 的豁免没有有效的 "expires" 日期（YYYY-MM-DD）：豁免必须设定期限。` }, `${pointer}/expires`);
    }
    const left = Number(daysUntil(expires, now));
    if (left < 0) {
      return problem(WAIVER_EXPIRED, { en: `The waiver of ${rule} expired on ${expires}: it no longer applies. Fix the finding or renew the waiver with a new approval.`, 'zh-CN': `对 ${rule} 的豁免已于 ${expires} 到期，不再生效。请整改该问题，或经重新审批后续期豁免。` }, `${pointer}/expires`);
    }
    if (left > maxDays) {
      return problem(WAIVER_INVALID, { en: `The waiver of ${rule} runs until ${expires}, ${left} days from today, longer than the ${maxDays} days the policy allows.`, 'zh-CN': `对 ${rule} 的豁免有效期至 ${expires}，距今 ${left} 天，超过策略允许的 ${maxDays} 天。` }, `${pointer}/expires`);
    }
    if (nonWaivable.has(rule) || NEVER_WAIVABLE.test(rule)) {
      return problem(WAIVER_INVALID, { en: `Rule ${rule} cannot be waived: the finding must be fixed.`, 'zh-CN': `规则 ${rule} 不允许豁免，必须整改。` }, `${pointer}/rule`);
    }
    const approved = w.approvedBy && typeof w.approvedBy === 'object' ? (w.approvedBy as { name?: unknown; email?: unknown }) : undefined;
    valid.push({
      rule,
      ...(text(w.scope) ? { scope: text(w.scope) } : {}),
      reason: text(w.reason)!,
      ...(text(w.ticket) ? { ticket: text(w.ticket) } : {}),
      ...(approved && text(approved.name) ? { approvedBy: { name: text(approved.name)!, ...(text(approved.email) ? { email: text(approved.email) } : {}) } } : {}),
      expires,
      location,
    });
  });

  const out = findings.map((f) => {
    if (f.waived || NEVER_WAIVABLE.test(f.ruleId) || nonWaivable.has(f.ruleId)) return f;
    const w = valid.find((v) => v.rule === f.ruleId && (v.scope === undefined || scopeMatches(v.scope, f)));
    return w ? { ...f, waived: true, waiver: w } : f;
  });
  return { findings: out, extra };
}
