#!/usr/bin/env node
import { createRequire as __mpCreateRequire } from 'node:module'; const require = __mpCreateRequire(import.meta.url);
import {
  esc
} from "./cli-chunk-VE5ELMBS.js";
import {
  manifestSchema
} from "./cli-chunk-3WBJZOKF.js";
import {
  emit,
  langOption,
  oneOf
} from "./cli-chunk-PPZTN2AE.js";
import "./cli-chunk-TCB42F2Q.js";
import {
  purlMatches
} from "./cli-chunk-FTYXQLH7.js";
import "./cli-chunk-TNQMHV32.js";
import {
  DISCLOSE_USAGE
} from "./cli-chunk-VIOYTTWZ.js";
import {
  detectSdks
} from "./cli-chunk-4AVPZEAC.js";
import {
  DiskRepo,
  discoverManifests,
  loadManifest,
  registerScope,
  resolveScope,
  scopeRequest
} from "./cli-chunk-ND4HRAEM.js";
import {
  getSdk,
  loadCatalog,
  matchVendoredFile
} from "./cli-chunk-D3CIC5HL.js";
import {
  parseCommandArgs
} from "./cli-chunk-Q3TBLJ6T.js";
import {
  ConfigurationError
} from "./cli-chunk-BZQX73NR.js";
import "./cli-chunk-JVUIPAC5.js";
import "./cli-chunk-Q3GBV4AC.js";

// src/cli/disclose.ts
import fs from "node:fs";
import path from "node:path";

// src/disclose/vocabulary.ts
function details(def) {
  const defs = manifestSchema.$defs ?? {};
  return defs[def]?.["x-enum-details"] ?? {};
}
var INFO = details("personalInfoType");
var PURPOSE = details("purpose");
var BASIS = details("legalBasis");
function label(table3, value, lang, short) {
  const text = table3[value]?.[lang];
  if (!text) return value;
  return short ? text.replace(/\s*[（(][^）)]*[）)]\s*$/, "") || text : text;
}
var infoLabel = (value, lang) => label(INFO, value, lang, false);
var purposeLabel = (value, lang) => label(PURPOSE, value, lang, false);
var legalBasisLabel = (value, lang) => label(BASIS, value, lang, true);
var playTypeOf = (value) => INFO[value]?.googlePlay;
var playPurposeOf = (value) => PURPOSE[value]?.googlePlay;
var appleTypeOf = (value) => INFO[value]?.apple;
var applePurposeOf = (value) => PURPOSE[value]?.apple;

// src/disclose/app-store-json.ts
var CATEGORY = {
  Name: "NAME",
  EmailAddress: "EMAIL_ADDRESS",
  PhoneNumber: "PHONE_NUMBER",
  PhysicalAddress: "PHYSICAL_ADDRESS",
  OtherUserContactInfo: "OTHER_CONTACT_INFO",
  Health: "HEALTH",
  Fitness: "FITNESS",
  PaymentInfo: "PAYMENT_INFORMATION",
  CreditInfo: "CREDIT_AND_FRAUD",
  OtherFinancialInfo: "OTHER_FINANCIAL_INFO",
  PreciseLocation: "PRECISE_LOCATION",
  CoarseLocation: "COARSE_LOCATION",
  SensitiveInfo: "SENSITIVE_INFO",
  Contacts: "CONTACTS",
  EmailsOrTextMessages: "EMAILS_OR_TEXT_MESSAGES",
  PhotosorVideos: "PHOTOS_OR_VIDEOS",
  AudioData: "AUDIO",
  GameplayContent: "GAMEPLAY_CONTENT",
  CustomerSupport: "CUSTOMER_SUPPORT",
  OtherUserContent: "OTHER_USER_CONTENT",
  BrowsingHistory: "BROWSING_HISTORY",
  SearchHistory: "SEARCH_HISTORY",
  UserID: "USER_ID",
  DeviceID: "DEVICE_ID",
  PurchaseHistory: "PURCHASE_HISTORY",
  ProductInteraction: "PRODUCT_INTERACTION",
  AdvertisingData: "ADVERTISING_DATA",
  OtherUsageData: "OTHER_USAGE_DATA",
  CrashData: "CRASH_DATA",
  PerformanceData: "PERFORMANCE_DATA",
  OtherDiagnosticData: "OTHER_DIAGNOSTIC_DATA",
  OtherDataTypes: "OTHER_DATA",
  EnvironmentScanning: "OTHER_DATA",
  Hands: "OTHER_DATA",
  Head: "OTHER_DATA"
};
var PURPOSE2 = {
  ThirdPartyAdvertising: "THIRD_PARTY_ADVERTISING",
  DeveloperAdvertising: "DEVELOPERS_ADVERTISING",
  Analytics: "ANALYTICS",
  ProductPersonalization: "PRODUCT_PERSONALIZATION",
  AppFunctionality: "APP_FUNCTIONALITY",
  Other: "OTHER_PURPOSES"
};
var APP_STORE_CATEGORIES = [...new Set(Object.values(CATEGORY))].sort();
var APP_STORE_PURPOSES = Object.values(PURPOSE2).sort();
var categoryOf = (value) => CATEGORY[(appleTypeOf(value) ?? "").replace(/^NSPrivacyCollectedDataType/, "")];
var purposeOf = (value) => PURPOSE2[(applePurposeOf(value) ?? "").replace(/^NSPrivacyCollectedDataTypePurpose/, "")];
function appStorePrivacyJson(d, manifest) {
  const questions = [];
  const byCategory = /* @__PURE__ */ new Map();
  const entry = (c) => {
    let e = byCategory.get(c);
    if (!e) byCategory.set(c, e = { purposes: /* @__PURE__ */ new Set(), purposeUnknown: false });
    return e;
  };
  const flows = Array.isArray(manifest.dataFlows) ? manifest.dataFlows : [];
  for (const f of flows) {
    for (const v of Array.isArray(f.data) ? f.data : []) {
      const c = categoryOf(v);
      if (!c) continue;
      const p = typeof f.purpose === "string" ? purposeOf(f.purpose) : void 0;
      if (p) entry(c).purposes.add(p);
      else entry(c).purposeUnknown = true;
    }
  }
  for (const row of d.shared.filter((r) => r.kind === "sdk")) {
    for (const v of row.personalInfo ?? []) {
      const c = categoryOf(v);
      if (!c) continue;
      const e = entry(c);
      if (!flows.some((f) => f.recipient === `sdk:${row.id}`)) e.purposeUnknown = true;
    }
  }
  if (!byCategory.size) {
    if (!Array.isArray(manifest.dataFlows)) {
      questions.push({ id: "disclose/data-flows", pointer: "/dataFlows", text: { en: 'App Store: no dataFlows are declared, so "Data Not Collected" cannot be answered.', "zh-CN": "App Store\uFF1A\u672A\u7533\u62A5 dataFlows\uFF0C\u65E0\u6CD5\u56DE\u7B54\u201C\u672A\u6536\u96C6\u6570\u636E\u201D\u3002" } });
      return { text: "[]\n", questions, usages: [] };
    }
    const usages2 = [{ data_protections: ["DATA_NOT_COLLECTED"] }];
    return { text: `${JSON.stringify(usages2, null, 2)}
`, questions, usages: usages2 };
  }
  const usages = [...byCategory.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([category, e]) => {
    if (e.purposeUnknown && !e.purposes.size) {
      questions.push({ id: "disclose/app-store-purpose", pointer: "/dataFlows", text: { en: `App Store: for what purpose is ${category} collected? An SDK receives it and no data flow states the purpose.`, "zh-CN": `App Store\uFF1A\u6536\u96C6 ${category} \u7684\u76EE\u7684\u662F\u4EC0\u4E48\uFF1F\u6709 SDK \u63A5\u6536\u8BE5\u6570\u636E\uFF0C\u4F46\u6CA1\u6709\u6570\u636E\u6D41\u8BF4\u660E\u5176\u76EE\u7684\u3002` } });
    }
    questions.push({ id: "disclose/app-store-linked", pointer: "/dataFlows", text: { en: `App Store: is ${category} linked to the user's identity, and is it used for tracking? The manifest does not say; data_protections is left empty.`, "zh-CN": `App Store\uFF1A${category} \u662F\u5426\u4E0E\u7528\u6237\u8EAB\u4EFD\u5173\u8054\u3001\u662F\u5426\u7528\u4E8E\u8DDF\u8E2A\uFF1F\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u4E2D\u6CA1\u6709\u6B64\u4FE1\u606F\uFF0Cdata_protections \u4FDD\u6301\u4E3A\u7A7A\u3002` } });
    return { category, purposes: [...e.purposes].sort(), data_protections: [] };
  });
  return { text: `${JSON.stringify(usages, null, 2)}
`, questions, usages };
}

