// CEL for policy rules, on @marcbachmann/cel-js (see docs/decisions/0003-cel-library.md).
// One shared environment: the variables rules may use, a few total helper functions, and
// limits that keep hostile expressions small at load and short at run time.
import { timeBoxed as timeBox, TimeBoxExpired } from '../core/time-box.js';
import { purlBase, purlDeclared, purlMatches, purlPresent } from './purls.js';
import { Environment, type ASTNode } from '@marcbachmann/cel-js';
import { holdsTodo, isTodo } from '../manifest/todo.js';
import { compileFast, FALLBACK } from './cel-fast.js';

/** The variables a rule may refer to; any other top-level name is a load error. */
export const CEL_VARIABLES = ['manifest', 'facts', 'now', 'params', 'stage', 'item', 'index', 'vars'] as const;

export const LIMITS = {
  /** Parse-time AST size and depth (cel-js limits). */
  maxAstNodes: 1000,
  maxDepth: 60,
  maxListElements: 200,
  maxMapEntries: 200,
  maxCallArguments: 8,
  /** Nested comprehensions (`all`, `exists`, `map`, `filter`, ...) in one expression. */
  maxComprehensionNesting: 3,
  /** Source length of one expression. */
  maxExpressionLength: 4000,
  /** Wall-clock budget of one rule (all its expressions over all its items). */
  ruleTimeoutMs: 1000,
};

/** Days returned by daysSince() for a missing or invalid date: always older than any threshold. */
export const NEVER = 1_000_000n;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Parses an ISO 8601 date or date-time; undefined when it is not one (or not a real calendar day). */
export function parseIsoDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string') return undefined;
  const m = ISO_DATE.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return undefined;
  if (!m[4]) return day;
  const full = new Date(value.trim().replace(' ', 'T'));
  return Number.isNaN(full.getTime()) ? undefined : full;
}

/** Evaluation-time state the helpers read: evaluation is synchronous, so one slot is enough. */
const clock = { now: new Date(0) };

function utcDay(d: Date): number {
  return Math.floor(d.getTime() / MS_PER_DAY);
}

export function daysSince(value: unknown, now: Date = clock.now): bigint {
  const d = parseIsoDate(value);
  if (!d) return NEVER;
  return BigInt(utcDay(now) - utcDay(d));
}

export function daysUntil(value: unknown, now: Date = clock.now): bigint {
  const d = parseIsoDate(value);
  if (!d) return -NEVER;
  return BigInt(utcDay(d) - utcDay(now));
}

/** A declared value: not blank, and not an unfilled `TODO` placeholder of a draft (nor a list of only those). */
function filled(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '' && !isTodo(value);
  if (Array.isArray(value)) return value.length > 0 && !value.every(isTodo);
  if (value instanceof Map) return value.size > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true; // numbers and booleans are declared values
}

function field(obj: unknown, key: string): unknown {
  if (obj instanceof Map) return obj.get(key);
  if (obj && typeof obj === 'object') return (obj as Record<string, unknown>)[key];
  return undefined;
}

function toBigInt(v: unknown): bigint {
  return typeof v === 'bigint' ? v : typeof v === 'number' && Number.isFinite(v) ? BigInt(Math.trunc(v)) : 0n;
}

/** A date within the last `days` days (not in the future). */
function recent(date: unknown, days: unknown): boolean {
  const age = daysSince(date);
  return age >= 0n && age <= toBigInt(days);
}

/** An assessment-like object ({date, result}) dated within `days` and not failed. */
function fresh(assessment: unknown, days: unknown): boolean {
  return recent(field(assessment, 'date'), days) && field(assessment, 'result') !== 'fail';
}

function versionParts(v: unknown): number[] | undefined {
  const s = typeof v === 'bigint' || typeof v === 'number' ? String(v) : v;
  if (typeof s !== 'string' || !/^\d+(\.\d+)*$/.test(s.trim())) return undefined;
  return s.trim().split('.').map(Number);
}

/** Dotted numeric version comparison; false when either side is not a version. */
function versionAtLeast(version: unknown, minimum: unknown): boolean {
  const a = versionParts(version);
  const b = versionParts(minimum);
  if (!a || !b) return false;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

// --- Repository-fact helpers (domain globs, package URLs, nested lists) ---

/** Lower-cased host without a trailing dot. */
function hostOf(v: unknown): string {
  if (typeof v !== 'string') return '';
  // Hosts from the links facts are normal already: checked by hand, not copied (one per URL host).
  if (isNormalHost(v)) return v;
  const h = v.trim().toLowerCase();
  return h.endsWith('.') ? h.slice(0, -1) : h;
}

/** No upper case, no white space, no trailing dot: what hostOf would return unchanged. */
function isNormalHost(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c <= 32 || (c >= 65 && c <= 90) || c > 126) return false;
  }
  return v.charCodeAt(v.length - 1) !== 46;
}

