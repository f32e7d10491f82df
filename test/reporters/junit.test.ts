import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report.js';
import { REPORTERS } from '../../src/reporters/index.js';
import { junitReporter } from '../../src/reporters/junit.js';
import { finding, report } from './fixture.js';

const dir = new URL('../fixtures/reporters/', import.meta.url);
const read = (name: string) => fs.readFileSync(new URL(name, dir), 'utf8');
const input = JSON.parse(read('basic.input.json')) as Report;

describe('junit reporter', () => {
  it('matches the hand-checked golden files', () => {
    expect(junitReporter(input, { lang: 'en' })).toBe(read('basic.expected.junit.xml'));
    expect(junitReporter(input, { lang: 'zh-CN' })).toBe(read('basic.zh-CN.expected.junit.xml'));
  });

  it('is registered for `check --format junit`', () => {
    expect(REPORTERS.junit!(input, { lang: 'en' })).toBe(read('basic.expected.junit.xml'));
  });

  it('escapes markup and shows characters XML cannot carry as escapes', () => {
    const out = junitReporter(report([finding({ ruleId: 'r', message: { en: 'a "b" <c> & d\u0001', 'zh-CN': 'x' } })]), { lang: 'en' });
    expect(out).toContain('message="a &quot;b&quot; &lt;c&gt; &amp; d\\u0001"');
    expect(out).not.toContain('\u0001');
  });

  it('keeps every suite non-empty', () => {
    const out = junitReporter(report([]), { lang: 'en' });
    expect(out).toContain('tests="1" failures="0"');
  });
});
