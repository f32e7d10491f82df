// YAML documents with their positions kept: pack files, rule files and pack test inputs.
// Values become plain JSON (dates stay strings); JSON pointers resolve to file:line:column.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Location } from '../core/types.js';

export interface YamlSource {
  /** Display path of the file (what locations name). */
  file: string;
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
  /** Plain JSON value of the document (undefined when it has errors). */
  value: unknown;
  /** First parse error, located. */
  error?: { message: string; location: Location };
}

const MAX_ALIAS_COUNT = 1000;

export function parseYamlSource(file: string, text: string): YamlSource {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, schema: 'core', merge: false });
  const src: YamlSource = { file, text, doc, lines, value: undefined };
  const first = doc.errors[0];
  if (first) {
    const pos = lines.linePos(first.pos[0]);
    src.error = { message: first.message.split('\n')[0] ?? first.message, location: { file, line: pos.line, column: pos.col } };
    return src;
  }
  try {
    src.value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    src.error = { message: (e as Error).message, location: { file, line: 1, column: 1 } };
  }
  return src;
}

export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function splitPointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The YAML node at a pointer, or the nearest present ancestor (with the key node when the last step is a map key). */
export function nodeAt(src: YamlSource, pointer: string): { node: Node | null; keyNode?: Node; exact: boolean } {
  let node: unknown = src.doc.contents;
  let keyNode: Node | undefined;
  const segments = splitPointer(pointer);
  for (const seg of segments) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === seg);
      if (!pair) return { node: (keyNode ?? node) as Node, exact: false };
      keyNode = pair.key as Node;
      node = pair.value;
      if (node == null) return { node: keyNode, exact: false };
    } else if (isSeq(node)) {
      const i = Number(seg);
      const item = Number.isInteger(i) ? node.items[i] : undefined;
      if (item == null) return { node: node as Node, exact: false };
      keyNode = undefined;
      node = item;
    } else {
      return { node: (keyNode ?? node) as Node | null, exact: false };
    }
  }
  return { node: node as Node | null, keyNode, exact: true };
}

/** file:line:column of a pointer: the key of the value when there is one (what an editor should jump to). */
export function locatePointer(src: YamlSource, pointer: string): Location {
  const { node, keyNode } = nodeAt(src, pointer);
  const target = keyNode ?? node;
  const offset = target?.range?.[0];
  if (offset === undefined) return { file: src.file, line: 1, column: 1 };
  const pos = src.lines.linePos(offset);
  return { file: src.file, line: pos.line, column: pos.col };
}

/** Location of the value (not the key) at a pointer, plus the source offsets: used to map CEL error offsets. */
export function valueSpan(src: YamlSource, pointer: string): { start: number; end: number; type?: string } | undefined {
  const { node, exact } = nodeAt(src, pointer);
  if (!exact || !node?.range) return undefined;
  return { start: node.range[0], end: node.range[1], type: isScalar(node) ? String(node.type) : undefined };
}

/**
 * Maps an offset inside a scalar's string value to file:line:column. Exact for plain and quoted
 * one-line scalars and for block literals (`|`); approximate (the value's start) otherwise.
 */
export function locateInScalar(src: YamlSource, pointer: string, offsetInValue: number | undefined): Location {
  const span = valueSpan(src, pointer);
  if (!span) return locatePointer(src, pointer);
  const start = src.lines.linePos(span.start);
  const at = (line: number, col: number): Location => ({ file: src.file, line, column: col });
  if (offsetInValue === undefined || offsetInValue < 0) return at(start.line, start.col);
  const raw = src.text.slice(span.start, span.end);
  if (span.type === 'PLAIN' || span.type === 'QUOTE_DOUBLE' || span.type === 'QUOTE_SINGLE') {
    if (raw.includes('\n')) return at(start.line, start.col);
    const quote = span.type === 'PLAIN' ? 0 : 1;
    return at(start.line, start.col + quote + offsetInValue);
  }
  if (span.type === 'BLOCK_LITERAL') {
    // Header line (`|`), then content lines with a common indentation.
    const bodyStart = raw.indexOf('\n') + 1;
    const body = raw.slice(bodyStart);
    const indent = /^( *)/.exec(body)?.[1]?.length ?? 0;
    const before = body.split('\n').map((l) => l.slice(indent)).join('\n').slice(0, offsetInValue);
    const lineInValue = before.split('\n').length - 1;
    const colInValue = before.length - (before.lastIndexOf('\n') + 1);
    return at(start.line + 1 + lineInValue, indent + 1 + colInValue);
  }
  return at(start.line, start.col);
}
