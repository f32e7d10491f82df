// Identifiers met in public Chinese finance and lifestyle apps (issue 12) that once mapped to no
// SDK or to the wrong one: each must name the catalogue entry it belongs to.
import { describe, expect, it } from 'vitest';
import { explainIosClassName, loadCatalog, matchClassName, matchComponent, matchVendoredFile, type ComponentQuery } from '../../src/catalog/index.js';

const catalog = loadCatalog();

function table<T>(name: string, list: [T, string][], fn: (input: T) => { id: string } | null) {
  it.each(list.map(([input, id]) => [JSON.stringify(input), input, id] as const))(`${name} %s`, (_label, input, id) => {
    expect(fn(input)?.id ?? null).toBe(id);
  });
}

const maven = (coordinate: string): ComponentQuery => ({ ecosystem: 'maven', name: coordinate });
const pod = (name: string): ComponentQuery => ({ ecosystem: 'cocoapods', name });

describe('issue 12: identifiers that were unmapped although the vendor was catalogued', () => {
  table<ComponentQuery>('component', [
    [maven('com.alipay.android.app.cashier:standardcashier-single'), 'alipay'],
    [maven('com.alibaba.alipay:alipaySingle'), 'alipay'],
    [pod('UMengAnalytics-NO-IDFA'), 'umeng-analytics'],
    [pod('UMengAnalytics'), 'umeng-analytics'],
    [pod('MiPushSDK'), 'xiaomi-push'],
    [pod('UMengUShare/Social/ReducedWeChat'), 'umeng-share'],
  ], (q) => matchComponent(catalog, q));

  table<string>('vendored file', [
    ['app/libs/apsecuritysdk-all-3.4.0.aar', 'alipay'],
    ['app/libs/alipaysecsdk.jar', 'alipay'],
    ['app/libs/alipayutdid.jar', 'alibaba-utdid'],
    ['app/libs/umeng-push-3.3.5.jar', 'umeng-push'],
    ['app/libs/umerror_android_1.0.0.jar', 'umeng-apm'],
    ['app/libs/weiboSDKCore_3.1.4.jar', 'weibo-sdk'],
    ['app/libs/alicloud-android-sdk-httpdns-1.0.7.jar', 'aliyun-httpdns'],
    ['app/libs/Rong_IMLib.jar', 'rongcloud'],
    ['app/libs/Rong_IMKit.jar', 'rongcloud'],
    ['app/libs/armeabi-v7a/libRongIMLib.so', 'rongcloud'],
    ['app/libs/SMSSDK-3.0.0.aar', 'mob-smssdk'],
    ['app/libs/SMSSDKGUI-3.0.0.aar', 'mob-smssdk'],
    ['app/libs/MobTools-2017.0322.0931.jar', 'mobtech-core'],
    ['app/libs/MobCommons-2017.0322.0931.jar', 'mobtech-core'],
    ['app/libs/TencentMapSDK_Raster_v_1.2.7_51ae0e7.jar', 'tencent-maps'],
    ['app/libs/TencentSearch1.1.3.jar', 'tencent-map-search'],
    ['ios/Frameworks/UMPush.framework', 'umeng-push'],
    ['ios/Frameworks/UMErrorCatch.framework', 'umeng-apm'],
    ['ios/Frameworks/UMShare.framework', 'umeng-share'],
    ['ios/Frameworks/UShareUI.framework', 'umeng-share'],
    ['ios/Frameworks/UMAnalytics.framework', 'umeng-analytics'],
  ], (f) => matchVendoredFile(catalog, f));

  it.each([
    ['ENSession', 'evernote-sdk'],
    ['XGSetting', 'tpns'],
    ['XGPush', 'tpns'],
    ['AlipaySDK', 'alipay'],
    ['APayAuthInfo', 'alipay'],
    ['BuglyConfig', 'tencent-bugly'],
    ['RCIM', 'rongcloud'],
    ['RCCoreClient', 'rongcloud'],
  ])('iOS class %s → %s', (name, id) => {
    expect(explainIosClassName(catalog, name)?.sdk.id).toBe(id);
  });

  it('no longer attributes UTDID classes to Alipay', () => {
    expect(matchClassName(catalog, 'com.ta.utdid2.device.UTDevice')?.id).toBe('alibaba-utdid');
    expect(matchClassName(catalog, 'com.ut.device.UTDevice')?.id).toBe('alibaba-utdid');
    expect(matchClassName(catalog, 'com.alipay.sdk.app.PayTask')?.id).toBe('alipay');
  });
});

