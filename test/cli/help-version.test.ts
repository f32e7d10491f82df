import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/index.js';
import { builtinPackNames, loadPack } from '../../src/engine/index.js';
import { toolCommit, type VersionInfo } from '../../src/cli/version.js';
import { allHelpTexts } from '../../src/cli/help.js';
import { main } from '../../src/cli/main.js';
import { readGitHead } from '../../src/repo/git-head.js';
import { runCli, ROOT } from '../helpers/run-cli.js';

const COMMANDS = ['check', 'inventory', 'init', 'explain', 'test', 'coverage', 'ledger', 'schema', 'version'];

describe('help', () => {
  it('the general help lists examples and every command', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\nExamples:\n  mobile-policy init\n');
    for (const c of COMMANDS) expect(r.stdout).toContain(`mobile-policy ${c}`);
  });

  it.each(COMMANDS)('`%s --help` prints its usage and examples of that command, and exits 0', async (command) => {
    for (const flag of ['--help', '-h']) {
      const r = await runCli([command, flag]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      const [, usage, examples] = r.stdout.split(/\n\n(?:Usage|Examples):\n/);
      expect(usage).toContain(`mobile-policy ${command}`);
      const lines = examples!.split('\n').filter((l) => /^ {2}\S/.test(l));
      expect(lines.length).toBeGreaterThan(0);
      for (const l of lines) expect(l).toMatch(new RegExp(`(^|\\s)mobile-policy ${command}( |$)`));
    }
  });

  it('the examples of check use its real options and formats', async () => {
    const r = await runCli(['check', '--help']);
    const options = new Set([...r.stdout.split('Examples:')[1]!.matchAll(/ (--[a-z-]+)/g)].map((m) => m[1]));
    const usage = r.stdout.split('Examples:')[0]!;
    for (const o of options) expect(usage).toContain(`[${o}`);
    for (const format of r.stdout.matchAll(/--format (\w+)/g)) expect(usage).toMatch(new RegExp(`[|\\s]${format[1]}[|\\]]`));
  });

  it('follows the language of the environment: Chinese headings and descriptions under zh_CN', async () => {
    const zh = async (args: string[]) => {
      let out = '';
      const code = await main(args, { out: (t) => { out += t; }, err: () => {}, isTTY: false, env: { LANG: 'zh_CN.UTF-8' }, cwd: ROOT });
      return { code, out };
    };
    const check = await zh(['check', '--help']);
    expect(check.code).toBe(0);
    expect(check.out).toMatch(/^按策略包检查/);
    expect(check.out).toContain('\n\n用法：\n  mobile-policy check');
    expect(check.out).toContain('\n\n示例：\n  mobile-policy check\n      检查当前目录的应用');
    expect((await zh(['--help'])).out).toContain('\n示例：\n  mobile-policy init\n      根据代码仓库起草');
    expect((await zh(['version'])).out).toMatch(/策略包 nfra-2024-99 [\d.]+：\d+ 条规则/);
  });

  it('every help text has both languages, the Chinese one without English vocabulary', () => {
    const allowed = new Set(['SDK', 'CI', 'JSON', 'GitHub', 'Jenkins']);
    for (const { where, text } of allHelpTexts()) {
      expect(text.en, where).toMatch(/[a-z]/);
      expect(text['zh-CN'], where).toMatch(/[\u4e00-\u9fff]/);
      const words = text['zh-CN'].replace(/`[^`]*`/g, ' ').split(/[^A-Za-z0-9_./*-]+/)
        .filter((w) => /^[A-Za-z]+$/.test(w) && !allowed.has(w));
      expect(words, where).toEqual([]);
    }
  });

  it('`--help` after `--` is an argument, not a request for help', async () => {
    const r = await runCli(['explain', '--', '--help']);
    expect(r.code).toBe(2);
  });
});

describe('version', () => {
  it('--json names the tool, the built-in packs and the catalogue', async () => {
    const r = await runCli(['version', '--json']);
    expect(r.code).toBe(0);
    const info = JSON.parse(r.stdout) as VersionInfo;
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(info.tool).toEqual({ name: 'mobile-policy', version: pkg.version, commit: readGitHead(ROOT)?.commit ?? null });
    expect(info.node).toBe(process.versions.node);
    expect(info.packs).toEqual(builtinPackNames().map((n) => {
      const p = loadPack(n);
      return { name: p.name, version: p.version, rules: p.rules.length };
    }));
    expect(info.packs.map((p) => p.name)).toContain('nfra-2024-99');
    expect(info.catalogue.sdks).toBe(loadCatalog().sdks.length);
    expect(info.catalogue.sha256).toMatch(/^[0-9a-f]{64}$/);
    const text = await runCli(['version']);
    expect(text.stdout).toContain(`mobile-policy ${pkg.version}`);
    expect(text.stdout).toContain(`SDK catalogue ${pkg.version}: ${info.catalogue.sdks} SDKs, sha256 ${info.catalogue.sha256}`);
  });

  it('the bundled CLI reports the same packs and catalogue digest as the sources (dist/ embeds them)', async () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'version', '--json'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const bundled = JSON.parse(r.stdout) as VersionInfo;
    const source = JSON.parse((await runCli(['version', '--json'])).stdout) as VersionInfo;
    expect(bundled.packs).toEqual(source.packs);
    expect(bundled.catalogue).toEqual(source.catalogue);
  });

  it('the commit: gitHead of a published package, else a clone\'s HEAD, never an enclosing repository\'s', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-version-'));
    const pkg = path.join(dir, 'node_modules', 'mobile-policy');
    fs.mkdirSync(pkg, { recursive: true });
    // An app repository around the installed package.
    fs.mkdirSync(path.join(dir, '.git', 'refs', 'heads'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    fs.writeFileSync(path.join(dir, '.git', 'refs', 'heads', 'main'), `${'1'.repeat(40)}\n`);
    fs.writeFileSync(path.join(pkg, 'package.json'), '{ "name": "mobile-policy" }');
    expect(toolCommit(pkg)).toBeNull();
    fs.writeFileSync(path.join(pkg, 'package.json'), `{ "name": "mobile-policy", "gitHead": "${'2'.repeat(40)}" }`);
    expect(toolCommit(pkg)).toBe('2'.repeat(40));
    expect(toolCommit(dir)).toBe('1'.repeat(40));
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
