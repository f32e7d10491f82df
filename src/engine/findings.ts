// Finding helpers: fingerprints, message templates, and input diagnostics as findings.
import { DIAGNOSTIC_TITLES } from '../core/diagnostics.js';
import { createHash } from 'node:crypto';
import type { Diagnostic, Finding, Localized, Location } from '../core/types.js';
import { escapePointerSegment } from './yaml-source.js';

/** Whitespace collapsed, trimmed, lower-cased: stable across cosmetic edits. */
export function normaliseSubject(subject: string): string {
  return subject.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** sha256(ruleId, file, normalised subject), first 16 hex characters. Never line numbers. */
export function fingerprint(ruleId: string, file: string, subject: string): string {
  return createHash('sha256').update(`${ruleId}\u0000${file}\u0000${normaliseSubject(subject)}`).digest('hex').slice(0, 16);
}

/** Placeholder paths split once: a rule renders the same few for each of thousands of items. */
const KEYS = new Map<string, string[]>();

function lookup(scope: Record<string, unknown>, path: string): unknown {
  let cur: unknown = scope;
  let keys = KEYS.get(path);
  if (!keys) KEYS.set(path, (keys = path.split('.')));
  for (const key of keys) {
    if (cur instanceof Map) cur = cur.get(key);
    else if (cur && typeof cur === 'object' && Object.prototype.hasOwnProperty.call(cur, key)) cur = (cur as Record<string, unknown>)[key];
    else return undefined;
  }
  return cur;
}

function show(value: unknown): string {
  if (value === undefined || value === null) return '?';
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(show).join(', ');
  if (value instanceof Date) return value.toISOString();
  try {
    return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v)) ?? '?';
  } catch {
    return '?';
  }
}

const PLACEHOLDER = /\{([A-Za-z_][\w-]*(?:\.[\w-]+)*)\}/g;
const ONE_PLACEHOLDER = /^\{([A-Za-z_][\w-]*(?:\.[\w-]+)*)\}$/;

/** Fills `{item.vendor}`, `{params.freshnessDays}`, `{index}`, `{vars.age}` from the scope; unknown → `?`. */
export function render(template: string, scope: Record<string, unknown>): string {
  // A template that is one placeholder (`{item.url}`, the usual groupBy and subject) needs no replace.
  const only = ONE_PLACEHOLDER.exec(template);
  if (only) return show(lookup(scope, only[1]!));
  return template.replace(PLACEHOLDER, (_m, p: string) => show(lookup(scope, p)));
}

/** Like render, for JSON pointer templates: each value is escaped as one pointer segment. */
export function renderPointer(template: string, scope: Record<string, unknown>): string {
  return template.replace(PLACEHOLDER, (_m, p: string) => escapePointerSegment(show(lookup(scope, p))));
}

/** A text without placeholders is returned as is: thousands of findings share one object. */
export function renderLocalized(text: Localized, scope: Record<string, unknown>): Localized {
  if (!text.en.includes('{') && !text['zh-CN'].includes('{')) return text;
  return { en: render(text.en, scope), 'zh-CN': render(text['zh-CN'], scope) };
}

/** Titles of the input-problem codes the engine knows (src/core/diagnostics.ts); others use the message. */
export { DIAGNOSTIC_TITLES };

function titleOf(d: Diagnostic): Localized {
  const known = DIAGNOSTIC_TITLES[d.code];
  if (known) return known;
  const first = (s: string): string => {
    const line = s.split('\n')[0] ?? s;
    return line.length > 100 ? `${line.slice(0, 97)}...` : line;
  };
  return { en: first(d.message.en), 'zh-CN': first(d.message['zh-CN']) };
}

