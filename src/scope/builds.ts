// The builds of a repository, read once: Gradle settings and their modules, Xcode projects and
// their targets (project.pbxproj, XcodeGen project.yml), Flutter, React Native and HarmonyOS
// roots. Only build files are read, and nothing is run: includes and plugins are read as text.
import { parse as parseYaml } from 'yaml';
import { parseJson5 } from '../core/json5.js';
import type { RepoFiles } from '../repo/files.js';
import { readPbxConfigurations, readPbxTargets, targetKind } from '../detectors/ios/pbxproj.js';
import type { GradleModule, XcodeTarget } from './types.js';
import { indexOf } from './listing.js';
import { basename, dirname } from '../repo/paths.js';

export interface GradleBuild {
  /** Folder of settings.gradle(.kts). */
  dir: string;
  settings: string;
  modules: GradleModule[];
  /** includeBuild(...) folders: build logic, not the app. */
  includedBuilds: string[];
}

export interface XcodeProject {
  file: string;
  /** Folder holding the .xcodeproj (or project.yml): the project's source root. */
  dir: string;
  targets: (XcodeTarget & { configurationIds: string[]; sources: string[] })[];
  /** XcodeGen source entries with `excludes`/`includes` (globs relative to `path`): what they leave out is not built. */
  filteredSources?: XcodeGenSource[];
}

export interface XcodeGenSource {
  /** Repository-relative folder of the entry. */
  path: string;
  excludes: string[];
  includes: string[];
}

export interface RepoBuilds {
  gradle: GradleBuild[];
  /** Folders of build.gradle(.kts) files, for modules no settings file includes. */
  gradleScripts: string[];
  /** Modules of build scripts no settings file covers. */
  looseGradle: GradleModule[];
  xcode: XcodeProject[];
  flutter: { dir: string; plugin: boolean }[];
  reactNative: string[];
  harmonyos: { dir: string; modules: string[] }[];
  /** Files that show an app build is here (scripts, manifests, projects, roots). */
  markers: string[];
}

const cache = new WeakMap<RepoFiles, RepoBuilds>();


function join(dir: string, rel: string): string {
  const out: string[] = dir ? dir.split('/') : [];
  for (const s of rel.split('/')) {
    if (!s || s === '.') continue;
    if (s === '..') out.pop();
    else out.push(s);
  }
  return out.join('/');
}

function text(repo: RepoFiles, file: string): string | undefined {
  if (repo.size(file) > 2 * 1024 * 1024) return undefined;
  const r = repo.readText(file);
  return r.ok ? r.text : undefined;
}

const MARKER = /(?:^|\/)(?:build\.gradle(?:\.kts)?|settings\.gradle(?:\.kts)?|AndroidManifest\.xml|project\.pbxproj|project\.ya?ml|Info\.plist|Podfile|pubspec\.yaml|build-profile\.json5|app\.json5|module\.json5)$/;

/** Strips `apply false` declarations (the root project names plugins for its modules). */
function withoutApplyFalse(script: string): string {
  return script.replace(/^.*\bapply\s*\(?\s*false\s*\)?.*$/gm, '');
}