// src/disclose/shipped.ts
function hasBuildFacts(facts) {
  return !!facts && facts.components.length + facts.vendoredBinaries.length > 0;
}
function shipsSdk(sdk, facts, catalog) {
  const runtime = facts.components.filter((c) => (c.scope ?? "runtime") === "runtime");
  const catalogueId = getSdk(catalog, sdk.id)?.id ?? sdk.id;
  return (sdk.packages ?? []).some((p) => runtime.some((c) => purlMatches(c.purl, p)) || facts.vendoredBinaries.some((b) => purlMatches(`pkg:generic/${b.name}`, p))) || runtime.some((c) => c.sdk?.id === catalogueId) || facts.vendoredBinaries.some((b) => matchVendoredFile(catalog, b.file.split("/").pop() ?? b.name)?.id === catalogueId);
}

// src/disclose/build.ts
var str = (v) => typeof v === "string" && v.trim() && v.trim() !== "TODO" ? v.trim() : void 0;
var list = (v) => Array.isArray(v) ? v : [];
var strings = (v) => list(v).filter((x) => typeof x === "string" && x !== "TODO");
function buildDisclosure({ manifest, sdkFacts, catalog }) {
  const questions = [];
  const ask = (id, pointer, en, zh) => {
    questions.push({ id, pointer, text: { en, "zh-CN": zh } });
  };
  const app = manifest.app ?? {};
  const privacy = manifest.privacy ?? {};
  const flows = list(manifest.dataFlows);
  const sdks = list(manifest.sdks);
  const sdkName = (id) => str(sdks.find((s) => s.id === id)?.name) ?? getSdk(catalog, id)?.nameZh ?? getSdk(catalog, id)?.name ?? id;
  if (!Array.isArray(manifest.dataFlows)) {
    ask(
      "disclose/data-flows",
      "/dataFlows",
      "No dataFlows are declared: list every flow of personal information (an empty list if the app collects none).",
      "\u672A\u7533\u62A5 dataFlows\uFF1A\u8BF7\u5217\u51FA\u6BCF\u4E00\u9879\u4E2A\u4EBA\u4FE1\u606F\u5904\u7406\u6D3B\u52A8\uFF08\u4E0D\u6536\u96C6\u4EFB\u4F55\u4E2A\u4EBA\u4FE1\u606F\u65F6\u5199\u7A7A\u5217\u8868\uFF09\u3002"
    );
  }
  const collected = flows.map((f, i) => {
    const pointer = `/dataFlows/${i}`;
    const name = str(f.name) ?? `#${i + 1}`;
    if (!strings(f.data).length) ask("disclose/flow-data", `${pointer}/data`, `Data flow "${name}": which personal information does it involve (data)?`, `\u6570\u636E\u6D41\u201C${name}\u201D\uFF1A\u6D89\u53CA\u54EA\u4E9B\u4E2A\u4EBA\u4FE1\u606F\uFF08data\uFF09\uFF1F`);
    if (!str(f.purpose)) ask("disclose/flow-purpose", `${pointer}/purpose`, `Data flow "${name}": what is its purpose?`, `\u6570\u636E\u6D41\u201C${name}\u201D\uFF1A\u5904\u7406\u76EE\u7684\u662F\u4EC0\u4E48\uFF08purpose\uFF09\uFF1F`);
    if (!str(f.legalBasis)) ask("disclose/flow-legal-basis", `${pointer}/legalBasis`, `Data flow "${name}": on which legal basis is it processed?`, `\u6570\u636E\u6D41\u201C${name}\u201D\uFF1A\u5904\u7406\u4F9D\u636E\u662F\u4EC0\u4E48\uFF08legalBasis\uFF09\uFF1F`);
    if (typeof f.necessary !== "boolean") ask("disclose/flow-necessary", `${pointer}/necessary`, `Data flow "${name}": is it necessary for the basic service?`, `\u6570\u636E\u6D41\u201C${name}\u201D\uFF1A\u662F\u5426\u4E3A\u57FA\u672C\u4E1A\u52A1\u529F\u80FD\u6240\u5FC5\u9700\uFF08necessary\uFF09\uFF1F`);
    return {
      scenario: name,
      data: strings(f.data),
      ...str(f.sensitivity) ? { sensitivity: str(f.sensitivity) } : {},
      ...str(f.purpose) ? { purpose: str(f.purpose) } : {},
      ...typeof f.necessary === "boolean" ? { necessary: f.necessary } : {},
      ...str(f.legalBasis) ? { legalBasis: str(f.legalBasis) } : {},
      ...str(f.frequency) ? { frequency: str(f.frequency) } : {},
      permissions: strings(f.permissions),
      collector: collectorOf(str(f.recipient), sdkName),
      pointer
    };
  });
  const shared = [];
  const omitted = [];
  const checkBuild = hasBuildFacts(sdkFacts);
  sdks.forEach((s, i) => {
    const id = str(s.id);
    if (!id) return;
    const pointer = `/sdks/${i}`;
    if (checkBuild && !shipsSdk({ id, packages: strings(s.packages) }, sdkFacts, catalog)) {
      omitted.push({ id, reason: "not-in-build" });
      return;
    }
    const ownFlows = flows.filter((f) => f.recipient === `sdk:${id}`);
    const declaredInfo = Array.isArray(s.personalInfo) ? strings(s.personalInfo) : void 0;
    const flowInfo = ownFlows.flatMap((f) => strings(f.data));
    const personalInfo = declaredInfo || flowInfo.length ? [.../* @__PURE__ */ new Set([...declaredInfo ?? [], ...flowInfo])] : void 0;
    if (personalInfo && !personalInfo.length) {
      omitted.push({ id, reason: "no-personal-info" });
      return;
    }
    const entry = getSdk(catalog, id);
    const name = str(s.name) ?? entry?.name ?? id;
    const vendorEn = entry?.vendor.en ?? str(s.vendor);
    const vendorZh = entry?.vendor["zh-CN"];
    const vendor = { ...vendorEn ? { en: vendorEn } : {}, ...vendorZh ? { "zh-CN": vendorZh } : {} };
    const privacyPolicy = str(s.privacyPolicy) ?? entry?.privacyPolicy;
    if (!declaredInfo) {
      const typical = entry?.personalInfo ?? [];
      ask(
        "disclose/sdk-personal-info",
        `${pointer}/personalInfo`,
        `SDK "${name}": which personal information does it collect or receive (personalInfo)?${typical.length ? ` The catalogue lists what it typically collects: ${typical.join(", ")}.` : ""}`,
        `SDK\u201C${name}\u201D\uFF1A\u6536\u96C6\u6216\u63A5\u6536\u54EA\u4E9B\u4E2A\u4EBA\u4FE1\u606F\uFF08personalInfo\uFF09\uFF1F${typical.length ? `\u76EE\u5F55\u8BB0\u8F7D\u5176\u901A\u5E38\u6536\u96C6\uFF1A${typical.map((v) => infoLabel(v, "zh-CN")).join("\u3001")}\u3002` : ""}`
      );
    }
    if (!str(s.purpose)) ask("disclose/sdk-purpose", `${pointer}/purpose`, `SDK "${name}": what is it used for (purpose)?`, `SDK\u201C${name}\u201D\uFF1A\u4F7F\u7528\u76EE\u7684\u662F\u4EC0\u4E48\uFF08purpose\uFF09\uFF1F`);
    if (!vendor.en && !vendor["zh-CN"]) ask("disclose/sdk-vendor", `${pointer}/vendor`, `SDK "${name}": which company provides it (vendor)?`, `SDK\u201C${name}\u201D\uFF1A\u7531\u54EA\u5BB6\u516C\u53F8\u63D0\u4F9B\uFF08vendor\uFF09\uFF1F`);
    if (!privacyPolicy) ask("disclose/sdk-privacy-policy", `${pointer}/privacyPolicy`, `SDK "${name}": where is its privacy policy (privacyPolicy)?`, `SDK\u201C${name}\u201D\uFF1A\u5176\u9690\u79C1\u653F\u7B56\u94FE\u63A5\u662F\u4EC0\u4E48\uFF08privacyPolicy\uFF09\uFF1F`);
    if (!ownFlows.length) {
      ask(
        "disclose/sdk-flow",
        "/dataFlows",
        `SDK "${name}": no data flow has recipient sdk:${id}; declare one to state whether its data is encrypted in transit and leaves mainland China.`,
        `SDK\u201C${name}\u201D\uFF1A\u6CA1\u6709\u63A5\u6536\u65B9\u4E3A sdk:${id} \u7684\u6570\u636E\u6D41\uFF1B\u8BF7\u7533\u62A5\u4E00\u6761\uFF0C\u8BF4\u660E\u5176\u6570\u636E\u4F20\u8F93\u662F\u5426\u52A0\u5BC6\u3001\u662F\u5426\u51FA\u5883\u3002`
      );
    }
    shared.push({
      kind: "sdk",
      id,
      name,
      ...entry?.nameZh ? { nameZh: entry.nameZh } : {},
      vendor,
      ...str(s.purpose) ? { purpose: str(s.purpose) } : {},
      ...personalInfo ? { personalInfo } : {},
      processing: processing(["sdk-embedded"], ownFlows),
      permissions: strings(s.permissions),
      ...privacyPolicy ? { privacyPolicy } : {},
      pointer
    });
  });
  if (checkBuild) {
    const declaredIds = new Set(sdks.map((s) => getSdk(catalog, str(s.id) ?? "")?.id ?? str(s.id)));
    const undeclared = /* @__PURE__ */ new Map();
    for (const c of sdkFacts.components) {
      if ((c.scope ?? "runtime") !== "runtime" || !c.sdk || c.sdk.openSource || declaredIds.has(c.sdk.id)) continue;
      if (sdks.some((s) => strings(s.packages).some((p) => purlMatches(c.purl, p)))) continue;
      undeclared.set(c.sdk.id, c.sdk.name);
    }
    for (const [id, name] of undeclared) {
      ask(
        "disclose/sdk-undeclared",
        "/sdks",
        `SDK "${name}" (catalogue id ${id}) is in the release build but not in sdks[]: declare it so the sharing list can name it.`,
        `SDK\u201C${name}\u201D\uFF08\u76EE\u5F55\u7F16\u53F7 ${id}\uFF09\u5305\u542B\u5728\u53D1\u5E03\u6784\u5EFA\u4E2D\uFF0C\u4F46\u672A\u5728 sdks[] \u4E2D\u7533\u62A5\uFF1A\u8BF7\u7533\u62A5\u540E\u518D\u5217\u5165\u7B2C\u4E09\u65B9\u4FE1\u606F\u5171\u4EAB\u6E05\u5355\u3002`
      );
    }
  }
  list(manifest.thirdParties).forEach((t, i) => {
    const name = str(t.name);
    const data = strings(t.dataShared);
    if (!name || !data.length) return;
    const ownFlows = flows.filter((f) => f.recipient === `third-party:${name}` || f.recipient === `vendor:${name}`);
    shared.push({
      kind: "third-party",
      id: name,
      name,
      vendor: {},
      ...str(t.responsibilities) ? { purpose: str(t.responsibilities) } : {},
      personalInfo: data,
      processing: processing(["provided-by-app"], ownFlows),
      permissions: [],
      pointer: `/thirdParties/${i}`
    });
  });
  return {
    app: {
      ...str(app.id) ? { id: str(app.id) } : {},
      ...str(app.name) ? { name: str(app.name) } : {},
      ...str(app.localizedName?.["zh-CN"]) ? { nameZh: str(app.localizedName?.["zh-CN"]) } : {}
    },
    ...str(privacy.policyUrl) ? { privacyPolicy: str(privacy.policyUrl) } : {},
    collected,
    shared,
    omitted,
    questions
  };
}
function collectorOf(recipient, sdkName) {
  if (!recipient || recipient === "self") return { kind: "self" };
  const [kind, ...rest] = recipient.split(":");
  const id = rest.join(":");
  if (kind === "sdk") return { kind: "sdk", id, name: sdkName(id) };
  if (kind === "vendor" || kind === "third-party") return { kind, name: id };
  return { kind: "self" };
}
function processing(base, flows) {
  const out = [...base];
  if (flows.length && flows.every((f) => f.encryptedInTransit === true)) out.push("encrypted-in-transit");
  if (flows.some((f) => f.encryptedInTransit === false)) out.push("not-encrypted-in-transit");
  if (flows.some((f) => f.crossBorder === true)) out.push("cross-border");
  return out;
}
var PROCESSING_LABELS = {
  "sdk-embedded": { en: "Collected on the device by the embedded SDK", "zh-CN": "\u5D4C\u5165\u7B2C\u4E09\u65B9 SDK\uFF0C\u7531 SDK \u5728\u672C\u673A\u6536\u96C6" },
  "provided-by-app": { en: "Provided by the app to the third party", "zh-CN": "\u7531\u672C\u5E94\u7528\u5411\u7B2C\u4E09\u65B9\u63D0\u4F9B" },
  "encrypted-in-transit": { en: "encrypted in transit", "zh-CN": "\u52A0\u5BC6\u4F20\u8F93" },
  "not-encrypted-in-transit": { en: "not encrypted in transit", "zh-CN": "\u672A\u52A0\u5BC6\u4F20\u8F93" },
  "cross-border": { en: "leaves mainland China", "zh-CN": "\u6570\u636E\u51FA\u5883" }
};

