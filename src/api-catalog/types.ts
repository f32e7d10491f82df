// The API catalogue (policies/api-catalog/*.yaml, schema/api-catalog.schema.json): platform APIs
// that read personal information or device identifiers, and Apple's required-reason APIs.

export type ApiPlatform = 'android' | 'ios' | 'flutter' | 'react-native' | 'harmonyos';
export type RequiredReasonCategory = 'FileTimestamp' | 'SystemBootTime' | 'DiskSpace' | 'ActiveKeyboards' | 'UserDefaults';

export interface ApiEntry {
  id: string;
  api: string;
  personalInfo?: string;
  permissions: string[];
  requiredReason?: RequiredReasonCategory;
  request?: boolean;
  silent?: boolean;
  members?: string[];
  functions?: string[];
  identifiers?: string[];
  receiver?: string;
  types?: string[];
  imports?: string[];
  sources: string[];
}

export interface ApiCatalogFile {
  /** Path relative to the package root (`policies/api-catalog/android.yaml`). */
  file: string;
  platform: ApiPlatform;
  extensions: string[];
  apis: ApiEntry[];
}
