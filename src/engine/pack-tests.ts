// `mobile-policy test`: a pack's own tests, Kyverno style. Each `tests/<rule-name>.yaml` lists
// cases: a manifest (inline, or a JSON merge patch over `tests/base.yaml`), optional facts,
// stage, now and params, and the findings expected from the rule (empty = the case passes).
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { ConfigurationError } from '../core/errors.js';
import type { Finding, Stage } from '../core/types.js';
import type { LoadedManifest } from '../manifest/types.js';
import { parseIsoDate } from './cel.js';
import { evaluateDetailed, RULE_ERROR, type DetailedFinding } from './evaluate.js';
import { loadPack, MAX_PACK_FILE_BYTES, packValidators, paramType, schemaProblem } from './load.js';
import type { LoadedPack } from './types.js';
import { locatePointer, parseYamlSource, type YamlSource } from './yaml-source.js';
import { readNamedText } from '../repo/confined.js';

export const TESTS_DIR = 'tests';
export const BASE_FILE = 'base.yaml';
/** The default "now" of pack tests, so that dated evidence in fixtures stays fresh. */
export const DEFAULT_TEST_NOW = '2026-06-30T00:00:00Z';
export const DEFAULT_TEST_STAGE: Stage = 'release';

interface Expectation {
  rule?: string;
  path?: string;
  line?: number;
  file?: string;
  severity?: string;
  count?: number;
}

interface TestCase {
  name: string;
  manifest?: Record<string, unknown> | string;
  patch?: Record<string, unknown>;
  facts?: Record<string, unknown>;
  stage?: Stage;
  now?: string;
  params?: Record<string, unknown>;
  /** Parameterised case: one run per variant, each overriding name suffix, params, stage, now, patch, facts or expect. */
  matrix?: Partial<Omit<TestCase, 'matrix' | 'manifest'>>[];
  expect: Expectation[];
}

interface TestFile {
  rule?: string;
  base?: string;
  stage?: Stage;
  now?: string;
  cases: TestCase[];
}

export interface PackTestCaseResult {
  /** Test file, relative to the pack folder. */
  file: string;
  line: number;
  rule: string;
  name: string;
  passed: boolean;
  /** What went wrong, one line each (empty when passed). */
  problems: string[];
}

export interface RuleTestCoverage {
  rule: string;
  passing: number;
  failing: number;
}

export interface PackTestResults {
  pack: string;
  dir: string;
  cases: PackTestCaseResult[];
  /** The pack's own rules with how many passing and failing cases each has. */
  rules: RuleTestCoverage[];
  /** Own rules without a passing and a failing case. */
  untested: string[];
  /** Percent of the pack's own rules that have both a passing and a failing case. */
  coverage: number;
  /** Problems with the test suite itself: rules without a passing and a failing case, duplicate cases, unknown rules. */
  errors: string[];
  passed: boolean;
}

export interface PackTestOptions {
  cwd?: string;
  /** Only test files whose rule id contains this text. */
  filter?: string;
  /** Fail when fewer than this percent of the rules have a passing and a failing case (default 100). */
  minCoverage?: number;
}

/** JSON merge patch (RFC 7386): objects merge, null deletes, anything else replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return structuredClone(patch);
  const out: Record<string, unknown> = isObject(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** A manifest for a test: located like a real one, without schema diagnostics. */
export function testManifest(file: string, text: string): LoadedManifest {
  const src = parseYamlSource(file, text);
  const data = isObject(src.value) ? src.value : undefined;
  return {
    file,
    appDir: '',
    data,
    diagnostics: [],
    locate: (pointer: string) => locatePointer(src, pointer),
  };
}

function readYaml(abs: string, display: string): YamlSource {
  const src = parseYamlSource(display, readNamedText(abs, MAX_PACK_FILE_BYTES, display));
  if (src.error) throw new ConfigurationError(`invalid YAML: ${src.error.message}`, { location: src.error.location });
  return src;
}

