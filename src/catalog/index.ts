// The SDK catalogue: load it once, then match repository evidence (package coordinates,
// Android class names and <meta-data> keys, vendored file names, hosts) to catalogue SDKs.
import { join } from 'node:path';
import { globToRegExp, normalizeRepoUrl, PatternTable, repoIdentity, type Hit } from './compile.js';
import { ConfigurationError } from '../core/errors.js';
import { embeddedData } from '../precompiled/index.js';
import { CATALOG_DIR, findPackageRoot, parseCatalogSources, readCatalogFiles, type CatalogSource } from './load.js';
import type { CatalogAmbiguity, CatalogBundle, CatalogMatch, CatalogSdk, ComponentQuery, PatternKind } from './types.js';

export * from './types.js';
export { findPackageRoot, CATALOG_DIR, CATALOG_SCHEMA, type CatalogSource } from './load.js';
export { normalizeRepoUrl, repoIdentity } from './compile.js';

export interface Catalog {
  /** Entries in file order (files sorted by name). */
  readonly sdks: readonly CatalogSdk[];
  /** By id and by alias. */
  readonly byId: ReadonlyMap<string, CatalogSdk>;
  /** Patterns claimed by two SDKs (the first wins). Empty in the shipped catalogue. */
  readonly ambiguities: readonly CatalogAmbiguity[];
  /** @internal precompiled tables */
  readonly tables: Readonly<Record<PatternKind, PatternTable>>;
  /** @internal SwiftPM identity → hit, for identities claimed by one SDK only */
  readonly swiftIdentities: ReadonlyMap<string, Hit>;
  /** @internal umbrella patterns (`bundles:`), per identifier kind */
  readonly bundleRules: readonly BundleRule[];
}

/** One `bundles:` pattern: a component of `owner` matching it also embeds `sdks`. */
export interface BundleRule {
  kind: BundleKind;
  owner: CatalogSdk;
  pattern: string;
  re: RegExp;
  sdks: CatalogSdk[];
}

type BundleKind = 'maven' | 'cocoapods' | 'pub' | 'npm' | 'ohpm' | 'file';
const BUNDLE_FIELDS: readonly [keyof CatalogBundle, BundleKind][] = [
  ['maven', 'maven'], ['cocoapods', 'cocoapods'], ['pub', 'pub'], ['npm', 'npm'], ['ohpm', 'ohpm'], ['vendoredFiles', 'file'],
];

export interface LoadCatalogOptions {
  /** Package root holding policies/ and schema/; found from this module's location by default. */
  root?: string;
  /** Catalogue folder; `<root>/policies/catalog` by default. */
  dir?: string;
}

let defaultCatalog: Catalog | undefined;

/**
 * Loads and validates the catalogue. Without options the result is cached. A bad catalogue
 * throws a ConfigurationError naming the file, line and column.
 */
export function loadCatalog(options: LoadCatalogOptions = {}): Catalog {
  const useDefault = options.root === undefined && options.dir === undefined;
  if (useDefault && defaultCatalog) return defaultCatalog;
  // dist/ carries the built-in catalogue parsed and validated at build time (docs/decisions/0007).
  const builtin = useDefault ? embeddedData()?.catalog : undefined;
  const catalog = buildCatalog(builtin ?? loadCatalogSdks(options));
  if (useDefault) defaultCatalog = catalog;
  return catalog;
}

/** Reads, parses and validates a catalogue folder at run time (the built-in one by default). */
export function loadCatalogSdks(options: LoadCatalogOptions = {}): CatalogSdk[] {
  const root = options.root ?? findPackageRoot();
  const dir = options.dir ?? join(root, CATALOG_DIR);
  return parseCatalogSources(readCatalogFiles(dir, root));
}

/** Builds a catalogue from in-memory sources (tests, custom catalogues). */
export function catalogFromSources(sources: readonly CatalogSource[]): Catalog {
  return buildCatalog(parseCatalogSources(sources));
}

const KINDS: readonly PatternKind[] = ['maven', 'cocoapods', 'swift', 'pub', 'npm', 'ohpm', 'file', 'class', 'iosClass', 'metaData', 'domain'];

