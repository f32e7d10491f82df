import { describe, expect, it } from 'vitest';
import { catalogFromSources } from '../../../src/catalog/index.js';
import { MemoryRepo } from '../../../src/repo/files.js';
import { detectSdks } from '../../../src/detectors/sdks/index.js';
import { binarySdkId, readBinarySignatures } from '../../../src/detectors/sdks/binary-signatures.js';
import { findVendoredBinaries } from '../../../src/detectors/sdks/vendored-binaries.js';
import { jniClassName, elfDynamicNames } from '../../../src/detectors/sdks/binary/elf.js';
import { objcClassNames } from '../../../src/detectors/sdks/binary/macho.js';
import { zipEntries } from '../../../src/detectors/sdks/binary/zip.js';
import type { ByteSource } from '../../../src/detectors/sdks/binary/source.js';
import type { SdkContext } from '../../../src/detectors/sdks/util.js';
import { aar, arArchive, elfSharedObject, fat, jar, machO, zip } from '../../helpers/binaries.js';

const detect = (files: Record<string, string | Uint8Array>) => detectSdks({ repo: new MemoryRepo(files), appDir: '' });
const umeng = ['com.umeng.analytics.MobclickAgent', 'com.umeng.analytics.pro.a', 'com.umeng.commonsdk.UMConfigure', 'com.umeng.commonsdk.stateless.b'];

