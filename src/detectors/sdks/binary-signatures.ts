// Which SDK a vendored binary is, from what is inside it rather than its file name: the class
// packages of a .jar/.aar (zip central directory; the classes.jar of an .aar), the JNI exports of
// a .so (`Java_com_baidu_location_...`), the Objective-C classes of a framework, .a or .dylib
// (symbol table, ar symbol index) and a framework's header and module names. This is the method
// of Exodus Privacy (tracker "code signatures": class-package prefixes matched against an APK's
// classes, https://reports.exodus-privacy.eu.org/en/trackers/) and LibChecker-Rules (library
// rules keyed by package name and native library name, https://github.com/LibChecker/LibChecker-Rules);
// the prefixes themselves are the catalogue's own androidClassPrefixes / iosClassPrefixes.
// Only directories and symbol tables are read, within a byte budget; nothing is run.
import type { Diagnostic } from '../../core/types.js';
import { explainClassName, explainIosClassName, explainVendoredFile, type Catalog, type CatalogMatch } from '../../catalog/index.js';
import { elfDynamicNames, jniClassName } from './binary/elf.js';
import { objcClassNames } from './binary/macho.js';
import { BinaryFormatError, fail, type ByteSource } from './binary/source.js';
import { zipEntries, zipEntrySource, type ZipEntry } from './binary/zip.js';
import type { BinarySignature, VendoredBinary } from './types.js';
import { basename, type SdkContext } from './util.js';

/** Bytes one binary may cost: a table, a central directory, an inflated classes.jar. */
export const BINARY_BUDGET = 32 * 1024 * 1024;
/** Binaries read per app; the rest are identified by file name. */
export const MAX_BINARIES = 2000;
/** Nested jars of an .aar (classes.jar, libs/*.jar) read. */
const MAX_NESTED_JARS = 8;

class RepoReadError extends BinaryFormatError {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message.en);
  }
}

function repoSource(ctx: SdkContext, file: string): ByteSource {
  return {
    size: ctx.repo.size(file),
    read(offset, length) {
      const r = ctx.repo.readRange(file, offset, length);
      if (!r.ok) throw new RepoReadError(r.diagnostic);
      return r.bytes;
    },
  };
}

function latin1Head(src: ByteSource): string {
  return String.fromCharCode(...src.read(0, LFS_POINTER.length));
}

/** The names a binary holds, by kind: Java/Kotlin classes, Objective-C classes, native library file names. */
interface Names {
  java: string[];
  objc: string[];
  files: string[];
}

