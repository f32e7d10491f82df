// Loading policy packs: resolve a name or path, validate pack.yaml and every rule file with
// the JSON Schema, compile every CEL expression once, merge `extends`. Any problem is a
// ConfigurationError naming the file, line, column and rule id (the CLI exits 2).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { ConfigurationError } from '../core/errors.js';
import type { Location, Severity, Stage } from '../core/types.js';
import { readNamedText } from '../repo/confined.js';
import { CelCompileError, compileCel, type CompiledExpression } from './cel.js';
import { embeddedData, validator } from '../precompiled/index.js';
import type { EmbeddedFile, EmbeddedPack } from '../precompiled/types.js';
import { fetchGitPack, isGitRef } from './git-pack.js';
import type { CompiledRule, LoadedPack, PackSpec, RuleSpec } from './types.js';
import { locateInScalar, locatePointer, parseYamlSource, type YamlSource } from './yaml-source.js';

export const PACK_FILE = 'pack.yaml';
export const RULES_DIR = 'rules';
const MAX_RULE_FILES = 2000;
export const MAX_PACK_FILE_BYTES = 1024 * 1024;
const MAX_EXTENDS_DEPTH = 8;

let rootCache: string | undefined;

/**
 * The folder holding `policies/` and `schema/`: found by walking up from this module, so it
 * works from src/engine (tests) and from a bundled dist/cli.js or dist/index.js alike.
 */
export function packageRoot(): string {
  if (rootCache) return rootCache;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (fs.existsSync(path.join(dir, 'policies')) && fs.existsSync(path.join(dir, 'schema', 'policy-pack.schema.json'))) {
      rootCache = dir;
      return dir;
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error('mobile-policy: cannot find the policies/ and schema/ folders above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
}

export function builtinPacksDir(): string {
  return path.join(packageRoot(), 'policies');
}

/** Names of the built-in packs. */
export function builtinPackNames(): string[] {
  const dir = builtinPacksDir();
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, PACK_FILE)))
    .map((e) => e.name)
    .sort();
}

interface Validators {
  pack: ValidateFunction;
  rule: ValidateFunction;
  testFile: ValidateFunction;
}
let validators: Validators | undefined;

/** The definitions of schema/policy-pack.schema.json (precompiled in dist/, see src/precompiled/). */
export function packValidators(): Validators {
  validators ??= { pack: validator('pack'), rule: validator('rule'), testFile: validator('testFile') };
  return validators;
}

/** Path shown in messages: relative to the package root for built-in packs, else to cwd. */
function displayPath(abs: string, cwd: string): string {
  const root = packageRoot();
  for (const base of [cwd, root]) {
    const rel = path.relative(base, abs);
    if (!rel.startsWith('..') && !path.isAbsolute(rel)) return rel.split(path.sep).join('/');
  }
  return abs.split(path.sep).join('/');
}

/**
 * A pack or rule file as the loader uses it: its plain value, and its YAML with positions
 * for locating problems. Built-in files in dist/ come parsed and validated from the build
 * (src/precompiled/); their YAML is read from disk only if a location is ever needed.
 */
interface PackSource {
  file: string;
  value: unknown;
  yaml(): YamlSource;
  /** Where the document starts, when known without parsing (embedded files). */
  start?: Location;
}

function fileSource(abs: string, cwd: string): PackSource {
  const src = readSource(abs, cwd);
  return { file: src.file, value: src.value, yaml: () => src };
}

function embeddedSource(e: EmbeddedFile, cwd: string): PackSource {
  const abs = path.join(packageRoot(), ...e.path.split('/'));
  let src: YamlSource | undefined;
  const file = displayPath(abs, cwd);
  return { file, value: e.value, yaml: () => (src ??= readSource(abs, cwd)), start: { file, line: e.line, column: e.column } };
}

function readSource(abs: string, cwd: string): YamlSource {
  const file = displayPath(abs, cwd);
  const src = parseYamlSource(file, readNamedText(abs, MAX_PACK_FILE_BYTES, file));
  if (src.error) throw new ConfigurationError(`invalid YAML: ${src.error.message}`, { location: src.error.location });
  return src;
}

