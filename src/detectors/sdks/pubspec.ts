// Flutter / Dart: pubspec.yaml (dependencies, dev_dependencies, dependency_overrides) and
// pubspec.lock (packages.<name>: dependency, description, source, version).
// pub resolves every package of an app from the ROOT package: the root's exact pins and its
// dependency_overrides decide the version, and overrides in other packages are ignored
// (applyPubRoot).
import { isMap } from 'yaml';
import { dirname, isSha, joinPath, parseYaml, read, yamlEntries, yamlGet, yamlString, type SdkContext } from './util.js';
import type { Sighting } from './types.js';

/** What the root choice needs to know of one pubspec. */
export interface PubspecSummary {
  file: string;
  /** It depends on another package of the repository by `path:`. */
  hasPathDeps: boolean;
  /** The folders of the packages it depends on by `path:` (inside the repository). */
  pathDeps: string[];
  /** Packages it fixes: exact versions, git commits, and every non-floating override. */
  pins: Set<string>;
}

const SECTIONS: Record<string, string | undefined> = { dependencies: undefined, dev_dependencies: 'dev', dependency_overrides: 'override' };

/**
 * The packages the Flutter SDK pins to exact versions (its packages/flutter/pubspec.yaml, kept
 * by `flutter update-packages`): a package that depends on `flutter: sdk: flutter` gets these
 * versions whatever range it writes.
 */
const FLUTTER_SDK_PINS = ['characters', 'collection', 'material_color_utilities', 'meta', 'vector_math', 'sky_engine'];

function pubRangeDynamic(spec: string | undefined): boolean {
  if (!spec || spec === 'any') return true;
  return !/^\d+\.\d+\.\d+([-+][\w.+-]*)?$/.test(spec.trim());
}

/**
 * Reads one pubspec (pubspec.yaml, or the template pubspec_base.yaml a script turns into it).
 * Returns null when it cannot be read.
 */
export function scanPubspec(ctx: SdkContext, file: string): PubspecSummary | null {
  const text = read(ctx, file);
  if (text === null) return null;
  const parsed = parseYaml(ctx, file, text, 'YAML (pubspec.yaml)');
  if (!parsed) return null;
  const { doc, lc } = parsed;
  const root = dirname(file);
  const summary: PubspecSummary = { file, hasPathDeps: false, pathDeps: [], pins: new Set() };
  for (const [section, scope] of Object.entries(SECTIONS)) {
    for (const e of yamlEntries(yamlGet(doc.contents, section), lc)) {
      const v = e.value;
      let spec: string | undefined;
      let source: string | undefined;
      let dynamic: boolean;
      if (isMap(v)) {
        const git = yamlGet(v, 'git');
        const path = yamlString(yamlGet(v, 'path'));
        const sdk = yamlString(yamlGet(v, 'sdk'));
        const hosted = yamlGet(v, 'hosted');
        spec = yamlString(yamlGet(v, 'version'));
        if (git) {
          const url = yamlString(git) ?? yamlString(yamlGet(git, 'url'));
          const ref = yamlString(yamlGet(git, 'ref'));
          source = `git:${url ?? ''}`;
          spec = ref ? `git ref ${ref}` : 'git default branch';
          dynamic = !isSha(ref);
        } else if (path !== undefined) {
          source = `path:${path}`;
          dynamic = false;
        } else if (sdk !== undefined) {
          source = `sdk:${sdk}`;
          dynamic = false;
          if (sdk === 'flutter' && e.key === 'flutter' && scope === undefined) for (const p of FLUTTER_SDK_PINS) summary.pins.add(p);
        } else {
          source = hosted ? `hosted:${yamlString(hosted) ?? yamlString(yamlGet(hosted, 'url')) ?? ''}` : 'hosted';
          dynamic = pubRangeDynamic(spec);
        }
      } else {
        spec = yamlString(v);
        dynamic = pubRangeDynamic(spec);
        source = 'hosted';
      }
      const isPath = source.startsWith('path:');
      if (isPath && scope !== 'override') {
        summary.hasPathDeps = true;
        const dir = joinPath(root, source.slice('path:'.length));
        if (dir !== null) summary.pathDeps.push(dir);
      }
      if (!dynamic && (scope === 'override' || !isPath)) summary.pins.add(e.key);
      if (isPath) continue; // a package of the same repository, not a component
      ctx.sightings.push({
        ecosystem: 'pub', name: e.key, versionSpec: spec, dynamic, lockable: true, direct: true, scope,
        file, line: e.line, root, source,
      });
    }
  }
  return summary;
}

