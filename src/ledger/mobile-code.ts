// Does a repository hold mobile app code? Decided from file paths alone (one tree listing),
// so that repositories without a manifest show up as apps missing from the ledger.
import { isManifestPath as isRepoManifestPath } from '../manifest/discover.js';
import { basename } from '../repo/paths.js';

interface Marker {
  kind: 'android' | 'ios' | 'flutter' | 'harmonyos';
  test: (path: string, base: string) => boolean;
}

const MARKERS: readonly Marker[] = [
  // A Gradle Android module: its AndroidManifest.xml under src/main (or a legacy root manifest beside build.gradle).
  { kind: 'android', test: (p) => /(^|\/)src\/main\/AndroidManifest\.xml$/.test(p) },
  { kind: 'ios', test: (p) => /\.xcodeproj\/project\.pbxproj$/.test(p) || /\.xcworkspace\/contents\.xcworkspacedata$/.test(p) },
  { kind: 'flutter', test: (_p, base) => base === 'pubspec.yaml' },
  { kind: 'harmonyos', test: (_p, base) => base === 'oh-package.json5' || base === 'module.json5' },
];

/** Folders whose contents are not the institution's app (vendored, examples of dependencies, build output). */
const SKIP = /(^|\/)(node_modules|Pods|build|\.gradle|DerivedData|\.dart_tool|oh_modules|Carthage|\.symlinks|vendor|third_party)\//;

export interface MobileCode {
  kinds: string[];
  /** Up to `max` paths that show it, in path order. */
  evidence: string[];
}

export function detectMobileCode(paths: readonly string[], max = 5): MobileCode {
  const kinds = new Set<string>();
  const evidence: string[] = [];
  for (const p of [...paths].sort()) {
    if (SKIP.test(p)) continue;
    const base = basename(p);
    const m = MARKERS.find((k) => k.test(p, base));
    if (!m) continue;
    kinds.add(m.kind);
    if (evidence.length < max) evidence.push(p);
  }
  return { kinds: [...kinds].sort(), evidence };
}

/** Manifest paths of a whole git tree (the listing of a checkout skips vendored folders already). */
export function isManifestPath(p: string): boolean {
  return isRepoManifestPath(p) && !SKIP.test(p);
}
