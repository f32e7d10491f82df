// Fixtures for engine tests: packs written to a temporary folder, manifests from YAML text.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LoadedManifest } from '../../src/manifest/types.js';
import { testManifest } from '../../src/engine/pack-tests.js';

export const PACK_YAML = `apiVersion: mobile-policy/pack/v1
name: demo
version: 1.0.0
title: { en: Demo, zh-CN: 演示 }
params:
  freshnessDays: 365
  maxWaiverDays: 180
`;

export function rule(id: string, body: string, extra = ''): string {
  return `id: ${id}
title: { en: Title of ${id}, zh-CN: 标题 }
message: { en: "Message {item.name} {params.freshnessDays}", zh-CN: "消息 {item.name}" }
severity: error
articles: [4]
stages: [pr, release]
rationale: { en: Why, zh-CN: 原因 }
remediation: { en: Fix it, zh-CN: 整改 }
${body}${extra}`;
}

/** Writes a pack folder (relative file → text) and returns its path. */
export function makePack(files: Record<string, string>, parent?: string): string {
  const dir = fs.mkdtempSync(path.join(parent ?? os.tmpdir(), 'mp-pack-'));
  for (const [rel, text] of Object.entries({ 'pack.yaml': PACK_YAML, ...files })) {
    const abs = path.join(dir, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
  }
  return dir;
}

export function manifest(text: string, file = 'mobile-app.yaml'): LoadedManifest {
  return testManifest(file, text);
}

export function brokenManifest(file = 'mobile-app.yaml'): LoadedManifest {
  return { file, appDir: '', data: undefined, diagnostics: [], locate: () => ({ file, line: 1, column: 1 }) };
}
