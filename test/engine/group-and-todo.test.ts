// `groupBy` (one finding per key, with related locations) and findings at TODO manifest values.
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import { compileCel } from '../../src/engine/cel.js';
import { evaluate, fingerprint, loadPack } from '../../src/engine/index.js';
import { MAX_RELATED } from '../../src/engine/evaluate.js';
import { loadManifest } from '../../src/manifest/load.js';
import { MemoryRepo } from '../../src/repo/files.js';
import { makePack, manifest, rule } from './helpers.js';

const NOW = new Date('2026-06-30T00:00:00Z');

function link(host: string, file: string, line: number) {
  return { host, file, location: { file, line, column: 5 } };
}

const grouped = loadPack(makePack({
  'rules/hosts.yaml': rule('demo/hosts', `each: "facts.links"
assert: "item.host == 'ok.example'"
groupBy: "{item.host}"
subject: "{item.host}"
`).replace(/message: .*\n/, 'message: { en: "{item.host}: {group.count} in {group.locations}", zh-CN: "{item.host}：{group.count} 处，{group.locations}" }\n'),
}));

describe('groupBy', () => {
  it('folds failing elements with the same key into one finding at the first occurrence', () => {
    const facts = { links: [link('b.example', 'z.kt', 9), link('ok.example', 'a.kt', 1), link('b.example', 'a.kt', 7), link('c.example', 'c.kt', 2), link('b.example', 'a.kt', 3)] };
    const f = evaluate([grouped], { manifest: manifest('apiVersion: mobile-policy/v1\n'), facts, now: NOW, stage: 'pr' });
    expect(f.map((x) => x.subject)).toEqual(['b.example', 'c.example']);
    expect(f[0]).toMatchObject({
      location: { file: 'a.kt', line: 3, column: 5 },
      occurrences: 3,
      related: [{ file: 'a.kt', line: 7, column: 5 }, { file: 'z.kt', line: 9, column: 5 }],
      message: { en: 'b.example: 3 in a.kt:3, a.kt:7, z.kt:9' },
      fingerprint: fingerprint('demo/hosts', 'mobile-app.yaml', 'b.example'),
    });
    expect(f[1]).toMatchObject({ occurrences: 1, message: { en: 'c.example: 1 in c.kt:2' } });
    expect(f[1]!.related).toBeUndefined();
  });

  it('keeps at most MAX_RELATED other locations but counts them all', () => {
    const facts = { links: Array.from({ length: 50 }, (_, i) => link('b.example', 'a.kt', i + 1)) };
    const [f] = evaluate([grouped], { manifest: manifest('apiVersion: mobile-policy/v1\n'), facts, now: NOW, stage: 'pr' });
    expect(f!.occurrences).toBe(50);
    expect(f!.related).toHaveLength(MAX_RELATED);
    expect(f!.related![0]!.line).toBe(2);
    expect(f!.message.en).toBe('b.example: 50 in a.kt:1, a.kt:2, a.kt:3, …');
  });

  it('is a load error without `each`', () => {
    const dir = makePack({ 'rules/nogroup.yaml': rule('demo/nogroup', 'assert: "false"\ngroupBy: "{params.x}"\n') });
    expect(() => loadPack(dir)).toThrow(ConfigurationError);
    expect(() => loadPack(dir)).toThrow(/groupBy/);
  });
});

describe('findings at TODO manifest values', () => {
  const pack = loadPack(makePack({
    'rules/owner.yaml': rule('demo/owner', 'assert: "manifest.?owner.?email.orValue(\'\').contains(\'@\')"\nat: /owner/email\n'),
    'rules/assessment.yaml': rule('demo/assessment', 'assert: "manifest.?assessment.?date.orValue(\'\').startsWith(\'20\')"\nat: /assessment\n'),
    'rules/nested.yaml': rule('demo/nested', 'assert: "false"\nat: /plan/url\n'),
  }));
  const run = (text: string) => evaluate([pack], { manifest: manifest(`apiVersion: mobile-policy/v1\n${text}`), facts: {}, now: NOW, stage: 'pr' }).map((f) => f.ruleId).sort();

  it('are left to manifest/todo: at a placeholder, inside one, or at a mapping holding one', () => {
    expect(run('owner: { email: TODO }\nassessment: { date: TODO, result: pass }\nplan: TODO\n')).toEqual([]);
    expect(run('owner: { email: "TODO: ask the DPO" }\nassessment: { date: "1999-01-01", report: TODO }\nplan: { url: TODO }\n')).toEqual([]);
  });

  it('give their articles to the manifest/todo finding, so the article is not shown as passing', () => {
    const m = loadManifest(new MemoryRepo({ 'mobile-app.yaml': 'apiVersion: mobile-policy/v1\nowner: { email: TODO }\nassessment: { date: TODO }\n' }), 'mobile-app.yaml');
    expect(evaluate([pack], { manifest: m, facts: {}, now: NOW, stage: 'pr' }).map((f) => f.ruleId)).toEqual(['demo/nested']);
    const todos = m.diagnostics.filter((d) => d.code === 'manifest/todo');
    expect(todos.map((d) => [d.subject, d.articles])).toEqual([['/owner/email', [2, 4]], ['/assessment/date', [2, 4]]]);
  });

  it('a TODO placeholder is not filled(): the rule fails at it and leaves it to manifest/todo', () => {
    const lead = loadPack(makePack({ 'rules/lead.yaml': rule('demo/lead', "assert: \"filled(manifest.?lead.orValue('')) && filled(manifest.?scopes.orValue([]))\"\nat: /lead\n") }));
    const m = loadManifest(new MemoryRepo({ 'mobile-app.yaml': 'apiVersion: mobile-policy/v1\nlead: TODO\nscopes: [TODO]\n' }), 'mobile-app.yaml');
    expect(evaluate([lead], { manifest: m, facts: {}, now: NOW, stage: 'pr' })).toEqual([]);
    expect(m.diagnostics.find((d) => d.code === 'manifest/todo' && d.subject === '/lead')?.articles).toEqual([2, 4]);
    const filledIn = manifest('apiVersion: mobile-policy/v1\nlead: Risk Office\nscopes: [TODO]\n');
    expect(evaluate([lead], { manifest: filledIn, facts: {}, now: NOW, stage: 'pr' }).map((f) => f.ruleId)).toEqual(['demo/lead']);
  });

  it('are still reported when the value is filled in, wrong, or absent', () => {
    expect(run('owner: { email: nobody }\nassessment: { date: "1999-01-01" }\nplan: { url: x }\n')).toEqual(['demo/assessment', 'demo/nested', 'demo/owner']);
    expect(run('owner: { email: TODOS }\n')).toEqual(['demo/assessment', 'demo/nested', 'demo/owner']);
  });
});

describe('CEL todo() and filled() on placeholders', () => {
  const run = (src: string) => compileCel(src, 'bool').run({ manifest: {}, facts: {}, params: {}, now: NOW, stage: 'pr', item: null, index: 0n, vars: {} });
  it('todo() finds a placeholder in a value, list or map; filled() refuses one', () => {
    expect(run("todo('TODO') && todo('TODO: ask legal') && todo(['a', 'TODO']) && todo({'a': {'b': ['TODO']}})")).toBe(true);
    expect(run("todo('TODOS') || todo('to do') || todo(['a']) || todo({}) || todo(null)")).toBe(false);
    expect(run("filled('TODO') || filled(['TODO', 'TODO'])")).toBe(false);
    expect(run("filled(['TODO', 'x']) && filled('x TODO')")).toBe(true);
  });
});
