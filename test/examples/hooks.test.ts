// The pre-commit hooks (.pre-commit-hooks.yaml) and the plain git hook (examples/hooks/pre-commit),
// run as pre-commit and git run them, in a git repository holding a copy of an example app; the
// bundled CLI stands for the installed `mobile-policy`. (npm test builds dist/ first.)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const NEW_PERMISSION = '<uses-permission android:name="android.permission.RECORD_AUDIO" />';

interface Hook { id: string; name: string; entry: string; language: string; files: string; pass_filenames: boolean; description: string }
const hooks = parse(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const hook = (id: string) => hooks.find((h) => h.id === id)!;

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-hook-home-'));
  temps.push(home);
  return {
    PATH: process.env.PATH ?? '', HOME: home, LANG: 'C', MOBILE_POLICY_NOW: '2026-11-28', GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Dev', GIT_AUTHOR_EMAIL: 'dev@example.cn', GIT_COMMITTER_NAME: 'Dev', GIT_COMMITTER_EMAIL: 'dev@example.cn',
    ...extra,
  };
}

function git(dir: string, args: string[], extra: Record<string, string> = {}) {
  return spawnSync('git', args, { cwd: dir, env: env(extra), encoding: 'utf8', timeout: 60_000 });
}

/** A git repository with one commit of an example app (or none). */
function repo(example: string, commit = true): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-hook-'));
  temps.push(dir);
  fs.cpSync(path.join(ROOT, 'examples', example), dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
  if (commit) {
    git(dir, ['add', '-A']);
    expect(git(dir, ['commit', '-q', '-m', 'app']).status).toBe(0);
  }
  return dir;
}

/** pre-commit splits `entry` like a shell (no quotes in ours) and runs it in the repository. */
function runEntry(entry: string, dir: string) {
  const [bin, ...args] = entry.split(/\s+/);
  expect(bin).toBe('mobile-policy');
  return spawnSync(process.execPath, [CLI, ...args], { cwd: dir, env: env(), encoding: 'utf8', timeout: 60_000 });
}

function addPermission(dir: string): void {
  const file = path.join(dir, 'app/src/main/AndroidManifest.xml');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('<application', `${NEW_PERMISSION}\n    <application`));
}

describe('.pre-commit-hooks.yaml', { timeout: 120_000 }, () => {
  it('declares the two hooks with the fields pre-commit requires, run once per commit on the bin the package installs', () => {
    expect(hooks.map((h) => h.id)).toEqual(['mobile-policy-manifest', 'mobile-policy-new-findings']);
    const bin = Object.keys((JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin);
    for (const h of hooks) {
      for (const key of ['id', 'name', 'entry', 'language', 'description'] as const) expect(h[key], `${h.id}.${key}`).toBeTruthy();
      expect(h.language).toBe('node');
      expect(h.pass_filenames).toBe(false);
      expect(bin).toContain(h.entry.split(' ')[0]);
    }
  });

  it('each hook runs on the files that matter to it', () => {
    const manifest = new RegExp(hook('mobile-policy-manifest').files);
    const changes = new RegExp(hook('mobile-policy-new-findings').files);
    expect(['mobile-app.yaml', 'apps/bank/mobile-app.yml'].every((f) => manifest.test(f))).toBe(true);
    expect(['README.md', 'mobile-app.yaml.bak', 'app/build.gradle'].some((f) => manifest.test(f))).toBe(false);
    for (const f of ['mobile-app.yaml', 'app/build.gradle', 'build.gradle.kts', 'gradle/libs.versions.toml', 'app/src/main/AndroidManifest.xml',
      'ios/App/Info.plist', 'ios/App/PrivacyInfo.xcprivacy', 'App.xcodeproj/project.pbxproj', 'Podfile.lock', 'Package.resolved', 'pubspec.lock',
      'yarn.lock', 'entry/src/main/module.json5', 'app/src/main/java/cn/x/Web.java', 'Sources/Net.swift', 'app/libs/sdk.aar']) {
      expect(changes.test(f), f).toBe(true);
    }
    for (const f of ['README.md', 'docs/design.md', 'fastlane/metadata/zh-Hans/description.txt', 'assets/logo.png']) expect(changes.test(f), f).toBe(false);
  });

  it('the manifest hook fails on an invalid manifest, passes a valid one and an unfilled draft', () => {
    const { entry } = hook('mobile-policy-manifest');
    const dirty = runEntry(entry, repo('android-bank', false));
    expect(dirty.status).toBe(1);
    expect(dirty.stdout).toContain('manifest/unknown-key');
    expect(dirty.stdout).not.toContain('nfra/');
    expect(runEntry(entry, repo('clean-android-bank', false)).status).toBe(0);

    const draft = repo('android-bank', false);
    fs.rmSync(path.join(draft, 'mobile-app.yaml'));
    expect(spawnSync(process.execPath, [CLI, 'init', draft], { env: env(), encoding: 'utf8' }).status).toBe(0);
    const drafted = runEntry(entry, draft);
    expect(drafted.stdout).toContain('No findings.');
    expect(drafted.status).toBe(0);
  });

  it('the repository hook fails only on a finding the change adds', () => {
    const { entry } = hook('mobile-policy-new-findings');
    const dirty = repo('android-bank');
    expect(runEntry(entry, dirty).status).toBe(0); // existing findings do not block
    addPermission(dirty);
    const r = runEntry(entry, dirty);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/AndroidManifest\.xml:\d+:\d+ {2}nfra\/permission-justified .*\(new\)/);
  });
});

describe('examples/hooks/pre-commit (a plain git hook)', { timeout: 120_000 }, () => {
  const script = path.join(ROOT, 'examples/hooks/pre-commit');
  const tool = { MOBILE_POLICY: `${process.execPath} ${CLI}` };

  it('is executable and pins the package version', () => {
    expect(fs.statSync(script).mode & 0o111).not.toBe(0);
    const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(fs.readFileSync(script, 'utf8')).toContain(`npx --yes mobile-policy@${version}`);
  });

  it('blocks a commit that adds a finding and lets others through', () => {
    const dir = repo('clean-android-bank', false);
    const hooksDir = path.join(dir, '.githooks');
    fs.mkdirSync(hooksDir);
    fs.copyFileSync(script, path.join(hooksDir, 'pre-commit'));
    fs.chmodSync(path.join(hooksDir, 'pre-commit'), 0o755);
    git(dir, ['config', 'core.hooksPath', '.githooks']);
    git(dir, ['add', '-A']);
    // The first commit has no HEAD to compare with: the whole app is checked (and is clean).
    const first = git(dir, ['commit', '-q', '-m', 'app'], tool);
    expect(first.stdout + first.stderr).toContain('No findings.');
    expect(first.status).toBe(0);

    addPermission(dir);
    git(dir, ['add', '-A']);
    const blocked = git(dir, ['commit', '-q', '-m', 'record audio'], tool);
    expect(blocked.status).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('android.permission.RECORD_AUDIO'); // git sends a hook's output to stderr
    expect(git(dir, ['log', '--format=%s']).stdout.trim()).toBe('app');

    git(dir, ['checkout', '-q', 'HEAD', '--', '.']);
    fs.writeFileSync(path.join(dir, 'NOTES.md'), 'release notes\n');
    git(dir, ['add', '-A']);
    expect(git(dir, ['commit', '-q', '-m', 'notes'], tool).status).toBe(0);
    expect(git(dir, ['log', '--format=%s']).stdout.trim().split('\n')).toEqual(['notes', 'app']);
  });
});
