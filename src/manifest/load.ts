// Reads `mobile-app.yaml` into plain JSON plus a pointer → position map, so that every
// problem (YAML syntax, schema, policy rule) is reported at the line and column it is about.
// Nothing here throws: every problem is a located Diagnostic with code `manifest/*`.
import { isAlias, isMap, isScalar, isSeq, LineCounter, type Document, type Node } from 'yaml';
import { parseAllDocumentsBounded } from '../core/yaml-bounded.js';
import type { Diagnostic, Localized, Location } from '../core/types.js';
import type { RepoFiles } from '../repo/files.js';
import { API_VERSION, fieldName, msg } from './messages.js';
import type { LoadedManifest, ManifestData } from './types.js';
import { validateManifest } from './validate.js';
import { withinFileBudget } from '../repo/budget.js';
import { dirname } from '../repo/paths.js';

/** A loaded manifest that can also point at the key of a field (for unknown-key findings). */
export interface ParsedManifest extends LoadedManifest {
  /** Like `locate`, but for a mapping entry the place of its key rather than of its value. */
  locateKey(pointer: string): Location;
}

/** Keys that must never become object properties (prototype pollution); reported as unknown. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Nodes produced by expanding aliases, in total: far above any real manifest, far below a bomb. */
export const MAX_ALIAS_NODES = 10_000;
/** YAML errors and warnings listed per manifest; the rest are counted in one more finding. */
export const MAX_PARSE_PROBLEMS = 50;
/** Nesting depth at which the file stops looking like a manifest. */
export const MAX_DEPTH = 200;
/**
 * Bytes above which a file is not parsed as a manifest. A drafted manifest of a large app is under
 * 100 KB; the YAML library needs about 100 bytes of memory per byte it parses, so this bound keeps
 * a check of any manifest under 300 MB (issue 16).
 */
export const MAX_MANIFEST_BYTES = 1024 * 1024;

const ARTICLES = [2];

type Range = readonly [number, number];
interface Place {
  /** Range of the key, for mapping entries. */
  key?: Range;
  /** Range of the value (for aliases: of the alias). */
  value: Range;
  /** The value is a collection written in block style (spans lines below its key). */
  block: boolean;
}

