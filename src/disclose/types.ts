// The disclosure documents' data: what the two lists and the store forms say, built only from
// declared facts (manifest, inventory, catalogue). Anything they cannot answer is a question.
import type { Localized } from '../core/types.js';

/** One row of the personal-information collection list (个人信息收集清单): one data flow. */
export interface CollectedRow {
  /** dataFlows[].name: the business function or scenario. */
  scenario: string;
  /** Personal-information types (manifest vocabulary). */
  data: string[];
  sensitivity?: string;
  purpose?: string;
  necessary?: boolean;
  legalBasis?: string;
  /** dataFlows[].frequency, when declared. */
  frequency?: string;
  permissions: string[];
  /** Who collects: `self`, or the SDK / third party named by dataFlows[].recipient. */
  collector: { kind: 'self' | 'sdk' | 'vendor' | 'third-party'; id?: string; name?: string };
  /** JSON pointer of the flow in the manifest. */
  pointer: string;
}

/** How shared information is processed, from embedding and the data flows that name the SDK. */
export type ProcessingMethod = 'sdk-embedded' | 'provided-by-app' | 'encrypted-in-transit' | 'not-encrypted-in-transit' | 'cross-border';

/** One row of the third-party sharing list (第三方信息共享清单): an SDK or another third party. */
export interface SharedRow {
  kind: 'sdk' | 'third-party';
  /** sdks[].id (or thirdParties[].name). */
  id: string;
  name: string;
  nameZh?: string;
  vendor: { en?: string; 'zh-CN'?: string };
  purpose?: string;
  /** Personal information shared; undefined when the manifest does not say. */
  personalInfo?: string[];
  processing: ProcessingMethod[];
  permissions: string[];
  privacyPolicy?: string;
  pointer: string;
}

export interface Question {
  /** Stable id of the question kind (`disclose/sdk-purpose`). */
  id: string;
  /** Manifest pointer of the value that answers it. */
  pointer: string;
  text: Localized;
}

export interface Disclosure {
  app: { id?: string; name?: string; nameZh?: string };
  privacyPolicy?: string;
  collected: CollectedRow[];
  shared: SharedRow[];
  /** Declared SDKs left out of the sharing list, and why. */
  omitted: { id: string; reason: 'not-in-build' | 'no-personal-info' }[];
  questions: Question[];
}