// src/disclose/text.ts
var T = {
  title: { en: "Personal information lists", "zh-CN": "\u4E2A\u4EBA\u4FE1\u606F\u6536\u96C6\u6E05\u5355\u4E0E\u7B2C\u4E09\u65B9\u4FE1\u606F\u5171\u4EAB\u6E05\u5355" },
  collected: { en: "Personal information collection list", "zh-CN": "\u4E2A\u4EBA\u4FE1\u606F\u6536\u96C6\u6E05\u5355" },
  shared: { en: "Third-party information sharing list", "zh-CN": "\u7B2C\u4E09\u65B9\u4FE1\u606F\u5171\u4EAB\u6E05\u5355" },
  questions: { en: "Questions for the team", "zh-CN": "\u5F85\u56E2\u961F\u786E\u8BA4\u7684\u95EE\u9898" },
  collectedIntro: {
    en: "The personal information this app collects: for which function, for what purpose, how often, with which device permission and on which legal basis.",
    "zh-CN": "\u672C\u5E94\u7528\u6536\u96C6\u7684\u4E2A\u4EBA\u4FE1\u606F\uFF0C\u4EE5\u53CA\u5BF9\u5E94\u7684\u4E1A\u52A1\u529F\u80FD\u3001\u4F7F\u7528\u76EE\u7684\u3001\u6536\u96C6\u9891\u6B21\u3001\u6240\u9700\u8BBE\u5907\u6743\u9650\u548C\u5904\u7406\u4F9D\u636E\u3002"
  },
  sharedIntro: {
    en: "The third-party SDKs and other third parties that receive personal information through this app. Each third party processes it under its own privacy policy, linked below.",
    "zh-CN": "\u901A\u8FC7\u672C\u5E94\u7528\u63A5\u6536\u4E2A\u4EBA\u4FE1\u606F\u7684\u7B2C\u4E09\u65B9 SDK \u53CA\u5176\u4ED6\u7B2C\u4E09\u65B9\u3002\u7B2C\u4E09\u65B9\u6309\u5176\u9690\u79C1\u653F\u7B56\u5904\u7406\u4E2A\u4EBA\u4FE1\u606F\uFF0C\u94FE\u63A5\u89C1\u4E0B\u8868\u3002"
  },
  questionsIntro: {
    en: 'The manifest (mobile-app.yaml) does not answer these; the cells marked "to be confirmed" stay open until it does. Nothing here is guessed.',
    "zh-CN": "\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u5C1A\u672A\u56DE\u7B54\u4EE5\u4E0B\u95EE\u9898\uFF1B\u6807\u6CE8\u201C\u5F85\u786E\u8BA4\u201D\u7684\u5355\u5143\u683C\u5728\u8865\u5145\u4E4B\u524D\u4FDD\u6301\u7A7A\u7F3A\uFF0C\u672C\u6E05\u5355\u4E0D\u4F5C\u4EFB\u4F55\u63A8\u6D4B\u3002"
  },
  policy: { en: "Privacy policy", "zh-CN": "\u9690\u79C1\u653F\u7B56" },
  generated: { en: "Generated by mobile-policy from the app manifest, the build inventory and the SDK catalogue.", "zh-CN": "\u7531 mobile-policy \u6839\u636E\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u3001\u6784\u5EFA\u4F9D\u8D56\u6E05\u5355\u548C SDK \u76EE\u5F55\u751F\u6210\u3002" },
  none: { en: "None declared.", "zh-CN": "\u672A\u7533\u62A5\u3002" },
  tbc: { en: "to be confirmed", "zh-CN": "\u5F85\u786E\u8BA4" },
  notDeclared: { en: "\u2014", "zh-CN": "\u2014" },
  yes: { en: "yes", "zh-CN": "\u662F" },
  no: { en: "no", "zh-CN": "\u5426" },
  self: { en: "This app", "zh-CN": "\u672C\u5E94\u7528" },
  no_: { en: "No.", "zh-CN": "\u5E8F\u53F7" },
  // collection list columns
  scenario: { en: "Function / scenario", "zh-CN": "\u4E1A\u52A1\u529F\u80FD/\u4F7F\u7528\u573A\u666F" },
  data: { en: "Personal information", "zh-CN": "\u4E2A\u4EBA\u4FE1\u606F\u7C7B\u578B" },
  purpose: { en: "Purpose", "zh-CN": "\u4F7F\u7528\u76EE\u7684" },
  collector: { en: "Collected by", "zh-CN": "\u6536\u96C6\u65B9" },
  frequency: { en: "Frequency", "zh-CN": "\u6536\u96C6\u9891\u6B21" },
  permissions: { en: "Device permissions", "zh-CN": "\u6240\u9700\u6743\u9650" },
  necessary: { en: "Necessary", "zh-CN": "\u662F\u5426\u5FC5\u8981" },
  legalBasis: { en: "Legal basis", "zh-CN": "\u5904\u7406\u4F9D\u636E" },
  // sharing list columns
  sdkName: { en: "SDK / third party", "zh-CN": "SDK/\u7B2C\u4E09\u65B9\u540D\u79F0" },
  vendorZh: { en: "Provider (Chinese name)", "zh-CN": "\u7B2C\u4E09\u65B9\u4E3B\u4F53\uFF08\u4E2D\u6587\u540D\u79F0\uFF09" },
  vendorEn: { en: "Provider (English name)", "zh-CN": "\u7B2C\u4E09\u65B9\u4E3B\u4F53\uFF08\u82F1\u6587\u540D\u79F0\uFF09" },
  sharedInfo: { en: "Personal information shared", "zh-CN": "\u5171\u4EAB\u7684\u4E2A\u4EBA\u4FE1\u606F" },
  processing: { en: "Processing method", "zh-CN": "\u5171\u4EAB\u65B9\u5F0F/\u5904\u7406\u65B9\u5F0F" },
  privacyPolicy: { en: "Privacy policy", "zh-CN": "\u9690\u79C1\u653F\u7B56\u94FE\u63A5" }
};
var tr = (lang, k) => T[k][lang];
var join = (lang, xs) => xs.join(lang === "zh-CN" ? "\u3001" : ", ");
function questionsAt(d, pointer) {
  return d.questions.flatMap((q, i) => q.pointer === pointer || q.pointer.startsWith(`${pointer}/`) ? [i + 1] : []);
}
var open = (d, pointer) => ({ question: questionsAt(d, pointer) });
var COLLECTED_COLUMNS = ["no_", "scenario", "data", "purpose", "collector", "frequency", "permissions", "necessary", "legalBasis"];
function collectedCells(d, r, i, lang) {
  const who = r.collector.kind === "self" ? tr(lang, "self") : r.collector.name ?? r.collector.id ?? "";
  return [
    { text: String(i + 1) },
    { text: r.scenario },
    r.data.length ? { text: join(lang, r.data.map((v) => infoLabel(v, lang))) } : open(d, `${r.pointer}/data`),
    r.purpose ? { text: purposeLabel(r.purpose, lang) } : open(d, `${r.pointer}/purpose`),
    { text: who },
    // Frequency is shown where declared; the manifest field is optional.
    { text: r.frequency ?? tr(lang, "notDeclared") },
    { text: r.permissions.length ? r.permissions.join(", ") : tr(lang, "notDeclared") },
    r.necessary === void 0 ? open(d, `${r.pointer}/necessary`) : { text: tr(lang, r.necessary ? "yes" : "no") },
    r.legalBasis ? { text: legalBasisLabel(r.legalBasis, lang) } : open(d, `${r.pointer}/legalBasis`)
  ];
}
var SHARED_COLUMNS = ["no_", "sdkName", "vendorZh", "vendorEn", "purpose", "sharedInfo", "processing", "permissions", "privacyPolicy"];
function sharedCells(d, r, i, lang) {
  const name = r.nameZh && lang === "zh-CN" && r.nameZh !== r.name ? `${r.nameZh}\uFF08${r.name}\uFF09` : r.name;
  const vendorQ = r.kind === "sdk" ? open(d, `${r.pointer}/vendor`) : { text: r.name };
  return [
    { text: String(i + 1) },
    { text: name },
    r.vendor["zh-CN"] ? { text: r.vendor["zh-CN"] } : r.vendor.en ? { text: tr(lang, "notDeclared") } : vendorQ,
    r.vendor.en ? { text: r.vendor.en } : r.vendor["zh-CN"] ? { text: tr(lang, "notDeclared") } : vendorQ,
    r.purpose ? { text: r.purpose } : open(d, `${r.pointer}/purpose`),
    r.personalInfo ? { text: join(lang, r.personalInfo.map((v) => infoLabel(v, lang))) } : open(d, `${r.pointer}/personalInfo`),
    { text: join(lang, r.processing.map((p) => PROCESSING_LABELS[p][lang])) },
    { text: r.permissions.length ? r.permissions.join(", ") : tr(lang, "notDeclared") },
    // The manifest has a privacy-policy field for SDKs only.
    r.privacyPolicy ? { link: r.privacyPolicy } : r.kind === "sdk" ? open(d, `${r.pointer}/privacyPolicy`) : { text: tr(lang, "notDeclared") }
  ];
}
function appTitle(d, lang) {
  const name = (lang === "zh-CN" ? d.app.nameZh : void 0) ?? d.app.name ?? d.app.id ?? "";
  return name ? `${name} ${tr(lang, "title")}` : tr(lang, "title");
}

