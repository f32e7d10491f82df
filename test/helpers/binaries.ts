// Tiny binary images built by tests (never vendor files): zip/jar/aar, ELF shared objects with
// a dynamic symbol table, Mach-O objects with a symbol table, universal (fat) wrappers, and ar
// archives with a BSD symbol index. Only the parts mobile-policy reads are filled in.
import { deflateRawSync } from 'node:zlib';

export interface ZipInput {
  name: string;
  data?: Uint8Array | string;
  /** 8 (deflate, the default) or 0 (stored). */
  method?: 0 | 8;
}

const bytes = (d: Uint8Array | string | undefined) => (typeof d === 'string' ? Buffer.from(d) : Buffer.from(d ?? new Uint8Array()));

/** A zip file: local headers and data, central directory, end record. CRCs are left 0 (not read). */
export function zip(entries: readonly ZipInput[]): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = bytes(e.data);
    const method = e.method ?? 8;
    const body = method === 8 ? deflateRawSync(raw) : raw;
    const name = Buffer.from(e.name);
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(method, 8);
    lh.writeUInt32LE(body.length, 18);
    lh.writeUInt32LE(raw.length, 22);
    lh.writeUInt16LE(name.length, 26);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(method, 10);
    ch.writeUInt32LE(body.length, 20);
    ch.writeUInt32LE(raw.length, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    locals.push(lh, name, body);
    central.push(ch, name);
    offset += 30 + name.length + body.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** A jar holding these classes (`com.umeng.analytics.MobclickAgent` → `com/umeng/analytics/MobclickAgent.class`). */
export function jar(classes: readonly string[], method: 0 | 8 = 8): Uint8Array {
  return zip([{ name: 'META-INF/MANIFEST.MF', data: 'Manifest-Version: 1.0\n' }, ...classes.map((c) => ({ name: `${c.replace(/\./g, '/')}.class`, data: 'cafebabe', method }))]);
}

/** An aar whose classes.jar holds these classes (stored or deflated inside the aar). */
export function aar(classes: readonly string[], classesJarMethod: 0 | 8 = 8, extra: readonly ZipInput[] = []): Uint8Array {
  return zip([{ name: 'AndroidManifest.xml', data: '<manifest/>' }, { name: 'classes.jar', data: jar(classes), method: classesJarMethod }, ...extra]);
}

/** A 64-bit little-endian ELF shared object whose dynamic string table holds `names`. */
export function elfSharedObject(names: readonly string[]): Uint8Array {
  const strtab = Buffer.concat([Buffer.from([0]), ...names.map((n) => Buffer.from(`${n}\0`))]);
  const head = Buffer.alloc(64);
  head.writeUInt32BE(0x7f454c46, 0);
  head[4] = 2; // 64-bit
  head[5] = 1; // little-endian
  head[6] = 1;
  head.writeUInt16LE(3, 0x10); // ET_DYN
  const shoff = 64 + strtab.length;
  head.writeBigUInt64LE(BigInt(shoff), 0x28);
  head.writeUInt16LE(64, 0x3a);
  head.writeUInt16LE(3, 0x3c);
  const sh = Buffer.alloc(64 * 3); // [0] null, [1] .dynstr, [2] .dynsym → link 1
  sh.writeUInt32LE(3, 64 + 4);
  sh.writeBigUInt64LE(64n, 64 + 24);
  sh.writeBigUInt64LE(BigInt(strtab.length), 64 + 32);
  sh.writeUInt32LE(11, 128 + 4);
  sh.writeUInt32LE(1, 128 + 40);
  return Buffer.concat([head, strtab, sh]);
}

/** A 64-bit little-endian Mach-O with an LC_SYMTAB: `defined` Objective-C classes in a section, `undefined` ones referenced. */
export function machO(defined: readonly string[], undefinedClasses: readonly string[] = []): Uint8Array {
  const syms = [...defined.map((c) => ({ name: `_OBJC_CLASS_$_${c}`, type: 0x0f })), ...undefinedClasses.map((c) => ({ name: `_OBJC_CLASS_$_${c}`, type: 0x01 }))];
  const strs: Buffer[] = [Buffer.from([0])];
  let strLen = 1;
  const nlist = Buffer.alloc(16 * syms.length);
  syms.forEach((s, i) => {
    nlist.writeUInt32LE(strLen, i * 16);
    nlist[i * 16 + 4] = s.type;
    nlist[i * 16 + 5] = s.type === 0x0f ? 1 : 0;
    const b = Buffer.from(`${s.name}\0`);
    strs.push(b);
    strLen += b.length;
  });
  const head = Buffer.alloc(32);
  head.writeUInt32LE(0xfeedfacf, 0);
  head.writeUInt32LE(0x0100000c, 4);
  head.writeUInt32LE(6, 12); // MH_DYLIB
  head.writeUInt32LE(1, 16);
  head.writeUInt32LE(24, 20);
  const cmd = Buffer.alloc(24);
  const symoff = 32 + 24;
  cmd.writeUInt32LE(0x2, 0);
  cmd.writeUInt32LE(24, 4);
  cmd.writeUInt32LE(symoff, 8);
  cmd.writeUInt32LE(syms.length, 12);
  cmd.writeUInt32LE(symoff + nlist.length, 16);
  cmd.writeUInt32LE(strLen, 20);
  return Buffer.concat([head, cmd, nlist, ...strs]);
}

/** A universal (fat) file holding these slices (4 KiB aligned): the first as x86_64, the rest as arm64. */
export function fat(slices: readonly Uint8Array[]): Uint8Array {
  const head = Buffer.alloc(8 + 20 * slices.length);
  head.writeUInt32BE(0xcafebabe, 0);
  head.writeUInt32BE(slices.length, 4);
  const parts: Buffer[] = [head];
  let length = head.length;
  slices.forEach((s, i) => {
    const offset = Math.ceil(length / 4096) * 4096;
    parts.push(Buffer.alloc(offset - length), Buffer.from(s));
    length = offset + s.length;
    head.writeUInt32BE(i === 0 ? 0x01000007 : 0x0100000c, 8 + i * 20);
    head.writeUInt32BE(offset, 8 + i * 20 + 8);
    head.writeUInt32BE(s.length, 8 + i * 20 + 12);
  });
  return Buffer.concat(parts);
}

/** A BSD ar archive (as iOS static libraries are) whose `__.SYMDEF SORTED` index names these symbols, plus one object member. */
export function arArchive(symbols: readonly string[]): Uint8Array {
  const strings = Buffer.concat(symbols.map((s) => Buffer.from(`${s}\0`)));
  const ranlib = Buffer.alloc(4 + 8 * symbols.length + 4);
  ranlib.writeUInt32LE(8 * symbols.length, 0);
  let at = 0;
  symbols.forEach((s, i) => {
    ranlib.writeUInt32LE(at, 4 + i * 8);
    at += s.length + 1;
  });
  ranlib.writeUInt32LE(strings.length, 4 + 8 * symbols.length);
  const name = Buffer.from('__.SYMDEF SORTED\0\0\0\0');
  const data = Buffer.concat([name, ranlib, strings]);
  const header = (n: string, size: number) => Buffer.from(`${n.padEnd(16)}${'0'.padEnd(12)}${'0'.padEnd(6)}${'0'.padEnd(6)}${'644'.padEnd(8)}${String(size).padEnd(10)}\`\n`);
  const obj = Buffer.from('object-code');
  const pad = (b: Buffer) => (b.length % 2 ? Buffer.concat([b, Buffer.from('\n')]) : b);
  return Buffer.concat([Buffer.from('!<arch>\n'), header(`#1/${name.length}`, data.length), pad(data), header('Foo.o', obj.length), pad(obj)]);
}
