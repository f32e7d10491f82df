import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const run = runCli;

function copyExample(name: string, withoutManifest = true): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-init-'));
  fs.cpSync(path.join(ROOT, 'examples', name), dir, { recursive: true });
  if (withoutManifest) fs.rmSync(path.join(dir, 'mobile-app.yaml'));
  return dir;
}

describe('mobile-policy init', () => {
  it('drafts a manifest from the build files, with TODOs that fail the check until filled', async () => {
    const dir = copyExample('android-bank');
    const r = await run(['init', dir, '--name', 'River Bank']);
    expect(r.code).toBe(0);
    const text = fs.readFileSync(path.join(dir, 'mobile-app.yaml'), 'utf8');
    expect(text).toContain('id: cn.example.riverbank.app');
    expect(text).toContain('# from app/build.gradle:');
    expect(text).toMatch(/android:\n\s+minSdk: 21\n\s+targetSdk: 34/);
    expect(text).toContain('- pkg:maven/com.umeng.umsdk/common');
    expect(text).toContain('- android.permission.READ_PHONE_STATE');

    const check = await run(['check', dir, '--format', 'json']);
    expect(check.code).toBe(1);
    const findings = JSON.parse(check.stdout).findings as { ruleId: string; location: { line: number } }[];
    const todos = findings.filter((f) => f.ruleId === 'manifest/todo');
    const todoLines = text.split('\n').map((l, i) => (/:\s+TODO$|-\s+TODO$/.test(l) ? i + 1 : 0)).filter(Boolean);
    expect(todos.map((f) => f.location.line).sort((a, b) => a - b)).toEqual(todoLines);
    expect(findings.some((f) => f.ruleId === 'manifest/parse')).toBe(false);
  });

  it('never overwrites an existing manifest', async () => {
    const dir = copyExample('android-bank', false);
    const before = fs.readFileSync(path.join(dir, 'mobile-app.yaml'), 'utf8');
    const r = await run(['init', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('init never overwrites a manifest');
    expect(fs.readFileSync(path.join(dir, 'mobile-app.yaml'), 'utf8')).toBe(before);
  });

  it('prints the draft with --stdout even when a manifest exists', async () => {
    const r = await run(['init', copyExample('clean-android-bank', false), '--stdout']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('id: cn.example.harbourbank');
  });
});

describe('mobile-policy inventory', () => {
  it('prints the JSON contract with evidence and catalogued SDKs', async () => {
    const r = await run(['inventory', 'examples/android-bank', '--format', 'json']);
    expect(r.code).toBe(0);
    const inv = JSON.parse(r.stdout);
    expect(Object.keys(inv)).toEqual(['components']);
    const umeng = inv.components.find((c: { purl: string }) => c.purl === 'pkg:maven/com.umeng.umsdk/common@9.6.3');
    expect(umeng).toMatchObject({ ecosystem: 'maven', name: 'com.umeng.umsdk:common', version: '9.6.3', direct: true });
    expect(umeng.sdk.categories).toContain('analytics');
    expect(umeng.locations).toEqual([{ file: 'app/build.gradle', line: 36 }]);
    // Open-source libraries are catalogued too (sdk set, openSource in the catalogue).
    const gson = inv.components.find((c: { name: string }) => c.name === 'com.google.code.gson:gson');
    expect(gson.sdk).toMatchObject({ id: 'gson', categories: ['other'] });
  });

  it('writes CycloneDX', async () => {
    const r = await run(['inventory', 'examples/clean-android-bank', '--format', 'cyclonedx']);
    const bom = JSON.parse(r.stdout);
    expect(bom.bomFormat).toBe('CycloneDX');
    expect(bom.components.map((c: { purl: string }) => c.purl)).toContain('pkg:maven/com.squareup.okhttp3/okhttp@4.12.0');
  });
});
