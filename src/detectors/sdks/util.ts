// Helpers shared by the format parsers: purls, positions, version classification.
import { LineCounter, isMap, isScalar, isPair, YAMLParseError, type Document, type Node, type Pair, type YAMLError } from 'yaml';
import { parseAllDocumentsBounded } from '../../core/yaml-bounded.js';
import type { Diagnostic } from '../../core/types.js';
import type { RepoFiles } from '../../repo/files.js';
import type { Ecosystem, Repository, Sighting, Unresolved, VendoredBinary } from './types.js';

/** What every parser writes into. */
export interface SdkContext {
  repo: RepoFiles;
  /** Files below the app folder. */
  files: readonly string[];
  sightings: Sighting[];
  repositories: Repository[];
  binaries: VendoredBinary[];
  unresolved: Unresolved[];
  diagnostics: Diagnostic[];
  /** Build-file references to vendored binaries: path (or dir + globs) → evidence. */
  binaryRefs: { dir: string; patterns: string[]; file: string; line: number }[];
}

export type Table = Record<string, unknown>;

/** Parsed JSON/TOML/JSON5 is untrusted: these check a value's type where a parser reads it. */
export const table = (v: unknown): Table | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? v as Table : undefined);
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export { basename, dirname, isGradleScript } from '../../repo/paths.js';

/** Joins and normalises a relative path (`a/b` + `../c` → `a/c`). Returns null when it leaves the root. */
export function joinPath(dir: string, rel: string): string | null {
  const parts = dir ? dir.split('/') : [];
  for (const seg of rel.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (!parts.length) return null;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join('/');
}

export function isAncestorOrSelf(dir: string, of: string): boolean {
  return dir === '' || of === dir || of.startsWith(`${dir}/`);
}

/** Reads a file; a read failure becomes a diagnostic (already located by RepoFiles). */
export function read(ctx: SdkContext, file: string, maxBytes?: number): string | null {
  const r = ctx.repo.readText(file, maxBytes);
  if (r.ok) return r.text;
  ctx.diagnostics.push(r.diagnostic);
  return null;
}

export function parseDiagnostic(file: string, what: string, detail: string, line?: number, column?: number): Diagnostic {
  const loc = line ? (column ? { file, line, column } : { file, line }) : { file };
  return {
    code: 'sdks/parse',
    severity: 'error',
    message: {
      en: `${file} could not be parsed as ${what}: ${detail}. Its dependencies are missing from the SDK inventory until it is fixed.`,
      'zh-CN': `${file} 无法按 \`${what}\` 格式解析：\`${detail}\`。修复之前，其中的依赖不会出现在组件清点结果中。`,
    },
    location: loc,
    subject: file,
  };
}

/** The line and column of a JSON.parse error (its message gives a character position). */
export function jsonErrorAt(text: string, message: string): { line?: number; column?: number } {
  const pos = /position (\d+)/.exec(message);
  if (!pos) return {};
  const at = Math.min(Number(pos[1]), text.length);
  const lines = new Lines(text.slice(0, at + 1));
  return { line: lines.line(at), column: lines.column(at) };
}

/** Line-start offsets, for offset → line lookups. */
export class Lines {
  private starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  line(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  /** Offset where a 1-based line starts (0 before the first). */
  start(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length) - 1)] ?? 0;
  }
  /** The text of a 1-based line (of `of`, a text with the same line breaks; by default this one). */
  lineText(line: number, of: string = this.text): string {
    const start = this.starts[line - 1];
    if (start === undefined) return '';
    const next = this.starts[line];
    return of.slice(start, next === undefined ? of.length : next - 1);
  }
  column(offset: number): number {
    return offset - (this.starts[this.line(offset) - 1] ?? 0) + 1;
  }
}

/** Key paths deeper than this get no line: every lockfile field the parsers read is far above it. */
const MAX_KEY_DEPTH = 32;

/**
 * Line of each JSON/JSON5 object key, by the path of keys leading to it (joined with NUL).
 * A small scanner: strings, comments and nesting are tracked; values are skipped.
 */
