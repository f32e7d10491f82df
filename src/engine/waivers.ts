// Waivers: a manifest `waivers[]` entry {rule, scope?, reason, ticket?, approvedBy, expires}
// marks matching findings as waived (they stay in the list). An org-level waiver file (a YAML
// list of the same entries, plus an optional `app` glob on the app id) works the same way. A
// waiver that has expired, lacks a reason or an approver, runs longer than the pack allows or
// targets a rule that cannot be waived does not apply, and is itself a finding located at the
// waiver (in the manifest, or in the waiver file).
import path from 'node:path';
import { minimatch } from 'minimatch';
import { ConfigurationError } from '../core/errors.js';
import type { AppliedWaiver, Finding, Location, Localized } from '../core/types.js';
import type { LoadedManifest } from '../manifest/types.js';
import { readRegularText } from '../repo/confined.js';
import { daysUntil, parseIsoDate } from './cel.js';
import { DIAGNOSTIC_TITLES, fingerprint } from './findings.js';
import type { LoadedPack } from './types.js';
import { locatePointer, parseYamlSource } from './yaml-source.js';

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
  app?: unknown;
}

/** An org-level waiver file: entries with their locations in that file. */
export interface WaiverFile {
  file: string;
  entries: { value: unknown; pointer: string }[];
  locate(pointer: string): Location;
}

const MAX_WAIVER_FILE_BYTES = 1024 * 1024;

/**
 * Reads an org waiver file: a YAML list of waivers, or a map with a `waivers:` list. Each entry
 * has the manifest waiver's shape plus an optional `app` (a glob on the app id). Throws
 * ConfigurationError (with file:line) when the file cannot be read or is not such a list.
 */
export function loadWaiverFile(file: string, cwd = process.cwd()): WaiverFile {
  const abs = path.resolve(cwd, file);
  const rel = path.relative(cwd, abs);
  const display = (rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs).split(path.sep).join('/');
  let text: string;
  try {
    text = readRegularText(abs, MAX_WAIVER_FILE_BYTES);
  } catch (e) {
    throw new ConfigurationError(`--waivers ${file}: cannot read it: ${(e as Error).message}`);
  }
  const src = parseYamlSource(display, text);
  if (src.error) throw new ConfigurationError(`invalid YAML: ${src.error.message}`, { location: src.error.location });
  const v = src.value;
  let list: unknown;
  let base = '';
  if (Array.isArray(v)) list = v;
  else if (v && typeof v === 'object' && Array.isArray((v as { waivers?: unknown }).waivers)) {
    list = (v as { waivers: unknown[] }).waivers;
    base = '/waivers';
  } else if (v === null || v === undefined) list = [];
  else throw new ConfigurationError('a waiver file is a YAML list of waivers (or a map with a "waivers:" list)', { location: { file: display, line: 1, column: 1 } });
  const entries = (list as unknown[]).map((value, i) => {
    const pointer = `${base}/${i}`;
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ConfigurationError('each waiver is a map {rule, scope?, app?, reason, ticket?, approvedBy, expires}', { location: locatePointer(src, pointer) });
    const known = new Set(['rule', 'scope', 'reason', 'ticket', 'approvedBy', 'approvedAt', 'expires', 'app']);
    const extra = Object.keys(value).find((k) => !known.has(k));
    if (extra) throw new ConfigurationError(`unknown waiver key "${extra}" (known: ${[...known].join(', ')})`, { location: locatePointer(src, `${pointer}/${extra}`) });
    return { value, pointer };
  });
  return { file: display, entries, locate: (p) => locatePointer(src, p) };
}

/** Does an org waiver's `app` glob cover this app id? No `app` = every app. */
export function appMatches(glob: unknown, appId: string | undefined): boolean {
  if (glob === undefined || glob === null) return true;
  if (typeof glob !== 'string' || !appId) return false;
  return minimatch(appId, glob, { nocase: false, dot: true });
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
  // A data flow by its name (findings about data flows have the subject dataflow:<name>).
  if (finding.subject === `dataflow:${scope}`) return true;
  if (scope.startsWith('pkg:')) {
    const s = finding.subject;
    return s.startsWith(scope) && (s.length === scope.length || '@/?#'.includes(s.charAt(scope.length)));
  }
  return minimatch(finding.location.file, scope, { dot: true });
}

/**
 * Applies the manifest's waivers, then the org waiver file's (when given). `config` is the loaded
 * packs (maxWaiverDays from their params, non-waivable rules from their rules) or explicit options.
 */
