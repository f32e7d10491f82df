// Google Play Data safety answers in the CSV that Play Console's "Import from CSV" reads
// (Policy > App content > Data safety). Columns and question/response ids as in the template
// Play Console exports; sources in docs/disclose.md. Only declared facts answer a question:
// an empty "Response value" is an unanswered question, listed for the team.
import type { Disclosure, Question } from './types.js';
import { playPurposeOf, playTypeOf } from './vocabulary.js';
import type { ManifestData } from '../manifest/types.js';

export const PLAY_CSV_HEADER = ['Question ID (machine readable)', 'Response ID (machine readable)', 'Response value', 'Answer requirement', 'Human-friendly question label'];

/** Play's data types: [category question, response id, label], in the template's order. */
export const PLAY_DATA_TYPES: readonly [string, string, string][] = [
  ['PSL_DATA_TYPES_LOCATION', 'PSL_APPROX_LOCATION', 'Location / Approximate location'],
  ['PSL_DATA_TYPES_LOCATION', 'PSL_PRECISE_LOCATION', 'Location / Precise location'],
  ['PSL_DATA_TYPES_PERSONAL', 'PSL_NAME', 'Personal info / Name'],
  ['PSL_DATA_TYPES_PERSONAL', 'PSL_EMAIL', 'Personal info / Email address'],
  ['PSL_DATA_TYPES_PERSONAL', 'PSL_USER_ACCOUNT', 'Personal info / User IDs'],
  ['PSL_DATA_TYPES_PERSONAL', 'PSL_ADDRESS', 'Personal info / Address'],
  ['PSL_DATA_TYPES_PERSONAL', 'PSL_PHONE', 'Personal info / Phone number'],
  ['PSL_DATA_TYPES_PERSONAL', 'PSL_RACE_ETHNICITY', 'Personal info / Race and ethnicity'],
  ['PSL_DATA_TYPES_PERSONAL', 'PSL_POLITICAL_RELIGIOUS', 'Personal info / Political or religious beliefs'],
  ['PSL_DATA_TYPES_PERSONAL', 'PSL_SEXUAL_ORIENTATION_GENDER_IDENTITY', 'Personal info / Sexual orientation'],
  ['PSL_DATA_TYPES_PERSONAL', 'PSL_OTHER_PERSONAL', 'Personal info / Other info'],
  ['PSL_DATA_TYPES_FINANCIAL', 'PSL_CREDIT_DEBIT_BANK_ACCOUNT_NUMBER', 'Financial info / User payment info'],
  ['PSL_DATA_TYPES_FINANCIAL', 'PSL_PURCHASE_HISTORY', 'Financial info / Purchase history'],
  ['PSL_DATA_TYPES_FINANCIAL', 'PSL_CREDIT_SCORE', 'Financial info / Credit score'],
  ['PSL_DATA_TYPES_FINANCIAL', 'PSL_OTHER', 'Financial info / Other financial info'],
  ['PSL_DATA_TYPES_HEALTH_AND_FITNESS', 'PSL_HEALTH', 'Health and fitness / Health info'],
  ['PSL_DATA_TYPES_HEALTH_AND_FITNESS', 'PSL_FITNESS', 'Health and fitness / Fitness info'],
  ['PSL_DATA_TYPES_EMAIL_AND_TEXT', 'PSL_EMAILS', 'Messages / Emails'],
  ['PSL_DATA_TYPES_EMAIL_AND_TEXT', 'PSL_SMS_CALL_LOG', 'Messages / SMS or MMS'],
  ['PSL_DATA_TYPES_EMAIL_AND_TEXT', 'PSL_OTHER_MESSAGES', 'Messages / Other in-app messages'],
  ['PSL_DATA_TYPES_PHOTOS_AND_VIDEOS', 'PSL_PHOTOS', 'Photos and videos / Photos'],
  ['PSL_DATA_TYPES_PHOTOS_AND_VIDEOS', 'PSL_VIDEOS', 'Photos and videos / Videos'],
  ['PSL_DATA_TYPES_AUDIO', 'PSL_AUDIO', 'Audio / Voice or sound recordings'],
  ['PSL_DATA_TYPES_AUDIO', 'PSL_MUSIC', 'Audio / Music files'],
  ['PSL_DATA_TYPES_AUDIO', 'PSL_OTHER_AUDIO', 'Audio / Other audio files'],
  ['PSL_DATA_TYPES_FILES_AND_DOCS', 'PSL_FILES_AND_DOCS', 'Files and docs / Files and docs'],
  ['PSL_DATA_TYPES_CALENDAR', 'PSL_CALENDAR', 'Calendar / Calendar events'],
  ['PSL_DATA_TYPES_CONTACTS', 'PSL_CONTACTS', 'Contacts / Contacts'],
  ['PSL_DATA_TYPES_APP_ACTIVITY', 'PSL_USER_INTERACTION', 'App activity / App interactions'],
  ['PSL_DATA_TYPES_APP_ACTIVITY', 'PSL_IN_APP_SEARCH_HISTORY', 'App activity / In-app search history'],
  ['PSL_DATA_TYPES_APP_ACTIVITY', 'PSL_APPS_ON_DEVICE', 'App activity / Installed apps'],
  ['PSL_DATA_TYPES_APP_ACTIVITY', 'PSL_USER_GENERATED_CONTENT', 'App activity / Other user-generated content'],
  ['PSL_DATA_TYPES_APP_ACTIVITY', 'PSL_OTHER_APP_ACTIVITY', 'App activity / Other actions'],
  ['PSL_DATA_TYPES_SEARCH_AND_BROWSING', 'PSL_WEB_BROWSING_HISTORY', 'Web browsing / Web browsing history'],
  ['PSL_DATA_TYPES_APP_PERFORMANCE', 'PSL_CRASH_LOGS', 'App info and performance / Crash logs'],
  ['PSL_DATA_TYPES_APP_PERFORMANCE', 'PSL_PERFORMANCE_DIAGNOSTICS', 'App info and performance / Diagnostics'],
  ['PSL_DATA_TYPES_APP_PERFORMANCE', 'PSL_OTHER_PERFORMANCE', 'App info and performance / Other app performance data'],
  ['PSL_DATA_TYPES_IDENTIFIERS', 'PSL_DEVICE_ID', 'Device or other IDs / Device or other IDs'],
];

