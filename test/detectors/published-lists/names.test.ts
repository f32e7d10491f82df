// The published-list reader: what a reader sees of HTML, keeping lines; SDK names by catalogue
// and manifest names, the longest name winning, never inside a longer word.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/index.js';
import { namesIn, sdkNames } from '../../../src/detectors/published-lists/names.js';
import { urlsIn, visibleText } from '../../../src/detectors/published-lists/text.js';

describe('visibleText', () => {
  it('blanks tags, comments, scripts and styles and keeps every line', () => {
    const html = '<p class="a\nb">Bugly</p>\n<!-- 极光推送\n-->\n<script>var x = "JPush";</script><style>.x{}</style>友盟';
    const out = visibleText(html, true);
    expect(out.length).toBe(html.length);
    expect(out.split('\n').length).toBe(html.split('\n').length);
    expect(out).toContain('Bugly');
    expect(out).not.toMatch(/极光|JPush|class/);
    expect(out).toContain('友盟');
  });
  it('a ">" inside a quoted attribute does not end the tag', () => {
    expect(visibleText('<a title="a>b">x</a>', true).trim()).toBe('x');
  });
  it('leaves Markdown alone', () => {
    expect(visibleText('| <b>x</b> |', false)).toBe('| <b>x</b> |');
  });
});

describe('SDK names', () => {
  const names = sdkNames(loadCatalog(), [{ id: 'our-ocr', name: '湖畔识别 SDK' }]);
  const ids = (line: string) => namesIn(line, names).map((h) => h.sdk.id);
  it('finds catalogue names in English and Chinese, with or without the vendor and "SDK"', () => {
    expect(ids('腾讯Bugly SDK')).toEqual(['tencent-bugly']);
    expect(ids('BuglySDK、极光推送')).toEqual(['tencent-bugly', 'jpush']);
    expect(ids('高德地图SDK')).toEqual(['amap-maps']);
  });
  it('finds the manifest\'s own names', () => {
    expect(ids('湖畔识别 SDK')).toEqual(['our-ocr']);
  });
  it('does not find a name inside a longer word, nor a vendor alone', () => {
    expect(ids('Buglyx')).toEqual([]);
    expect(ids('深圳市腾讯计算机系统有限公司')).toEqual([]);
    expect(ids('Google')).toEqual([]);
    // A place name that opens one vendor's SDK name ("北京 CA 数字证书") is no brand: addresses hold it.
    expect(ids('公司地址：北京市海淀区')).toEqual([]);
  });
  it('urlsIn reads links from text, attributes and Markdown', () => {
    expect(urlsIn('见 <a href="https://a.example/p">x</a> 和 [y](https://b.example/q)。')).toEqual(['https://a.example/p', 'https://b.example/q']);
  });
});