// src/disclose/html.ts
var CSS = `
body{font:14px/1.6 system-ui,-apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:24px;color:#1f2328;max-width:1200px}
h1{font-size:22px;margin:0 0 8px}h2{font-size:18px;margin:28px 0 6px;border-bottom:2px solid #1f2328}
table{border-collapse:collapse;width:100%;margin:6px 0 10px}th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa;white-space:nowrap}td.q{color:#bc4c00;font-weight:600}p.muted,footer{color:#57606a}a{word-break:break-all}
@media print{body{margin:0;max-width:none}tr{break-inside:avoid}}
`;
function cell(c, lang) {
  if ("link" in c) return /^https:\/\//i.test(c.link) ? `<td><a href="${esc(c.link)}">${esc(c.link)}</a></td>` : `<td>${esc(c.link)}</td>`;
  if ("question" in c) {
    const refs = c.question.map((n) => `<a href="#q${n}">${n}</a>`).join(lang === "zh-CN" ? "\u3001" : ", ");
    return `<td class="q">${esc(tr(lang, "tbc"))}${refs ? ` (${refs})` : ""}</td>`;
  }
  return `<td>${esc(c.text)}</td>`;
}
function table(id, head, rows, lang) {
  if (!rows.length) return `<p class="muted" id="${id}">${esc(tr(lang, "none"))}</p>`;
  return `<table id="${id}"><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead>
<tbody>
${rows.map((r) => `<tr>${r.map((c) => cell(c, lang)).join("")}</tr>`).join("\n")}
</tbody></table>`;
}
function disclosureHtml(d, lang) {
  const title = appTitle(d, lang);
  const questions = d.questions.length ? `<section id="questions"><h2>${esc(tr(lang, "questions"))}</h2><p class="muted">${esc(tr(lang, "questionsIntro"))}</p>
<ol>
${d.questions.map((q, i) => `<li id="q${i + 1}">${esc(q.text[lang])} <code>${esc(q.pointer)}</code></li>`).join("\n")}
</ol></section>` : "";
  return `<!DOCTYPE html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title><style>${CSS}</style></head>
<body>
<h1>${esc(title)}</h1>
${d.privacyPolicy ? `<p>${esc(tr(lang, "policy"))}${lang === "zh-CN" ? "\uFF1A" : ": "}<a href="${esc(d.privacyPolicy)}">${esc(d.privacyPolicy)}</a></p>` : ""}
<section><h2>${esc(tr(lang, "collected"))}</h2><p>${esc(tr(lang, "collectedIntro"))}</p>
${table("collected", COLLECTED_COLUMNS.map((k) => tr(lang, k)), d.collected.map((r, i) => collectedCells(d, r, i, lang)), lang)}
</section>
<section><h2>${esc(tr(lang, "shared"))}</h2><p>${esc(tr(lang, "sharedIntro"))}</p>
${table("shared", SHARED_COLUMNS.map((k) => tr(lang, k)), d.shared.map((r, i) => sharedCells(d, r, i, lang)), lang)}
</section>
${questions}
<footer><p>${esc(tr(lang, "generated"))}</p></footer>
</body>
</html>
`;
}

