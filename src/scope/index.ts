// The app's scope: which files are the app's, and the role of each (decision 0009).
// check.ts resolves one scope per manifest and registers it; a detector called without one
// (tests, `init`, `inventory`) gets the scope of its folder, resolved the same way.
import type { RepoFiles } from '../repo/files.js';
import { subtreeRange } from '../repo/files.js';
import { resolveScope } from './resolve.js';
import { OUTSIDE, ROLES, type AppScope, type Role, type ScopeSummary } from './types.js';

export * from './types.js';
export { resolveScope, type ScopeRequest, type ResolvedScope } from './resolve.js';
export { indexOf } from './listing.js';
export { scopeRequest } from './request.js';
export { pathRole } from './paths.js';
export { appliesAndroidApplication } from './builds.js';

const registry = new WeakMap<RepoFiles, Map<string, AppScope>>();

function byDir(repo: RepoFiles): Map<string, AppScope> {
  let m = registry.get(repo);
  if (!m) { m = new Map(); registry.set(repo, m); }
  return m;
}

/** Makes `scope` the one detectors get for its folder (scope.dir) in this repository. */
export function registerScope(repo: RepoFiles, scope: AppScope): void {
  byDir(repo).set(scope.dir, scope);
}

/** The scope of the app in `dir`: the registered one, else resolved from the folder alone. */
export function scopeOf(repo: RepoFiles, dir: string): AppScope {
  const m = byDir(repo);
  let s = m.get(dir);
  if (!s) {
    s = resolveScope(repo, { dir }).scope;
    m.set(dir, s);
  }
  return s;
}

/** The role of file number i of repo.paths in this scope (undefined: not the app's). */
export function roleAt(scope: AppScope, i: number): Role | undefined {
  const c = scope.codes[i];
  return c === undefined || c === OUTSIDE ? undefined : ROLES[c];
}

/** The app's files whose role passes `want`, in listing order. */
export function scopeFiles(repo: RepoFiles, scope: AppScope, want: (role: Role) => boolean): string[] {
  const out: string[] = [];
  const [start, end] = subtreeRange(repo, scope.dir);
  for (let i = start; i < end; i++) {
    const r = roleAt(scope, i);
    if (r && want(r)) out.push(repo.paths[i]!);
  }
  return out;
}

/** The scope as reports show it. */
export function summarizeScope(scope: AppScope): ScopeSummary {
  return {
    roots: scope.roots,
    via: scope.via,
    android: { modules: scope.gradle.filter((m) => m.path !== ':' || m.application).map((m) => m.path), applications: scope.gradle.filter((m) => m.application).map((m) => m.path) },
    ios: { targets: scope.xcode.map((t) => ({ name: t.name, kind: t.kind })) },
    flutter: scope.flutter,
    reactNative: scope.reactNative,
    harmonyos: scope.harmonyos,
    files: Object.fromEntries(ROLES.filter((r) => scope.counts[r]).map((r) => [r, scope.counts[r]!])),
  };
}