export function runPackTests(packDir: string, options: PackTestOptions = {}): PackTestResults {
  const cwd = options.cwd ?? process.cwd();
  const pack = loadPack(packDir, { cwd });
  const testsDir = path.join(pack.dir, TESTS_DIR);
  const results: PackTestResults = { pack: pack.name, dir: pack.dir, cases: [], rules: [], untested: [], coverage: 100, errors: [], passed: true };
  const own = pack.rules.filter((r) => r.pack === pack.name);
  const files = fs.existsSync(testsDir)
    ? fs.readdirSync(testsDir).filter((n) => /\.ya?ml$/.test(n) && n !== BASE_FILE && !n.startsWith('_')).sort()
    : [];

  const failing = new Map<string, number>();
  const passing = new Map<string, number>();
  const bases = new Map<string, unknown>();

  for (const name of files) {
    const display = `${TESTS_DIR}/${name}`;
    const src = readYaml(path.join(testsDir, name), display);
    const validate = packValidators().testFile;
    if (!validate(src.value)) {
      const { message, pointer } = schemaProblem(validate.errors![0]!);
      throw new ConfigurationError(`invalid pack test file: ${message}`, { location: { ...locatePointer(src, pointer), file: path.join(pack.dir, display) } });
    }
    const spec = src.value as TestFile;
    const stem = name.replace(/\.ya?ml$/, '');
    const ruleId = spec.rule ?? pack.rules.find((r) => r.id.slice(r.id.indexOf('/') + 1) === stem)?.id;
    if (options.filter && !(ruleId ?? stem).includes(options.filter)) continue;
    if (!ruleId || !pack.rules.some((r) => r.id === ruleId)) {
      results.errors.push(`${display}: no rule ${ruleId ?? `named "${stem}"`} in pack ${pack.name}`);
      continue;
    }
    const baseRel = spec.base ?? BASE_FILE;
    let base = bases.get(baseRel);
    if (base === undefined) {
      const abs = path.join(testsDir, baseRel);
      base = fs.existsSync(abs) ? (readYaml(abs, `${TESTS_DIR}/${baseRel}`).value ?? {}) : {};
      bases.set(baseRel, base);
    }

    const seenNames = new Set<string>();
    const seenBodies = new Set<string>();
    spec.cases.forEach((c0, i) => {
      const line = locatePointer(src, `/cases/${i}`).line ?? 1;
      const { matrix, ...plain } = c0;
      const variants: TestCase[] = matrix?.length
        ? matrix.map((v, j) => ({ ...plain, ...v, name: `${plain.name} [${v.name ?? j + 1}]`, expect: v.expect ?? plain.expect }))
        : [plain];
      for (const c of variants) {
        if (seenNames.has(c.name)) results.errors.push(`${display}:${line}: duplicate case name "${c.name}"`);
        seenNames.add(c.name);
        const { name: _n, ...body } = c;
        const key = JSON.stringify(body);
        if (seenBodies.has(key)) results.errors.push(`${display}:${line}: case "${c.name}" repeats an earlier case`);
        seenBodies.add(key);

        const result = runCase(pack, ruleId, c, spec, base, display, line);
        results.cases.push(result);
        const fails = c.expect.filter((e) => (e.rule ?? ruleId) === ruleId && (e.count ?? 1) > 0).length > 0;
        const map = fails ? failing : passing;
        map.set(ruleId, (map.get(ruleId) ?? 0) + 1);
      }
    });
  }

  const minCoverage = options.minCoverage ?? 100;
  const strict = minCoverage >= 100;
  for (const r of own) {
    if (options.filter && !r.id.includes(options.filter)) continue;
    const p = passing.get(r.id) ?? 0;
    const f = failing.get(r.id) ?? 0;
    results.rules.push({ rule: r.id, passing: p, failing: f });
    if (p && f) continue;
    results.untested.push(r.id);
    // At the default (100 %), a rule without both cases is an error of the suite.
    if (strict && !p) results.errors.push(`${r.id}: no passing case (a case whose expect has no finding of this rule) in ${TESTS_DIR}/`);
    if (strict && !f) results.errors.push(`${r.id}: no failing case (a case expecting a finding of this rule) in ${TESTS_DIR}/`);
  }
  const counted = results.rules.length;
  results.coverage = counted ? Math.floor(((counted - results.untested.length) * 1000) / counted) / 10 : 100;
  if (!strict && results.coverage < minCoverage) results.errors.push(`rule test coverage ${results.coverage}% is below the minimum of ${minCoverage}%`);
  results.passed = results.errors.length === 0 && results.cases.every((c) => c.passed);
  return results;
}

