// Names a native library exports, from the ELF dynamic symbol table (.dynsym and its string
// table): only the section headers and that string table are read.
// Format: System V ABI, "ELF-64 Object File Format" / gABI, chapter 4 (sections, symbol table).
import { cString, fail, readExact, type ByteSource } from './source.js';

const SHT_DYNSYM = 11;

/** Strings of the dynamic string table that name defined or referenced symbols (imports included: callers filter). */
export function elfDynamicNames(src: ByteSource, maxBytes: number): string[] {
  const ident = readExact(src, 0, 64, 64, 'ELF header');
  if (ident.getUint32(0, false) !== 0x7f454c46) fail('it is not an ELF file');
  const is64 = ident.getUint8(4) === 2;
  const le = ident.getUint8(5) !== 2;
  const shoff = is64 ? Number(ident.getBigUint64(0x28, le)) : ident.getUint32(0x20, le);
  const shentsize = ident.getUint16(is64 ? 0x3a : 0x2e, le);
  const shnum = ident.getUint16(is64 ? 0x3c : 0x30, le);
  if (!shoff || !shnum) return []; // no section headers (stripped to the program headers): nothing cheap to read
  if (shentsize < (is64 ? 64 : 40)) fail('its section header size is invalid');
  const sh = readExact(src, shoff, shnum * shentsize, maxBytes, 'section headers');
  const section = (i: number) => {
    const b = i * shentsize;
    return is64
      ? { type: sh.getUint32(b + 4, le), offset: Number(sh.getBigUint64(b + 24, le)), size: Number(sh.getBigUint64(b + 32, le)), link: sh.getUint32(b + 40, le) }
      : { type: sh.getUint32(b + 4, le), offset: sh.getUint32(b + 16, le), size: sh.getUint32(b + 20, le), link: sh.getUint32(b + 24, le) };
  };
  for (let i = 0; i < shnum; i++) {
    const s = section(i);
    if (s.type !== SHT_DYNSYM) continue;
    if (s.link >= shnum) fail('its dynamic symbol table links to a missing string table');
    const str = section(s.link);
    const table = readExact(src, str.offset, str.size, maxBytes, 'dynamic string table');
    const out: string[] = [];
    for (let at = 1; at < table.byteLength;) {
      const name = cString(table, at);
      if (name) out.push(name);
      at += name.length + 1;
    }
    return out;
  }
  return [];
}

/**
 * The Java class a JNI export belongs to: `Java_com_baidu_location_LocationClient_init` →
 * `com.baidu.location.LocationClient` (JNI specification, "Resolving Native Method Names":
 * `_1` is `_`, `_2` `;`, `_3` `[`, `_0xxxx` a UTF-16 unit, `__` starts the argument signature).
 */
export function jniClassName(symbol: string): string | null {
  if (!symbol.startsWith('Java_')) return null;
  const body = symbol.slice(5).split('__')[0]!;
  const parts: string[] = [''];
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '_') { parts[parts.length - 1] += c; continue; }
    const n = body[i + 1];
    if (n === '1') { parts[parts.length - 1] += '_'; i++; }
    else if (n === '2') { parts[parts.length - 1] += ';'; i++; }
    else if (n === '3') { parts[parts.length - 1] += '['; i++; }
    else if (n === '0' && /^[0-9a-fA-F]{4}$/.test(body.slice(i + 2, i + 6))) { parts[parts.length - 1] += String.fromCharCode(parseInt(body.slice(i + 2, i + 6), 16)); i += 5; }
    else parts.push('');
  }
  if (parts.length < 2 || parts.some((p) => !p)) return null;
  return parts.slice(0, -1).join('.');
}
