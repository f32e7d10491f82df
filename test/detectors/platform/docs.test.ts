// docs/facts/*.md are held to the facts: every key the detectors emit on the fixtures is named
// in its page, and every CEL example compiles and runs over the fixtures' facts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DiskRepo, MemoryRepo } from '../../../src/repo/files.js';
import { collectFacts } from '../../../src/detectors/index.js';
import { compileCel, toCel, withNow } from '../../../src/engine/cel.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/platform');
const NAMES = ['android', 'ios', 'harmonyos', 'links', 'secrets'];

function fixtureFacts(): Record<string, unknown>[] {
  const out = fs.readdirSync(FIXTURES).map((d) => collectFacts({ repo: new DiskRepo(path.join(FIXTURES, d)), appDir: '' }, NAMES).facts);
  // Secrets are never committed as fixtures: a small in-memory tree gives their shape.
  out.push(collectFacts({ repo: new MemoryRepo({
    'a.keystore': new Uint8Array([1, 0]),
    'src/a.ts': `const password = "Zq8${'x'.repeat(6)}!";\n`,
  }), appDir: '' }, ['secrets']).facts);
  return out;
}

function keys(v: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(v)) v.forEach((x) => keys(x, out));
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      out.add(k);
      if (k !== 'location' && k !== 'definedAt') keys(x, out);
    }
  }
  return out;
}

const all = fixtureFacts();

describe.each(NAMES)('docs/facts/%s.md', (name) => {
  const doc = fs.readFileSync(path.join(ROOT, 'docs/facts', `${name}.md`), 'utf8');

  it('names every field the detector emits', () => {
    const emitted = new Set<string>();
    for (const f of all) keys(f[name], emitted);
    const missing = [...emitted].filter((k) => !new RegExp(`\\b${k}\\b`).test(doc));
    expect(emitted.size).toBeGreaterThan(8);
    expect(missing).toEqual([]);
  });

  it('has CEL examples that compile and run over the fixtures', () => {
    const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parseYaml(m[1]!) as { each?: string; assert: string });
    expect(blocks.length).toBeGreaterThan(0);
    const manifest = toCel({ app: { id: 'com.example.bank' }, network: { domains: ['example-bank.cn'] } });
    const params = toCel({ minAndroidSdk: 24, minIosVersion: '13.0' });
    let evaluated = 0;
    for (const b of blocks) {
      const each = b.each ? compileCel(b.each, 'list') : undefined;
      const assert = compileCel(String(b.assert), 'bool');
      for (const facts of all) {
        const ctx = { facts: toCel(facts), manifest, params, stage: 'pr', now: new Date() };
        withNow(new Date(), () => {
          const items = each ? (each.run(ctx) as unknown[]) : [undefined];
          items.forEach((item, index) => {
            expect(typeof assert.run({ ...ctx, item, index: BigInt(index) }), b.assert).toBe('boolean');
            evaluated++;
          });
        });
      }
    }
    expect(evaluated).toBeGreaterThan(0);
  });
});
