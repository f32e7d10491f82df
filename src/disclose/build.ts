// Builds the disclosure data from declared facts only: manifest dataFlows, sdks, thirdParties and
// privacy; the build's inventory (which declared SDKs ship); the catalogue (names, vendors in
// Chinese and English, privacy-policy links). A value nobody declared becomes a question.
import { getSdk, type Catalog } from '../catalog/index.js';
import type { Localized } from '../core/types.js';
import type { SdkFacts } from '../detectors/sdks/types.js';
import type { ManifestData } from '../manifest/types.js';
import { purlMatches } from '../engine/cel.js';
import { hasBuildFacts, shipsSdk } from './shipped.js';
import { infoLabel } from './vocabulary.js';
import type { CollectedRow, Disclosure, ProcessingMethod, Question, SharedRow } from './types.js';

interface Flow {
  name?: string;
  data?: string[];
  sensitivity?: string;
  purpose?: string;
  necessary?: boolean;
  legalBasis?: string;
  recipient?: string;
  crossBorder?: boolean;
  encryptedInTransit?: boolean;
  frequency?: string;
  permissions?: string[];
}

interface Sdk {
  id?: string;
  name?: string;
  packages?: string[];
  vendor?: string;
  purpose?: string;
  personalInfo?: string[];
  permissions?: string[];
  privacyPolicy?: string;
}

interface ThirdParty {
  name?: string;
  responsibilities?: string;
  dataShared?: string[];
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() && v.trim() !== 'TODO' ? v.trim() : undefined);
const list = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);
const strings = (v: unknown): string[] => list<unknown>(v).filter((x): x is string => typeof x === 'string' && x !== 'TODO');

export interface DisclosureInput {
  manifest: ManifestData;
  /** facts.sdks of the app; undefined or empty: every declared SDK is taken as shipped. */
  sdkFacts?: SdkFacts;
  catalog: Catalog;
}

