// Labels and store-form codes of the manifest vocabularies, read from the schema's
// x-enum-details (one source: the schema already maps each value to Apple and Google Play).
import type { Lang, Localized } from '../core/types.js';
import { manifestSchema } from '../manifest/schema.js';

interface EnumDetail extends Partial<Localized> {
  apple?: string;
  googlePlay?: string;
}

function details(def: string): Record<string, EnumDetail> {
  const defs = (manifestSchema.$defs ?? {}) as Record<string, { 'x-enum-details'?: Record<string, EnumDetail> }>;
  return defs[def]?.['x-enum-details'] ?? {};
}

const INFO = details('personalInfoType');
const PURPOSE = details('purpose');
const BASIS = details('legalBasis');

/** A vocabulary value in the reader's language; the value itself when the schema has no label. */
function label(table: Record<string, EnumDetail>, value: string, lang: Lang, short: boolean): string {
  const text = table[value]?.[lang];
  if (!text) return value;
  // The schema's labels carry examples and article references in brackets: lists show the name.
  return short ? text.replace(/\s*[（(][^）)]*[）)]\s*$/, '') || text : text;
}

export const infoLabel = (value: string, lang: Lang): string => label(INFO, value, lang, false);
export const purposeLabel = (value: string, lang: Lang): string => label(PURPOSE, value, lang, false);
export const legalBasisLabel = (value: string, lang: Lang): string => label(BASIS, value, lang, true);

/** Google Play Data safety label of a personal-information type (`Personal info: Name`). */
export const playTypeOf = (value: string): string | undefined => INFO[value]?.googlePlay;
/** Google Play purpose label of a manifest purpose (`Account management`). */
export const playPurposeOf = (value: string): string | undefined => PURPOSE[value]?.googlePlay;
/** Apple privacy-manifest data type (`NSPrivacyCollectedDataTypeName`). */
export const appleTypeOf = (value: string): string | undefined => INFO[value]?.apple;
/** Apple privacy-manifest purpose (`NSPrivacyCollectedDataTypePurposeAnalytics`). */
export const applePurposeOf = (value: string): string | undefined => PURPOSE[value]?.apple;
