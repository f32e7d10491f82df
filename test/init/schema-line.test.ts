import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { MANIFEST_SCHEMA_FILE, manifestSchemaUrl } from '../../src/init/schema-line.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string; files: string[] };

function appWithoutManifest(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-modeline-'));
  fs.cpSync(path.join(ROOT, 'examples/android-bank'), dir, { recursive: true });
  fs.rmSync(path.join(dir, 'mobile-app.yaml'));
  return dir;
}

describe('init: the editor schema line', () => {
  it('the draft starts with a yaml-language-server modeline naming this version\'s published schema', async () => {
    const dir = appWithoutManifest();
    expect((await runCli(['init', dir])).code).toBe(0);
    const text = fs.readFileSync(path.join(dir, 'mobile-app.yaml'), 'utf8');
    const [first, second] = text.split('\n');
    expect(first).toBe(`# yaml-language-server: $schema=https://cdn.jsdelivr.net/npm/mobile-policy@${pkg.version}/schema/mobile-app.schema.json`);
    expect(second).toMatch(/^# Draft written by `mobile-policy init`/);
    // Still a plain YAML document whose content starts at `app:`.
    const doc = parseDocument(text);
    expect(doc.errors).toEqual([]);
    expect(doc.toJS()).toHaveProperty('app');
    const check = await runCli(['check', dir, '--format', 'json']);
    const ids = (JSON.parse(check.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId);
    expect(ids).not.toContain('manifest/parse');
    expect(ids).toContain('manifest/todo');
    const printed = await runCli(['init', dir, '--stdout']);
    expect(printed.stdout.split('\n')[0]).toBe(first);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the URL points at a file the npm package ships, the schema `mobile-policy schema` prints', async () => {
    expect(manifestSchemaUrl(pkg.version).endsWith(`/mobile-policy@${pkg.version}/${MANIFEST_SCHEMA_FILE}`)).toBe(true);
    expect(pkg.files).toContain(MANIFEST_SCHEMA_FILE.split('/')[0]);
    const shipped = JSON.parse(fs.readFileSync(path.join(ROOT, MANIFEST_SCHEMA_FILE), 'utf8')) as unknown;
    expect(JSON.parse((await runCli(['schema'])).stdout)).toEqual(shipped);
  });
});
