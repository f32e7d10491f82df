// Checks a parsed manifest against schema/mobile-app.schema.json and turns each ajv error
// into one located, human diagnostic: the offending value (or key) and what was expected.
// `TODO` placeholders are found here too, so that each is one finding saying what to fill in.
import type { ErrorObject } from 'ajv';
import type { Diagnostic, Localized, Location } from '../core/types.js';
import { validator } from '../precompiled/index.js';
import { DATE_RE } from './formats.js';
import { FORMAT_TEXT, fieldName, msg, typeText } from './messages.js';
import { isTodo } from './todo.js';
import type { ManifestData } from './types.js';

export { isDate, isDuration, isEmail, isHttpsUrl, isLink } from './formats.js';

export interface ValidationContext {
  file: string;
  /** Place of the value at a JSON pointer (nearest present ancestor when absent). */
  locate(pointer: string): Location;
  /** Place of the key of a mapping entry. */
  locateKey(pointer: string): Location;
  /** The YAML source text of the value at a pointer (to suggest quoting `15.0`). */
  source(pointer: string): string | undefined;
}

const ARTICLES = [2];

/**
 * Schema problems and `TODO` placeholders of a manifest, one diagnostic per offending place,
 * sorted by position. A placeholder is one `manifest/todo` that says what to fill in (from the
 * schema), not also a schema error.
 */
export function validateManifest(data: ManifestData, ctx: ValidationContext): Diagnostic[] {
  // Formats and annotation keywords: src/precompiled/schemas.ts.
  const validate = validator('manifest');
  const errors = validate(data) ? [] : validate.errors ?? [];
  const hints = new Map<string, Hint>();
  const out = [...toDiagnostics(errors, ctx, hints), ...todoDiagnostics(data, '', ctx.locate, hints)];
  out.sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0)
    || (a.subject ?? '').localeCompare(b.subject ?? ''));
  return out;
}

/** What the schema wants instead of a placeholder, best first (an enum says more than a type). */
interface Hint {
  rank: number;
  what: Localized;
}

function todoHint(e: ErrorObject): Hint | undefined {
  const params = e.params as Record<string, unknown>;
  const parent = (e.parentSchema ?? {}) as Record<string, unknown>;
  switch (e.keyword) {
    case 'enum':
      return { rank: 0, what: msg.oneOf((params.allowedValues as unknown[]) ?? []) };
    case 'const':
      return { rank: 0, what: msg.oneOf([params.allowedValue]) };
    case 'format': {
      const what = FORMAT_TEXT[String(params.format)];
      return what ? { rank: 1, what } : undefined;
    }
    case 'pattern': {
      const examples = (Array.isArray(parent.examples) ? parent.examples : []).filter((x): x is string => typeof x === 'string').map((x) => `\`${x}\``);
      return examples.length ? { rank: 2, what: { en: `a value like ${examples.join(' or ')}`, 'zh-CN': `形如 ${examples.join(' 或 ')} 的值` } } : undefined;
    }
    case 'type':
      return { rank: 3, what: typeText(String(params.type)) };
    default:
      return undefined;
  }
}

function todoDiagnostics(value: unknown, pointer: string, locate: (p: string) => Location, hints: ReadonlyMap<string, Hint>): Diagnostic[] {
  if (isTodo(value)) {
    return [{ code: 'manifest/todo', severity: 'error', message: msg.todo(fieldName(pointer), hints.get(pointer)?.what), location: locate(pointer), subject: pointer, articles: ARTICLES }];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => todoDiagnostics(v, `${pointer}/${i}`, locate, hints));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => todoDiagnostics(v, `${pointer}/${escapeSegment(k)}`, locate, hints));
  }
  return [];
}

// ---------------------------------------------------------------------------------------------

const PRIORITY: Record<string, number> = {
  type: 0, const: 1, enum: 1, format: 2, pattern: 3, minLength: 4, maxLength: 4, minimum: 4, maximum: 4,
  exclusiveMinimum: 4, exclusiveMaximum: 4, minItems: 4, maxItems: 4, uniqueItems: 5, required: 6,
};

interface Candidate {
  pointer: string;
  code: 'manifest/schema' | 'manifest/unknown-key';
  rank: number;
  message: Localized;
  location: Location;
}