/**
 * The schema's Google Play label of each manifest type (`Personal info: Name`) → Play response id.
 * Labels that name a whole category (`Photos and videos`, `Audio`, `Messages`) or two types are
 * missing on purpose: which Play type applies is a question for the team.
 */
const PLAY_TYPE_BY_LABEL: Record<string, string> = {
  'Location: Approximate location': 'PSL_APPROX_LOCATION',
  'Location: Precise location': 'PSL_PRECISE_LOCATION',
  'Personal info: Name': 'PSL_NAME',
  'Personal info: Email address': 'PSL_EMAIL',
  'Personal info: User IDs': 'PSL_USER_ACCOUNT',
  'Personal info: Address': 'PSL_ADDRESS',
  'Personal info: Phone number': 'PSL_PHONE',
  'Personal info: Other info': 'PSL_OTHER_PERSONAL',
  'Financial info: User payment info': 'PSL_CREDIT_DEBIT_BANK_ACCOUNT_NUMBER',
  'Financial info: Purchase history': 'PSL_PURCHASE_HISTORY',
  'Financial info: Credit score': 'PSL_CREDIT_SCORE',
  'Financial info: Other financial info': 'PSL_OTHER',
  'Health and fitness: Health info': 'PSL_HEALTH',
  'Health and fitness: Fitness info': 'PSL_FITNESS',
  'Photos and videos: Photos': 'PSL_PHOTOS',
  'Audio: Voice or sound recordings': 'PSL_AUDIO',
  'Files and docs': 'PSL_FILES_AND_DOCS',
  Calendar: 'PSL_CALENDAR',
  Contacts: 'PSL_CONTACTS',
  'App activity: App interactions': 'PSL_USER_INTERACTION',
  'App activity: In-app search history': 'PSL_IN_APP_SEARCH_HISTORY',
  'App activity: Installed apps': 'PSL_APPS_ON_DEVICE',
  'App activity: Other user-generated content': 'PSL_USER_GENERATED_CONTENT',
  'App activity: Other actions': 'PSL_OTHER_APP_ACTIVITY',
  'Web browsing': 'PSL_WEB_BROWSING_HISTORY',
  'App info and performance: Crash logs': 'PSL_CRASH_LOGS',
  'App info and performance: Diagnostics': 'PSL_PERFORMANCE_DIAGNOSTICS',
  'App info and performance: Other': 'PSL_OTHER_PERFORMANCE',
  'App info and performance: Other app performance data': 'PSL_OTHER_PERFORMANCE',
  'Device or other IDs': 'PSL_DEVICE_ID',
};