export function buildCatalog(sdks: readonly CatalogSdk[]): Catalog {
  const ambiguities: CatalogAmbiguity[] = [];
  const tables = Object.fromEntries(KINDS.map((k) => [k, new PatternTable(k, ambiguities)])) as Record<PatternKind, PatternTable>;
  const byId = new Map<string, CatalogSdk>();
  const identityOwners = new Map<string, Hit | null>();
  for (const sdk of sdks) {
    for (const id of [sdk.id, ...(sdk.aliases ?? [])]) byId.set(id, sdk);
    for (const p of sdk.maven ?? []) {
      const [group = '', artifact = ''] = p.toLowerCase().split(':');
      tables.maven.add(`${group}:${artifact}`, { sdk, pattern: p }, group.includes('*') ? undefined : group);
    }
    for (const p of sdk.cocoapods ?? []) tables.cocoapods.add(p.toLowerCase(), { sdk, pattern: p });
    for (const p of [...(sdk.swift ?? []), ...(sdk.carthage ?? [])]) {
      const hit = { sdk, pattern: p };
      const key = p.includes('/') ? normalizeRepoUrl(p) : p.toLowerCase();
      tables.swift.add(key, hit);
      const identity = repoIdentity(p);
      const prev = identityOwners.get(identity);
      identityOwners.set(identity, prev === undefined || prev?.sdk === sdk ? (prev ?? hit) : null);
    }
    for (const p of sdk.pub ?? []) tables.pub.add(p.toLowerCase(), { sdk, pattern: p });
    for (const p of sdk.npm ?? []) tables.npm.add(p.toLowerCase(), { sdk, pattern: p });
    for (const p of sdk.ohpm ?? []) tables.ohpm.add(p.toLowerCase(), { sdk, pattern: p });
    for (const p of sdk.vendoredFiles ?? []) tables.file.add(p.toLowerCase(), { sdk, pattern: p });
    for (const p of sdk.androidClassPrefixes ?? []) tables.class.add(p, { sdk, pattern: p });
    for (const p of sdk.iosClassPrefixes ?? []) tables.iosClass.add(p, { sdk, pattern: p });
    for (const p of sdk.androidMetaDataKeys ?? []) tables.metaData.add(p, { sdk, pattern: p });
    for (const p of sdk.domains ?? []) tables.domain.add(p.toLowerCase(), { sdk, pattern: p });
  }
  const swiftIdentities = new Map<string, Hit>();
  for (const [identity, hit] of identityOwners) if (hit) swiftIdentities.set(identity, hit);
  return { sdks, byId, ambiguities, tables, swiftIdentities, bundleRules: bundleRulesOf(sdks, byId) };
}

function bundleRulesOf(sdks: readonly CatalogSdk[], byId: ReadonlyMap<string, CatalogSdk>): BundleRule[] {
  const rules: BundleRule[] = [];
  for (const owner of sdks) {
    for (const bundle of owner.bundles ?? []) {
      const pulled = bundle.sdks.map((id) => {
        const sdk = byId.get(id);
        if (!sdk) throw new ConfigurationError(`sdk ${owner.id}: bundles names unknown sdk id ${id}`, { location: { file: owner.file, line: owner.line } });
        return sdk;
      });
      for (const [field, kind] of BUNDLE_FIELDS) {
        for (const pattern of (bundle[field] as string[] | undefined) ?? []) rules.push({ kind, owner, pattern, re: globToRegExp(pattern), sdks: pulled });
      }
    }
  }
  return rules;
}

/** The SDK a dependency belongs to, or null. The most specific pattern wins. */
export function matchComponent(catalog: Catalog, query: ComponentQuery): CatalogSdk | null {
  return explainComponent(catalog, query)?.sdk ?? null;
}

/** Subspec levels tried from the left (real ones have two or three: `Firebase/Analytics/Core`). */
const MAX_SUBSPEC_LEVELS = 8;