export function jsonKeyLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const stack: (string | null)[] = [];
  // The joined path of each open container (below the root), so that a key costs its own length.
  const prefixes: string[] = [];
  const kinds: ('{' | '[')[] = [];
  let line = 1;
  let pendingKey: string | null = null;
  let lastString: { value: string; line: number } | null = null;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === '\n') { line++; i++; continue; }
    if (c === '/' && text[i + 1] === '/') { while (i < n && text[i] !== '\n') i++; continue; }
    if (c === '/' && text[i + 1] === '*') {
      i += 2;
      while (i < n && !(text[i] === '*' && text[i + 1] === '/')) { if (text[i] === '\n') line++; i++; }
      i += 2;
      continue;
    }
    if (c === '"' || c === "'") {
      const startLine = line;
      let j = i + 1;
      let s = '';
      while (j < n && text[j] !== c) {
        if (text[j] === '\\') { s += text[j + 1] ?? ''; j += 2; continue; }
        if (text[j] === '\n') line++;
        s += text[j];
        j++;
      }
      lastString = { value: s, line: startLine };
      i = j + 1;
      continue;
    }
    if (/[A-Za-z_$]/.test(c) && kinds[kinds.length - 1] === '{') {
      // JSON5 unquoted key
      let j = i;
      while (j < n && /[\w$]/.test(text[j]!)) j++;
      lastString = { value: text.slice(i, j), line };
      i = j;
      continue;
    }
    if (c === ':' && kinds[kinds.length - 1] === '{' && lastString) {
      pendingKey = lastString.value;
      if (kinds.length <= MAX_KEY_DEPTH) {
        const path = (prefixes[prefixes.length - 1] ?? '') + pendingKey;
        if (!out.has(path)) out.set(path, lastString.line);
      }
      lastString = null;
      i++;
      continue;
    }
    if (c === '{' || c === '[') {
      const key = pendingKey ?? (kinds[kinds.length - 1] === '[' ? '[]' : null);
      stack.push(key);
      if (stack.length > 1 && kinds.length < MAX_KEY_DEPTH) prefixes.push(`${prefixes[prefixes.length - 1] ?? ''}${key ?? ''}\u0000`);
      else if (stack.length > 1) prefixes.push('');
      kinds.push(c);
      pendingKey = null;
      i++;
      continue;
    }
    if (c === '}' || c === ']') {
      if (stack.length > 1) prefixes.pop();
      stack.pop();
      kinds.pop();
      pendingKey = null;
      i++;
      continue;
    }
    if (c === ',') pendingKey = null;
    i++;
  }
  return out;
}

export function keyPath(...keys: string[]): string {
  return keys.join('\u0000');
}

