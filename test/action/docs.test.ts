import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { ROOT } from './harness.js';

const action = YAML.parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { description: string }>; outputs: Record<string, { description: string }>; runs: { using: string } };
const doc = fs.readFileSync(path.join(ROOT, 'docs/github-action.md'), 'utf8');
const examples = path.join(ROOT, 'examples/workflows');
const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('action.yml and its documentation', () => {
  it('runs on node24 and documents every input and output', () => {
    expect(action.runs.using).toBe('node24');
    for (const [name, spec] of [...Object.entries(action.inputs), ...Object.entries(action.outputs)]) {
      expect(spec.description, name).toBeTruthy();
      expect(doc, name).toContain(`| \`${name}\``);
    }
  });

  it('has the inputs main.ts reads', () => {
    const src = fs.readFileSync(path.join(ROOT, 'src/action/inputs.ts'), 'utf8');
    for (const name of src.matchAll(/read\(\s*'([a-z-]+)'\s*\)|bool\(read, '([a-z-]+)'|choice(?:<\w+>)?\(read, '([a-z-]+)'/g)) {
      const n = name[1] ?? name[2] ?? name[3];
      expect(Object.keys(action.inputs), n).toContain(n);
    }
  });
});

describe('example workflows', () => {
  const files = fs.readdirSync(examples).filter((f) => f.endsWith('.yml')).sort();
  it('covers every example', () => expect(files).toContain('ledger.yml'));
  it.each(files)('%s parses, pins every action to a SHA and sets permissions', (file) => {
    const text = fs.readFileSync(path.join(examples, file), 'utf8');
    const wf = YAML.parse(text) as { permissions?: unknown; on: unknown };
    expect(wf.permissions, 'top-level permissions').toBeDefined();
    for (const m of text.matchAll(/^\s*(?:-\s*)?uses:\s*(\S+)/gm)) {
      const ref = m[1]!;
      if (ref.startsWith('./')) continue;
      // mobile-policy itself: this release's tag, with the one placeholder (docs/releases.md).
      if (ref.startsWith('YOUR_ORG/mobile-policy@')) {
        expect(ref, file).toBe(`YOUR_ORG/mobile-policy@v${version}`);
        continue;
      }
      expect(ref, `${file}: ${ref}`).toMatch(/@[0-9a-f]{40}$/);
    }
  });
});