/** Like matchComponent, with the catalogue pattern that matched. */
export function explainComponent(catalog: Catalog, query: ComponentQuery): CatalogMatch | null {
  const q = query.purl ? (fromPurl(query.purl) ?? query) : query;
  const t = catalog.tables;
  const hit = (kind: PatternKind, h: Hit | undefined): CatalogMatch | null => (h ? { sdk: h.sdk, kind, pattern: h.pattern } : null);
  switch (q.ecosystem) {
    case 'maven': {
      let group = (q.group ?? '').toLowerCase();
      let artifact = q.name.toLowerCase();
      if (!group && artifact.includes(':')) [group = '', artifact = ''] = artifact.split(':');
      return hit('maven', t.maven.lookup(`${group}:${artifact}`, group));
    }
    case 'cocoapods': {
      // `Name (1.2.3)` as written in Podfile.lock.
      // (indexOf, not a regular expression: `\s*\(.*\)$` was quadratic on a name full of blanks or brackets)
      const written = q.name.trim();
      const open = written.endsWith(')') ? written.indexOf('(') : -1;
      const name = (open < 0 ? written : written.slice(0, open).trimEnd()).toLowerCase();
      const exact = t.cocoapods.getExact(name);
      if (exact) return hit('cocoapods', exact);
      // Subspecs: `Firebase/Analytics/Foo` → `Firebase/Analytics` → `Firebase`. Only the first
      // MAX_SUBSPEC_LEVELS parts: joining every prefix of a name of 18,000 parts took seconds.
      const parts = name.split('/', MAX_SUBSPEC_LEVELS + 1);
      for (let n = Math.min(parts.length - 1, MAX_SUBSPEC_LEVELS); n >= 1; n--) {
        const h = t.cocoapods.getExact(parts.slice(0, n).join('/'));
        if (h) return hit('cocoapods', h);
      }
      return hit('cocoapods', t.cocoapods.lookupGlob(name) ?? t.cocoapods.lookupGlob(parts[0]!));
    }
    case 'swift':
    case 'carthage': {
      const raw = q.group ? `${q.group}/${q.name}` : q.name;
      if (raw.includes('/') || raw.includes('"')) {
        const h = t.swift.lookup(normalizeRepoUrl(raw));
        if (h) return hit('swift', h);
      }
      return hit('swift', t.swift.getExact(raw.toLowerCase()) ?? catalog.swiftIdentities.get(repoIdentity(raw)));
    }
    case 'pub':
      return hit('pub', t.pub.lookup(q.name.toLowerCase()));
    case 'npm':
    case 'ohpm': {
      const scope = q.group ? (q.group.startsWith('@') ? q.group : `@${q.group}`) : '';
      const name = (scope && !q.name.startsWith('@') ? `${scope}/${q.name}` : q.name).toLowerCase();
      return hit(q.ecosystem, t[q.ecosystem].lookup(name));
    }
    case 'file':
    case 'native':
      return explainVendoredFile(catalog, q.name);
    default:
      return null;
  }
}

/**
 * Every SDK a dependency brings: the one it belongs to first, then those it embeds (catalogue
 * `bundles:`), each once. Empty when it belongs to none.
 */
export function matchComponentSdks(catalog: Catalog, query: ComponentQuery): CatalogSdk[] {
  const primary = explainComponent(catalog, query);
  if (!primary) return [];
  const out = [primary.sdk];
  for (const m of explainBundled(catalog, query, primary.sdk)) if (!out.includes(m.sdk)) out.push(m.sdk);
  return out;
}

/**
 * The SDKs a dependency of `owner` embeds besides `owner` itself, with the `bundles:` pattern
 * that says so. Only rules of the SDK the dependency belongs to apply.
 */
export function explainBundled(catalog: Catalog, query: ComponentQuery, owner: CatalogSdk | null = explainComponent(catalog, query)?.sdk ?? null): CatalogMatch[] {
  if (!owner || !catalog.bundleRules.length) return [];
  const key = bundleKey(query.purl ? (fromPurl(query.purl) ?? query) : query);
  if (!key) return [];
  const out: CatalogMatch[] = [];
  for (const rule of catalog.bundleRules) {
    if (rule.owner !== owner || rule.kind !== key.kind || !rule.re.test(key.name)) continue;
    for (const sdk of rule.sdks) if (sdk !== owner && !out.some((m) => m.sdk === sdk)) out.push({ sdk, kind: key.kind, pattern: rule.pattern });
  }
  return out;
}

/** The text a `bundles:` pattern is matched against: `group:artifact`, `Pod/Sub`, package name, or file base name. */
function bundleKey(q: ComponentQuery): { kind: BundleKind; name: string } | null {
  switch (q.ecosystem) {
    case 'maven': {
      const name = q.group ? `${q.group}:${q.name}` : q.name;
      return { kind: 'maven', name };
    }
    case 'cocoapods':
      return { kind: 'cocoapods', name: q.name.trim().replace(/\s*\(.*\)$/, '') };
    case 'pub':
      return { kind: 'pub', name: q.name };
    case 'npm':
    case 'ohpm': {
      const scope = q.group ? (q.group.startsWith('@') ? q.group : `@${q.group}`) : '';
      return { kind: q.ecosystem, name: scope && !q.name.startsWith('@') ? `${scope}/${q.name}` : q.name };
    }
    case 'file':
      return { kind: 'file', name: q.name.replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? '' };
    default:
      return null;
  }
}

/** Android component or meta-data class name (`com.umeng.message.UmengIntentService`) → SDK; longest prefix wins. */
export function matchClassName(catalog: Catalog, className: string): CatalogSdk | null {
  return explainClassName(catalog, className)?.sdk ?? null;
}

export function explainClassName(catalog: Catalog, className: string): CatalogMatch | null {
  const table = catalog.tables.class;
  const name = className.trim();
  const full = table.getExact(name);
  if (full) return { sdk: full.sdk, kind: 'class', pattern: full.pattern };
  for (let i = name.lastIndexOf('.'); i > 0; i = name.lastIndexOf('.', i - 1)) {
    const h = table.getExact(name.slice(0, i + 1));
    if (h) return { sdk: h.sdk, kind: 'class', pattern: h.pattern };
    // A pattern may also be a full class name that this name nests in (`Outer$Inner`, `Outer.Inner`).
    const cls = table.getExact(name.slice(0, i));
    if (cls) return { sdk: cls.sdk, kind: 'class', pattern: cls.pattern };
  }
  const dollar = name.indexOf('$');
  if (dollar > 0) return explainClassName(catalog, name.slice(0, dollar));
  return null;
}

