// Finds the app manifests of a repository: one per app, at the root or beside each app
// of a monorepo. The repository listing already skips vendored and build folders.
import type { Diagnostic } from '../core/types.js';
import type { RepoFiles } from '../repo/files.js';
import { appDirOf } from './load.js';
import { cmp } from '../core/report.js';
import { basename, dirname } from '../repo/paths.js';

/** File names of a manifest, preferred first. */
export const MANIFEST_NAMES: readonly string[] = ['mobile-app.yaml', 'mobile-app.yml'];

/** A manifest's path, at the root, in the root's `.github/`, or beside an app of a monorepo. */
export function isManifestPath(p: string): boolean {
  if (!MANIFEST_NAMES.includes(basename(p))) return false;
  const dir = dirname(p);
  // `.github/` holds the root app's manifest; a `.github/` folder deeper down does not.
  if (dir === '.github') return true;
  return !dir.split('/').includes('.github');
}

/**
 * Every manifest in the repository, root app first, then by path. When one folder holds
 * several (`mobile-app.yaml` and `mobile-app.yml`, or the root file and `.github/`), all
 * are returned: `manifestConflicts` turns that into a finding instead of silently picking one.
 */
export function discoverManifests(repo: RepoFiles): string[] {
  const found = repo.paths.filter(isManifestPath);
  return found.sort((a, b) => {
    const da = appDirOf(a);
    const db = appDirOf(b);
    if (da !== db) {
      if (da === '') return -1;
      if (db === '') return 1;
      return da < db ? -1 : 1;
    }
    return rank(a) - rank(b) || cmp(a, b);
  });
}

function rank(p: string): number {
  const base = basename(p);
  const gh = p.startsWith('.github/') ? 2 : 0;
  return gh + MANIFEST_NAMES.indexOf(base);
}

/**
 * One `manifest/ambiguous` diagnostic per extra manifest of an app folder (located at the
 * extra file), for folders that hold more than one: the first in `discoverManifests` order wins.
 */
export function manifestConflicts(manifests: readonly string[]): Diagnostic[] {
  const byDir = new Map<string, string[]>();
  for (const m of manifests) {
    const d = appDirOf(m);
    byDir.set(d, [...(byDir.get(d) ?? []), m]);
  }
  const out: Diagnostic[] = [];
  for (const files of byDir.values()) {
    const [first, ...rest] = files;
    for (const extra of rest) {
      out.push({
        code: 'manifest/ambiguous',
        severity: 'error',
        message: {
          en: `${extra} describes the same app folder as ${first}; keep one manifest per app (${first} is the one used).`,
          'zh-CN': `${extra} 与 ${first} 描述的是同一个应用目录；每个应用只保留一个应用台账清单文件（当前使用 ${first}）。`,
        },
        location: { file: extra },
        subject: extra,
        articles: [2],
      });
    }
  }
  return out;
}