// src/disclose/markdown.ts
var md = (s) => s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
function cell2(c, lang) {
  if ("link" in c) return /^https:\/\//i.test(c.link) ? `<${md(c.link)}>` : md(c.link);
  if ("question" in c) return `**${tr(lang, "tbc")}**${c.question.length ? ` (${c.question.map((n) => `Q${n}`).join(", ")})` : ""}`;
  return md(c.text);
}
function table2(head, rows, lang) {
  if (!rows.length) return `${tr(lang, "none")}
`;
  return [`| ${head.map(md).join(" | ")} |`, `|${head.map(() => " --- ").join("|")}|`, ...rows.map((r) => `| ${r.map((c) => cell2(c, lang)).join(" | ")} |`)].join("\n") + "\n";
}
function disclosureMarkdown(d, lang) {
  const parts = [`# ${appTitle(d, lang)}
`];
  if (d.privacyPolicy) parts.push(`${tr(lang, "policy")}${lang === "zh-CN" ? "\uFF1A" : ": "}<${d.privacyPolicy}>
`);
  parts.push(
    `## ${tr(lang, "collected")}
`,
    `${tr(lang, "collectedIntro")}
`,
    table2(COLLECTED_COLUMNS.map((k) => tr(lang, k)), d.collected.map((r, i) => collectedCells(d, r, i, lang)), lang)
  );
  parts.push(
    `## ${tr(lang, "shared")}
`,
    `${tr(lang, "sharedIntro")}
`,
    table2(SHARED_COLUMNS.map((k) => tr(lang, k)), d.shared.map((r, i) => sharedCells(d, r, i, lang)), lang)
  );
  if (d.questions.length) {
    parts.push(
      `## ${tr(lang, "questions")}
`,
      `${tr(lang, "questionsIntro")}
`,
      d.questions.map((q, i) => `${i + 1}. <a id="q${i + 1}"></a>Q${i + 1}: ${q.text[lang]} (\`${q.pointer}\`)`).join("\n") + "\n"
    );
  }
  parts.push(`---

${tr(lang, "generated")}
`);
  return parts.join("\n");
}

