// The `sdks` detector: every build and lock file format below the app folder, merged into one
// list of components with file:line evidence (a manifest declaration and the lockfile entry
// that pins it become one component).
import { subtree } from '../../repo/files.js';
import { loadCatalog } from '../../catalog/index.js';
import type { Detector } from '../types.js';
import { sdkOf } from './catalog-ref.js';
import { inFolder, nonMobilePlatformFolders } from './platform-folders.js';
import { classifyScope, isBuildTool, widestScope } from './scope.js';
import { scanCargoLock, scanCargoToml } from './cargo.js';
import { scanCartfile } from './carthage.js';
import { buildGradleEnv, scanFindLibrary, scanGradleFile } from './gradle.js';
import { stripComments } from './gradle-text.js';
import { isGradleLockfile, scanGradleLockfile } from './gradle-lockfile.js';
import { scanGradleRepositories } from './gradle-repositories.js';
import { scanPackageJson, scanPackageLock } from './npm.js';
import { scanOhPackage, scanOhPackageLock } from './ohpm.js';
import { scanPnpmLock } from './pnpm.js';
import { scanPodfile, scanPodfileLock } from './podfile.js';
import { applyPubRoot, scanPubspec, scanPubspecLock, type PubspecSummary } from './pubspec.js';
import { scanPackageResolved, scanPackageSwift, scanPbxproj } from './swiftpm.js';
import type { Component, DependencyScope, Evidence, SdkFacts, Sighting } from './types.js';
import { findCatalogs } from './version-catalog.js';
import { findVendoredBinaries, splitFileVersion } from './vendored-binaries.js';
import { binarySdkId, bundledSdkIds, readBinarySignatures } from './binary-signatures.js';
import { basename, isAncestorOrSelf, isGradleScript, Lines, purl, read, type SdkContext } from './util.js';
import { scanYarnLock } from './yarn.js';
import { scanXcodeGen } from './xcodegen.js';
import { XCODEGEN_SPEC_NAMES } from '../../scope/builds.js';
import { cmp } from '../../core/report.js';
import { committedFiles, templateTarget } from '../../scope/templates.js';
import { withinFileBudget } from '../../repo/budget.js';

export type { Component, SdkFacts } from './types.js';

function isBuildLogicSource(f: string): boolean {
  return /(^|\/)(buildSrc|build-logic|build-conventions)\/.*\.kt$/.test(f);
}

function scanRegistryRc(ctx: SdkContext, file: string, kind: 'npm-registry' | 'ohpm-registry'): void {
  const text = read(ctx, file);
  if (text === null) return;
  text.split('\n').forEach((raw, i) => {
    const m = /^\s*(?:@[\w-]+:)?registry\s*=\s*(\S+)/.exec(raw);
    if (m) ctx.repositories.push({ url: m[1]!, kind, location: { file, line: i + 1 } });
  });
}

