// Two languages: every user-facing string of the tool and of the built-in packs exists, non-empty,
// in en and zh-CN (zh-CN text contains Chinese).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGE_KEYS, t } from '../../src/core/messages.js';
import { LANGS } from '../../src/core/types.js';
import { ARTICLES } from '../../src/coverage/index.js';
import { builtinPackNames, DIAGNOSTIC_TITLES, loadPack } from '../../src/engine/index.js';
import { ROOT } from './helpers.js';

const CHINESE = /[\u4e00-\u9fff]/;

/** Every (pointer, node) of a JSON value that has a `description`. */
function* described(node: unknown, pointer = ''): Generator<[string, Record<string, unknown>]> {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const [i, v] of node.entries()) yield* described(v, `${pointer}/${i}`);
    return;
  }
  const o = node as Record<string, unknown>;
  if (typeof o.description === 'string') yield [pointer, o];
  for (const [k, v] of Object.entries(o)) if (k !== 'examples' && k !== 'default' && k !== 'enum' && k !== 'const') yield* described(v, `${pointer}/${k}`);
}

describe('two languages', () => {
  it('every message key of the tool has non-empty en and zh-CN text', () => {
    expect(MESSAGE_KEYS.length).toBeGreaterThan(40);
    for (const key of MESSAGE_KEYS) {
      // The one deliberate exception: English has no suffix after an article number ("art. 4" vs "第4条").
      for (const lang of LANGS) if (!(key === 'article.suffix' && lang === 'en')) expect(t(lang, key).trim(), `${key} ${lang}`).not.toBe('');
      // Identical text in both languages is allowed only for symbols and the empty-suffix key.
      if (/[a-z]{3}/i.test(t('en', key).replace(/\{\w+\}|mobile-policy/g, ''))) expect(t('zh-CN', key), key).toMatch(CHINESE);
    }
  });

  it('every input-problem title is in both languages', () => {
    for (const [code, title] of Object.entries(DIAGNOSTIC_TITLES)) {
      expect(title.en.trim(), code).not.toBe('');
      expect(title['zh-CN'], code).toMatch(CHINESE);
    }
  });

  it('every rule of every built-in pack has title, message, rationale and remediation in both languages', () => {
    const names = builtinPackNames();
    expect(names).toEqual(expect.arrayContaining(['nfra-2024-99', 'nfra-2024-99-strict']));
    for (const name of names) {
      const pack = loadPack(name);
      for (const text of [pack.title, ...(pack.description ? [pack.description] : [])]) {
        expect(text.en.trim(), `${name} title`).not.toBe('');
        expect(text['zh-CN'], `${name} title`).toMatch(CHINESE);
      }
      for (const r of pack.rules) {
        for (const field of ['title', 'message', 'rationale', 'remediation'] as const) {
          expect(r[field].en.trim(), `${name} ${r.id} ${field}.en`).not.toBe('');
          expect(r[field]['zh-CN'], `${name} ${r.id} ${field}.zh-CN`).toMatch(CHINESE);
        }
      }
    }
  });

  it('every description in the manifest schema has x-description-zh-CN', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'mobile-app.schema.json'), 'utf8')) as unknown;
    const missing: string[] = [];
    let count = 0;
    for (const [pointer, node] of described(schema)) {
      count++;
      const zh = node['x-description-zh-CN'];
      if (typeof zh !== 'string' || !CHINESE.test(zh)) missing.push(pointer || '(root)');
    }
    expect(count).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it('every article of the coverage map has a title in both languages', () => {
    expect(ARTICLES.map((a) => a.number)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    for (const a of ARTICLES) {
      expect(a.title.en.trim(), `art. ${a.number}`).not.toBe('');
      expect(a.title['zh-CN'], `art. ${a.number}`).toMatch(CHINESE);
    }
  });
});
