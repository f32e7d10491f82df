// Umbrella packages: a component that embeds other SDKs maps to its own SDK first, then to each
// SDK it pulls in (catalogue `bundles:`), and only through patterns of the SDK it belongs to.
import { describe, expect, it } from 'vitest';
import { catalogFromSources, explainBundled, loadCatalog, matchComponentSdks, type ComponentQuery } from '../../src/catalog/index.js';
import { ConfigurationError } from '../../src/core/errors.js';
import { sdkOf } from '../../src/detectors/sdks/catalog-ref.js';
import type { Component } from '../../src/detectors/sdks/types.js';
import { buildInventory } from '../../src/inventory/index.js';

const catalog = loadCatalog();
const ids = (q: ComponentQuery) => matchComponentSdks(catalog, q).map((s) => s.id);
const pod = (name: string): ComponentQuery => ({ ecosystem: 'cocoapods', name });

describe('umbrella pods and aggregator adapters', () => {
  it.each([
    [pod('UMShare/Social/WeChat'), ['umeng-share', 'wechat-opensdk']],
    [pod('UMShare/Social/WeChat (6.10.3)'), ['umeng-share', 'wechat-opensdk']],
    [pod('UMShare/Social/QQ'), ['umeng-share', 'qq-connect']],
    [pod('UMCShare/Social/Sina'), ['umeng-share', 'weibo-sdk']],
    [pod('UMShare/Social/ReducedWeChat'), ['umeng-share']],
    [pod('UMShare/UI'), ['umeng-share']],
    [pod('mob_sharesdk/ShareSDKPlatforms/WeChat'), ['mob-sharesdk', 'wechat-opensdk']],
    [pod('mob_sharesdk/ShareSDKPlatforms/QQ'), ['mob-sharesdk', 'qq-connect']],
    [pod('mob_sharesdk/ShareSDKPlatforms/QQ_Lite'), ['mob-sharesdk']],
    [pod('mob_sharesdk/ShareSDKPlatforms/Facebook'), ['mob-sharesdk', 'facebook-core', 'facebook-login', 'facebook-share']],
    [{ ecosystem: 'maven', group: 'cn.jiguang.sdk.plugin', name: 'xiaomi' }, ['jpush', 'xiaomi-push']],
    [{ ecosystem: 'maven', group: 'cn.jiguang.sdk.plugin', name: 'huawei' }, ['jpush']],
    [{ ecosystem: 'maven', name: 'com.aliyun.ams:alicloud-android-third-push' }, ['aliyun-push', 'xiaomi-push']],
    [{ ecosystem: 'maven', name: 'com.baidu.lbsyun:BaiduMapSDK_Map-AllNavi' }, ['baidu-navi', 'baidu-maps']],
    [{ ecosystem: 'maven', name: 'x', purl: 'pkg:cocoapods/UMShare@6.10.3#Social/WeChat' }, ['umeng-share', 'wechat-opensdk']],
    [{ ecosystem: 'maven', name: 'com.qcloud.cos:cos-android' }, ['tencent-cos', 'tencent-beacon']],
    [{ ecosystem: 'maven', name: 'com.qcloud.cos:cos-android-nobeacon' }, ['tencent-cos']],
    [pod('UMengUShare/Social/WeChat'), ['umeng-share', 'wechat-opensdk']],
    [pod('UMengUShare/Social/ReducedWeChat'), ['umeng-share']],
    [{ ecosystem: 'maven', name: 'cn.rongcloud.sdk.push:huawei' }, ['rongcloud', 'huawei-push']],
    [{ ecosystem: 'maven', name: 'cn.rongcloud.sdk.push:fcm' }, ['rongcloud', 'firebase-messaging']],
    [{ ecosystem: 'maven', name: 'cn.rongcloud.sdk.push:rong' }, ['rongcloud']],
    [pod('WechatOpenSDK'), ['wechat-opensdk']],
    [pod('SomeInternalPod'), []],
  ] as [ComponentQuery, string[]][])('%j → %j', (q, expected) => {
    expect(ids(q)).toEqual(expected);
  });

  it('says which bundles pattern pulled an SDK in', () => {
    expect(explainBundled(catalog, pod('UMShare/Social/WeChat'))).toEqual([
      expect.objectContaining({ kind: 'cocoapods', pattern: 'UMShare/Social/WeChat', sdk: expect.objectContaining({ id: 'wechat-opensdk' }) }),
    ]);
  });

  it('carries bundled SDKs on the component, for init and the inventory', () => {
    const c = { ecosystem: 'cocoapods', name: 'UMShare/Social/QQ', purl: 'pkg:cocoapods/UMShare@6.10.3#Social/QQ' } as Component;
    const sdk = sdkOf(c, catalog);
    expect(sdk?.id).toBe('umeng-share');
    expect(sdk?.bundles?.map((b) => b.id)).toEqual(['qq-connect']);
    expect(sdkOf({ ecosystem: 'cocoapods', name: 'UMShare/UI', purl: 'pkg:cocoapods/UMShare@6.10.3#UI' } as Component, catalog)?.bundles).toBeUndefined();
  });

  it('lists bundled SDKs in the inventory entry of the component', () => {
    const c = {
      purl: 'pkg:cocoapods/UMShare@6.10.3#Social/WeChat', ecosystem: 'cocoapods', group: undefined, name: 'UMShare/Social/WeChat', version: '6.10.3',
      dynamicVersion: false, direct: true, scope: 'runtime', location: { file: 'Podfile.lock', line: 3 }, locations: [{ file: 'Podfile.lock', line: 3 }],
    } as unknown as Component;
    const inv = buildInventory({ components: [c], repositories: [], vendoredBinaries: [] } as never, (x) => sdkOf(x, catalog));
    expect(inv.components[0]!.sdk).toMatchObject({ id: 'umeng-share', bundles: [{ id: 'wechat-opensdk', vendor: 'Tencent (WeChat)' }] });
  });
});

describe('bundles rules', () => {
  const entry = (id: string, extra: string) => `  - id: ${id}
    name: ${id}
    vendor: { en: V }
    categories: [share]
    personalInfo: []
    tracker: false
    applePrivacyManifestRequired: false
    sources: [test]
${extra}`;

  it('applies only to components of the SDK that declares them', () => {
    const custom = catalogFromSources([{
      file: 'policies/catalog/t.yaml',
      text: `sdks:\n${entry('umbrella', '    cocoapods: [Umbrella]\n    bundles:\n      - { sdks: [inner], cocoapods: ["*/Inner"] }')}\n${entry('inner', '    cocoapods: [Inner, Other/Inner]')}\n`,
    }]);
    expect(matchComponentSdks(custom, pod('Umbrella/Inner')).map((s) => s.id)).toEqual(['umbrella', 'inner']);
    // `Other/Inner` matches the glob but belongs to `inner` itself: nothing is added.
    expect(matchComponentSdks(custom, pod('Other/Inner')).map((s) => s.id)).toEqual(['inner']);
  });

  it('rejects an unknown SDK id with the entry’s location', () => {
    const bad = () => catalogFromSources([{
      file: 'policies/catalog/t.yaml',
      text: `sdks:\n${entry('umbrella', '    cocoapods: [Umbrella]\n    bundles:\n      - { sdks: [nope], cocoapods: [Umbrella/X] }')}\n`,
    }]);
    expect(bad).toThrow(ConfigurationError);
    expect(bad).toThrow(/umbrella: bundles names unknown sdk id nope/);
  });
});