export function buildDisclosure({ manifest, sdkFacts, catalog }: DisclosureInput): Disclosure {
  const questions: Question[] = [];
  const ask = (id: string, pointer: string, en: string, zh: string): void => {
    questions.push({ id, pointer, text: { en, 'zh-CN': zh } });
  };
  const app = (manifest.app ?? {}) as { id?: unknown; name?: unknown; localizedName?: Record<string, unknown> };
  const privacy = (manifest.privacy ?? {}) as { policyUrl?: unknown };
  const flows = list<Flow>(manifest.dataFlows);
  const sdks = list<Sdk>(manifest.sdks);
  const sdkName = (id: string): string => str(sdks.find((s) => s.id === id)?.name) ?? getSdk(catalog, id)?.nameZh ?? getSdk(catalog, id)?.name ?? id;

  if (!Array.isArray(manifest.dataFlows)) {
    ask('disclose/data-flows', '/dataFlows', 'No dataFlows are declared: list every flow of personal information (an empty list if the app collects none).',
      '未申报 dataFlows：请列出每一项个人信息处理活动（不收集任何个人信息时写空列表）。');
  }
  const collected: CollectedRow[] = flows.map((f, i) => {
    const pointer = `/dataFlows/${i}`;
    const name = str(f.name) ?? `#${i + 1}`;
    if (!strings(f.data).length) ask('disclose/flow-data', `${pointer}/data`, `Data flow "${name}": which personal information does it involve (data)?`, `数据流“${name}”：涉及哪些个人信息（data）？`);
    if (!str(f.purpose)) ask('disclose/flow-purpose', `${pointer}/purpose`, `Data flow "${name}": what is its purpose?`, `数据流“${name}”：处理目的是什么（purpose）？`);
    if (!str(f.legalBasis)) ask('disclose/flow-legal-basis', `${pointer}/legalBasis`, `Data flow "${name}": on which legal basis is it processed?`, `数据流“${name}”：处理依据是什么（legalBasis）？`);
    if (typeof f.necessary !== 'boolean') ask('disclose/flow-necessary', `${pointer}/necessary`, `Data flow "${name}": is it necessary for the basic service?`, `数据流“${name}”：是否为基本业务功能所必需（necessary）？`);
    return {
      scenario: name,
      data: strings(f.data),
      ...(str(f.sensitivity) ? { sensitivity: str(f.sensitivity) } : {}),
      ...(str(f.purpose) ? { purpose: str(f.purpose) } : {}),
      ...(typeof f.necessary === 'boolean' ? { necessary: f.necessary } : {}),
      ...(str(f.legalBasis) ? { legalBasis: str(f.legalBasis) } : {}),
      ...(str(f.frequency) ? { frequency: str(f.frequency) } : {}),
      permissions: strings(f.permissions),
      collector: collectorOf(str(f.recipient), sdkName),
      pointer,
    };
  });

  const shared: SharedRow[] = [];
  const omitted: Disclosure['omitted'] = [];
  const checkBuild = hasBuildFacts(sdkFacts);
  sdks.forEach((s, i) => {
    const id = str(s.id);
    if (!id) return;
    const pointer = `/sdks/${i}`;
    if (checkBuild && !shipsSdk({ id, packages: strings(s.packages) }, sdkFacts, catalog)) {
      omitted.push({ id, reason: 'not-in-build' });
      return;
    }
    const ownFlows = flows.filter((f) => f.recipient === `sdk:${id}`);
    // What the SDK declares plus what the data flows send it: both are declared facts.
    const declaredInfo = Array.isArray(s.personalInfo) ? strings(s.personalInfo) : undefined;
    const flowInfo = ownFlows.flatMap((f) => strings(f.data));
    const personalInfo = declaredInfo || flowInfo.length ? [...new Set([...(declaredInfo ?? []), ...flowInfo])] : undefined;
    if (personalInfo && !personalInfo.length) {
      omitted.push({ id, reason: 'no-personal-info' });
      return;
    }
    const entry = getSdk(catalog, id);
    const name = str(s.name) ?? entry?.name ?? id;
    // The manifest's vendor is free text; the catalogue's names are the published ones.
    const vendorEn = entry?.vendor.en ?? str(s.vendor);
    const vendorZh = entry?.vendor['zh-CN'];
    const vendor = { ...(vendorEn ? { en: vendorEn } : {}), ...(vendorZh ? { 'zh-CN': vendorZh } : {}) };
    const privacyPolicy = str(s.privacyPolicy) ?? entry?.privacyPolicy;
    if (!declaredInfo) {
      const typical = entry?.personalInfo ?? [];
      ask('disclose/sdk-personal-info', `${pointer}/personalInfo`,
        `SDK "${name}": which personal information does it collect or receive (personalInfo)?${typical.length ? ` The catalogue lists what it typically collects: ${typical.join(', ')}.` : ''}`,
        `SDK“${name}”：收集或接收哪些个人信息（personalInfo）？${typical.length ? `目录记载其通常收集：${typical.map((v) => infoLabel(v, 'zh-CN')).join('、')}。` : ''}`);
    }
    if (!str(s.purpose)) ask('disclose/sdk-purpose', `${pointer}/purpose`, `SDK "${name}": what is it used for (purpose)?`, `SDK“${name}”：使用目的是什么（purpose）？`);
    if (!vendor.en && !vendor['zh-CN']) ask('disclose/sdk-vendor', `${pointer}/vendor`, `SDK "${name}": which company provides it (vendor)?`, `SDK“${name}”：由哪家公司提供（vendor）？`);
    if (!privacyPolicy) ask('disclose/sdk-privacy-policy', `${pointer}/privacyPolicy`, `SDK "${name}": where is its privacy policy (privacyPolicy)?`, `SDK“${name}”：其隐私政策链接是什么（privacyPolicy）？`);
    if (!ownFlows.length) {
      ask('disclose/sdk-flow', '/dataFlows', `SDK "${name}": no data flow has recipient sdk:${id}; declare one to state whether its data is encrypted in transit and leaves mainland China.`,
        `SDK“${name}”：没有接收方为 sdk:${id} 的数据流；请申报一条，说明其数据传输是否加密、是否出境。`);
    }
    shared.push({
      kind: 'sdk', id, name,
      ...(entry?.nameZh ? { nameZh: entry.nameZh } : {}),
      vendor,
      ...(str(s.purpose) ? { purpose: str(s.purpose) } : {}),
      ...(personalInfo ? { personalInfo } : {}),
      processing: processing(['sdk-embedded'], ownFlows),
      permissions: strings(s.permissions),
      ...(privacyPolicy ? { privacyPolicy } : {}),
      pointer,
    });
  });

  // Vendor SDKs the build ships that no sdks[] entry declares: the list cannot name them yet.
  if (checkBuild) {
    const declaredIds = new Set(sdks.map((s) => getSdk(catalog, str(s.id) ?? '')?.id ?? str(s.id)));
    const undeclared = new Map<string, string>();
    for (const c of sdkFacts.components) {
      if ((c.scope ?? 'runtime') !== 'runtime' || !c.sdk || c.sdk.openSource || declaredIds.has(c.sdk.id)) continue;
      if (sdks.some((s) => strings(s.packages).some((p) => purlMatches(c.purl, p)))) continue;
      undeclared.set(c.sdk.id, c.sdk.name);
    }
    for (const [id, name] of undeclared) {
      ask('disclose/sdk-undeclared', '/sdks', `SDK "${name}" (catalogue id ${id}) is in the release build but not in sdks[]: declare it so the sharing list can name it.`,
        `SDK“${name}”（目录编号 ${id}）包含在发布构建中，但未在 sdks[] 中申报：请申报后再列入第三方信息共享清单。`);
    }
  }

  list<ThirdParty>(manifest.thirdParties).forEach((t, i) => {
    const name = str(t.name);
    const data = strings(t.dataShared);
    if (!name || !data.length) return;
    const ownFlows = flows.filter((f) => f.recipient === `third-party:${name}` || f.recipient === `vendor:${name}`);
    shared.push({
      kind: 'third-party', id: name, name, vendor: {},
      ...(str(t.responsibilities) ? { purpose: str(t.responsibilities) } : {}),
      personalInfo: data,
      processing: processing(['provided-by-app'], ownFlows),
      permissions: [],
      pointer: `/thirdParties/${i}`,
    });
  });

  return {
    app: {
      ...(str(app.id) ? { id: str(app.id) } : {}),
      ...(str(app.name) ? { name: str(app.name) } : {}),
      ...(str(app.localizedName?.['zh-CN']) ? { nameZh: str(app.localizedName?.['zh-CN']) } : {}),
    },
    ...(str(privacy.policyUrl) ? { privacyPolicy: str(privacy.policyUrl) } : {}),
    collected,
    shared,
    omitted,
    questions,
  };
}