describe('issue 12: SDKs that had no catalogue entry', () => {
  table<ComponentQuery>('component', [
    [maven('com.alibaba.sdk.android:alibc_trade_sdk'), 'alibaba-baichuan-trade'],
    [maven('com.taobao.android:mtopsdk_allinone_open'), 'alibaba-baichuan-trade'],
    [maven('com.ali.auth.sdk:alibabauth_core'), 'taobao-account-login'],
    [maven('com.taobao.android:utdid4all'), 'alibaba-utdid'],
    [maven('com.umeng.umsdk:utdid'), 'alibaba-utdid'],
    [maven('com.alibaba.mtl:app-monitor-sdk'), 'alibaba-app-monitor'],
    [maven('com.baidu.lbsyun:BaiduMapSDK_Map-Navi'), 'baidu-navi'],
    [maven('com.baidu.lbsyun:NaviTts'), 'baidu-tts'],
    [{ ecosystem: 'npm', name: 'react-native-code-push' }, 'microsoft-codepush'],
    [pod('CodePush'), 'microsoft-codepush'],
    [maven('com.huawei.hms:wearengine'), 'huawei-wear-engine'],
    [maven('com.mpaas.android:antui'), 'mpaas-core'],
    [maven('com.tencent.tinker:tinker-android-lib'), 'tencent-tinker'],
    [maven('com.aliyun.ams:alicloud-android-hotfix'), 'aliyun-sophix'],
    [maven('com.meituan.robust:robust'), 'meituan-robust'],
    [maven('com.github.gzu-liyujiang:Android_CN_OAID'), 'android-cn-oaid'],
    [maven('com.qcloud.cos:cos-android'), 'tencent-cos'],
    [maven('com.huaweicloud:esdk-obs-android'), 'huawei-obs'],
    [maven('cn.com.analysys:analysys-arkanalysys'), 'analysys'],
    [maven('com.pgyer:sdk'), 'pgyer'],
    [maven('com.sobot.chat:sobotsdk_x'), 'sobot'],
    [maven('com.getui:gysdk'), 'getui-onelogin'],
    [maven('com.getui:gtsdk'), 'getui'],
    [maven('com.umeng.umsdk:link'), 'umeng-link'],
    [maven('com.umeng.umsdk:common'), 'umeng-analytics'],
    [maven('com.huawei.agconnect:agconnect-crash'), 'huawei-agc-crash'],
    [maven('com.huawei.agconnect:agconnect-core'), 'huawei-hms-core'],
    [maven('com.netease.nimlib:ysf'), 'netease-qiyu'],
    [maven('com.netease.nimlib:ysfkit'), 'netease-qiyu'],
    [maven('com.netease.nimlib:basesdk'), 'netease-yunxin-im'],
    [maven('cn.rongcloud.sdk.push:xiaomi'), 'rongcloud'],
    [maven('com.faceunity:nama'), 'faceunity-nama'],
    [maven('cn.leancloud:storage-android'), 'leancloud'],
    [pod('evernote-cloud-sdk-ios'), 'evernote-sdk'],
    [{ ecosystem: 'npm', name: 'leancloud-storage' }, 'leancloud'],
    [{ ecosystem: 'npm', name: 'react-native-code-push' }, 'microsoft-codepush'],
    [{ ecosystem: 'npm', name: 'react-native-wechat' }, 'wechat-opensdk'],
    [pod('CodePush'), 'microsoft-codepush'],
  ], (q) => matchComponent(catalog, q));

  table<string>('vendored file', [
    ['app/libs/nb_trade-4.1.0.9.aar', 'alibaba-baichuan-trade'],
    ['app/libs/AlibcTradeBiz-4.1.0.9.aar', 'alibaba-baichuan-trade'],
    ['app/libs/alibabauth_core-2.2.1-sg.jar', 'taobao-account-login'],
    ['app/src/main/jniLibs/arm64-v8a/libbdtts.so', 'baidu-tts'],
    ['app/src/main/jniLibs/arm64-v8a/libbd_etts.so', 'baidu-tts'],
    ['app/src/main/jniLibs/armeabi-v7a/libapp_BaiduNaviApplib.so', 'baidu-navi'],
    ['app/libs/CTAccountSdk_HY_v3.7.6_all.aar', 'ctcc-quicklogin'],
    ['app/libs/unicom_login_android_v5.1.0.aar', 'cucc-quicklogin'],
    ['lib/arm64-v8a/libanychatcore.so', 'anychat'],
    ['lib/arm64-v8a/libkwscmm.so', 'kiwisec'],
    ['lib/arm64-v8a/libx3g.so', 'dingxiang-risk'],
    ['lib/arm64-v8a/libegis.so', 'payegis'],
    ['lib/arm64-v8a/libSipCryptor.so', 'cfca-secure-keyboard'],
    ['lib/arm64-v8a/libsophix.so', 'aliyun-sophix'],
    ['app/libs/udesk_sdk_3.2.1.jar', 'udesk'],
    ['app/libs/oaid_sdk_1.0.25.aar', 'msa-oaid'],
    ['app/libs/redpacket-alipay-1.1.2.aar', 'yunzhanghu-redpacket'],
    ['jrmfRpWalletlib/libs/JrmfRpWallet-2.2.0.jar', 'jrmf-redpacket'],
    ['faceunity/libs/nama.jar', 'faceunity-nama'],
    ['faceunity/libs/arm64-v8a/libnama.so', 'faceunity-nama'],
  ], (f) => matchVendoredFile(catalog, f));

  table<string>('class', [
    ['com.alibaba.baichuan.android.trade.AlibcTradeSDK', 'alibaba-baichuan-trade'],
    ['mtopsdk.mtop.domain.IMTOPDataObject', 'alibaba-baichuan-trade'],
    ['com.alibaba.mtl.appmonitor.AppMonitor', 'alibaba-app-monitor'],
    ['com.alibaba.idst.nui.NativeNui', 'aliyun-nls'],
    ['com.baidu.navisdk.adapter.BaiduNaviManagerFactory', 'baidu-navi'],
    ['cn.smssdk.SMSSDK', 'mob-smssdk'],
    ['com.microsoft.codepush.react.CodePush', 'microsoft-codepush'],
    ['com.cfca.mobile.sipedit.SipEditText', 'cfca-secure-keyboard'],
    ['cfca.mobile.sip.SipBox', 'cfca-secure-keyboard'],
    ['com.cfca.mobile.hke.sipedit.SipEditText', 'cfca-certificate'],
    ['cn.org.bjca.signet.component.core.activity.SignetCoreApi', 'bjca-certificate'],
    ['com.koal.security.Sdk', 'koal-certificate'],
    ['com.bairuitech.anychat.AnyChatCoreSDK', 'anychat'],
    ['com.alipay.mobile.nebula.util.H5Utils', 'mpaas-nebula'],
    ['com.alipay.mobile.framework.LauncherApplicationAgent', 'mpaas-core'],
    // The Alipay payment SDK ships these two mPaaS-looking packages itself.
    ['com.alipay.mobile.framework.service.annotation.OperationType', 'alipay'],
    ['com.alipay.android.phone.mrpc.core.RpcFactory', 'alipay'],
    ['com.tencent.tinker.loader.app.TinkerApplication', 'tencent-tinker'],
    ['com.taobao.sophix.SophixManager', 'aliyun-sophix'],
    ['com.meituan.robust.PatchExecutor', 'meituan-robust'],
    ['com.bun.miitmdid.core.MdidSdk', 'msa-oaid'],
    ['cn.com.chinatelecom.account.api.CtAuth', 'ctcc-quicklogin'],
    ['com.unicom.online.account.kernel.UniAccountHelper', 'cucc-quicklogin'],
    ['com.dx.mobile.risk.DXRisk', 'dingxiang-risk'],
    ['com.Kiwisec.KiwiSecApplication', 'kiwisec'],
    ['com.payegis.ProxyApplication', 'payegis'],
    ['com.tencent.captchasdk.TCaptchaDialog', 'tencent-captcha'],
    ['com.sobot.chat.activity.SobotChatActivity', 'sobot'],
    ['cn.udesk.activity.UdeskChatActivity', 'udesk'],
    ['com.netease.nis.quicklogin.QuickLogin', 'netease-quicklogin'],
    ['com.netease.nis.captcha.Captcha', 'netease-yidun'],
    ['com.tencent.lbssearch.TencentSearch', 'tencent-map-search'],
    ['com.yunzhanghu.redpacketsdk.RedPacket', 'yunzhanghu-redpacket'],
    ['com.yunzhanghu.redpacketui.ui.activity.RPRedPacketActivity', 'yunzhanghu-redpacket'],
    ['com.jrmf360.normallib.rp.JrmfRpClient', 'jrmf-redpacket'],
    ['com.faceunity.wrapper.faceunity', 'faceunity-nama'],
    ['cn.leancloud.LeanCloud', 'leancloud'],
    ['com.avos.avoscloud.AVOSCloud', 'leancloud'],
    ['com.qiyukf.unicorn.api.Unicorn', 'netease-qiyu'],
  ], (c) => matchClassName(catalog, c));
});

describe('hot-update SDKs carry the hot-update category rules read', () => {
  it.each(['tencent-tinker', 'aliyun-sophix', 'meituan-robust', 'alibaba-andfix', 'microsoft-codepush', 'react-native-pushy', 'expo-updates', 'shorebird-code-push', 'jspatch', 'qihoo-replugin', 'didi-virtualapk', 'mpaas-nebula'])('%s', (id) => {
    expect(catalog.byId.get(id)?.categories).toContain('hot-update');
  });
});
