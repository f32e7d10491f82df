// AndroidManifest.xml and res/xml network security configs → facts with locations.
import type { Diagnostic, Location } from '../../core/types.js';
import type { RepoFiles } from '../../repo/files.js';
import { diagnostic, loc } from './util.js';
import { kids, parseXml, type XmlAttr, type XmlElement } from './xml.js';

/** An attribute as written: its raw value (`"true"`, `"@xml/nsc"`, `"${flag}"`) and where. */
export interface AttrFact {
  value: string;
  /**
   * For values with `${placeholders}`: the value in the release build, from the module's
   * manifestPlaceholders (release build type, then defaultConfig), `${applicationId}`, or the
   * React Native Gradle plugin's default (`usesCleartextTraffic` = false in release). Absent when unknown.
   */
  releaseValue?: string;
  location: Location;
}

export interface PermissionFact {
  name: string;
  /** `uses-permission-sdk-23` rather than `uses-permission`. */
  sdk23: boolean;
  maxSdkVersion?: number;
  location: Location;
}

export type ComponentKind = 'activity' | 'activity-alias' | 'service' | 'receiver' | 'provider';

export interface ComponentFact {
  kind: ComponentKind;
  name: string;
  /** Raw `android:exported` value, absent when not written. */
  exportedAttr?: string;
  hasIntentFilter: boolean;
  /** Exported explicitly (`exported="true"`) or implicitly (intent-filter, no `exported`; only before API 31). */
  exported: boolean;
  /** Exported only because of an intent-filter without `android:exported`. */
  exportedImplicitly: boolean;
  permission?: string;
  /** Exported and protected by no `android:permission` (for providers: nor read/write permissions). */
  exportedWithoutPermission: boolean;
  location: Location;
}

export interface MetaDataFact {
  name: string;
  value?: string;
  resource?: string;
  /** `application` or the component class the meta-data sits in. */
  parent: string;
  location: Location;
}

export interface ApplicationFact {
  name?: string;
  location: Location;
  usesCleartextTraffic?: AttrFact;
  debuggable?: AttrFact;
  testOnly?: AttrFact;
  allowBackup?: AttrFact;
  fullBackupContent?: AttrFact;
  dataExtractionRules?: AttrFact;
  networkSecurityConfig?: AttrFact;
}

export interface ManifestFact {
  file: string;
  /** The <manifest> element. */
  location: Location;
  /** Folder holding `src/` (the Gradle module), or the manifest's folder when not in `src/<set>/`. */
  module: string;
  /** `main`, `debug`, `release`, a flavour or variant name; '' when not under `src/<set>/`. */
  sourceSet: string;
  package?: AttrFact;
  usesSdk?: { minSdkVersion?: AttrFact; targetSdkVersion?: AttrFact; location: Location };
  permissions: PermissionFact[];
  /** `<uses-permission tools:node="remove">`: removed from the merged manifest (also when a library requests it), so not requested. */
  removedPermissions?: PermissionFact[];
  application?: ApplicationFact;
  components: ComponentFact[];
  metaData: MetaDataFact[];
}

export interface TrustAnchorFact {
  /** `system`, `user`, or a raw resource (`@raw/ca`). */
  src: string;
  overridePins: boolean;
  location: Location;
}

export interface DomainConfigFact {
  domains: { name: string; includeSubdomains: boolean; location: Location }[];
  /** Raw `cleartextTrafficPermitted`, inherited from an enclosing domain-config when not written. */
  cleartextTrafficPermitted?: string;
  trustAnchors: TrustAnchorFact[];
  pinSet?: { expiration?: string; pins: number; location: Location };
  location: Location;
}

export interface NetworkSecurityConfigFact {
  file: string;
  /** The <network-security-config> element. */
  location: Location;
  /** Named by some manifest's `android:networkSecurityConfig`. */
  referenced: boolean;
  baseConfig?: { cleartextTrafficPermitted?: string; trustAnchors: TrustAnchorFact[]; location: Location };
  domainConfigs: DomainConfigFact[];
  debugOverrides?: { trustAnchors: TrustAnchorFact[]; location: Location };
  /** Every place cleartext is permitted: `*` for base-config, else the domain. */
  cleartextPermitted: { domain: string; location: Location }[];
  /** Every `<certificates src="user">` (scope: base, domain, debug). */
  userCertificates: { scope: 'base' | 'domain' | 'debug'; domains: string[]; location: Location }[];
  /** Every `overridePins="true"` outside debug-overrides. */
  overriddenPins: { scope: 'base' | 'domain'; domains: string[]; location: Location }[];
}

const A = 'android:';

function attr(file: string, a: XmlAttr | undefined): AttrFact | undefined {
  return a ? { value: a.value, location: loc(file, a.line, a.column) } : undefined;
}

function elLoc(file: string, el: XmlElement): Location {
  return loc(file, el.line, el.column);
}

