import { describe, expect, it } from 'vitest';
import { hostOf } from '../../../src/detectors/links/links.js';

// The definition hostOf implements by hand (it runs for every URL): userinfo up to the first `@`,
// then a bracketed IPv6 literal or everything up to `/ : ? #`; hosts of other characters are
// built at run time and give ''.
function reference(rest: string): string {
  const part = /^(?:[^@/?#]*@)?(\[[^\]]*\]|[^/:?#]*)/.exec(rest)?.[1] ?? '';
  return /^[A-Za-z0-9.-]+$|^\[[0-9a-fA-F:.]+\]$/.test(part) ? part.toLowerCase().replace(/\.$/, '') : '';
}

describe('hostOf', () => {
  it.each([
    ['api.Example.com/v1', 'api.example.com'],
    ['user:secret@Pay.example.cn:8443/x', 'pay.example.cn'],
    ['[::1]:8080/', '[::1]'],
    ['example.com.', 'example.com'],
    ['${BASE_HOST}/api', ''],
    ['a@b@c/d', ''],
    ['[]', ''],
    ['h?q=1', 'h'],
  ])('%s → %s', (rest, host) => {
    expect(hostOf(rest)).toBe(host);
    expect(reference(rest)).toBe(host);
  });

  it('agrees with the regular-expression definition on 100,000 generated inputs', () => {
    const chars = 'aZ0.-@/:?#[]fFg_${% ';
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
    const differ: string[] = [];
    for (let i = 0; i < 100_000; i++) {
      let s = '';
      for (let k = 1 + Math.floor(next() * 12); k > 0; k--) s += chars[Math.floor(next() * chars.length)];
      if (hostOf(s) !== reference(s)) differ.push(s);
    }
    expect(differ).toEqual([]);
  });
});
