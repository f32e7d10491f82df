// The central directory of a zip file (.jar, .aar, the classes.jar inside an .aar): entry names,
// sizes and offsets, read from the end of the file without reading the entries.
// Format: PKWARE APPNOTE.TXT 6.3.10, sections 4.3.12 (central directory header), 4.3.16 (end of
// central directory), 4.3.14/4.3.15 (ZIP64).
import { inflateRawSync } from 'node:zlib';
import { bufferSource, fail, mib, readExact, windowOf, type ByteSource } from './source.js';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export interface ZipLimits {
  /** Largest central directory read. */
  maxDirectoryBytes: number;
  maxEntries: number;
}

export const ZIP_LIMITS: ZipLimits = { maxDirectoryBytes: 32 * 1024 * 1024, maxEntries: 200_000 };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CDH = 0x02014b50;
const LFH = 0x04034b50;

export function zipEntries(src: ByteSource, limits: ZipLimits = ZIP_LIMITS): ZipEntry[] {
  if (src.size < 22) fail('it is too short to be a zip file');
  const tailLen = Math.min(src.size, 22 + 0xffff);
  const tail = readExact(src, src.size - tailLen, tailLen, tailLen, 'end record');
  let at = -1;
  for (let i = tailLen - 22; i >= 0; i--) {
    if (tail.getUint32(i, true) === EOCD) { at = i; break; }
  }
  if (at < 0) fail('no end of central directory record (not a zip file, or truncated)');
  let count = tail.getUint16(at + 10, true);
  let dirSize = tail.getUint32(at + 12, true);
  let dirOffset = tail.getUint32(at + 16, true);
  const loc = at - 20;
  const zip64 = loc >= 0 && tail.getUint32(loc, true) === ZIP64_LOCATOR;
  if (!zip64 && (dirSize === 0xffffffff || dirOffset === 0xffffffff)) fail('a ZIP64 end record is announced but missing');
  if (zip64) {
    const recOffset = Number(tail.getBigUint64(loc + 8, true));
    const rec = readExact(src, recOffset, 56, 56, 'ZIP64 end record');
    if (rec.getUint32(0, true) !== ZIP64_EOCD) fail('the ZIP64 end record is damaged');
    count = Number(rec.getBigUint64(32, true));
    dirSize = Number(rec.getBigUint64(40, true));
    dirOffset = Number(rec.getBigUint64(48, true));
  }
  if (count > limits.maxEntries) fail(`it holds ${count} entries, over the limit of ${limits.maxEntries}`);
  const dir = readExact(src, dirOffset, dirSize, limits.maxDirectoryBytes, 'central directory');
  const out: ZipEntry[] = [];
  let p = 0;
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (p + 46 > dir.byteLength || dir.getUint32(p, true) !== CDH) fail(`central directory entry ${n + 1} is damaged`);
    const nameLen = dir.getUint16(p + 28, true);
    const extraLen = dir.getUint16(p + 30, true);
    const commentLen = dir.getUint16(p + 32, true);
    if (p + 46 + nameLen > dir.byteLength) fail(`central directory entry ${n + 1} is cut short`);
    const name = decoder.decode(new Uint8Array(dir.buffer, dir.byteOffset + p + 46, nameLen));
    let compressedSize = dir.getUint32(p + 20, true);
    let size = dir.getUint32(p + 24, true);
    let localOffset = dir.getUint32(p + 42, true);
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) {
      // ZIP64 extended information extra field (id 1): the 64-bit values, in this order, for the fields that overflowed.
      for (let e = p + 46 + nameLen; e + 4 <= p + 46 + nameLen + extraLen && e + 4 <= dir.byteLength;) {
        const id = dir.getUint16(e, true);
        const len = dir.getUint16(e + 2, true);
        if (id === 1) {
          let q = e + 4;
          const next = () => { const v = q + 8 <= dir.byteLength ? Number(dir.getBigUint64(q, true)) : 0; q += 8; return v; };
          if (size === 0xffffffff) size = next();
          if (compressedSize === 0xffffffff) compressedSize = next();
          if (localOffset === 0xffffffff) localOffset = next();
          break;
        }
        e += 4 + len;
      }
    }
    out.push({ name, method: dir.getUint16(p + 10, true), compressedSize, size, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/**
 * The bytes of one entry as a ByteSource: a window for a stored entry (nothing read), inflated
 * for a deflated one when it fits `maxBytes` (compressed and inflated).
 */
export function zipEntrySource(src: ByteSource, entry: ZipEntry, maxBytes: number): ByteSource {
  const head = readExact(src, entry.localOffset, 30, 30, `local header of ${entry.name}`);
  if (head.getUint32(0, true) !== LFH) fail(`the local header of ${entry.name} is damaged`);
  const dataAt = entry.localOffset + 30 + head.getUint16(26, true) + head.getUint16(28, true);
  if (entry.method === 0) return windowOf(src, dataAt, entry.compressedSize);
  if (entry.method !== 8) fail(`${entry.name} uses compression method ${entry.method}, which is not read`);
  if (entry.size > maxBytes) fail(`${entry.name} inflates to ${mib(entry.size)} MiB, over the ${mib(maxBytes)} MiB budget`);
  const data = readExact(src, dataAt, entry.compressedSize, maxBytes, entry.name);
  try {
    return bufferSource(inflateRawSync(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), { maxOutputLength: Math.max(1, maxBytes) }));
  } catch (e) {
    return fail(`${entry.name} does not inflate (${(e as Error).message})`);
  }
}