export const detectSdks: Detector<SdkFacts> = ({ repo, appDir }) => {
  const all = subtree(repo, appDir);
  const nonMobile = nonMobilePlatformFolders(all);
  const ctx: SdkContext = {
    repo, files: nonMobile.length ? all.filter((f) => !inFolder(f, nonMobile)) : all,
    sightings: [], repositories: [], binaries: [], unresolved: [], diagnostics: [], binaryRefs: [],
  };
  const catalogs = findCatalogs(ctx);
  const hasGradle = ctx.files.some(isGradleScript);
  const pubspecs: PubspecSummary[] = [];
  const committed = committedFiles(ctx.files);
  const env = hasGradle || catalogs.length ? buildGradleEnv(ctx, catalogs) : null;
  const scanPubspecFile = (f: string) => {
    const summary = scanPubspec(ctx, f);
    if (summary) pubspecs.push(summary);
  };
  // The build and lock files known by their name alone (a lookup: this runs on every path).
  const byName = new Map<string, (f: string) => void>([
    ['Podfile', (f) => scanPodfile(ctx, f)],
    ['Podfile.lock', (f) => scanPodfileLock(ctx, f)],
    ['Package.resolved', (f) => scanPackageResolved(ctx, f)],
    ['Package.swift', (f) => scanPackageSwift(ctx, f)],
    ['project.pbxproj', (f) => scanPbxproj(ctx, f)],
    ...XCODEGEN_SPEC_NAMES.map((n) => [n, (f: string) => scanXcodeGen(ctx, f)] as const),
    ...['Cartfile', 'Cartfile.private', 'Cartfile.resolved'].map((n) => [n, (f: string) => scanCartfile(ctx, f)] as const),
    ['pubspec.yaml', scanPubspecFile],
    ['pubspec.lock', (f) => scanPubspecLock(ctx, f)],
    ['package.json', (f) => scanPackageJson(ctx, f)],
    ['package-lock.json', (f) => scanPackageLock(ctx, f)],
    ['npm-shrinkwrap.json', (f) => scanPackageLock(ctx, f)],
    ['yarn.lock', (f) => scanYarnLock(ctx, f)],
    ['pnpm-lock.yaml', (f) => scanPnpmLock(ctx, f)],
    ['Cargo.toml', (f) => scanCargoToml(ctx, f)],
    ['Cargo.lock', (f) => scanCargoLock(ctx, f)],
    ['oh-package.json5', (f) => scanOhPackage(ctx, f)],
    ['oh-package-lock.json5', (f) => scanOhPackageLock(ctx, f)],
    ['.npmrc', (f) => scanRegistryRc(ctx, f, 'npm-registry')],
    ['.yarnrc', (f) => scanRegistryRc(ctx, f, 'npm-registry')],
    ['.ohpmrc', (f) => scanRegistryRc(ctx, f, 'ohpm-registry')],
  ]);
  // Each build or lock file is read within its time budget; one over it leaves nothing behind.
  const scannerOf = (f: string): ((f: string) => void) | undefined => {
    const b = basename(f);
    if (env && isGradleScript(b)) {
      return () => {
        scanGradleFile(ctx, f, env);
        scanGradleRepositories(ctx, f);
      };
    }
    if (env && b.endsWith('.kt') && isBuildLogicSource(f)) {
      return () => {
        const t = ctx.repo.readText(f);
        if (t.ok) {
          const text = stripComments(t.text);
          scanFindLibrary(ctx, env, f, text, new Lines(text));
        }
      };
    }
    if (b.endsWith('.lockfile') && isGradleLockfile(f)) return () => scanGradleLockfile(ctx, f);
    return byName.get(b) ?? (templateTarget(f, 'pubspec.yaml', committed) ? scanPubspecFile : undefined);
  };
  for (const f of ctx.files) {
    const scan = scannerOf(f);
    if (!scan) continue;
    const before = lengths(ctx, pubspecs);
    withinFileBudget(f, ctx.diagnostics, () => scan(f), () => truncate(ctx, pubspecs, before));
  }
  if (pubspecs.length) ctx.sightings = applyPubRoot(ctx.sightings, pubspecs);
  const vendoredBinaries = findVendoredBinaries(ctx);
  for (const ref of ctx.binaryRefs) {
    if (ref.patterns.every((p) => p.includes('*'))) continue;
    if (!vendoredBinaries.some((b) => b.referencedBy?.some((r) => r.file === ref.file && r.line === ref.line))) {
      ctx.unresolved.push({ file: ref.file, line: ref.line, text: ref.patterns.join(', '), reason: 'referenced binary file is not in the repository' });
    }
  }
  const catalog = loadCatalog();
  readBinarySignatures(ctx, vendoredBinaries, catalog);
  const byFile = new Map(vendoredBinaries.map((b) => [b.file, b]));
  for (const b of vendoredBinaries) {
    const { name, version } = splitFileVersion(b.name);
    const refs = b.referencedBy ?? [];
    const first = refs[0];
    // A native library (.so of every ABI, .dylib) is a `native` component; its copies are its evidence.
    const ecosystem = b.kind === 'so' || b.kind === 'dylib' ? 'native' : 'file';
    ctx.sightings.push({
      ecosystem, name, version, dynamic: false, direct: true, file: first?.file ?? b.file, line: first?.line,
      root: '', source: b.file, lock: false,
    });
    for (const file of first ? [b.file, ...(b.copies ?? [])] : b.copies ?? []) {
      ctx.sightings.push({ ecosystem, name, version, dynamic: false, direct: true, file, root: '', source: b.file });
    }
  }
  const components = mergeSightings(ctx.sightings);
  scopeTransitive(components, ctx.sightings);
  const facts: SdkFacts = {
    components: components.map((c) => {
      const b = c.source !== undefined && (c.ecosystem === 'file' || c.ecosystem === 'native') ? byFile.get(c.source) : undefined;
      if (!b) return { ...c, sdk: sdkOf(c, catalog) };
      const id = binarySdkId(b, catalog);
      return { ...c, ...(b.abis ? { abis: b.abis } : {}), sdk: sdkOf(c, catalog, id ?? null, bundledSdkIds(b, catalog, id)) };
    }),
    repositories: dedupeRepos(ctx.repositories),
    vendoredBinaries: vendoredBinaries.sort((a, b) => cmp(a.file, b.file)),
    unresolved: ctx.unresolved.sort((a, b) => cmp(a.file, b.file) || a.line - b.line || cmp(a.text, b.text)),
    ...(nonMobile.length ? { nonMobileFolders: nonMobile } : {}),
  };
  return { facts, diagnostics: ctx.diagnostics };
};