export function parseError(code: string, file: string, what: string, zhWhat: string, r: { message: string; line: number; column: number }): Diagnostic {
  return diagnostic(code, 'error', file,
    `${file} could not be parsed as ${what} (line ${r.line}: ${r.message}); the checks that need it were skipped.`,
    `${file} 无法解析为${zhWhat}（第 ${r.line} 行：\`${r.message}\`），依赖它的检查已跳过。`, r.line, r.column);
}

/** `app/src/debug/AndroidManifest.xml` → module `app`, source set `debug`. */
export function sourceSetOf(file: string): { module: string; sourceSet: string } {
  // AndroidManifest[^/]*: a template (AndroidManifestBase.xml) stands in the manifest's place.
  const m = /^(?:(.*)\/)?src\/([^/]+)\/AndroidManifest[^/]*\.xml$/.exec(file);
  if (m) return { module: m[1] ?? '', sourceSet: m[2] ?? '' };
  const i = file.lastIndexOf('/');
  return { module: i >= 0 ? file.slice(0, i) : '', sourceSet: '' };
}

const COMPONENTS: readonly ComponentKind[] = ['activity', 'activity-alias', 'service', 'receiver', 'provider'];

export function readManifest(repo: RepoFiles, file: string): { fact?: ManifestFact; diagnostics: Diagnostic[] } {
  const r = repo.readText(file);
  if (!r.ok) return { diagnostics: [r.diagnostic] };
  const x = parseXml(r.text);
  if (!x.ok) return { diagnostics: [parseError('android/xml-parse', file, 'XML', ' XML', x)] };
  const root = x.root;
  if (root.name !== 'manifest') {
    return { diagnostics: [diagnostic('android/xml-parse', 'error', file,
      `${file} has root element <${root.name}>, not <manifest>: it was not read as an Android manifest.`,
      `${file} 的根元素为 \`<${root.name}>\` 而非 \`<manifest>\`，未作为 AndroidManifest.xml 清单文件读取。`, root.line, root.column)] };
  }
  const { module, sourceSet } = sourceSetOf(file);
  const fact: ManifestFact = { file, location: elLoc(file, root), module, sourceSet, permissions: [], components: [], metaData: [] };
  const pkg = attr(file, root.attrs.package);
  if (pkg) fact.package = pkg;
  for (const el of root.children) {
    if (el.name === 'uses-permission' || el.name === 'uses-permission-sdk-23') {
      const name = el.attrs[`${A}name`]?.value;
      if (!name) continue;
      const p: PermissionFact = { name, sdk23: el.name !== 'uses-permission', location: elLoc(file, el) };
      const max = el.attrs[`${A}maxSdkVersion`]?.value;
      if (max && /^\d+$/.test(max)) p.maxSdkVersion = Number(max);
      if (el.attrs['tools:node']?.value === 'remove') (fact.removedPermissions ??= []).push(p);
      else fact.permissions.push(p);
    } else if (el.name === 'uses-sdk') {
      const u: NonNullable<ManifestFact['usesSdk']> = { location: elLoc(file, el) };
      const min = attr(file, el.attrs[`${A}minSdkVersion`]);
      const target = attr(file, el.attrs[`${A}targetSdkVersion`]);
      if (min) u.minSdkVersion = min;
      if (target) u.targetSdkVersion = target;
      fact.usesSdk = u;
    } else if (el.name === 'application') {
      const app: ApplicationFact = { location: elLoc(file, el) };
      const name = el.attrs[`${A}name`]?.value;
      if (name) app.name = name;
      for (const flag of ['usesCleartextTraffic', 'debuggable', 'testOnly', 'allowBackup', 'fullBackupContent',
        'dataExtractionRules', 'networkSecurityConfig'] as const) {
        const a = attr(file, el.attrs[`${A}${flag}`]);
        if (a) app[flag] = a;
      }
      fact.application = app;
      metaData(file, el, 'application', fact.metaData);
      for (const c of el.children) {
        if (!(COMPONENTS as readonly string[]).includes(c.name)) continue;
        const kind = c.name as ComponentKind;
        const name = c.attrs[`${A}name`]?.value ?? '';
        const exportedAttr = c.attrs[`${A}exported`]?.value;
        const hasIntentFilter = kids(c, 'intent-filter').length > 0;
        const exportedImplicitly = exportedAttr === undefined && hasIntentFilter;
        const exported = exportedAttr === 'true' || exportedImplicitly;
        const permission = c.attrs[`${A}permission`]?.value;
        const protectedBy = permission ?? (kind === 'provider'
          ? (c.attrs[`${A}readPermission`]?.value && c.attrs[`${A}writePermission`]?.value) : undefined);
        const comp: ComponentFact = { kind, name, hasIntentFilter, exported, exportedImplicitly,
          exportedWithoutPermission: exported && !protectedBy, location: elLoc(file, c) };
        if (exportedAttr !== undefined) comp.exportedAttr = exportedAttr;
        if (permission) comp.permission = permission;
        fact.components.push(comp);
        metaData(file, c, name, fact.metaData);
      }
    }
  }
  return { fact, diagnostics: [] };
}

