// Android application modules' Gradle settings → facts. Nothing is executed: values are read
// from literals, `ext {}` blocks, gradle.properties and the version catalog's [versions] only.
import { parse as parseToml } from 'smol-toml';
import type { Diagnostic, Location } from '../../core/types.js';
import type { RepoFiles } from '../../repo/files.js';
import { assignment, blockName, findBlocks, findBlocksDeep, exprText, MAX_BLOCK_DEPTH, parseGradle, type Stmt, type Tok } from './gradle-parse.js';
import { applyConventionSdkLevels } from './gradle-conventions.js';
import { basename, diagnostic, dirname, loc, splitLines } from './util.js';
import { appliesAndroidApplication } from '../../scope/builds.js';
import { withinFileBudget } from '../../repo/budget.js';
import { MAX_SCRIPT_BYTES } from '../limits.js';
import { isGradleScript } from '../../repo/paths.js';

/**
 * A setting as written and, where it can be known without running Gradle, its value.
 * origin: `literal` (written in place), `variable` (from ext/gradle.properties/catalog),
 * `env` (System.getenv), `properties-file` (read from a .properties file at build time),
 * `reference` (signingConfig = signingConfigs.x: value is the name), `unresolved`.
 */
export interface GradleValue {
  raw: string;
  value?: string | number | boolean;
  origin: 'literal' | 'variable' | 'env' | 'properties-file' | 'reference' | 'unresolved';
  unresolved: boolean;
  /** Where the resolved value was defined, when it came from a variable. */
  definedAt?: Location;
  location: Location;
}

export interface BuildTypeFact {
  name: string;
  location: Location;
  applicationIdSuffix?: GradleValue;
  minifyEnabled?: GradleValue;
  shrinkResources?: GradleValue;
  debuggable?: GradleValue;
  signingConfig?: GradleValue;
}

export interface FlavorFact {
  name: string;
  location: Location;
  dimension?: GradleValue;
  applicationId?: GradleValue;
  applicationIdSuffix?: GradleValue;
  minSdk?: GradleValue;
  targetSdk?: GradleValue;
}

export interface SigningConfigFact {
  name: string;
  location: Location;
  storeFile?: GradleValue;
  storePassword?: GradleValue;
  keyAlias?: GradleValue;
  keyPassword?: GradleValue;
  /** storePassword or keyPassword is a string committed to the repository (a literal, or a variable resolved from ext/gradle.properties). */
  literalPassword: boolean;
}

export interface PlaceholderFact {
  name: string;
  /** `defaultConfig`, or the build type / flavour name. */
  scope: string;
  value: GradleValue;
}

export interface GradleModuleFact {
  file: string;
  /** The `android {` block (the file when there is none). */
  location: Location;
  module: string;
  dsl: 'groovy' | 'kotlin';
  namespace?: GradleValue;
  applicationId?: GradleValue;
  minSdk?: GradleValue;
  targetSdk?: GradleValue;
  compileSdk?: GradleValue;
  versionCode?: GradleValue;
  versionName?: GradleValue;
  buildTypes: BuildTypeFact[];
  productFlavors: FlavorFact[];
  signingConfigs: SigningConfigFact[];
  /** manifestPlaceholders from defaultConfig, build types and flavours. */
  manifestPlaceholders: PlaceholderFact[];
  /** Applies the React Native Gradle plugin (which sets `usesCleartextTraffic`: true for debug, false for release). */
  reactNative: boolean;
  /** Applies the Flutter Gradle plugin. */
  flutter: boolean;
}

interface VarDef { expr: Tok[]; file: string; line: number; column: number }

export interface GradleContext {
  vars: Map<string, VarDef>;
  props: Map<string, { value: string; file: string; line: number }>;
  catalog: Map<string, { value: string; file: string; line: number }>;
}

const NORM = (s: string) => s.replace(/[-_]/g, '.');

