// Evaluation: stages, each/item, locations, fingerprints, rule errors and time boxes.
import { describe, expect, it } from 'vitest';
import { diagnosticsToFindings, evaluate, explainRule, fingerprint, loadPack } from '../../src/engine/index.js';
import { brokenManifest, makePack, manifest, rule } from './helpers.js';

const NOW = new Date('2026-06-30T00:00:00Z');

const MANIFEST = `apiVersion: mobile-policy/v1
app:
  id: com.example
thirdParties:
  - name: Alpha
    contract: { reference: A-1, expires: "2027-01-01" }
  - name: Beta
    contract: { reference: B-1, expires: "2025-01-01" }
`;

const contractRule = rule(
  'demo/contract',
  `each: "manifest.?thirdParties.orValue([])"
assert: "daysUntil(item.?contract.?expires.orValue('')) >= 0"
at: /thirdParties/{index}/contract/expires
subject: "third-party:{item.name}"
`,
);

describe('evaluate', () => {
  const pack = loadPack(
    makePack({
      'rules/contract.yaml': contractRule,
      'rules/release-only.yaml': rule('demo/release-only', 'stages: [release]\nassert: "false"\n').replace('stages: [pr, release]\n', ''),
      'rules/facts.yaml': rule('demo/facts', 'each: "facts.?sdks.?components.orValue([])"\nassert: "item.declared"\nsubject: "{item.purl}"\n'),
    }),
  );

  it('reports one finding per failing element, located and rendered', () => {
    const f = evaluate([pack], { manifest: manifest(MANIFEST), facts: {}, now: NOW, stage: 'pr' });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      ruleId: 'demo/contract',
      severity: 'error',
      message: { en: 'Message Beta 365', 'zh-CN': '消息 Beta' },
      location: { file: 'mobile-app.yaml', line: 8, column: 33 },
      subject: 'third-party:Beta',
      articles: [4],
      app: 'mobile-app.yaml',
      waived: false,
      remediation: { en: 'Fix it', 'zh-CN': '整改' },
    });
    expect(f[0]!.fingerprint).toBe(fingerprint('demo/contract', 'mobile-app.yaml', 'third-party:Beta'));
    expect(f[0]!.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it('filters rules by stage', () => {
    const f = evaluate([pack], { manifest: manifest(MANIFEST), facts: {}, now: NOW, stage: 'release' });
    expect(f.map((x) => x.ruleId).sort()).toEqual(['demo/contract', 'demo/release-only']);
  });

  it('keeps fingerprints stable when lines move', () => {
    const moved = manifest(`# a comment\n# another\n${MANIFEST}`);
    const a = evaluate([pack], { manifest: manifest(MANIFEST), facts: {}, now: NOW, stage: 'pr' });
    const b = evaluate([pack], { manifest: moved, facts: {}, now: NOW, stage: 'pr' });
    expect(b[0]!.location.line).toBe(a[0]!.location.line! + 2);
    expect(b[0]!.fingerprint).toBe(a[0]!.fingerprint);
  });

  it('uses the location of fact items when the rule has no `at`', () => {
    const facts = {
      sdks: {
        components: [
          { purl: 'pkg:maven/com.umeng/common', declared: false, location: { file: 'app/build.gradle', line: 12, column: 5 } },
          { purl: 'pkg:maven/com.ok/ok', declared: true, location: { file: 'app/build.gradle', line: 13 } },
        ],
      },
    };
    const f = evaluate([pack], { manifest: manifest(MANIFEST), facts, now: NOW, stage: 'pr' }).filter((x) => x.ruleId === 'demo/facts');
    expect(f).toHaveLength(1);
    expect(f[0]!.location).toEqual({ file: 'app/build.gradle', line: 12, column: 5 });
    expect(f[0]!.subject).toBe('pkg:maven/com.umeng/common');
  });

  it('gives each failing item its own item, index and vars (the scope is shared across items)', () => {
    const p = loadPack(
      makePack({
        'rules/items.yaml': rule(
          'demo/items',
          `each: "facts.things"
assert: "index % 2 == 0 && index != 1030"
vars: { label: "item.name + '-' + string(index)" }
subject: "{vars.label}@{index}"
`,
        ),
      }),
    );
    const things = ['a', 'b', 'c', 'd'].map((name) => ({ name }));
    const f = evaluate([p], { manifest: manifest(MANIFEST), facts: { things }, now: NOW, stage: 'pr' });
    expect(f.map((x) => [x.subject, x.message.en])).toEqual([
      ['b-1@1', 'Message b 365'],
      ['d-3@3', 'Message d 365'],
    ]);
    // Past the shared small bigints: odd indexes and 1030 fail.
    const long = Array.from({ length: 1100 }, (_, i) => ({ name: `n${i}` }));
    const g = evaluate([p], { manifest: manifest(MANIFEST), facts: { things: long }, now: NOW, stage: 'pr' });
    expect(g).toHaveLength(551);
    expect(g.filter((x) => x.subject.startsWith('n1030-')).map((x) => x.subject)).toEqual(['n1030-1030@1030']);
    expect(g.find((x) => x.subject.startsWith('n1099-'))?.message.en).toBe('Message n1099 365');
  });

  it('skips manifest rules when the manifest is broken, but runs fact rules', () => {
    const facts = { sdks: { components: [{ purl: 'pkg:x/y', declared: false, location: { file: 'a.gradle', line: 1 } }] } };
    const f = evaluate([pack], { manifest: brokenManifest(), facts, now: NOW, stage: 'release' });
    expect(f.map((x) => x.ruleId).sort()).toEqual(['demo/facts', 'demo/release-only']);
  });

  it('turns a runtime error into policy/rule-error and keeps running the other rules', () => {
    const p = loadPack(
      makePack({
        'rules/boom.yaml': rule('demo/boom', 'assert: "manifest.app.missing == 1"\n'),
        'rules/contract.yaml': contractRule,
      }),
    );
    const f = evaluate([p], { manifest: manifest(MANIFEST), facts: {}, now: NOW, stage: 'pr' });
    expect(f.map((x) => x.ruleId).sort()).toEqual(['demo/contract', 'policy/rule-error']);
    const err = f.find((x) => x.ruleId === 'policy/rule-error')!;
    expect(err.severity).toBe('error');
    expect(err.location.file).toMatch(/rules\/boom\.yaml$/);
    expect(err.location.line).toBe(1);
    expect(err.message.en).toMatch(/Rule demo\/boom could not be evaluated: No such key: missing/);
    expect(err.subject).toBe('demo/boom');
  });

  it('time-boxes a rule over a huge list', () => {
    const p = loadPack(
      makePack({
        'rules/slow.yaml': rule('demo/slow', 'assert: "facts.big.all(a, facts.big.all(b, facts.big.all(c, a + b + c >= 0)))"\n'),
        'rules/contract.yaml': contractRule,
      }),
    );
    const big = Array.from({ length: 5000 }, (_, i) => i);
    const t0 = Date.now();
    const f = evaluate([p], { manifest: manifest(MANIFEST), facts: { big }, now: NOW, stage: 'pr' }, { ruleTimeoutMs: 100 });
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(f.map((x) => x.ruleId).sort()).toEqual(['demo/contract', 'policy/rule-error']);
    expect(f.find((x) => x.ruleId === 'policy/rule-error')!.message.en).toMatch(/longer than 100 ms/);
  });

  it('time-boxes a catastrophic regular expression', () => {
    const p = loadPack(makePack({ 'rules/redos.yaml': rule('demo/redos', `assert: "manifest.app.id.matches('^(a+)+$')"\n`) }));
    const m = manifest(`app:\n  id: ${'a'.repeat(40)}!\n`);
    const f = evaluate([p], { manifest: m, facts: {}, now: NOW, stage: 'pr' }, { ruleTimeoutMs: 100 });
    expect(f.map((x) => x.ruleId)).toEqual(['policy/rule-error']);
  });

  it('reports a non-bool assert at run time as a rule error', () => {
    const p = loadPack(makePack({ 'rules/dyn.yaml': rule('demo/dyn', 'assert: "manifest.app.id"\n') }));
    const f = evaluate([p], { manifest: manifest(MANIFEST), facts: {}, now: NOW, stage: 'pr' });
    expect(f[0]!.message.en).toMatch(/assert returned a string, not a bool/);
  });

  it('applies stageSeverity', () => {
    const p = loadPack(makePack({ 'rules/st.yaml': rule('demo/st', 'stageSeverity: { pr: warning }\nassert: "false"\n') }));
    const at = (stage: 'pr' | 'release') => evaluate([p], { manifest: manifest(MANIFEST), facts: {}, now: NOW, stage })[0]!.severity;
    expect(at('pr')).toBe('warning');
    expect(at('release')).toBe('error');
  });
});

describe('built-in pack on its base manifest', () => {
  it('is clean at both stages, and a near-empty manifest fails many rules at their nearest ancestors', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const { builtinPacksDir } = await import('../../src/engine/index.js');
    const base = fs.readFileSync(path.join(builtinPacksDir(), 'nfra-2024-99', 'tests', 'base.yaml'), 'utf8');
    const pack = loadPack('nfra-2024-99');
    for (const stage of ['pr', 'release'] as const) {
      expect(evaluate([pack], { manifest: manifest(base), facts: {}, now: NOW, stage }).map((f) => f.ruleId)).toEqual([]);
    }
    const bare = evaluate([pack], { manifest: manifest('apiVersion: mobile-policy/v1\napp:\n  id: x\n'), facts: {}, now: NOW, stage: 'release' });
    expect(bare.length).toBeGreaterThan(25);
    expect(bare.every((f) => f.location.file === 'mobile-app.yaml' && (f.location.line ?? 0) >= 1)).toBe(true);
    expect(bare.some((f) => f.ruleId.startsWith('policy/'))).toBe(false);
  });
});