function toDiagnostics(errors: ErrorObject[], ctx: ValidationContext, hints: Map<string, Hint>): Diagnostic[] {
  const best = new Map<string, Candidate>();
  const overflow: string[] = [];
  const keep = (c: Candidate, key: string): void => {
    const prev = best.get(key);
    if (!prev || c.rank < prev.rank) best.set(key, c);
  };

  for (const e of errors) {
    // apiVersion is checked by the loader, which says more than "must be equal to constant".
    if (e.instancePath === '/apiVersion') continue;
    if (e.keyword === 'required' && e.instancePath === '' && (e.params as { missingProperty?: string }).missingProperty === 'apiVersion') continue;
    // Wrappers whose cause is reported by their own sub-errors.
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf' || e.keyword === 'allOf' || e.keyword === 'if' || e.keyword === '$ref') continue;

    const pointer = e.instancePath;
    // Past the listing limit a schema error is only counted (issue 16: a manifest of duplicated
    // lines gives 100,000 of them); `check` lists at most this many findings of a code anyway.
    if (best.size >= MAX_LISTED) {
      overflow.push(pointer);
      continue;
    }
    // Two placeholders in one list are not a duplicate value, only two TODOs.
    if (e.keyword === 'uniqueItems' && Array.isArray(e.data) && isTodo(e.data[Number((e.params as { i?: number }).i)])) continue;
    // A placeholder is reported once, as manifest/todo; the error only says what to fill in.
    if (isTodo(e.data)) {
      const hint = todoHint(e);
      const prev = hints.get(pointer);
      if (hint && (!prev || hint.rank < prev.rank)) hints.set(pointer, hint);
      continue;
    }
    const field = fieldName(pointer);
    const params = e.params as Record<string, unknown>;
    const parent = (e.parentSchema ?? {}) as Record<string, unknown>;

    if (e.keyword === 'additionalProperties') {
      const key = String(params.additionalProperty);
      const child = `${pointer}/${escapeSegment(key)}`;
      const allowed = Object.keys((parent.properties ?? {}) as Record<string, unknown>);
      keep({ pointer: child, code: 'manifest/unknown-key', rank: 0, message: msg.unknownKey(fieldName(child), suggest(key, allowed), allowed), location: ctx.locateKey(child) }, `u:${child}`);
      continue;
    }
    if (e.keyword === 'propertyNames' || (e as { propertyName?: string }).propertyName !== undefined) {
      const key = (e as { propertyName?: string }).propertyName ?? String(params.propertyName ?? '');
      if (!key) continue;
      const child = `${pointer}/${escapeSegment(key)}`;
      keep({ pointer: child, code: 'manifest/schema', rank: 0,
        message: msg.notValid(fieldName(child), `\`${key}\` is not a language tag like zh-CN / en`),
        location: ctx.locateKey(child) }, `k:${child}`);
      continue;
    }
    if (e.keyword === 'required') {
      const missing = String(params.missingProperty);
      const child = `${pointer}/${escapeSegment(missing)}`;
      keep({ pointer: child, code: 'manifest/schema', rank: PRIORITY.required ?? 9, message: msg.required(pointer ? field : '', missing),
        location: pointer ? ctx.locateKey(pointer) : ctx.locate('') }, `r:${child}`);
      continue;
    }

    const value = e.data;
    let message: Localized;
    switch (e.keyword) {
      case 'type': {
        const expected = String(params.type);
        const src = ctx.source(pointer);
        const hint = expected.split(',').includes('string') && (typeof value === 'number' || typeof value === 'boolean') && src
          ? msg.quoteIt(src.trim()) : undefined;
        message = msg.type(field, expected, value, hint);
        break;
      }
      case 'enum': {
        const allowed = (params.allowedValues as unknown[]) ?? [];
        const strings = allowed.filter((a): a is string => typeof a === 'string');
        message = msg.enumValue(field, allowed, value, typeof value === 'string' ? suggest(value, strings) : undefined);
        break;
      }
      case 'const':
        message = msg.constValue(field, params.allowedValue, value);
        break;
      case 'format': {
        const what = FORMAT_TEXT[String(params.format)] ?? { en: `a valid ${String(params.format)}`, 'zh-CN': `有效的 ${String(params.format)}` };
        message = msg.format(field, dateHint(String(params.format), value, what), value);
        break;
      }
      case 'pattern': {
        const examples = Array.isArray(parent.examples) ? parent.examples : [];
        const shown = examples.filter((x): x is string => typeof x === 'string').map((x) => `\`${x}\``);
        const what: Localized = shown.length
          ? { en: `written like ${shown.join(' or ')}`, 'zh-CN': `形如 ${shown.join(' 或 ')} 的格式` }
          : { en: `text matching ${String(params.pattern)}`, 'zh-CN': `符合 ${String(params.pattern)} 的文本` };
        message = msg.format(field, what, value);
        break;
      }
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
        message = msg.minimum(field, String(params.comparison), Number(params.limit), value);
        break;
      case 'minItems':
        message = msg.minItems(field, Number(params.limit));
        break;
      case 'uniqueItems':
        message = msg.uniqueItems(field, Number(params.i), Number(params.j));
        break;
      case 'minLength':
        message = msg.minLength(field);
        break;
      case 'maxLength':
        message = msg.maxLength(field, Number(params.limit));
        break;
      default:
        message = msg.notValid(field, e.message ?? e.keyword);
    }
    keep({ pointer, code: 'manifest/schema', rank: PRIORITY[e.keyword] ?? 8, message, location: ctx.locate(pointer) }, `v:${pointer}`);
  }

  const out: Diagnostic[] = [...best.values()].map((c) => ({
    code: c.code, severity: 'error', message: c.message, location: c.location, subject: c.pointer || '/', articles: ARTICLES,
  }));
  if (overflow.length) {
    const n = overflow.length.toLocaleString('en');
    out.push({
      code: 'manifest/schema', severity: 'error', location: ctx.locate(overflow[0]!), subject: `${overflow[0]}#more`, articles: ARTICLES,
      message: {
        en: `… and ${n} more schema errors from ${fieldName(overflow[0]!)} on, not examined one by one (the first ${MAX_LISTED} are listed): fix those first.`,
        'zh-CN': `……自 ${fieldName(overflow[0]!)} 起另有 ${n} 项结构错误未逐一检查（已列出前 ${MAX_LISTED} 项），请先修正已列出的问题。`,
      },
    });
  }
  return out;
}

