// `explain` entries for the question ids of `disclose` (docs/disclose.md): what each open
// question means and which manifest value answers it. Spread into src/core/diagnostics.ts.
import type { Localized } from '../core/types.js';

interface Info { title: Localized; purpose: Localized; fix: Localized }

const q = (title: [string, string], fix: [string, string]): Info => ({
  title: { en: title[0], 'zh-CN': title[1] },
  purpose: {
    en: `A question of \`mobile-policy disclose\`: the documents it writes leave this value open ("to be confirmed"), because the manifest does not declare it and nothing is guessed.`,
    'zh-CN': '`mobile-policy disclose` 提出的问题：应用台账清单文件未申报该信息，工具不作推测，生成的文件中该处标注为“待确认”。',
  },
  fix: { en: fix[0], 'zh-CN': fix[1] },
});

export const QUESTION_INFO: Readonly<Record<string, Info>> = {
  'disclose/data-flows': q(['No data flows declared', '未申报数据流'], ['Add `dataFlows:` (an empty list when the app collects no personal information).', '补充 `dataFlows:`（不收集个人信息时写空列表）。']),
  'disclose/flow-data': q(['Data flow without personal information types', '数据流未列出个人信息类型'], ['Fill in `dataFlows[].data`.', '填写 `dataFlows[].data`。']),
  'disclose/flow-purpose': q(['Data flow without purpose', '数据流未写明目的'], ['Fill in `dataFlows[].purpose`.', '填写 `dataFlows[].purpose`。']),
  'disclose/flow-legal-basis': q(['Data flow without legal basis', '数据流未写明处理依据'], ['Fill in `dataFlows[].legalBasis`.', '填写 `dataFlows[].legalBasis`。']),
  'disclose/flow-necessary': q(['Data flow: necessary or not is not said', '数据流未说明是否必要'], ['Fill in `dataFlows[].necessary`.', '填写 `dataFlows[].necessary`。']),
  'disclose/sdk-personal-info': q(['SDK without personal information', 'SDK 未列出个人信息'], ['Fill in `sdks[].personalInfo` (an empty list when it receives none).', '填写 `sdks[].personalInfo`（不接收个人信息时写空列表）。']),
  'disclose/sdk-purpose': q(['SDK without purpose', 'SDK 未写明使用目的'], ['Fill in `sdks[].purpose`.', '填写 `sdks[].purpose`。']),
  'disclose/sdk-vendor': q(['SDK without provider', 'SDK 未写明提供方'], ['Fill in `sdks[].vendor`.', '填写 `sdks[].vendor`。']),
  'disclose/sdk-privacy-policy': q(['SDK without privacy-policy link', 'SDK 缺少隐私政策链接'], ['Fill in `sdks[].privacyPolicy` with the vendor\'s privacy policy.', '在 `sdks[].privacyPolicy` 中填写提供方的隐私政策链接。']),
  'disclose/sdk-flow': q(['SDK without a data flow', 'SDK 缺少对应数据流'], ['Add a `dataFlows[]` entry with `recipient: sdk:<id>`, `encryptedInTransit` and `crossBorder`.', '新增 `recipient: sdk:<id>` 的 `dataFlows[]` 条目，并填写 `encryptedInTransit` 和 `crossBorder`。']),
  'disclose/sdk-undeclared': q(['Shipped SDK not declared', '构建中的 SDK 未申报'], ['Add an `sdks[]` entry for it (`nfra/sdk-declared` reports the same).', '为其新增 `sdks[]` 条目（`nfra/sdk-declared` 也会报告该问题）。']),
  'disclose/play-data-type': q(['Google Play data type to choose', '需选择 Google Play 数据类型'], ['Choose the data type in Play Console, or declare a more specific type in `dataFlows[].data`.', '在 Play 管理中心中选择数据类型，或在 `dataFlows[].data` 中申报更具体的类型。']),
  'disclose/play-encrypted': q(['Encryption in transit not declared for every flow', '部分数据流未申报传输加密'], ['Fill in `dataFlows[].encryptedInTransit` for every flow.', '为每条数据流填写 `dataFlows[].encryptedInTransit`。']),
  'disclose/play-accounts': q(['Google Play: accounts and deletion', 'Google Play：账户与删除'], ['Answer account creation and the deletion links in Play Console; the manifest has no field for them.', '在 Play 管理中心中回答账户创建方式和删除链接；应用台账清单文件中没有对应字段。']),
  'disclose/play-shared': q(['Google Play: sharing or service provider', 'Google Play：共享还是受托处理'], ['Decide in Play Console whether the SDK or vendor shares the data or processes it on your behalf; a `third-party:` recipient is always sharing.', '在 Play 管理中心中判断该 SDK 或供应商属于共享还是受托处理；接收方为 `third-party:` 的一律视为共享。']),
  'disclose/play-required': q(['Google Play: required or optional', 'Google Play：必需还是可选'], ['Fill in `dataFlows[].necessary`.', '填写 `dataFlows[].necessary`。']),
  'disclose/play-purpose': q(['Google Play: purpose of SDK data', 'Google Play：SDK 数据的收集目的'], ['Add a `dataFlows[]` entry with `recipient: sdk:<id>` and its `purpose`.', '新增 `recipient: sdk:<id>` 的 `dataFlows[]` 条目并填写 `purpose`。']),
  'disclose/play-ephemeral': q(['Google Play: ephemeral processing', 'Google Play：临时处理'], ['Answer in Play Console; the manifest has no field for it.', '在 Play 管理中心中回答；应用台账清单文件中没有对应字段。']),
  'disclose/app-store-purpose': q(['App Store: purpose of SDK data', 'App Store：SDK 数据的收集目的'], ['Add a `dataFlows[]` entry with `recipient: sdk:<id>` and its `purpose`.', '新增 `recipient: sdk:<id>` 的 `dataFlows[]` 条目并填写 `purpose`。']),
  'disclose/app-store-linked': q(['App Store: linked to the user, tracking', 'App Store：是否关联用户身份及用于跟踪'], ['Set `data_protections` in the JSON (DATA_LINKED_TO_YOU or DATA_NOT_LINKED_TO_YOU, plus DATA_USED_TO_TRACK_YOU) before uploading it.', '上传前在 JSON 中填写 `data_protections`（`DATA_LINKED_TO_YOU` 或 `DATA_NOT_LINKED_TO_YOU`，如用于跟踪再加 `DATA_USED_TO_TRACK_YOU`）。']),
};