function metaData(file: string, el: XmlElement, parent: string, out: MetaDataFact[]): void {
  for (const m of kids(el, 'meta-data')) {
    const name = m.attrs[`${A}name`]?.value;
    if (!name) continue;
    const f: MetaDataFact = { name, parent, location: elLoc(file, m) };
    const value = m.attrs[`${A}value`]?.value;
    const resource = m.attrs[`${A}resource`]?.value;
    if (value !== undefined) f.value = value;
    if (resource !== undefined) f.resource = resource;
    out.push(f);
  }
}

function anchors(file: string, el: XmlElement | undefined): TrustAnchorFact[] {
  if (!el) return [];
  const ta = kids(el, 'trust-anchors')[0];
  if (!ta) return [];
  return kids(ta, 'certificates').map((c) => ({
    src: c.attrs.src?.value ?? '',
    overridePins: c.attrs.overridePins?.value === 'true',
    location: c.attrs.src ? loc(file, c.attrs.src.line, c.attrs.src.column) : elLoc(file, c),
  }));
}

export function readNetworkSecurityConfig(repo: RepoFiles, file: string, text: string): { fact?: NetworkSecurityConfigFact; diagnostics: Diagnostic[] } {
  void repo;
  const x = parseXml(text);
  if (!x.ok) return { diagnostics: [parseError('android/xml-parse', file, 'XML', ' XML', x)] };
  const root = x.root;
  if (root.name !== 'network-security-config') return { diagnostics: [] };
  const fact: NetworkSecurityConfigFact = { file, location: elLoc(file, root), referenced: false, domainConfigs: [], cleartextPermitted: [],
    userCertificates: [], overriddenPins: [] };
  const base = kids(root, 'base-config')[0];
  if (base) {
    const ct = base.attrs.cleartextTrafficPermitted;
    fact.baseConfig = { trustAnchors: anchors(file, base), location: elLoc(file, base) };
    if (ct) {
      fact.baseConfig.cleartextTrafficPermitted = ct.value;
      if (ct.value === 'true') fact.cleartextPermitted.push({ domain: '*', location: loc(file, ct.line, ct.column) });
    }
    for (const t of fact.baseConfig.trustAnchors) {
      if (t.src === 'user') fact.userCertificates.push({ scope: 'base', domains: ['*'], location: t.location });
      if (t.overridePins) fact.overriddenPins.push({ scope: 'base', domains: ['*'], location: t.location });
    }
  }
  const walk = (el: XmlElement, inherited: string | undefined): void => {
    for (const dc of kids(el, 'domain-config')) {
      const ctAttr = dc.attrs.cleartextTrafficPermitted;
      const ct = ctAttr?.value ?? inherited;
      const d: DomainConfigFact = {
        domains: kids(dc, 'domain').map((e) => ({ name: e.text.trim(), includeSubdomains: e.attrs.includeSubdomains?.value === 'true', location: elLoc(file, e) })),
        trustAnchors: anchors(file, dc), location: elLoc(file, dc),
      };
      if (ct !== undefined) d.cleartextTrafficPermitted = ct;
      const ps = kids(dc, 'pin-set')[0];
      if (ps) {
        d.pinSet = { pins: kids(ps, 'pin').length, location: elLoc(file, ps) };
        const exp = ps.attrs.expiration?.value;
        if (exp) d.pinSet.expiration = exp;
      }
      fact.domainConfigs.push(d);
      const names = d.domains.map((x) => x.name);
      if (ct === 'true') {
        const at = ctAttr ? loc(file, ctAttr.line, ctAttr.column) : d.location;
        for (const n of names) fact.cleartextPermitted.push({ domain: n, location: at });
      }
      for (const t of d.trustAnchors) {
        if (t.src === 'user') fact.userCertificates.push({ scope: 'domain', domains: names, location: t.location });
        if (t.overridePins) fact.overriddenPins.push({ scope: 'domain', domains: names, location: t.location });
      }
      walk(dc, ct);
    }
  };
  walk(root, fact.baseConfig?.cleartextTrafficPermitted);
  const dbg = kids(root, 'debug-overrides')[0];
  if (dbg) {
    fact.debugOverrides = { trustAnchors: anchors(file, dbg), location: elLoc(file, dbg) };
    for (const t of fact.debugOverrides.trustAnchors) {
      if (t.src === 'user') fact.userCertificates.push({ scope: 'debug', domains: ['*'], location: t.location });
    }
  }
  return { fact, diagnostics: [] };
}

/**
 * The merged manifest drops a permission that any manifest of the app removes with
 * `tools:node="remove"` (usually one a library module or SDK requests): it is not requested.
 */
export function dropRemovedPermissions(manifests: ManifestFact[]): void {
  const removed = new Set(manifests.flatMap((m) => (m.removedPermissions ?? []).map((p) => p.name)));
  if (!removed.size) return;
  for (const m of manifests) m.permissions = m.permissions.filter((p) => !removed.has(p.name));
}
