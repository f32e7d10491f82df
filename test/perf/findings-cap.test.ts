// The findings cap (issue 16): at most MAX_FINDINGS_PER_RULE findings of one rule per app; the
// rest are counted in one located finding that every output format shows.
import { describe, expect, it } from 'vitest';
import { evaluate, loadPack } from '../../src/engine/index.js';
import { capFindings, MAX_FINDINGS_PER_RULE, omittedFinding } from '../../src/engine/findings.js';
import { summarize } from '../../src/core/report.js';
import { REPORTERS } from '../../src/reporters/index.js';
import { makePack, manifest, rule } from '../engine/helpers.js';
import { finding, report } from '../reporters/fixture.js';
import { parseManifest } from '../../src/manifest/load.js';

const NOW = new Date('2026-06-30T00:00:00Z');
const N = MAX_FINDINGS_PER_RULE + 1500;

function items(n: number) {
  return Array.from({ length: n }, (_, i) => ({ name: `u${i}`, location: { file: `src/f${String(i).padStart(5, '0')}.kt`, line: 2, column: 1 } }));
}

describe('findings cap in evaluation', () => {
  it('lists the first findings of a rule and counts the rest in one finding at the first of them', () => {
    const pack = loadPack(makePack({ 'rules/each.yaml': rule('demo/each', 'each: "facts.items"\nassert: "false"\nsubject: "{item.name}"\n') }));
    const f = evaluate([pack], { manifest: manifest('apiVersion: mobile-policy/v1\n'), facts: { items: items(N) }, now: NOW, stage: 'pr' });
    const listed = f.filter((x) => x.omitted === undefined);
    const rest = f.filter((x) => x.omitted !== undefined);
    expect(listed).toHaveLength(MAX_FINDINGS_PER_RULE);
    expect(listed.map((x) => x.subject)).toContain('u999');
    expect(rest).toHaveLength(1);
    expect(rest[0]).toMatchObject({ ruleId: 'demo/each', severity: 'error', omitted: 1500, location: { file: 'src/f01000.kt', line: 2 } });
    expect(rest[0]!.message.en).toContain('and 1,500 more at src/f01000.kt, src/f01001.kt, src/f01002.kt, …');
    expect(rest[0]!.message['zh-CN']).toContain('另有 1,500 项');
    expect(summarize(f).error).toBe(N);
  });

  it('caps the groups of a groupBy rule, in the order of their first place', () => {
    const pack = loadPack(makePack({ 'rules/g.yaml': rule('demo/g', 'each: "facts.items"\nassert: "false"\ngroupBy: "{item.name}"\nsubject: "{item.name}"\n') }));
    // Each name twice, the list reversed: groups are still taken from the first files.
    const list = [...items(N), ...items(N)].reverse();
    const f = evaluate([pack], { manifest: manifest('apiVersion: mobile-policy/v1\n'), facts: { items: list }, now: NOW, stage: 'pr' });
    expect(f.filter((x) => x.omitted === undefined)).toHaveLength(MAX_FINDINGS_PER_RULE);
    expect(f.find((x) => x.subject === 'u0')?.occurrences).toBe(2);
    expect(f.find((x) => x.subject === `u${N - 1}`)).toBeUndefined();
    expect(f.find((x) => x.omitted !== undefined)).toMatchObject({ omitted: 1500, location: { file: 'src/f01000.kt' } });
  });

  it('a rule under the cap is untouched', () => {
    const pack = loadPack(makePack({ 'rules/each.yaml': rule('demo/each', 'each: "facts.items"\nassert: "false"\n') }));
    const f = evaluate([pack], { manifest: manifest('apiVersion: mobile-policy/v1\n'), facts: { items: items(10) }, now: NOW, stage: 'pr' });
    expect(f).toHaveLength(10);
    expect(f.some((x) => x.omitted !== undefined)).toBe(false);
  });

  it('caps input problems (diagnostics) per code the same way', () => {
    const many = Array.from({ length: MAX_FINDINGS_PER_RULE + 5 }, (_, i) => finding({ ruleId: 'manifest/schema', location: { file: 'mobile-app.yaml', line: i + 1 } }));
    const capped = capFindings([finding({ ruleId: 'other' }), ...many], 'mobile-app.yaml');
    expect(capped).toHaveLength(MAX_FINDINGS_PER_RULE + 2);
    expect(capped.at(-1)).toMatchObject({ ruleId: 'manifest/schema', omitted: 5, location: { line: MAX_FINDINGS_PER_RULE + 1 } });
  });
});

