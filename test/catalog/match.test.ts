// Matcher cases per ecosystem, RuleTester style: [input, expected SDK id or null].
import { describe, expect, it } from 'vitest';
import {
  fromPurl, loadCatalog, matchClassName, matchComponent, matchDomain, matchMetaDataKey, matchVendoredFile,
  normalizeRepoUrl, type ComponentEcosystem, type ComponentQuery,
} from '../../src/catalog/index.js';

const catalog = loadCatalog();

function cases<T>(name: string, list: [T, string | null][], fn: (input: T) => { id: string } | null) {
  const keys = list.map(([input]) => JSON.stringify(input));
  it(`${name}: no duplicate cases`, () => expect(new Set(keys).size).toBe(keys.length));
  it.each(list.map(([input, id]) => [JSON.stringify(input), input, id] as const))(`${name} %s`, (_label, input, id) => {
    expect(fn(input)?.id ?? null).toBe(id);
  });
}

const q = (ecosystem: ComponentEcosystem, name: string, group?: string): ComponentQuery => ({ ecosystem, name, ...(group ? { group } : {}) });

describe('matchComponent', () => {
  cases<ComponentQuery>('maven', [
    [q('maven', 'common', 'com.umeng.umsdk'), 'umeng-analytics'],
    [q('maven', 'com.umeng.umsdk:asms'), 'umeng-analytics'],
    [q('maven', 'push', 'com.umeng.umsdk'), 'umeng-push'],
    [q('maven', 'xiaomi-push', 'com.umeng.umsdk'), 'xiaomi-push'],
    [q('maven', 'huawei-umengaccs', 'com.umeng.umsdk'), 'umeng-push'],
    [q('maven', 'share-wx', 'com.umeng.umsdk'), 'umeng-share'],
    [q('maven', 'apm', 'com.umeng.umsdk'), 'umeng-apm'],
    [q('maven', 'some-new-module', 'com.umeng.umsdk'), 'umeng-analytics'],
    [q('maven', 'jpush', 'cn.jiguang.sdk'), 'jpush'],
    [q('maven', 'jcore', 'cn.jiguang.sdk'), 'jiguang-core'],
    [q('maven', 'jverification', 'cn.jiguang.sdk'), 'jverification'],
    [q('maven', 'xiaomi', 'cn.jiguang.sdk.plugin'), 'jpush'],
    [q('maven', 'gtsdk', 'com.getui'), 'getui'],
    [q('maven', 'hwp', 'com.getui.opt'), 'getui'],
    [q('maven', 'huawei-push', 'com.umeng.umsdk'), 'huawei-push'],
    [q('maven', 'push', 'com.huawei.hms'), 'huawei-push'],
    [q('maven', 'scanplus', 'com.huawei.hms'), 'huawei-scan'],
    [q('maven', 'ml-computer-vision-ocr', 'com.huawei.hms'), 'huawei-mlkit'],
    [q('maven', 'hwid', 'com.huawei.hms'), 'huawei-account'],
    [q('maven', 'availableupdate', 'com.huawei.hms'), 'huawei-hms-core'],
    [q('maven', 'push', 'com.hihonor.mcs'), 'honor-push'],
    [q('maven', 'push-internal', 'com.meizu.flyme.internet'), 'meizu-push'],
    [q('maven', 'firebase-analytics-ktx', 'com.google.firebase'), 'firebase-analytics'],
    [q('maven', 'firebase-crashlytics-ndk', 'com.google.firebase'), 'firebase-crashlytics'],
    [q('maven', 'firebase-bom', 'com.google.firebase'), 'firebase-core'],
    [q('maven', 'firebase-inappmessaging', 'com.google.firebase'), 'firebase-core'],
    [q('maven', 'play-services-ads-lite', 'com.google.android.gms'), 'google-mobile-ads'],
    [q('maven', 'play-services-measurement-api', 'com.google.android.gms'), 'firebase-analytics'],
    [q('maven', 'play-services-location', 'com.google.android.gms'), 'google-location'],
    [q('maven', 'play-services-auth', 'com.google.android.gms'), 'google-signin'],
    [q('maven', 'play-services-fitness', 'com.google.android.gms'), 'google-play-services-base'],
    [q('maven', 'BaiduMapSDK_Location_All', 'com.baidu.lbsyun'), 'baidu-location'],
    [q('maven', 'baidumapsdk_map', 'COM.BAIDU.LBSYUN'), 'baidu-maps'],
    [q('maven', '3dmap-location-search', 'com.amap.api'), 'amap-maps'],
    [q('maven', 'location', 'com.amap.api'), 'amap-location'],
    [q('maven', 'search', 'com.amap.api'), 'amap-search'],
    [q('maven', 'map3d-unknown', 'com.amap.api'), 'amap-foundation'],
    [q('maven', 'wechat-sdk-android-without-mta', 'com.tencent.mm.opensdk'), 'wechat-opensdk'],
    [q('maven', 'qqopensdk', 'com.tencent.tauth'), 'qq-connect'],
    [q('maven', 'tbssdk', 'com.tencent.tbs'), 'tencent-tbs-x5'],
    [q('maven', 'crashreport', 'com.tencent.bugly'), 'tencent-bugly'],
    [q('maven', 'tpns', 'com.tencent.tpns'), 'tpns'],
    [q('maven', 'alipaysdk-android', 'com.alipay.sdk'), 'alipay'],
    [q('maven', 'ads-sdk-pro', 'com.pangle.cn'), 'pangle-csj'],
    [q('maven', 'union', 'com.qq.e.union'), 'gdt-ylh'],
    [q('maven', 'okhttp', 'com.squareup.okhttp3'), 'okhttp'],
    [q('maven', 'retrofit', 'com.squareup.retrofit2'), 'retrofit'],
    [q('maven', 'fresco', 'com.facebook.fresco'), 'fresco'],
    [q('maven', 'react-android', 'com.facebook.react'), null],
    [q('maven', 'kotlin-stdlib', 'org.jetbrains.kotlin'), null],
    [{ ecosystem: 'maven', name: 'ignored', purl: 'pkg:maven/com.tencent.bugly/crashreport@4.1.9.3' }, 'tencent-bugly'],
  ], (input) => matchComponent(catalog, input));

  cases<ComponentQuery>('cocoapods', [
    [q('cocoapods', 'UMCommon'), 'umeng-analytics'],
    [q('cocoapods', 'umcommon'), 'umeng-analytics'],
    [q('cocoapods', 'UMDevice (3.4.0)'), 'umeng-analytics'],
    [q('cocoapods', 'UMShare/Social/ReducedWeChat'), 'umeng-share'],
    [q('cocoapods', 'Firebase/Analytics'), 'firebase-analytics'],
    [q('cocoapods', 'Firebase/Crashlytics'), 'firebase-crashlytics'],
    [q('cocoapods', 'Firebase/Messaging'), 'firebase-messaging'],
    [q('cocoapods', 'Firebase/InAppMessaging'), 'firebase-core'],
    [q('cocoapods', 'Firebase'), 'firebase-core'],
    [q('cocoapods', 'FirebaseAnalytics'), 'firebase-analytics'],
    [q('cocoapods', 'GoogleUtilities/Environment'), 'google-utilities'],
    [q('cocoapods', 'AMapLocation-NO-IDFA'), 'amap-location'],
    [q('cocoapods', 'AlipaySDK-iOS'), 'alipay'],
    [q('cocoapods', 'WechatOpenSDK-XCFramework'), 'wechat-opensdk'],
    [q('cocoapods', 'JPush'), 'jpush'],
    [q('cocoapods', 'GTSDK'), 'getui'],
    [q('cocoapods', 'Bugly'), 'tencent-bugly'],
    [q('cocoapods', 'PromisesObjC'), 'google-promises'],
    [q('cocoapods', 'Analytics'), 'segment'],
    [q('cocoapods', 'ReachabilitySwift'), null],
    [q('cocoapods', 'SomeInternalPod/Core'), null],
    [{ ecosystem: 'cocoapods', name: 'x', purl: 'pkg:cocoapods/GoogleUtilities@7.5.2#NSData+zlib' }, 'google-utilities'],
  ], (input) => matchComponent(catalog, input));

  cases<ComponentQuery>('swift', [
    [q('swift', 'https://github.com/Alamofire/Alamofire.git'), 'alamofire'],
    [q('swift', 'git@github.com:Alamofire/Alamofire.git'), 'alamofire'],
    [q('swift', 'alamofire'), 'alamofire'],
    [q('swift', 'https://github.com/firebase/firebase-ios-sdk'), 'firebase-core'],
    [q('swift', 'firebase-ios-sdk'), 'firebase-core'],
    [q('swift', 'https://github.com/getsentry/sentry-cocoa.git'), 'sentry'],
    [q('swift', 'https://github.com/google/GoogleSignIn-iOS'), 'google-signin'],
    [q('swift', 'https://github.com/apple/swift-protobuf.git'), null],
    [{ ecosystem: 'swift', name: 'x', purl: 'pkg:swift/github.com/onevcat/Kingfisher@7.0.0' }, 'kingfisher'],
    [{ ecosystem: 'swift', name: 'x', purl: 'pkg:github/SnapKit/SnapKit@5.7.1' }, 'snapkit'],
  ], (input) => matchComponent(catalog, input));

  cases<ComponentQuery>('carthage', [
    [q('carthage', 'github "Alamofire/Alamofire"'), 'alamofire'],
    [q('carthage', 'SDWebImage/SDWebImage'), 'sdwebimage'],
    [q('carthage', 'github "ReactiveX/RxSwift" ~> 6.0'), 'rxswift'],
    [q('carthage', 'github "example/unknown"'), null],
  ], (input) => matchComponent(catalog, input));

  cases<ComponentQuery>('pub', [
    [q('pub', 'fluwx'), 'wechat-opensdk'],
    [q('pub', 'tobias'), 'alipay'],
    [q('pub', 'jpush_flutter'), 'jpush'],
    [q('pub', 'connectivity_plus'), 'connectivity-plus'],
    [q('pub', 'firebase_messaging'), 'firebase-messaging'],
    [q('pub', 'amap_flutter_location'), 'amap-location'],
    [q('pub', 'flutter_bmflocation'), 'baidu-location'],
    [q('pub', 'provider'), null],
    [{ ecosystem: 'pub', name: 'x', purl: 'pkg:pub/sentry_flutter@8.0.0' }, 'sentry'],
  ], (input) => matchComponent(catalog, input));

  cases<ComponentQuery>('npm', [
    [q('npm', '@react-native-firebase/analytics'), 'firebase-analytics'],
    [q('npm', 'messaging', '@react-native-firebase'), 'firebase-messaging'],
    [q('npm', 'messaging', 'react-native-firebase'), 'firebase-messaging'],
    [q('npm', 'react-native-fbsdk-next'), 'facebook-core'],
    [q('npm', 'jpush-react-native'), 'jpush'],
    [q('npm', 'react-native-webview'), 'react-native-webview'],
    [q('npm', 'react'), null],
    [{ ecosystem: 'npm', name: 'x', purl: 'pkg:npm/%40sentry/react-native@5.0.0' }, 'sentry'],
    [{ ecosystem: 'npm', name: 'x', purl: 'pkg:npm/@amplitude/analytics-react-native@1.0.0' }, 'amplitude'],
  ], (input) => matchComponent(catalog, input));

  cases<ComponentQuery>('ohpm', [
    [q('ohpm', '@umeng/common'), 'umeng-analytics'],
    [q('ohpm', '@tencent/wechat_open_sdk'), 'wechat-opensdk'],
    [q('ohpm', 'cashiersdk', '@cashier_alipay'), 'alipay'],
    [q('ohpm', '@getui/push'), 'getui'],
    [q('ohpm', '@amap/amap_lbs_location'), 'amap-location'],
    [q('ohpm', '@ohos/axios'), null],
  ], (input) => matchComponent(catalog, input));

  cases<ComponentQuery>('file', [
    [q('file', 'app/libs/alipaySdk-15.8.11.aar'), 'alipay'],
    [q('file', 'ios/Frameworks/AlipaySDK.framework'), 'alipay'],
    [q('file', 'libs\\MiPush_SDK_Client_6_0_1-C_3rd.aar'), 'xiaomi-push'],
    [q('file', 'vivo_push_v4.0.4.0_504.aar'), 'vivo-push'],
    [q('file', 'oppo_push_3.5.2.aar'), 'oppo-push'],
    [q('file', 'GDTSDK.unionNormal.4.530.1400.aar'), 'gdt-ylh'],
    [q('file', 'Baidu_MobAds_SDK_v9.29.aar'), 'baidu-mobads'],
    [q('file', 'open_sdk_3.5.14.3_rc26220c_lite.jar'), 'qq-connect'],
    [q('file', 'tbs_sdk_thirdapp_v4.3.0.386_44286_sharewithdownloadwithfile_withoutGame_obfs_20230210_114429.jar'), 'tencent-tbs-x5'],
    [q('file', 'UPPayAssistEx.jar'), 'unionpay'],
    [q('file', 'push-internal-4.1.4.aar'), 'meizu-push'],
    [q('file', 'MegLiveStill-5.2.0.aar'), 'megvii-faceid'],
    [q('file', 'Msc.jar'), 'iflytek-msc'],
    [q('file', 'my-own-lib.aar'), null],
  ], (input) => matchComponent(catalog, input));
});

