// The `ios` detector: Info.plist (XML and binary), ATS, usage descriptions, URL schemes,
// bundle id and deployment target from project.pbxproj / Podfile, PrivacyInfo.xcprivacy.
import { committedFiles, templateTarget } from '../../scope/templates.js';
import { isXcodeGenSpec } from '../../scope/builds.js';
import type { Diagnostic, Location } from '../../core/types.js';
import { subtreeRange, type RepoFiles } from '../../repo/files.js';
import type { Detector } from '../types.js';
import { withinFileBudget } from '../../repo/budget.js';
import { basename, diagnostic, dirname, loc, scopeOfInput, splitLines } from '../android/util.js';
import { isCodeRole, roleAt } from '../../scope/index.js';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { readPbxConfigurations, readPbxTargets, expand, targetKind, type PbxConfiguration, type PbxSetting, type PbxTarget } from './pbxproj.js';
import { asBool, asString, get, parsePlist, type PValue } from './plist.js';
import { scanSources } from '../links/scan.js';
import type { IosWebViewFact } from './webview.js';

export type * from './webview.js';

export interface BoolFact { value: boolean; location: Location }
export interface StringFact { value: string; location: Location }

export interface ExceptionDomainFact {
  domain: string;
  location: Location;
  includesSubdomains?: BoolFact;
  allowsInsecureHTTPLoads?: BoolFact;
  thirdPartyAllowsInsecureHTTPLoads?: BoolFact;
  minimumTLSVersion?: StringFact;
  requiresForwardSecrecy?: BoolFact;
}

export interface AtsFact {
  location: Location;
  allowsArbitraryLoads?: BoolFact;
  allowsArbitraryLoadsForMedia?: BoolFact;
  allowsArbitraryLoadsInWebContent?: BoolFact;
  allowsLocalNetworking?: BoolFact;
  exceptionDomains: ExceptionDomainFact[];
}

export interface BundleIdFact {
  /** As written in Info.plist (`$(PRODUCT_BUNDLE_IDENTIFIER)`) or in the build settings. */
  raw: string;
  /** Resolved value (Release configuration preferred); absent when unresolved. */
  value?: string;
  unresolved: boolean;
  /** Build configuration the value was taken from. */
  configuration?: string;
  location: Location;
  /** Where the build setting that gave the value is written. */
  definedAt?: Location;
}

export interface InfoPlistFact {
  file: string;
  location: Location;
  format: 'xml' | 'binary';
  inTest: boolean;
  bundleIdentifier?: BundleIdFact;
  ats?: AtsFact;
  usageDescriptions: { key: string; text: string; location: Location }[];
  urlSchemes: { scheme: string; location: Location }[];
}

export interface BuildConfigurationFact {
  name: string;
  /** The target the configuration belongs to (absent: the project's own configuration). */
  target?: { name: string; kind: PbxTarget['kind'] };
  location: Location;
  bundleIdentifier?: StringFact & { raw: string; unresolved: boolean };
  infoPlist?: StringFact;
  deploymentTarget?: StringFact;
}

export interface DeploymentTargetFact {
  value: string;
  source: 'pbxproj' | 'podfile' | 'xcodegen';
  configuration?: string;
  /** The app target the setting belongs to (absent: the project's, which every target inherits). */
  target?: string;
  location: Location;
}

export interface PrivacyManifestFact {
  file: string;
  location: Location;
  format: 'xml' | 'binary';
  tracking?: BoolFact;
  trackingDomains: StringFact[];
  collectedDataTypes: {
    type: string;
    known: boolean;
    linked?: boolean;
    tracking?: boolean;
    purposes: string[];
    invalidPurposes: string[];
    location: Location;
  }[];
  accessedApiTypes: {
    type: string;
    /** Category without prefix: FileTimestamp, SystemBootTime, DiskSpace, UserDefaults, ActiveKeyboards; '' if unknown. */
    category: string;
    reasons: { code: string; valid: boolean; location: Location }[];
    location: Location;
  }[];
  /** Reason codes not valid for their API category (or for an unknown category). */
  invalidReasons: { apiType: string; code: string; location: Location }[];
}