/** Collects variables from every Gradle script, gradle.properties and libs.versions.toml below appDir. */
export function gradleContext(repo: RepoFiles, files: string[], parsed: Map<string, Stmt[]>, diagnostics: Diagnostic[]): GradleContext {
  const ctx: GradleContext = { vars: new Map(), props: new Map(), catalog: new Map() };
  for (const f of files) {
    const b = basename(f);
    if (b === 'gradle.properties') {
      const r = repo.readText(f);
      if (!r.ok) { diagnostics.push(r.diagnostic); continue; }
      splitLines(r.text).forEach((l, i) => {
        const m = /^\s*([\w.-]+)\s*[=:]\s*(.*?)\s*$/.exec(l);
        if (m && !/^\s*[#!]/.test(l) && !ctx.props.has(m[1]!)) ctx.props.set(m[1]!, { value: m[2]!, file: f, line: i + 1 });
      });
    } else if (f.endsWith('.versions.toml')) {
      const r = repo.readText(f);
      if (!r.ok) { diagnostics.push(r.diagnostic); continue; }
      try {
        const doc = parseToml(r.text) as { versions?: Record<string, unknown> };
        const lines = splitLines(r.text);
        for (const [k, v] of Object.entries(doc.versions ?? {})) {
          const value = typeof v === 'string' ? v : (v && typeof v === 'object' ? (v as Record<string, unknown>).strictly ?? (v as Record<string, unknown>).require ?? (v as Record<string, unknown>).prefer : undefined);
          if (typeof value !== 'string') continue;
          const line = lines.findIndex((l) => new RegExp(`^\\s*["']?${k.replace(/[.]/g, '\\.')}["']?\\s*=`).test(l)) + 1;
          ctx.catalog.set(NORM(k), { value, file: f, line: line || 1 });
        }
      } catch (e) {
        // smol-toml's TomlError carries the line and column; older messages only spell the line.
        const err = e as { line?: number; column?: number; message: string };
        const line = err.line ?? (/line (\d+)/.exec(err.message) ? Number(/line (\d+)/.exec(err.message)![1]) : undefined);
        diagnostics.push(diagnostic('android/toml-parse', 'error', f,
          `${f} could not be parsed as TOML (${err.message.split('\n')[0]}); versions from it stay unresolved.`,
          `${f} 无法解析为 TOML（\`${err.message.split('\n')[0]}\`），其中的版本无法解析。`, line, err.line ? err.column : undefined));
      }
    }
  }
  for (const [file, stmts] of parsed) {
    const take = (s: Stmt, prefix: string) => {
      const a = assignment(s);
      if (!a) return;
      let key = a.key.startsWith(prefix) ? a.key.slice(prefix.length) : a.key;
      key = key.replace(/^(?:rootProject\.|project\.)?(?:ext\.|extra\.)/, '');
      if (!ctx.vars.has(key)) ctx.vars.set(key, { expr: a.expr, file, line: a.line, column: a.column });
    };
    // ext { ... } anywhere (buildscript { ext { } } in React Native), ext.x = ..., top-level def/val.
    for (const b of [...findBlocksDeep(stmts, 'ext'), ...findBlocksDeep(stmts, 'project.ext'), ...findBlocksDeep(stmts, 'rootProject.ext')]) {
      for (const s of b.body ?? []) take(s, '');
    }
    for (const s of stmts) {
      const a = assignment(s);
      if (!a) continue;
      if (/^(?:rootProject\.|project\.)?ext\./.test(a.key) || ['def', 'val', 'var'].includes(s.head[0]?.v ?? '')) take(s, '');
      // Kotlin: extra["x"] = v ; val x by extra(v)
      const h = s.head;
      if (h[0]?.v === 'extra' && h[1]?.v === '[' && h[2]?.t === 'str' && h[4]?.v === '=') {
        ctx.vars.set(h[2].v, { expr: h.slice(5), file, line: h[0].line, column: h[0].column });
      }
      if (h[0]?.v === 'val' && h[2]?.v === 'by' && h[3]?.v === 'extra' && h[4]?.v === '(') {
        ctx.vars.set(h[1]!.v, { expr: h.slice(5, -1), file, line: h[0].line, column: h[0].column });
      }
    }
  }
  return ctx;
}

// `(?<!\s)`: a cast starts where its blank run starts, so a long run of spaces is not tried from each of its characters.
const SUFFIX = /(?:\.(?:get|toInteger|toInt|toString|trim|orNull)\(\)|!!|(?<!\s)\s+as\s+\w+)+$/;

/** Evaluates an expression as far as it can be known statically. */
export function evaluate(expr: Tok[], file: string, line: number, column: number, ctx: GradleContext, seen = new Set<string>()): GradleValue {
  const raw = exprText(expr);
  const location = loc(file, line, column);
  const out = (origin: GradleValue['origin'], value?: string | number | boolean, definedAt?: Location): GradleValue => {
    const v: GradleValue = { raw, origin, unresolved: value === undefined, location };
    if (value !== undefined) v.value = value;
    if (definedAt) v.definedAt = definedAt;
    return v;
  };
  let text = raw.replace(SUFFIX, '').trim();
  // (findProperty("x") as String).toInt() → findProperty("x")
  for (let k = 0; k < 3 && /^\(.*\)$/.test(text); k++) text = text.slice(1, -1).replace(SUFFIX, '').trim();
  if (/System\.getenv|providers\.environmentVariable/.test(text)) return out('env');
  const single = expr.length === 1 ? expr[0] : undefined;
  if (single?.t === 'str') {
    if (!/\$/.test(single.v) || single.raw?.startsWith("'")) return out('literal', single.v);
    let unresolved = false;
    let fromVar = false;
    const s = single.v.replace(/\$\{([^}]+)\}|\$([A-Za-z_][\w.]*)/g, (_m, a: string | undefined, b: string | undefined) => {
      const name = (a ?? b ?? '').trim();
      const r = lookup(name, ctx, file, line, column, seen);
      fromVar = true;
      if (r.value === undefined) { unresolved = true; return ''; }
      return String(r.value);
    });
    return unresolved ? out('unresolved') : out(fromVar ? 'variable' : 'literal', s);
  }
  if (single?.t === 'num') return out('literal', Number(single.v.replace(/[LlFf]$/, '')));
  if (single?.t === 'id' && (single.v === 'true' || single.v === 'false')) return out('literal', single.v === 'true');
  if (/^-?\d+$/.test(text)) return out('literal', Number(text));
  const ref = /^signingConfigs(?:\.getByName\("([^"]+)"\)|\.getByName\('([^']+)'\)|\.(\w+)|\["([^"]+)"\]|\['([^']+)'\])$/.exec(text);
  if (ref) return out('reference', ref[1] ?? ref[2] ?? ref[3] ?? ref[4] ?? ref[5]);
  const prop = /^(?:project\.|rootProject\.)?(?:findProperty|property|providers\.gradleProperty)\(["']([^"']+)["']\)$/.exec(text);
  if (prop) {
    const p = ctx.props.get(prop[1]!);
    return p ? out('variable', coerce(p.value), loc(p.file, p.line)) : out('unresolved');
  }
  if (/\w\s*\[\s*["'][^"']+["']\s*\]$|\.getProperty\(["'][^"']+["']\)$/.test(text)) {
    const m = /^(\w+)/.exec(text);
    // A Properties object read at build time (keystoreProperties['storePassword']).
    if (m && !['ext', 'extra', 'rootProject', 'project'].includes(m[1]!)) return out('properties-file');
  }
  if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/.test(text)) {
    const r = lookup(text, ctx, file, line, column, seen);
    return r.value === undefined ? out(r.origin === 'properties-file' || r.origin === 'env' ? r.origin : 'unresolved') : out('variable', r.value, r.definedAt);
  }
  const extra = /^(?:rootProject\.|project\.)?(?:ext|extra)\s*\[\s*["']([^"']+)["']\s*\]$|^(?:rootProject\.|project\.)?extra\.get\(["']([^"']+)["']\)$/.exec(text);
  if (extra) {
    const r = lookup(extra[1] ?? extra[2] ?? '', ctx, file, line, column, seen);
    return r.value === undefined ? out('unresolved') : out('variable', r.value, r.definedAt);
  }
  return out('unresolved');
}

