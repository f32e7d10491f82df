import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../../src/detectors/index.js';
import { MAX_URLS, type LinksFacts } from '../../../src/detectors/links/index.js';
import { MemoryRepo } from '../../../src/repo/files.js';

describe('links past MAX_URLS', () => {
  it('keeps the first MAX_URLS in urls, says so, and still lists every cleartext URL in insecureUrls', () => {
    const many = Array.from({ length: MAX_URLS + 5 }, (_, i) => `val u${i} = "https://h${i}.example.com/"`);
    many[10] = 'val early = "http://early.example.cn/api"';
    const repo = new MemoryRepo({
      'a/Big.kt': many.join('\n'),
      'b/Late.kt': 'val late = "http://late.example.cn/api" // http://in-a-comment.example.cn/\nval local = "http://10.0.2.2:8080/"\n',
    });
    const { facts, diagnostics } = collectFacts({ repo, appDir: '' }, ['links']);
    const links = facts.links as LinksFacts;
    expect(links.urls).toHaveLength(MAX_URLS);
    expect(links.truncated).toBe(true);
    expect(diagnostics.map((d) => d.code)).toContain('links/too-many-urls');
    expect(links.insecureUrls.map((u) => [u.url, u.file, u.line, u.column])).toEqual([
      ['http://early.example.cn/api', 'a/Big.kt', 11, 14],
      ['http://late.example.cn/api', 'b/Late.kt', 1, 13],
    ]);
    expect(links.counts.insecure).toBe(2);
    // hosts come from every URL too (nfra/url-domain-allowed relies on it), comments and local ones aside.
    expect(links.hosts).toHaveLength(MAX_URLS + 5 - 1 + 2); // h0…h20004 but h10, early, late
    expect(links.hosts).toContain(`h${MAX_URLS + 4}.example.com`);
    expect(links.hosts).not.toContain('in-a-comment.example.cn');
    // The same fact in both lists while urls still has room.
    expect(links.urls[10]).toBe(links.insecureUrls[0]);
  });
});
