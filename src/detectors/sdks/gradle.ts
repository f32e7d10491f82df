// Gradle build scripts (Groovy and Kotlin DSL): dependency declarations with their
// configuration, resolved through version catalogs and version variables where that can be
// done statically. Anything that cannot be resolved is kept, with evidence.
import { accessorKey, catalogRoot, type Catalog } from './version-catalog.js';
import { closer, skipString, splitTopLevel, stringLiteral, stripComments } from './gradle-text.js';
import { GradleVars, normaliseName } from './gradle-vars.js';
import { MAX_SCRIPT_BYTES } from '../limits.js';
import { basename, dirname, gradleDynamic, isAncestorOrSelf, isGradleScript, Lines, read, type SdkContext } from './util.js';

const KNOWN_CONFIGS = new Set([
  'implementation', 'api', 'compileOnly', 'runtimeOnly', 'compileOnlyApi', 'annotationProcessor', 'kapt', 'ksp',
  'classpath', 'compile', 'provided', 'apk', 'lintChecks', 'lintPublish', 'coreLibraryDesugaring', 'detektPlugins',
  'wearApp', 'baselineProfile', 'testCompile', 'androidTestCompile', 'debugCompile', 'releaseCompile', 'kaptTest',
  'kaptAndroidTest', 'kspTest', 'kspAndroidTest', 'androidTestUtil', 'testFixturesImplementation', 'testFixturesApi',
  'screenshotTestImplementation',
]);
const CONFIG_SUFFIX = /^[a-z][A-Za-z0-9]*(Implementation|Api|CompileOnly|RuntimeOnly|AnnotationProcessor|Kapt|Ksp|Compile)$/;

function isConfig(name: string): boolean {
  return KNOWN_CONFIGS.has(name) || CONFIG_SUFFIX.test(name);
}

/** Build-logic folders: their dependencies are build tools, not app code. */
function isBuildLogic(file: string): boolean {
  return /(^|\/)(buildSrc|build-logic|build-conventions|gradle\/plugins)\//.test(file);
}

export interface GradleEnv {
  vars: GradleVars;
  catalogs: Catalog[];
  /** Plugin ids defined by the build itself (build-logic / buildSrc registrations, versionless catalog plugins). */
  localPlugins: Set<string>;
}

export function buildGradleEnv(ctx: SdkContext, catalogs: Catalog[]): GradleEnv {
  const vars = new GradleVars();
  const localPlugins = new Set<string>();
  for (const c of catalogs) for (const p of c.plugins.values()) if (!p.version) localPlugins.add(p.id);
  for (const c of catalogs) {
    for (const [k, v] of c.versions) vars.add(`${c.name}.versions.${k.replace(/[-_]/g, '.')}`, v, c.file, true);
  }
  for (const f of ctx.files) {
    const b = basename(f);
    if (b === 'gradle.properties') {
      const t = read(ctx, f);
      if (t !== null) vars.addProperties(f, t);
    } else if (isGradleScript(b) || (/\.(kt|kts|groovy|java)$/.test(b) && isBuildLogic(f))) {
      const t = ctx.repo.readText(f, MAX_SCRIPT_BYTES);
      if (t.ok) {
        vars.addScript(f, t.text);
        if (isBuildLogic(f)) for (const m of t.text.matchAll(/\bid\s*=\s*"([\w.-]+)"/g)) localPlugins.add(m[1]!);
      } // else: scanGradleFile reports the file
    }
  }
  return { vars, catalogs, localPlugins };
}

/** The catalog `libs` (or another name) that applies to a build file: the nearest build root above it. */
function catalogFor(env: GradleEnv, name: string, file: string): Catalog | undefined {
  const dir = dirname(file);
  return env.catalogs
    .filter((c) => c.name === name && isAncestorOrSelf(catalogRoot(c), dir))
    .sort((a, b) => catalogRoot(b).length - catalogRoot(a).length)[0]
    ?? env.catalogs.filter((c) => c.name === name)[0];
}

interface Decl {
  config: string;
  expr: string;
  offset: number;
}

