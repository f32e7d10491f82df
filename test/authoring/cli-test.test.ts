// `mobile-policy test`: exit codes, untested rules, --min-coverage, matrix cases, junit output.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, packYaml, rule, writeTree } from './helpers.js';

function pack(tests: Record<string, string>, extraRules: Record<string, string> = {}): string {
  return writeTree({
    'pack.yaml': packYaml('team', 'params:\n  limit: 2\n'),
    'rules/small.yaml': rule('team/small', 'assert: size(manifest.?items.orValue([])) <= params.limit\nat: /items\n'),
    ...extraRules,
    ...tests,
  });
}

const GOOD = `cases:
  - name: too many
    manifest: { items: [1, 2, 3] }
    expect: [{ path: /items }]
  - name: limit by param
    manifest: { items: [1, 2, 3] }
    matrix:
      - { name: "limit 3", params: { limit: 3 }, expect: [] }
      - { name: "limit 1", params: { limit: 1 }, expect: [{ path: /items }] }
    expect: []
  - name: few
    manifest: { items: [1] }
    expect: []
`;

describe('mobile-policy test', () => {
  it('passes a complete suite (default: the pack in the current folder), with matrix cases', async () => {
    const dir = pack({ 'tests/small.yaml': GOOD });
    const r = await cli(['test'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('PASS  team/small: limit by param [limit 3]');
    expect(r.stdout).toContain('PASS  team/small: limit by param [limit 1]');
    expect(r.stdout).toMatch(/team: 4 of 4 cases passed; 1 of 1 rules have a passing and a failing case \(100%\)/);
    const zh = await cli(['test', dir, '--lang', 'zh-CN']);
    expect(zh.stdout).toContain('策略包测试通过');
  });

  it('fails (exit 1) on a failing case, and names what went wrong', async () => {
    const dir = pack({ 'tests/small.yaml': GOOD.replace('expect: [{ path: /items }]\n  - name: limit', 'expect: []\n  - name: limit') });
    const r = await cli(['test', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAIL {2}team\/small: too many {2}\(tests\/small\.yaml:2\)\n {6}unexpected finding: team\/small \/items/);
  });

  it('reports rules without tests; --min-coverage sets the bar', async () => {
    const dir = pack({ 'tests/small.yaml': GOOD }, { 'rules/named.yaml': rule('team/named', "assert: filled(manifest.?name.orValue(''))\n") });
    const strict = await cli(['test', dir]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('Rules without a passing and a failing case:\n  team/named (passing 0, failing 0)');
    expect(strict.stdout).toContain('50%');
    expect((await cli(['test', dir, '--min-coverage', '50'])).code).toBe(0);
    const low = await cli(['test', dir, '--min-coverage', '75']);
    expect(low.code).toBe(1);
    expect(low.stdout).toContain('rule test coverage 50% is below the minimum of 75%');
    expect((await cli(['test', dir, '--min-coverage', 'lots'])).code).toBe(2);
  });

  it('checks a case\'s params against the pack\'s declared params', async () => {
    const bad = GOOD.replace('params: { limit: 3 }', 'params: { limit: "3" }').replace('params: { limit: 1 }', 'params: { limt: 1 }');
    const r = await cli(['test', pack({ 'tests/small.yaml': bad })]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('params.limit must be int like the pack\'s 2; got "3"');
    expect(r.stdout).toContain('params.limt is not a param of pack team');
  });

  it('writes JUnit XML', async () => {
    const dir = pack({ 'tests/small.yaml': GOOD });
    const r = await cli(['test', dir, '--format', 'junit']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<\?xml/);
    expect(r.stdout).toContain('<testsuite name="team/tests/small.yaml" tests="4" failures="0"');
    expect(r.stdout).toContain('name="limit by param [limit 1]"');
  });

  it('exits 2 on a pack that does not load or a folder without a pack', async () => {
    const dir = pack({ 'tests/small.yaml': GOOD }, { 'rules/bad.yaml': rule('team/bad', 'assert: "nope("\n') });
    const r = await cli(['test', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/rules\/bad\.yaml:9:\d+: invalid CEL in assert/);
    expect((await cli(['test'], path.dirname(dir))).code).toBe(2);
  });

  it('never loads tests/ as rules', async () => {
    const dir = pack({ 'tests/small.yaml': GOOD, 'tests/base.yaml': 'items: []\n' });
    expect((await cli(['test', dir])).code).toBe(0);
  });

  it('runs the built-in packs', async () => {
    for (const name of ['nfra-2024-99', 'nfra-2024-99-strict']) {
      const r = await cli(['test', `policies/${name}`]);
      expect(r.code, r.stdout.split('\n').filter((l) => l.startsWith('FAIL') || l.startsWith('  ')).join('\n')).toBe(0);
    }
  });
});
