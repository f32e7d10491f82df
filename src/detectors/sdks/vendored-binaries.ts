// Vendored binaries: SDKs shipped as files (libs/*.aar, *.jar, *.framework, *.xcframework,
// *.a, jniLibs/**/*.so, *.har). Bundle folders are detected from the paths of their files.
import { minimatch } from 'minimatch';
import type { BinaryKind, VendoredBinary } from './types.js';
import { basename, isAncestorOrSelf, type SdkContext } from './util.js';

/** Paths that hold tooling, not app code. */
function ignoredPath(p: string): boolean {
  return /(^|\/)gradle\/wrapper\/|(^|\/)src\/(test|androidTest|testDebug)\/|(^|\/)\.symlinks\/|(^|\/)(test|tests|fixtures|__tests__)\/.*\.(jar)$/.test(p);
}

/** `alipaySdk-15.8.11` → name `alipaySdk`, version `15.8.11`. */
export function splitFileVersion(base: string): { name: string; version?: string } {
  const m = /^(.+?)[-_]v?(\d+(?:\.\d+)+(?:[-.][\w]+)*)$/.exec(base);
  return m ? { name: m[1]!, version: m[2]! } : { name: base };
}

export function findVendoredBinaries(ctx: SdkContext): VendoredBinary[] {
  const out = new Map<string, VendoredBinary>();
  for (const p of ctx.files) {
    if (ignoredPath(p)) continue;
    const bundle = /^(.*?\.(xcframework|framework))\//.exec(p);
    if (bundle) {
      const file = bundle[1]!;
      if (!out.has(file)) {
        const kind = bundle[2] as BinaryKind;
        out.set(file, { file, kind, name: basename(file).replace(/\.(xc)?framework$/, ''), location: { file } });
      }
      continue;
    }
    const m = /\.(aar|jar|so|a|har)$/.exec(p);
    if (!m) continue;
    const kind = m[1] as BinaryKind;
    if (kind === 'har' && !/(^|\/)libs?\//.test(p)) { /* keep: .har files are always packaged modules */ }
    let name = basename(p).replace(/\.(aar|jar|so|a|har)$/, '');
    if (kind === 'so' || kind === 'a') name = name.replace(/^lib/, '');
    out.set(p, { file: p, kind, name, location: { file: p } });
  }
  // Attach build-file references (files(), fileTree(), flatDir name/ext, oh-package file:).
  for (const ref of ctx.binaryRefs) {
    for (const b of out.values()) {
      const rel = ref.dir ? (isAncestorOrSelf(ref.dir, b.file) ? b.file.slice(ref.dir.length + 1) : null) : b.file;
      if (rel === null) continue;
      const hit = ref.patterns.some((pat) => {
        const clean = pat.replace(/^\.\//, '');
        return rel === clean || minimatch(rel, clean, { dot: true, matchBase: !clean.includes('/') }) || minimatch(b.file, clean, { dot: true });
      });
      if (hit) (b.referencedBy ??= []).push({ file: ref.file, line: ref.line });
    }
  }
  return [...out.values()];
}
