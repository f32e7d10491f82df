// Package URL matching for rules (purlMatches, purlBase) and its indexed forms (issue 16): a
// drafted manifest declares hundreds of packages and an app has thousands of components, so
// every purl is decoded once and the declared side is indexed (exact bases in a Map, prefixes
// in a sorted list), making `component covered by a declaration` a lookup instead of a scan.

/** A package URL without `@version`, `?qualifiers` and `#subpath` (as written otherwise). */
export function purlBase(purl: unknown): string {
  if (typeof purl !== 'string') return '';
  let s = purl.trim();
  const hash = s.indexOf('#');
  if (hash >= 0) s = s.slice(0, hash);
  const q = s.indexOf('?');
  if (q >= 0) s = s.slice(0, q);
  const slash = s.lastIndexOf('/');
  const at = s.indexOf('@', slash + 1);
  return at >= 0 ? s.slice(0, at) : s;
}

function decodePurl(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Percent-escapes decoded, the purl type lower-cased. */
function norm(s: string): string {
  const d = decodePurl(s);
  const i = d.indexOf('/');
  return i < 0 ? d.toLowerCase() : d.slice(0, i).toLowerCase() + d.slice(i);
}

interface PurlKey {
  /** Normalised base (purlBase, decoded); for a prefix pattern, the normalised prefix. */
  base: string;
  /** `#subpath` as written, '' without one. */
  sub: string;
  /** A declared pattern ending in `*`. */
  prefix: boolean;
}

// Purls recur across rules and apps: each string is normalised once per run, in each of its two
// roles (a component's purl, a declared pattern). Bounded, so a hostile input cannot grow it
// without end.
const PURL_KEYS = new Map<string, PurlKey>();
const PATTERN_KEYS = new Map<string, PurlKey>();
const MAX_KEYS = 200_000;

function keyOf(s: string, pattern: boolean): PurlKey {
  const cache = pattern ? PATTERN_KEYS : PURL_KEYS;
  let k = cache.get(s);
  if (k) return k;
  const t = s.trim();
  const prefix = pattern && t.endsWith('*');
  k = prefix
    ? { base: norm(t.slice(0, -1)), sub: '', prefix }
    : { base: norm(purlBase(t)), sub: t.includes('#') ? t.slice(t.indexOf('#') + 1) : '', prefix };
  if (cache.size >= MAX_KEYS) cache.clear();
  cache.set(s, k);
  return k;
}

function isPattern(p: unknown): p is string {
  return typeof p === 'string' && p.trim().startsWith('pkg:');
}

function covers(pattern: PurlKey, purl: PurlKey): boolean {
  if (pattern.prefix) return purl.base.startsWith(pattern.base);
  return pattern.base === purl.base && (!pattern.sub || pattern.sub === purl.sub);
}

/**
 * A component's purl is covered by a declared purl: equal once versions, qualifiers and subpaths
 * are dropped and percent-escapes decoded (`pkg:npm/%40scope/x` = `pkg:npm/@scope/x`); the purl
 * type is case-insensitive. A declared purl ending in `*` is a prefix (`pkg:maven/com.umeng.umsdk/*`,
 * `pkg:maven/androidx.*`). A declared `#subpath` must match too (one CocoaPods subspec).
 */
export function purlMatches(purl: unknown, pattern: unknown): boolean {
  if (typeof purl !== 'string' || !isPattern(pattern)) return false;
  return covers(keyOf(pattern, true), keyOf(purl, false));
}

/** Declared patterns indexed: exact bases (with their subpaths, '' for any) and prefixes. */
interface PatternIndex {
  exact: Map<string, string[]>;
  prefixes: string[];
}

function patternIndex(patterns: Iterable<unknown>): PatternIndex {
  const index: PatternIndex = { exact: new Map(), prefixes: [] };
  for (const p of patterns) {
    if (!isPattern(p)) continue;
    const k = keyOf(p, true);
    if (k.prefix) index.prefixes.push(k.base);
    else {
      const subs = index.exact.get(k.base);
      if (subs) subs.push(k.sub);
      else index.exact.set(k.base, [k.sub]);
    }
  }
  return index;
}

function indexCovers(index: PatternIndex, purl: string): boolean {
  const k = keyOf(purl, false);
  const subs = index.exact.get(k.base);
  if (subs && subs.some((s) => !s || s === k.sub)) return true;
  return index.prefixes.some((p) => k.base.startsWith(p));
}

// Indexes live as long as the list they were built from (the manifest's or the facts' own
// arrays, the same object for every element a rule checks).
const DECLARED = new WeakMap<object, PatternIndex>();

/**
 * `purlDeclared(purl, list)`: a declared purl of the list covers the purl (purlMatches). The list
 * holds `sdks[]` entries (their `packages`) or declared purls themselves: the same as
 * `sdks.exists(s, s.?packages.orValue([]).exists(p, purlMatches(purl, p)))`, by lookup.
 */
export function purlDeclared(purl: unknown, sdks: unknown): boolean {
  if (typeof purl !== 'string' || !Array.isArray(sdks)) return false;
  let index = DECLARED.get(sdks);
  if (!index) {
    index = patternIndex(sdks.flatMap((s) => {
      if (typeof s === 'string') return [s];
      const packages = s && typeof s === 'object' ? (s as { packages?: unknown }).packages : undefined;
      return Array.isArray(packages) ? packages : [];
    }));
    DECLARED.set(sdks, index);
  }
  return indexCovers(index, purl);
}

/** Purls indexed the other way: normalised bases sorted (prefix search), and each base's subpaths. */
interface PurlSet {
  sorted: string[];
  subs: Map<string, Set<string>>;
}

const PRESENT = new WeakMap<object, PurlSet>();

/**
 * `purlPresent(list, pattern)`: the pattern covers the purl of some element of the list
 * (strings, or maps with a `purl`). The same as `list.exists(c, purlMatches(c.purl, pattern))`.
 */
export function purlPresent(list: unknown, pattern: unknown): boolean {
  if (!Array.isArray(list) || !isPattern(pattern)) return false;
  let set = PRESENT.get(list);
  if (!set) {
    set = { sorted: [], subs: new Map() };
    for (const e of list) {
      const purl = typeof e === 'string' ? e : e && typeof e === 'object' ? (e as { purl?: unknown }).purl : undefined;
      if (typeof purl !== 'string') continue;
      const k = keyOf(purl, false);
      const subs = set.subs.get(k.base);
      if (subs) subs.add(k.sub);
      else set.subs.set(k.base, new Set([k.sub]));
    }
    set.sorted = [...set.subs.keys()].sort();
    PRESENT.set(list, set);
  }
  const p = keyOf(pattern, true);
  if (!p.prefix) {
    const subs = set.subs.get(p.base);
    return !!subs && (!p.sub || subs.has(p.sub));
  }
  // The first base at or after the prefix starts with it if any does.
  let lo = 0;
  let hi = set.sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (set.sorted[mid]! < p.base) lo = mid + 1;
    else hi = mid;
  }
  return lo < set.sorted.length && set.sorted[lo]!.startsWith(p.base);
}