describe('matchVendoredFile', () => {
  cases<string>('vendored', [
    ['ios/Vendor/AlipaySDK.framework/', 'alipay'],
    ['ios/Vendor/AlipaySDK.bundle', 'alipay'],
    ['app/libs/umeng-common-9.6.3.jar', 'umeng-analytics'],
    ['', null],
  ], (input) => matchVendoredFile(catalog, input));
});

describe('matchClassName', () => {
  cases<string>('class', [
    ['com.umeng.message.UmengIntentService', 'umeng-push'],
    ['com.umeng.analytics.MobclickAgent', 'umeng-analytics'],
    ['com.umeng.socialize.media.WXCallbackActivity', 'umeng-share'],
    ['cn.jpush.android.service.PushService', 'jpush'],
    ['cn.jiguang.verifysdk.CtLoginActivity', 'jverification'],
    ['cn.jiguang.android.JCoreService', 'jiguang-core'],
    ['com.igexin.sdk.PushService', 'getui'],
    ['com.tencent.smtt.export.external.DexClassLoaderProviderService', 'tencent-tbs-x5'],
    ['com.tencent.mm.opensdk.openapi.WXAPIFactory', 'wechat-opensdk'],
    ['com.tencent.tauth.AuthActivity', 'qq-connect'],
    ['com.huawei.hms.push.HmsMessageService', 'huawei-push'],
    ['com.huawei.hms.activity.BridgeActivity', 'huawei-hms-core'],
    ['com.xiaomi.push.service.XMPushService', 'xiaomi-push'],
    ['com.heytap.msp.push.service.DataMessageCallbackService', 'oppo-push'],
    ['com.vivo.push.sdk.service.CommandClientService', 'vivo-push'],
    ['com.alipay.sdk.app.H5PayActivity', 'alipay'],
    ['com.amap.api.location.APSService', 'amap-location'],
    ['com.baidu.location.f', 'baidu-location'],
    ['com.facebook.FacebookActivity', 'facebook-core'],
    ['com.facebook.FacebookSdk$InitializeCallback', 'facebook-core'],
    ['com.facebook.react.ReactActivity', null],
    ['com.google.firebase.messaging.FirebaseMessagingService', 'firebase-messaging'],
    ['com.google.firebase.provider.FirebaseInitProvider', 'firebase-core'],
    ['com.google.android.gms.ads.MobileAdsInitProvider', 'google-mobile-ads'],
    ['com.stub.StubApp', 'qihoo-jiagu'],
    ['com.secneo.apkwrapper.ApplicationWrapper', 'bangcle'],
    ['com.example.bank.MainActivity', null],
    ['com', null],
  ], (input) => matchClassName(catalog, input));
});

