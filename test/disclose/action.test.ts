// The Action's `disclose: true`: every document of each app written into one folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, expect, it } from 'vitest';
import { writeDisclosures } from '../../src/action/disclose.js';
import { runCheck } from '../../src/check.js';
import { writeApp } from './fixture.js';

const dir = writeApp();
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'disclosure-out-'));
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(out, { recursive: true, force: true });
});

it('writes the two lists, the JSON, the store forms and the questions per app', () => {
  const report = runCheck({ dir, stage: 'release', now: new Date('2026-12-06') });
  const written = writeDisclosures(report, dir, out, 'zh-CN');
  expect(written).toEqual([path.join(out, 'cn.example.lakebank')]);
  const files = fs.readdirSync(written[0]!).sort();
  expect(files).toEqual(['app_privacy_details.json', 'disclosure.json', 'play-data-safety.csv', 'questions.txt', 'two-lists.en.html', 'two-lists.zh-CN.html', 'two-lists.zh-CN.md']);
  const read = (f: string) => fs.readFileSync(path.join(written[0]!, f), 'utf8');
  expect(read('two-lists.zh-CN.html')).toContain('<html lang="zh-CN">');
  expect(JSON.parse(read('disclosure.json')).shared).toHaveLength(3);
  expect(parseCsv(read('play-data-safety.csv'), { columns: true }).length).toBeGreaterThan(40);
  expect(read('questions.txt')).toMatch(/^1\. mobile-app\.yaml#\/dataFlows\/2\/legalBasis: /);
  expect(read('questions.txt')).toContain('App Store：');
});