// src/disclose/play-csv.ts
var PLAY_CSV_HEADER = ["Question ID (machine readable)", "Response ID (machine readable)", "Response value", "Answer requirement", "Human-friendly question label"];
var PLAY_DATA_TYPES = [
  ["PSL_DATA_TYPES_LOCATION", "PSL_APPROX_LOCATION", "Location / Approximate location"],
  ["PSL_DATA_TYPES_LOCATION", "PSL_PRECISE_LOCATION", "Location / Precise location"],
  ["PSL_DATA_TYPES_PERSONAL", "PSL_NAME", "Personal info / Name"],
  ["PSL_DATA_TYPES_PERSONAL", "PSL_EMAIL", "Personal info / Email address"],
  ["PSL_DATA_TYPES_PERSONAL", "PSL_USER_ACCOUNT", "Personal info / User IDs"],
  ["PSL_DATA_TYPES_PERSONAL", "PSL_ADDRESS", "Personal info / Address"],
  ["PSL_DATA_TYPES_PERSONAL", "PSL_PHONE", "Personal info / Phone number"],
  ["PSL_DATA_TYPES_PERSONAL", "PSL_RACE_ETHNICITY", "Personal info / Race and ethnicity"],
  ["PSL_DATA_TYPES_PERSONAL", "PSL_POLITICAL_RELIGIOUS", "Personal info / Political or religious beliefs"],
  ["PSL_DATA_TYPES_PERSONAL", "PSL_SEXUAL_ORIENTATION_GENDER_IDENTITY", "Personal info / Sexual orientation"],
  ["PSL_DATA_TYPES_PERSONAL", "PSL_OTHER_PERSONAL", "Personal info / Other info"],
  ["PSL_DATA_TYPES_FINANCIAL", "PSL_CREDIT_DEBIT_BANK_ACCOUNT_NUMBER", "Financial info / User payment info"],
  ["PSL_DATA_TYPES_FINANCIAL", "PSL_PURCHASE_HISTORY", "Financial info / Purchase history"],
  ["PSL_DATA_TYPES_FINANCIAL", "PSL_CREDIT_SCORE", "Financial info / Credit score"],
  ["PSL_DATA_TYPES_FINANCIAL", "PSL_OTHER", "Financial info / Other financial info"],
  ["PSL_DATA_TYPES_HEALTH_AND_FITNESS", "PSL_HEALTH", "Health and fitness / Health info"],
  ["PSL_DATA_TYPES_HEALTH_AND_FITNESS", "PSL_FITNESS", "Health and fitness / Fitness info"],
  ["PSL_DATA_TYPES_EMAIL_AND_TEXT", "PSL_EMAILS", "Messages / Emails"],
  ["PSL_DATA_TYPES_EMAIL_AND_TEXT", "PSL_SMS_CALL_LOG", "Messages / SMS or MMS"],
  ["PSL_DATA_TYPES_EMAIL_AND_TEXT", "PSL_OTHER_MESSAGES", "Messages / Other in-app messages"],
  ["PSL_DATA_TYPES_PHOTOS_AND_VIDEOS", "PSL_PHOTOS", "Photos and videos / Photos"],
  ["PSL_DATA_TYPES_PHOTOS_AND_VIDEOS", "PSL_VIDEOS", "Photos and videos / Videos"],
  ["PSL_DATA_TYPES_AUDIO", "PSL_AUDIO", "Audio / Voice or sound recordings"],
  ["PSL_DATA_TYPES_AUDIO", "PSL_MUSIC", "Audio / Music files"],
  ["PSL_DATA_TYPES_AUDIO", "PSL_OTHER_AUDIO", "Audio / Other audio files"],
  ["PSL_DATA_TYPES_FILES_AND_DOCS", "PSL_FILES_AND_DOCS", "Files and docs / Files and docs"],
  ["PSL_DATA_TYPES_CALENDAR", "PSL_CALENDAR", "Calendar / Calendar events"],
  ["PSL_DATA_TYPES_CONTACTS", "PSL_CONTACTS", "Contacts / Contacts"],
  ["PSL_DATA_TYPES_APP_ACTIVITY", "PSL_USER_INTERACTION", "App activity / App interactions"],
  ["PSL_DATA_TYPES_APP_ACTIVITY", "PSL_IN_APP_SEARCH_HISTORY", "App activity / In-app search history"],
  ["PSL_DATA_TYPES_APP_ACTIVITY", "PSL_APPS_ON_DEVICE", "App activity / Installed apps"],
  ["PSL_DATA_TYPES_APP_ACTIVITY", "PSL_USER_GENERATED_CONTENT", "App activity / Other user-generated content"],
  ["PSL_DATA_TYPES_APP_ACTIVITY", "PSL_OTHER_APP_ACTIVITY", "App activity / Other actions"],
  ["PSL_DATA_TYPES_SEARCH_AND_BROWSING", "PSL_WEB_BROWSING_HISTORY", "Web browsing / Web browsing history"],
  ["PSL_DATA_TYPES_APP_PERFORMANCE", "PSL_CRASH_LOGS", "App info and performance / Crash logs"],
  ["PSL_DATA_TYPES_APP_PERFORMANCE", "PSL_PERFORMANCE_DIAGNOSTICS", "App info and performance / Diagnostics"],
  ["PSL_DATA_TYPES_APP_PERFORMANCE", "PSL_OTHER_PERFORMANCE", "App info and performance / Other app performance data"],
  ["PSL_DATA_TYPES_IDENTIFIERS", "PSL_DEVICE_ID", "Device or other IDs / Device or other IDs"]
];
var PLAY_TYPE_BY_LABEL = {
  "Location: Approximate location": "PSL_APPROX_LOCATION",
  "Location: Precise location": "PSL_PRECISE_LOCATION",
  "Personal info: Name": "PSL_NAME",
  "Personal info: Email address": "PSL_EMAIL",
  "Personal info: User IDs": "PSL_USER_ACCOUNT",
  "Personal info: Address": "PSL_ADDRESS",
  "Personal info: Phone number": "PSL_PHONE",
  "Personal info: Other info": "PSL_OTHER_PERSONAL",
  "Financial info: User payment info": "PSL_CREDIT_DEBIT_BANK_ACCOUNT_NUMBER",
  "Financial info: Purchase history": "PSL_PURCHASE_HISTORY",
  "Financial info: Credit score": "PSL_CREDIT_SCORE",
  "Financial info: Other financial info": "PSL_OTHER",
  "Health and fitness: Health info": "PSL_HEALTH",
  "Health and fitness: Fitness info": "PSL_FITNESS",
  "Photos and videos: Photos": "PSL_PHOTOS",
  "Audio: Voice or sound recordings": "PSL_AUDIO",
  "Files and docs": "PSL_FILES_AND_DOCS",
  Calendar: "PSL_CALENDAR",
  Contacts: "PSL_CONTACTS",
  "App activity: App interactions": "PSL_USER_INTERACTION",
  "App activity: In-app search history": "PSL_IN_APP_SEARCH_HISTORY",
  "App activity: Installed apps": "PSL_APPS_ON_DEVICE",
  "App activity: Other user-generated content": "PSL_USER_GENERATED_CONTENT",
  "App activity: Other actions": "PSL_OTHER_APP_ACTIVITY",
  "Web browsing": "PSL_WEB_BROWSING_HISTORY",
  "App info and performance: Crash logs": "PSL_CRASH_LOGS",
  "App info and performance: Diagnostics": "PSL_PERFORMANCE_DIAGNOSTICS",
  "App info and performance: Other": "PSL_OTHER_PERFORMANCE",
  "App info and performance: Other app performance data": "PSL_OTHER_PERFORMANCE",
  "Device or other IDs": "PSL_DEVICE_ID"
};
var PLAY_PURPOSES = [
  ["PSL_APP_FUNCTIONALITY", "App functionality"],
  ["PSL_ANALYTICS", "Analytics"],
  ["PSL_DEVELOPER_COMMUNICATIONS", "Developer communications"],
  ["PSL_ADVERTISING", "Advertising or marketing"],
  ["PSL_FRAUD_PREVENTION_SECURITY", "Fraud prevention, security, and compliance"],
  ["PSL_PERSONALIZATION", "Personalization"],
  ["PSL_ACCOUNT_MANAGEMENT", "Account management"]
];
var PLAY_PURPOSE_BY_LABEL = Object.fromEntries(PLAY_PURPOSES.map(([id, label2]) => [label2, id]));
var csvCell = (s) => /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
function playDataSafetyCsv(d, manifest) {
  const questions = [];
  const ask = (id, pointer, en, zh) => {
    if (!questions.some((q) => q.id === id && q.pointer === pointer)) questions.push({ id, pointer, text: { en, "zh-CN": zh } });
  };
  const flows = Array.isArray(manifest.dataFlows) ? manifest.dataFlows : [];
  const answers = /* @__PURE__ */ new Map();
  const answer = (type) => {
    let a = answers.get(type);
    if (!a) answers.set(type, a = { purposes: /* @__PURE__ */ new Set(), optionalSeen: false, unknownNecessity: false, shared: false, viaSdkOrVendor: [], purposeUnknown: false });
    return a;
  };
  const playType = (value, pointer) => {
    const label2 = playTypeOf(value);
    const id = label2 ? PLAY_TYPE_BY_LABEL[label2] : void 0;
    if (!id) {
      ask(
        "disclose/play-data-type",
        pointer,
        `Google Play: "${value}" maps to the category "${label2 ?? "?"}" but not to one data type; choose it in Play Console.`,
        `Google Play\uFF1A\u201C${value}\u201D\u53EA\u80FD\u5BF9\u5E94\u5230\u7C7B\u522B\u201C${label2 ?? "?"}\u201D\uFF0C\u65E0\u6CD5\u786E\u5B9A\u5177\u4F53\u6570\u636E\u7C7B\u578B\uFF1B\u8BF7\u5728 Play \u7BA1\u7406\u4E2D\u5FC3\u4E2D\u9009\u62E9\u3002`
      );
    }
    return id;
  };
  flows.forEach((f, i) => {
    const data = Array.isArray(f.data) ? f.data : [];
    for (const v of data) {
      const id = playType(v, `/dataFlows/${i}/data`);
      if (!id) continue;
      const a = answer(id);
      const purpose = typeof f.purpose === "string" ? PLAY_PURPOSE_BY_LABEL[playPurposeOf(f.purpose) ?? ""] : void 0;
      if (purpose) a.purposes.add(purpose);
      else a.purposeUnknown = true;
      if (f.necessary === true) a.required = true;
      else if (f.necessary === false) a.optionalSeen = true;
      else a.unknownNecessity = true;
      const r = typeof f.recipient === "string" ? f.recipient : "self";
      if (r.startsWith("third-party:")) a.shared = true;
      else if (r.startsWith("sdk:") || r.startsWith("vendor:")) a.viaSdkOrVendor.push(r);
    }
  });
  for (const row2 of d.shared.filter((r) => r.kind === "sdk")) {
    for (const v of row2.personalInfo ?? []) {
      const id = playType(v, `${row2.pointer}/personalInfo`);
      if (!id) continue;
      const a = answer(id);
      if (!a.viaSdkOrVendor.includes(`sdk:${row2.id}`)) a.viaSdkOrVendor.push(`sdk:${row2.id}`);
      if (!flows.some((f) => f.recipient === `sdk:${row2.id}`)) a.purposeUnknown = true;
    }
  }
  const rows = [];
  const row = (q, r, value, requirement, label2) => {
    rows.push([q, r, value, requirement, label2]);
  };
  const flowsDeclared = Array.isArray(manifest.dataFlows);
  const collects = answers.size > 0 || flows.some((f) => Array.isArray(f.data) && f.data.length > 0);
  row("PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA", "", flowsDeclared || collects ? collects ? "TRUE" : "FALSE" : "", "REQUIRED", "Does your app collect or share any of the required user data types?");
  const enc = flows.filter((f) => Array.isArray(f.data) && f.data.length);
  const encrypted = enc.length === 0 ? "" : enc.every((f) => f.encryptedInTransit === true) ? "TRUE" : enc.some((f) => f.encryptedInTransit === false) ? "FALSE" : "";
  if (collects && !encrypted) ask("disclose/play-encrypted", "/dataFlows", "Google Play: is all user data encrypted in transit? Some data flows do not declare encryptedInTransit.", "Google Play\uFF1A\u6240\u6709\u7528\u6237\u6570\u636E\u5728\u4F20\u8F93\u4E2D\u662F\u5426\u5747\u5DF2\u52A0\u5BC6\uFF1F\u90E8\u5206\u6570\u636E\u6D41\u672A\u7533\u62A5 encryptedInTransit\u3002");
  row("PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT", "", encrypted, "MAYBE_REQUIRED", "Is all of the user data collected by your app encrypted in transit?");
  for (const [r, label2] of [["PSL_ACM_USER_ID_PASSWORD", "Username and password"], ["PSL_ACM_USER_ID_OTHER_AUTH", "Username and other authentication"], ["PSL_ACM_USER_ID_PASSWORD_OTHER_AUTH", "Username, password and other authentication"], ["PSL_ACM_OAUTH", "OAuth"], ["PSL_ACM_OTHER", "Other"], ["PSL_ACM_NONE", "My app does not allow users to create an account"]]) {
    row("PSL_SUPPORTED_ACCOUNT_CREATION_METHODS", r, "", "MULTIPLE_CHOICE", `Which of the following methods of account creation does your app support? / ${label2}`);
  }
  row("PSL_ACCOUNT_DELETION_URL", "", "", "MAYBE_REQUIRED", "Add a link that users can use to request that their account and associated data is deleted");
  for (const [r, label2] of [["DATA_DELETION_YES", "Yes"], ["DATA_DELETION_NO", "No"], ["DATA_DELETION_NO_AUTO_DELETED", "No, data is automatically deleted within 90 days"]]) {
    row("PSL_SUPPORT_DATA_DELETION_BY_USER", r, "", "SINGLE_CHOICE", `Do you provide a way for users to request that some or all of their data is deleted? / ${label2}`);
  }
  row("PSL_DATA_DELETION_URL", "", "", "MAYBE_REQUIRED", "Add a link that users can use to request that their data is deleted");
  if (collects) {
    ask(
      "disclose/play-accounts",
      "/app",
      "Google Play: which account creation methods does the app support, and where can users request deletion of their account and data (URL)? The manifest does not say.",
      "Google Play\uFF1A\u5E94\u7528\u652F\u6301\u54EA\u4E9B\u8D26\u6237\u521B\u5EFA\u65B9\u5F0F\uFF1F\u7528\u6237\u5728\u54EA\u91CC\u7533\u8BF7\u5220\u9664\u8D26\u6237\u53CA\u6570\u636E\uFF08\u94FE\u63A5\uFF09\uFF1F\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u4E2D\u6CA1\u6709\u8FD9\u4E9B\u4FE1\u606F\u3002"
    );
  }
  for (const [q, r, label2] of PLAY_DATA_TYPES) row(q, r, answers.has(r) ? "TRUE" : "", "MULTIPLE_CHOICE", label2);
  for (const [, r, label2] of PLAY_DATA_TYPES) {
    const a = answers.get(r);
    if (!a) continue;
    const p = `PSL_DATA_USAGE_RESPONSES:${r}`;
    const shared = a.shared ? "TRUE" : "";
    row(`${p}:PSL_DATA_USAGE_COLLECTION_AND_SHARING`, "PSL_DATA_USAGE_ONLY_COLLECTED", "TRUE", "MULTIPLE_CHOICE", `${label2} / Is this data collected, shared, or both? / Collected`);
    row(`${p}:PSL_DATA_USAGE_COLLECTION_AND_SHARING`, "PSL_DATA_USAGE_ONLY_SHARED", shared, "MULTIPLE_CHOICE", `${label2} / Is this data collected, shared, or both? / Shared`);
    if (a.viaSdkOrVendor.length && !a.shared) {
      ask(
        "disclose/play-shared",
        "/dataFlows",
        `Google Play: ${label2} goes to ${a.viaSdkOrVendor.join(", ")}. Is that sharing, or a service provider processing it on your behalf (not sharing)?`,
        `Google Play\uFF1A${label2} \u63D0\u4F9B\u7ED9 ${a.viaSdkOrVendor.join("\u3001")}\u3002\u8FD9\u5C5E\u4E8E\u5171\u4EAB\uFF0C\u8FD8\u662F\u53D7\u6258\u5904\u7406\uFF08\u4E0D\u5C5E\u4E8E\u5171\u4EAB\uFF09\uFF1F`
      );
    }
    row(`${p}:PSL_DATA_USAGE_EPHEMERAL`, "", "", "MAYBE_REQUIRED", `${label2} / Is this data processed ephemerally?`);
    const control = a.required ? "PSL_DATA_USAGE_USER_CONTROL_REQUIRED" : a.optionalSeen && !a.unknownNecessity ? "PSL_DATA_USAGE_USER_CONTROL_OPTIONAL" : "";
    if (!control) ask("disclose/play-required", "/dataFlows", `Google Play: is ${label2} required or optional? No data flow of it declares necessary.`, `Google Play\uFF1A${label2} \u662F\u5FC5\u9700\u8FD8\u662F\u53EF\u9009\uFF1F\u76F8\u5173\u6570\u636E\u6D41\u5747\u672A\u7533\u62A5 necessary\u3002`);
    row(`${p}:DATA_USAGE_USER_CONTROL`, "PSL_DATA_USAGE_USER_CONTROL_OPTIONAL", control === "PSL_DATA_USAGE_USER_CONTROL_OPTIONAL" ? "TRUE" : "", "SINGLE_CHOICE", `${label2} / Is this data required for your app, or can users choose whether it's collected? / Users can choose`);
    row(`${p}:DATA_USAGE_USER_CONTROL`, "PSL_DATA_USAGE_USER_CONTROL_REQUIRED", control === "PSL_DATA_USAGE_USER_CONTROL_REQUIRED" ? "TRUE" : "", "SINGLE_CHOICE", `${label2} / Is this data required for your app, or can users choose whether it's collected? / Required`);
    if (a.purposeUnknown) ask("disclose/play-purpose", "/dataFlows", `Google Play: why is ${label2} collected? An SDK receives it and no data flow states the purpose.`, `Google Play\uFF1A\u4E3A\u4F55\u6536\u96C6 ${label2}\uFF1F\u6709 SDK \u63A5\u6536\u8BE5\u6570\u636E\uFF0C\u4F46\u6CA1\u6709\u6570\u636E\u6D41\u8BF4\u660E\u5176\u76EE\u7684\u3002`);
    for (const [pid, plabel] of PLAY_PURPOSES) row(`${p}:DATA_USAGE_COLLECTION_PURPOSE`, pid, a.purposes.has(pid) ? "TRUE" : "", "MULTIPLE_CHOICE", `${label2} / Why is this user data collected? / ${plabel}`);
    if (a.shared) for (const [pid, plabel] of PLAY_PURPOSES) row(`${p}:DATA_USAGE_SHARING_PURPOSE`, pid, a.purposes.has(pid) ? "TRUE" : "", "MULTIPLE_CHOICE", `${label2} / Why is this user data shared? / ${plabel}`);
  }
  ask(
    "disclose/play-ephemeral",
    "/dataFlows",
    "Google Play: is any collected data processed ephemerally (only in memory, for one request)? The manifest does not say; the rows are left empty.",
    "Google Play\uFF1A\u662F\u5426\u6709\u6570\u636E\u4EC5\u4F5C\u4E34\u65F6\u5904\u7406\uFF08\u53EA\u5728\u5185\u5B58\u4E2D\u3001\u4EC5\u4E3A\u5355\u6B21\u8BF7\u6C42\uFF09\uFF1F\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u4E2D\u6CA1\u6709\u6B64\u4FE1\u606F\uFF0C\u76F8\u5E94\u884C\u4FDD\u6301\u7A7A\u767D\u3002"
  );
  const text = [PLAY_CSV_HEADER, ...rows].map((r) => r.map(csvCell).join(",")).join("\n") + "\n";
  return { text, questions: collects ? questions : questions.filter((q) => q.id !== "disclose/play-ephemeral") };
}