/** Escapes one JSON pointer segment (RFC 6901). */
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Splits a JSON pointer into unescaped segments ('' → []). */
export function splitPointer(pointer: string): string[] {
  if (!pointer || pointer === '/') return pointer === '/' ? [''] : [];
  const body = pointer.startsWith('/') ? pointer.slice(1) : pointer;
  return body.split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Normalises a pointer: accepts `#/a/b`, `/a/b`, `a/b`, and returns the canonical `/a/b`. */
function normalizePointer(pointer: string): string {
  let p = pointer;
  if (p.startsWith('#')) {
    try {
      p = decodeURIComponent(p.slice(1));
    } catch {
      p = p.slice(1);
    }
  }
  if (p && !p.startsWith('/')) p = '/' + p;
  return p;
}

class Abort {
  constructor(readonly kind: 'alias' | 'depth', readonly at: Range) {}
}

/** Posix dirname of a repo-relative manifest path; the root (and `.github/`) give ''. */
export function appDirOf(file: string): string {
  const dir = dirname(file);
  return dir === '.github' ? '' : dir;
}

/** The diagnostic for a repository (or app folder) without any manifest. */
export function missingManifestDiagnostic(dir: string): Diagnostic {
  const file = dir ? `${dir.replace(/\/+$/, '')}/mobile-app.yaml` : 'mobile-app.yaml';
  return {
    code: 'manifest/missing',
    severity: 'error',
    message: msg.missing(file),
    location: { file: dir || 'mobile-app.yaml' },
    subject: file,
    articles: ARTICLES,
  };
}

/** Reads and parses a manifest from the repository; a read failure is a diagnostic. */
export function loadManifest(repo: RepoFiles, file: string): ParsedManifest {
  let read: ReturnType<RepoFiles['readText']>;
  try {
    read = repo.readText(file);
  } catch (e) {
    read = { ok: false, diagnostic: { code: 'repo/unreadable', severity: 'error', message: { en: String((e as Error).message), 'zh-CN': String((e as Error).message) }, location: { file } } };
  }
  if (read.ok) {
    const diagnostics: Diagnostic[] = [];
    const text = read.text;
    return withinFileBudget(file, diagnostics, () => parseManifest(file, text)) ?? unparsed(file, diagnostics);
  }
  const d = read.diagnostic;
  return unparsed(file, [{
    code: 'manifest/unreadable',
    severity: 'error',
    message: msg.unreadable(file, d.message),
    location: { ...d.location, file },
    subject: file,
    articles: ARTICLES,
  }]);
}

function unparsed(file: string, diagnostics: Diagnostic[]): ParsedManifest {
  const at = (): Location => ({ file });
  return { file, appDir: appDirOf(file), data: undefined, diagnostics, locate: at, locateKey: at };
}

/** Parses manifest text. `file` is the repo-relative path used in every location. */
export function parseManifest(file: string, text: string): ParsedManifest {
  // Characters never outnumber UTF-8 bytes: counting bytes is needed only near the limit.
  const bytes = text.length * 3 > MAX_MANIFEST_BYTES ? Buffer.byteLength(text) : 0;
  if (bytes > MAX_MANIFEST_BYTES) {
    const kib = (n: number) => Math.ceil(n / 1024).toLocaleString('en');
    return unparsed(file, [{ code: 'manifest/unreadable', severity: 'error', message: msg.tooLarge(kib(bytes), kib(MAX_MANIFEST_BYTES)), location: { file, line: 1, column: 1 }, subject: file, articles: ARTICLES }]);
  }
  try {
    return parseUnsafe(file, text);
  } catch (e) {
    // A bug or a pathological input inside the YAML library: still a finding, never a crash.
    const detail = e instanceof RangeError ? 'the document is too deeply nested' : String((e as Error)?.message ?? e);
    return unparsed(file, [{ code: 'manifest/parse', severity: 'error', message: msg.crashed(detail), location: { file, line: 1, column: 1 }, subject: 'manifest/parse', articles: ARTICLES }]);
  }
}

function parseUnsafe(file: string, text: string): ParsedManifest {
  const lineCounter = new LineCounter();
  const parsed = parseAllDocumentsBounded(text, {
    lineCounter,
    version: '1.2',
    schema: 'core',
    merge: false,
    // Duplicates are reported by the builder below, with the key's exact place.
    uniqueKeys: false,
    // `!!binary`, `!!timestamp`, `!!set`...: not JSON, so unresolved (a warning) and kept as text.
    resolveKnownTags: false,
    // Plain messages: pretty ones copy the context line into every error, and a long line with
    // thousands of errors made that quadratic. Positions come from the line counter instead.
    prettyErrors: false,
    strict: true,
    intAsBigInt: false,
  });
  const docs: Document.Parsed[] = Array.isArray(parsed) ? parsed : [];
  // The closures below outlive the parse (result.locate): they must not hold the documents (tens of MB for a large file).
  const anyDocument = docs.length > 0;
  const places = new Map<string, Place>();
  const diagnostics: Diagnostic[] = [];

  const pos = (offset: number): { line: number; column: number } => {
    const lp = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
    return { line: lp.line, column: lp.col };
  };
  const rangeLoc = (r: Range): Location => {
    // Block collections end where the next line starts: end the range on its last character.
    let end = Math.max(r[0], Math.min(r[1], text.length));
    while (end > r[0] && /\s/.test(text[end - 1] ?? '')) end--;
    const s = pos(r[0]);
    const e = pos(end);
    return { file, line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  };
  const diag = (code: string, message: Localized, r: Range | undefined, subject: string): Diagnostic => ({
    code, severity: 'error', message, location: r ? rangeLoc(r) : { file, line: 1, column: 1 }, subject, articles: ARTICLES,
  });

  const locateWith = (pointer: string, preferKey: boolean): Location => {
    const segs = splitPointer(normalizePointer(pointer));
    for (let n = segs.length; n >= 0; n--) {
      const p = n === 0 ? '' : '/' + segs.slice(0, n).map(escapePointer).join('/');
      const place = places.get(p);
      if (!place) continue;
      if (place.key && (preferKey || n < segs.length)) {
        // The field itself (for unknown keys), or the ancestor of something absent: its key line.
        return rangeLoc(place.key);
      }
      if (place.key && place.block) {
        // A block mapping or list under a key: from the key to the end of the block.
        const loc = rangeLoc([place.key[0], place.value[1]]);
        return loc;
      }
      return rangeLoc(place.value);
    }
    return anyDocument ? rangeLoc([0, 0]) : { file };
  };

  const result: ParsedManifest = {
    file,
    appDir: appDirOf(file),
    data: undefined,
    diagnostics,
    locate: (p) => locateWith(p, false),
    locateKey: (p) => locateWith(p, true),
  };

  // 1. YAML syntax errors and warnings, exactly where the library found them.
  const doc = docs[0];
  let broken = false;
  for (const d of docs.slice(0, 1)) {
    broken = d.errors.length > 0;
    for (const err of d.errors.slice(0, MAX_PARSE_PROBLEMS)) {
      diagnostics.push(diag('manifest/parse', msg.parse(firstLine(err.message)), err.pos, `manifest/parse:${err.code}`));
    }
    const room = Math.max(0, MAX_PARSE_PROBLEMS - d.errors.length);
    for (const w of d.warnings.slice(0, room)) {
      // Unresolved tags and the like: the value is kept as text, and the use is reported.
      diagnostics.push(diag('manifest/parse', msg.parseWarning(firstLine(w.message)), w.pos, `manifest/parse:${w.code}:${text.slice(w.pos[0], Math.min(w.pos[1], w.pos[0] + 200))}`));
    }
    const more = d.errors.length + d.warnings.length - MAX_PARSE_PROBLEMS;
    if (more > 0) {
      const last = (d.errors[MAX_PARSE_PROBLEMS] ?? d.warnings[room])!;
      diagnostics.push(diag('manifest/parse', msg.moreParseErrors(more), last.pos, 'manifest/parse:more'));
    }
  }
  // Extra documents: reported once, at the start of the second one, when they hold anything.
  const extra = docs.slice(1).find((d) => d.contents !== null || d.errors.length > 0);
  if (extra) {
    const start = extra.range[0];
    diagnostics.push(diag('manifest/multiple-documents', msg.multipleDocuments(), [start, start], 'manifest/multiple-documents'));
  }
  if (broken) return finish(result);

  // 2. Empty or non-mapping documents.
  if (!doc || doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null && doc.contents.range[0] === doc.contents.range[1])) {
    diagnostics.push(diag('manifest/empty', msg.empty(), undefined, 'manifest/empty'));
    result.locate = result.locateKey = () => ({ file, line: 1, column: 1 });
    return finish(result);
  }
  if (!isMap(doc.contents)) {
    const contents = doc.contents as Node;
    diagnostics.push(diag('manifest/not-mapping', msg.notMapping(isSeq(contents) ? 'a list' : 'a single value'), rangeOf(contents), 'manifest/not-mapping'));
    return finish(result);
  }

  // 3. Plain JSON with a position for every pointer; aliases expanded under a budget.
  let data: ManifestData;
  try {
    data = new Builder(doc, places, diagnostics, diag).build();
  } catch (e) {
    if (!(e instanceof Abort)) throw e;
    places.clear();
    diagnostics.push(diag(e.kind === 'alias' ? 'manifest/alias-limit' : 'manifest/parse', e.kind === 'alias' ? msg.aliasLimit() : msg.tooDeep(), e.at, e.kind === 'alias' ? 'manifest/alias-limit' : 'manifest/parse'));
    places.set('', { value: [0, 0], block: false });
    return finish(result);
  }
  result.data = data;

  // 4. apiVersion, then the schema and TODO placeholders (only for a version this build knows).
  const version = data.apiVersion;
  if (version === undefined) {
    diagnostics.push(diag('manifest/api-version', msg.apiVersionMissing(), [0, 0], 'manifest/api-version'));
  } else if (version !== API_VERSION) {
    diagnostics.push({ ...diag('manifest/api-version', msg.apiVersionUnknown(version), undefined, 'manifest/api-version'), location: result.locate('/apiVersion') });
    return finish(result);
  }
  diagnostics.push(...validateManifest(data, { file, locate: result.locate, locateKey: result.locateKey, source: (p) => sourceOf(places, text, p) }));
  return finish(result);
}

function sourceOf(places: Map<string, Place>, text: string, pointer: string): string | undefined {
  const place = places.get(pointer);
  return place ? text.slice(place.value[0], place.value[1]) : undefined;
}

function rangeOf(node: Node): Range {
  const r = node.range;
  return r ? [r[0], r[1]] : [0, 0];
}

function firstLine(s: string): string {
  return (s.split('\n')[0] ?? s).replace(/ at line \d+, column \d+:?\s*$/, '').trim();
}

function finish(m: ParsedManifest): ParsedManifest {
  m.diagnostics.sort((a, b) =>
    (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return m;
}

type DiagFn = (code: string, message: Localized, r: Range | undefined, subject: string) => Diagnostic;

/** Turns the YAML node tree into plain JSON, recording where each pointer is written. */
class Builder {
  private aliasNodes = 0;
  private readonly resolved = new Map<unknown, Node | undefined>();
  private readonly expanding = new Set<Node>();

  constructor(
    private readonly doc: Document.Parsed,
    private readonly places: Map<string, Place>,
    private readonly diagnostics: Diagnostic[],
    private readonly diag: DiagFn,
  ) {}

  build(): ManifestData {
    const root = this.doc.contents as Node;
    return this.value(root, '', undefined, undefined, 0) as ManifestData;
  }

  /**
   * @param viaAlias the alias node through which this value is reached: positions of
   *   everything inside an expansion point at the alias, which is where the reader sees it.
   */
  private value(node: Node | null, pointer: string, key: Range | undefined, viaAlias: Range | undefined, depth: number): unknown {
    if (depth > MAX_DEPTH) throw new Abort('depth', node ? rangeOf(node) : key ?? [0, 0]);
    if (viaAlias && ++this.aliasNodes > MAX_ALIAS_NODES) throw new Abort('alias', viaAlias);
    if (node === null) {
      // `field:` with nothing after it: null, located at its key.
      const r = viaAlias ?? key ?? [0, 0];
      this.places.set(pointer, { key, value: r, block: false });
      return null;
    }
    const own = rangeOf(node);
    if (isAlias(node)) {
      let target = this.resolved.get(node);
      if (!this.resolved.has(node)) {
        target = node.resolve(this.doc) as Node | undefined;
        this.resolved.set(node, target);
      }
      if (!target || this.expanding.has(target)) throw new Abort('alias', own);
      this.expanding.add(target);
      try {
        const v = this.value(target, pointer, key, viaAlias ?? [own[0], own[1]], depth + 1);
        // The field is where the alias is written.
        this.places.set(pointer, { key, value: viaAlias ?? [own[0], own[1]], block: false });
        return v;
      } finally {
        this.expanding.delete(target);
      }
    }
    const where: Range = viaAlias ?? [own[0], own[1]];
    if (isMap(node)) {
      const block = !viaAlias && !node.flow;
      if (!viaAlias || !this.places.has(pointer)) this.places.set(pointer, { key, value: where, block });
      const obj: Record<string, unknown> = {};
      for (const pair of node.items) {
        const k = pair.key as Node | null;
        if (!isScalar(k)) {
          const r = k ? rangeOf(k) : where;
          this.diagnostics.push(this.diag('manifest/schema', msg.complexKey(fieldName(pointer)), viaAlias ?? r, `complex-key:${pointer}`));
          continue;
        }
        const name = k.value === null ? '' : String(k.value);
        const keyRange: Range = viaAlias ?? rangeOf(k);
        const child = `${pointer}/${escapePointer(name)}`;
        if (RESERVED_KEYS.has(name)) {
          if (!viaAlias) this.places.set(child, { key: keyRange, value: keyRange, block: false });
          const d = this.diag('manifest/unknown-key', msg.reservedKey(fieldName(child), name), keyRange, child);
          this.diagnostics.push(d);
          continue;
        }
        if (Object.prototype.hasOwnProperty.call(obj, name)) {
          // YAML forbids duplicate keys; the first one wins, the second is reported where it is.
          this.diagnostics.push(this.diag('manifest/duplicate-key', msg.duplicateKey(fieldName(child)), keyRange, `duplicate:${child}`));
          continue;
        }
        const v = this.value(pair.value as Node | null, child, keyRange, viaAlias, depth + 1);
        Object.defineProperty(obj, name, { value: v, enumerable: true, writable: true, configurable: true });
      }
      return obj;
    }
    if (isSeq(node)) {
      const block = !viaAlias && !node.flow;
      if (!viaAlias || !this.places.has(pointer)) this.places.set(pointer, { key, value: where, block });
      const arr: unknown[] = [];
      node.items.forEach((item, i) => {
        arr.push(this.value(item as Node | null, `${pointer}/${i}`, undefined, viaAlias, depth + 1));
      });
      return arr;
    }
    if (isScalar(node)) {
      // `field:` with nothing after it is a null scalar of zero width: place it at its key.
      const at: Range = node.value === null && where[0] === where[1] && key ? key : where;
      if (!viaAlias || !this.places.has(pointer)) this.places.set(pointer, { key, value: at, block: false });
      return jsonScalar(node.value, node.source);
    }
    this.places.set(pointer, { key, value: where, block: false });
    return null;
  }
}

/** Keeps scalars JSON: strings, finite numbers, booleans, null. Anything else becomes its text. */
function jsonScalar(value: unknown, source: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(source ?? value);
  if (typeof value === 'bigint') return Number(value);
  return typeof source === 'string' ? source : String(value);
}