/**
 * The root package of the app: the shallowest pubspec; of several at that depth, the one that
 * depends on the others by `path:` (a workspace of sibling packages has no single root: none).
 * A heuristic: it does not follow which packages the root really reaches.
 */
export function pubRoot(summaries: readonly PubspecSummary[]): PubspecSummary | undefined {
  const depth = (f: string): number => f.split('/').length;
  const min = Math.min(...summaries.map((s) => depth(s.file)));
  let top = summaries.filter((s) => depth(s.file) === min);
  if (top.length > 1) top = top.filter((s) => s.hasPathDeps);
  return top.length === 1 ? top[0] : undefined;
}

/**
 * Applies the root's say over the other pubspecs' declarations: a package the root pins (or
 * overrides) does not float wherever else it is declared; the other packages'
 * dependency_overrides are dropped (pub ignores them); the root's declarations are primary, so a
 * component declared in several pubspecs is located at the root's.
 */
export function applyPubRoot(sightings: Sighting[], summaries: readonly PubspecSummary[]): Sighting[] {
  rankByDependents(sightings, summaries);
  const root = pubRoot(summaries);
  if (!root) return sightings;
  const others = new Set(summaries.filter((s) => s !== root).map((s) => s.file));
  const out: Sighting[] = [];
  for (const s of sightings) {
    if (s.ecosystem !== 'pub' || s.lock) out.push(s);
    // The root's own `intl: any` is fixed by its own `dependency_overrides: intl: 0.20.2`.
    else if (s.file === root.file) out.push({ ...s, primary: true, dynamic: s.dynamic && (s.scope === 'override' || !root.pins.has(s.name)) });
    else if (!others.has(s.file)) out.push(s);
    else if (s.scope === 'override') continue;
    else out.push(root.pins.has(s.name) ? { ...s, dynamic: false } : s);
  }
  return out;
}

/**
 * A package that other packages of the repository depend on by `path:` is more surely built into
 * the app than one nothing depends on (a chain a build script adds or leaves out): where the root
 * does not declare a package, its declaration in the most depended-on package locates it.
 */
function rankByDependents(sightings: Sighting[], summaries: readonly PubspecSummary[]): void {
  const dependents = new Map<string, number>();
  for (const s of summaries) for (const d of new Set(s.pathDeps)) dependents.set(d, (dependents.get(d) ?? 0) + 1);
  for (const s of sightings) {
    const n = s.ecosystem === 'pub' && !s.lock ? dependents.get(s.root) : undefined;
    if (n) s.dependents = n;
  }
}

export function scanPubspecLock(ctx: SdkContext, file: string): void {
  const text = read(ctx, file);
  if (text === null) return;
  const parsed = parseYaml(ctx, file, text, 'YAML (pubspec.lock)');
  if (!parsed) return;
  const { doc, lc } = parsed;
  const root = dirname(file);
  for (const e of yamlEntries(yamlGet(doc.contents, 'packages'), lc)) {
    const dep = yamlString(yamlGet(e.value, 'dependency')) ?? '';
    const src = yamlString(yamlGet(e.value, 'source')) ?? '';
    const version = yamlString(yamlGet(e.value, 'version'));
    const desc = yamlGet(e.value, 'description');
    if (src === 'path') continue; // a package of the same repository
    let source = src;
    let dynamic = false;
    if (src === 'git') {
      // `resolved-ref` is the commit `pub get` checked out for `ref` (often a branch): that pins it.
      const ref = yamlString(yamlGet(desc, 'resolved-ref')) ?? yamlString(yamlGet(desc, 'ref'));
      source = `git:${yamlString(yamlGet(desc, 'url')) ?? ''}`;
      dynamic = !isSha(ref);
    } else if (src === 'hosted') {
      const url = yamlString(yamlGet(desc, 'url'));
      source = url && !/pub\.(dev|dartlang\.org)/.test(url) ? `hosted:${url}` : 'hosted';
    } else if (src === 'sdk') {
      source = `sdk:${yamlString(desc) ?? ''}`;
    }
    const direct = dep.startsWith('direct');
    const scope = dep === 'direct dev' ? 'dev' : dep === 'direct overridden' ? 'override' : undefined;
    ctx.sightings.push({ ecosystem: 'pub', name: e.key, version, dynamic, lock: true, direct, scope, file, line: e.line, root, source });
  }
}
