// The glob tables behind the matchers: most specific glob first, catalogue order on ties, the
// Maven group's own bucket winning ties, and globs found whatever character they start with.
import { describe, expect, it } from 'vitest';
import { PatternTable } from '../../src/catalog/compile.js';
import type { CatalogAmbiguity, CatalogSdk } from '../../src/catalog/types.js';

const sdk = (id: string) => ({ id }) as CatalogSdk;

function table(rules: [string, string, string?][]) {
  const ambiguities: CatalogAmbiguity[] = [];
  const t = new PatternTable('file', ambiguities);
  for (const [pattern, id, bucket] of rules) t.add(pattern, { sdk: sdk(id), pattern }, bucket);
  return { t, ambiguities };
}

describe('PatternTable', () => {
  it('prefers the glob with more literal characters, whatever it starts with', () => {
    const { t } = table([['lib*.so', 'generic'], ['*bdtts.so', 'baidu'], ['libbd*.so', 'baidu-prefix']]);
    expect(t.lookup('libbdtts.so')?.sdk.id).toBe('baidu');
    expect(t.lookup('libbdxx.so')?.sdk.id).toBe('baidu-prefix');
    expect(t.lookup('libother.so')?.sdk.id).toBe('generic');
    expect(t.lookup('other.so')).toBeUndefined();
  });

  it('breaks ties by catalogue order, across leading characters too', () => {
    // Both have six literal characters.
    expect(table([['*xx.jar', 'first'], ['ax*.jar', 'second']]).t.lookup('axx.jar')?.sdk.id).toBe('first');
    expect(table([['ax*.jar', 'first'], ['*xx.jar', 'second']]).t.lookup('axx.jar')?.sdk.id).toBe('first');
  });

  it('is case-insensitive on the leading character', () => {
    expect(table([['UMPush*.framework', 'umeng']]).t.lookup('umpush.framework')?.sdk.id).toBe('umeng');
  });

  it('lets the key’s own bucket win a tie, and a more specific general glob win over the bucket', () => {
    const { t } = table([['com.x:*', 'vendor', 'com.x'], ['*:abc', 'tie'], ['*:abcdefghij', 'longer']]);
    expect(t.lookup('com.x:abc', 'com.x')?.sdk.id).toBe('vendor');
    expect(t.lookup('com.x:abcdefghij', 'com.x')?.sdk.id).toBe('longer');
  });

  it('records a glob claimed by two SDKs (keys arrive normalised by the catalogue)', () => {
    expect(table([['a*.jar', 'one'], ['a*.jar', 'two']]).ambiguities).toEqual([{ kind: 'file', pattern: 'a*.jar', sdks: ['one', 'two'] }]);
  });
});