function collectorOf(recipient: string | undefined, sdkName: (id: string) => string): CollectedRow['collector'] {
  if (!recipient || recipient === 'self') return { kind: 'self' };
  const [kind, ...rest] = recipient.split(':');
  const id = rest.join(':');
  if (kind === 'sdk') return { kind: 'sdk', id, name: sdkName(id) };
  if (kind === 'vendor' || kind === 'third-party') return { kind, name: id };
  return { kind: 'self' };
}

/** How the data reaches the recipient: embedding says who collects; the flows say encryption and border. */
function processing(base: ProcessingMethod[], flows: Flow[]): ProcessingMethod[] {
  const out = [...base];
  if (flows.length && flows.every((f) => f.encryptedInTransit === true)) out.push('encrypted-in-transit');
  if (flows.some((f) => f.encryptedInTransit === false)) out.push('not-encrypted-in-transit');
  if (flows.some((f) => f.crossBorder === true)) out.push('cross-border');
  return out;
}

export const PROCESSING_LABELS: Record<ProcessingMethod, Localized> = {
  'sdk-embedded': { en: 'Collected on the device by the embedded SDK', 'zh-CN': '嵌入第三方 SDK，由 SDK 在本机收集' },
  'provided-by-app': { en: 'Provided by the app to the third party', 'zh-CN': '由本应用向第三方提供' },
  'encrypted-in-transit': { en: 'encrypted in transit', 'zh-CN': '加密传输' },
  'not-encrypted-in-transit': { en: 'not encrypted in transit', 'zh-CN': '未加密传输' },
  'cross-border': { en: 'leaves mainland China', 'zh-CN': '数据出境' },
};
