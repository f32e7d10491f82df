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
}

/** Exact keys plus glob rules for one identifier kind. Keys are normalised by the caller. */
export class PatternTable {
  private readonly exact = new Map<string, Hit>();
  private readonly globs: GlobRule[] = [];
  /** Globs bucketed by a literal key (the Maven group), tried before the general list. */
  private readonly bucketed = new Map<string, GlobRule[]>();
  private prefilter: RegExp | undefined;
  private sorted = true;

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
    const rule: GlobRule = { ...hit, re: globToRegExp(key), specificity: key.replace(/\*/g, '').length };
    const list = bucket === undefined ? this.globs : getOrCreate(this.bucketed, bucket);
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
    let best: GlobRule | undefined;
    if (bucket !== undefined) {
      const list = this.bucketed.get(bucket);
      if (list) best = list.find((r) => r.re.test(key));
    }
    if (this.globs.length && (!this.prefilter || this.prefilter.test(key))) {
      const other = this.globs.find((r) => r.re.test(key));
      if (other && (!best || other.specificity > best.specificity)) best = other;
    }
    return best;
  }

  private sort(): void {
    if (this.sorted) return;
    const bySpecificity = (a: GlobRule, b: GlobRule) => b.specificity - a.specificity;
    this.globs.sort(bySpecificity);
    for (const list of this.bucketed.values()) list.sort(bySpecificity);
    // One combined regex rejects most keys before the per-rule loop.
    this.prefilter = this.globs.length
      ? new RegExp(`^(?:${this.globs.map((r) => r.re.source.slice(1, -1)).join('|')})$`, 'i')
      : undefined;
    this.sorted = true;
  }
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
