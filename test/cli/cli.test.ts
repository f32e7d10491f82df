// The bundled CLI, run as a user runs it: `node dist/cli.js ...` (npm test builds dist/ first).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { listRules, loadPack } from '../../src/engine/index.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const DIRTY = 'examples/android-bank';
const CLEAN = 'examples/clean-android-bank';

function run(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', MOBILE_POLICY_NOW: '2026-11-28', LANG: 'C', ...opts.env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** 1-based line of the first line containing `needle` in a file. */
function lineOf(file: string, needle: string): number {
  const i = fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`${needle} not in ${file}`);
  return i + 1;
}

function tmpRepo(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-cli-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

describe('mobile-policy check', () => {
  it('reports the deliberately broken example on its lines and exits 1', () => {
    const r = run(['check', DIRTY]);
    expect(r.code).toBe(1);
    const manifest = `${DIRTY}/mobile-app.yaml`;
    expect(r.stdout).toContain(`mobile-app.yaml:${lineOf(manifest, 'lastDrill:')}:22  manifest/schema`);
    expect(r.stdout).toContain('`continuity.lastDrill.date` must be a date like 2025-03-31, got `last May`.');
    expect(r.stdout).toContain(`mobile-app.yaml:${lineOf(manifest, 'responsiblePersn')}:3  manifest/unknown-key`);
    expect(r.stdout).toContain('did you mean `responsiblePerson`?');
    expect(r.stdout).toMatch(/nfra\/outsourcing-contract {2}\[art\. 14\]/);
    expect(r.stdout).toContain('waived (1)');
    expect(r.stderr).toBe('');
  });

  it('keeps its exit code and prints no stack trace when the reader of its output goes away (`check | head`)', async () => {
    for (const format of ['text', 'json', 'sarif']) {
      const child = spawn(process.execPath, [CLI, 'check', DIRTY, '--format', format], {
        cwd: ROOT, env: { PATH: process.env.PATH ?? '', MOBILE_POLICY_NOW: '2026-11-28', LANG: 'C' }, stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
      // Like `head -c 1`: the first bytes, then the pipe is closed.
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
      expect(stderr, format).not.toMatch(/EPIPE|Error|\n\s+at /);
      expect(code, format).toBe(1);
    }
  });

  it('passes the clean example with exit 0', () => {
    const r = run(['check', CLEAN]);
    expect(r.stdout).toContain('No findings.');
    expect(r.code).toBe(0);
  });

  it('prints the JSON contract', () => {
    const r = run(['check', DIRTY, '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.tool.name).toBe('mobile-policy');
    expect(out.stage).toBe('pr');
    expect(out.apps.map((a: { manifest: string; app: unknown }) => ({ manifest: a.manifest, app: a.app }))).toEqual([{ manifest: 'mobile-app.yaml', app: { id: 'cn.example.riverbank', name: 'River Bank' } }]);
    // The resolved scope: the app's build (settings.gradle includes :app) and its files by role.
    expect(out.apps[0].scope).toMatchObject({ roots: [''], via: 'manifest-folder', android: { modules: [':app'], applications: [':app'] }, files: { shipped: 8 } });
    expect(out.summary.error).toBe(out.findings.filter((f: { severity: string; waived: boolean }) => f.severity === 'error' && !f.waived).length);
    const waived = out.findings.filter((f: { waived: boolean }) => f.waived);
    expect(waived.map((f: { ruleId: string }) => f.ruleId)).toEqual(['nfra/android-min-sdk']);
    for (const f of out.findings) {
      expect(f.fingerprint).toMatch(/^[0-9a-f]{16}$/);
      expect(f.location.file).toBeTruthy();
      expect(Array.isArray(f.articles)).toBe(true);
    }
    expect(r.stderr).toContain('finding(s) at or above "error"');
  });

  it('keeps fingerprints when lines move', () => {
    const text = fs.readFileSync(path.join(ROOT, DIRTY, 'mobile-app.yaml'), 'utf8');
    const a = tmpRepo({ 'mobile-app.yaml': text });
    const b = tmpRepo({ 'mobile-app.yaml': `# a comment\n# another\n${text}` });
    const fa = JSON.parse(run(['check', a, '--format', 'json']).stdout).findings;
    const fb = JSON.parse(run(['check', b, '--format', 'json']).stdout).findings;
    expect(fb.map((f: { fingerprint: string }) => f.fingerprint).sort()).toEqual(fa.map((f: { fingerprint: string }) => f.fingerprint).sort());
    expect(fb[0].location.line).toBe(fa[0].location.line + 2);
  });

  it('speaks Chinese with --lang zh-CN and from LANG', () => {
    const r = run(['check', DIRTY, '--lang', 'zh-CN']);
    expect(r.stdout).toContain('错误 (');
    expect(r.stdout).toMatch(/第14条/);
    const env = run(['check', DIRTY], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(env.stdout).toContain('错误 (');
  });

  it('runs release-stage rules only at release', () => {
    const pr = JSON.parse(run(['check', DIRTY, '--format', 'json']).stdout);
    const rel = JSON.parse(run(['check', DIRTY, '--format', 'json', '--stage', 'release']).stdout);
    expect(rel.stage).toBe('release');
    const ids = (o: { findings: { ruleId: string }[] }) => new Set(o.findings.map((f) => f.ruleId));
    expect([...ids(rel)].filter((id) => !ids(pr).has(id)).length).toBeGreaterThan(0);
  });

  it('honours --fail-on and --output', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mp-out-')), 'sub/report.json');
    const r = run(['check', DIRTY, '--format', 'json', '--output', out, '--fail-on', 'never']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).findings.length).toBeGreaterThan(0);
    expect(run(['check', CLEAN, '--fail-on', 'note']).code).toBe(0);
  });

  it('reports a missing manifest as a finding (exit 1)', () => {
    const dir = tmpRepo({ 'app/build.gradle': 'plugins { id "com.android.application" }\n' });
    const r = run(['check', dir, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toContain('manifest/missing');
  });

  it('reports broken YAML on its line, without a stack trace', () => {
    const dir = tmpRepo({ 'mobile-app.yaml': 'apiVersion: mobile-policy/v1\napp:\n  id: [unclosed\n  name: x\n' });
    const r = run(['check', dir, '--format', 'json']);
    expect(r.code).toBe(1);
    const parse = JSON.parse(r.stdout).findings.find((f: { ruleId: string }) => f.ruleId === 'manifest/parse');
    expect(parse.location.line).toBeGreaterThanOrEqual(3);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('survives an alias bomb quickly', () => {
    const bomb = ['apiVersion: mobile-policy/v1', 'a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)}]`);
    const dir = tmpRepo({ 'mobile-app.yaml': bomb.join('\n') + '\n' });
    const started = Date.now();
    const r = run(['check', dir, '--format', 'json']);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toContain('manifest/alias-limit');
  });
});

describe('usage errors exit 2 with a clear message', () => {
  it.each([
    [['check', DIRTY, '--stage', 'nightly'], '--stage must be one of pr, release'],
    [['check', DIRTY, '--format', 'pdf'], '--format must be one of'],
    [['check', DIRTY, '--policy', 'no-such-pack'], 'no-such-pack'],
    [['check', 'no/such/dir'], 'is not a folder'],
    [['check', DIRTY, '--bogus'], 'unknown option --bogus; options: --manifest'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['explain', 'nfra/no-such-rule'], 'no rule or built-in check "nfra/no-such-rule"'],
  ])('%j', (args, message) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('mobile-policy explain', () => {
  const rules = listRules([loadPack('nfra-2024-99')]);

  it('explains every built-in rule in both languages', async () => {
    expect(rules.length).toBeGreaterThan(20);
    for (const rule of rules) {
      // In-process for speed; the process path is covered by the --lang case below.
      const r = { stdout: '', code: 0 };
      r.code = await main(['explain', rule.id], { out: (s) => { r.stdout += s; }, err: () => {}, isTTY: false, env: {}, cwd: ROOT });
      expect(r.code, rule.id).toBe(0);
      expect(r.stdout).toContain(`${rule.id}: ${rule.title.en}`);
      expect(r.stdout).toContain(`${rule.id}: ${rule.title['zh-CN']}`);
      expect(r.stdout).toContain('How to fix');
      expect(r.stdout).toContain('整改方法');
    }
  });

  it('prints one language with --lang', () => {
    const r = run(['explain', rules[0]!.id, '--lang', 'zh-CN']);
    expect(r.stdout).toContain('整改方法');
    expect(r.stdout).not.toContain('How to fix');
  });
});

describe('mobile-policy schema', () => {
  it('prints the manifest JSON Schema', () => {
    const r = run(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema).toEqual(JSON.parse(fs.readFileSync(path.join(ROOT, 'schema/mobile-app.schema.json'), 'utf8')));
  });
});
