// App Store App Privacy details as the JSON fastlane's upload_app_privacy_details_to_app_store
// reads (`json_path`): an array of { category, purposes, data_protections }, or the single entry
// { data_protections: [DATA_NOT_COLLECTED] }. Ids as in fastlane's spaceship AppDataUsageCategory,
// AppDataUsagePurpose and AppDataUsageDataProtection (sources in docs/disclose.md).
// "Linked to the user" and "used for tracking" are not in the manifest: those entries keep
// data_protections empty and each is a question (fastlane uploads nothing for an empty list).
import type { ManifestData } from '../manifest/types.js';
import type { StoreForm } from './play-csv.js';
import type { Disclosure, Question } from './types.js';
import { appleTypeOf, applePurposeOf } from './vocabulary.js';

/** NSPrivacyCollectedDataType… (the schema's Apple mapping) → App Store Connect category id. */
const CATEGORY: Record<string, string> = {
  Name: 'NAME', EmailAddress: 'EMAIL_ADDRESS', PhoneNumber: 'PHONE_NUMBER', PhysicalAddress: 'PHYSICAL_ADDRESS',
  OtherUserContactInfo: 'OTHER_CONTACT_INFO', Health: 'HEALTH', Fitness: 'FITNESS', PaymentInfo: 'PAYMENT_INFORMATION',
  CreditInfo: 'CREDIT_AND_FRAUD', OtherFinancialInfo: 'OTHER_FINANCIAL_INFO', PreciseLocation: 'PRECISE_LOCATION',
  CoarseLocation: 'COARSE_LOCATION', SensitiveInfo: 'SENSITIVE_INFO', Contacts: 'CONTACTS',
  EmailsOrTextMessages: 'EMAILS_OR_TEXT_MESSAGES', PhotosorVideos: 'PHOTOS_OR_VIDEOS', AudioData: 'AUDIO',
  GameplayContent: 'GAMEPLAY_CONTENT', CustomerSupport: 'CUSTOMER_SUPPORT', OtherUserContent: 'OTHER_USER_CONTENT',
  BrowsingHistory: 'BROWSING_HISTORY', SearchHistory: 'SEARCH_HISTORY', UserID: 'USER_ID', DeviceID: 'DEVICE_ID',
  PurchaseHistory: 'PURCHASE_HISTORY', ProductInteraction: 'PRODUCT_INTERACTION', AdvertisingData: 'ADVERTISING_DATA',
  OtherUsageData: 'OTHER_USAGE_DATA', CrashData: 'CRASH_DATA', PerformanceData: 'PERFORMANCE_DATA',
  OtherDiagnosticData: 'OTHER_DIAGNOSTIC_DATA', OtherDataTypes: 'OTHER_DATA',
  EnvironmentScanning: 'OTHER_DATA', Hands: 'OTHER_DATA', Head: 'OTHER_DATA',
};

const PURPOSE: Record<string, string> = {
  ThirdPartyAdvertising: 'THIRD_PARTY_ADVERTISING', DeveloperAdvertising: 'DEVELOPERS_ADVERTISING', Analytics: 'ANALYTICS',
  ProductPersonalization: 'PRODUCT_PERSONALIZATION', AppFunctionality: 'APP_FUNCTIONALITY', Other: 'OTHER_PURPOSES',
};

export const APP_STORE_CATEGORIES = [...new Set(Object.values(CATEGORY))].sort();
export const APP_STORE_PURPOSES = Object.values(PURPOSE).sort();
export const APP_STORE_PROTECTIONS = ['DATA_USED_TO_TRACK_YOU', 'DATA_LINKED_TO_YOU', 'DATA_NOT_LINKED_TO_YOU', 'DATA_NOT_COLLECTED'];

export interface AppDataUsage {
  category?: string;
  purposes?: string[];
  data_protections: string[];
}

interface Flow { data?: string[]; purpose?: string; recipient?: string }

const categoryOf = (value: string): string | undefined => CATEGORY[(appleTypeOf(value) ?? '').replace(/^NSPrivacyCollectedDataType/, '')];
const purposeOf = (value: string): string | undefined => PURPOSE[(applePurposeOf(value) ?? '').replace(/^NSPrivacyCollectedDataTypePurpose/, '')];

export function appStorePrivacyJson(d: Disclosure, manifest: ManifestData): StoreForm & { usages: AppDataUsage[] } {
  const questions: Question[] = [];
  const byCategory = new Map<string, { purposes: Set<string>; purposeUnknown: boolean }>();
  const entry = (c: string) => {
    let e = byCategory.get(c);
    if (!e) byCategory.set(c, (e = { purposes: new Set(), purposeUnknown: false }));
    return e;
  };
  const flows = (Array.isArray(manifest.dataFlows) ? manifest.dataFlows : []) as Flow[];
  for (const f of flows) {
    for (const v of Array.isArray(f.data) ? f.data : []) {
      const c = categoryOf(v);
      if (!c) continue;
      const p = typeof f.purpose === 'string' ? purposeOf(f.purpose) : undefined;
      if (p) entry(c).purposes.add(p);
      else entry(c).purposeUnknown = true;
    }
  }
  for (const row of d.shared.filter((r) => r.kind === 'sdk')) {
    for (const v of row.personalInfo ?? []) {
      const c = categoryOf(v);
      if (!c) continue;
      const e = entry(c);
      if (!flows.some((f) => f.recipient === `sdk:${row.id}`)) e.purposeUnknown = true;
    }
  }

  if (!byCategory.size) {
    if (!Array.isArray(manifest.dataFlows)) {
      questions.push({ id: 'disclose/data-flows', pointer: '/dataFlows', text: { en: 'App Store: no dataFlows are declared, so "Data Not Collected" cannot be answered.', 'zh-CN': 'App Store：未申报 dataFlows，无法回答“未收集数据”。' } });
      return { text: '[]\n', questions, usages: [] };
    }
    const usages = [{ data_protections: ['DATA_NOT_COLLECTED'] }];
    return { text: `${JSON.stringify(usages, null, 2)}\n`, questions, usages };
  }
  const usages: AppDataUsage[] = [...byCategory.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([category, e]) => {
    if (e.purposeUnknown && !e.purposes.size) {
      questions.push({ id: 'disclose/app-store-purpose', pointer: '/dataFlows', text: { en: `App Store: for what purpose is ${category} collected? An SDK receives it and no data flow states the purpose.`, 'zh-CN': `App Store：收集 ${category} 的目的是什么？有 SDK 接收该数据，但没有数据流说明其目的。` } });
    }
    questions.push({ id: 'disclose/app-store-linked', pointer: '/dataFlows', text: { en: `App Store: is ${category} linked to the user's identity, and is it used for tracking? The manifest does not say; data_protections is left empty.`, 'zh-CN': `App Store：${category} 是否与用户身份关联、是否用于跟踪？应用台账清单文件中没有此信息，data_protections 保持为空。` } });
    return { category, purposes: [...e.purposes].sort(), data_protections: [] };
  });
  return { text: `${JSON.stringify(usages, null, 2)}\n`, questions, usages };
}