describe('binary signatures: classes inside vendored jars and aars', () => {
  it('names a renamed aar by the classes of its deflated classes.jar', () => {
    const { facts, diagnostics } = detect({ 'app/libs/stats-release.aar': aar(umeng) });
    expect(diagnostics).toEqual([]);
    expect(facts.vendoredBinaries[0]).toMatchObject({ namesRead: 4, signatures: [{ sdk: 'umeng-analytics', names: 4, pattern: 'com.umeng.analytics.' }] });
    expect(facts.components[0]).toMatchObject({ ecosystem: 'file', name: 'stats-release', sdk: { id: 'umeng-analytics' } });
  });

  it('reads a stored classes.jar where it lies, and a plain jar', () => {
    const { facts } = detect({ 'a/libs/x.aar': aar(umeng, 0), 'b/libs/y.jar': jar(['com.baidu.location.LocationClient', 'com.baidu.location.BDLocation']) });
    expect(facts.components.map((c) => `${c.name}:${c.sdk?.id}`)).toEqual(['x:umeng-analytics', 'y:baidu-location']);
  });

  it('does not take a vendor jar for the SDK it borrows a few classes from, nor for the open-source library it shades', () => {
    const own = Array.from({ length: 40 }, (_, i) => `com.example.pay.C${i}`);
    const shaded = Array.from({ length: 20 }, (_, i) => `okhttp3.internal.C${i}`);
    const { facts } = detect({ 'app/libs/pay.jar': jar([...own, 'com.tencent.mm.opensdk.openapi.WXAPIFactory', ...shaded]) });
    expect(facts.vendoredBinaries[0]!.namesRead).toBe(61);
    expect(facts.components[0]!.sdk).toBeNull();
    expect(facts.components[0]!.sdk?.bundles).toBeUndefined();
  });

  it('lists the other vendor SDKs a binary bundles (8 classes or more)', () => {
    const wechat = Array.from({ length: 8 }, (_, i) => `com.tencent.mm.opensdk.W${i}`);
    const { facts } = detect({ 'app/libs/social.jar': jar([...umeng, ...umeng.map((c) => `${c}2`), ...wechat]) });
    expect(facts.components[0]).toMatchObject({ sdk: { id: 'umeng-analytics', bundles: [{ id: 'wechat-opensdk' }] } });
  });

  it('lets the contents decide when the file name fits another SDK', () => {
    // `liblocSDK*.so` is Baidu Location's file pattern; this jar is all Umeng.
    const { facts } = detect({ 'app/libs/BaiduLBS_Android_Location_9.jar': jar(umeng) });
    expect(facts.components[0]!.sdk?.id).toBe('umeng-analytics');
  });

  it('keeps the file name when the contents say nothing', () => {
    const { facts } = detect({ 'app/libs/BaiduLBS_Android_Location_9.jar': jar(['a.b.C']) });
    expect(facts.components[0]!.sdk?.id).toBe('baidu-location');
  });

  it('turns a damaged, truncated or Git LFS placeholder binary into a located note, and goes on', () => {
    const good = jar(umeng);
    const { facts, diagnostics } = detect({
      'app/libs/a-cut.jar': good.subarray(0, good.length - 30),
      'app/libs/b-text.aar': 'not a zip',
      'app/libs/c-lfs.jar': 'version https://git-lfs.github.com/spec/v1\noid sha256:00\nsize 12\n',
      'app/libs/d-ok.jar': good,
    });
    expect(diagnostics.map((d) => [d.code, d.severity, d.location.file])).toEqual([
      ['sdks/binary-unreadable', 'note', 'app/libs/a-cut.jar'],
      ['sdks/binary-unreadable', 'note', 'app/libs/b-text.aar'],
      ['sdks/binary-unreadable', 'note', 'app/libs/c-lfs.jar'],
    ]);
    expect(diagnostics[2]!.message.en).toContain('Git LFS pointer');
    expect(diagnostics[0]!.message['zh-CN']).toContain('仅按文件名识别');
    expect(facts.components.find((c) => c.name === 'd-ok')?.sdk?.id).toBe('umeng-analytics');
  });

  it('reads a 200 MB jar by its central directory only (a few hundred kilobytes)', () => {
    const small = jar(umeng, 0);
    const size = 200 * 1024 * 1024;
    const dirStart = small.length - 22 - (small.length - 22 - new DataView(small.buffer, small.byteOffset).getUint32(small.length - 6, true));
    const tail = small.subarray(dirStart);
    let read = 0;
    // The entries' data are 200 MB of zeros before a central directory shifted to the end.
    const shift = size - small.length;
    const fixed = Buffer.from(tail);
    const end = fixed.length - 22;
    fixed.writeUInt32LE(fixed.readUInt32LE(end + 16) + shift, end + 16);
    for (let p = 0; p < end;) {
      fixed.writeUInt32LE(fixed.readUInt32LE(p + 42) + shift, p + 42);
      p += 46 + fixed.readUInt16LE(p + 28) + fixed.readUInt16LE(p + 30) + fixed.readUInt16LE(p + 32);
    }
    const src: ByteSource = {
      size: shift + small.length,
      read(offset, length) {
        read += length;
        const out = Buffer.alloc(Math.min(length, this.size - offset));
        const from = this.size - fixed.length;
        for (let i = 0; i < out.length; i++) if (offset + i >= from) out[i] = fixed[offset + i - from]!;
        return out;
      },
    };
    expect(zipEntries(src).filter((e) => e.name.endsWith('.class'))).toHaveLength(4);
    expect(read).toBeLessThan(100 * 1024);
  });

  it('refuses a classes.jar that would inflate past the budget, with a note', () => {
    const huge = zip([{ name: 'classes.jar', data: new Uint8Array(40 * 1024 * 1024) }]);
    const { diagnostics } = detect({ 'app/libs/big.aar': huge });
    expect(diagnostics.map((d) => d.code)).toEqual(['sdks/binary-unreadable']);
    expect(diagnostics[0]!.message.en).toMatch(/classes\.jar inflates to 40 MiB, over the 32 MiB budget/);
  });
});

