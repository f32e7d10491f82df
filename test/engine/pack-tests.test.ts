// The pack test runner itself: it must catch wrong expectations and incomplete suites.
import { describe, expect, it } from 'vitest';
import { mergePatch, runPackTests } from '../../src/engine/pack-tests.js';
import { makePack, rule } from './helpers.js';

const RULE = rule('demo/lead', `assert: "filled(manifest.?ownership.?lead.orValue(''))"\nat: /ownership/lead\n`);
const BASE = 'apiVersion: mobile-policy/v1\nownership:\n  lead: Digital Banking\n';

describe('runPackTests', () => {
  it('passes a complete suite', () => {
    const dir = makePack({
      'rules/lead.yaml': RULE,
      'tests/base.yaml': BASE,
      'tests/lead.yaml': `cases:
  - name: missing
    patch: { ownership: { lead: null } }
    expect: [{ path: /ownership/lead }]
  - name: inline manifest, line match
    manifest: |
      apiVersion: mobile-policy/v1
      ownership: {}
    expect: [{ rule: demo/lead, line: 2, count: 1 }]
  - name: ok
    expect: []
`,
    });
    const r = runPackTests(dir);
    expect(r.errors).toEqual([]);
    expect(r.cases.map((c) => [c.name, c.passed, c.problems])).toEqual([
      ['missing', true, []],
      ['inline manifest, line match', true, []],
      ['ok', true, []],
    ]);
    expect(r.passed).toBe(true);
  });

  it('reports wrong expectations, unexpected findings, duplicates and missing cases', () => {
    const dir = makePack({
      'rules/lead.yaml': RULE,
      'rules/other.yaml': rule('demo/other', 'assert: "true"\n'),
      'tests/base.yaml': BASE,
      'tests/lead.yaml': `cases:
  - name: wrong path
    patch: { ownership: { lead: "" } }
    expect: [{ path: /ownership/nope }]
  - name: silent failure
    patch: { ownership: null }
    expect: []
  - name: silent failure
    patch: { ownership: { lead: "  " } }
    expect: []
`,
    });
    const r = runPackTests(dir);
    expect(r.passed).toBe(false);
    expect(r.cases[0]!.problems[0]).toMatch(/expected 1 finding\(s\) of demo\/lead at \/ownership\/nope, got 0 \(found at \/ownership\/lead\)/);
    expect(r.cases[1]!.problems[0]).toMatch(/unexpected finding: demo\/lead \/ownership\/lead/);
    expect(r.errors).toEqual([
      expect.stringMatching(/tests\/lead\.yaml:\d+: duplicate case name "silent failure"/),
      'demo/other: no passing case (a case whose expect has no finding of this rule) in tests/',
      'demo/other: no failing case (a case expecting a finding of this rule) in tests/',
    ]);
  });

  it('rejects a malformed test file with its position', () => {
    const dir = makePack({ 'rules/lead.yaml': RULE, 'tests/lead.yaml': 'cases:\n  - name: x\n    expct: []\n' });
    expect(() => runPackTests(dir)).toThrow(/lead\.yaml:2:5: invalid pack test file: .*"expect"|lead\.yaml:3:5: invalid pack test file: unknown key "expct"/);
  });
});

describe('mergePatch', () => {
  it('follows RFC 7386', () => {
    expect(mergePatch({ a: { b: 1, c: 2 }, l: [1, 2] }, { a: { b: null, d: 3 }, l: [3] })).toEqual({ a: { c: 2, d: 3 }, l: [3] });
  });
});
