// `mobile-policy init`: a draft manifest from what the repository says. Everything the
// repository cannot tell (owners, assessments, plans) is a `TODO` value, which the manifest
// loader reports as a finding until someone fills it in.
import { Document, isMap, isSeq, type Node, type YAMLMap } from 'yaml';
import type { AndroidFacts } from '../detectors/android/index.js';
import type { HarmonyFacts } from '../detectors/harmonyos/index.js';
import type { IosFacts } from '../detectors/ios/index.js';
import type { Component, SdkFacts } from '../detectors/sdks/types.js';
import type { PrivacyFacts } from '../detectors/privacy/index.js';
import { purlIdentity } from '../inventory/index.js';
import { purlMatches } from '../engine/cel.js';
import { loadCatalog } from '../catalog/index.js';
import { isInRepoSource } from '../detectors/sdks/scope.js';
import { sdkOf } from '../detectors/sdks/catalog-ref.js';

export const TODO = 'TODO';

export interface DraftFacts {
  android?: AndroidFacts;
  ios?: IosFacts;
  harmonyos?: HarmonyFacts;
  sdks?: SdkFacts;
  privacy?: PrivacyFacts;
}

interface DraftSdk {
  id: string;
  name?: string;
  vendor: string;
  packages: string[];
  personalInfo: string[];
  /** A draft purpose from the catalogue category, or undefined (TODO). */
  purpose?: string;
  /** The SDK is in the catalogue (its personalInfo is known, possibly empty). */
  catalogued: boolean;
  category?: string;
  from: string;
}

interface Detected {
  id?: string;
  idFrom?: string;
  kinds: string[];
  android?: { minSdk?: number | string; targetSdk?: number | string };
  ios?: { minimumVersion?: string };
  harmonyos?: { minimumApi?: number };
  sdks: DraftSdk[];
  permissions: string[];
}

export interface DraftOptions {
  /** purls (trailing `*` = prefix) of platform packages that need no sdks[] entry: the pack's `platformPackages`. */
  platformPackages?: readonly string[];
  /** An identifier found outside the facts (XcodeGen project.yml, fastlane Appfile), used when the facts give none. */
  specAppId?: { id: string; file: string; line: number };
}

/**
 * The data-flow purpose (schema `$defs.purpose`) a catalogue category stands for: a draft
 * `purpose` that is both readable and one of the purposes the ledger uses elsewhere.
 */
const PURPOSE_OF_CATEGORY: Record<string, string> = {
  analytics: 'analytics', attribution: 'marketing', advertising: 'advertising', 'crash-apm': 'crash-reporting',
  push: 'developer-communications', communication: 'developer-communications', payment: 'transaction-processing',
  'login-social': 'authentication', 'identity-ocr-face': 'identity-verification', 'security-hardening': 'security',
  'customer-service': 'customer-service', share: 'app-functionality', 'map-location': 'app-functionality',
  'webview-browser': 'app-functionality', networking: 'app-functionality', speech: 'app-functionality',
  ui: 'app-functionality', storage: 'app-functionality', 'hot-update': 'app-functionality',
};

/** Pods, and the projects of test folders and example apps, are not the app. */
const NOT_THE_APP = /(^|\/)(Pods|Tests?|[^/]*Tests|Examples?|Demo|Sample)\//;

/** Personal-information types that exist on one platform only (Android device identifiers). */
const ANDROID_ONLY_INFO = new Set(['android-id', 'oaid', 'imei', 'imsi', 'serial-number', 'mac-address']);

function num(v: { value?: unknown } | undefined): number | undefined {
  const n = typeof v?.value === 'number' ? v.value : typeof v?.value === 'string' ? Number(v.value) : NaN;
  return Number.isInteger(n) ? n : undefined;
}