/** An ajv error → message and the pointer it concerns (for additionalProperties: the extra key). */
export function schemaProblem(err: ErrorObject): { message: string; pointer: string } {
  let pointer = err.instancePath;
  let message = `${err.instancePath || '(root)'} ${err.message ?? 'is invalid'}`;
  const p = err.params as Record<string, unknown>;
  if (err.keyword === 'additionalProperties') {
    pointer += `/${String(p.additionalProperty)}`;
    message = `unknown key "${String(p.additionalProperty)}"${err.instancePath ? ` in ${err.instancePath}` : ''}`;
  } else if (err.keyword === 'required') {
    message = `${err.instancePath || '(root)'} is missing the required key "${String(p.missingProperty)}"`;
  } else if (err.keyword === 'enum' || err.keyword === 'const') {
    const allowed = (p.allowedValues as unknown[] | undefined) ?? [p.allowedValue];
    message = `${err.instancePath} must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return { message, pointer };
}

function validate(src: PackSource, v: ValidateFunction, what: string, ruleId?: string): void {
  if (v(src.value)) return;
  const err = v.errors?.[0];
  if (!err) throw new ConfigurationError(`invalid ${what}`, { location: { file: src.file, line: 1, column: 1 }, ruleId });
  const { message, pointer } = schemaProblem(err);
  throw new ConfigurationError(`invalid ${what}: ${message}`, { location: locatePointer(src.yaml(), pointer), ruleId });
}

interface PackRef {
  dir: string;
  packFile: string;
  builtin: boolean;
  /** A built-in pack's files, parsed and validated at build time (dist/ only). */
  embedded?: EmbeddedPack;
}

function looksLikePath(ref: string): boolean {
  return ref.includes('/') || ref.includes('\\') || ref.startsWith('.') || ref.endsWith('.yaml') || ref.endsWith('.yml');
}

export function resolvePackRef(ref: string, cwd: string): PackRef {
  if (isGitRef(ref)) {
    const dir = fetchGitPack(ref);
    return { dir, packFile: path.join(dir, PACK_FILE), builtin: false };
  }
  if (!looksLikePath(ref)) {
    const dir = path.join(builtinPacksDir(), ref);
    if (/^[a-z0-9][a-z0-9-]*$/.test(ref) && fs.existsSync(path.join(dir, PACK_FILE))) {
      const packed = embeddedData()?.packs[ref];
      return { dir, packFile: path.join(dir, PACK_FILE), builtin: true, ...(packed ? { embedded: packed } : {}) };
    }
    const local = path.resolve(cwd, ref);
    if (fs.existsSync(path.join(local, PACK_FILE))) return { dir: local, packFile: path.join(local, PACK_FILE), builtin: false };
    throw new ConfigurationError(`unknown policy pack "${ref}": built-in packs are ${builtinPackNames().join(', ')}; or give the path of a pack folder`);
  }
  const abs = path.resolve(cwd, ref);
  if (!fs.existsSync(abs)) throw new ConfigurationError(`policy pack not found: ${ref} (looked for ${abs})`);
  if (fs.statSync(abs).isDirectory()) {
    const packFile = path.join(abs, PACK_FILE);
    if (!fs.existsSync(packFile)) throw new ConfigurationError(`${ref} is not a policy pack: it has no ${PACK_FILE}`);
    return { dir: abs, packFile, builtin: false };
  }
  return { dir: path.dirname(abs), packFile: abs, builtin: false };
}

export interface LoadPackOptions {
  cwd?: string;
}

/** Loads a pack by built-in name or path (pack folder or pack.yaml). Throws ConfigurationError. */
export function loadPack(ref: string, opts: LoadPackOptions = {}): LoadedPack {
  const cwd = opts.cwd ?? process.cwd();
  return loadResolved(resolvePackRef(ref, cwd), cwd, []);
}

function loadResolved(ref: PackRef, cwd: string, chain: string[]): LoadedPack {
  const src = ref.embedded ? embeddedSource(ref.embedded.pack, cwd) : fileSource(ref.packFile, cwd);
  if (!ref.embedded) validate(src, packValidators().pack, 'pack.yaml');
  const spec = src.value as PackSpec;
  const key = path.resolve(ref.packFile);
  if (chain.includes(key)) throw new ConfigurationError(`pack "${spec.name}" extends itself (cycle: ${[...chain, key].map((k) => displayPath(k, cwd)).join(' → ')})`, { location: locatePointer(src.yaml(), '/extends') });
  if (chain.length >= MAX_EXTENDS_DEPTH) throw new ConfigurationError(`extends chain deeper than ${MAX_EXTENDS_DEPTH}`, { location: locatePointer(src.yaml(), '/extends') });

  // Base packs first, in order; then this pack's own params and rules.
  const bases: LoadedPack[] = [];
  const extendsList = spec.extends === undefined ? [] : Array.isArray(spec.extends) ? spec.extends : [spec.extends];
  extendsList.forEach((base, i) => {
    let resolved: PackRef;
    try {
      resolved = resolvePackRef(base, looksLikePath(base) ? ref.dir : cwd);
    } catch (e) {
      throw new ConfigurationError(`extends: ${(e as Error).message}`, { location: locatePointer(src.yaml(), Array.isArray(spec.extends) ? `/extends/${i}` : '/extends') });
    }
    bases.push(loadResolved(resolved, cwd, [...chain, key]));
  });

  const params: Record<string, unknown> = {};
  for (const b of bases) Object.assign(params, b.params);
  // A param declared by a base pack keeps its type (inferred from the base's default).
  for (const [name, value] of Object.entries(spec.params ?? {})) {
    if (name in params) checkParamType(src, `/params/${name}`, name, params[name], value);
  }
  Object.assign(params, spec.params ?? {});

  const rules = new Map<string, CompiledRule>();
  for (const b of bases) {
    for (const r of b.rules) {
      const prior = rules.get(r.id);
      if (prior && prior.file !== r.file) throw collision(r, prior);
      rules.set(r.id, r);
    }
  }
  // Rule ids are namespaced per pack: a pack cannot add rules to a namespace a base pack owns.
  const baseNamespaces = new Map<string, string>();
  for (const r of rules.values()) baseNamespaces.set(namespaceOf(r.id), r.pack);
  const own = ref.embedded ? ref.embedded.rules.map((e) => compileRule(embeddedSource(e, cwd), e.path, spec.name, false)) : loadRuleFiles(ref.dir, spec.name, cwd);
  for (const r of own) {
    const prior = rules.get(r.id);
    if (prior) throw collision(r, prior);
    const owner = baseNamespaces.get(namespaceOf(r.id));
    if (owner && owner !== spec.name) {
      throw new ConfigurationError(`rule id "${r.id}" uses the namespace "${namespaceOf(r.id)}/" of the extended pack ${owner}; rule ids are namespaced per pack: give pack ${spec.name}'s rules their own prefix`, {
        location: { file: r.file, line: r.line, column: r.column },
        ruleId: r.id,
      });
    }
    rules.set(r.id, r);
  }

  // severityMap: re-grade every rule (own and inherited), at every stage, before per-rule overrides.
  const remap = spec.severityMap;
  if (remap && Object.keys(remap).length) {
    const map = (sv: Severity): Severity => remap[sv] ?? sv;
    for (const [id, rule] of rules) {
      const stageSeverity: CompiledRule['stageSeverity'] = {};
      for (const [st, sv] of Object.entries(rule.stageSeverity) as [Stage, Severity][]) if (map(sv) !== map(rule.severity)) stageSeverity[st] = map(sv);
      rules.set(id, { ...rule, severity: map(rule.severity), stageSeverity });
    }
  }

  // Overrides: this pack's params reach every rule, then per-rule overrides.
  for (const [id, o] of Object.entries(spec.overrides ?? {})) {
    const rule = rules.get(id);
    if (!rule) throw new ConfigurationError(`overrides: no rule "${id}" in this pack or the packs it extends`, { location: locatePointer(src.yaml(), `/overrides/${escape(id)}`), ruleId: id });
    for (const [name, value] of Object.entries(o.params ?? {})) {
      const at = `/overrides/${escape(id)}/params/${name}`;
      if (!(name in params)) {
        throw new ConfigurationError(`overrides: rule ${id} has no param "${name}"; declared params are ${Object.keys(params).sort().join(', ') || '(none)'}`, { location: locatePointer(src.yaml(), at), ruleId: id });
      }
      checkParamType(src, at, name, params[name], value, id);
    }
    rules.set(id, {
      ...rule,
      ...(o.severity ? { severity: o.severity, stageSeverity: {} } : {}),
      ...(o.disabled !== undefined ? { disabled: o.disabled } : {}),
      ...(o.waivable !== undefined ? { waivable: o.waivable } : {}),
      overrideParams: { ...rule.overrideParams, ...(o.params ?? {}) },
    });
  }
  // This pack's params reach every rule (base rules too); per-rule override params win.
  for (const [id, rule] of rules) rules.set(id, { ...rule, params: { ...params, ...rule.overrideParams } });

  return {
    name: spec.name,
    version: spec.version,
    title: spec.title,
    ...(spec.description ? { description: spec.description } : {}),
    dir: ref.dir,
    file: src.file,
    extends: bases.flatMap((b) => [b.name, ...b.extends]),
    params,
    rules: [...rules.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}

function namespaceOf(id: string): string {
  return id.slice(0, id.indexOf('/'));
}

/** The type of a param value as pack authors see it. */
export function paramType(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'number' || typeof v === 'bigint') return Number.isInteger(Number(v)) ? 'int' : 'number';
  if (typeof v === 'object') return 'map';
  return typeof v;
}