function coerce(s: string): string | number | boolean {
  if (/^-?\d+$/.test(s)) return Number(s);
  if (s === 'true' || s === 'false') return s === 'true';
  return s;
}

function lookup(name: string, ctx: GradleContext, file: string, line: number, column: number, seen: Set<string>): GradleValue {
  const none: GradleValue = { raw: name, origin: 'unresolved', unresolved: true, location: loc(file, line, column) };
  if (seen.has(name)) return none;
  const cat = /^libs\.versions\.(.+)$/.exec(name);
  if (cat) {
    const c = ctx.catalog.get(NORM(cat[1]!));
    return c ? { raw: name, value: coerce(c.value), origin: 'variable', unresolved: false, definedAt: loc(c.file, c.line), location: none.location } : none;
  }
  const key = name.replace(/^(?:rootProject\.|project\.)?(?:ext\.|extra\.)?/, '').replace(/^(?:rootProject|project)\./, '');
  const v = ctx.vars.get(key) ?? ctx.vars.get(name);
  if (v) {
    const next = new Set(seen).add(name);
    const r = evaluate(v.expr, v.file, v.line, v.column, ctx, next);
    if (r.value !== undefined) return { ...r, definedAt: r.definedAt ?? loc(v.file, v.line, v.column) };
    return r;
  }
  const p = ctx.props.get(key) ?? ctx.props.get(name);
  if (p) return { raw: name, value: coerce(p.value), origin: 'variable', unresolved: false, definedAt: loc(p.file, p.line), location: none.location };
  return none;
}