// src/disclose/index.ts
var DISCLOSE_FORMATS = ["html", "markdown", "json", "play-csv", "app-store-json"];
function discloseApp(repo, manifestFile) {
  const manifest = loadManifest(repo, manifestFile);
  if (!manifest.data) return { manifest: manifestFile, diagnostics: manifest.diagnostics };
  const { scope, diagnostics: scopeDiagnostics } = resolveScope(repo, scopeRequest(manifest));
  registerScope(repo, scope);
  const { facts, diagnostics } = detectSdks({ repo, appDir: scope.dir, scope });
  const disclosure = buildDisclosure({ manifest: manifest.data, sdkFacts: facts, catalog: loadCatalog() });
  return { manifest: manifestFile, data: manifest.data, disclosure, diagnostics: [...scopeDiagnostics, ...diagnostics].filter((d) => d.severity === "error") };
}
function renderDisclosure(app, format, lang) {
  const d = app.disclosure;
  switch (format) {
    case "html":
      return { text: disclosureHtml(d, lang), questions: d.questions };
    case "markdown":
      return { text: disclosureMarkdown(d, lang), questions: d.questions };
    case "json":
      return { text: `${JSON.stringify({ apiVersion: "mobile-policy/disclosure-v1", manifest: app.manifest, ...d }, null, 2)}
`, questions: d.questions };
    case "play-csv": {
      const f = playDataSafetyCsv(d, app.data);
      return { text: f.text, questions: [...d.questions, ...f.questions] };
    }
    case "app-store-json": {
      const f = appStorePrivacyJson(d, app.data);
      return { text: f.text, questions: [...d.questions, ...f.questions] };
    }
  }
}