/** The lengths of what scanners append to, to drop what a file stopped half-way left. */
function lengths(ctx: SdkContext, pubspecs: unknown[]): number[] {
  return [ctx.sightings.length, ctx.repositories.length, ctx.binaries.length, ctx.unresolved.length, ctx.diagnostics.length, ctx.binaryRefs.length, pubspecs.length];
}

function truncate(ctx: SdkContext, pubspecs: unknown[], n: readonly number[]): void {
  [ctx.sightings, ctx.repositories, ctx.binaries, ctx.unresolved, ctx.diagnostics, ctx.binaryRefs, pubspecs].forEach((list, i) => { list.length = n[i]!; });
}

/** One entry per repository (kind and url): the first place it is declared, and every place when there are several. */
function dedupeRepos(list: SdkFacts['repositories']): SdkFacts['repositories'] {
  const byUrl = new Map<string, SdkFacts['repositories'][number]>();
  const sorted = list.sort((a, b) => cmp(a.location.file, b.location.file) || (a.location.line ?? 0) - (b.location.line ?? 0) || cmp(a.url, b.url));
  for (const r of sorted) {
    const k = `${r.kind}|${r.url}`;
    const first = byUrl.get(k);
    if (!first) {
      byUrl.set(k, { ...r });
      continue;
    }
    const at = { file: r.location.file, ...(r.location.line ? { line: r.location.line } : {}) };
    const all = first.locations ?? [{ file: first.location.file, ...(first.location.line ? { line: first.location.line } : {}) }];
    if (!all.some((l) => l.file === at.file && l.line === at.line)) all.push(at);
    if (all.length > 1) first.locations = all;
  }
  return [...byUrl.values()];
}

/** Identity of a component regardless of version. */
export function identityKey(s: { ecosystem: string; group?: string; name: string; subpath?: string }): string {
  const k = `${s.ecosystem}|${s.group ?? ''}|${s.name}|${s.subpath ?? ''}`;
  return s.ecosystem === 'swift' || s.ecosystem === 'maven' ? k.toLowerCase() : k;
}

/**
 * A Gradle plugin applied without a version (`id("com.google.gms.google-services")`) gets the
 * version the same build declares for it elsewhere (root `plugins { … version … apply false }`),
 * when that is a single version.
 */
function adoptPluginVersions(sightings: Sighting[]): void {
  const versions = new Map<string, Set<string>>();
  for (const s of sightings) if (s.scope === 'plugin' && s.version) {
    const set = versions.get(identityKey(s)) ?? new Set();
    set.add(s.version);
    versions.set(identityKey(s), set);
  }
  for (const s of sightings) if (s.scope === 'plugin' && !s.version) {
    const set = versions.get(identityKey(s));
    if (set?.size === 1) s.version = [...set][0];
  }
}

/**
 * A transitive component takes the widest scope of the direct components that pull it in
 * (through lockfile `requires` edges): a pod only a test pod depends on is test. Components no
 * edge reaches keep what the lockfile said.
 */
function scopeTransitive(components: Component[], sightings: readonly Sighting[]): void {
  const edges = new Map<string, Set<string>>();
  for (const s of sightings) {
    if (!s.requires?.length) continue;
    const from = identityKey(s);
    const set = edges.get(from) ?? new Set();
    for (const r of s.requires) set.add(identityKey(r));
    edges.set(from, set);
  }
  if (!edges.size) return;
  const keyOf = (c: Component) => {
    const i = c.ecosystem === 'cocoapods' ? c.name.indexOf('/') : -1;
    return identityKey({ ecosystem: c.ecosystem, group: c.group, name: i < 0 ? c.name : c.name.slice(0, i), subpath: i < 0 ? undefined : c.name.slice(i + 1) });
  };
  const reached = new Map<string, DependencyScope[]>();
  for (const root of components) {
    if (!root.direct) continue;
    const seen = new Set<string>();
    const queue = [keyOf(root)];
    while (queue.length) {
      const k = queue.pop()!;
      for (const next of edges.get(k) ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        reached.set(next, [...(reached.get(next) ?? []), root.scope]);
        queue.push(next);
      }
    }
  }
  for (const c of components) {
    const via = c.direct ? undefined : reached.get(keyOf(c));
    if (via) c.scope = widestScope(via);
  }
}