/** Does a build script apply the Android application plugin (directly, by alias or by a convention plugin)? */
export function appliesAndroidApplication(script: string): boolean {
  const s = withoutApplyFalse(script).replace(/^[ \t]*\/\/.*$/gm, '');
  if (/(?:apply\s*\(?\s*plugin\s*[:=]\s*|\bid\s*\(?\s*)["']com\.android\.application["']/.test(s)) return true;
  // alias(libs.plugins.android.application), alias(libs.plugins.mifos.android.application), id("x.android.application")
  if (/alias\s*\(\s*libs\.plugins\.(?:[\w]+\.)*(?:android\.application|androidApplication|android\.app)\s*\)/.test(s)) return true;
  if (/\bid\s*\(?\s*["'][\w.-]*(?:android[.-]application|androidApplication)["']/.test(s)) return true;
  // A module that sets applicationId in defaultConfig is an application whatever its plugins.
  return /defaultConfig\s*\{[^}]*\bapplicationId\b/.test(s);
}

function readSettings(repo: RepoFiles, file: string, has: (p: string) => boolean): GradleBuild {
  const dir = dirname(file);
  const src = (text(repo, file) ?? '').replace(/^[ \t]*\/\/.*$/gm, '');
  const dirs = new Map<string, string>();
  for (const m of src.matchAll(/project\s*\(\s*["'](:[\w.:-]+)["']\s*\)\s*\.projectDir\s*=\s*(?:file\s*\(\s*|new\s+File\s*\(\s*(?:settingsDir|rootDir|rootProject\.projectDir)\s*,\s*)["']([^"']+)["']/g)) {
    dirs.set(m[1]!, join(dir, m[2]!));
  }
  const paths = new Set<string>();
  // include ':a', ':b' / include(":a", ":b") / one per line; a list may go on after a comma.
  for (const m of src.matchAll(/(?:^|;)[ \t]*include[ \t]*\(?((?:[ \t]*["'][^"'\n]+["'][ \t]*(?:,\s*)?)+)/gm)) {
    for (const q of m[1]!.matchAll(/["']([^"'\n]+)["']/g)) paths.add(q[1]!.startsWith(':') ? q[1]! : `:${q[1]!}`);
  }
  const modules: GradleModule[] = [];
  const add = (path: string, mdir: string) => {
    const script = [`${mdir ? `${mdir}/` : ''}build.gradle.kts`, `${mdir ? `${mdir}/` : ''}build.gradle`].find(has);
    const m: GradleModule = { path, dir: mdir, application: false };
    if (script) {
      m.script = script;
      m.application = appliesAndroidApplication(text(repo, script) ?? '');
    }
    modules.push(m);
  };
  add(':', dir);
  for (const p of paths) add(p, dirs.get(p) ?? join(dir, p.slice(1).replace(/:/g, '/')));
  const includedBuilds = [...src.matchAll(/includeBuild\s*\(?\s*["']([^"']+)["']/g)].map((m) => join(dir, m[1]!));
  return { dir, settings: file, modules, includedBuilds };
}

/** The names of XcodeGen's spec, which generates the Xcode project: every reader of it goes by these. */
export const XCODEGEN_SPEC_NAMES = ['project.yml', 'project.yaml'] as const;

export function isXcodeGenSpec(file: string): boolean {
  return (XCODEGEN_SPEC_NAMES as readonly string[]).includes(basename(file));
}

function readXcodeGen(repo: RepoFiles, file: string): XcodeProject | undefined {
  const src = text(repo, file);
  if (!src || !/^targets\s*:/m.test(src)) return undefined;
  let doc: unknown;
  try { doc = parseYaml(src, { prettyErrors: false }); } catch { return undefined; }
  const o = doc && typeof doc === 'object' ? (doc as Record<string, unknown>) : {};
  const targets = o.targets && typeof o.targets === 'object' ? (o.targets as Record<string, unknown>) : {};
  const prefix = typeof (o.options as Record<string, unknown> | undefined)?.bundleIdPrefix === 'string' ? String((o.options as Record<string, unknown>).bundleIdPrefix) : undefined;
  const dir = dirname(file);
  const out: XcodeProject = { file, dir, targets: [], filteredSources: [] };
  const globs = (v: unknown) => (Array.isArray(v) ? v : []).filter((g): g is string => typeof g === 'string' && g.length > 0);
  for (const [name, t] of Object.entries(targets)) {
    const tt = t && typeof t === 'object' ? (t as Record<string, unknown>) : {};
    const type = typeof tt.type === 'string' ? tt.type : '';
    const raw = Array.isArray(tt.sources) ? tt.sources : tt.sources !== undefined ? [tt.sources] : [];
    for (const s of raw) {
      const e = s && typeof s === 'object' ? (s as Record<string, unknown>) : undefined;
      if (!e || typeof e.path !== 'string') continue;
      out.filteredSources!.push({ path: join(dir, e.path), excludes: globs(e.excludes), includes: globs(e.includes) });
    }
    const sources = raw.map((s) => (typeof s === 'string' ? s : s && typeof s === 'object' && typeof (s as Record<string, unknown>).path === 'string' ? String((s as Record<string, unknown>).path) : ''))
      .filter(Boolean).map((s) => join(dir, s));
    const settings = tt.settings && typeof tt.settings === 'object' ? (tt.settings as Record<string, unknown>) : {};
    const base = (settings.base && typeof settings.base === 'object' ? settings.base : settings) as Record<string, unknown>;
    const id = typeof base.PRODUCT_BUNDLE_IDENTIFIER === 'string' ? base.PRODUCT_BUNDLE_IDENTIFIER : prefix ? `${prefix}.${name}` : undefined;
    out.targets.push({ name, kind: targetKind(type), project: file, ...(id ? { bundleId: id } : {}), configurationIds: [], sources });
  }
  return out;
}

function readPbxproj(repo: RepoFiles, file: string): XcodeProject {
  const src = text(repo, file) ?? '';
  const dir = dirname(dirname(file));
  const configs = readPbxConfigurations(src);
  const byId = new Map(configs.map((c) => [c.id, c]));
  const targets = readPbxTargets(src).map((t) => {
    const ids = t.configurationIds.map((id) => byId.get(id)?.settings.PRODUCT_BUNDLE_IDENTIFIER?.value).filter((v): v is string => !!v && !v.includes('$'));
    const release = t.configurationIds.map((id) => byId.get(id)).find((c) => c && /release/i.test(c.name))?.settings.PRODUCT_BUNDLE_IDENTIFIER?.value;
    const bundleId = release && !release.includes('$') ? release : ids[0];
    return { name: t.name, kind: t.kind, project: file, ...(bundleId ? { bundleId } : {}), configurationIds: t.configurationIds, sources: [join(dir, t.name)] };
  });
  return { file, dir, targets };
}

/** The builds of a repository (cached: the listing never changes). */
export function repoBuilds(repo: RepoFiles): RepoBuilds {
  const hit = cache.get(repo);
  if (hit) return hit;
  // A binary search in the sorted listing: no set of every path is built for a few lookups.
  const has = (p: string) => indexOf(repo, p) >= 0;
  const out: RepoBuilds = { gradle: [], gradleScripts: [], looseGradle: [], xcode: [], flutter: [], reactNative: [], harmonyos: [], markers: [] };
  for (const p of repo.paths) {
    if (!MARKER.test(p) && !p.endsWith('/package.json') && p !== 'package.json') continue;
    const name = basename(p);
    if (name === 'package.json') {
      const t = text(repo, p);
      if (t && /"react-native"\s*:/.test(t) && /"dependencies"/.test(t)) { out.reactNative.push(dirname(p)); out.markers.push(p); }
      continue;
    }
    out.markers.push(p);
    if (name.startsWith('settings.gradle')) out.gradle.push(readSettings(repo, p, has));
    else if (name.startsWith('build.gradle')) out.gradleScripts.push(p);
    else if (name === 'project.pbxproj' && p.endsWith('.xcodeproj/project.pbxproj')) out.xcode.push(readPbxproj(repo, p));
    else if (isXcodeGenSpec(p)) { const x = readXcodeGen(repo, p); if (x) out.xcode.push(x); }
    else if (name === 'pubspec.yaml') {
      const t = text(repo, p) ?? '';
      if (/sdk:\s*flutter/.test(t)) out.flutter.push({ dir: dirname(p), plugin: /^flutter:\s*\n(?:\s+#.*\n|\s*\n)*\s+plugin:/m.test(t) });
    } else if (name === 'build-profile.json5') {
      const t = text(repo, p);
      let doc: unknown;
      try { doc = t ? parseJson5(t) : undefined; } catch { doc = undefined; }
      const mods = (doc as { modules?: unknown } | undefined)?.modules;
      if (Array.isArray(mods)) {
        const dir = dirname(p);
        out.harmonyos.push({ dir, modules: mods.map((m) => (m && typeof m === 'object' && typeof (m as Record<string, unknown>).srcPath === 'string' ? join(dir, String((m as Record<string, unknown>).srcPath)) : '')).filter(Boolean) });
      }
    }
  }
  // Build scripts no settings file covers (a Flutter app's android/app without settings.gradle
  // committed): each is a module of its own, named by its folder.
  const settings = out.gradle.map((g) => g.dir);
  const loose = out.gradleScripts.filter((s) => !settings.some((d) => !d || s.startsWith(`${d}/`)));
  for (const s of loose) {
    const dir = dirname(s);
    out.looseGradle.push({ path: dir || ':', dir, script: s, application: appliesAndroidApplication(text(repo, s) ?? '') });
  }
  cache.set(repo, out);
  return out;
}
