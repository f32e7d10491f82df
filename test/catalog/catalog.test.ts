// The catalogue as data: schema-valid, large enough, unambiguous, and covering what banks meet.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  CATALOG_DIR, CATALOG_SCHEMA, PERSONAL_INFO_TYPES, SDK_CATEGORIES, explainClassName, explainComponent,
  explainDomain, explainVendoredFile, findPackageRoot, loadCatalog, type CatalogSdk, type ComponentEcosystem,
} from '../../src/catalog/index.js';

const root = findPackageRoot();
const catalog = loadCatalog();
const schema = JSON.parse(readFileSync(join(root, CATALOG_SCHEMA), 'utf8')) as {
  definitions: { category: { enum: string[] }; personalInfo: { enum: string[] } };
};

describe('catalogue files', () => {
  const files = readdirSync(join(root, CATALOG_DIR)).filter((f) => f.endsWith('.yaml'));
  const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

  it.each(files)('%s is valid against the schema', (file) => {
    const data: unknown = parse(readFileSync(join(root, CATALOG_DIR, file), 'utf8'));
    expect(validate(data) ? [] : validate.errors).toEqual([]);
  });

  it('holds at least 350 SDKs with unique ids and aliases', () => {
    expect(catalog.sdks.length).toBeGreaterThanOrEqual(350);
    const ids = catalog.sdks.flatMap((s) => [s.id, ...(s.aliases ?? [])]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the TypeScript vocabularies equal to the schema enums', () => {
    expect([...SDK_CATEGORIES]).toEqual(schema.definitions.category.enum);
    expect([...PERSONAL_INFO_TYPES]).toEqual(schema.definitions.personalInfo.enum);
  });

  it('gives every SDK at least one identifier and one source', () => {
    const bare = catalog.sdks.filter(
      (s) => ![s.maven, s.cocoapods, s.swift, s.carthage, s.pub, s.npm, s.ohpm, s.androidClassPrefixes, s.androidMetaDataKeys, s.vendoredFiles].some((l) => l?.length),
    );
    expect(bare.map((s) => s.id)).toEqual([]);
    expect(catalog.sdks.filter((s) => !s.sources.length || s.sources.some((x) => !x.trim())).map((s) => s.id)).toEqual([]);
  });

  it('fails on an entry without a source (schema)', () => {
    const entry = { sdks: [{ id: 'x', name: 'X', vendor: { en: 'V' }, categories: ['other'], personalInfo: [], tracker: false, applePrivacyManifestRequired: false, maven: ['a:b'], sources: [] }] };
    expect(validate(entry)).toBe(false);
    const { sources: _dropped, ...noSources } = entry.sdks[0]!;
    expect(validate({ sdks: [noSources] })).toBe(false);
  });

  it('puts every hot-fix and dynamic-code SDK in the hot-update category', () => {
    const hot = catalog.sdks.filter((s) => s.categories.includes('hot-update')).map((s) => s.id);
    expect(hot.length).toBeGreaterThanOrEqual(10);
    expect(hot).toEqual(expect.arrayContaining(['tencent-tinker', 'aliyun-sophix', 'meituan-robust', 'microsoft-codepush']));
  });

  it('marks every advertising SDK as a tracker', () => {
    expect(catalog.sdks.filter((s) => s.categories.includes('advertising') && !s.tracker).map((s) => s.id)).toEqual([]);
  });
});

describe('ambiguity', () => {
  it('has no pattern claimed by two SDKs', () => {
    expect(catalog.ambiguities).toEqual([]);
  });

  it('has no iOS class prefix claimed by two SDKs (longest prefix wins, so nesting is fine)', () => {
    const owner = new Map<string, string>();
    const dup: string[] = [];
    for (const sdk of catalog.sdks) {
      for (const p of sdk.iosClassPrefixes ?? []) {
        const prev = owner.get(p);
        if (prev && prev !== sdk.id) dup.push(`${p}: ${prev} / ${sdk.id}`);
        owner.set(p, sdk.id);
      }
    }
    expect(dup).toEqual([]);
  });

  it('has no Android class prefix that differs from another SDK’s only by case', () => {
    const lower = new Map<string, string>();
    const clash: string[] = [];
    for (const sdk of catalog.sdks) {
      for (const p of sdk.androidClassPrefixes ?? []) {
        const prev = lower.get(p.toLowerCase());
        if (prev && prev !== sdk.id) clash.push(`${p}: ${prev} / ${sdk.id}`);
        lower.set(p.toLowerCase(), sdk.id);
      }
    }
    expect(clash).toEqual([]);
  });

  // A glob overshadowed by another SDK's more specific pattern is intended only where listed.
  const INTENDED_SHADOWS = new Set<string>([]);

  it('resolves every pattern to its own SDK (globs tried with `*` → `x`)', () => {
    const sample = (p: string) => p.replace(/\*/g, 'x');
    const wrong: string[] = [];
    const check = (sdk: CatalogSdk, kind: string, pattern: string, got: CatalogSdk | undefined | null) => {
      if (got?.id !== sdk.id && !INTENDED_SHADOWS.has(`${kind}:${pattern}`)) wrong.push(`${kind} ${pattern}: ${sdk.id} → ${got?.id ?? 'null'}`);
    };
    const eco: [keyof CatalogSdk, ComponentEcosystem][] = [['maven', 'maven'], ['cocoapods', 'cocoapods'], ['swift', 'swift'], ['pub', 'pub'], ['npm', 'npm'], ['ohpm', 'ohpm']];
    for (const sdk of catalog.sdks) {
      for (const [field, ecosystem] of eco) {
        for (const p of (sdk[field] as string[] | undefined) ?? []) check(sdk, field, p, explainComponent(catalog, { ecosystem, name: sample(p) })?.sdk);
      }
      for (const p of sdk.vendoredFiles ?? []) check(sdk, 'file', p, explainVendoredFile(catalog, sample(p))?.sdk);
      for (const p of sdk.androidClassPrefixes ?? []) check(sdk, 'class', p, explainClassName(catalog, p.endsWith('.') ? `${p}X` : p)?.sdk);
      for (const p of sdk.domains ?? []) check(sdk, 'domain', p, explainDomain(catalog, `x.${p}`)?.sdk);
    }
    expect(wrong).toEqual([]);
  });
});

describe('bundles (umbrella packages)', () => {
  const rules = catalog.bundleRules;
  const sample = (p: string) => p.replace(/\*/g, 'x');
  const query = (kind: string, pattern: string) =>
    (kind === 'file' ? { ecosystem: 'file', name: sample(pattern) } : { ecosystem: kind, name: sample(pattern) }) as { ecosystem: ComponentEcosystem; name: string };

  it('exist, and every pattern belongs to the SDK that declares it (else it could never apply)', () => {
    expect(rules.length).toBeGreaterThan(10);
    const wrong = rules.filter((r) => explainComponent(catalog, query(r.kind, r.pattern))?.sdk.id !== r.owner.id);
    expect(wrong.map((r) => `${r.owner.id} ${r.kind} ${r.pattern} → ${explainComponent(catalog, query(r.kind, r.pattern))?.sdk.id ?? 'null'}`)).toEqual([]);
  });

  it('never pulls in the declaring SDK itself, and names each pattern once per SDK', () => {
    expect(rules.filter((r) => r.sdks.includes(r.owner)).map((r) => r.pattern)).toEqual([]);
    const keys = rules.map((r) => `${r.owner.id}|${r.kind}|${r.pattern.toLowerCase()}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });
});

describe('coverage', () => {
  // The SDKs named in the brief for Chinese banks' and insurers' apps, and beyond.
  const REQUIRED = [
    'umeng-analytics', 'umeng-push', 'umeng-share', 'umeng-apm', 'jpush', 'jverification', 'janalytics', 'getui',
    'tencent-bugly', 'tencent-mta', 'tencent-tbs-x5', 'wechat-opensdk', 'qq-connect', 'tpns', 'alipay', 'wechat-pay',
    'unionpay', 'alibaba-number-auth', 'aliyun-push', 'sensors-analytics', 'growingio', 'talkingdata', 'baidu-location',
    'baidu-maps', 'baidu-ocr', 'baidu-face', 'amap-location', 'amap-maps', 'amap-search', 'tencent-maps', 'tencent-location',
    'huawei-push', 'huawei-scan', 'huawei-location', 'huawei-account', 'huawei-analytics', 'huawei-mlkit', 'xiaomi-push',
    'oppo-push', 'vivo-push', 'honor-push', 'meizu-push', 'mob-sharesdk', 'mobpush', 'mob-secverify', 'iflytek-msc',
    'megvii-faceid', 'sensetime', 'tongdun-fraud', 'bangsun-fingerprint', 'ijiami', 'bangcle', 'tencent-legu',
    'firebase-analytics', 'firebase-crashlytics', 'firebase-messaging', 'firebase-performance', 'firebase-remote-config',
    'firebase-dynamic-links', 'firebase-auth', 'firebase-firestore', 'google-mobile-ads', 'google-location', 'google-maps',
    'google-signin', 'google-safetynet', 'google-play-integrity', 'google-mlkit', 'facebook-core', 'facebook-login',
    'facebook-share', 'appsflyer', 'adjust', 'branch', 'sentry', 'datadog', 'new-relic', 'bugsnag', 'instabug', 'mixpanel',
    'amplitude', 'segment', 'onesignal', 'braze', 'intercom', 'zendesk', 'stripe', 'paypal-braintree', 'alamofire',
    'afnetworking', 'okhttp', 'retrofit', 'sdwebimage', 'glide', 'fmdb', 'gtm-session-fetcher', 'google-utilities',
    'connectivity-plus', 'device-info-plus', 'file-picker', 'flutter-local-notifications', 'shared-preferences',
    'tencent-cloud-im', 'tencent-trtc', 'agora', 'netease-yunxin-im', 'rongcloud', 'qiniu', 'aliyun-oss', 'pangle-csj',
    'gdt-ylh', 'kuaishou-ads', 'baidu-mobads',
    // issue 12: seen in public Chinese apps, or commonly shipped by banks and insurers
    'alibaba-baichuan-trade', 'taobao-account-login', 'alibaba-utdid', 'alibaba-app-monitor', 'aliyun-nls', 'baidu-navi',
    'baidu-tts', 'mob-smssdk', 'microsoft-codepush', 'huawei-wear-engine', 'cfca-certificate', 'cfca-secure-keyboard',
    'bjca-certificate', 'koal-certificate', 'anychat', 'mpaas-core', 'mpaas-nebula', 'tencent-tinker', 'aliyun-sophix',
    'meituan-robust', 'msa-oaid', 'android-cn-oaid', 'ctcc-quicklogin', 'cucc-quicklogin', 'dingxiang-risk', 'kiwisec',
    'payegis', 'tencent-captcha', 'tencent-cos', 'huawei-obs', 'analysys', 'pgyer', 'sobot', 'udesk',
  ];

  it.each(REQUIRED)('has %s', (id) => {
    expect(catalog.byId.get(id)).toBeDefined();
  });

  it('recognises React Native Firebase', () => {
    expect(explainComponent(catalog, { ecosystem: 'npm', name: '@react-native-firebase/app' })?.sdk.id).toBe('firebase-core');
    expect(explainComponent(catalog, { ecosystem: 'npm', name: '@react-native-firebase/crashlytics' })?.sdk.id).toBe('firebase-crashlytics');
  });

  // developer.apple.com/support/third-party-SDK-requirements, as copied in
  // crasowas/app_store_required_privacy_manifest_analyser (privacy_manifest_analyser.sh, COMMON_SDKS).
  const APPLE_LIST = [
    'Abseil', 'AFNetworking', 'Alamofire', 'AppAuth', 'BoringSSL / openssl_grpc', 'Capacitor', 'Charts', 'connectivity_plus',
    'Cordova', 'device_info_plus', 'DKImagePickerController', 'DKPhotoGallery', 'FBAEMKit', 'FBLPromises', 'FBSDKCoreKit',
    'FBSDKCoreKit_Basics', 'FBSDKLoginKit', 'FBSDKShareKit', 'file_picker', 'FirebaseABTesting', 'FirebaseAuth', 'FirebaseCore',
    'FirebaseCoreDiagnostics', 'FirebaseCoreExtension', 'FirebaseCoreInternal', 'FirebaseCrashlytics', 'FirebaseDynamicLinks',
    'FirebaseFirestore', 'FirebaseInstallations', 'FirebaseMessaging', 'FirebaseRemoteConfig', 'Flutter', 'flutter_inappwebview',
    'flutter_local_notifications', 'fluttertoast', 'FMDB', 'geolocator_apple', 'GoogleDataTransport', 'GoogleSignIn',
    'GoogleToolboxForMac', 'GoogleUtilities', 'grpcpp', 'GTMAppAuth', 'GTMSessionFetcher', 'hermes', 'image_picker_ios',
    'IQKeyboardManager', 'IQKeyboardManagerSwift', 'Kingfisher', 'leveldb', 'Lottie', 'MBProgressHUD', 'nanopb', 'OneSignal',
    'OneSignalCore', 'OneSignalExtension', 'OneSignalOutcomes', 'OpenSSL', 'OrderedSet', 'package_info', 'package_info_plus',
    'path_provider', 'path_provider_ios', 'Promises', 'Protobuf', 'Reachability', 'RealmSwift', 'RxCocoa', 'RxRelay', 'RxSwift',
    'SDWebImage', 'share_plus', 'shared_preferences_ios', 'SnapKit', 'sqflite', 'Starscream', 'SVProgressHUD', 'SwiftyGif',
    'SwiftyJSON', 'Toast', 'UnityFramework', 'url_launcher', 'url_launcher_ios', 'video_player_avfoundation', 'wakelock',
    'webview_flutter_wkwebview',
  ];

  it('covers every name on Apple’s commonly used SDK list, and only those are flagged', () => {
    const claimed = new Map<string, string>();
    for (const sdk of catalog.sdks) {
      expect(sdk.applePrivacyManifestRequired, sdk.id).toBe(Boolean(sdk.applePrivacyManifestNames?.length));
      for (const n of sdk.applePrivacyManifestNames ?? []) {
        expect(APPLE_LIST, `${sdk.id} claims ${n}`).toContain(n);
        expect(claimed.has(n), `${n} claimed twice`).toBe(false);
        claimed.set(n, sdk.id);
      }
    }
    expect(APPLE_LIST.filter((n) => !claimed.has(n))).toEqual([]);
  });
});