interface DomainSet {
  exact: Set<string>;
  /** `.example.com` for each `*.example.com`. */
  suffixes: string[];
}

// Rules call domainMatches once per item with an equal pattern list (often a fresh
// concatenation), so the last list and its parsed form are kept: comparing elements is far
// cheaper than normalising every pattern again.
let lastPatterns: readonly unknown[] = [];
let lastList: readonly unknown[] | undefined;
let lastDomains: DomainSet = { exact: new Set(), suffixes: [] };

function domainSet(patterns: readonly unknown[]): DomainSet {
  // The same list (a rule binds it once: cel.bind) needs no comparison at all.
  if (patterns === lastList) return lastDomains;
  lastList = patterns;
  if (patterns.length === lastPatterns.length && patterns.every((p, i) => p === lastPatterns[i])) return lastDomains;
  const set: DomainSet = { exact: new Set(), suffixes: [] };
  for (const p of patterns) {
    const d = hostOf(p);
    if (d.startsWith('*.')) set.suffixes.push(d.slice(1));
    else if (d) set.exact.add(d);
  }
  lastPatterns = patterns.slice();
  lastDomains = set;
  return set;
}

/**
 * A host matches one of the domain patterns: `api.example.com` exactly, or `*.example.com` for
 * any subdomain at any depth (not `example.com` itself). Case-insensitive.
 */
export function domainMatches(host: unknown, patterns: unknown): boolean {
  const h = hostOf(host);
  if (!h || !Array.isArray(patterns)) return false;
  const { exact, suffixes } = domainSet(patterns);
  return exact.has(h) || suffixes.some((s) => h.length > s.length && h.endsWith(s));
}

/** The elements of a list that match none of the domain patterns (as domainMatches), in list order. */
export function outsideDomains(hosts: unknown, patterns: unknown): unknown[] {
  return Array.isArray(hosts) ? hosts.filter((h) => !domainMatches(h, patterns)) : [];
}

export { purlBase, purlMatches } from './purls.js';

/** One level of nesting removed: [[a], [b, c], d] → [a, b, c, d]. */
export function flatten(list: unknown): unknown[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((x) => (Array.isArray(x) ? x : [x]));
}

/** Helper functions available to rules, documented in docs/policy-authoring.md. */
export const CEL_FUNCTIONS: { signature: string; description: string }[] = [
  { signature: 'daysSince(dyn): int', description: 'Whole days from an ISO date to `now` (UTC days); 1000000 when missing or invalid, so it is always stale.' },
  { signature: 'daysUntil(dyn): int', description: 'Whole days from `now` to an ISO date; -1000000 when missing or invalid, so it is always expired.' },
  { signature: 'isDate(dyn): bool', description: 'True for a valid ISO 8601 date or date-time string.' },
  { signature: 'filled(dyn): bool', description: 'True for a non-blank string, a non-empty list or map, any number or boolean; false for null and for a TODO placeholder (or a list of only those).' },
  { signature: 'todo(dyn): bool', description: 'True for a TODO placeholder of a draft manifest, or a list or map holding one: a value manifest/todo already reports.' },
  { signature: 'recent(dyn, dyn): bool', description: 'An ISO date at most N days before `now` (and not after it).' },
  { signature: 'fresh(dyn, dyn): bool', description: 'An assessment object {date, result} dated within N days before `now` and whose result is not "fail".' },
  { signature: 'versionAtLeast(dyn, dyn): bool', description: 'Dotted numeric versions: "15.0" >= "14"; false when either is not a version.' },
  { signature: 'domainMatches(dyn, dyn): bool', description: 'A host equals one of the domains, or is a subdomain of a `*.example.com` entry (case-insensitive).' },
  { signature: 'outsideDomains(dyn, dyn): list', description: 'The hosts of a list that match none of the domains (as domainMatches), in list order: `list.filter(h, !domainMatches(h, domains))` in one call.' },
  { signature: 'purlMatches(dyn, dyn): bool', description: 'A package URL is covered by a declared one: same purl without version and qualifiers; a declared purl ending in `*` is a prefix.' },
  { signature: 'purlDeclared(dyn, dyn): bool', description: 'purlDeclared(purl, manifest.sdks): some `sdks[].packages` entry covers the package URL (as purlMatches), by an index built once per list.' },
  { signature: 'purlPresent(dyn, dyn): bool', description: 'purlPresent(list, pattern): the declared purl covers the `purl` of some element of the list (components, or purl strings), by an index built once per list.' },
  { signature: 'purlBase(dyn): string', description: 'A package URL without `@version`, qualifiers and subpath.' },
  { signature: 'flatten(dyn): list', description: 'A list of lists as one list (one level).' },
];