describe('native libraries', () => {
  it('folds the ABI copies of a .so into one native component, named by its JNI exports', () => {
    const so = elfSharedObject(['__cxa_finalize', 'Java_com_baidu_location_LocationClient_init', 'Java_com_baidu_location_a_1b_c__Ljava_lang_String_2', 'JNI_OnLoad']);
    const { facts, diagnostics } = detect({
      'app/src/main/jniLibs/arm64-v8a/libgeo.so': so,
      'app/src/main/jniLibs/armeabi-v7a/libgeo.so': so,
      'app/src/main/jniLibs/x86/libgeo.so': so,
    });
    expect(diagnostics).toEqual([]);
    expect(facts.vendoredBinaries).toEqual([expect.objectContaining({
      file: 'app/src/main/jniLibs/arm64-v8a/libgeo.so', kind: 'so', name: 'geo', abis: ['arm64-v8a', 'armeabi-v7a', 'x86'],
      copies: ['app/src/main/jniLibs/armeabi-v7a/libgeo.so', 'app/src/main/jniLibs/x86/libgeo.so'], namesRead: 2,
    })]);
    expect(facts.components).toEqual([expect.objectContaining({
      purl: 'pkg:generic/geo', ecosystem: 'native', abis: ['arm64-v8a', 'armeabi-v7a', 'x86'], sdk: expect.objectContaining({ id: 'baidu-location' }),
      locations: [{ file: 'app/src/main/jniLibs/arm64-v8a/libgeo.so' }, { file: 'app/src/main/jniLibs/armeabi-v7a/libgeo.so' }, { file: 'app/src/main/jniLibs/x86/libgeo.so' }],
    })]);
  });

  it('names a native library by the catalogue file pattern, and keeps libraries of two folders apart', () => {
    const { facts } = detect({ 'a/libs/arm64-v8a/liblocSDK8b.so': elfSharedObject([]), 'b/libs/arm64-v8a/liblocSDK8b.so': elfSharedObject([]) });
    expect(facts.components.map((c) => [c.ecosystem, c.name, c.sdk?.id, c.locations.length])).toEqual([['native', 'locSDK8b', 'baidu-location', 2]]);
    expect(facts.vendoredBinaries.map((b) => b.file)).toEqual(['a/libs/arm64-v8a/liblocSDK8b.so', 'b/libs/arm64-v8a/liblocSDK8b.so']);
  });

  it('notes a .so that is not ELF', () => {
    const { diagnostics } = detect({ 'app/libs/arm64-v8a/libx.so': 'text' });
    expect(diagnostics.map((d) => [d.code, d.location.file])).toEqual([['sdks/binary-unreadable', 'app/libs/arm64-v8a/libx.so']]);
  });

  it('decodes JNI names (escapes, overload signatures) and reads no section-less ELF', () => {
    expect(jniClassName('Java_com_tencent_map_1sdk_Native_run__I')).toBe('com.tencent.map_sdk.Native');
    expect(jniClassName('Java_Foo_bar')).toBe('Foo');
    expect(jniClassName('Java_bar')).toBeNull();
    expect(jniClassName('JNI_OnLoad')).toBeNull();
    const bare = Buffer.alloc(64);
    bare.writeUInt32BE(0x7f454c46, 0);
    bare[4] = 2;
    bare[5] = 1;
    expect(elfDynamicNames({ size: 64, read: (o, n) => bare.subarray(o, o + n) }, 1024)).toEqual([]);
  });
});

