// Objective-C classes a Mach-O binary (a framework's binary, a .dylib, one slice of a universal
// file) or a static library defines: `_OBJC_CLASS_$_Name` symbols of the LC_SYMTAB symbol table
// that are defined in a section, and the symbol index of an `ar` archive (whose entries are
// defined symbols only). Load commands, the symbol and string tables are read; code is not.
// Formats: Apple <mach-o/loader.h>, <mach-o/nlist.h>, <mach-o/fat.h>, <ar.h>, <mach-o/ranlib.h>.
import { cString, fail, latin1, readExact, windowOf, type ByteSource } from './source.js';

const OBJC_CLASS = '_OBJC_CLASS_$_';
const LC_SYMTAB = 0x2;
const N_TYPE = 0x0e;
const N_SECT = 0x0e;
const CPU_ARM64 = 0x0100000c;

export type AppleBinaryKind = 'macho' | 'fat' | 'ar';

export function appleBinaryKind(head: Uint8Array): AppleBinaryKind | null {
  if (head.length < 8) return null;
  const v = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const be = v.getUint32(0, false);
  if (be === 0xcafebabe || be === 0xcafebabf) return 'fat';
  if (be === 0xfeedface || be === 0xfeedfacf || be === 0xcefaedfe || be === 0xcffaedfe) return 'macho';
  if (latin1(v, 0, 8) === '!<arch>\n') return 'ar';
  return null;
}

/** Objective-C class names defined by a Mach-O, universal or ar file. */
export function objcClassNames(src: ByteSource, maxBytes: number): string[] {
  const kind = appleBinaryKind(src.read(0, 8));
  if (kind === 'fat') return objcClassNames(fatSlice(src), maxBytes);
  if (kind === 'macho') return machoClasses(src, maxBytes);
  if (kind === 'ar') return arClasses(src, maxBytes);
  return fail('it is not a Mach-O, universal or ar file');
}

/** One architecture of a universal file: arm64 when there, else the first. */
function fatSlice(src: ByteSource): ByteSource {
  const head = readExact(src, 0, 8, 8, 'universal header');
  const is64 = head.getUint32(0, false) === 0xcafebabf;
  const n = head.getUint32(4, false);
  // 0xcafebabe is also a Java class file; a universal binary has a handful of architectures.
  if (n === 0 || n > 32) fail('its universal header is damaged');
  const size = is64 ? 32 : 20;
  const archs = readExact(src, 8, n * size, n * size, 'architecture list');
  let pick = 0;
  for (let i = 0; i < n; i++) if (archs.getUint32(i * size, false) === CPU_ARM64) { pick = i; break; }
  const b = pick * size;
  const offset = is64 ? Number(archs.getBigUint64(b + 8, false)) : archs.getUint32(b + 8, false);
  const length = is64 ? Number(archs.getBigUint64(b + 16, false)) : archs.getUint32(b + 12, false);
  return windowOf(src, offset, length);
}

function machoClasses(src: ByteSource, maxBytes: number): string[] {
  const h = readExact(src, 0, 32, 32, 'Mach-O header');
  const magic = h.getUint32(0, false);
  const le = magic === 0xcefaedfe || magic === 0xcffaedfe;
  const is64 = magic === 0xfeedfacf || magic === 0xcffaedfe;
  const ncmds = h.getUint32(16, le);
  const sizeofcmds = h.getUint32(20, le);
  const cmds = readExact(src, is64 ? 32 : 28, sizeofcmds, maxBytes, 'load commands');
  for (let i = 0, p = 0; i < ncmds; i++) {
    if (p + 8 > cmds.byteLength) fail('its load commands are cut short');
    const cmd = cmds.getUint32(p, le);
    const size = cmds.getUint32(p + 4, le);
    if (size < 8) fail('a load command has an invalid size');
    if (cmd === LC_SYMTAB && p + 24 <= cmds.byteLength) {
      const symoff = cmds.getUint32(p + 8, le);
      const nsyms = cmds.getUint32(p + 12, le);
      const stroff = cmds.getUint32(p + 16, le);
      const strsize = cmds.getUint32(p + 20, le);
      const entry = is64 ? 16 : 12;
      const syms = readExact(src, symoff, nsyms * entry, maxBytes, 'symbol table');
      const strs = readExact(src, stroff, strsize, maxBytes, 'string table');
      const out: string[] = [];
      for (let s = 0; s < nsyms; s++) {
        const b = s * entry;
        if ((syms.getUint8(b + 4) & N_TYPE) !== N_SECT) continue; // undefined: a class it uses, not one it has
        const strx = syms.getUint32(b, le);
        if (strx >= strsize) continue;
        const name = cString(strs, strx);
        if (name.startsWith(OBJC_CLASS)) out.push(name.slice(OBJC_CLASS.length));
      }
      return out;
    }
    p += size;
  }
  return [];
}

/** The symbol index (GNU `/` or BSD `__.SYMDEF*` first member) of an ar archive: defined symbols only. */
function arClasses(src: ByteSource, maxBytes: number): string[] {
  if (src.size === 8) return []; // an empty archive
  const head = readExact(src, 8, 60, 60, 'first member header');
  let name = latin1(head, 0, 16).trimEnd();
  const size = Number(latin1(head, 48, 58).trim());
  if (!Number.isFinite(size) || latin1(head, 58, 60) !== '`\n') fail('its first member header is damaged');
  let dataAt = 68;
  let dataSize = size;
  const long = /^#1\/(\d+)$/.exec(name);
  if (long) {
    // BSD long name: the name is the first N bytes of the member data.
    const n = Number(long[1]);
    name = latin1(readExact(src, dataAt, n, n, 'member name'), 0, n).replace(/\0+$/, '');
    dataAt += n;
    dataSize -= n;
  }
  if (name !== '/' && name !== '__.SYMDEF' && name !== '__.SYMDEF SORTED' && name !== '__.SYMDEF_64' && name !== '__.SYMDEF_64 SORTED') return [];
  const data = readExact(src, dataAt, dataSize, maxBytes, 'symbol index');
  // Both layouts end in NUL-separated names; the offsets before them never hold this prefix.
  const text = latin1(data, 0, data.byteLength);
  const out: string[] = [];
  for (let i = text.indexOf(OBJC_CLASS); i >= 0; i = text.indexOf(OBJC_CLASS, i + 1)) {
    const end = text.indexOf('\0', i);
    out.push(text.slice(i + OBJC_CLASS.length, end < 0 ? undefined : end));
  }
  return out;
}