describe('matchMetaDataKey', () => {
  cases<string>('meta-data', [
    ['UMENG_APPKEY', 'umeng-analytics'],
    ['UMENG_MESSAGE_SECRET', 'umeng-push'],
    ['JPUSH_APPKEY', 'jpush'],
    ['GETUI_APPID', 'getui'],
    ['com.huawei.hms.client.appid', 'huawei-hms-core'],
    ['com.amap.api.v2.apikey', 'amap-foundation'],
    ['com.baidu.lbsapi.API_KEY', 'baidu-maps'],
    ['TencentMapSDK', 'tencent-maps'],
    ['XG_ACCESS_ID', 'tpns'],
    ['BUGLY_APPID', 'tencent-bugly'],
    ['com.vivo.push.app_id', 'vivo-push'],
    ['com.google.android.geo.API_KEY', 'google-maps'],
    ['com.facebook.sdk.ApplicationId', 'facebook-core'],
    ['umeng_appkey', null],
    ['com.example.FLAG', null],
  ], (input) => matchMetaDataKey(catalog, input));
});

describe('matchDomain', () => {
  cases<string>('domain', [
    ['ulogs.umeng.com', 'umeng-analytics'],
    ['https://api.jpush.cn:443/v3/push', 'jpush'],
    ['tsis.jpush.cn.', 'jpush'],
    ['loc.map.baidu.com', 'baidu-location'],
    ['api.map.baidu.com', 'baidu-maps'],
    ['dypnsapi.aliyuncs.com', 'alibaba-number-auth'],
    ['my-bucket.oss-cn-hangzhou.aliyuncs.com', 'aliyun-oss'],
    ['o123.ingest.sentry.io', 'sentry'],
    ['app-measurement.com', 'firebase-analytics'],
    ['*.getui.com', 'getui'],
    ['notumeng.com', null],
    ['umeng.com.evil.example', null],
    ['localhost', null],
  ], (input) => matchDomain(catalog, input));
});

