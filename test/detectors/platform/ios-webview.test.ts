// WKWebView inspection (iOS 16.4+ `isInspectable`) switched on in release code: the iOS
// counterpart of Android's setWebContentsDebuggingEnabled(true), reported by nfra/webview-debugging.
import { describe, expect, it } from 'vitest';
import { MemoryRepo } from '../../../src/repo/files.js';
import { detectIos } from '../../../src/detectors/ios/index.js';
import { evaluate, loadPack, testManifest } from '../../../src/engine/index.js';

const where = (files: Record<string, string>) => detectIos({ repo: new MemoryRepo(files), appDir: '' }).facts.webview
  .map((w) => `${w.location.file}:${w.location.line}:${w.location.column}${w.inTest ? ' test' : ''}`);

describe('iOS WebView inspection', () => {
  it('finds Swift and Objective-C spellings, with line and column', () => {
    expect(where({
      'App/Browser.swift': [
        'let webView = WKWebView(frame: .zero)',
        'if #available(iOS 16.4, *) {',
        '    webView.isInspectable = true',
        '}',
      ].join('\n'),
      'App/Legacy.m': [
        'WKWebView *web = [[WKWebView alloc] init];',
        'web.inspectable = YES;',
        '[web setInspectable:YES];',
      ].join('\n'),
      'App/Bridge.mm': '  [self.webView setInspectable: YES];\n',
    }).sort()).toEqual(['App/Bridge.mm:1:17', 'App/Browser.swift:3:13', 'App/Legacy.m:2:5', 'App/Legacy.m:3:6']);
  });

  it('leaves out #if DEBUG blocks, runtime debug checks, false values, comments and @IBInspectable', () => {
    expect(where({
      'App/Web.swift': [
        '@IBInspectable var cornerRadius: CGFloat = 0',
        '#if DEBUG',
        'webView.isInspectable = true',           // 3: debug only
        '#else',
        'webView.isInspectable = false',
        '#endif',
        '#if !DEBUG',
        '#else',
        '    webView.isInspectable = true',       // 9: the else of !DEBUG is debug only
        '#endif',
        'if Environment.current == .debug {',
        '    webView.isInspectable = true',       // 12: runtime debug check
        '}',
        'if !isDebug { webView.isInspectable = true }', // 14: release only: reported
        '// webView.isInspectable = true',
        '/* webView.isInspectable = true */',
        'webView.isInspectable = isDebugBuild',
        '#if DEBUG',
        '#elseif STAGING',
        'webView.isInspectable = true',           // 20: staging is not debug: reported
        '#endif',
      ].join('\n'),
      'App/Old.m': [
        '#ifdef DEBUG',
        '  if (@available(iOS 16.4, *)) { self.webView.inspectable = YES; }',
        '#endif',
        '#ifndef DEBUG',
        '  [self.webView setInspectable:YES];', // 5: release only: reported
        '#endif',
      ].join('\n'),
    }).sort()).toEqual(['App/Old.m:5:17', 'App/Web.swift:14:23', 'App/Web.swift:20:9']);
  });

  it('marks test code', () => {
    expect(where({ 'AppTests/WebTests.swift': 'webView.isInspectable = true\n' })).toEqual(['AppTests/WebTests.swift:1:9 test']);
  });

  it('is reported by nfra/webview-debugging in both languages', () => {
    const facts = detectIos({ repo: new MemoryRepo({ 'App/Web.swift': 'webView.isInspectable = true\n' }), appDir: '' }).facts;
    const findings = evaluate([loadPack('nfra-2024-99')], {
      manifest: testManifest('mobile-app.yaml', 'apiVersion: mobile-policy/v1\n'), facts: { ios: facts }, now: new Date('2026-06-30T00:00:00Z'), stage: 'pr',
    }).filter((f) => f.ruleId === 'nfra/webview-debugging');
    expect(findings.map((f) => `${f.location?.file}:${f.location?.line} ${f.message.en} | ${f.message['zh-CN']}`)).toEqual([
      'App/Web.swift:1 WKWebView.isInspectable = true outside #if DEBUG: anyone with USB access can inspect the app\'s web pages.'
        + ' | 在 `#if DEBUG` 代码块之外设置了 `WKWebView.isInspectable = true`：任何能通过 USB 连接设备的人都可以调试应用的网页。',
    ]);
  });
});