export interface IosFacts {
  present: boolean;
  infoPlists: InfoPlistFact[];
  projects: { file: string; location: Location; configurations: BuildConfigurationFact[] }[];
  deploymentTargets: DeploymentTargetFact[];
  privacyManifests: PrivacyManifestFact[];
  /** WKWebView inspection switched on outside debug-only code (Swift / Objective-C sources). */
  webview: IosWebViewFact[];
}

/** Apple's required-reason API categories and their approved reason codes. */
export const REASON_CODES: Readonly<Record<string, readonly string[]>> = {
  FileTimestamp: ['DDA9.1', 'C617.1', '3B52.1', '0A2A.1'],
  SystemBootTime: ['35F9.1', '8FFB.1', '3D61.1'],
  DiskSpace: ['85F4.1', 'E174.1', '7D9E.1', 'B728.1'],
  UserDefaults: ['CA92.1', '1C8F.1', 'C56D.1', 'AC6B.1'],
  ActiveKeyboards: ['3EC4.1', '54BD.1'],
};
export const PURPOSES = ['ThirdPartyAdvertising', 'DeveloperAdvertising', 'Analytics', 'ProductPersonalization', 'AppFunctionality', 'Other'];
export const DATA_TYPES = ['Name', 'EmailAddress', 'PhoneNumber', 'PhysicalAddress', 'OtherUserContactInfo', 'Health', 'Fitness',
  'PaymentInfo', 'CreditInfo', 'OtherFinancialInfo', 'PreciseLocation', 'CoarseLocation', 'SensitiveInfo', 'Contacts',
  'EmailsOrTextMessages', 'PhotosorVideos', 'AudioData', 'GameplayContent', 'CustomerSupport', 'OtherUserContent',
  'BrowsingHistory', 'SearchHistory', 'UserID', 'DeviceID', 'PurchaseHistory', 'ProductInteraction', 'AdvertisingData',
  'OtherUsageData', 'CrashData', 'PerformanceData', 'OtherDiagnosticData', 'EnvironmentScanning', 'Hands', 'Head', 'OtherDataTypes'];

function plistError(file: string, r: { message: string; line?: number; column?: number }): Diagnostic {
  return diagnostic('ios/plist-parse', 'error', file,
    `${file} could not be parsed as a property list${r.line ? ` (line ${r.line})` : ''}: ${r.message}; the checks that need it were skipped.`,
    `${file} 无法解析为属性列表${r.line ? `（第 ${r.line} 行）` : ''}：\`${r.message}\`，依赖它的检查已跳过。`, r.line, r.column);
}

function readPlist(repo: RepoFiles, file: string, diagnostics: Diagnostic[]): { root: PValue; format: 'xml' | 'binary' } | undefined {
  const r = repo.readBytes(file);
  if (!r.ok) { diagnostics.push(r.diagnostic); return undefined; }
  const p = withinFileBudget(file, diagnostics, () => parsePlist(r.bytes));
  if (!p) return undefined;
  if (!p.ok) { diagnostics.push(plistError(file, p)); return undefined; }
  return { root: p.root, format: p.format };
}

const boolAt = (file: string, d: PValue | undefined, key: string): BoolFact | undefined => {
  const e = get(d, key);
  const v = asBool(e?.value);
  return e && v !== undefined ? { value: v, location: loc(file, e.line) } : undefined;
};