describe('helpers', () => {
  it('normalises repository locations', () => {
    expect(normalizeRepoUrl('https://github.com/Alamofire/Alamofire.git')).toBe('github.com/alamofire/alamofire');
    expect(normalizeRepoUrl('git@github.com:Alamofire/Alamofire.git')).toBe('github.com/alamofire/alamofire');
    expect(normalizeRepoUrl('ssh://git@github.com/a/b/')).toBe('github.com/a/b');
    expect(normalizeRepoUrl('github "owner/repo" ~> 1.0')).toBe('github.com/owner/repo');
    expect(normalizeRepoUrl('binary "https://example.com/x.json"')).toBe('example.com/x.json');
  });

  it('parses purls', () => {
    expect(fromPurl('pkg:maven/com.umeng.umsdk/common@9.6.3?type=aar')).toEqual({ ecosystem: 'maven', group: 'com.umeng.umsdk', name: 'common' });
    expect(fromPurl('pkg:npm/%40scope/name@1.0.0')).toEqual({ ecosystem: 'npm', name: '@scope/name' });
    expect(fromPurl('pkg:npm/@scope/name')).toEqual({ ecosystem: 'npm', name: '@scope/name' });
    expect(fromPurl('pkg:cocoapods/Firebase@10.0.0#Analytics')).toEqual({ ecosystem: 'cocoapods', name: 'Firebase/Analytics' });
    expect(fromPurl('pkg:gem/rails@7')).toBeNull();
    expect(fromPurl('not a purl')).toBeNull();
  });
});