type Setter = { keys: readonly string[]; prop: string };
const MODULE_KEYS: Setter[] = [
  { keys: ['applicationId'], prop: 'applicationId' },
  { keys: ['minSdk', 'minSdkVersion'], prop: 'minSdk' },
  { keys: ['targetSdk', 'targetSdkVersion'], prop: 'targetSdk' },
  { keys: ['compileSdk', 'compileSdkVersion'], prop: 'compileSdk' },
  { keys: ['versionCode'], prop: 'versionCode' },
  { keys: ['versionName'], prop: 'versionName' },
];
const BUILD_TYPE_KEYS: Setter[] = [
  { keys: ['applicationIdSuffix'], prop: 'applicationIdSuffix' },
  { keys: ['minifyEnabled', 'isMinifyEnabled'], prop: 'minifyEnabled' },
  { keys: ['shrinkResources', 'isShrinkResources'], prop: 'shrinkResources' },
  { keys: ['debuggable', 'isDebuggable'], prop: 'debuggable' },
  { keys: ['signingConfig'], prop: 'signingConfig' },
];
const FLAVOR_KEYS: Setter[] = [
  { keys: ['dimension'], prop: 'dimension' },
  { keys: ['applicationId'], prop: 'applicationId' },
  { keys: ['applicationIdSuffix'], prop: 'applicationIdSuffix' },
  { keys: ['minSdk', 'minSdkVersion'], prop: 'minSdk' },
  { keys: ['targetSdk', 'targetSdkVersion'], prop: 'targetSdk' },
];
const SIGNING_KEYS: Setter[] = [
  { keys: ['storeFile'], prop: 'storeFile' },
  { keys: ['storePassword'], prop: 'storePassword' },
  { keys: ['keyAlias'], prop: 'keyAlias' },
  { keys: ['keyPassword'], prop: 'keyPassword' },
];

function fill(target: Record<string, unknown>, stmts: Stmt[], setters: Setter[], file: string, ctx: GradleContext, scope?: { name: string; out: PlaceholderFact[] }): void {
  for (const s of stmts) {
    // if (...) { } else { }: the first branch that sets a value wins.
    if (s.body && ['if', 'else'].includes(s.head[0]?.v ?? '')) {
      const inner: Record<string, unknown> = {};
      fill(inner, s.body, setters, file, ctx, scope);
      for (const [k, v] of Object.entries(inner)) if (!(k in target)) target[k] = v;
      continue;
    }
    if (scope && s.head[0]?.v === 'manifestPlaceholders') placeholders(s, file, ctx, scope.name, scope.out);
    const a = assignment(s);
    if (!a) continue;
    const key = a.key.replace(/^(?:it|this)\./, '');
    const setter = setters.find((x) => x.keys.includes(key));
    if (setter) target[setter.prop] = evaluate(a.expr, file, a.line, a.column, ctx);
  }
}