// src/cli/disclose.ts
function discloseCommand(argv, io) {
  const { values, positionals } = parseCommandArgs(argv, {
    format: { type: "string" },
    lang: { type: "string" },
    output: { type: "string", short: "o" },
    manifest: { type: "string" }
  });
  if (positionals.length > 1) throw new ConfigurationError(`disclose takes one folder; got ${positionals.join(" ")}`);
  const dir = path.resolve(io.cwd, positionals[0] ?? ".");
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new ConfigurationError(`${positionals[0] ?? "."} is not a folder`);
  const format = oneOf("format", values.format, DISCLOSE_FORMATS, "html");
  const lang = langOption(values.lang, io);
  const repo = new DiskRepo(dir);
  const manifest = values.manifest ? relativeManifest(repo, io, values.manifest) : onlyManifest(repo);
  const app = discloseApp(repo, manifest);
  for (const d of app.diagnostics) io.err(`${d.location.file}${d.location.line ? `:${d.location.line}` : ""}: ${d.code}: ${d.message[lang]}
`);
  if (!app.data) return 1;
  const out = renderDisclosure(app, format, lang);
  emit(io, out.text, values.output);
  if (out.questions.length) {
    io.err(`${lang === "zh-CN" ? `\u5F85\u56E2\u961F\u786E\u8BA4\u7684\u95EE\u9898\uFF08${out.questions.length} \u4E2A\uFF09\uFF1A` : `Questions for the team (${out.questions.length}):`}
`);
    out.questions.forEach((q, i) => io.err(`  ${i + 1}. ${manifest}#${q.pointer}: ${q.text[lang]}
`));
  }
  return 0;
}
function onlyManifest(repo) {
  const found = discoverManifests(repo);
  if (!found.length) throw new ConfigurationError(`no mobile-app.yaml in ${repo.root}: write one first (mobile-policy init)`);
  if (found.length > 1) throw new ConfigurationError(`several apps in ${repo.root} (${found.join(", ")}): choose one with --manifest`);
  return found[0];
}
function relativeManifest(repo, io, given) {
  const rel = path.relative(repo.root, path.resolve(io.cwd, given)).split(path.sep).join("/");
  if (rel.startsWith("..") || path.isAbsolute(rel) || !repo.has(rel)) throw new ConfigurationError(`--manifest ${given}: no such file in ${repo.root}`);
  return rel;
}
export {
  DISCLOSE_USAGE,
  discloseCommand
};
