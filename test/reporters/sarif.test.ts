import fs from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check.js';
import type { Report } from '../../src/core/report.js';
import { REPORTERS } from '../../src/reporters/index.js';
import { FINGERPRINT_KEY, sarifReporter } from '../../src/reporters/sarif.js';
import { finding, report } from './fixture.js';

const dir = new URL('../fixtures/reporters/', import.meta.url);
const read = (name: string) => fs.readFileSync(new URL(name, dir), 'utf8');
const input = JSON.parse(read('basic.input.json')) as Report;

/** The OASIS SARIF 2.1.0 schema, as shipped by the @microsoft/jest-sarif devDependency; draft-04 read as draft-07. */
function sarifValidator() {
  const schema = JSON.parse(fs.readFileSync(new URL('../../node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  // The schema's `language` pattern is not valid with the u flag.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  const mod = addFormats as unknown as { default?: (a: Ajv) => void };
  const add = mod.default ?? (addFormats as unknown as (a: Ajv) => void);
  add(ajv);
  return ajv.compile(schema);
}

describe('sarif reporter', () => {
  it('matches the hand-checked golden file', () => {
    expect(sarifReporter(input, { lang: 'en' })).toBe(read('basic.expected.sarif'));
  });

  it('is registered for `check --format sarif`', () => {
    expect(REPORTERS.sarif!(input, { lang: 'en' })).toBe(read('basic.expected.sarif'));
  });

  it('validates against the SARIF 2.1.0 schema', () => {
    const validate = sarifValidator();
    const ok = validate(JSON.parse(sarifReporter(input, { lang: 'zh-CN' })));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    const empty = validate(JSON.parse(sarifReporter(report([]), { lang: 'en' })));
    expect(empty).toBe(true);
  });

  it('carries what code scanning needs: rule texts, security-severity, fingerprints, suppressions', () => {
    const log = JSON.parse(sarifReporter(input, { lang: 'en' }));
    const run = log.runs[0];
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text).toBeTruthy();
      expect(rule.fullDescription.text).toBeTruthy();
      expect(rule.help.text).toBeTruthy();
      expect(Number(rule.properties['security-severity'])).toBeGreaterThan(0);
    }
    for (const r of run.results) {
      expect(r.partialFingerprints[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{16}$/);
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    }
    expect(run.results.filter((r: { suppressions?: unknown }) => r.suppressions)).toHaveLength(1);
  });

  it('prefixes paths with the scanned folder and leaves location-less findings without locations', () => {
    const r = report([finding({ ruleId: 'manifest/missing', location: { file: '' } }), finding({ ruleId: 'nfra/x' })]);
    const run = JSON.parse(sarifReporter(r, { lang: 'en', uriPrefix: './apps/bank/' } as never)).runs[0];
    expect(run.results.find((x: { ruleId: string }) => x.ruleId === 'manifest/missing').locations).toBeUndefined();
    expect(run.results.find((x: { ruleId: string }) => x.ruleId === 'nfra/x').locations[0].physicalLocation.artifactLocation.uri).toBe('apps/bank/mobile-app.yaml');
    expect(sarifValidator()(JSON.parse(sarifReporter(r, { lang: 'en' })))).toBe(true);
  });

  it('validates for a real evaluation of the example app', () => {
    const dir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../examples/android-bank');
    const real = runCheck({ dir, stage: 'release', now: new Date('2026-11-28T00:00:00Z') });
    const validate = sarifValidator();
    const log = JSON.parse(sarifReporter(real, { lang: 'zh-CN', uriPrefix: 'examples/android-bank' }));
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(log.runs[0].results.length).toBe(real.apps.flatMap((a) => a.findings).length);
  });
});