/** Schema errors examined one by one; the rest are counted (MAX_FINDINGS_PER_RULE in src/engine/findings.ts). */
const MAX_LISTED = 1000;

/** For dates, says why a well-formed `2025-02-30` is refused. */
function dateHint(format: string, value: unknown, what: Localized): Localized {
  if (format === 'date' && typeof value === 'string' && DATE_RE.test(value)) {
    return { en: `${what.en} (a real calendar day)`, 'zh-CN': `${what['zh-CN']}（须为真实存在的日期）` };
  }
  return what;
}

function escapeSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The closest allowed name, if it is close enough to be a typo (Damerau-Levenshtein). */
export function suggest(input: string, allowed: readonly string[]): string | undefined {
  if (!input) return undefined;
  const lower = input.toLowerCase();
  // A value that is the start of exactly one allowed value (`photos` → `photos-or-videos`).
  const prefixed = allowed.filter((c) => c.toLowerCase().startsWith(`${lower}-`));
  if (prefixed.length === 1) return prefixed[0];
  let best: string | undefined;
  let bestDist = Infinity;
  for (const cand of allowed) {
    const c = cand.toLowerCase();
    if (c === lower || c.replace(/[-_]/g, '') === lower.replace(/[-_]/g, '')) return cand;
    const d = distance(lower, c);
    if (d < bestDist) {
      bestDist = d;
      best = cand;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(1, Math.floor(Math.max(input.length, best.length) / 3));
  return bestDist <= limit ? best : undefined;
}

/** Optimal string alignment distance: insertions, deletions, substitutions, transpositions. */
export function distance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  if (!m) return n;
  if (!n) return m;
  let prev2: number[] = new Array<number>(n + 1).fill(0);
  let prev: number[] = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur: number[] = [i];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur.push(v);
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[n] ?? 0;
}