/** Finds `config(expr)`, `config expr`, `"config"(expr)` and `add("config", expr)` declarations. */
function declarations(text: string): Decl[] {
  const out: Decl[] = [];
  // Inside `dependencies { }` any `name(...)` / `name '...'` call is a configuration (custom ones
  // such as `ktlint` or `checkstyle` included); outside, only the well-known names count.
  const blocks: [number, number][] = [];
  const closing = closer(text);
  for (const b of text.matchAll(/(?<![\w.])dependencies\s*\{/g)) {
    const open = b.index + b[0].length - 1;
    const close = closing(open);
    if (close > 0) blocks.push([open, close]);
  }
  const inBlock = (i: number) => blocks.some(([a, b]) => i > a && i < b);
  const NOT_CONFIGS = new Set(['if', 'for', 'when', 'while', 'return', 'val', 'var', 'def', 'exclude', 'because', 'version',
    'constraints', 'components', 'modules', 'attributes', 'capabilities', 'println', 'logger', 'force', 'transitive', 'artifact',
    'dependencies', 'project', 'files', 'fileTree', 'platform', 'enforcedPlatform', 'it', 'apply', 'else', 'strictly', 'require',
    'prefer', 'reject', 'withType', 'configurations', 'add', 'create', 'register', 'kotlin', 'testFixtures']);
  const re = /(?<![\w.$])(?:(["'])([A-Za-z][A-Za-z0-9]*)\1\s*\(|add\(\s*(?:(["'])([A-Za-z][A-Za-z0-9]*)\3|([A-Za-z_]\w*))\s*,|([A-Za-z][A-Za-z0-9]*)(\s*\(|[ \t]+(?=["'\w[])))/g;
  const strings = stringRanges(text);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (insideString(strings, m.index)) continue;
    // add(configVariable, dep): the variable usually holds the configuration name.
    const viaAdd = m[4] ?? m[5];
    const config = m[2] ?? (m[5] ? m[5].replace(/Configuration$/, '') : m[4]) ?? m[6]!;
    if (m[5] && !inBlock(m.index)) continue;
    if (viaAdd) m[4] = viaAdd;
    if (!viaAdd && !isConfig(config) && !(m[6] && inBlock(m.index) && !NOT_CONFIGS.has(config) && /^\s*(\(\s*)?(["']|libs\.|platform|enforcedPlatform)/.test(text.slice(m.index + config.length, m.index + config.length + 40)))) continue;
    const start = m.index;
    const after = m.index + m[0].length;
    let expr: string;
    if (m[2] || m[4] || (m[7] && m[7].trim() === '(')) {
      const open = m[4] ? text.lastIndexOf('(', after) : after - 1;
      const close = closing(open);
      if (close < 0) continue;
      expr = text.slice(m[4] ? after : open + 1, close);
      re.lastIndex = close;
      // `implementation("g:a") { ... }` / `implementation(...) { because ... }` — the block is not a dependency.
    } else {
      // Groovy command syntax: to the end of the line, continued after a trailing comma.
      let end = text.indexOf('\n', after);
      if (end < 0) end = text.length;
      while (/,\s*$/.test(text.slice(after, end)) && end < text.length) {
        const next = text.indexOf('\n', end + 1);
        end = next < 0 ? text.length : next;
      }
      expr = text.slice(after, end);
      const brace = topLevelBrace(expr);
      if (brace >= 0) expr = expr.slice(0, brace);
      if (/^\s*(=|by\b|\{)/.test(expr)) continue;
      re.lastIndex = end;
    }
    out.push({ config, expr: expr.trim(), offset: start });
  }
  return out;
}

/** [start, end] of every string literal (quotes included). */
function stringRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const end = skipString(text, i);
      out.push([i, end]);
      i = end;
    }
  }
  return out;
}

function insideString(ranges: [number, number][], i: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = ranges[mid]!;
    if (i <= a) hi = mid - 1;
    else if (i > b) lo = mid + 1;
    else return true;
  }
  return false;
}

function topLevelBrace(s: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '"' || c === "'") {
      i = skipString(s, i);
      continue;
    }
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '{' && depth === 0) return i;
  }
  return -1;
}

interface Coord {
  group: string;
  name: string;
  version?: string;
  /** The version part as written (may hold `$var`). */
  versionSpec?: string;
  versionUnresolved?: boolean;
}

const COORD_PART = /^[\w.-]+$/;