/** Class names of the `.class` entries of a jar (inner classes counted with their outer class). */
function jarClasses(entries: readonly ZipEntry[]): string[] {
  const out: string[] = [];
  for (const e of entries) {
    if (!e.name.endsWith('.class') || e.name.startsWith('META-INF/') || e.name.includes('$') || /(^|\/)(module|package)-info\.class$/.test(e.name)) continue;
    out.push(e.name.slice(0, -6).replace(/\//g, '.'));
  }
  return out;
}

function readZipNames(src: ByteSource, aar: boolean): Names {
  const entries = zipEntries(src);
  const names: Names = { java: jarClasses(entries), objc: [], files: [] };
  if (!aar) return names;
  const nested = entries.filter((e) => e.name === 'classes.jar' || /^libs\/[^/]+\.jar$/.test(e.name)).slice(0, MAX_NESTED_JARS);
  let budget = BINARY_BUDGET;
  for (const e of nested) {
    const inner = zipEntrySource(src, e, budget);
    if (e.method !== 0) budget -= inner.size;
    names.java.push(...jarClasses(zipEntries(inner)));
  }
  for (const e of entries) if (/^jni\/[^/]+\/[^/]+\.so$/.test(e.name)) names.files.push(basename(e.name));
  return names;
}

const LFS_POINTER = 'version https://git-lfs';

function readNames(ctx: SdkContext, b: VendoredBinary): Names {
  const empty: Names = { java: [], objc: [], files: [] };
  if (b.kind !== 'framework' && b.kind !== 'xcframework' && latin1Head(repoSource(ctx, b.file)).startsWith(LFS_POINTER)) {
    fail('it is a Git LFS pointer file, not the binary');
  }
  switch (b.kind) {
    case 'jar':
    case 'aar':
      return readZipNames(repoSource(ctx, b.file), b.kind === 'aar');
    case 'so': {
      const java = elfDynamicNames(repoSource(ctx, b.file), BINARY_BUDGET).map(jniClassName).filter((c): c is string => !!c);
      return { ...empty, java: [...new Set(java)] };
    }
    case 'a':
    case 'dylib':
      return { ...empty, objc: objcClassNames(repoSource(ctx, b.file), BINARY_BUDGET) };
    case 'framework':
    case 'xcframework':
      return bundleNames(ctx, b);
    default:
      return empty;
  }
}

/**
 * A framework's header names (`UMConfigure.h`), the module its module map declares (a renamed
 * bundle keeps it) and the classes of its binary; for an .xcframework, of its first iOS device slice.
 */
function bundleNames(ctx: SdkContext, b: VendoredBinary): Names {
  const prefix = `${b.file}/`;
  const inside = ctx.files.filter((f) => f.startsWith(prefix));
  const names: Names = { java: [], objc: [], files: [] };
  for (const f of inside) {
    const h = /\/Headers\/(?:[^/]+\/)*([A-Za-z_][\w+]*)\.h$/.exec(f);
    if (h) names.objc.push(h[1]!);
    if (/\/Modules\/module\.modulemap$/.test(f)) {
      const t = ctx.repo.readText(f, 64 * 1024);
      const m = t.ok ? /\bframework\s+module\s+(\w+)/.exec(t.text) : null;
      if (m) names.files.push(`${m[1]}.${b.kind}`);
    }
  }
  // The binary of a framework is the file named like the bundle at its top (or under Versions/A/).
  const slices = inside.filter((f) => /(^|\/)([^/]+)\.framework\/(?:Versions\/[^/]+\/)?\2$/.test(f) || (b.kind === 'xcframework' && /\.a$/.test(f)));
  const bin = slices.find((f) => !/simulator|maccatalyst|macos|tvos|watchos/i.test(f)) ?? slices[0];
  if (bin) names.objc.push(...objcClassNames(repoSource(ctx, bin), BINARY_BUDGET));
  return names;
}

/** Tally of catalogue matches: SDK id → names matched and the pattern matched most. */
function tally(names: Names, catalog: Catalog): { signatures: BinarySignature[]; read: number } {
  const bySdk = new Map<string, { names: number; patterns: Map<string, number> }>();
  const count = (m: CatalogMatch | null) => {
    if (!m) return;
    const slot = bySdk.get(m.sdk.id) ?? { names: 0, patterns: new Map<string, number>() };
    slot.names++;
    slot.patterns.set(m.pattern, (slot.patterns.get(m.pattern) ?? 0) + 1);
    bySdk.set(m.sdk.id, slot);
  };
  for (const c of names.java) count(explainClassName(catalog, c));
  for (const c of new Set(names.objc)) count(explainIosClassName(catalog, c));
  for (const f of names.files) count(explainVendoredFile(catalog, f));
  const signatures = [...bySdk].map(([sdk, s]) => ({
    sdk,
    names: s.names,
    pattern: [...s.patterns].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0],
  })).sort((a, b) => b.names - a.names || (a.sdk < b.sdk ? -1 : 1));
  return { signatures, read: names.java.length + new Set(names.objc).size + names.files.length };
}

function unreadableNote(file: string, kind: string, detail: string): Diagnostic {
  return {
    code: 'sdks/binary-unreadable',
    severity: 'note',
    message: {
      en: `${file} could not be read as a .${kind} file: ${detail}. Its SDK is identified by its file name only.`,
      'zh-CN': `${file} 无法按 \`.${kind}\` 文件读取：\`${detail}\`。其所属 SDK 仅按文件名识别。`,
    },
    location: { file },
    subject: file,
  };
}

/**
 * Reads each binary's contents and records the SDKs they name (`signatures`, most names first)
 * and how many names were read. A damaged or over-budget binary becomes a located note.
 */
export function readBinarySignatures(ctx: SdkContext, binaries: VendoredBinary[], catalog: Catalog): void {
  let n = 0;
  for (const b of binaries) {
    if (b.kind === 'har') continue;
    if (++n > MAX_BINARIES) {
      ctx.diagnostics.push(unreadableNote(b.file, b.kind, `the app holds more than ${MAX_BINARIES} vendored binaries; this one and the ones after it (in path order) were not read`));
      break;
    }
    try {
      const { signatures, read } = tally(readNames(ctx, b), catalog);
      if (read) b.namesRead = read;
      if (signatures.length) b.signatures = signatures;
    } catch (e) {
      if (e instanceof RepoReadError) ctx.diagnostics.push({ ...e.diagnostic, severity: 'note' });
      else if (e instanceof BinaryFormatError) ctx.diagnostics.push(unreadableNote(b.file, b.kind, e.message));
      else throw e;
    }
  }
}

/** Signatures that say something: a vendor SDK with at least a tenth of the names read, an open-source library with more than half. */
function telling(b: VendoredBinary, catalog: Catalog): BinarySignature[] {
  const read = b.namesRead ?? 0;
  return (b.signatures ?? []).filter((s) => (catalog.byId.get(s.sdk)?.openSource ? s.names * 2 > read : s.names * 10 >= read));
}

/**
 * The SDK a vendored binary is. Its file name (catalogue vendoredFiles) decides when its contents
 * confirm it (a telling signature of that SDK: AMap's all-in-one 2D map jar is mostly the
 * obfuscated core under the vendor's base prefix, yet it is the map SDK). Else its contents decide
 * when one SDK has most of its names (a renamed file, or a file name another vendor's pattern also
 * fits); else its file name; else the first telling signature (an SDK jar also bundles helper
 * libraries; an open-source library counts only when it is most of the binary, so a vendor jar
 * that shades okhttp is not taken for okhttp).
 */
export function binarySdkId(b: VendoredBinary, catalog: Catalog): string | undefined {
  const signs = telling(b, catalog);
  const named = explainVendoredFile(catalog, basename(b.file))?.sdk.id;
  if (named && signs.some((s) => s.sdk === named)) return named;
  const top = signs[0];
  if (top && top.names * 2 >= (b.namesRead ?? 0)) return top.sdk;
  return named ?? top?.sdk;
}

/**
 * Classes of another vendor SDK that make it bundled in a binary: its code ships. Fewer are
 * glue, not the SDK (the ShareSDK Sina Weibo jar carries 3 Weibo API model classes to hand a
 * share to the Weibo app).
 */
const BUNDLED_MIN_NAMES = 8;

/** Other vendor SDKs the binary bundles: the AMap all-in-one jar holds Maps, Search and Location (11 public Location classes of 446). */
export function bundledSdkIds(b: VendoredBinary, catalog: Catalog, primary: string | undefined): string[] {
  const own = b.signatures?.find((s) => s.sdk === primary)?.pattern;
  // The vendor's base entry, named by a prefix that covers the primary SDK's own (`com.amap.api.`
  // over `com.amap.api.maps2d.`), is the primary's shared core, not another SDK inside it.
  const base = (s: BinarySignature) => own !== undefined && s.pattern.endsWith('.') && own.startsWith(s.pattern);
  return (b.signatures ?? [])
    .filter((s) => s.sdk !== primary && !catalog.byId.get(s.sdk)?.openSource && s.names >= BUNDLED_MIN_NAMES && !base(s))
    .map((s) => s.sdk);
}
