import { describe, expect, it } from 'vitest';
import { detectFixture, find } from './helpers.js';

describe('sdks: CocoaPods, SwiftPM, Carthage, vendored frameworks', () => {
  const { facts, diagnostics } = detectFixture('ios');
  const c = facts.components;

  it('pairs Podfile declarations with Podfile.lock versions', () => {
    expect(diagnostics).toEqual([]);
    expect(find(c, 'pkg:cocoapods/AFNetworking')).toMatchObject({ version: '4.0.1', versionSpec: '~> 4.0', direct: true, dynamicVersion: false,
      location: { file: 'Podfile', line: 7 }, locations: [{ file: 'Podfile', line: 7 }, { file: 'Podfile.lock', line: 2 }] });
    expect(find(c, 'pkg:cocoapods/JPush')).toMatchObject({ version: '5.4.0', dynamicVersion: false });
  });

  it('treats subspecs, test targets, debug-only pods and transitive pods', () => {
    expect(find(c, 'pkg:cocoapods/Firebase@10.29.0#Analytics')).toMatchObject({ name: 'Firebase/Analytics', direct: true });
    expect(find(c, 'pkg:cocoapods/Firebase@10.29.0#Core').direct).toBe(false);
    expect(find(c, 'pkg:cocoapods/FirebaseAnalytics').direct).toBe(false);
    expect(find(c, 'pkg:cocoapods/OCMock').scope).toBe('test');
    expect(find(c, 'pkg:cocoapods/Bugly').scope).toBe('debug');
  });

  it('takes a git branch pin as pinned when Podfile.lock records the checked-out commit', () => {
    expect(find(c, 'pkg:cocoapods/SecureKeyboard')).toMatchObject({ dynamicVersion: false, versionSpec: 'branch develop',
      source: 'https://git.example.com/ios/SecureKeyboard.git' });
  });

  it('reads Package.resolved v3 under the xcodeproj and XCRemoteSwiftPackageReference', () => {
    expect(find(c, 'pkg:swift/github.com/Alamofire/Alamofire')).toMatchObject({ version: '5.10.2', direct: true, dynamicVersion: false,
      location: { file: 'DemoBank.xcodeproj/project.pbxproj', line: 11 } });
    expect(find(c, 'pkg:swift/github.com/Bearologics/LightChart')).toMatchObject({ direct: true, dynamicVersion: false, versionSpec: 'branch master',
      version: '2e8b1b2d0a6f1c8c7f8e6d5c4b3a29180f7e6d5c' });
    expect(find(c, 'pkg:swift/github.com/apple/swift-collections')).toMatchObject({ direct: false, version: '1.1.4' });
  });

  it('reads Cartfile + Cartfile.resolved', () => {
    expect(find(c, 'pkg:github/ReactiveX/RxSwift')).toMatchObject({ ecosystem: 'carthage', version: '6.8.0', versionSpec: '~> 6.5', direct: true });
    expect(find(c, 'pkg:generic/TencentOpenAPI')).toMatchObject({ version: '3.5.14', direct: true });
  });

  it('detects .framework / .xcframework bundles and static libraries from paths', () => {
    expect(facts.vendoredBinaries.map((b) => `${b.kind}:${b.file}`)).toEqual([
      'framework:Vendor/AlipaySDK.framework', 'a:Vendor/UnionPay/libUPPayPlugin.a', 'xcframework:Vendor/WechatOpenSDK.xcframework',
    ]);
    expect(facts.repositories.map((r) => [r.url, r.kind])).toEqual([
      ['https://cdn.cocoapods.org/', 'cocoapods-spec'], ['https://github.com/aliyun/aliyun-specs.git', 'cocoapods-spec'],
    ]);
  });
});

describe('sdks: Package.swift + Package.resolved v1', () => {
  const { facts } = detectFixture('swiftpm');
  const c = facts.components;
  it('reads requirements and pins', () => {
    expect(find(c, 'pkg:swift/github.com/SnapKit/SnapKit')).toMatchObject({ version: '5.7.1', versionSpec: 'from: "5.7.0"', dynamicVersion: false });
    expect(find(c, 'pkg:swift/github.com/onevcat/Kingfisher')).toMatchObject({ version: '7.12.0', dynamicVersion: false });
    expect(find(c, 'pkg:swift/github.com/realm/realm-swift')).toMatchObject({ version: 'unresolved', dynamicVersion: true,
      versionSpec: '.upToNextMajor(from: "10.50.0")' });
    expect(find(c, 'pkg:swift/github.com/example/Nightly').dynamicVersion).toBe(true);
    expect(c).toHaveLength(4); // .package(path:) is local, not a component
  });
});