/** Objective-C/Swift class name (`UMSocialManager`, from a header or symbol table) → SDK; longest iosClassPrefixes entry wins. */
export function explainIosClassName(catalog: Catalog, className: string): CatalogMatch | null {
  const table = catalog.tables.iosClass;
  for (let n = className.length; n >= 4; n--) {
    const h = table.getExact(className.slice(0, n));
    if (h) return { sdk: h.sdk, kind: 'iosClass', pattern: h.pattern };
  }
  return null;
}

/** AndroidManifest.xml `<meta-data android:name>` (or manifestPlaceholder) → SDK. Case-sensitive. */
export function matchMetaDataKey(catalog: Catalog, key: string): CatalogSdk | null {
  return catalog.tables.metaData.getExact(key.trim())?.sdk ?? null;
}

/** Vendored file (`app/libs/alipaySdk-15.8.11.aar`, `Frameworks/AlipaySDK.framework`) → SDK, by base name. */
export function matchVendoredFile(catalog: Catalog, fileName: string): CatalogSdk | null {
  return explainVendoredFile(catalog, fileName)?.sdk ?? null;
}

export function explainVendoredFile(catalog: Catalog, fileName: string): CatalogMatch | null {
  const base = fileName.replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? '';
  if (!base) return null;
  const h = catalog.tables.file.lookup(base.toLowerCase());
  return h ? { sdk: h.sdk, kind: 'file', pattern: h.pattern } : null;
}

/** Host (`ulogs.umeng.com`, `https://x.y/path`, `host:443`) → SDK; a catalogue domain matches itself and subdomains. */
export function matchDomain(catalog: Catalog, host: string): CatalogSdk | null {
  return explainDomain(catalog, host)?.sdk ?? null;
}

export function explainDomain(catalog: Catalog, host: string): CatalogMatch | null {
  let h = host.trim().toLowerCase();
  h = h.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^\*\./, '').replace(/[/?#].*$/, '').replace(/^[^@]*@/, '').replace(/:\d+$/, '').replace(/\.$/, '');
  const table = catalog.tables.domain;
  for (let i = -1; i < h.length; i = h.indexOf('.', i + 1)) {
    const hit = table.getExact(h.slice(i + 1));
    if (hit) return { sdk: hit.sdk, kind: 'domain', pattern: hit.pattern };
    if (h.indexOf('.', i + 1) === -1) break;
  }
  return null;
}

/** A catalogue entry by id or alias. */
export function getSdk(catalog: Catalog, id: string): CatalogSdk | undefined {
  return catalog.byId.get(id);
}

/**
 * Understands `pkg:maven/group/artifact`, `pkg:cocoapods/Name#subspec`, `pkg:swift/host/owner/repo`,
 * `pkg:github/owner/repo`, `pkg:pub/name`, `pkg:npm/%40scope/name`, `pkg:ohpm/...`; versions and qualifiers are ignored.
 */
export function fromPurl(purl: string): ComponentQuery | null {
  const m = /^pkg:([a-zA-Z0-9.+-]+)\/+([^?#]+)(?:\?[^#]*)?(?:#(.*))?$/.exec(purl.trim());
  if (!m) return null;
  const type = m[1]!.toLowerCase();
  let path = m[2]!;
  const subpath = m[3];
  // Strip the version: the last `@` that is not a scope's leading `@`.
  const at = path.lastIndexOf('@');
  if (at > 0 && path[at - 1] !== '/') path = path.slice(0, at);
  const segs = path.split('/').filter(Boolean).map((s) => decodeURIComponent(s));
  if (!segs.length) return null;
  const name = segs[segs.length - 1]!;
  const ns = segs.slice(0, -1).join('/');
  switch (type) {
    case 'maven':
      return { ecosystem: 'maven', group: ns, name };
    case 'cocoapods':
      return { ecosystem: 'cocoapods', name: subpath ? `${segs.join('/')}/${decodeURIComponent(subpath)}` : segs.join('/') };
    case 'swift':
      return { ecosystem: 'swift', name: segs.join('/') };
    case 'github':
      return { ecosystem: 'swift', name: `github.com/${segs.join('/')}` };
    case 'pub':
      return { ecosystem: 'pub', name };
    case 'npm':
    case 'ohpm':
      return { ecosystem: type, name: ns ? `${ns}/${name}` : name };
    default:
      return null;
  }
}