/** What the draft can fill in from facts. */
export function detect(facts: DraftFacts, options: DraftOptions = {}): Detected {
  const d: Detected = { kinds: [], sdks: [], permissions: [] };
  const android = facts.android;
  if (android?.present) {
    d.kinds.push('android');
    const app = android.gradle.find((g) => g.applicationId?.value !== undefined) ?? android.gradle[0];
    if (app?.applicationId?.value !== undefined) {
      d.id = String(app.applicationId.value);
      d.idFrom = `${app.applicationId.location.file}:${app.applicationId.location.line ?? 1}`;
    }
    // Unresolved levels stay TODO: the draft never guesses a number.
    if (app) d.android = { minSdk: num(app.minSdk) ?? TODO, targetSdk: num(app.targetSdk) ?? TODO };
    const removed = new Set(android.manifests.flatMap((m) => (m.removedPermissions ?? []).map((p) => p.name)));
    for (const m of android.manifests) {
      if (m.sourceSet !== 'main') continue;
      for (const p of m.permissions) if (!removed.has(p.name) && !d.permissions.includes(p.name)) d.permissions.push(p.name);
    }
  }
  const ios = facts.ios;
  if (ios?.present) {
    d.kinds.push('ios');
    const plist = ios.infoPlists.find((p) => !p.inTest && p.bundleIdentifier?.value && !p.bundleIdentifier.unresolved);
    if (!d.id && plist?.bundleIdentifier?.value) {
      d.id = plist.bundleIdentifier.value;
      d.idFrom = `${plist.file}:${plist.bundleIdentifier.location.line ?? 1}`;
    }
    const built = d.id ? undefined : pbxprojBundleId(ios);
    if (built) {
      d.id = built.id;
      d.idFrom = built.from;
    }
    if (!d.id && options.specAppId) {
      d.id = options.specAppId.id;
      d.idFrom = `${options.specAppId.file}:${options.specAppId.line}`;
    }
    // The app's own projects: not Pods, test folders or example apps.
    const own = ios.deploymentTargets.filter((t) => !NOT_THE_APP.test(t.location.file));
    // The app target's own Release setting wins over the project-wide one.
    const appTarget = ios.projects.filter((p) => !NOT_THE_APP.test(p.file)).flatMap((p) => p.configurations)
      .find((c) => /release/i.test(c.name) && c.deploymentTarget && d.id && c.bundleIdentifier?.value === d.id)?.deploymentTarget;
    const target = appTarget ?? own.find((t) => t.configuration === 'Release') ?? own[0];
    if (target) d.ios = { minimumVersion: target.value };
    for (const p of ios.infoPlists) {
      if (p.inTest) continue;
      for (const u of p.usageDescriptions) if (!d.permissions.includes(u.key)) d.permissions.push(u.key);
    }
  }
  const harmony = facts.harmonyos;
  if (harmony?.present) {
    d.kinds.push('harmonyos');
    if (!d.id && harmony.app?.bundleName) {
      d.id = harmony.app.bundleName.value;
      d.idFrom = `${harmony.app.file}:${harmony.app.bundleName.location.line ?? 1}`;
    }
    const api = harmony.sdkVersions.find((s) => s.key === 'compatibleSdkVersion')?.apiLevel;
    if (api !== undefined) d.harmonyos = { minimumApi: api };
    for (const m of harmony.modules) for (const p of m.requestPermissions) if (!d.permissions.includes(p.name)) d.permissions.push(p.name);
  }
  d.sdks = sdkEntries(facts.sdks, d.kinds, options.platformPackages ?? []);
  return d;
}

/** The Release bundle identifier of the app targets of the committed pbxproj files, when they agree. */
function pbxprojBundleId(ios: IosFacts): { id: string; from: string } | undefined {
  const found: { id: string; from: string }[] = [];
  for (const p of ios.projects) {
    if (NOT_THE_APP.test(p.file)) continue;
    for (const c of p.configurations) {
      const b = c.bundleIdentifier;
      if (!/release/i.test(c.name) || !b || b.unresolved || !b.value || /tests?$|\.(widget|extension|share|notification\w*|intents?\w*|watchkitapp\w*)$/i.test(b.value)) continue;
      found.push({ id: b.value, from: `${b.location.file}:${b.location.line ?? 1}` });
    }
  }
  // Extensions carry the app's id plus a suffix: the shortest id that prefixes all others is the app's.
  const app = [...found].sort((a, b) => a.id.length - b.id.length)[0];
  return app && found.every((f) => f.id === app.id || f.id.startsWith(`${app.id}.`)) ? app : undefined;
}

/** Every id and alias of the catalogue: a drafted own id must not take one. */
function catalogIdsOf(): string[] {
  return [...loadCatalog().byId.keys()];
}

