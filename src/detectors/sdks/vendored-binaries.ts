// Vendored binaries: SDKs shipped as files (libs/*.aar, *.jar, *.framework, *.xcframework,
// *.a, *.dylib, jniLibs/**/*.so, *.har). Bundle folders are detected from the paths of their
// files; the ABI copies of one native library (`jniLibs/<abi>/libx.so`) are one binary.
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

/** Android ABI folder names (NDK "Android ABIs"; armeabi, mips and mips64 are retired but still met). */
const ABI = /(^|\/)(armeabi|armeabi-v7a|arm64-v8a|x86|x86_64|mips|mips64|riscv64)\/([^/]+)$/;

const BINARY_EXTS = new Set(['aar', 'jar', 'so', 'a', 'dylib', 'har']);

export function findVendoredBinaries(ctx: SdkContext): VendoredBinary[] {
  const out = new Map<string, VendoredBinary>();
  /** Native library key (its path with the ABI folder left out) → the binary of its first copy. */
  const natives = new Map<string, VendoredBinary>();
  for (const p of ctx.files) {
    // A cheap test first (this runs on every path): in a bundle folder, or named as a binary.
    const ext = p.slice(p.lastIndexOf('.') + 1);
    if (!p.includes('framework/') && !BINARY_EXTS.has(ext)) continue;
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
    if (!BINARY_EXTS.has(ext)) continue;
    const kind = ext as BinaryKind;
    let name = basename(p).slice(0, -ext.length - 1);
    if (kind === 'so' || kind === 'a' || kind === 'dylib') name = name.replace(/^lib/, '');
    const abi = kind === 'so' ? ABI.exec(p) : null;
    if (abi) {
      const key = `${p.slice(0, abi.index)}${abi[1]}*/${abi[3]}`;
      const first = natives.get(key);
      if (first) {
        first.abis = [...new Set([...first.abis!, abi[2]!])].sort();
        (first.copies ??= []).push(p);
        continue;
      }
      const b: VendoredBinary = { file: p, kind, name, location: { file: p }, abis: [abi[2]!] };
      natives.set(key, b);
      out.set(p, b);
      continue;
    }
    out.set(p, { file: p, kind, name, location: { file: p } });
  }
  // Attach build-file references (files(), fileTree(), flatDir name/ext, oh-package file:).
  for (const ref of ctx.binaryRefs) {
    for (const b of out.values()) {
      const hit = [b.file, ...(b.copies ?? [])].some((file) => {
        const rel = ref.dir ? (isAncestorOrSelf(ref.dir, file) ? file.slice(ref.dir.length + 1) : null) : file;
        if (rel === null) return false;
        return ref.patterns.some((pat) => {
          const clean = pat.replace(/^\.\//, '');
          return rel === clean || minimatch(rel, clean, { dot: true, matchBase: !clean.includes('/') }) || minimatch(file, clean, { dot: true });
        });
      });
      if (hit) (b.referencedBy ??= []).push({ file: ref.file, line: ref.line });
    }
  }
  return [...out.values()];
}