function readAts(file: string, root: PValue): AtsFact | undefined {
  const e = get(root, 'NSAppTransportSecurity');
  if (!e) return undefined;
  const d = e.value;
  const ats: AtsFact = { location: loc(file, e.line), exceptionDomains: [] };
  const set = <K extends keyof AtsFact>(k: K, v: AtsFact[K] | undefined) => { if (v !== undefined) ats[k] = v; };
  set('allowsArbitraryLoads', boolAt(file, d, 'NSAllowsArbitraryLoads'));
  set('allowsArbitraryLoadsForMedia', boolAt(file, d, 'NSAllowsArbitraryLoadsForMedia'));
  set('allowsArbitraryLoadsInWebContent', boolAt(file, d, 'NSAllowsArbitraryLoadsInWebContent'));
  set('allowsLocalNetworking', boolAt(file, d, 'NSAllowsLocalNetworking'));
  const ex = get(d, 'NSExceptionDomains')?.value;
  if (ex?.kind === 'dict') {
    for (const de of ex.entries) {
      const x: ExceptionDomainFact = { domain: de.key, location: loc(file, de.line) };
      const s = <K extends keyof ExceptionDomainFact>(k: K, v: ExceptionDomainFact[K] | undefined) => { if (v !== undefined) x[k] = v; };
      s('includesSubdomains', boolAt(file, de.value, 'NSIncludesSubdomains'));
      s('allowsInsecureHTTPLoads', boolAt(file, de.value, 'NSExceptionAllowsInsecureHTTPLoads') ?? boolAt(file, de.value, 'NSTemporaryExceptionAllowsInsecureHTTPLoads'));
      s('thirdPartyAllowsInsecureHTTPLoads', boolAt(file, de.value, 'NSThirdPartyExceptionAllowsInsecureHTTPLoads'));
      s('requiresForwardSecrecy', boolAt(file, de.value, 'NSExceptionRequiresForwardSecrecy') ?? boolAt(file, de.value, 'NSThirdPartyExceptionRequiresForwardSecrecy'));
      const tls = get(de.value, 'NSExceptionMinimumTLSVersion') ?? get(de.value, 'NSTemporaryExceptionMinimumTLSVersion') ?? get(de.value, 'NSThirdPartyExceptionMinimumTLSVersion');
      const tv = asString(tls?.value);
      if (tls && tv !== undefined) x.minimumTLSVersion = { value: tv, location: loc(file, tls.line) };
      ats.exceptionDomains.push(x);
    }
  }
  return ats;
}

interface PbxProject { file: string; srcRoot: string; configs: PbxConfiguration[]; xcconfig: Record<string, PbxSetting & { file: string }> }

function normPath(p: string): string {
  const out: string[] = [];
  for (const s of p.split('/')) {
    if (!s || s === '.') continue;
    if (s === '..') out.pop();
    else out.push(s);
  }
  return out.join('/');
}

function infoPlistPath(p: PbxProject, c: PbxConfiguration): string | undefined {
  const v = c.settings.INFOPLIST_FILE?.value;
  if (!v) return undefined;
  const rel = v.replace(/^\$[({](?:SRCROOT|PROJECT_DIR)[)}]\/?/, '');
  return normPath(p.srcRoot ? `${p.srcRoot}/${rel}` : rel);
}

const isRelease = (name: string) => /release/i.test(name);
const testId = (id: string) => /Tests?$|UITests$/.test(id);

