// One manifest → its app's scope: which folders hold the app's build, and the role of every file
// there (computed once; detectors read the roles, they keep no path filters of their own).
import { Minimatch } from 'minimatch';
import type { Diagnostic } from '../core/types.js';
import type { RepoFiles } from '../repo/files.js';
import { subtreeRange } from '../repo/files.js';
import { dirname } from '../repo/paths.js';
import { repoBuilds, type RepoBuilds } from './builds.js';
import { indexOf } from './listing.js';
import { PathRoles, pathRole } from './paths.js';
import { isCodeRole, OUTSIDE, ROLE_CODE, ROLES, type AppScope, type Role } from './types.js';

/** What the manifest says that shapes the scope. */
export interface ScopeRequest {
  /** The manifest's folder ('' for the root). */
  dir: string;
  /** The manifest file, for locating findings ('' when there is none). */
  manifest?: string;
  appId?: string;
  /** Platforms the manifest declares (app.kinds and compatibility.*): android, ios, harmonyos. */
  platforms?: string[];
  include?: string[];
  exclude?: string[];
}

export interface ResolvedScope {
  scope: AppScope;
  diagnostics: Diagnostic[];
}

const EXAMPLE_DIR = /^(?:examples?|samples?|demos?|example[-_]?app|sample[-_]?app|demo[-_]?app)$/i;
const OTHER_PLATFORMS = ['macos', 'linux', 'windows', 'web'];

const under = (p: string, dir: string) => !dir || p === dir || p.startsWith(`${dir}/`);

function commonDir(dirs: readonly string[]): string {
  if (!dirs.length) return '';
  let parts = dirs[0]!.split('/');
  for (const d of dirs.slice(1)) {
    const q = d.split('/');
    let i = 0;
    while (i < parts.length && i < q.length && parts[i] === q[i]) i++;
    parts = parts.slice(0, i);
  }
  return parts.join('/');
}

