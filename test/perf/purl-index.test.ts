// Indexed purl matching (issue 16) gives the same answers as the pairwise purlMatches it replaces.
import { describe, expect, it } from 'vitest';
import { purlDeclared, purlMatches, purlPresent } from '../../src/engine/purls.js';

// purlMatches as it was before the index (src/engine/cel.ts, commit a6906fd): the reference.
function referenceMatches(purl: unknown, pattern: unknown): boolean {
  if (typeof purl !== 'string' || typeof pattern !== 'string' || !pattern.trim().startsWith('pkg:')) return false;
  const base = (x: string): string => {
    let t = x.trim();
    if (t.includes('#')) t = t.slice(0, t.indexOf('#'));
    if (t.includes('?')) t = t.slice(0, t.indexOf('?'));
    const at = t.indexOf('@', t.lastIndexOf('/') + 1);
    return at >= 0 ? t.slice(0, at) : t;
  };
  const norm = (x: string): string => {
    let d = x;
    try { d = decodeURIComponent(x); } catch { /* kept as written */ }
    const i = d.indexOf('/');
    return i < 0 ? d.toLowerCase() : d.slice(0, i).toLowerCase() + d.slice(i);
  };
  const sub = (x: string): string => (x.includes('#') ? x.slice(x.indexOf('#') + 1) : '');
  const p = pattern.trim();
  if (p.endsWith('*')) return norm(base(purl)).startsWith(norm(p.slice(0, -1)));
  if (norm(base(purl)) !== norm(base(p))) return false;
  return !sub(p) || sub(p) === sub(purl.trim());
}

const PURLS = [
  'pkg:npm/%40bugsnag/react-native@7.1.0', 'pkg:npm/@bugsnag/react-native', 'pkg:NPM/left-pad@1.0.0',
  'pkg:maven/com.umeng.umsdk/common@9.6.8', 'pkg:maven/com.umeng.umsdk/apm@1.9.0?type=aar',
  'pkg:maven/androidx.core/core-ktx@1.13.1', 'pkg:cocoapods/Firebase@10.0.0#Analytics', 'pkg:cocoapods/Firebase@10.0.0#Core',
  'pkg:cocoapods/Firebase@10.0.0', ' pkg:swift/github.com/bugsnag/bugsnag-cocoa@6.0.0 ', 'pkg:npm/%zz-bad@1', 'pkg:npm/star*',
  'pkg:generic/alipaySdk@15.8.11', 'not a purl', '',
];
const PATTERNS = [
  'pkg:npm/@bugsnag/react-native', 'pkg:npm/%40bugsnag/react-native@7', 'pkg:npm/left-pad', 'pkg:maven/com.umeng.umsdk/*',
  'pkg:maven/androidx.*', 'pkg:cocoapods/Firebase#Analytics', 'pkg:cocoapods/Firebase', 'pkg:cocoapods/Fire*',
  ' pkg:swift/github.com/bugsnag/bugsnag-cocoa ', 'pkg:npm/%zz-bad', 'pkg:npm/star*', 'pkg:npm/star', 'npm/left-pad', 'pkg:*', 'pkg:generic/alipaySdk',
];

describe('indexed purl matching', () => {
  it('purlMatches answers as before, on every pair', () => {
    for (const purl of PURLS) for (const p of PATTERNS) expect(purlMatches(purl, p), `${purl} / ${p}`).toBe(referenceMatches(purl, p));
  });

  it('purlDeclared over sdks[] entries equals exists/exists purlMatches, for every purl', () => {
    // Every subset shape: single entries, pairs, and all patterns in one entry.
    const lists = [
      PATTERNS.map((p) => ({ id: p, packages: [p] })),
      [{ id: 'all', packages: PATTERNS }],
      ...PATTERNS.map((p) => [{ id: 'one', packages: [p] }, { id: 'none' }, { id: 'bad', packages: 'x' }]),
    ];
    let matched = 0;
    for (const sdks of lists) {
      for (const purl of PURLS) {
        const old = sdks.some((s) => Array.isArray(s.packages) && s.packages.some((p: string) => referenceMatches(purl, p)));
        expect(purlDeclared(purl, sdks), `${purl} in ${JSON.stringify(sdks).slice(0, 80)}`).toBe(old);
        if (old) matched++;
      }
    }
    expect(matched).toBeGreaterThan(20); // the fixture does exercise matches, not only misses
  });

  it('purlDeclared over a plain list of declared purls (params.platformPackages)', () => {
    for (const purl of PURLS) expect(purlDeclared(purl, PATTERNS)).toBe(PATTERNS.some((p) => referenceMatches(purl, p)));
  });

  it('purlPresent equals components.exists(c, purlMatches(c.purl, p)), for every pattern', () => {
    const components = PURLS.map((purl) => ({ purl }));
    let matched = 0;
    for (const p of PATTERNS) {
      const old = components.some((c) => referenceMatches(c.purl, p));
      expect(purlPresent(components, p), p).toBe(old);
      expect(purlPresent(PURLS, p), p).toBe(old);
      if (old) matched++;
      for (const one of PURLS) expect(purlPresent([{ purl: one }], p), `${one} / ${p}`).toBe(referenceMatches(one, p));
    }
    expect(matched).toBeGreaterThan(8);
  });

  it('a component purl ending in * is not a prefix', () => {
    expect(purlMatches('pkg:npm/star*', 'pkg:npm/star')).toBe(false);
    expect(purlDeclared('pkg:npm/star*', ['pkg:npm/star'])).toBe(false);
    expect(purlPresent(['pkg:npm/starling'], 'pkg:npm/star*')).toBe(true);
  });
});