/** `manifestPlaceholders = [a: "x"]`, `+= mapOf("a" to "x")`, `["a"] = "x"`, `.put("a", "x")`. */
function placeholders(s: Stmt, file: string, ctx: GradleContext, scope: string, out: PlaceholderFact[]): void {
  const h = s.head;
  const push = (name: string, expr: Tok[], at: Tok) => {
    if (!expr.length) return;
    out.push({ name, scope, value: evaluate(expr, file, at.line, at.column, ctx) });
  };
  // Split the tokens after the first `[`/`(` on top-level commas.
  const start = h.findIndex((t) => t.v === '[' || t.v === '(');
  if (start < 0) return;
  if (h[start]?.v === '[' && h[start + 1]?.t === 'str' && h[start + 2]?.v === ']' && h[start + 3]?.v === '=') {
    push(h[start + 1]!.v, h.slice(start + 4), h[start + 1]!);
    return;
  }
  let depth = 0;
  let part: Tok[] = [];
  const parts: Tok[][] = [];
  for (const t of h.slice(start + 1)) {
    if (t.v === '(' || t.v === '[') depth++;
    if ((t.v === ')' || t.v === ']') && depth-- === 0) break;
    if (t.v === ',' && depth === 0) { parts.push(part); part = []; continue; }
    part.push(t);
  }
  parts.push(part);
  if (h[start - 1]?.v === 'put' && parts.length === 2 && parts[0]![0]?.t === 'str') { push(parts[0]![0]!.v, parts[1]!, parts[0]![0]!); return; }
  for (const p of parts) {
    let q = p;
    if (q[0]?.v === 'mapOf' || q[0]?.v === 'mutableMapOf') q = q.slice(2);
    const k = q[0];
    if (!k || (k.t !== 'str' && k.t !== 'id')) continue;
    let expr = q.slice(2);
    // The last pair of `mapOf(... )` carries the call's closing parenthesis.
    const opens = expr.filter((t) => t.v === '(').length;
    const closes = expr.filter((t) => t.v === ')').length;
    if (closes > opens && expr[expr.length - 1]?.v === ')') expr = expr.slice(0, -1);
    if (q[1]?.v === ':' || q[1]?.v === 'to') push(k.v, expr, k);
  }
}

function named<T>(block: Stmt | undefined, file: string, make: (name: string, location: Location, body: Stmt[]) => T): T[] {
  if (!block?.body) return [];
  const out: T[] = [];
  for (const s of block.body) {
    if (!s.body) continue;
    const name = blockName(s.head);
    if (!name || /[^\w-]/.test(name)) continue; // all { }, configureEach { }, whenObjectAdded { }
    if (['all', 'configureEach', 'each', 'forEach'].includes(name)) continue;
    out.push(make(name, loc(file, s.line, s.column), s.body));
  }
  return out;
}