/** The static folder a glob starts with (`android/app/**` → `android/app`). */
function globRoot(glob: string): string {
  const parts = glob.replace(/^\.?\//, '').split('/');
  const out: string[] = [];
  for (const p of parts.slice(0, -1)) {
    if (/[*?[\]{}!]/.test(p)) break;
    out.push(p);
  }
  return out.join('/');
}

/** Folder roles the builds below `root` give: examples, unbuilt Gradle modules, build logic, test targets, other platforms. */
function overlays(builds: RepoBuilds, root: string): Map<string, Role> {
  const o = new Map<string, Role>();
  const set = (dir: string, role: Role) => { if (dir !== root && under(dir, root) && !o.has(dir)) o.set(dir, role); };
  for (const m of builds.markers) {
    if (!under(m, root)) continue;
    const parts = m.slice(root ? root.length + 1 : 0).split('/').slice(0, -1);
    let d = root;
    for (const part of parts) {
      d = d ? `${d}/${part}` : part;
      if (EXAMPLE_DIR.test(part)) { set(d, 'example'); break; }
    }
  }
  for (const f of builds.flutter) if (under(f.dir, root)) for (const p of OTHER_PLATFORMS) set(f.dir ? `${f.dir}/${p}` : p, 'other-platform');
  for (const x of builds.xcode) {
    if (!under(x.dir, root)) continue;
    for (const t of x.targets) if (t.kind === 'test') for (const s of t.sources) set(s, 'test');
  }
  // HarmonyOS: a module folder (…/src/main/module.json5) build-profile.json5 does not list is not built with the app.
  for (const h of builds.harmonyos) {
    if (!under(h.dir, root) || !h.modules.length) continue;
    for (const m of builds.markers) {
      const mod = /^(.*)\/src\/main\/module\.json5$/.exec(m)?.[1];
      if (mod !== undefined && under(mod, h.dir) && mod !== h.dir && !h.modules.includes(mod)) set(mod, 'example');
    }
  }
  const settingsDirs = builds.gradle.map((g) => g.dir).sort((a, b) => b.length - a.length);
  for (const g of builds.gradle) {
    if (!under(g.dir, root) && !under(root, g.dir)) continue;
    for (const b of g.includedBuilds) set(b, 'build');
    if (g.modules.length < 2) continue; // nothing included: nothing to tell apart
    const modules = new Set(g.modules.map((m) => m.dir));
    for (const s of builds.gradleScripts) {
      const d = dirname(s);
      // A build script no settings file includes is not built with the app (a sample, a leftover).
      if (modules.has(d) || settingsDirs.find((sd) => under(d, sd)) !== g.dir) continue;
      if (g.includedBuilds.some((b) => under(d, b))) continue;
      set(d, 'example');
    }
  }
  return o;
}

/**
 * Files an XcodeGen `sources` entry leaves out with `excludes` (or outside its `includes`) and no
 * other entry builds: a file the project excludes on purpose is not the app (AlphaWallet keeps a
 * list of dapp links out of its target this way).
 */
function xcodeGenUnbuilt(builds: RepoBuilds): (file: string) => boolean {
  const entries = builds.xcode.flatMap((x) => x.filteredSources ?? []).map((e) => ({
    path: e.path,
    // `Resources` excludes the folder and everything in it.
    excludes: e.excludes.map((g) => new Minimatch(g.replace(/\/$/, ''), { dot: true })),
    includes: e.includes.map((g) => new Minimatch(g.replace(/\/$/, ''), { dot: true })),
  }));
  if (!entries.some((e) => e.excludes.length || e.includes.length)) return () => false;
  // Entries by folder: a file looks up its own folders (a handful), not every entry.
  const byPath = new Map<string, typeof entries>();
  for (const e of entries) byPath.set(e.path, [...(byPath.get(e.path) ?? []), e]);
  const matches = (ms: Minimatch[], rel: string) => {
    const parts = rel.split('/');
    return ms.some((m) => parts.some((_, k) => m.match(parts.slice(0, k + 1).join('/'))));
  };
  return (file) => {
    const covering = [...(byPath.get('') ?? [])];
    for (let i = file.indexOf('/'); i >= 0; i = file.indexOf('/', i + 1)) covering.push(...(byPath.get(file.slice(0, i)) ?? []));
    covering.push(...(byPath.get(file) ?? [])); // an entry naming the file itself
    if (!covering.some((e) => e.excludes.length || e.includes.length)) return false;
    return !covering.some((e) => {
      const rel = e.path ? file.slice(e.path.length + 1) : file;
      return !matches(e.excludes, rel) && (!e.includes.length || matches(e.includes, rel));
    });
  };
}

/** Is there an app build (in a code role) below this folder? */
function holdsBuild(builds: RepoBuilds, dir: string): boolean {
  const roles = new PathRoles(dir, overlays(builds, dir));
  return builds.markers.some((m) => under(m, dir) && isCodeRole(roles.role(m)));
}

/** The folders whose builds declare this app id (Gradle applicationId, Xcode/XcodeGen bundle id, HarmonyOS bundleName). */
function rootsById(repo: RepoFiles, builds: RepoBuilds, id: string, platforms: readonly string[]): string[] {
  const found = new Set<string>();
  // Only the builds of the platforms the manifest declares (all when it declares none).
  const wants = (p: string) => !platforms.length || platforms.includes(p);
  const esc = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const gradleId = new RegExp(`applicationId\\s*(?:=\\s*|\\(\\s*)?["']${esc}["']`);
  for (const s of wants('android') ? builds.gradleScripts : []) {
    if (!isCodeRole(pathRole(s))) continue;
    const r = repo.readText(s);
    if (!r.ok || !gradleId.test(r.text)) continue;
    const settings = builds.gradle.map((g) => g.dir).filter((d) => under(s, d)).sort((a, b) => b.length - a.length)[0];
    found.add(settings ?? dirname(s));
  }
  for (const x of wants('ios') ? builds.xcode : []) {
    if (isCodeRole(pathRole(x.file)) && x.targets.some((t) => t.kind === 'app' && t.bundleId === id)) found.add(x.dir);
  }
  for (const m of builds.markers) {
    if (!wants('harmonyos') || !m.endsWith('AppScope/app.json5') || !isCodeRole(pathRole(m))) continue;
    const r = repo.readText(m);
    if (r.ok && new RegExp(`bundleName["']?\\s*:\\s*["']${esc}["']`).test(r.text)) found.add(dirname(dirname(m)));
  }
  // A Flutter or React Native root holding what was found is the app's root (android/ and ios/ together).
  const apps = [...builds.flutter.map((f) => f.dir), ...builds.reactNative];
  const roots = [...found].map((d) => apps.filter((a) => under(d, a)).sort((a, b) => b.length - a.length)[0] ?? d);
  return [...new Set(roots)].sort();
}

function noBuild(req: ScopeRequest, what: string): Diagnostic {
  const where = req.dir || '.';
  const file = req.manifest || 'mobile-app.yaml';
  const platforms = (req.platforms ?? []).map((p) => PLATFORM_NAME[p] ?? p);
  const en = `${file} is in ${where}, which holds no app build; ${req.appId
    ? `no ${platforms.join(' or ') || 'app'} build declares app.id ${req.appId}`
    : 'app.id is not set, so the app could not be found elsewhere'}. Nothing of the app was checked: move the manifest beside the app, or list its folders in scope.include.`;
  const zh = `${file} 位于 ${where}，该目录下没有应用构建；${req.appId
    ? `没有任何 ${platforms.join(' 或 ') || '应用'} 构建声明 app.id 为 ${req.appId}`
    : '未设置 app.id，无法在其他位置找到应用'}。应用本身未被检查：请将应用台账清单文件放在应用旁，或在 scope.include 中列出应用目录。`;
  return { code: 'scope/no-app-build', severity: 'error', message: { en, 'zh-CN': zh }, location: { file }, subject: `${what}:${req.appId ?? ''}`, articles: [2] };
}

const PLATFORM_NAME: Readonly<Record<string, string>> = { android: 'Android', ios: 'iOS', harmonyos: 'HarmonyOS' };

function platformMissing(req: ScopeRequest, platform: string, roots: string[]): Diagnostic {
  const file = req.manifest || 'mobile-app.yaml';
  const name = PLATFORM_NAME[platform] ?? platform;
  const where = roots.map((r) => r || '.').join(', ');
  return {
    code: 'scope/platform-missing',
    severity: 'error',
    message: {
      en: `The manifest declares ${name}, but the app's scope (${where}) holds no ${name} build: nothing for ${name} was checked. Remove ${name} from app.kinds/compatibility, or bring its build into scope (scope.include).`,
      'zh-CN': `应用台账清单文件声明了 ${name}，但应用范围（${where}）内没有 ${name} 构建，${name} 相关内容均未被检查。请从 \`app.kinds\` 或 \`compatibility\` 中移除 ${name}，或通过 scope.include 将其构建纳入范围。`,
    },
    location: { file },
    subject: `platform:${platform}`,
    articles: [2],
  };
}

/** Which platforms have a build in the scope, from the build files' roles. */
function platformsPresent(repo: RepoFiles, builds: RepoBuilds, scope: AppScope): Set<string> {
  const found = new Set<string>();
  for (const p of builds.markers) {
    const i = indexOf(repo, p);
    if (i < 0 || !isCodeRole(ROLES[scope.codes[i]!])) continue;
    if (/(?:^|\/)(?:AndroidManifest\.xml|build\.gradle(?:\.kts)?)$/.test(p)) found.add('android');
    else if (/(?:\.xcodeproj\/project\.pbxproj|(?:^|\/)(?:project\.yml|Info\.plist|Podfile))$/.test(p)) found.add('ios');
    else if (/(?:^|\/)(?:app\.json5|module\.json5|build-profile\.json5)$/.test(p)) found.add('harmonyos');
  }
  return found;
}

export function resolveScope(repo: RepoFiles, req: ScopeRequest): ResolvedScope {
  const builds = repoBuilds(repo);
  const diagnostics: Diagnostic[] = [];
  let roots: string[];
  let via: AppScope['via'] = 'manifest-folder';
  const include = (req.include ?? []).filter(Boolean);
  if (include.length) {
    roots = [...new Set(include.map(globRoot))];
    via = 'include';
  } else if (holdsBuild(builds, req.dir)) {
    roots = [req.dir];
  } else {
    const byId = req.appId ? rootsById(repo, builds, req.appId, req.platforms ?? []) : [];
    if (byId.length) {
      roots = byId;
      via = 'app-id';
    } else {
      roots = [req.dir];
      // A manifest with nothing to check beside it and no way to find its app: say so, never
      // "no findings". A repository with no build file at all is a
      // manifest-only check (a ledger repository, a policy test): nothing to say there.
      if (builds.markers.length) diagnostics.push(noBuild(req, 'scope'));
    }
  }
  roots = roots.filter((r, _i, all) => !all.some((o) => o !== r && under(r, o))).sort();
  const scope = classify(repo, builds, roots, via, include, req.exclude ?? []);
  if (!diagnostics.length && builds.markers.length) {
    const present = platformsPresent(repo, builds, scope);
    for (const p of req.platforms ?? []) if (!present.has(p)) diagnostics.push(platformMissing(req, p, roots));
  }
  return { scope, diagnostics };
}

function classify(repo: RepoFiles, builds: RepoBuilds, roots: string[], via: AppScope['via'], include: string[], exclude: string[]): AppScope {
  const codes = new Uint8Array(repo.paths.length).fill(OUTSIDE);
  const inc = include.map((g) => new Minimatch(g.replace(/^\.?\//, ''), { dot: true }));
  const exc = exclude.map((g) => new Minimatch(g.replace(/^\.?\//, ''), { dot: true }));
  const unbuilt = xcodeGenUnbuilt(builds);
  for (const root of roots) {
    const roles = new PathRoles(root, overlays(builds, root));
    const [start, end] = subtreeRange(repo, root);
    for (let i = start; i < end; i++) {
      const p = repo.paths[i]!;
      if (inc.length && !inc.some((m) => m.match(p))) continue;
      codes[i] = exc.some((m) => m.match(p)) || unbuilt(p) ? ROLE_CODE.excluded : ROLE_CODE[roles.role(p)];
    }
  }
  const counts: Partial<Record<Role, number>> = {};
  for (const c of codes) if (c !== OUTSIDE) counts[ROLES[c]!] = (counts[ROLES[c]!] ?? 0) + 1;
  const inScope = (dir: string) => roots.some((r) => under(dir, r));
  const codeAt = (file: string) => {
    const i = indexOf(repo, file);
    return i < 0 ? OUTSIDE : codes[i]!;
  };
  const gradle = [...builds.gradle.filter((g) => inScope(g.dir)).flatMap((g) => g.modules), ...builds.looseGradle]
    .filter((m) => (m.script ? isCodeRole(ROLES[codeAt(m.script)]) : inScope(m.dir)));
  const xcode = builds.xcode.filter((x) => isCodeRole(ROLES[codeAt(x.file)])).flatMap((x) => x.targets.map((t) => ({ name: t.name, kind: t.kind, project: t.project, ...(t.bundleId ? { bundleId: t.bundleId } : {}) })));
  const codeDir = (d: string, marker: string) => isCodeRole(ROLES[codeAt(d ? `${d}/${marker}` : marker)]);
  return {
    roots, dir: commonDir(roots), via, gradle, xcode, codes, counts,
    // A Flutter app has its own android/ or ios/ folder; packages and plugins beside it do not.
    flutter: builds.flutter.filter((f) => !f.plugin && codeDir(f.dir, 'pubspec.yaml')
      && builds.markers.some((m) => [`${f.dir ? `${f.dir}/` : ''}android/`, `${f.dir ? `${f.dir}/` : ''}ios/`].some((d) => m.startsWith(d)) && isCodeRole(ROLES[codeAt(m)])))
      .map((f) => f.dir),
    reactNative: builds.reactNative.filter((d) => codeDir(d, 'package.json')),
    harmonyos: builds.harmonyos.filter((h) => codeDir(h.dir, 'build-profile.json5')).map((h) => h.dir),
  };
}