/** Input problems (parse errors, unreadable files) as ordinary findings: ruleId = diagnostic code. */
export function diagnosticsToFindings(diags: readonly Diagnostic[], app: string): Finding[] {
  return diags.map((d) => {
    const subject = d.subject ?? d.code;
    return {
      ruleId: d.code,
      severity: d.severity,
      title: titleOf(d),
      message: d.message,
      articles: [...(d.articles ?? [])].sort((a, b) => a - b),
      location: d.location,
      fingerprint: fingerprint(d.code, d.location.file, subject),
      subject,
      waived: false,
      app,
    };
  });
}

/** Deterministic order: file, line, column, rule, subject. */
export function compareByLocation(a: Finding, b: Finding): number {
  const keys: [string | number, string | number][] = [
    [a.location.file, b.location.file],
    [a.location.line ?? 0, b.location.line ?? 0],
    [a.location.column ?? 0, b.location.column ?? 0],
    [a.ruleId, b.ruleId],
    [a.subject, b.subject],
  ];
  for (const [x, y] of keys) if (x !== y) return x < y ? -1 : 1;
  return 0;
}

/**
 * Findings one rule (or input-problem code) may list per app; the rest are counted in one
 * finding at the first of them ("and 74,000 more at …"), never materialised (issue 16).
 */
export const MAX_FINDINGS_PER_RULE = 1000;
/** Places the omission finding names before `…`. */
const OMITTED_PLACES = 3;

export interface OmittedOf {
  ruleId: string;
  title: Localized;
  severity: Finding['severity'];
  articles: readonly number[];
  app: string;
}

/** The one finding standing for `places.length` findings of a rule that were not listed. */
export function omittedFinding(of: OmittedOf, places: readonly Location[]): Finding {
  // The first place, and the first OMITTED_PLACES + 1 files in order (kept sorted, few), in one pass.
  let first = places[0]!;
  const files: string[] = [];
  for (const l of places) {
    if (compareLocation(l, first) < 0) first = l;
    if (files.length > OMITTED_PLACES && l.file >= files[OMITTED_PLACES]!) continue;
    if (files.includes(l.file)) continue;
    files.push(l.file);
    files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (files.length > OMITTED_PLACES + 1) files.pop();
  }
  const at = files.slice(0, OMITTED_PLACES).join(', ') + (files.length > OMITTED_PLACES ? ', …' : '');
  const count = places.length.toLocaleString('en');
  return {
    ruleId: of.ruleId,
    severity: of.severity,
    title: of.title,
    message: {
      en: `… and ${count} more at ${at} (${of.ruleId}: at most ${MAX_FINDINGS_PER_RULE.toLocaleString('en')} findings of one rule are listed per app; fix the ones listed, or run the check on a narrower folder, to see the rest).`,
      'zh-CN': `……另有 ${count} 项，位于 ${at}（${of.ruleId}：每个应用每条规则最多列出 ${MAX_FINDINGS_PER_RULE} 项；修正已列出的问题或缩小检查目录后可见其余各项）。`,
    },
    articles: [...of.articles],
    location: first,
    fingerprint: fingerprint(of.ruleId, of.app, `${of.ruleId}#omitted`),
    subject: `${of.ruleId}#omitted`,
    waived: false,
    app: of.app,
    omitted: places.length,
  };
}

/** Caps already materialised findings (input problems) per rule id, keeping the first in location order. */
export function capFindings(findings: readonly Finding[], app: string): Finding[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  if ([...byRule.values()].every((l) => l.length <= MAX_FINDINGS_PER_RULE)) return [...findings];
  const out: Finding[] = [];
  for (const list of byRule.values()) {
    if (list.length <= MAX_FINDINGS_PER_RULE) {
      out.push(...list);
      continue;
    }
    list.sort(compareByLocation);
    const rest = list.slice(MAX_FINDINGS_PER_RULE);
    out.push(...list.slice(0, MAX_FINDINGS_PER_RULE));
    const first = rest[0]!;
    out.push(omittedFinding({ ruleId: first.ruleId, title: first.title, severity: first.severity, articles: first.articles, app }, rest.map((f) => f.location)));
  }
  return out;
}

function compareLocation(a: Location, b: Location): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