/** Reads one application module; undefined when the script is not an Android application. */
export function readModule(file: string, text: string, stmts: Stmt[], ctx: GradleContext): GradleModuleFact | undefined {
  const android = findBlocks(stmts, 'android');
  const hasAppId = android.some((b) => findBlocks(b.body ?? [], 'defaultConfig').some((d) => (d.body ?? []).some((s) => assignment(s)?.key === 'applicationId')));
  if (!appliesAndroidApplication(text) && !hasAppId) return undefined;
  const fact: GradleModuleFact = { file, location: android[0] ? loc(file, android[0].line, android[0].column) : loc(file), module: dirname(file), dsl: file.endsWith('.kts') ? 'kotlin' : 'groovy', buildTypes: [], productFlavors: [], signingConfigs: [],
    manifestPlaceholders: [], reactNative: /com\.facebook\.react/.test(text), flutter: /dev\.flutter\.flutter-gradle-plugin|flutter\.gradle|flutter\.minSdkVersion/.test(text) };
  const f = fact as unknown as Record<string, unknown>;
  for (const a of android) {
    const body = a.body ?? [];
    fill(f, body, [{ keys: ['namespace'], prop: 'namespace' }, ...MODULE_KEYS.filter((k) => k.prop === 'compileSdk')], file, ctx);
    for (const d of findBlocks(body, 'defaultConfig')) fill(f, d.body ?? [], MODULE_KEYS, file, ctx, { name: 'defaultConfig', out: fact.manifestPlaceholders });
    for (const bt of findBlocks(body, 'buildTypes')) {
      fact.buildTypes.push(...named(bt, file, (name, location, b) => {
        const x: BuildTypeFact = { name, location };
        fill(x as unknown as Record<string, unknown>, b, BUILD_TYPE_KEYS, file, ctx, { name, out: fact.manifestPlaceholders });
        return x;
      }));
    }
    for (const pf of findBlocks(body, 'productFlavors')) {
      fact.productFlavors.push(...named(pf, file, (name, location, b) => {
        const x: FlavorFact = { name, location };
        fill(x as unknown as Record<string, unknown>, b, FLAVOR_KEYS, file, ctx, { name, out: fact.manifestPlaceholders });
        return x;
      }));
    }
    for (const sc of findBlocks(body, 'signingConfigs')) {
      fact.signingConfigs.push(...named(sc, file, (name, location, b) => {
        const x: SigningConfigFact = { name, location, literalPassword: false };
        fill(x as unknown as Record<string, unknown>, b, SIGNING_KEYS, file, ctx);
        x.literalPassword = [x.storePassword, x.keyPassword].some((p) => p !== undefined && typeof p.value === 'string');
        // Facts never carry a password: the value and any literal in the raw text are masked.
        for (const p of [x.storePassword, x.keyPassword]) {
          if (!p || p.value === undefined) continue;
          p.value = '********';
          if (p.origin === 'literal') p.raw = '"********"';
        }
        return x;
      }));
    }
  }
  return fact;
}

/**
 * `isApplication(script)`: what the app's scope knows of a build script (true: an application
 * module its settings include; false: not one, e.g. the root project or a library); undefined
 * leaves it to the script itself.
 */
export function readGradle(repo: RepoFiles, files: string[], isApplication: (file: string) => boolean | undefined = () => undefined): { modules: GradleModuleFact[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  // endsWith first: the expression alone costs more than the rest of this function on 100,000 paths.
  const scripts = files.filter((f) => isGradleScript(f) && /(?:^|\/)[\w.-]*\.gradle(?:\.kts)?$/.test(f));
  const texts = new Map<string, string>();
  const parsed = new Map<string, Stmt[]>();
  for (const f of scripts) {
    const r = repo.readText(f, MAX_SCRIPT_BYTES);
    if (!r.ok) { diagnostics.push(r.diagnostic); continue; }
    const stmts = withinFileBudget(f, diagnostics, () => parseGradle(r.text, (at) => diagnostics.push(diagnostic('android/gradle-parse', 'error', f,
      `${f} nests blocks deeper than ${MAX_BLOCK_DEPTH} levels (line ${at.line}): what is inside was not read.`,
      `${f} 的代码块嵌套超过 ${MAX_BLOCK_DEPTH} 层（第 ${at.line} 行），其内部内容未被读取。`, at.line, at.column))));
    if (!stmts) continue;
    texts.set(f, r.text);
    parsed.set(f, stmts);
  }
  const ctx = gradleContext(repo, files, parsed, diagnostics);
  const modules: GradleModuleFact[] = [];
  for (const [f, stmts] of parsed) {
    if (!/(?:^|\/)build\.gradle(?:\.kts)?$/.test(f) || isApplication(f) === false) continue;
    const m = readModule(f, texts.get(f) ?? '', stmts, ctx);
    if (m) modules.push(m);
  }
  applyConventionSdkLevels(repo, files, ctx, modules);
  return { modules, diagnostics };
}