export const PLAY_PURPOSES: readonly [string, string][] = [
  ['PSL_APP_FUNCTIONALITY', 'App functionality'],
  ['PSL_ANALYTICS', 'Analytics'],
  ['PSL_DEVELOPER_COMMUNICATIONS', 'Developer communications'],
  ['PSL_ADVERTISING', 'Advertising or marketing'],
  ['PSL_FRAUD_PREVENTION_SECURITY', 'Fraud prevention, security, and compliance'],
  ['PSL_PERSONALIZATION', 'Personalization'],
  ['PSL_ACCOUNT_MANAGEMENT', 'Account management'],
];
const PLAY_PURPOSE_BY_LABEL = Object.fromEntries(PLAY_PURPOSES.map(([id, label]) => [label, id]));

/** What the declared facts say about one Play data type. */
interface TypeAnswer {
  purposes: Set<string>;
  /** Some flow of it is necessary (required), all are optional, or unknown. */
  required?: boolean;
  optionalSeen: boolean;
  unknownNecessity: boolean;
  /** Sent to a `third-party:` recipient (sharing in Play's sense). */
  shared: boolean;
  /** Received by an SDK or vendor: sharing or a service provider, which only the team knows. */
  viaSdkOrVendor: string[];
  /** Types whose purposes no data flow states (an SDK's personalInfo alone). */
  purposeUnknown: boolean;
}

interface Flow { data?: string[]; purpose?: string; necessary?: boolean; recipient?: string; encryptedInTransit?: boolean }

export interface StoreForm {
  text: string;
  questions: Question[];
}

