// `mobile-policy init`: a draft manifest from what the repository says. Everything the
// repository cannot tell (owners, assessments, plans) is a `TODO` value, which the manifest
// loader reports as a finding until someone fills it in.
import { Document, isMap, isSeq, type Node, type YAMLMap } from 'yaml';
import type { AndroidFacts } from '../detectors/android/index.js';
import type { HarmonyFacts } from '../detectors/harmonyos/index.js';
import type { IosFacts } from '../detectors/ios/index.js';
import type { Component, SdkFacts } from '../detectors/sdks/types.js';
import { purlIdentity } from '../inventory/index.js';

export const TODO = 'TODO';

export interface DraftFacts {
  android?: AndroidFacts;
  ios?: IosFacts;
  harmonyos?: HarmonyFacts;
  sdks?: SdkFacts;
}

interface Detected {
  id?: string;
  idFrom?: string;
  kinds: string[];
  android?: { minSdk?: number; targetSdk?: number };
  ios?: { minimumVersion?: string };
  harmonyos?: { minimumApi?: number };
  sdks: { id: string; vendor: string; packages: string[]; personalInfo: string[]; from: string }[];
  permissions: string[];
}

const TEST_SCOPE = /test|^dev|debug|lint|buildscript|classpath|plugin|build-tool|kapt|ksp|annotationProcessor|compileOnly/i;

function num(v: { value?: unknown } | undefined): number | undefined {
  const n = typeof v?.value === 'number' ? v.value : typeof v?.value === 'string' ? Number(v.value) : NaN;
  return Number.isInteger(n) ? n : undefined;
}

/** What the draft can fill in from facts. */
export function detect(facts: DraftFacts): Detected {
  const d: Detected = { kinds: [], sdks: [], permissions: [] };
  const android = facts.android;
  if (android?.present) {
    d.kinds.push('android');
    const app = android.gradle.find((g) => g.applicationId?.value !== undefined) ?? android.gradle[0];
    if (app?.applicationId?.value !== undefined) {
      d.id = String(app.applicationId.value);
      d.idFrom = `${app.applicationId.location.file}:${app.applicationId.location.line ?? 1}`;
    }
    if (app) d.android = { minSdk: num(app.minSdk), targetSdk: num(app.targetSdk) };
    for (const m of android.manifests) {
      if (m.sourceSet !== 'main') continue;
      for (const p of m.permissions) if (!d.permissions.includes(p.name)) d.permissions.push(p.name);
    }
  }
  const ios = facts.ios;
  if (ios?.present) {
    d.kinds.push('ios');
    const plist = ios.infoPlists.find((p) => !p.inTest && p.bundleIdentifier?.value);
    if (!d.id && plist?.bundleIdentifier?.value) {
      d.id = plist.bundleIdentifier.value;
      d.idFrom = `${plist.file}:${plist.bundleIdentifier.location.line ?? 1}`;
    }
    const target = ios.deploymentTargets.find((t) => t.configuration === 'Release') ?? ios.deploymentTargets[0];
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
  d.sdks = sdkEntries(facts.sdks?.components ?? []);
  return d;
}

/** Third-party components the app ships, grouped by catalogued SDK; uncatalogued ones stand alone. */
function sdkEntries(components: readonly Component[]): Detected['sdks'] {
  const byId = new Map<string, Detected['sdks'][number]>();
  for (const c of components) {
    if (!c.direct || c.bom || (c.scope && TEST_SCOPE.test(c.scope))) continue;
    const id = c.sdk?.id ?? `${c.group ? `${c.group}-` : ''}${c.name}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const entry = byId.get(id) ?? {
      id,
      vendor: c.sdk?.vendor ?? TODO,
      packages: [],
      personalInfo: c.sdk?.personalInfo ?? [],
      from: `${c.location.file}:${c.location.line ?? 1}`,
    };
    const purl = purlIdentity(c.purl);
    if (!entry.packages.includes(purl)) entry.packages.push(purl);
    byId.set(id, entry);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The draft manifest as YAML text, with comments saying where each detected value came from. */
export function draftManifest(facts: DraftFacts, appName: string): string {
  const d = detect(facts);
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
      packages: s.packages,
      vendor: s.vendor,
      purpose: TODO,
      personalInfo: s.personalInfo.length ? s.personalInfo : [TODO],
      securityAssessment: { date: TODO, result: TODO, report: TODO },
    })),
    dataFlows: [{
      name: TODO,
      data: [TODO],
      sensitivity: TODO,
      purpose: TODO,
      necessary: true,
      legalBasis: TODO,
      recipient: 'self',
      encryptedInTransit: true,
      permissions: d.permissions,
    }],
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
      if (isMap(item)) (item as YAMLMap).commentBefore = ` found at ${d.sdks[i]!.from}`;
    });
  }
  annotate(doc, ['dataFlows'], ' one entry per flow of personal information; the permissions below were found in the app and each must be justified by a flow');
  return doc.toString({ lineWidth: 0 });
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