describe('iOS binaries: symbol tables and headers', () => {
  const catalog = catalogFromSources([{ file: 'policies/catalog/test.yaml', text: [
    'sdks:',
    '  - { id: umeng-share, name: U-Share, vendor: { en: Umeng }, categories: [share], personalInfo: [], tracker: false, applePrivacyManifestRequired: false, iosClassPrefixes: [UMSocial, UMShare], sources: [test] }',
    '  - { id: wechat, name: WeChat, vendor: { en: Tencent }, categories: [login-social], personalInfo: [], tracker: false, applePrivacyManifestRequired: false, iosClassPrefixes: [WXApi, WechatAuth], vendoredFiles: [WechatOpenSDK.xcframework], sources: [test] }',
  ].join('\n') }]);
  const run = (files: Record<string, string | Uint8Array>) => {
    const repo = new MemoryRepo(files);
    const ctx: SdkContext = { repo, files: repo.paths, sightings: [], repositories: [], binaries: [], unresolved: [], diagnostics: [], binaryRefs: [] };
    const binaries = findVendoredBinaries(ctx);
    readBinarySignatures(ctx, binaries, catalog);
    return { binaries, diagnostics: ctx.diagnostics, sdk: (i: number) => binarySdkId(binaries[i]!, catalog) };
  };

  it('reads the defined Objective-C classes of a Mach-O, not the ones it only uses', () => {
    const src = machO(['UMSocialManager', 'UMShareMenu', 'MyHelper'], ['WXApi', 'NSObject']);
    expect(objcClassNames({ size: src.length, read: (o, n) => src.subarray(o, o + n) }, 1 << 20)).toEqual(['UMSocialManager', 'UMShareMenu', 'MyHelper']);
  });

  it('names a renamed framework by its binary (arm64 slice of a universal file) and header names', () => {
    const r = run({
      'ios/Vendor/Share.framework/Share': fat([machO(['Unrelated']), machO(['UMSocialManager', 'UMShareMenu'])]),
      'ios/Vendor/Share.framework/Headers/UMSocialCore.h': '',
      'ios/Vendor/Share.framework/Headers/Share.h': '',
    });
    expect(r.diagnostics).toEqual([]);
    expect(r.binaries[0]).toMatchObject({ kind: 'framework', namesRead: 4, signatures: [{ sdk: 'umeng-share', names: 3 }] });
    expect(r.sdk(0)).toBe('umeng-share');
  });

  it('reads the symbol index of a static library and the module map of an xcframework', () => {
    const r = run({
      'ios/libs/libShareKit.a': arArchive(['_OBJC_CLASS_$_UMSocialManager', '_OBJC_METACLASS_$_UMSocialManager', '_umeng_init']),
      'ios/Vendor/Renamed.xcframework/ios-arm64/Renamed.framework/Modules/module.modulemap': 'framework module WechatOpenSDK {\n  umbrella header "WechatOpenSDK.h"\n}\n',
      'ios/Vendor/Renamed.xcframework/ios-arm64/Renamed.framework/Renamed': machO([]),
    });
    expect(r.diagnostics).toEqual([]);
    expect(r.binaries.map((b) => [b.kind, b.signatures?.[0]?.sdk])).toEqual([['xcframework', 'wechat'], ['a', 'umeng-share']]);
  });

  it('notes a framework binary that is not Mach-O', () => {
    const r = run({ 'ios/X.framework/X': 'fake-binary' });
    expect(r.diagnostics.map((d) => [d.code, d.location.file])).toEqual([['sdks/binary-unreadable', 'ios/X.framework']]);
  });
});

describe('native libraries in the inventory views', () => {
  it('JSON, text and CycloneDX carry the ecosystem, the ABIs and the bundled SDKs', async () => {
    const { buildInventory, inventoryToText, toCycloneDx } = await import('../../../src/inventory/index.js');
    const so = elfSharedObject(['Java_com_baidu_location_LocationClient_init']);
    const wechat = Array.from({ length: 8 }, (_, i) => `com.tencent.mm.opensdk.W${i}`);
    const { facts } = detect({ 'app/libs/arm64-v8a/libgeo.so': so, 'app/libs/x86/libgeo.so': so, 'app/libs/social.jar': jar([...umeng, ...umeng.map((c) => `${c}2`), ...wechat]) });
    const inv = buildInventory(facts, (c) => (c as typeof facts.components[number]).sdk ?? null);
    expect(inv.components.map((c) => [c.purl, c.ecosystem, c.abis, c.sdk?.id, c.sdk?.bundles?.map((b) => b.id)])).toEqual([
      ['pkg:generic/geo', 'native', ['arm64-v8a', 'x86'], 'baidu-location', undefined],
      ['pkg:generic/social', 'file', undefined, 'umeng-analytics', ['wechat-opensdk']],
    ]);
    const text = inventoryToText(inv);
    expect(text).toContain('native     geo (arm64-v8a, x86)');
    expect(text).toMatch(/Umeng[^\n]*\+ WeChat/);
    const bom = JSON.parse(toCycloneDx(inv, { appName: 'app' })) as { components: { purl: string; properties: { name: string; value: string }[] }[] };
    const geo = bom.components.find((c) => c.purl === 'pkg:generic/geo')!;
    expect(geo.properties.filter((p) => p.name === 'mobile-policy:abi').map((p) => p.value)).toEqual(['arm64-v8a', 'x86']);
    expect(bom.components.find((c) => c.purl === 'pkg:generic/social')!.properties).toContainEqual({ name: 'mobile-policy:sdk:bundled', value: 'wechat-opensdk' });
  });
});