function draftId(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * One entry per vendor SDK of the catalogue the app ships (its packages grouped under the
 * catalogue id), plus one per vendored binary. Open-source libraries (outside the catalogue or
 * marked openSource in it),
 * platform packages, in-repo packages and test/debug/dev/build dependencies get none: the
 * ledger lists SDKs, the inventory lists every library.
 */
function sdkEntries(sdks: SdkFacts | undefined, kinds: readonly string[], platform: readonly string[]): DraftSdk[] {
  const byId = new Map<string, DraftSdk>();
  const catalogIds = new Set<string>(catalogIdsOf());
  const vendoredIds = new Map<string, string>();
  const add = (id: string, c: { sdk?: Component['sdk'] }, purl: string, from: string) => {
    const known = c.sdk ?? undefined;
    const entry = byId.get(id) ?? {
      id,
      ...(known ? { name: known.name } : {}),
      catalogued: !!known,
      vendor: known?.vendor ?? TODO,
      packages: [],
      personalInfo: (known?.personalInfo ?? []).filter((p) => kinds.includes('android') || !ANDROID_ONLY_INFO.has(p)),
      ...(known?.categories[0] && PURPOSE_OF_CATEGORY[known.categories[0]] ? { purpose: PURPOSE_OF_CATEGORY[known.categories[0]], category: known.categories[0] } : {}),
      from,
    };
    if (!entry.packages.includes(purl)) entry.packages.push(purl);
    byId.set(id, entry);
  };
  for (const c of sdks?.components ?? []) {
    if (c.sdk) catalogIds.add(c.sdk.id);
    if (c.ecosystem === 'file' || c.ecosystem === 'native' || !c.sdk || c.sdk.openSource || !c.direct || c.bom || c.scope !== 'runtime') continue;
    if (isInRepoSource(c.source)) continue; // a package of the same repository
    if (platform.some((p) => purlMatches(c.purl, p))) continue;
    add(c.sdk.id, c, purlIdentity(c.purl), `${c.location.file}:${c.location.line ?? 1}`);
    // An umbrella package (`UMShare/Social/WeChat`) also ships the SDKs it embeds: one entry each.
    for (const b of c.sdk.bundles ?? []) add(b.id, { sdk: b }, purlIdentity(c.purl), `${c.location.file}:${c.location.line ?? 1}`);
  }
  for (const b of sdks?.vendoredBinaries ?? []) {
    const made = sdks?.components.find((c) => (c.ecosystem === 'file' || c.ecosystem === 'native') && c.source === b.file);
    const purl = made ? purlIdentity(made.purl) : `pkg:generic/${b.name}`;
    // Facts from before native components: the catalogue's file patterns still name a library's SDK (libtencentloc.so).
    const sdk = made?.sdk ?? (b.kind === 'so' ? sdkOf({ ecosystem: 'native', name: b.name, source: b.file } as Component) : null);
    // One entry per library whatever its file form (Rong_IMLib.jar + libRongIMLib.so); an own id
    // never takes a catalogue id: `umeng-push` must resolve to the catalogue's SDK.
    const key = purl.slice('pkg:generic/'.length).toLowerCase().replace(/[^a-z0-9]/g, '');
    let id = sdk?.id ?? vendoredIds.get(key) ?? draftId(purl.slice('pkg:generic/'.length));
    if (!sdk && catalogIds.has(id)) id = `${id}-vendored`;
    if (!sdk) vendoredIds.set(key, id);
    const from = b.referencedBy?.[0] ? `${b.referencedBy[0].file}:${b.referencedBy[0].line ?? 1}` : b.file;
    add(id, { sdk }, purl, from);
    // SDKs bundled inside it (the WeChat classes of a share jar) are SDKs the app ships: one entry each.
    for (const bundled of sdk?.bundles ?? []) if (!bundled.openSource) add(bundled.id, { sdk: bundled }, purl, from);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The draft manifest as YAML text, with comments saying where each detected value came from. */
export function draftManifest(facts: DraftFacts, appName: string, options: DraftOptions = {}): string {
  const d = detect(facts, options);
  const flows = draftFlows(facts.privacy, d.permissions);
  const doc = new Document({
    apiVersion: 'mobile-policy/v1',
    app: {
      id: d.id ?? TODO,
      name: appName,
      kinds: d.kinds.length ? d.kinds : [TODO],
      status: 'active',
      audience: 'external',
      businessScope: [TODO],
      regions: ['CN'],
      importantInformationSystem: false,
    },
    ownership: {
      leadDepartment: TODO,
      responsibleDepartment: TODO,
      responsiblePerson: { name: TODO, email: TODO },
      securityContact: { name: TODO, email: TODO },
    },
    filing: { appFilingNumber: TODO },
    compatibility: {
      ...(d.android ? { android: clean(d.android) } : {}),
      ...(d.ios ? { ios: clean(d.ios) } : {}),
      ...(d.harmonyos ? { harmonyos: clean(d.harmonyos) } : {}),
    },
    accessibility: { elderlyMode: TODO, minorsProtection: TODO },
    sdks: d.sdks.map((s) => ({
      id: s.id,
      ...(s.name ? { name: s.name } : {}),
      packages: s.packages,
      vendor: s.vendor,
      purpose: s.purpose ?? TODO,
      // The catalogue knows what its SDKs collect ([] = nothing on their own); TODO where nothing is known.
      personalInfo: s.catalogued || s.personalInfo.length ? s.personalInfo : [TODO],
      securityAssessment: { date: TODO, result: TODO, report: TODO },
    })),
    dataFlows: flows.map((f) => ({
      name: TODO,
      data: f.data,
      sensitivity: TODO,
      purpose: TODO,
      necessary: true,
      legalBasis: TODO,
      recipient: 'self',
      encryptedInTransit: true,
      permissions: f.permissions,
    })),
    security: { transportEncryption: 'tls1.2+', userAuthentication: [TODO], allowedDomains: [TODO] },
    privacy: { policyUrl: TODO, collectedInfoList: TODO, sharedInfoList: TODO, complaintChannel: { phone: TODO } },
    waivers: [],
  });
  doc.commentBefore = [
    ' Draft written by `mobile-policy init`. Every TODO is reported by `mobile-policy check`',
    ' until it is filled in; `mobile-policy schema` and docs/manifest.md describe each field.',
  ].join('\n');
  annotate(doc, ['app', 'id'], d.idFrom ? ` from ${d.idFrom}` : ' not found in the build files');
  const sdks = doc.getIn(['sdks']) as Node | undefined;
  if (isSeq(sdks)) {
    sdks.items.forEach((item, i) => {
      if (!isMap(item)) return;
      const s = d.sdks[i]!;
      (item as YAMLMap).commentBefore = ` found at ${s.from}`;
      const purpose = (item as YAMLMap).items.find((p) => (p.key as { value?: unknown })?.value === 'purpose');
      if (s.category && purpose?.key && typeof purpose.key === 'object') {
        (purpose.key as Node).commentBefore = ` drafted from the catalogue category "${s.category}": say what the app uses it for`;
      }
    });
  }
  annotate(doc, ['dataFlows'], ' one entry per flow of personal information; the permissions below were found in the app and each must be justified by a flow');
  const flowItems = doc.getIn(['dataFlows']) as Node | undefined;
  if (isSeq(flowItems)) {
    flowItems.items.forEach((item, i) => {
      const from = flows[i]!.from;
      if (isMap(item) && from) (item as YAMLMap).commentBefore = ` drafted from the code: ${from}; name the feature, its purpose and legal basis`;
    });
  }
  // blockQuote false: a value with a line break (from a build file) is written quoted on one line, so
  // none of its lines can start a workflow command when the draft is printed in a CI log.
  return doc.toString({ lineWidth: 0, blockQuote: false });
}

interface DraftFlow { data: string[]; permissions: string[]; from?: string }

/**
 * One draft flow per kind of personal information the app's own code reads (`mobile-policy
 * privacy` lists each place), holding the requested permissions those reads need; one flow with
 * TODO data keeps the permissions no read explains (an SDK's, or over-requested ones).
 */
function draftFlows(privacy: PrivacyFacts | undefined, permissions: readonly string[]): DraftFlow[] {
  const left = new Set(permissions);
  const out: DraftFlow[] = [];
  for (const c of privacy?.collected ?? []) {
    if (c.origin !== 'app') continue;
    const needed = new Set(privacy!.uses.filter((u) => !u.debug && u.personalInfo === c.personalInfo).flatMap((u) => u.permissions));
    const own = permissions.filter((p) => needed.has(p) && left.has(p));
    for (const p of own) left.delete(p);
    const where = `${c.location.file}:${c.location.line ?? 1}`;
    out.push({ data: [c.personalInfo], permissions: own, from: `${c.apis.join(', ')} at ${where}${c.count > 1 ? ` and ${c.count - 1} more place(s)` : ''}` });
  }
  if (!out.length || left.size) out.push({ data: [TODO], permissions: [...left] });
  return out;
}

function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function annotate(doc: Document, path: string[], comment: string): void {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1)) : doc.contents;
  if (!isMap(parent)) return;
  const pair = parent.items.find((p) => (p.key as { value?: unknown })?.value === path[path.length - 1]);
  if (pair && pair.key && typeof pair.key === 'object') (pair.key as Node).commentBefore = comment;
}