function resolveBundleId(file: string, raw: string, line: number | undefined, projects: PbxProject[]): BundleIdFact {
  type X = PbxSetting & { file?: string };
  const fact: BundleIdFact = { raw, unresolved: true, location: loc(file, line) };
  if (!/\$[({]/.test(raw)) return { ...fact, value: raw, unresolved: false };
  let candidates = projects.flatMap((p) => p.configs.filter((c) => infoPlistPath(p, c) === file).map((c) => ({ p, c })));
  if (!candidates.length) {
    // No INFOPLIST_FILE names this plist: use the project beside it, if its app target is unambiguous.
    candidates = projects.filter((p) => !p.srcRoot || file.startsWith(`${p.srcRoot}/`))
      .flatMap((p) => p.configs.map((c) => ({ p, c })))
      .filter(({ c }) => c.settings.PRODUCT_BUNDLE_IDENTIFIER && !testId(c.settings.PRODUCT_BUNDLE_IDENTIFIER.value) && !/Tests?\//.test(c.settings.INFOPLIST_FILE?.value ?? ''));
    // Only when the app target is unambiguous: one bundle id among the candidates.
    if (new Set(candidates.map(({ c }) => c.settings.PRODUCT_BUNDLE_IDENTIFIER?.value)).size !== 1) candidates = [];
  }
  candidates.sort((a, b) => Number(isRelease(b.c.name)) - Number(isRelease(a.c.name)));
  for (const { p, c } of candidates) {
    const settings = { ...p.xcconfig, ...c.settings };
    const v = expand(raw, settings);
    if (v === undefined || !v) continue;
    fact.value = v;
    fact.unresolved = false;
    fact.configuration = c.name;
    const def = c.settings.PRODUCT_BUNDLE_IDENTIFIER;
    const x: X | undefined = p.xcconfig.PRODUCT_BUNDLE_IDENTIFIER;
    if (def) fact.definedAt = loc(p.file, def.line, def.column);
    else if (x?.file) fact.definedAt = loc(x.file, x.line, x.column);
    break;
  }
  return fact;
}

/** Settings from the .xcconfig files below a project's folder (first definition wins; Release files first). */
function xcconfigSettings(repo: RepoFiles, files: string[], srcRoot: string, diagnostics: Diagnostic[]): Record<string, PbxSetting & { file: string }> {
  const out: Record<string, PbxSetting & { file: string }> = {};
  const list = files.filter((p) => p.endsWith('.xcconfig') && (!srcRoot || p.startsWith(`${srcRoot}/`)) && !/(?:^|\/)Pods\//.test(p))
    .sort((a, b) => Number(/release/i.test(b)) - Number(/release/i.test(a)) || Number(/debug/i.test(a)) - Number(/debug/i.test(b)));
  for (const f of list) {
    const r = repo.readText(f);
    if (!r.ok) { diagnostics.push(r.diagnostic); continue; }
    splitLines(r.text).forEach((l, i) => {
      const m = /^\s*([A-Za-z_]\w*)\s*=\s*(.*?)\s*(?:\/\/.*)?$/.exec(l);
      if (m && !out[m[1]!]) out[m[1]!] = { value: m[2]!, line: i + 1, column: l.indexOf(m[1]!) + 1, file: f };
    });
  }
  return out;
}

function readPrivacyManifest(file: string, root: PValue, format: 'xml' | 'binary'): PrivacyManifestFact {
  const f: PrivacyManifestFact = { file, location: loc(file), format, trackingDomains: [], collectedDataTypes: [], accessedApiTypes: [], invalidReasons: [] };
  const t = boolAt(file, root, 'NSPrivacyTracking');
  if (t) f.tracking = t;
  const td = get(root, 'NSPrivacyTrackingDomains')?.value;
  if (td?.kind === 'array') for (const d of td.items) { const s = asString(d); if (s) f.trackingDomains.push({ value: s, location: loc(file, d.line) }); }
  const cd = get(root, 'NSPrivacyCollectedDataTypes')?.value;
  if (cd?.kind === 'array') {
    for (const item of cd.items) {
      const typeE = get(item, 'NSPrivacyCollectedDataType');
      const type = asString(typeE?.value) ?? '';
      const purposes = get(item, 'NSPrivacyCollectedDataTypePurposes')?.value;
      const ps = purposes?.kind === 'array' ? purposes.items.map((x) => asString(x) ?? '') : [];
      const entry: PrivacyManifestFact['collectedDataTypes'][number] = {
        type, known: DATA_TYPES.includes(type.replace(/^NSPrivacyCollectedDataType/, '')),
        purposes: ps.map((x) => x.replace(/^NSPrivacyCollectedDataTypePurpose/, '')),
        invalidPurposes: ps.filter((x) => !PURPOSES.includes(x.replace(/^NSPrivacyCollectedDataTypePurpose/, ''))),
        location: loc(file, typeE?.line ?? item.line),
      };
      const linked = asBool(get(item, 'NSPrivacyCollectedDataTypeLinked')?.value);
      const tracking = asBool(get(item, 'NSPrivacyCollectedDataTypeTracking')?.value);
      if (linked !== undefined) entry.linked = linked;
      if (tracking !== undefined) entry.tracking = tracking;
      f.collectedDataTypes.push(entry);
    }
  }
  const api = get(root, 'NSPrivacyAccessedAPITypes')?.value;
  if (api?.kind === 'array') {
    for (const item of api.items) {
      const typeE = get(item, 'NSPrivacyAccessedAPIType');
      const type = asString(typeE?.value) ?? '';
      const category = type.replace(/^NSPrivacyAccessedAPICategory/, '');
      const allowed = REASON_CODES[category];
      const rs = get(item, 'NSPrivacyAccessedAPITypeReasons')?.value;
      const reasons = rs?.kind === 'array' ? rs.items.map((x) => {
        const code = asString(x) ?? '';
        return { code, valid: !!allowed?.includes(code), location: loc(file, x.line) };
      }) : [];
      f.accessedApiTypes.push({ type, category: allowed ? category : '', reasons, location: loc(file, typeE?.line ?? item.line) });
      for (const r of reasons) if (!r.valid) f.invalidReasons.push({ apiType: type, code: r.code, location: r.location });
    }
  }
  return f;
}

export const detectIos: Detector<IosFacts> = (input) => {
  const { repo, appDir } = input;
  // The app's shipped files, and its tests' (their Info.plists are kept, marked inTest). Sample
  // apps, other platforms (Flutter's macos/) and vendored code are not read.
  const scope = scopeOfInput(input);
  const files: string[] = [];
  const shipped: string[] = [];
  const tests = new Set<string>();
  // One pass over the app's files (this runs on every path).
  const [start, end] = subtreeRange(repo, scope.dir);
  for (let i = start; i < end; i++) {
    const role = roleAt(scope, i);
    const f = repo.paths[i]!;
    if (role === 'test') tests.add(f);
    else if (role && isCodeRole(role)) shipped.push(f);
    else continue;
    files.push(f);
  }
  const diagnostics: Diagnostic[] = [];
  const facts: IosFacts = { present: false, infoPlists: [], projects: [], deploymentTargets: [], privacyManifests: [], webview: [] };

  const projects: PbxProject[] = [];
  for (const f of shipped.filter((p) => p.endsWith('.xcodeproj/project.pbxproj'))) {
    const r = repo.readText(f);
    if (!r.ok) { diagnostics.push(r.diagnostic); continue; }
    const read = withinFileBudget(f, diagnostics, () => ({ configs: readPbxConfigurations(r.text), targets: readPbxTargets(r.text) }));
    if (!read) continue;
    const { configs, targets } = read;
    // Which target each configuration belongs to: only the app's own deployment target counts
    // (an extension may need a newer iOS; test targets are not shipped).
    const owner = new Map<string, PbxTarget>();
    for (const t of targets) for (const id of t.configurationIds) owner.set(id, t);
    // The project's own setting counts where the app target does not set one; a project with
    // targets but no app (a local library's) gives none.
    const appSets = configs.some((c) => owner.get(c.id)?.kind === 'app' && c.settings.IPHONEOS_DEPLOYMENT_TARGET);
    const counts = (t: PbxTarget | undefined) => (t ? t.kind === 'app' : !targets.length || (!appSets && targets.some((x) => x.kind === 'app')));
    const srcRoot = dirname(dirname(f));
    const p: PbxProject = { file: f, srcRoot, configs, xcconfig: xcconfigSettings(repo, shipped, srcRoot, diagnostics) };
    projects.push(p);
    facts.projects.push({ file: f, location: loc(f), configurations: configs.map((c) => {
      const b: BuildConfigurationFact = { name: c.name, location: loc(f, c.line) };
      const t = owner.get(c.id);
      if (t) b.target = { name: t.name, kind: t.kind };
      const id = c.settings.PRODUCT_BUNDLE_IDENTIFIER;
      if (id) {
        const v = expand(id.value, c.settings);
        b.bundleIdentifier = { raw: id.value, value: v ?? id.value, unresolved: v === undefined, location: loc(f, id.line, id.column) };
      }
      const ip = infoPlistPath(p, c);
      if (ip && c.settings.INFOPLIST_FILE) b.infoPlist = { value: ip, location: loc(f, c.settings.INFOPLIST_FILE.line, c.settings.INFOPLIST_FILE.column) };
      const dt = c.settings.IPHONEOS_DEPLOYMENT_TARGET;
      if (dt) {
        b.deploymentTarget = { value: dt.value, location: loc(f, dt.line, dt.column) };
        if (counts(t)) {
          const d: DeploymentTargetFact = { value: dt.value, source: 'pbxproj', configuration: c.name, location: loc(f, dt.line, dt.column) };
          if (t) d.target = t.name;
          facts.deploymentTargets.push(d);
        }
      }
      return b;
    }) });
  }

  // XcodeGen: the app targets' deploymentTarget, else options.deploymentTarget.iOS.
  for (const f of shipped.filter(isXcodeGenSpec)) {
    const r = repo.readText(f);
    if (r.ok && /^targets\s*:/m.test(r.text)) facts.deploymentTargets.push(...xcodegenDeploymentTargets(f, r.text));
  }

  for (const f of shipped.filter((p) => basename(p) === 'Podfile')) {
    const r = repo.readText(f);
    if (!r.ok) { diagnostics.push(r.diagnostic); continue; }
    splitLines(r.text).forEach((l, i) => {
      const m = /^\s*platform\s+:ios\s*,\s*['"]([^'"]+)['"]/.exec(l);
      if (m) facts.deploymentTargets.push({ value: m[1]!, source: 'podfile', location: loc(f, i + 1, l.indexOf('platform') + 1) });
    });
  }

  const committed = committedFiles(files);
  const infoPlists = files.filter((p) => p.endsWith('.plist') && (/(?:^|\/|-)Info\.plist$/.test(p) || templateTarget(p, 'Info.plist', committed))
    && !/\.(?:framework|bundle|xcframework|appex)\//.test(p) && !/(?:^|\/)GoogleService-Info\.plist$/.test(p));
  for (const f of infoPlists) {
    const p = readPlist(repo, f, diagnostics);
    if (!p) continue;
    const { root, format } = p;
    const fact: InfoPlistFact = { file: f, location: loc(f), format, inTest: tests.has(f), usageDescriptions: [], urlSchemes: [] };
    const idE = get(root, 'CFBundleIdentifier');
    const id = asString(idE?.value);
    if (idE && id !== undefined) fact.bundleIdentifier = resolveBundleId(f, id, idE.line, projects);
    const ats = readAts(f, root);
    if (ats) fact.ats = ats;
    if (root.kind === 'dict') {
      for (const e of root.entries) {
        if (/^NS\w*UsageDescription$/.test(e.key)) fact.usageDescriptions.push({ key: e.key, text: asString(e.value) ?? '', location: loc(f, e.line) });
      }
    }
    const types = get(root, 'CFBundleURLTypes')?.value;
    if (types?.kind === 'array') {
      for (const t of types.items) {
        const schemes = get(t, 'CFBundleURLSchemes')?.value;
        if (schemes?.kind === 'array') for (const s of schemes.items) { const v = asString(s); if (v) fact.urlSchemes.push({ scheme: v, location: loc(f, s.line) }); }
      }
    }
    facts.infoPlists.push(fact);
  }

  for (const f of shipped.filter((p) => p.endsWith('.xcprivacy'))) {
    const p = readPlist(repo, f, diagnostics);
    if (p) facts.privacyManifests.push(readPrivacyManifest(f, p.root, p.format));
  }
  // Swift / Objective-C sources are read once, in the scan shared with links and secrets.
  facts.webview = scanSources(repo, appDir, scope).iosWebview;
  facts.present = facts.infoPlists.some((p) => !p.inTest) || projects.length > 0;
  return { facts, diagnostics };
};

/** The iOS deployment target an XcodeGen project.yml gives its app targets (nothing when unreadable: the scope reports the build). */
function xcodegenDeploymentTargets(file: string, text: string): DeploymentTargetFact[] {
  const lines = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try { doc = parseDocument(text, { lineCounter: lines, prettyErrors: false }); } catch { return []; }
  const fact = (node: unknown, target?: string): DeploymentTargetFact | undefined => {
    if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number')) return undefined;
    const at = node.range ? lines.linePos(node.range[0]) : undefined;
    const value = typeof node.value === 'number' && Number.isInteger(node.value) ? `${node.value}.0` : String(node.value);
    const d: DeploymentTargetFact = { value, source: 'xcodegen', location: loc(file, at?.line, at?.col) };
    if (target) d.target = target;
    return d;
  };
  const out: DeploymentTargetFact[] = [];
  const targets = doc.get('targets');
  if (isMap(targets)) {
    for (const pair of targets.items) {
      const t = pair.value;
      if (!isMap(t) || targetKind(String(t.get('type') ?? '')) !== 'app') continue;
      const platform = t.get('platform');
      if (platform !== undefined && platform !== 'iOS') continue;
      const dt = t.get('deploymentTarget', true);
      const d = fact(isMap(dt) ? dt.get('iOS', true) : dt, String(isScalar(pair.key) ? pair.key.value : ''));
      if (d) out.push(d);
    }
  }
  if (!out.length) {
    const d = fact(doc.getIn(['options', 'deploymentTarget', 'iOS'], true));
    if (d) out.push(d);
  }
  return out;
}