export function applyWaivers(
  findings: readonly Finding[],
  manifest: LoadedManifest,
  now: Date,
  config?: readonly LoadedPack[] | WaiverOptions,
  org?: WaiverFile,
): WaiverResult {
  const { maxDays, nonWaivable } = optionsFrom(config);
  const raw = manifest.data?.waivers;
  const list: unknown[] = Array.isArray(raw) ? raw : [];
  const extra: Finding[] = [];
  const valid: AppliedWaiver[] = [];
  const appId = (manifest.data?.app as { id?: unknown } | undefined)?.id;

  const sources: { value: unknown; pointer: string; locate: (p: string) => Location; label: string }[] = list.map((value, i) => ({
    value,
    pointer: `/waivers/${i}`,
    locate: (p: string) => manifest.locate(p),
    label: `#${i + 1}`,
  }));
  for (const e of org?.entries ?? []) {
    if (!appMatches((e.value as RawWaiver).app, typeof appId === 'string' ? appId : undefined)) continue;
    sources.push({ value: e.value, pointer: e.pointer, locate: org!.locate, label: `${org!.file}${e.pointer}` });
  }

  for (const { value: entry, pointer, locate, label } of sources) {
    const location = locate(pointer);
    const w = (entry && typeof entry === 'object' ? entry : {}) as RawWaiver;
    const rule = text(w.rule) ?? '?';
    const problem = (code: string, message: Localized, at = pointer): void => {
      const loc = at === pointer ? location : locate(at);
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
      problem(WAIVER_INVALID, { en: `Waiver ${label} names no rule: set "rule" to the rule id it waives.`, 'zh-CN': `豁免 ${label} 未指明规则：请将 "rule" 设置为所豁免的规则编号。` });
      continue;
    }
    if (!text(w.reason)) {
      problem(WAIVER_INVALID, { en: `The waiver of ${rule} gives no reason: a waiver must say why the risk is accepted.`, 'zh-CN': `对 ${rule} 的豁免未说明理由：豁免必须说明接受该风险的原因。` });
      continue;
    }
    const expires = expiresText(w.expires);
    if (!expires || !parseIsoDate(expires)) {
      problem(WAIVER_INVALID, { en: `The waiver of ${rule} has no valid "expires" date (YYYY-MM-DD): waivers must end.`, 'zh-CN': `对 ${rule} 的豁免没有有效的 "expires" 日期（YYYY-MM-DD）：豁免必须设定期限。` }, `${pointer}/expires`);
      continue;
    }
    const left = Number(daysUntil(expires, now));
    if (left < 0) {
      problem(WAIVER_EXPIRED, { en: `The waiver of ${rule} expired on ${expires}: it no longer applies. Fix the finding or renew the waiver with a new approval.`, 'zh-CN': `对 ${rule} 的豁免已于 ${expires} 到期，不再生效。请整改该问题，或经重新审批后续期豁免。` }, `${pointer}/expires`);
      continue;
    }
    if (left > maxDays) {
      problem(WAIVER_INVALID, { en: `The waiver of ${rule} runs until ${expires}, ${left} days from today, longer than the ${maxDays} days the policy allows.`, 'zh-CN': `对 ${rule} 的豁免有效期至 ${expires}，距今 ${left} 天，超过策略允许的 ${maxDays} 天。` }, `${pointer}/expires`);
      continue;
    }
    if (nonWaivable.has(rule) || NEVER_WAIVABLE.test(rule)) {
      problem(WAIVER_INVALID, { en: `Rule ${rule} cannot be waived: the finding must be fixed.`, 'zh-CN': `规则 ${rule} 不允许豁免，必须整改。` }, `${pointer}/rule`);
      continue;
    }
    const approved = w.approvedBy && typeof w.approvedBy === 'object' ? (w.approvedBy as { name?: unknown; email?: unknown }) : undefined;
    if (!approved || !text(approved.name)) {
      problem(WAIVER_INVALID, { en: `The waiver of ${rule} has no approver: set approvedBy { name, email } to the person who accepted the risk.`, 'zh-CN': `对 ${rule} 的豁免没有批准人：请在 approvedBy { name, email } 中填写接受该风险的批准人。` });
      continue;
    }
    valid.push({
      rule,
      ...(text(w.scope) ? { scope: text(w.scope) } : {}),
      reason: text(w.reason)!,
      ...(text(w.ticket) ? { ticket: text(w.ticket) } : {}),
      approvedBy: { name: text(approved.name)!, ...(text(approved.email) ? { email: text(approved.email) } : {}) },
      expires,
      location,
    });
  }

  const out = findings.map((f) => {
    if (f.waived || NEVER_WAIVABLE.test(f.ruleId) || nonWaivable.has(f.ruleId)) return f;
    const w = valid.find((v) => v.rule === f.ruleId && (v.scope === undefined || scopeMatches(v.scope, f)));
    return w ? { ...f, waived: true, waiver: w } : f;
  });
  return { findings: out, extra };
}
