// CEL helpers added for the repository rules: domain globs, package URLs, nested lists.
import { describe, expect, it } from 'vitest';
import { compileCel, domainMatches, flatten, outsideDomains, purlBase, purlMatches, withNow } from '../../src/engine/cel.js';

const NOW = new Date('2026-06-30T12:00:00Z');
const run = (src: string, vars: Record<string, unknown> = {}) =>
  withNow(NOW, () => compileCel(src, 'any').run({ manifest: {}, facts: {}, now: NOW, params: {}, stage: 'pr', item: null, index: -1n, vars: {}, ...vars }));

describe('domainMatches', () => {
  it('matches exact hosts and subdomains of *. globs, not the apex', () => {
    const list = ['api.example.com', '*.example.cn'];
    expect(domainMatches('api.example.com', list)).toBe(true);
    expect(domainMatches('API.Example.com.', list)).toBe(true);
    expect(domainMatches('www.example.com', list)).toBe(false);
    expect(domainMatches('cdn.example.cn', list)).toBe(true);
    expect(domainMatches('a.b.example.cn', list)).toBe(true);
    expect(domainMatches('example.cn', list)).toBe(false);
    expect(domainMatches('badexample.cn', list)).toBe(false);
    expect(domainMatches('', list)).toBe(false);
    expect(domainMatches('api.example.com', null)).toBe(false);
  });

  it('outsideDomains keeps the hosts no pattern matches, in order, as filter with domainMatches would', () => {
    const list = ['api.example.com', '*.example.cn'];
    const hosts = ['cdn.example.cn', 'ads.tracker.io', 'API.example.com', 'example.cn', 'ads.tracker.io', 3];
    expect(outsideDomains(hosts, list)).toEqual(['ads.tracker.io', 'example.cn', 'ads.tracker.io', 3]);
    expect(outsideDomains(hosts, list)).toEqual(hosts.filter((h) => !domainMatches(h, list)));
    expect(outsideDomains(hosts, null)).toEqual(hosts);
    expect(outsideDomains('x', list)).toEqual([]);
  });

  it('follows a changed pattern list (the last list is memoised)', () => {
    expect(domainMatches('a.example.org', ['*.example.org', 'x.cn'])).toBe(true);
    expect(domainMatches('a.example.org', ['*.example.net', 'x.cn'])).toBe(false);
    expect(domainMatches('a.example.org', ['*.example.net', 'x.cn', 'A.Example.org'])).toBe(true);
    expect(domainMatches('a.example.org', ['*.example.net'])).toBe(false);
  });
});

describe('purl helpers', () => {
  it('drops versions, qualifiers and subpaths', () => {
    expect(purlBase('pkg:maven/com.umeng.umsdk/common@9.6.3')).toBe('pkg:maven/com.umeng.umsdk/common');
    expect(purlBase('pkg:npm/%40scope/x@1.0.0?arch=x64#lib')).toBe('pkg:npm/%40scope/x');
    expect(purlBase('pkg:maven/com.google.code.gson/gson@2.%2B')).toBe('pkg:maven/com.google.code.gson/gson');
    expect(purlBase(3)).toBe('');
  });

  it('matches declared purls without version, with * prefixes and decoded escapes', () => {
    expect(purlMatches('pkg:maven/com.umeng.umsdk/common@9.6.3', 'pkg:maven/com.umeng.umsdk/common')).toBe(true);
    expect(purlMatches('pkg:maven/com.umeng.umsdk/common@9.6.3', 'pkg:maven/com.umeng.umsdk/common@9.6.3')).toBe(true);
    expect(purlMatches('pkg:maven/com.umeng.umsdk/common-ext@1', 'pkg:maven/com.umeng.umsdk/common')).toBe(false);
    expect(purlMatches('pkg:maven/com.umeng.umsdk/asms@1.8.0', 'pkg:maven/com.umeng.umsdk/*')).toBe(true);
    expect(purlMatches('pkg:maven/androidx.core/core@1.13.0', 'pkg:maven/androidx.*')).toBe(true);
    expect(purlMatches('pkg:npm/%40ohos/axios@2.2.0', 'pkg:npm/@ohos/axios')).toBe(true);
    expect(purlMatches('pkg:cocoapods/UMCommon@7.4.0#Core', 'pkg:cocoapods/UMCommon')).toBe(true);
    expect(purlMatches('pkg:cocoapods/UMCommon@7.4.0#Core', 'pkg:cocoapods/UMCommon#Other')).toBe(false);
    expect(purlMatches('pkg:maven/a/b', 'maven/a/b')).toBe(false);
    expect(purlMatches(null, 'pkg:maven/a/b')).toBe(false);
  });
});

describe('flatten', () => {
  it('removes one level of nesting', () => {
    expect(flatten([[1], [2, 3], 4, []])).toEqual([1, 2, 3, 4]);
    expect(flatten('x')).toEqual([]);
  });
});

describe('the helpers in CEL', () => {
  it('are registered', () => {
    expect(run("domainMatches('cdn.example.com', ['*.example.com'])")).toBe(true);
    expect(run("outsideDomains(['cdn.example.com', 'x.cn'], ['*.example.com']) == ['x.cn']")).toBe(true);
    expect(run("purlMatches('pkg:maven/a/b@1', 'pkg:maven/a/*') && purlBase('pkg:maven/a/b@1') == 'pkg:maven/a/b'")).toBe(true);
    expect(run('size(flatten([[1, 2], [3]])) == 3')).toBe(true);
    expect(run("flatten([[{'a': 1}], [{'a': 2}]]).filter(x, x.a > 1).size() == 1")).toBe(true);
  });
});
