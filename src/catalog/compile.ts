// Precompiled lookup tables for the catalogue: exact keys in Maps, globs in short lists
// sorted by specificity, so a lookup costs a few Map probes.
import type { CatalogAmbiguity, CatalogSdk, PatternKind } from './types.js';

export interface Hit {
  sdk: CatalogSdk;
  pattern: string;
}

interface GlobRule extends Hit {
  re: RegExp;
  /** Literal characters in the pattern: more means more specific. */
  specificity: number;
  /** Position in the catalogue: breaks ties between equally specific globs. */
  order: number;
}

/** Exact keys plus glob rules for one identifier kind. Keys are normalised by the caller. */
export class PatternTable {
  private readonly exact = new Map<string, Hit>();
  /** General globs by their first character (lower case), `*` for those that start with a wildcard. */
  private readonly globsByLead = new Map<string, GlobRule[]>();
  /** Globs bucketed by a literal key (the Maven group), tried before the general list. */
  private readonly bucketed = new Map<string, GlobRule[]>();
  private sorted = true;
  private count = 0;

  constructor(
    readonly kind: PatternKind,
    private readonly ambiguities: CatalogAmbiguity[],
  ) {}

  add(key: string, hit: Hit, bucket?: string): void {
    if (!key.includes('*')) {
      const prev = this.exact.get(key);
      if (prev) {
        if (prev.sdk !== hit.sdk) this.ambiguities.push({ kind: this.kind, pattern: hit.pattern, sdks: [prev.sdk.id, hit.sdk.id] });
        return;
      }
      this.exact.set(key, hit);
      return;
    }
    const rule: GlobRule = { ...hit, re: globToRegExp(key), specificity: key.replace(/\*/g, '').length, order: this.count++ };
    const list = bucket === undefined ? getOrCreate(this.globsByLead, leadOf(key)) : getOrCreate(this.bucketed, bucket);
    const dup = list.find((r) => r.re.source === rule.re.source);
    if (dup) {
      if (dup.sdk !== hit.sdk) this.ambiguities.push({ kind: this.kind, pattern: hit.pattern, sdks: [dup.sdk.id, hit.sdk.id] });
      return;
    }
    list.push(rule);
    this.sorted = false;
  }

  /** Exact key only. */
  getExact(key: string): Hit | undefined {
    return this.exact.get(key);
  }

  /** Exact key first, then the most specific glob (bucket first, ties broken by file order). */
  lookup(key: string, bucket?: string): Hit | undefined {
    const hit = this.exact.get(key);
    if (hit) return hit;
    return this.lookupGlob(key, bucket);
  }

  lookupGlob(key: string, bucket?: string): Hit | undefined {
    this.sort();
    const inBucket = bucket === undefined ? undefined : this.bucketed.get(bucket)?.find((r) => r.re.test(key));
    // Only general globs that can start like the key (same first character, or a leading `*`) are tried.
    let general: GlobRule | undefined;
    for (const lead of new Set([leadOf(key), '*'])) {
      const r = this.globsByLead.get(lead)?.find((g) => g.re.test(key));
      if (r && (!general || r.specificity > general.specificity || (r.specificity === general.specificity && r.order < general.order))) general = r;
    }
    // The bucket wins ties.
    return general && (!inBucket || general.specificity > inBucket.specificity) ? general : inBucket;
  }

  private sort(): void {
    if (this.sorted) return;
    // Most specific first; equal specificity keeps catalogue order.
    const bySpecificity = (a: GlobRule, b: GlobRule) => b.specificity - a.specificity || a.order - b.order;
    for (const list of this.globsByLead.values()) list.sort(bySpecificity);
    for (const list of this.bucketed.values()) list.sort(bySpecificity);
    this.sorted = true;
  }
}

/** The bucket of a glob or key: its first character in lower case (`*` for a leading wildcard). */
function leadOf(key: string): string {
  return key.charAt(0).toLowerCase();
}

function getOrCreate<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/** `*` matches any run of characters (including none); everything else is literal. Case-insensitive. */
export function globToRegExp(glob: string): RegExp {
  const body = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\/-]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, 'i');
}

/**
 * Normalises a SwiftPM/Carthage/git location to `host/owner/repo` in lower case:
 * `https://github.com/Alamofire/Alamofire.git` → `github.com/alamofire/alamofire`,
 * `git@github.com:owner/repo.git` → `github.com/owner/repo`, `github "owner/repo"` → `github.com/owner/repo`.
 */
export function normalizeRepoUrl(input: string): string {
  let s = input.trim();
  const carthage = /^(github|git|binary)\s+"([^"]+)"/.exec(s);
  if (carthage) s = carthage[1] === 'github' && !s.includes('://') && /^[\w.-]+\/[\w.-]+$/.test(carthage[2]!) ? `github.com/${carthage[2]}` : carthage[2]!;
  s = s.replace(/^git\+/, '').replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  s = s.replace(/^[^@/]+@([^:/]+):/, '$1/'); // scp-like git@host:owner/repo
  s = s.replace(/^[^@/]+@/, ''); // user@ in URLs
  s = s.replace(/^www\./i, '');
  s = s.replace(/[?#].*$/, '').replace(/\/+$/, '').replace(/\.git$/i, '');
  if (/^[\w.-]+\/[\w.-]+$/.test(s) && !s.split('/')[0]!.includes('.')) s = `github.com/${s}`;
  return s.toLowerCase();
}

/** The SwiftPM identity of a location: its last path component, lower case, without `.git`. */
export function repoIdentity(input: string): string {
  const n = normalizeRepoUrl(input);
  return n.slice(n.lastIndexOf('/') + 1);
}
