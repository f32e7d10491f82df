// Pack composition: extends by built-in name, local path and pinned git commit; params typed by
// the base pack; namespaces; collisions; severity maps; CEL problems in extended packs.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, loadPack, parseGitRef } from '../../src/engine/index.js';
import { manifest } from '../engine/helpers.js';
import { packYaml, rule, tmpDir, writeTree } from './helpers.js';

const NOW = new Date('2026-06-30T00:00:00Z');

function base(): string {
  return writeTree({
    'base/pack.yaml': packYaml('base', 'params:\n  limit: 10\n  names: [a, b]\n  label: x\n'),
    'base/rules/small.yaml': rule('base/small', 'assert: size(manifest.?items.orValue([])) <= params.limit\nat: /items\n'),
  });
}

function loadError(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected a load error');
}

describe('extends', () => {
  it('merges a local base: params, overrides, disabled, non-waivable', () => {
    const dir = base();
    writeTree({
      'child/pack.yaml': packYaml('child', 'extends: ../base\nparams:\n  limit: 2\noverrides:\n  base/small: { severity: error, waivable: false }\n'),
      'child/rules/named.yaml': rule('child/named', "assert: filled(manifest.?name.orValue(''))\nat: /name\n"),
    }, dir);
    const pack = loadPack(path.join(dir, 'child'));
    expect(pack.extends).toEqual(['base']);
    expect(pack.rules.map((r) => [r.id, r.pack, r.severity, r.waivable, r.params.limit])).toEqual([
      ['base/small', 'base', 'error', false, 2],
      ['child/named', 'child', 'warning', true, 2],
    ]);
    const f = evaluate([pack], { manifest: manifest('name: n\nitems: [1, 2, 3]\n'), facts: {}, now: NOW, stage: 'pr' });
    expect(f.map((x) => [x.ruleId, x.severity, x.message.en])).toEqual([['base/small', 'error', 'Message for 2']]);

    writeTree({ 'off/pack.yaml': packYaml('off', 'extends: ../child\noverrides:\n  base/small: { disabled: true }\n') }, dir);
    expect(evaluate([loadPack(path.join(dir, 'off'))], { manifest: manifest('items: [1, 2, 3]\n'), facts: {}, now: NOW, stage: 'pr' }).map((x) => x.ruleId)).toEqual(['child/named']);
  });

  it('checks param types against the base pack, with file and line', () => {
    const dir = base();
    writeTree({ 'a/pack.yaml': packYaml('a', 'extends: ../base\nparams:\n  limit: "ten"\n') }, dir);
    expect(loadError(() => loadPack(path.join(dir, 'a')))).toMatch(/a\/pack\.yaml:7:\d+: param "limit" must be an int .*got "ten"/);
    writeTree({ 'b/pack.yaml': packYaml('b', 'extends: ../base\noverrides:\n  base/small: { params: { limt: 3 } }\n') }, dir);
    expect(loadError(() => loadPack(path.join(dir, 'b')))).toMatch(/b\/pack\.yaml:7:\d+: overrides: rule base\/small has no param "limt"; declared params are label, limit, names/);
    writeTree({ 'c/pack.yaml': packYaml('c', 'extends: ../base\nparams:\n  names: [1, 2]\n') }, dir);
    expect(loadError(() => loadPack(path.join(dir, 'c')))).toMatch(/param "names" must be a list of string/);
    writeTree({ 'd/pack.yaml': packYaml('d', 'extends: ../base\nparams:\n  names: []\n  label: y\n  extra: true\noverrides:\n  base/small: { params: { limit: 4 } }\n') }, dir);
    expect(loadPack(path.join(dir, 'd')).rules[0]!.params).toMatchObject({ limit: 4, names: [], label: 'y', extra: true });
  });

  it('keeps rule ids namespaced per pack and never overrides silently', () => {
    const dir = base();
    writeTree({
      'x/pack.yaml': packYaml('x', 'extends: ../base\n'),
      'x/rules/small.yaml': rule('base/small', 'assert: "true"\n'),
    }, dir);
    expect(loadError(() => loadPack(path.join(dir, 'x')))).toMatch(/x\/rules\/small\.yaml:1:1: rule id "base\/small" is already defined in .*base\/rules\/small\.yaml:1 \(pack base\)/);
    writeTree({
      'y/pack.yaml': packYaml('y', 'extends: ../base\n'),
      'y/rules/other.yaml': rule('base/other', 'assert: "true"\n'),
    }, dir);
    expect(loadError(() => loadPack(path.join(dir, 'y')))).toMatch(/uses the namespace "base\/" of the extended pack base/);
  });

  it('re-grades inherited rules with severityMap', () => {
    const dir = base();
    writeTree({ 's/pack.yaml': packYaml('s', 'extends: ../base\nseverityMap: { warning: error }\n') }, dir);
    expect(loadPack(path.join(dir, 's')).rules[0]!.severity).toBe('error');
  });

  it('reports invalid CEL, unknown variables and cost limits in extended packs with file and line', () => {
    const cases: [string, RegExp][] = [
      ['assert: size(manifest.items) >\n', /bad\/rules\/broken\.yaml:9:\d+: invalid CEL in assert/],
      ['assert: secrets.all(s, true)\n', /bad\/rules\/broken\.yaml:9:\d+: invalid CEL in assert: .*secrets/],
      [`assert: "${'['.repeat(80)}1${']'.repeat(80)} != []"\n`, /bad\/rules\/broken\.yaml:9:\d+: invalid CEL in assert/],
    ];
    for (const [body, want] of cases) {
      const dir = base();
      writeTree({
        'bad/pack.yaml': packYaml('bad'),
        'bad/rules/broken.yaml': rule('bad/broken', body),
        'top/pack.yaml': packYaml('top', 'extends: [../base, ../bad]\n'),
      }, dir);
      expect(loadError(() => loadPack(path.join(dir, 'top')))).toMatch(want);
    }
  });

  it('extends a built-in pack by name', () => {
    const dir = writeTree({ 'p/pack.yaml': packYaml('p', 'extends: nfra-2024-99\nparams: { freshnessDays: 90 }\n') });
    const pack = loadPack(path.join(dir, 'p'));
    expect(pack.rules.find((r) => r.id === 'nfra/drill-fresh')!.params.freshnessDays).toBe(90);
  });
});

