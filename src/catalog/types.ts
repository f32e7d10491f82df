// The SDK catalogue (policies/catalog/*.yaml) as the rest of mobile-policy sees it.

/** Closed list of SDK categories; mirrors `definitions.category` in schema/sdk-catalog.schema.json. */
export const SDK_CATEGORIES = [
  'analytics', 'advertising', 'attribution', 'push', 'payment', 'login-social', 'share',
  'map-location', 'crash-apm', 'customer-service', 'identity-ocr-face', 'security-hardening', 'hot-update',
  'webview-browser', 'networking', 'communication', 'speech', 'ui', 'storage', 'other',
] as const;
export type SdkCategory = (typeof SDK_CATEGORIES)[number];

/**
 * Personal-information types an SDK typically collects; mirrors `definitions.personalInfo`
 * in the schema, where the alignment with Apple, Google Play and JR/T 0171 is documented.
 */
export const PERSONAL_INFO_TYPES = [
  'device-id', 'android-id', 'oaid', 'imei', 'imsi', 'mac-address', 'serial-number', 'advertising-id',
  'ip-address', 'precise-location', 'coarse-location', 'wifi-info', 'cell-info', 'device-info',
  'phone-number', 'email-address', 'name', 'contacts', 'installed-apps', 'usage-data',
  'crash-data', 'performance-data', 'browsing-history', 'purchase-history', 'payment-info',
  'bank-card-number', 'id-number', 'biometric-face', 'audio-data', 'photos-or-videos', 'user-id',
  'social-account', 'messages', 'clipboard', 'sensor-data',
] as const;
export type PersonalInfoType = (typeof PERSONAL_INFO_TYPES)[number];

/** One SDK of the catalogue, as written in the YAML plus where it was written. */
export interface CatalogSdk {
  id: string;
  aliases?: string[];
  name: string;
  nameZh?: string;
  vendor: { en: string; 'zh-CN'?: string };
  categories: SdkCategory[];
  personalInfo: PersonalInfoType[];
  /** Open-source library: inventory evidence, not a vendor SDK the ledger must list. */
  openSource?: boolean;
  tracker: boolean;
  applePrivacyManifestRequired: boolean;
  applePrivacyManifestNames?: string[];
  maven?: string[];
  cocoapods?: string[];
  swift?: string[];
  carthage?: string[];
  pub?: string[];
  npm?: string[];
  ohpm?: string[];
  androidClassPrefixes?: string[];
  /** Objective-C/Swift class-name prefixes, read from framework headers and binary symbol tables. */
  iosClassPrefixes?: string[];
  androidMetaDataKeys?: string[];
  vendoredFiles?: string[];
  domains?: string[];
  homepage?: string;
  privacyPolicy?: string;
  /** Components of this SDK that embed other catalogue SDKs (umbrella pods, platform sub-specs). */
  bundles?: CatalogBundle[];
  sources: string[];
  notes?: string;
  /** Catalogue file that holds the entry, relative to the package root (`policies/catalog/push.yaml`). */
  file: string;
  /** 1-based line of the entry in that file. */
  line: number;
}

/**
 * Patterns of the owning SDK's components that also pull in other SDKs: `UMShare/Social/WeChat`
 * is Umeng U-Share and embeds the WeChat OpenSDK. A pattern here must match the owner first.
 */
export interface CatalogBundle {
  /** Ids of the SDKs the matching components embed. */
  sdks: string[];
  maven?: string[];
  cocoapods?: string[];
  pub?: string[];
  npm?: string[];
  ohpm?: string[];
  vendoredFiles?: string[];
}

export type ComponentEcosystem = 'maven' | 'cocoapods' | 'swift' | 'carthage' | 'pub' | 'npm' | 'ohpm' | 'cargo' | 'file' | 'native';
export const COMPONENT_ECOSYSTEMS: readonly ComponentEcosystem[] = ['maven', 'cocoapods', 'swift', 'carthage', 'pub', 'npm', 'ohpm', 'cargo', 'file', 'native'];

/** A dependency found in a repository, as detectors report it. */
export interface ComponentQuery {
  ecosystem: ComponentEcosystem;
  /** Maven group; npm/ohpm scope (`@umeng`); otherwise unused. */
  group?: string;
  /** Artifact, pod (`Firebase/Analytics`), package, SwiftPM URL or identity, Carthage origin, or file name/path. */
  name: string;
  /** A package URL; when given and understood, it takes precedence over ecosystem/group/name. */
  purl?: string;
}

/** Which identifier kinds the catalogue indexes. */
export type PatternKind = 'maven' | 'cocoapods' | 'swift' | 'pub' | 'npm' | 'ohpm' | 'file' | 'class' | 'iosClass' | 'metaData' | 'domain';

/** A match and the catalogue pattern that produced it (for finding messages). */
export interface CatalogMatch {
  sdk: CatalogSdk;
  kind: PatternKind;
  pattern: string;
}

/** The same pattern claimed by two SDKs: the first (in file order) wins; tests keep this list empty. */
export interface CatalogAmbiguity {
  kind: PatternKind;
  pattern: string;
  sdks: [string, string];
}