const csvCell = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function playDataSafetyCsv(d: Disclosure, manifest: ManifestData): StoreForm {
  const questions: Question[] = [];
  const ask = (id: string, pointer: string, en: string, zh: string): void => {
    if (!questions.some((q) => q.id === id && q.pointer === pointer)) questions.push({ id, pointer, text: { en, 'zh-CN': zh } });
  };
  const flows = (Array.isArray(manifest.dataFlows) ? manifest.dataFlows : []) as Flow[];
  const answers = new Map<string, TypeAnswer>();
  const answer = (type: string): TypeAnswer => {
    let a = answers.get(type);
    if (!a) answers.set(type, (a = { purposes: new Set(), optionalSeen: false, unknownNecessity: false, shared: false, viaSdkOrVendor: [], purposeUnknown: false }));
    return a;
  };
  const playType = (value: string, pointer: string): string | undefined => {
    const label = playTypeOf(value);
    const id = label ? PLAY_TYPE_BY_LABEL[label] : undefined;
    if (!id) {
      ask('disclose/play-data-type', pointer, `Google Play: "${value}" maps to the category "${label ?? '?'}" but not to one data type; choose it in Play Console.`,
        `Google Play：“${value}”只能对应到类别“${label ?? '?'}”，无法确定具体数据类型；请在 Play 管理中心中选择。`);
    }
    return id;
  };

  flows.forEach((f, i) => {
    const data = Array.isArray(f.data) ? f.data : [];
    for (const v of data) {
      const id = playType(v, `/dataFlows/${i}/data`);
      if (!id) continue;
      const a = answer(id);
      const purpose = typeof f.purpose === 'string' ? PLAY_PURPOSE_BY_LABEL[playPurposeOf(f.purpose) ?? ''] : undefined;
      if (purpose) a.purposes.add(purpose);
      else a.purposeUnknown = true;
      if (f.necessary === true) a.required = true;
      else if (f.necessary === false) a.optionalSeen = true;
      else a.unknownNecessity = true;
      const r = typeof f.recipient === 'string' ? f.recipient : 'self';
      if (r.startsWith('third-party:')) a.shared = true;
      else if (r.startsWith('sdk:') || r.startsWith('vendor:')) a.viaSdkOrVendor.push(r);
    }
  });
  // What shipped SDKs receive is collected by the app too (Play counts SDK collection).
  for (const row of d.shared.filter((r) => r.kind === 'sdk')) {
    for (const v of row.personalInfo ?? []) {
      const id = playType(v, `${row.pointer}/personalInfo`);
      if (!id) continue;
      const a = answer(id);
      if (!a.viaSdkOrVendor.includes(`sdk:${row.id}`)) a.viaSdkOrVendor.push(`sdk:${row.id}`);
      if (!flows.some((f) => f.recipient === `sdk:${row.id}`)) a.purposeUnknown = true;
    }
  }

  const rows: string[][] = [];
  const row = (q: string, r: string, value: string, requirement: string, label: string): void => { rows.push([q, r, value, requirement, label]); };
  const flowsDeclared = Array.isArray(manifest.dataFlows);
  const collects = answers.size > 0 || flows.some((f) => Array.isArray(f.data) && f.data.length > 0);
  row('PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA', '', flowsDeclared || collects ? (collects ? 'TRUE' : 'FALSE') : '', 'REQUIRED', 'Does your app collect or share any of the required user data types?');
  const enc = flows.filter((f) => Array.isArray(f.data) && f.data.length);
  const encrypted = enc.length === 0 ? '' : enc.every((f) => f.encryptedInTransit === true) ? 'TRUE' : enc.some((f) => f.encryptedInTransit === false) ? 'FALSE' : '';
  if (collects && !encrypted) ask('disclose/play-encrypted', '/dataFlows', 'Google Play: is all user data encrypted in transit? Some data flows do not declare encryptedInTransit.', 'Google Play：所有用户数据在传输中是否均已加密？部分数据流未申报 encryptedInTransit。');
  row('PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT', '', encrypted, 'MAYBE_REQUIRED', 'Is all of the user data collected by your app encrypted in transit?');
  // Account creation and deletion are not in the manifest: unanswered rows and one question each.
  for (const [r, label] of [['PSL_ACM_USER_ID_PASSWORD', 'Username and password'], ['PSL_ACM_USER_ID_OTHER_AUTH', 'Username and other authentication'], ['PSL_ACM_USER_ID_PASSWORD_OTHER_AUTH', 'Username, password and other authentication'], ['PSL_ACM_OAUTH', 'OAuth'], ['PSL_ACM_OTHER', 'Other'], ['PSL_ACM_NONE', 'My app does not allow users to create an account']] as const) {
    row('PSL_SUPPORTED_ACCOUNT_CREATION_METHODS', r, '', 'MULTIPLE_CHOICE', `Which of the following methods of account creation does your app support? / ${label}`);
  }
  row('PSL_ACCOUNT_DELETION_URL', '', '', 'MAYBE_REQUIRED', 'Add a link that users can use to request that their account and associated data is deleted');
  for (const [r, label] of [['DATA_DELETION_YES', 'Yes'], ['DATA_DELETION_NO', 'No'], ['DATA_DELETION_NO_AUTO_DELETED', 'No, data is automatically deleted within 90 days']] as const) {
    row('PSL_SUPPORT_DATA_DELETION_BY_USER', r, '', 'SINGLE_CHOICE', `Do you provide a way for users to request that some or all of their data is deleted? / ${label}`);
  }
  row('PSL_DATA_DELETION_URL', '', '', 'MAYBE_REQUIRED', 'Add a link that users can use to request that their data is deleted');
  if (collects) {
    ask('disclose/play-accounts', '/app', 'Google Play: which account creation methods does the app support, and where can users request deletion of their account and data (URL)? The manifest does not say.',
      'Google Play：应用支持哪些账户创建方式？用户在哪里申请删除账户及数据（链接）？应用台账清单文件中没有这些信息。');
  }

  for (const [q, r, label] of PLAY_DATA_TYPES) row(q, r, answers.has(r) ? 'TRUE' : '', 'MULTIPLE_CHOICE', label);
  for (const [, r, label] of PLAY_DATA_TYPES) {
    const a = answers.get(r);
    if (!a) continue;
    const p = `PSL_DATA_USAGE_RESPONSES:${r}`;
    const shared = a.shared ? 'TRUE' : '';
    row(`${p}:PSL_DATA_USAGE_COLLECTION_AND_SHARING`, 'PSL_DATA_USAGE_ONLY_COLLECTED', 'TRUE', 'MULTIPLE_CHOICE', `${label} / Is this data collected, shared, or both? / Collected`);
    row(`${p}:PSL_DATA_USAGE_COLLECTION_AND_SHARING`, 'PSL_DATA_USAGE_ONLY_SHARED', shared, 'MULTIPLE_CHOICE', `${label} / Is this data collected, shared, or both? / Shared`);
    if (a.viaSdkOrVendor.length && !a.shared) {
      ask('disclose/play-shared', '/dataFlows', `Google Play: ${label} goes to ${a.viaSdkOrVendor.join(', ')}. Is that sharing, or a service provider processing it on your behalf (not sharing)?`,
        `Google Play：${label} 提供给 ${a.viaSdkOrVendor.join('、')}。这属于共享，还是受托处理（不属于共享）？`);
    }
    row(`${p}:PSL_DATA_USAGE_EPHEMERAL`, '', '', 'MAYBE_REQUIRED', `${label} / Is this data processed ephemerally?`);
    const control = a.required ? 'PSL_DATA_USAGE_USER_CONTROL_REQUIRED' : a.optionalSeen && !a.unknownNecessity ? 'PSL_DATA_USAGE_USER_CONTROL_OPTIONAL' : '';
    if (!control) ask('disclose/play-required', '/dataFlows', `Google Play: is ${label} required or optional? No data flow of it declares necessary.`, `Google Play：${label} 是必需还是可选？相关数据流均未申报 necessary。`);
    row(`${p}:DATA_USAGE_USER_CONTROL`, 'PSL_DATA_USAGE_USER_CONTROL_OPTIONAL', control === 'PSL_DATA_USAGE_USER_CONTROL_OPTIONAL' ? 'TRUE' : '', 'SINGLE_CHOICE', `${label} / Is this data required for your app, or can users choose whether it's collected? / Users can choose`);
    row(`${p}:DATA_USAGE_USER_CONTROL`, 'PSL_DATA_USAGE_USER_CONTROL_REQUIRED', control === 'PSL_DATA_USAGE_USER_CONTROL_REQUIRED' ? 'TRUE' : '', 'SINGLE_CHOICE', `${label} / Is this data required for your app, or can users choose whether it's collected? / Required`);
    if (a.purposeUnknown) ask('disclose/play-purpose', '/dataFlows', `Google Play: why is ${label} collected? An SDK receives it and no data flow states the purpose.`, `Google Play：为何收集 ${label}？有 SDK 接收该数据，但没有数据流说明其目的。`);
    for (const [pid, plabel] of PLAY_PURPOSES) row(`${p}:DATA_USAGE_COLLECTION_PURPOSE`, pid, a.purposes.has(pid) ? 'TRUE' : '', 'MULTIPLE_CHOICE', `${label} / Why is this user data collected? / ${plabel}`);
    if (a.shared) for (const [pid, plabel] of PLAY_PURPOSES) row(`${p}:DATA_USAGE_SHARING_PURPOSE`, pid, a.purposes.has(pid) ? 'TRUE' : '', 'MULTIPLE_CHOICE', `${label} / Why is this user data shared? / ${plabel}`);
  }
  ask('disclose/play-ephemeral', '/dataFlows', 'Google Play: is any collected data processed ephemerally (only in memory, for one request)? The manifest does not say; the rows are left empty.',
    'Google Play：是否有数据仅作临时处理（只在内存中、仅为单次请求）？应用台账清单文件中没有此信息，相应行保持空白。');
  const text = [PLAY_CSV_HEADER, ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
  return { text, questions: collects ? questions : questions.filter((q) => q.id !== 'disclose/play-ephemeral') };
}