/** Pairs manifest sightings with their lockfile entries, then merges sightings into components. */
export function mergeSightings(sightings: Sighting[]): Component[] {
  adoptPluginVersions(sightings);
  const locks = new Map<string, Sighting[]>();
  for (const s of sightings) if (s.lock) {
    const k = identityKey(s);
    const l = locks.get(k) ?? [];
    l.push(s);
    locks.set(k, l);
  }
  const resolved: (Sighting & { effVersion?: string; effDynamic: boolean })[] = [];
  for (const s of sightings) {
    if (s.lock || !s.lockable) {
      resolved.push({ ...s, effVersion: s.version, effDynamic: s.dynamic });
      continue;
    }
    const cands = (locks.get(identityKey(s)) ?? []).filter((l) => isAncestorOrSelf(l.root, s.root));
    if (!cands.length) {
      resolved.push({ ...s, effVersion: s.version, effDynamic: s.dynamic });
      continue;
    }
    const closest = Math.max(...cands.map((c) => c.root.length));
    let pool = cands.filter((c) => c.root.length === closest);
    const full = s.group && s.ecosystem === 'npm' ? `${s.group}/${s.name}` : s.name;
    const bySpec = pool.filter((c) => c.specs?.includes(`${full}@${s.versionSpec}`));
    if (bySpec.length) pool = bySpec;
    else if (pool.some((c) => c.hoisted)) pool = pool.filter((c) => c.hoisted);
    else if (pool.some((c) => c.direct)) pool = pool.filter((c) => c.direct);
    else if (s.version && pool.some((c) => c.version === s.version)) pool = pool.filter((c) => c.version === s.version);
    const pick = pool[0]!;
    resolved.push({ ...s, effVersion: pick.version, effDynamic: pick.dynamic });
  }

  const groups = new Map<string, typeof resolved>();
  for (const s of resolved) {
    const k = `${identityKey(s)}|${s.effVersion ?? 'unresolved'}`;
    const g = groups.get(k) ?? [];
    g.push(s);
    groups.set(k, g);
  }
  const out: Component[] = [];
  for (const g of groups.values()) {
    g.sort((a, b) => Number(!!a.lock) - Number(!!b.lock) || Number(!a.primary) - Number(!b.primary) || (b.dependents ?? 0) - (a.dependents ?? 0) || cmp(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0));
    const first = g[0]!;
    const version = first.effVersion ?? 'unresolved';
    const direct = g.some((s) => s.direct);
    // The declarations say where a direct dependency goes (a lockfile entry knows less: a
    // Podfile.lock does not say which target a pod is for).
    const declared = g.filter((s) => s.direct && !s.lock);
    const scoped = declared.length ? declared : direct ? g.filter((s) => s.direct) : g;
    const configurations = [...new Set(scoped.map((s) => s.scope).filter((s): s is string => !!s))].sort();
    const widest = widestScope(scoped.map((s) => classifyScope(s.scope)));
    const scope = (widest === 'runtime' || widest === 'debug') && isBuildTool(first.ecosystem, first.name) ? 'build' : widest;
    const locs = new Map<string, Evidence>();
    for (const s of g) {
      const e: Evidence = s.line ? { file: s.file, line: s.line } : { file: s.file };
      locs.set(`${e.file}:${e.line ?? 0}`, e);
    }
    const manifest = g.find((s) => !s.lock && s.versionSpec) ?? g.find((s) => s.versionSpec);
    const c: Component = {
      purl: purl(first.ecosystem, first.group, first.name, version, first.subpath),
      ecosystem: first.ecosystem,
      ...(first.group ? { group: first.group } : {}),
      name: first.subpath ? `${first.name}/${first.subpath}` : first.name,
      version,
      ...(manifest?.versionSpec ? { versionSpec: manifest.versionSpec } : {}),
      dynamicVersion: g.some((s) => s.effDynamic),
      direct,
      scope,
      ...(configurations.length ? { configurations } : {}),
      // `platform(libs.x.bom)` in a convention plugin is not seen as platform(): a Maven `*-bom` artifact is one anyway.
      ...(g.some((s) => s.bom) || (first.ecosystem === 'maven' && /(^|[-_.])bom$/i.test(first.name)) ? { bom: true } : {}),
      location: first.line ? (first.column ? { file: first.file, line: first.line, column: first.column } : { file: first.file, line: first.line }) : { file: first.file },
      locations: [...locs.values()].sort((a, b) => cmp(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0)),
      ...(g.find((s) => s.source)?.source ? { source: g.find((s) => s.source)!.source } : {}),
    };
    out.push(c);
  }
  return out.sort((a, b) => cmp(a.purl, b.purl) || cmp(a.scope, b.scope));
}