describe('bundled SDKs', () => {
  it('counts a vendor SDK with eight classes or more as bundled, not one with fewer even in a small binary', () => {
    const own = Array.from({ length: 200 }, (_, i) => `com.umeng.analytics.C${i}`);
    const location = Array.from({ length: 8 }, (_, i) => `com.baidu.location.L${i}`);
    const wechat = Array.from({ length: 7 }, (_, i) => `com.tencent.mm.opensdk.W${i}`);
    const { facts } = detect({ 'app/libs/all-in-one.jar': jar([...own, ...location, ...wechat]) });
    expect(facts.components[0]).toMatchObject({ sdk: { id: 'umeng-analytics', bundles: [{ id: 'baidu-location' }] } });
    // 3 Weibo-style glue classes in a 10-class jar: a third of it, still not the SDK.
    const small = detect({ 'app/libs/share-weibo.jar': jar([...umeng, ...umeng.map((c) => `${c}X`).slice(0, 3), ...wechat.slice(0, 3)]) });
    expect(small.facts.components[0]!.sdk?.bundles).toBeUndefined();
  });

  it('names an all-in-one jar after its file name when its classes confirm it, without its vendor base as a bundle', () => {
    // AMap's 2D map jar: mostly the obfuscated core under the vendor's base prefix `com.amap.api.`.
    const classes = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}C${i}`);
    const amap = jar([...classes('com.amap.api.col.', 400), ...classes('com.amap.api.maps2d.', 80),
      ...classes('com.amap.api.services.', 190), ...classes('com.amap.api.location.', 16)]);
    const named = detect({ 'demo/libs/AMap2DMap_3.0.0_AMapSearch_3.6.1_AMapLocation_3.2.1.jar': amap });
    expect(named.facts.components[0]!.sdk?.id).toBe('amap-maps');
    expect(named.facts.components[0]!.sdk?.bundles?.map((b) => b.id)).toEqual(['amap-search', 'amap-location']);
    // Renamed, the same jar is the vendor's by its majority, with the products it holds.
    const renamed = detect({ 'demo/libs/lbs.jar': amap });
    expect(renamed.facts.components[0]!.sdk?.id).toBe('amap-foundation');
    expect(renamed.facts.components[0]!.sdk?.bundles?.map((b) => b.id)).toEqual(['amap-search', 'amap-maps', 'amap-location']);
    // A file name whose SDK the classes do not confirm still gives way to the contents.
    expect(detect({ 'demo/libs/AMap2DMap_1.jar': jar(umeng) }).facts.components[0]!.sdk?.id).toBe('umeng-analytics');
  });
});

describe('zip directory', () => {
  it('reads a ZIP64 end record (over 65,535 entries or 4 GiB)', () => {
    const plain = Buffer.from(jar(umeng, 0));
    const end = plain.length - 22;
    const count = plain.readUInt16LE(end + 10);
    const dirSize = plain.readUInt32LE(end + 12);
    const dirOffset = plain.readUInt32LE(end + 16);
    const rec = Buffer.alloc(56);
    rec.writeUInt32LE(0x06064b50, 0);
    rec.writeBigUInt64LE(44n, 4);
    rec.writeBigUInt64LE(BigInt(count), 24);
    rec.writeBigUInt64LE(BigInt(count), 32);
    rec.writeBigUInt64LE(BigInt(dirSize), 40);
    rec.writeBigUInt64LE(BigInt(dirOffset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(end), 8);
    const eocd = Buffer.from(plain.subarray(end));
    eocd.writeUInt16LE(0xffff, 8);
    eocd.writeUInt16LE(0xffff, 10);
    eocd.writeUInt32LE(0xffffffff, 12);
    eocd.writeUInt32LE(0xffffffff, 16);
    const z64 = Buffer.concat([plain.subarray(0, end), rec, locator, eocd]);
    expect(zipEntries({ size: z64.length, read: (o, n) => z64.subarray(o, o + n) }).map((e) => e.name)).toEqual(['META-INF/MANIFEST.MF', ...umeng.map((c) => `${c.replace(/\./g, '/')}.class`)]);
    const broken = Buffer.concat([plain.subarray(0, end), eocd]);
    expect(() => zipEntries({ size: broken.length, read: (o, n) => broken.subarray(o, o + n) })).toThrow(/ZIP64 end record is announced but missing/);
  });
});