function runCase(pack: LoadedPack, ruleId: string, c: TestCase, file: TestFile, base: unknown, display: string, line: number): PackTestCaseResult {
  const problems: string[] = [];
  const nowText = c.now ?? file.now ?? DEFAULT_TEST_NOW;
  const now = parseIsoDate(nowText);
  const stage = c.stage ?? file.stage ?? DEFAULT_TEST_STAGE;
  const result = (): PackTestCaseResult => ({ file: display, line, rule: ruleId, name: c.name, passed: problems.length === 0, problems });
  if (!now) {
    problems.push(`now "${nowText}" is not an ISO date`);
    return result();
  }
  const text = typeof c.manifest === 'string' ? c.manifest : stringify(c.manifest ?? mergePatch(base, c.patch ?? {}));
  const manifest = testManifest('mobile-app.yaml', text);

  // A case's params must be declared by the pack, with the declared type.
  for (const [name, value] of Object.entries(c.params ?? {})) {
    if (!(name in pack.params)) problems.push(`params.${name} is not a param of pack ${pack.name}`);
    else if (paramType(pack.params[name]) !== paramType(value) && !(paramType(pack.params[name]) === 'number' && paramType(value) === 'int')) {
      problems.push(`params.${name} must be ${paramType(pack.params[name])} like the pack's ${JSON.stringify(pack.params[name])}; got ${JSON.stringify(value)}`);
    }
  }
  if (problems.length) return result();

  const wanted = new Set([ruleId, ...c.expect.map((e) => e.rule ?? ruleId)]);
  const rules = pack.rules
    .filter((r) => wanted.has(r.id))
    .map((r) => (c.params ? { ...r, params: { ...r.params, ...c.params } } : r));
  const scoped: LoadedPack = { ...pack, rules };
  const found: DetailedFinding[] = evaluateDetailed([scoped], { manifest, facts: c.facts ?? {}, now, stage });
  const relevant = found.filter((d) => wanted.has(d.finding.ruleId) || (d.finding.ruleId === RULE_ERROR && wanted.has(d.finding.subject)));
  const matched = new Set<DetailedFinding>();

  for (const e of c.expect) {
    const rule = e.rule ?? ruleId;
    const hits = relevant.filter(
      (d) =>
        d.finding.ruleId === rule &&
        (e.path === undefined || d.pointer === e.path) &&
        (e.line === undefined || d.finding.location.line === e.line) &&
        (e.file === undefined || d.finding.location.file === e.file) &&
        (e.severity === undefined || d.finding.severity === e.severity),
    );
    hits.forEach((h) => matched.add(h));
    const want = e.count ?? 1;
    if (hits.length !== want) {
      const where = [e.path !== undefined ? `at ${e.path}` : '', e.line !== undefined ? `on line ${e.line}` : ''].filter(Boolean).join(' ');
      problems.push(`expected ${want} finding(s) of ${rule}${where ? ' ' + where : ''}, got ${hits.length}${hits.length ? '' : describeOthers(relevant, rule)}`);
    }
  }
  for (const d of relevant) {
    if (!matched.has(d)) problems.push(`unexpected finding: ${show(d.finding, d.pointer)}`);
  }
  return result();
}

function show(f: Finding, pointer?: string): string {
  return `${f.ruleId} ${pointer ?? `${f.location.file}:${f.location.line ?? 0}`} (${f.severity}): ${f.message.en}`;
}

function describeOthers(found: DetailedFinding[], rule: string): string {
  const same = found.filter((d) => d.finding.ruleId === rule);
  return same.length ? ` (found at ${same.map((d) => d.pointer ?? d.finding.location.line).join(', ')})` : '';
}
