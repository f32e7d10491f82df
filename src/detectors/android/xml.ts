// A small XML tree with positions, built with saxes, for manifests, network security configs
// and XML plists: every element and attribute keeps the line (and column) it was written on.
import { SaxesParser } from 'saxes';

export interface XmlAttr {
  value: string;
  line: number;
  column: number;
}

export interface XmlElement {
  name: string;
  attrs: Record<string, XmlAttr>;
  children: XmlElement[];
  text: string;
  line: number;
  column: number;
}

export type XmlParse = { ok: true; root: XmlElement } | { ok: false; message: string; line: number; column: number };

const STOP = new Error('stop');

/** Parses XML text into a positioned tree; never throws. Namespaces are kept as raw prefixes (`android:exported`). */
export function parseXml(text: string): XmlParse {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let error: { message: string; line: number; column: number } | undefined;
  const lines = lineIndex(text);
  let startLine = 1;
  let startCol = 1;
  parser.on('opentagstart', (tag) => {
    // The parser has read past `<name`: search back for it to place the element at its `<`.
    const at = searchBack(text, `<${tag.name}`, parser.position);
    [startLine, startCol] = at >= 0 ? lineCol(lines, at) : [parser.line, parser.column + 1];
  });
  parser.on('attribute', (attr) => {
    const at = searchBack(text, attr.name, parser.position);
    const [line, column] = at >= 0 ? lineCol(lines, at) : [parser.line, parser.column + 1];
    pendingAttrs[attr.name] = { value: attr.value, line, column };
  });
  let pendingAttrs: Record<string, XmlAttr> = {};
  parser.on('opentag', (tag) => {
    const el: XmlElement = { name: tag.name, attrs: pendingAttrs, children: [], text: '', line: startLine, column: startCol };
    pendingAttrs = {};
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else root ??= el;
    if (!tag.isSelfClosing) stack.push(el);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  parser.on('text', (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on('cdata', (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on('error', (e) => {
    if (!error) error = { message: e.message.replace(/^(?:[^:\n]*:)?\d+:\d+: /, ''), line: parser.line, column: parser.column + 1 };
    // Stop at the first error: saxes would go on and build an Error (with a stack) for every
    // later character of a broken file, which made a long malformed line cost seconds.
    throw STOP;
  });
  try {
    parser.write(text).close();
  } catch (e) {
    if (e !== STOP && !error) error = { message: (e as Error).message.replace(/^(?:[^:\n]*:)?\d+:\d+: /, ''), line: parser.line, column: parser.column + 1 };
  }
  if (error) return { ok: false, ...error };
  if (!root) return { ok: false, message: 'no root element', line: 1, column: 1 };
  return { ok: true, root };
}

/** How far back from the parser's position a name is looked for (a bounded cost per tag). */
const SEARCH_BACK = 8192;

/**
 * Where `needle` last starts before `position`, within SEARCH_BACK characters, else -1: the
 * parser's position can drift from the text's (it counts differently around lone surrogates),
 * and an unbounded search back from each tag made a malformed file quadratic.
 */
function searchBack(text: string, needle: string, position: number): number {
  const from = Math.max(0, position - SEARCH_BACK);
  const at = text.slice(from, position + needle.length).lastIndexOf(needle);
  return at < 0 ? -1 : from + at;
}

/** Children with a given name. */
export function kids(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

/** Offsets where each line starts, for offset → line/column. */
export function lineIndex(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of an offset. */
export function lineCol(starts: readonly number[], offset: number): [number, number] {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return [lo + 1, offset - (starts[lo] ?? 0) + 1];
}