/** Parses YAML with positions; errors become a located diagnostic. */
export function parseYaml(ctx: SdkContext, file: string, text: string, what: string): { doc: Document; lc: LineCounter } | null {
  const lc = new LineCounter();
  let doc: Document;
  try {
    const docs = parseAllDocumentsBounded(text, YAML_OPTIONS(lc));
    if (!docs[0]) return null;
    doc = docs[0];
    // One document expected (as parseDocument): a second one is an error at its start.
    if (docs[1] && !doc.errors.length) doc.errors.push(new YAMLParseError([docs[1].range[0], docs[1].range[0] + 1], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
  } catch (e) {
    ctx.diagnostics.push(yamlCrashDiagnostic(file, what, e));
    return null;
  }
  if (doc.errors.length) {
    ctx.diagnostics.push(yamlErrorDiagnostic(file, what, doc.errors[0]!, lc));
    return null;
  }
  return { doc, lc };
}

/**
 * Options for every lockfile/pubspec YAML: plain error messages (pretty ones copy the whole
 * context line into each error: quadratic on a long line with thousands of errors).
 */
export const YAML_OPTIONS = (lineCounter: LineCounter) => ({ lineCounter, uniqueKeys: false, strict: false, prettyErrors: false });

/** The YAML library itself threw (its recursion overflows on input nested thousands of levels). */
export function yamlCrashDiagnostic(file: string, what: string, e: unknown): Diagnostic {
  return parseDiagnostic(file, what, e instanceof RangeError ? 'nested too deeply' : String((e as Error)?.message ?? e));
}

/** The first YAML error of a file, located through the line counter. */
export function yamlErrorDiagnostic(file: string, what: string, e: YAMLError, lc: LineCounter): Diagnostic {
  const pos = lc.linePos(e.pos[0]);
  // The YAML library reports its own stack overflow as an error at the place it reached.
  const detail = /call stack/i.test(e.message) ? 'nested too deeply' : e.message.split('\n')[0] ?? e.message;
  return parseDiagnostic(file, what, detail, pos.line, pos.col);
}

/** Entries of a YAML map node with the line of each key. */
export function yamlEntries(node: unknown, lc: LineCounter): { key: string; value: Node | null; line: number }[] {
  if (!isMap(node)) return [];
  const out: { key: string; value: Node | null; line: number }[] = [];
  for (const item of node.items as Pair[]) {
    if (!isPair(item)) continue;
    const k = item.key;
    const key = isScalar(k) ? String(k.value) : String(k);
    const off = isScalar(k) && k.range ? k.range[0] : 0;
    out.push({ key, value: (item.value as Node | null) ?? null, line: lc.linePos(off).line });
  }
  return out;
}

export function yamlGet(node: unknown, key: string): Node | null {
  if (!isMap(node)) return null;
  for (const item of node.items as Pair[]) {
    const k = item.key;
    if ((isScalar(k) ? String(k.value) : String(k)) === key) return (item.value as Node | null) ?? null;
  }
  return null;
}

export function yamlString(node: unknown): string | undefined {
  if (isScalar(node) && node.value !== null && node.value !== undefined) return String(node.value);
  return undefined;
}

// ---- purls -------------------------------------------------------------------------------

function enc(s: string): string {
  // A lone surrogate (from a `\ud800` escape in a lockfile) would make encodeURIComponent throw.
  const wellFormed = s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  return encodeURIComponent(wellFormed).replace(/%3A/gi, ':');
}

const PURL_TYPE: Record<Ecosystem, string> = {
  maven: 'maven', cocoapods: 'cocoapods', swift: 'swift', carthage: 'github', pub: 'pub', npm: 'npm', ohpm: 'ohpm', cargo: 'cargo', file: 'generic', native: 'generic',
};

/** Builds a package URL (purl-spec); `version` undefined or 'unresolved' → no `@version`. */
export function purl(eco: Ecosystem, group: string | undefined, name: string, version?: string, subpath?: string): string {
  let type = PURL_TYPE[eco];
  if (eco === 'carthage' && !group) type = 'generic';
  const ns = group ? `${group.split('/').map(enc).join('/')}/` : '';
  const v = version && version !== 'unresolved' ? `@${enc(version)}` : '';
  const sp = subpath ? `#${subpath.split('/').map(enc).join('/')}` : '';
  return `pkg:${type}/${ns}${enc(name)}${v}${sp}`;
}

/** Splits an npm/ohpm name into scope and name: `@ohos/axios` → ['@ohos', 'axios']. */
export function splitScoped(full: string): { group?: string; name: string } {
  if (full.startsWith('@') && full.includes('/')) {
    const i = full.indexOf('/');
    return { group: full.slice(0, i), name: full.slice(i + 1) };
  }
  return { name: full };
}

/** Gradle: a version the build may resolve differently tomorrow. */
export function gradleDynamic(v: string): boolean {
  return /\+|^latest\.|^[[(\]]|[\])]$|,|-SNAPSHOT$/i.test(v.trim());
}

/** npm/ohpm semver spec: anything but an exact version may move without a lockfile. */
export function semverRangeDynamic(spec: string): boolean {
  const s = spec.trim();
  if (/^(file|link|workspace|portal|patch):/.test(s)) return false;
  if (/^v?=?\d+\.\d+\.\d+([-+][\w.+-]*)?$/.test(s)) return false;
  if (/^(git|git\+\w+|github):|\.git(#|$)|^[\w-]+\/[\w.-]+(#.*)?$/.test(s)) return !/#[0-9a-f]{40}$/.test(s);
  if (/^npm:/.test(s)) return semverRangeDynamic(s.replace(/^npm:[^@]+@/, '').replace(/^npm:/, ''));
  return true;
}

export function isSha(s: string | undefined): boolean {
  return !!s && /^[0-9a-f]{40}$/i.test(s);
}