function buildEnvironment(): Environment {
  const env = new Environment({
    enableOptionalTypes: true,
    homogeneousAggregateLiterals: false,
    unlistedVariablesAreDyn: false,
    limits: {
      maxAstNodes: LIMITS.maxAstNodes,
      maxDepth: LIMITS.maxDepth,
      maxListElements: LIMITS.maxListElements,
      maxMapEntries: LIMITS.maxMapEntries,
      maxCallArguments: LIMITS.maxCallArguments,
    },
  })
    .registerVariable('manifest', 'map')
    .registerVariable('facts', 'map')
    .registerVariable('now', 'google.protobuf.Timestamp')
    .registerVariable('params', 'map')
    .registerVariable('stage', 'string')
    .registerVariable('item', 'dyn')
    .registerVariable('index', 'int')
    .registerVariable('vars', 'map')
    .registerFunction('daysSince(dyn): int', (v: unknown) => daysSince(v))
    .registerFunction('daysUntil(dyn): int', (v: unknown) => daysUntil(v))
    .registerFunction('isDate(dyn): bool', (v: unknown) => parseIsoDate(v) !== undefined)
    .registerFunction('filled(dyn): bool', filled)
    .registerFunction('todo(dyn): bool', (v: unknown) => holdsTodo(fromCel(v)))
    .registerFunction('recent(dyn, dyn): bool', recent)
    .registerFunction('fresh(dyn, dyn): bool', fresh)
    .registerFunction('versionAtLeast(dyn, dyn): bool', versionAtLeast)
    .registerFunction('domainMatches(dyn, dyn): bool', domainMatches)
    .registerFunction('outsideDomains(dyn, dyn): list', outsideDomains)
    .registerFunction('purlMatches(dyn, dyn): bool', purlMatches)
    .registerFunction('purlBase(dyn): string', purlBase)
    .registerFunction('purlDeclared(dyn, dyn): bool', purlDeclared)
    .registerFunction('purlPresent(dyn, dyn): bool', purlPresent)
    .registerFunction('flatten(dyn): list', flatten);
  return env;
}

let shared: Environment | undefined;
function environment(): Environment {
  shared ??= buildEnvironment();
  return shared;
}

export type CelProgram = (ctx: Record<string, unknown>) => unknown;

export interface CompiledExpression {
  source: string;
  run: CelProgram;
  /** Top-level variables the expression reads. */
  variables: ReadonlySet<string>;
}

/** A compile problem with its offset in the expression source. */
export class CelCompileError extends Error {
  readonly offset?: number;
  constructor(message: string, offset?: number) {
    super(message);
    this.name = 'CelCompileError';
    this.offset = offset;
  }
}

const COMPREHENSIONS = new Set(['all', 'exists', 'exists_one', 'map', 'filter', 'existsOne', 'transformList', 'transformMap']);

/** The first line of a cel-js message (the rest is a caret drawing of the source). */
export function celMessage(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return (msg.split('\n')[0] ?? msg).trim();
}

function celOffset(e: unknown): number | undefined {
  const err = e as { range?: { start?: number }; node?: { start?: number; pos?: number } };
  return err?.range?.start ?? err?.node?.start ?? err?.node?.pos;
}

function walk(ast: ASTNode, visit: (node: ASTNode, nesting: number) => void, nesting = 0): void {
  const isComprehension = (ast.op === 'rcall' || ast.op === 'call') && COMPREHENSIONS.has(String((ast.args as unknown[])[0]));
  const depth = nesting + (isComprehension ? 1 : 0);
  visit(ast, depth);
  const visitAny = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(visitAny);
    else if (x && typeof x === 'object' && 'op' in x) walk(x as ASTNode, visit, depth);
  };
  if (ast.op !== 'value' && ast.op !== 'id') visitAny(ast.args);
}

