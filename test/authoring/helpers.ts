// Helpers for authoring tests: in-process CLI runs and throwaway pack folders.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export async function cli(args: string[], cwd = ROOT, env: Record<string, string> = {}) {
  const r = { code: 0, stdout: '', stderr: '' };
  r.code = await main(args, {
    out: (s) => { r.stdout += s; },
    err: (s) => { r.stderr += s; },
    isTTY: false,
    env: { MOBILE_POLICY_NOW: '2026-06-30', ...env },
    cwd,
  });
  return r;
}

export function tmpDir(prefix = 'mp-auth-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Writes files (relative path → text) under a new temporary folder and returns it. */
export function writeTree(files: Record<string, string>, dir = tmpDir()): string {
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
  }
  return dir;
}

export function rule(id: string, body: string, articles = '[4]'): string {
  return `id: ${id}
title: { en: Title of ${id}, zh-CN: 标题 }
message: { en: "Message for {params.limit}", zh-CN: "消息 {params.limit}" }
severity: warning
articles: ${articles}
stages: [pr, release]
rationale: { en: Why, zh-CN: 原因 }
remediation: { en: Fix it, zh-CN: 整改 }
${body}`;
}

export function packYaml(name: string, extra = ''): string {
  return `apiVersion: mobile-policy/pack/v1
name: ${name}
version: 1.0.0
title: { en: ${name}, zh-CN: ${name} }
${extra}`;
}