/** `g:a[:v[:classifier]][@ext]`, interpolating variables when the string is double-quoted. */
function parseCoordinate(raw: string, interpolates: boolean, env: GradleEnv, file: string): Coord | null {
  const parts = raw.split('@')[0]!.split(':');
  if (parts.length < 2 || parts.length > 4) return null;
  const [g0, a0, v0] = parts as [string, string, string | undefined];
  const resolve = (s: string) => (interpolates && s.includes('$') ? env.vars.interpolate(s, file) : s);
  const group = resolve(g0);
  const name = resolve(a0);
  if (!group || !name || !COORD_PART.test(group) || !COORD_PART.test(name)) return null;
  if (v0 === undefined || v0 === '') return { group, name };
  const version = resolve(v0);
  if (version === null) return { group, name, versionSpec: v0, versionUnresolved: true };
  return { group, name, version, versionSpec: v0 };
}

function stripWrapper(expr: string): { inner: string; bom: boolean; wrapper?: string } {
  const m = /^(platform|enforcedPlatform|testFixtures|kotlin|variantOf|dependencies\.platform|project\.dependencies\.platform)\s*\(([\s\S]*)\)\s*(\.get\(\))?$/.exec(expr.trim());
  if (!m) return { inner: expr.trim(), bom: false };
  return { inner: m[2]!.trim(), bom: /platform/i.test(m[1]!), wrapper: m[1] };
}

export function scanGradleFile(ctx: SdkContext, file: string, env: GradleEnv): void {
  const raw = read(ctx, file, MAX_SCRIPT_BYTES);
  if (raw === null) return;
  const text = stripComments(raw);
  const lines = new Lines(text);
  const buildLogic = isBuildLogic(file);
  const root = dirname(file);

  const decls = declarations(text);
  const sets = sourceSetBlocks(text);
  for (const d of decls) {
    const line = lines.line(d.offset);
    const column = lines.column(d.offset);
    const set = sets.filter((b) => d.offset > b.open && d.offset < b.close).sort((a, b) => b.open - a.open)[0];
    const scope = buildLogic ? 'buildscript' : set ? `${set.name}${d.config[0]!.toUpperCase()}${d.config.slice(1)}` : d.config;
    const textLine = lines.lineText(line, raw).trim();
    const items = looksLikeMap(d.expr) ? [d.expr] : splitTopLevel(d.expr);
    for (const item of items) {
      interpret(ctx, env, file, root, item, scope, line, column, textLine);
    }
  }
  if (buildLogic || file.endsWith('.kt')) scanFindLibrary(ctx, env, file, text, lines);
  scanPlugins(ctx, env, file, text, lines, root);
  // Catalog libraries used outside declarations (`artifact = libs.protobuf.protoc.get().toString()`): build tools.
  // Declarations come in text order, and so do the matches: one pass over both.
  const covered = decls.map((d) => [d.offset, d.offset + d.config.length + d.expr.length + 8] as const);
  let next = 0;
  let coveredTo = -1;
  for (const m of text.matchAll(/(?<![\w.])([A-Za-z_]\w*)\.([\w.]+)/g)) {
    for (; next < covered.length && covered[next]![0] <= m.index; next++) coveredTo = Math.max(coveredTo, covered[next]![1]);
    if (m.index <= coveredTo) continue;
    const catalog = catalogFor(env, m[1]!, file);
    if (!catalog || catalog.name !== m[1]) continue;
    const path = m[2]!.replace(/\.(get|asProvider|toString)$/, '').replace(/\.(get|asProvider)$/, '');
    if (/^(plugins|versions|bundles)\./.test(path)) continue;
    const lib = catalog.libraries.get(accessorKey(path));
    if (!lib) continue;
    const line = lines.line(m.index);
    emit(ctx, file, root, { group: lib.group, name: lib.name, version: lib.version, versionSpec: lib.versionSpec },
      buildLogic ? 'buildscript' : 'build-tool', line, lines.column(m.index), false, lib.dynamic, { file: catalog.file, line: lib.line });
  }
}

/**
 * Kotlin Multiplatform / named source-set blocks (`commonTest.dependencies { }`,
 * `val androidUnitTest by getting { }`, `getByName("commonTest") { }`, Groovy `commonTest { }`):
 * a declaration inside gets the source set's configuration name (`commonTestImplementation`),
 * which is how Gradle itself names it, so that test source sets classify as test.
 */
