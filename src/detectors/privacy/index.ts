// The `privacy` detector: where the app's own code reads personal information, device identifiers
// or Apple's required-reason APIs (the API catalogue, policies/api-catalog/). The files are read
// once, in the source scan shared with links, secrets and WebView (links/scan.ts); this detector
// only adds the catalogue's data and tells app code from an SDK's sources committed in the app
// (Java/Kotlin package or Objective-C/Swift class prefix, from the SDK catalogue).
import type { Location } from '../../core/types.js';
import { apiCatalog, type ApiEntry, type ApiPlatform, type RequiredReasonCategory } from '../../api-catalog/index.js';
import { loadCatalog, matchClassName, type Catalog, type CatalogSdk } from '../../catalog/index.js';
import type { Detector } from '../types.js';
import { loc } from '../android/util.js';
import { scanSources } from '../links/scan.js';
import type { PrivacyHit } from './scan.js';

export type { PrivacyHit } from './scan.js';

export interface PrivacyUseFact {
  /** API catalogue id (`android/telephony-imei`). */
  api: string;
  /** The API as a developer names it. */
  name: string;
  platform: ApiPlatform;
  symbol: string;
  personalInfo?: string;
  permissions: string[];
  requiredReason?: RequiredReasonCategory;
  /** Only requests or checks a permission (reads nothing yet). */
  request: boolean;
  location: Location;
  class?: string;
  function?: string;
  /** `app`: the app's own code; `sdk`: an SDK's sources committed in the app (see `sdk`). */
  origin: 'app' | 'sdk';
  sdk?: { id: string; name: string };
  /** In debug-only code (src/debug/ and the like): not shipped. */
  debug: boolean;
  /** In Application.onCreate or application(_:didFinishLaunchingWithOptions:) (heuristic). */
  startup: boolean;
  /** Conditions tested before the use in that startup function (`if (!PrivacyConsent.agreed())`). */
  guards: string[];
}

export interface PrivacyFacts {
  /** Every use in shipped and debug code, in file and line order. */
  uses: PrivacyUseFact[];
  /** Per personal-information type read by shipped code (app or committed SDK sources): first use and count. */
  collected: { personalInfo: string; count: number; apis: string[]; location: Location; origin: 'app' | 'sdk' }[];
  /** Per required-reason category used by shipped Swift/Objective-C code: first use and count. */
  requiredReasons: { category: RequiredReasonCategory; count: number; location: Location; origin: 'app' | 'sdk' }[];
  /** Permissions and usage-description keys some shipped use needs (any one of an entry's list). */
  permissionsUsed: string[];
  /** Personal-information types the catalogue can see in code (so absence of a use means something). */
  detectable: string[];
  /** Permissions and usage-description keys the catalogue knows a code use for. */
  knownPermissions: string[];
}

interface Indexed { entry: ApiEntry; platform: ApiPlatform }

let index: Map<string, Indexed> | undefined;
function entries(): Map<string, Indexed> {
  index ??= new Map(apiCatalog().flatMap((f) => f.apis.map((a) => [a.id, { entry: a, platform: f.platform }] as const)));
  return index;
}

/** iOS class prefixes of the SDK catalogue, longest first. */
const iosPrefixes = new WeakMap<Catalog, [string, CatalogSdk][]>();
function iosSdkOf(catalog: Catalog, className: string): CatalogSdk | null {
  let list = iosPrefixes.get(catalog);
  if (!list) {
    list = catalog.sdks.flatMap((s) => (s.iosClassPrefixes ?? []).map((p) => [p, s] as [string, CatalogSdk])).sort((a, b) => b[0].length - a[0].length);
    iosPrefixes.set(catalog, list);
  }
  return list.find(([p]) => className.startsWith(p))?.[1] ?? null;
}

/** The SDK whose committed sources hold this use, if any. */
export function sdkOf(catalog: Catalog, file: string, h: PrivacyHit): CatalogSdk | null {
  if (h.pkg) return matchClassName(catalog, `${h.pkg}.${h.cls ?? 'X'}`);
  if (/\.(?:swift|m|mm)$/.test(file)) {
    const base = file.slice(file.lastIndexOf('/') + 1).replace(/\.\w+$/, '');
    return (h.cls ? iosSdkOf(catalog, h.cls) : null) ?? iosSdkOf(catalog, base);
  }
  return null;
}

export const detectPrivacy: Detector<PrivacyFacts> = ({ repo, appDir, scope }) => {
  const scan = scanSources(repo, appDir, scope);
  const catalog = loadCatalog();
  const byId = entries();
  const uses: PrivacyUseFact[] = [];
  const silentPermissions = new Set<string>();
  for (const { file, debug, hits } of scan.privacy) {
    for (const h of hits) {
      const ix = byId.get(h.api);
      if (!ix) continue;
      const e = ix.entry;
      // A silent entry is no collection point: its permissions only count as used.
      if (e.silent) { if (!debug) for (const p of e.permissions) silentPermissions.add(p); continue; }
      const sdk = sdkOf(catalog, file, h);
      const use: PrivacyUseFact = {
        api: e.id, name: e.api, platform: ix.platform, symbol: h.symbol, permissions: e.permissions, request: !!e.request,
        location: loc(file, h.line, h.column), origin: sdk ? 'sdk' : 'app', debug, startup: !!h.startup, guards: h.guards ?? [],
      };
      if (e.personalInfo) use.personalInfo = e.personalInfo;
      if (e.requiredReason) use.requiredReason = e.requiredReason;
      if (h.cls) use.class = h.cls;
      if (h.fn) use.function = h.fn;
      if (sdk) use.sdk = { id: sdk.id, name: sdk.name };
      uses.push(use);
    }
  }
  const shipped = uses.filter((u) => !u.debug);
  const collected = new Map<string, PrivacyFacts['collected'][number]>();
  const reasons = new Map<RequiredReasonCategory, PrivacyFacts['requiredReasons'][number]>();
  const permissions = new Set<string>(silentPermissions);
  for (const u of shipped) {
    for (const p of u.permissions) permissions.add(p);
    if (u.personalInfo) {
      const c = collected.get(u.personalInfo);
      // The first use in app code is the one to show; an SDK's only when the app has none.
      if (!c) collected.set(u.personalInfo, { personalInfo: u.personalInfo, count: 1, apis: [u.api], location: u.location, origin: u.origin });
      else {
        c.count++;
        if (!c.apis.includes(u.api)) c.apis.push(u.api);
        if (c.origin === 'sdk' && u.origin === 'app') Object.assign(c, { location: u.location, origin: 'app' });
      }
    }
    if (u.requiredReason) {
      const r = reasons.get(u.requiredReason);
      if (!r) reasons.set(u.requiredReason, { category: u.requiredReason, count: 1, location: u.location, origin: u.origin });
      else {
        r.count++;
        if (r.origin === 'sdk' && u.origin === 'app') Object.assign(r, { location: u.location, origin: 'app' });
      }
    }
  }
  const detectable = [...new Set([...byId.values()].map((i) => i.entry.personalInfo).filter((p): p is string => !!p))].sort();
  return {
    facts: {
      uses,
      collected: [...collected.values()].sort((a, b) => (a.personalInfo < b.personalInfo ? -1 : 1)),
      requiredReasons: [...reasons.values()].sort((a, b) => (a.category < b.category ? -1 : 1)),
      permissionsUsed: [...permissions].sort(),
      detectable,
      knownPermissions: [...new Set([...byId.values()].filter((i) => !i.entry.silent).flatMap((i) => i.entry.permissions))].sort(),
    },
    diagnostics: [],
  };
};
