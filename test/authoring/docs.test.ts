// docs/rules/ is generated from the built-in packs: regenerate in memory and compare.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateRuleDocs, RULE_DOCS_DIR } from '../../src/docs/index.js';
import { builtinPackNames, loadPack } from '../../src/engine/index.js';
import { ROOT } from './helpers.js';

describe('docs/rules', () => {
  const pages = generateRuleDocs();

  it('has one page per rule with both languages, and an index per pack', () => {
    for (const name of builtinPackNames()) {
      expect(pages.has(`${RULE_DOCS_DIR}/${name}/index.md`), name).toBe(true);
      for (const r of loadPack(name).rules.filter((x) => x.pack === name)) {
        const page = pages.get(`${RULE_DOCS_DIR}/${name}/${r.id.split('/')[1]}.md`);
        expect(page, r.id).toBeDefined();
        expect(page).toContain(r.title.en);
        expect(page).toContain(r.title['zh-CN']);
      }
    }
  });

  it('is up to date (run `npm run docs` after changing a pack)', () => {
    const stale: string[] = [];
    for (const [rel, text] of pages) {
      const abs = path.join(ROOT, rel);
      if (!fs.existsSync(abs) || fs.readFileSync(abs, 'utf8') !== text) stale.push(rel);
    }
    const dir = path.join(ROOT, RULE_DOCS_DIR);
    const extra = fs.existsSync(dir)
      ? fs.readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((f) => f.isFile() && f.name.endsWith('.md'))
        .map((f) => path.relative(ROOT, path.join(f.parentPath, f.name)).split(path.sep).join('/'))
        .filter((rel) => !pages.has(rel))
      : [];
    expect({ stale, extra }, 'docs/rules is stale: run `npm run docs`').toEqual({ stale: [], extra: [] });
  });
});