describe('extends a git repository pinned to a commit', () => {
  function bareRepo(): { url: string; sha: string } {
    const work = writeTree({
      'packs/shared/pack.yaml': packYaml('shared', 'params:\n  limit: 1\n'),
      'packs/shared/rules/small.yaml': rule('shared/small', 'assert: size(manifest.?items.orValue([])) <= params.limit\n'),
    });
    const git = (args: string[], cwd = work) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' }).trim();
    git(['init', '-q', '-b', 'main']);
    git(['add', '.']);
    git(['commit', '-q', '-m', 'pack']);
    const sha = git(['rev-parse', 'HEAD']);
    const bare = path.join(tmpDir('mp-bare-'), 'packs.git');
    git(['clone', '-q', '--bare', work, bare]);
    return { url: pathToFileURL(bare).href, sha };
  }

  it('fetches the commit once into the cache and loads the pack from it', () => {
    const { url, sha } = bareRepo();
    const cache = tmpDir('mp-cache-');
    const dir = writeTree({ 'p/pack.yaml': packYaml('p', `extends: "git+${url}#${sha}:packs/shared"\nparams: { limit: 5 }\n`) });
    const prev = process.env.MOBILE_POLICY_CACHE;
    process.env.MOBILE_POLICY_CACHE = cache;
    try {
      const pack = loadPack(path.join(dir, 'p'));
      expect(pack.extends).toEqual(['shared']);
      expect(pack.rules.map((r) => [r.id, r.params.limit])).toEqual([['shared/small', 5]]);
      const cached = fs.readdirSync(path.join(cache, 'git'));
      expect(cached).toHaveLength(1);
      expect(cached[0]).toMatch(new RegExp(`-${sha}$`));
      expect(fs.existsSync(path.join(cache, 'git', cached[0]!, '.git'))).toBe(false);
      // Second load: from the cache, even when the repository is gone.
      fs.rmSync(new URL(url), { recursive: true, force: true });
      expect(loadPack(path.join(dir, 'p')).rules).toHaveLength(1);
    } finally {
      if (prev === undefined) delete process.env.MOBILE_POLICY_CACHE;
      else process.env.MOBILE_POLICY_CACHE = prev;
    }
  });

  it('refuses branches, tags, short shas and other transports', () => {
    expect(() => parseGitRef('git+https://example.com/org/packs.git#main:packs/shared')).toThrow(/not a full commit sha; pins must be immutable/);
    expect(() => parseGitRef('git+https://example.com/org/packs.git#v1.2.0')).toThrow(/not a full commit sha/);
    expect(() => parseGitRef('git+https://example.com/org/packs.git#abc1234')).toThrow(/not a full commit sha/);
    expect(() => parseGitRef('git+https://example.com/org/packs.git')).toThrow(/must be pinned to a commit/);
    expect(() => parseGitRef(`git+ext::sh -c evil#${'a'.repeat(40)}`)).toThrow(/not a URL|not allowed/);
    expect(() => parseGitRef(`git+https://example.com/x.git#${'a'.repeat(40)}:../up`)).toThrow(/inside the repository/);
    expect(parseGitRef(`git+https://example.com/x.git#${'A'.repeat(40)}:p/q/`)).toEqual({ url: 'https://example.com/x.git', sha: 'a'.repeat(40), subdir: 'p/q' });
  });

  it('reports a commit that is not in the repository as a load error at the extends line', () => {
    const { url } = bareRepo();
    const dir = writeTree({ 'p/pack.yaml': packYaml('p', `extends: "git+${url}#${'0'.repeat(40)}"\n`) });
    const prev = process.env.MOBILE_POLICY_CACHE;
    process.env.MOBILE_POLICY_CACHE = tmpDir('mp-cache-');
    try {
      expect(loadError(() => loadPack(path.join(dir, 'p')))).toMatch(/p\/pack\.yaml:5:\d+: extends: git pack "git\+file:.*cannot fetch commit 0{40}/);
    } finally {
      if (prev === undefined) delete process.env.MOBILE_POLICY_CACHE;
      else process.env.MOBILE_POLICY_CACHE = prev;
    }
  });
});