/** Parses and type-checks once; throws CelCompileError with the offset of the problem. */
export function compileCel(source: string, expected: 'bool' | 'list' | 'any'): CompiledExpression {
  if (source.length > LIMITS.maxExpressionLength) {
    throw new CelCompileError(`expression is ${source.length} characters long, over the limit of ${LIMITS.maxExpressionLength}`);
  }
  let parsed;
  try {
    parsed = environment().parse(source);
  } catch (e) {
    throw new CelCompileError(celMessage(e), celOffset(e));
  }
  const checked = parsed.check();
  if (!checked.valid) throw new CelCompileError(celMessage(checked.error), celOffset(checked.error));
  const type = checked.type ?? 'dyn';
  if (expected === 'bool' && type !== 'bool' && type !== 'dyn') {
    throw new CelCompileError(`expression must be a bool, but it is a ${type}`, 0);
  }
  if (expected === 'list' && !type.startsWith('list') && type !== 'dyn') {
    throw new CelCompileError(`expression must be a list, but it is a ${type}`, 0);
  }
  const variables = new Set<string>();
  let nesting = 0;
  walk(parsed.ast, (node, depth) => {
    nesting = Math.max(nesting, depth);
    if (node.op === 'id' && (CEL_VARIABLES as readonly string[]).includes(node.args)) variables.add(node.args);
  });
  if (nesting > LIMITS.maxComprehensionNesting) {
    throw new CelCompileError(`comprehensions are nested ${nesting} deep, over the limit of ${LIMITS.maxComprehensionNesting}`, 0);
  }
  const program = parsed;
  // Small element tests run as closures (cel-fast.ts); anything they cannot answer, cel-js does.
  const fast = compileFast(parsed.ast);
  const run: CelProgram = fast
    ? (ctx) => {
      try {
        return fast(ctx);
      } catch (e) {
        if (e === FALLBACK) return program(ctx);
        throw e;
      }
    }
    : (ctx) => program(ctx);
  return { source, run, variables };
}

// Facts hold hundreds of thousands of small integers (lines, columns, list indexes): sharing
// their bigints saves allocations and garbage collection.
const SMALL_INTS = Array.from({ length: 1024 }, (_, i) => BigInt(i));

/** A safe integer as a CEL int. */
export function celInt(n: number): bigint {
  return n >= 0 && n < SMALL_INTS.length ? SMALL_INTS[n]! : BigInt(n);
}

/**
 * Plain JSON → CEL values: integers become int (bigint), dates ISO strings, undefined dropped. An
 * object met twice (a URL in both `urls` and `insecureUrls`) is converted once, and shared.
 */
export function toCel(value: unknown): unknown {
  return celValue(value, 0, new Map());
}

function celValue(value: unknown, depth: number, seen: Map<object, unknown>): unknown {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'bigint':
      return value;
    case 'number':
      return Number.isSafeInteger(value) ? celInt(value) : value;
    case 'object':
      break;
    default:
      return null;
  }
  if (depth > 200) return null;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      out[i] = typeof v === 'string' ? v : celValue(v, depth + 1, seen);
    }
    return out;
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  const done = seen.get(value);
  if (done !== undefined) return done;
  const out: Record<string, unknown> = {};
  const src = value as Record<string, unknown>;
  for (const k of Object.keys(src)) {
    if (k === '__proto__') continue;
    const v = src[k];
    // Strings and booleans stay as they are; skipping the call for them is a third faster on facts.
    if (typeof v === 'string' || typeof v === 'boolean') out[k] = v;
    else if (v !== undefined) out[k] = celValue(v, depth + 1, seen);
  }
  seen.set(value, out);
  return out;
}

/** CEL values → plain JSON-ish values for messages: bigint → number. */
export function fromCel(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(fromCel);
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), fromCel(v)]));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromCel(v)]));
  }
  return value;
}

/** Sets the `now` the helpers measure against, for the duration of `fn`. */
export function withNow<T>(now: Date, fn: () => T): T {
  const saved = clock.now;
  clock.now = now;
  try {
    return fn();
  } finally {
    clock.now = saved;
  }
}

export class RuleTimeoutError extends Error {
  constructor(ms: number) {
    super(`evaluation took longer than ${ms} ms and was stopped`);
    this.name = 'RuleTimeoutError';
  }
}

/** Runs `fn` with a wall-clock limit (src/core/time-box.ts); throws RuleTimeoutError when it is exceeded. */
export function timeBoxed<T>(fn: () => T, ms: number): T {
  try {
    return timeBox(fn, ms);
  } catch (e) {
    if (e instanceof TimeBoxExpired) throw new RuleTimeoutError(ms);
    throw e;
  }
}