describe('schema errors of a huge manifest', () => {
  it('the first are examined one by one, the rest counted in one located error', () => {
    const accounts = Array.from({ length: MAX_FINDINGS_PER_RULE + 200 }, () => '    - { platform: nowhere-store, accountOwner: institution, holder: X }').join('\n');
    const m = parseManifest('mobile-app.yaml', `apiVersion: mobile-policy/v1\ndistribution:\n  publishingAccounts:\n${accounts}\n`);
    const schema = m.diagnostics.filter((d) => d.code === 'manifest/schema');
    expect(schema.length).toBe(MAX_FINDINGS_PER_RULE + 1);
    const more = schema.find((d) => d.subject?.endsWith('#more'));
    expect(more?.message.en).toMatch(/and 20\d more schema errors from distribution\.publishingAccounts\[99\d\]\.platform on/);
    expect(more?.location.file).toBe('mobile-app.yaml');
    expect(more?.location.line).toBeGreaterThan(1000);
  });
});

describe('the omission finding', () => {
  it('stands at the first place in location order and names the first files, whatever order the places come in', () => {
    const places = [{ file: 'src/d.kt', line: 1 }, { file: 'src/b.kt', line: 9 }, { file: 'src/b.kt', line: 3, column: 7 }, { file: 'src/b.kt', line: 3, column: 2 },
      { file: 'src/c.kt', line: 1 }, { file: 'src/e.kt', line: 1 }, { file: 'src/c.kt', line: 2 }];
    const f = omittedFinding({ ruleId: 'demo/r', title: { en: 'R', 'zh-CN': 'R' }, severity: 'warning', articles: [], app: 'mobile-app.yaml' }, places);
    expect(f.location).toEqual({ file: 'src/b.kt', line: 3, column: 2 });
    expect(f.message.en).toContain('… and 7 more at src/b.kt, src/c.kt, src/d.kt, … (demo/r');
    expect(f.omitted).toBe(7);
  });
});

describe('findings cap in every output format', () => {
  const places = Array.from({ length: 74_000 }, (_, i) => ({ file: `src/a${i % 7}.kt`, line: i + 1 }));
  const omitted = omittedFinding({ ruleId: 'nfra/cleartext-urls', title: { en: 'No http', 'zh-CN': '无明文' }, severity: 'error', articles: [12], app: 'mobile-app.yaml' }, places);
  const r = report([finding({ ruleId: 'nfra/cleartext-urls' }), omitted]);

  it('the summary counts what the omission finding stands for', () => {
    expect(r.summary.error).toBe(74_001);
  });

  for (const [format, reporter] of Object.entries(REPORTERS)) {
    it(`${format} says how many more and where`, () => {
      const en = reporter(r, { lang: 'en' });
      expect(en).toContain('and 74,000 more at src/a0.kt, src/a1.kt, src/a2.kt, …');
      const zh = reporter(r, { lang: 'zh-CN' });
      expect(zh).toContain('另有 74,000 项，位于 src/a0.kt');
    });
  }

  it('json and sarif carry the count as a number', () => {
    const json = JSON.parse(REPORTERS.json!(r, { lang: 'en' })) as { findings: { omitted?: number }[] };
    expect(json.findings.map((f) => f.omitted)).toEqual([undefined, 74_000]);
    const sarif = JSON.parse(REPORTERS.sarif!(r, { lang: 'en' })) as { runs: { results: { properties: { omitted?: number }; locations: unknown[] }[] }[] };
    const res = sarif.runs[0]!.results[1]!;
    expect(res.properties.omitted).toBe(74_000);
    expect(res.locations).toEqual([{ physicalLocation: { artifactLocation: { uri: 'src/a0.kt', uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } } }]);
  });
});