function sourceSetBlocks(text: string): { name: string; open: number; close: number }[] {
  const out: { name: string; open: number; close: number }[] = [];
  const re = /(?<![\w.])(?:(\w+)\.dependencies|val\s+(\w+)\s+by\s+(?:getting|creating)|(?:getByName|named|maybeCreate|create)\(\s*"(\w+)"\s*\)|(\w+(?:Main|Test)))\s*\{/g;
  const closing = closer(text);
  for (const m of text.matchAll(re)) {
    const name = m[1] ?? m[2] ?? m[3] ?? m[4]!;
    if (!/(Main|Test)$/.test(name)) continue;
    const open = m.index + m[0].length - 1;
    const close = closing(open);
    if (close > 0) out.push({ name, open, close });
  }
  return out;
}

function looksLikeMap(expr: string): boolean {
  return /(^|[\s,(])(group|name)\s*[:=]/.test(expr);
}

function interpret(ctx: SdkContext, env: GradleEnv, file: string, root: string, expr0: string, scope: string,
  line: number, column: number, textLine: string): void {
  const { inner: expr, bom, wrapper } = stripWrapper(expr0);
  const unresolved = (reason: string): void => { ctx.unresolved.push({ file, line, text: textLine, reason }); };
  if (!expr || /\.find(Library|Bundle)\(/.test(expr)) return;
  if (/^(project|projects)\b/.test(expr) || /^(gradleApi|localGroovy|gradleTestKit)\(\)$/.test(expr)) return;
  if (/^(files|fileTree)\b/.test(expr) || /^(files|fileTree)\s*\(/.test(expr0.trim())) {
    binaryReference(ctx, file, root, /^(files|fileTree)\b/.test(expr) ? expr : expr0.trim(), line, unresolved);
    return;
  }
  if (wrapper === 'kotlin') {
    const lit = stringLiteral(expr.split(',')[0]!);
    if (lit) emit(ctx, file, root, { group: 'org.jetbrains.kotlin', name: `kotlin-${lit.value}` }, scope, line, column, false, undefined);
    return;
  }
  const add = (c: Coord, dynamic: boolean | undefined, catalogLine?: { file: string; line: number }) =>
    emit(ctx, file, root, c, scope, line, column, bom, dynamic, catalogLine);

  if (looksLikeMap(expr)) {
    const map = new Map<string, string | null>();
    for (const part of splitTopLevel(expr)) {
      const m = /^(\w+)\s*[:=]\s*([\s\S]+)$/.exec(part);
      if (!m) continue;
      const lit = stringLiteral(m[2]!);
      map.set(m[1]!, lit ? (lit.interpolates && lit.value.includes('$') ? env.vars.interpolate(lit.value, file) : lit.value) : env.vars.lookup(m[2]!, file));
    }
    const group = map.get('group');
    const name = map.get('name');
    if (!group && name && map.get('ext')) {
      // flatDir: implementation(name: 'alipaySdk-15.8.11', ext: 'aar')
      ctx.binaryRefs.push({ dir: '', patterns: [`**/${name}.${map.get('ext')}`], file, line });
      return;
    }
    if (!group || !name) return unresolved('dependency map without a resolvable group and name');
    const version = map.get('version');
    const hasVersion = map.has('version');
    return add({ group, name, version: version ?? undefined, versionUnresolved: hasVersion && version === null }, undefined);
  }

  const lit = stringLiteral(expr);
  if (lit) {
    const c = parseCoordinate(lit.value, lit.interpolates, env, file);
    if (!c) return unresolved(lit.value.includes('$') ? 'coordinate uses a variable that is not statically known' : 'not a group:name:version coordinate');
    return add(c, undefined);
  }

  const cat = /^([A-Za-z_]\w*)\.([\w.]+?)(\.get\(\)|\.asProvider\(\)(\.get\(\))?)?$/.exec(expr);
  if (cat) {
    const catalog = catalogFor(env, cat[1]!, file);
    if (catalog) {
      const path = cat[2]!;
      if (path.startsWith('plugins.') || path.startsWith('versions.')) return;
      if (path.startsWith('bundles.')) {
        const b = catalog.bundles.get(accessorKey(path.slice(8)));
        if (!b) return unresolved(`no bundle "${path.slice(8)}" in ${catalog.file}`);
        for (const alias of b.aliases) {
          const lib = catalog.libraries.get(accessorKey(alias));
          if (lib) add({ group: lib.group, name: lib.name, version: lib.version, versionSpec: lib.versionSpec }, lib.dynamic, { file: catalog.file, line: lib.line });
          else unresolved(`bundle "${path.slice(8)}" names "${alias}", which is not in ${catalog.file}`);
        }
        return;
      }
      const lib = catalog.libraries.get(accessorKey(path));
      if (!lib) return unresolved(`no library "${path}" in ${catalog.file}`);
      return add({ group: lib.group, name: lib.name, version: lib.version, versionSpec: lib.versionSpec }, lib.dynamic, { file: catalog.file, line: lib.line });
    }
  }
  if (/^[A-Za-z_][\w.]*(\[\s*["'][\w.-]+["']\s*\])*(\.get\(\))?(!!)?(\s+as\s+String)?$/.test(expr) || /^(rootProject\.)?(extra|ext|property)\b/.test(expr)) {
    const v = env.vars.lookup(normaliseName(expr), file);
    if (v !== null) {
      const c = parseCoordinate(v, false, env, file);
      if (c) return add(c, undefined);
    }
    return unresolved(`"${expr}" is not statically resolvable to a coordinate`);
  }
  unresolved('dependency expression not understood');
}

function emit(ctx: SdkContext, file: string, root: string, c: Coord, scope: string, line: number, column: number,
  bom: boolean, dynamic: boolean | undefined, catalogLine?: { file: string; line: number }): void {
  const version = c.versionUnresolved ? undefined : c.version;
  if (c.versionUnresolved) {
    ctx.unresolved.push({ file, line, text: `${c.group}:${c.name}:${c.versionSpec ?? ''}`, reason: 'version uses a value that is not statically known' });
  }
  const base = {
    ecosystem: 'maven' as const, group: c.group, name: c.name, version, versionSpec: c.versionSpec ?? c.version,
    dynamic: dynamic ?? (version ? gradleDynamic(version) : false), lockable: true, direct: true, scope,
    bom: bom || undefined, root,
  };
  ctx.sightings.push({ ...base, file, line, column });
  if (catalogLine) ctx.sightings.push({ ...base, file: catalogLine.file, line: catalogLine.line, column: undefined });
}

/** `files('libs/a.aar')`, `fileTree(dir: 'libs', include: ['*.aar'])`, `fileTree(mapOf("dir" to "libs", "include" to listOf("*.jar")))`. */
function binaryReference(ctx: SdkContext, file: string, root: string, expr: string, line: number, unresolved: (r: string) => void): void {
  const strings = [...expr.matchAll(/(["'])((?:\\.|(?!\1)[^\\])*)\1/g)].map((m) => m[2]!);
  if (expr.startsWith('files')) {
    for (const s of strings) ctx.binaryRefs.push({ dir: root, patterns: [s], file, line });
    if (!strings.length) unresolved('files() without literal paths');
    return;
  }
  const dirM = /(?:dir\s*[:=]|["']dir["']\s*to)\s*(["'])([^"']+)\1/.exec(expr) ?? /^fileTree\(\s*(["'])([^"']+)\1/.exec(expr);
  const dir = dirM?.[2] ?? 'libs';
  const incM = /include\s*[:=]?\s*(?:\[|listOf\(|setOf\(|arrayOf\()?([^\])]*)/.exec(expr.replace(/["']include["']\s*to/, 'include ='));
  const patterns = incM ? [...incM[1]!.matchAll(/(["'])((?:\\.|(?!\1)[^\\])*)\1/g)].map((m) => m[2]!) : ['**/*'];
  ctx.binaryRefs.push({ dir: joinDir(root, dir), patterns: patterns.length ? patterns : ['**/*'], file, line });
}

function joinDir(root: string, dir: string): string {
  const clean = dir.replace(/^\.\//, '').replace(/\/$/, '');
  return root ? `${root}/${clean}` : clean;
}

/** Convention plugins: `add("implementation", libs.findLibrary("x").get())`, `"implementation"(libs.findBundle("y").get())`. */
export function scanFindLibrary(ctx: SdkContext, env: GradleEnv, file: string, text: string, lines: Lines): void {
  for (const m of text.matchAll(/(\w+)\.find(Library|Bundle)\(\s*"([^"]+)"\s*\)/g)) {
    const line = lines.line(m.index);
    const lineText = lines.lineText(line);
    const cfg = /add\(\s*"(\w+)"/.exec(lineText)?.[1] ?? /"(\w+)"\s*\(/.exec(lineText)?.[1] ?? /^\s*(\w+)\s*\(/.exec(lineText)?.[1];
    const scope = cfg && isConfig(cfg) ? cfg : 'implementation';
    const catalog = env.catalogs.find((c) => c.name === 'libs') ?? env.catalogs[0];
    if (!catalog) continue;
    const aliases = m[2] === 'Bundle' ? catalog.bundles.get(accessorKey(m[3]!))?.aliases ?? [] : [m[3]!];
    for (const alias of aliases) {
      const lib = catalog.libraries.get(accessorKey(alias));
      if (!lib) {
        ctx.unresolved.push({ file, line, text: lineText.trim(), reason: `no library "${alias}" in ${catalog.file}` });
        continue;
      }
      emit(ctx, file, catalogRoot(catalog), { group: lib.group, name: lib.name, version: lib.version, versionSpec: lib.versionSpec },
        scope, line, lines.column(m.index), false, lib.dynamic, { file: catalog.file, line: lib.line });
    }
  }
}

/**
 * Gradle plugins applied in `plugins { }`: `id("x") version "v"`, `id 'x' version 'v'`,
 * `alias(libs.plugins.x)`, `kotlin("android")`. Reported as the plugin marker artifact
 * (`pkg:maven/<id>/<id>.gradle.plugin`) with scope `plugin`: SDKs such as AGConnect, Google
 * services or Crashlytics are wired in through them. Core plugins without a dot are skipped.
 */
function scanPlugins(ctx: SdkContext, env: GradleEnv, file: string, text: string, lines: Lines, root: string): void {
  const closing = closer(text);
  for (const b of text.matchAll(/(?<![\w.])plugins\s*\{/g)) {
    const open = b.index + b[0].length - 1;
    const close = closing(open);
    if (close < 0) continue;
    const body = text.slice(open + 1, close);
    const at = (i: number) => ({ line: lines.line(open + 1 + i), column: lines.column(open + 1 + i) });
    const add = (id: string, version: string | undefined, spec: string | undefined, i: number, catalogLine?: { file: string; line: number }) => {
      if (!id.includes('.')) return;
      // A convention plugin of this build (catalogs list them with version "unspecified").
      if ((!version || version === 'unspecified') && env.localPlugins.has(id)) return;
      const { line, column } = at(i);
      emit(ctx, file, root, { group: id, name: `${id}.gradle.plugin`, version, versionSpec: spec, versionUnresolved: false },
        'plugin', line, column, false, version ? gradleDynamic(version) : false, catalogLine);
    };
    for (const m of body.matchAll(/\bid\s*\(?\s*(["'])([\w.-]+)\1\s*\)?(?:\s+version\s*\(?\s*(["'])([^"']+)\3)?/g)) {
      const raw = m[4];
      const version = raw?.includes('$') ? env.vars.interpolate(raw, file) ?? undefined : raw;
      add(m[2]!, version, raw, m.index);
    }
    for (const m of body.matchAll(/\bkotlin\s*\(\s*"([\w.-]+)"\s*\)(?:\s+version\s+"([^"]+)")?/g)) {
      add(`org.jetbrains.kotlin.${m[1]}`, m[2], m[2], m.index);
    }
    for (const m of body.matchAll(/\balias\s*\(\s*(\w+)\.plugins\.([\w.]+)\s*\)/g)) {
      const catalog = catalogFor(env, m[1]!, file);
      const p = catalog?.plugins.get(accessorKey(m[2]!));
      if (!catalog || !p) {
        const { line } = at(m.index);
        ctx.unresolved.push({ file, line, text: m[0], reason: `no plugin "${m[2]}" in the version catalog` });
        continue;
      }
      add(p.id, p.version, p.versionSpec, m.index, { file: catalog.file, line: p.line });
    }
  }
}