function compatible(declared: string, given: string): boolean {
  return declared === given || declared === 'null' || (declared === 'number' && given === 'int');
}

function checkParamType(src: PackSource, pointer: string, name: string, declared: unknown, value: unknown, ruleId?: string): void {
  const want = paramType(declared);
  const got = paramType(value);
  let ok = compatible(want, got);
  // Lists keep the element type of a non-empty default.
  if (ok && want === 'list' && (declared as unknown[]).length) {
    const el = paramType((declared as unknown[])[0]);
    ok = (value as unknown[]).every((v) => compatible(el, paramType(v)));
    if (!ok) {
      throw new ConfigurationError(`param "${name}" must be a list of ${el} (as declared by the base pack); got ${JSON.stringify(value)}`, { location: locatePointer(src.yaml(), pointer), ...(ruleId ? { ruleId } : {}) });
    }
  }
  if (!ok) {
    throw new ConfigurationError(`param "${name}" must be ${want === 'int' ? 'an int' : `a ${want}`} (the base pack declares ${JSON.stringify(declared)}); got ${JSON.stringify(value)}`, { location: locatePointer(src.yaml(), pointer), ...(ruleId ? { ruleId } : {}) });
  }
}

function escape(seg: string): string {
  return seg.replace(/~/g, '~0').replace(/\//g, '~1');
}

function collision(r: CompiledRule, prior: CompiledRule): ConfigurationError {
  return new ConfigurationError(`rule id "${r.id}" is already defined in ${prior.file}:${prior.line} (pack ${prior.pack}); rename it or use overrides:`, {
    location: { file: r.file, line: r.line, column: r.column },
    ruleId: r.id,
  });
}

/** The rule files of a pack folder, sorted by name (absolute paths). */
function ruleFiles(dir: string, cwd: string): string[] {
  const rulesDir = path.join(dir, RULES_DIR);
  if (!fs.existsSync(rulesDir)) return [];
  const names = fs
    .readdirSync(rulesDir)
    .filter((n) => n.endsWith('.yaml') || n.endsWith('.yml'))
    .sort();
  if (names.length > MAX_RULE_FILES) throw new ConfigurationError(`${displayPath(rulesDir, cwd)} holds ${names.length} rule files, over the limit of ${MAX_RULE_FILES}`);
  return names.map((n) => path.join(rulesDir, n));
}

function loadRuleFiles(dir: string, packName: string, cwd: string): CompiledRule[] {
  return ruleFiles(dir, cwd).map((abs) => compileRule(fileSource(abs, cwd), abs, packName, true));
}

/**
 * A built-in pack's files read, parsed and validated as loadPack does, for embedding in dist/
 * (build time, src/precompiled/generate.ts). Paths are relative to the package root.
 */
export function readBuiltinPackFiles(name: string): EmbeddedPack {
  const root = packageRoot();
  const dir = path.join(builtinPacksDir(), name);
  const embed = (abs: string, v: ValidateFunction, what: string): EmbeddedFile => {
    const src = fileSource(abs, root);
    const id = (src.value as { id?: unknown } | undefined)?.id;
    validate(src, v, what, what === 'rule' && typeof id === 'string' ? id : undefined);
    const start = locatePointer(src.yaml(), '');
    return { path: src.file, value: src.value, line: start.line ?? 1, column: start.column ?? 1 };
  };
  return {
    pack: embed(path.join(dir, PACK_FILE), packValidators().pack, 'pack.yaml'),
    rules: ruleFiles(dir, root).map((abs) => embed(abs, packValidators().rule, 'rule')),
  };
}

/** Validates (unless the build did) and compiles one rule file. */
function compileRule(src: PackSource, filePath: string, packName: string, needsValidation: boolean): CompiledRule {
  const raw = src.value as Partial<RuleSpec> | undefined;
  const ruleId = typeof raw?.id === 'string' ? raw.id : undefined;
  if (needsValidation) validate(src, packValidators().rule, 'rule', ruleId);
  const spec = src.value as RuleSpec;
  const stem = path.basename(filePath).replace(/\.ya?ml$/, '');
  const local = spec.id.slice(spec.id.indexOf('/') + 1);
  if (local !== stem) {
    throw new ConfigurationError(`rule id "${spec.id}" does not match its file name: the part after "/" must be "${stem}" (one rule per file, named after the rule)`, {
      location: locatePointer(src.yaml(), '/id'),
      ruleId: spec.id,
    });
  }
  const compile = (pointer: string, source: string, expected: 'bool' | 'list' | 'any'): CompiledExpression => {
    try {
      return compileCel(source, expected);
    } catch (e) {
      if (!(e instanceof CelCompileError)) throw e;
      const location: Location = locateInScalar(src.yaml(), pointer, e.offset);
      throw new ConfigurationError(`invalid CEL in ${pointer.slice(1)}: ${e.message}`, { location, ruleId: spec.id });
    }
  };
  const when = spec.when !== undefined ? compile('/when', spec.when, 'bool') : undefined;
  const each = spec.each !== undefined ? compile('/each', spec.each, 'list') : undefined;
  const assert = compile('/assert', spec.assert, 'bool');
  const vars: Record<string, CompiledExpression> = {};
  for (const [name, source] of Object.entries(spec.vars ?? {})) vars[name] = compile(`/vars/${name}`, source, 'any');
  const usesItem = [assert, ...Object.values(vars), ...(when ? [when] : [])].some((x) => x.variables.has('item') || x.variables.has('index'));
  if (usesItem && !each) {
    throw new ConfigurationError('the rule uses `item` or `index` but has no `each` list', { location: locatePointer(src.yaml(), '/assert'), ruleId: spec.id });
  }
  if (spec.groupBy !== undefined && !each) {
    throw new ConfigurationError('`groupBy` folds the failing elements of `each`, but the rule has no `each` list', { location: locatePointer(src.yaml(), '/groupBy'), ruleId: spec.id });
  }
  if (when && (when.variables.has('item') || when.variables.has('index'))) {
    throw new ConfigurationError('`when` is evaluated once per rule, before `each`: it cannot use `item` or `index` (put the item condition in `assert`)', { location: locatePointer(src.yaml(), '/when'), ruleId: spec.id });
  }
  const all = [when, each, assert, ...Object.values(vars)].filter((x): x is CompiledExpression => !!x);
  const start = src.start ?? locatePointer(src.yaml(), '');
  return {
    id: spec.id,
    pack: packName,
    title: spec.title,
    message: spec.message,
    severity: spec.severity,
    stageSeverity: spec.stageSeverity ?? {},
    articles: [...spec.articles].sort((a, b) => a - b),
    stages: spec.stages,
    rationale: spec.rationale,
    remediation: spec.remediation,
    waivable: spec.waivable ?? true,
    disabled: false,
    tags: spec.tags ?? [],
    params: {},
    overrideParams: {},
    ...(spec.at !== undefined ? { at: spec.at } : {}),
    ...(spec.subject !== undefined ? { subject: spec.subject } : {}),
    ...(spec.groupBy !== undefined ? { groupBy: spec.groupBy } : {}),
    ...(when ? { when } : {}),
    ...(each ? { each } : {}),
    assert,
    vars,
    usesManifest: all.some((x) => x.variables.has('manifest')),
    file: src.file,
    line: start.line ?? 1,
    column: start.column ?? 1,
  };
}
