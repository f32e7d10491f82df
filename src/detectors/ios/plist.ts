// Property lists with positions: XML plists through the positioned XML tree (every value has
// a line), binary plists through a bounded reader (no lines: facts are located at file level).
import { decodeText } from '../../repo/files.js';
import { parseBplist } from './bplist.js';
import { parseXml, type XmlElement } from '../android/xml.js';

export type PValue =
  | { kind: 'dict'; line?: number; entries: { key: string; line?: number; value: PValue }[] }
  | { kind: 'array'; line?: number; items: PValue[] }
  | { kind: 'string' | 'date' | 'data'; line?: number; value: string }
  | { kind: 'number'; line?: number; value: number }
  | { kind: 'bool'; line?: number; value: boolean };

export type PlistParse = { ok: true; format: 'xml' | 'binary'; root: PValue } | { ok: false; message: string; line?: number; column?: number };

function fromXml(el: XmlElement): PValue {
  switch (el.name) {
    case 'dict': {
      const entries: { key: string; line: number; value: PValue }[] = [];
      for (let i = 0; i < el.children.length; i++) {
        const k = el.children[i]!;
        if (k.name !== 'key') throw new PlistError(`expected <key>, found <${k.name}>`, k.line);
        const v = el.children[i + 1];
        if (!v) throw new PlistError(`key "${k.text}" has no value`, k.line);
        entries.push({ key: k.text, line: k.line, value: fromXml(v) });
        i++;
      }
      return { kind: 'dict', line: el.line, entries };
    }
    case 'array': return { kind: 'array', line: el.line, items: el.children.map(fromXml) };
    case 'string': return { kind: 'string', line: el.line, value: el.text };
    case 'date': return { kind: 'date', line: el.line, value: el.text.trim() };
    case 'data': return { kind: 'data', line: el.line, value: el.text.replace(/\s+/g, '') };
    case 'integer': case 'real': return { kind: 'number', line: el.line, value: Number(el.text.trim()) };
    case 'true': case 'false': return { kind: 'bool', line: el.line, value: el.name === 'true' };
    default: throw new PlistError(`unknown plist element <${el.name}>`, el.line);
  }
}

class PlistError extends Error {
  constructor(message: string, readonly line: number) { super(message); }
}

export function parsePlist(bytes: Uint8Array): PlistParse {
  const head = Buffer.from(bytes.subarray(0, 8)).toString('latin1');
  if (head === 'bplist00') {
    try {
      return { ok: true, format: 'binary', root: parseBplist(bytes) };
    } catch (e) {
      return { ok: false, message: `invalid binary plist: ${(e as Error).message}` };
    }
  }
  const decoded = decodeText('', bytes);
  if (!decoded.ok) {
    const d = decoded.diagnostic;
    return { ok: false, message: d.code === 'repo/invalid-utf8' ? 'not valid UTF-8' : 'not text (it contains NUL bytes)', line: d.location.line };
  }
  const text = decoded.text;
  const x = parseXml(text);
  if (!x.ok) return { ok: false, message: x.message, line: x.line, column: x.column };
  if (x.root.name !== 'plist') return { ok: false, message: `root element is <${x.root.name}>, not <plist>`, line: x.root.line };
  const first = x.root.children[0];
  if (!first) return { ok: false, message: 'empty <plist>', line: x.root.line };
  try {
    return { ok: true, format: 'xml', root: fromXml(first) };
  } catch (e) {
    return { ok: false, message: (e as Error).message, line: e instanceof PlistError ? e.line : undefined };
  }
}

export function get(d: PValue | undefined, key: string): { line?: number; value: PValue } | undefined {
  if (d?.kind !== 'dict') return undefined;
  return d.entries.find((e) => e.key === key);
}

export function asBool(v: PValue | undefined): boolean | undefined {
  if (!v) return undefined;
  if (v.kind === 'bool') return v.value;
  if (v.kind === 'string') return v.value === 'YES' || v.value === 'true' ? true : v.value === 'NO' || v.value === 'false' ? false : undefined;
  if (v.kind === 'number') return v.value !== 0;
  return undefined;
}

export function asString(v: PValue | undefined): string | undefined {
  if (!v) return undefined;
  if (v.kind === 'string' || v.kind === 'date') return v.value;
  if (v.kind === 'number') return String(v.value);
  return undefined;
}
