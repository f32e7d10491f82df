// Binary property lists (`bplist00`), read with every count and offset checked against the
// file and a budget on the values produced: a crafted file of a few hundred bytes can
// reference one array from many places (2^40 values when copied) or from itself (a cycle).
import type { PValue } from './plist.js';

/** Values produced in total (shared objects count each time they are used): far above any real Info.plist. */
export const MAX_BPLIST_VALUES = 100_000;
/** Nesting depth: deeper is not a property list a build tool wrote. */
export const MAX_BPLIST_DEPTH = 128;

export class BplistError extends Error {}

/** Seconds from the Unix epoch to 2001-01-01, the epoch of plist dates. */
const APPLE_EPOCH = 978_307_200;

export function parseBplist(buf: Uint8Array): PValue {
  const n = buf.length;
  if (n < 8 + 32) throw new BplistError('too short for a binary plist');
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const t = n - 32;
  const offsetSize = buf[t + 6]!;
  const refSize = buf[t + 7]!;
  const count = uint(view, t + 8, 8);
  const top = uint(view, t + 16, 8);
  const tableAt = uint(view, t + 24, 8);
  if (offsetSize < 1 || offsetSize > 8 || refSize < 1 || refSize > 8) throw new BplistError('invalid trailer');
  if (count < 1 || top >= count || tableAt < 8 || tableAt + count * offsetSize > t) throw new BplistError('offset table outside the file');
  let produced = 0;
  const onStack = new Set<number>();

  const offsetOf = (ref: number): number => {
    if (ref >= count) throw new BplistError(`reference ${ref} to a missing object`);
    const at = uint(view, tableAt + ref * offsetSize, offsetSize);
    if (at < 8 || at >= tableAt) throw new BplistError(`object ${ref} is outside the object area`);
    return at;
  };
  // The length of a marker's payload: the low nibble, or an integer object after it when 0xF.
  const lengthAt = (at: number): [number, number] => {
    const low = buf[at]! & 0x0f;
    if (low !== 0x0f) return [low, at + 1];
    const m = buf[at + 1];
    if (m === undefined || m >> 4 !== 0x1) throw new BplistError('invalid length');
    const size = 1 << (m & 0x0f);
    if (size > 8 || at + 2 + size > tableAt) throw new BplistError('invalid length');
    return [uint(view, at + 2, size), at + 2 + size];
  };
  const within = (start: number, bytes: number) => {
    if (start + bytes > tableAt) throw new BplistError('an object runs past the object area');
  };

  const value = (ref: number, depth: number): PValue => {
    if (++produced > MAX_BPLIST_VALUES) throw new BplistError(`more than ${MAX_BPLIST_VALUES} values (objects referenced from many places)`);
    if (depth > MAX_BPLIST_DEPTH) throw new BplistError(`nested deeper than ${MAX_BPLIST_DEPTH} levels`);
    if (onStack.has(ref)) throw new BplistError(`object ${ref} contains itself`);
    const at = offsetOf(ref);
    const marker = buf[at]!;
    const kind = marker >> 4;
    switch (kind) {
      case 0x0:
        if (marker === 0x08 || marker === 0x09) return { kind: 'bool', value: marker === 0x09 };
        return { kind: 'string', value: '' }; // null and fill bytes: no value
      case 0x1: {
        const size = 1 << (marker & 0x0f);
        within(at + 1, size);
        return { kind: 'number', value: size > 8 ? NaN : int(view, at + 1, size) };
      }
      case 0x2: {
        const size = 1 << (marker & 0x0f);
        within(at + 1, size);
        return { kind: 'number', value: size === 4 ? view.getFloat32(at + 1) : size === 8 ? view.getFloat64(at + 1) : NaN };
      }
      case 0x3: {
        within(at + 1, 8);
        const d = new Date((view.getFloat64(at + 1) + APPLE_EPOCH) * 1000);
        return { kind: 'date', value: isNaN(d.getTime()) ? '' : d.toISOString() };
      }
      case 0x4: {
        const [len, start] = lengthAt(at);
        within(start, len);
        return { kind: 'data', value: Buffer.from(buf.subarray(start, start + len)).toString('base64') };
      }
      case 0x5: {
        const [len, start] = lengthAt(at);
        within(start, len);
        return { kind: 'string', value: Buffer.from(buf.subarray(start, start + len)).toString('latin1') };
      }
      case 0x6: {
        const [len, start] = lengthAt(at);
        within(start, len * 2);
        return { kind: 'string', value: Buffer.from(buf.subarray(start, start + len * 2)).swap16().toString('utf16le') };
      }
      case 0x8: {
        const size = (marker & 0x0f) + 1;
        within(at + 1, size);
        return { kind: 'number', value: uint(view, at + 1, size) };
      }
      case 0xa: case 0xc: case 0xd: {
        const [len, start] = lengthAt(at);
        const refs = kind === 0xd ? len * 2 : len;
        within(start, refs * refSize);
        const child = (i: number) => uint(view, start + i * refSize, refSize);
        onStack.add(ref);
        try {
          if (kind !== 0xd) return { kind: 'array', items: Array.from({ length: len }, (_, i) => value(child(i), depth + 1)) };
          const entries: { key: string; value: PValue }[] = [];
          for (let i = 0; i < len; i++) {
            const k = value(child(i), depth + 1);
            entries.push({ key: k.kind === 'dict' || k.kind === 'array' ? '' : String(k.value), value: value(child(len + i), depth + 1) });
          }
          return { kind: 'dict', entries };
        } finally {
          onStack.delete(ref);
        }
      }
      default:
        throw new BplistError(`unknown object type 0x${marker.toString(16)}`);
    }
  };
  return value(top, 0);
}

function uint(view: DataView, at: number, size: number): number {
  if (at + size > view.byteLength) throw new BplistError('read past the end of the file');
  let v = 0;
  for (let i = 0; i < size; i++) v = v * 256 + view.getUint8(at + i);
  return v;
}

/** Signed for 8 bytes (plist integers of 1, 2 and 4 bytes are unsigned). */
function int(view: DataView, at: number, size: number): number {
  return size === 8 ? Number(view.getBigInt64(at)) : uint(view, at, size);
}