describe('diagnosticsToFindings', () => {
  it('uses the code as rule id and a known title', () => {
    const [f] = diagnosticsToFindings(
      [{ code: 'manifest/parse', severity: 'error', message: { en: 'bad', 'zh-CN': '坏' }, location: { file: 'm.yaml', line: 3 }, articles: [2] }],
      'm.yaml',
    );
    expect(f).toMatchObject({ ruleId: 'manifest/parse', title: { en: 'App manifest cannot be parsed' }, articles: [2], subject: 'manifest/parse', app: 'm.yaml', waived: false });
    const [g] = diagnosticsToFindings([{ code: 'x/y', severity: 'note', message: { en: 'First line\nsecond', 'zh-CN': '第一行' }, location: { file: 'a' }, subject: 'a' }], '');
    expect(g!.title.en).toBe('First line');
  });
});

describe('explainRule', () => {
  it('returns the rule data in both languages', () => {
    const e = explainRule([loadPack('nfra-2024-99')], 'nfra/audit-fresh')!;
    expect(e.articles).toEqual([17]);
    expect(e.stages).toEqual(['pr', 'release']);
    expect(e.stageSeverity).toEqual({ pr: 'warning' });
    expect(e.rationale['zh-CN']).toMatch(/三年/);
    expect(e.file).toBe('policies/nfra-2024-99/rules/audit-fresh.yaml');
    expect(explainRule([loadPack('nfra-2024-99')], 'nfra/nope')).toBeUndefined();
  });
});

describe('facts a failed detector left missing', () => {
  const pack = loadPack(makePack({
    'rules/facts.yaml': rule('demo/facts', 'each: "facts.?sdks.?components.orValue([])"\nassert: "item.declared"\nsubject: "{item.purl}"\n'),
    'rules/links.yaml': rule('demo/links', 'assert: "size(facts.?links.?urls.orValue([])) == 0"\n'),
  }));

  it('a rule reading them gives no verdict (an error at the input the detector failed on), not a pass on an empty list', () => {
    const missing = { sdks: { file: 'app/build.gradle' } };
    const f = evaluate([pack], { manifest: manifest(MANIFEST), facts: { links: { urls: [] } }, now: NOW, stage: 'pr', missingFacts: missing });
    expect(f.map((x) => [x.ruleId, x.severity, x.subject, x.location.file])).toEqual([['policy/facts-missing', 'error', 'demo/facts', 'app/build.gradle']]);
    expect(f[0]!.message.en).toContain('the sdks facts it reads are missing');
    // Without the failure, the same facts (none) pass.
    expect(evaluate([pack], { manifest: manifest(MANIFEST), facts: { links: { urls: [] } }, now: NOW, stage: 'pr' })).toEqual([]);
  });
});
