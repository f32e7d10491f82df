// Recognises SDKs by the names a published list uses: the catalogue's English and Chinese
// names, the same without the vendor's name ("腾讯 Bugly" → "Bugly"), and the manifest's own
// names and ids. The longest name wins where two overlap ("微信支付" over "微信").
import type { Catalog } from '../../catalog/index.js';

export interface SdkName {
  /** Manifest id when declared, else the catalogue id. */
  id: string;
  catalogueId?: string;
  pattern: RegExp;
  text: string;
}

// A vendor-less remainder this generic names no SDK on its own.
const GENERIC = new Set(['push', 'pay', 'map', 'maps', 'share', 'login', 'analytics', 'ocr', 'face', 'sdk', 'kit', 'location', 'crash',
  'apm', 'statistics', 'ads', 'ad', 'im', 'chat', 'sign-in', 'auth', 'id', 'scan', 'browser', 'webview', 'player', 'x5',
  'crash analysis', 'risk control', 'captcha', 'cdp', 'basement', 'toast', 'charts', 'dio', 'rtm',
  '基础组件库', '崩溃分析', '活体检测', '反欺诈', '安全组件',
  'mobile', 'max', 'utilities', 'core', 'base', 'union', 'cloud', 'storage', 'rtc', 'liveness',
  '统计', '推送', '支付', '地图', '分享', '登录', '定位', '广告', '客服', '人脸识别', '浏览服务']);

const LATIN = /[A-Za-z0-9]/;

/** First words of catalogue names that are ordinary words, not brands. */
const NOT_BRANDS = new Set(['china', 'new', 'play', 'protocol', 'visual', 'risk', 'apache', 'meta', 'ocean', 'flutter', 'hermes',
  'segment', 'honor', '360', 'google', 'unity', 'cloud', 'mobile', 'open', 'sensors',
  // Place names that open some vendors' names ("北京 CA"): a list's addresses and company names hold them too.
  '中国', '北京', '上海', '深圳', '杭州', '广州', '南京', '成都', '武汉', '西安', '天津', '苏州', '厦门']);

function longEnough(s: string): boolean {
  const cjk = [...s].filter((c) => /[\u3400-\u9fff]/.test(c)).length;
  return cjk >= 2 || s.replace(/[^A-Za-z0-9]/g, '').length >= 3;
}

function pattern(name: string): RegExp {
  const body = name.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*');
  const before = LATIN.test(name.trim()[0] ?? '') ? '(?<![A-Za-z0-9])' : '';
  // "Bugly SDK" and "BuglySDK" both name Bugly; "Buglyx" does not.
  const after = LATIN.test(name.trim().slice(-1)) ? '(?=SDK|[^A-Za-z0-9]|$)' : '';
  return new RegExp(`${before}${body}${after}`, 'gi');
}

function withoutVendor(name: string, vendor: string | undefined): string | undefined {
  if (!vendor) return undefined;
  const v = vendor.replace(/\s*\(.*\)$/, '').trim();
  if (!v || !name.toLowerCase().startsWith(v.toLowerCase())) return undefined;
  const rest = name.slice(v.length).trim();
  // Only a Latin product name stands alone ("腾讯 Bugly" → "Bugly"); a Chinese remainder is
  // usually a generic word ("认证", "移动推送").
  if (!/^[A-Za-z][A-Za-z0-9+.-]{3,}$/.test(rest) || GENERIC.has(rest.toLowerCase())) return undefined;
  return rest;
}

/** The ways a catalogue name is written in lists: each " / " alternative, without brackets, without a trailing "SDK". */
function variants(name: string | undefined): string[] {
  if (!name) return [];
  const out: string[] = [];
  for (const alt of name.split(/\s+\/\s+/)) {
    const bare = alt.replace(/\s*[（(][^）)]*[）)]/g, '').trim();
    out.push(alt.trim(), bare, bare.replace(/\s*SDK$/i, '').trim());
  }
  return [...new Set(out.filter((x) => x && !/[()（）]/.test(x)))];
}

export interface DeclaredName { id: string; name?: string }

export function sdkNames(catalog: Catalog, declared: readonly DeclaredName[]): SdkName[] {
  const out: SdkName[] = [];
  const seen = new Set<string>();
  const add = (id: string, catalogueId: string | undefined, text: string | undefined): void => {
    if (!text || !longEnough(text) || GENERIC.has(text.toLowerCase())) return;
    const key = `${id}\u0000${text.toLowerCase().replace(/\s+/g, '')}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ id, ...(catalogueId ? { catalogueId } : {}), pattern: pattern(text), text });
  };
  const declaredIdOf = new Map<string, string>();
  for (const d of declared) {
    const entry = catalog.byId.get(d.id);
    if (entry) declaredIdOf.set(entry.id, d.id);
    for (const n of variants(d.name)) add(d.id, entry?.id, n);
    if (/[A-Za-z]/.test(d.id) && d.id.length >= 4) add(d.id, entry?.id, d.id);
  }
  // A brand that opens one SDK's name and no other's ("支付宝 App 支付 SDK" → "支付宝") names it too.
  const brands = new Map<string, Set<string>>();
  // A vendor with several SDKs ("腾讯") is no SDK's brand; English words are no brand either.
  const vendorSdks = new Map<string, number>();
  for (const sdk of catalog.sdks) {
    for (const v of [sdk.vendor.en, sdk.vendor['zh-CN']]) {
      if (!v) continue;
      const key = v.replace(/\s*[（(].*$/, '').trim().toLowerCase();
      vendorSdks.set(key, (vendorSdks.get(key) ?? 0) + 1);
    }
  }
  for (const sdk of catalog.sdks) {
    for (const n of [...variants(sdk.name), ...variants(sdk.nameZh)]) {
      const first = n.split(/\s+/)[0]!;
      if (first === n || !longEnough(first) || GENERIC.has(first.toLowerCase()) || NOT_BRANDS.has(first.toLowerCase()) || (vendorSdks.get(first.toLowerCase()) ?? 0) > 1) continue;
      const key = first.toLowerCase();
      if (!brands.has(key)) brands.set(key, new Set());
      brands.get(key)!.add(sdk.id);
    }
  }
  for (const sdk of catalog.sdks) {
    const id = declaredIdOf.get(sdk.id) ?? sdk.id;
    for (const n of [...variants(sdk.name), ...variants(sdk.nameZh)]) {
      const first = n.split(/\s+/)[0]!;
      if (brands.get(first.toLowerCase())?.size === 1) add(id, sdk.id, first);
    }
    for (const n of [...variants(sdk.name), ...variants(sdk.nameZh)]) {
      add(id, sdk.id, n);
      add(id, sdk.id, withoutVendor(n, sdk.vendor.en));
      add(id, sdk.id, withoutVendor(n, sdk.vendor['zh-CN']));
    }
  }
  return out;
}

export interface NameHit { sdk: SdkName; index: number; length: number }

/** Every SDK named in one line; overlapping names: the longest wins. */
export function namesIn(line: string, names: readonly SdkName[]): NameHit[] {
  const hits: NameHit[] = [];
  for (const sdk of names) {
    sdk.pattern.lastIndex = 0;
    for (const m of line.matchAll(sdk.pattern)) hits.push({ sdk, index: m.index, length: m[0].length });
  }
  hits.sort((a, b) => b.length - a.length || a.index - b.index);
  const kept: NameHit[] = [];
  for (const h of hits) if (!kept.some((k) => h.index < k.index + k.length && k.index < h.index + h.length)) kept.push(h);
  return kept.sort((a, b) => a.index - b.index);
}
