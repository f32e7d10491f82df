// Source-text helpers for the privacy scan: the code of a file with comments and string contents
// blanked (same length, line breaks kept, so offsets still map to lines and columns), and the
// class and function a use sits in, found by walking back over braces. Heuristics, not parsers:
// a string never spans a line unless it is a triple-quoted or template literal, so a lexing slip
// costs one line, never the rest of the file.

const SP = 32;

/** The text with comments and the contents of string literals replaced by spaces. */
export function blankNonCode(s: string): string {
  const out = Buffer.from(s, 'latin1');
  const n = s.length;
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== 10 && out[k] !== 13) out[k] = SP;
  };
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 47 /* / */) {
      const d = s.charCodeAt(i + 1);
      if (d === 47) { const e = s.indexOf('\n', i); const end = e < 0 ? n : e; blank(i, end); i = end; continue; }
      if (d === 42) { const e = s.indexOf('*/', i + 2); const end = e < 0 ? n : e + 2; blank(i, end); i = end; continue; }
      i++;
      continue;
    }
    if (c === 34 /* " */ || c === 39 /* ' */ || c === 96 /* ` */) {
      const q = s[i]!;
      if (c !== 96 && s.startsWith(q + q + q, i)) {
        const e = s.indexOf(q + q + q, i + 3);
        const end = e < 0 ? n : e + 3;
        blank(i + 3, end - 3 >= i + 3 ? end - 3 : end);
        i = end;
        continue;
      }
      let j = i + 1;
      while (j < n) {
        const d = s.charCodeAt(j);
        if (d === 92 /* \ */) { j += 2; continue; }
        if (d === c) break;
        if (d === 10 && c !== 96) break;
        j++;
      }
      blank(i + 1, Math.min(j, n));
      i = j + 1;
      continue;
    }
    i++;
  }
  return out.toString('latin1');
}

export interface Enclosing {
  cls?: string;
  /** The class's header (`class App : Application()`), for startup detection. */
  clsHeader?: string;
  fn?: string;
  /** The function's header and the offset of its opening brace. */
  fnHeader?: string;
  fnOpen?: number;
}

const KEYWORDS = new Set(['if', 'for', 'while', 'switch', 'catch', 'synchronized', 'when', 'guard', 'else', 'do', 'try', 'return', 'with', 'foreach', 'forEach', 'let', 'run', 'apply', 'also', 'map', 'then', 'async', 'init']);
const CLASS_RE = /\b(?:class|object|struct|extension|interface|enum|mixin|@implementation|@interface)\s+([A-Za-z_$][\w$]*)/;
const FN_RES = [
  /\b(?:fun|func|function)\s+(?:<[^>]*>\s*)?(?:[\w$.]+\.)?([A-Za-z_$][\w$]*)/,
  /(?:^|\s)[-+]\s*\([^)]*\)\s*([A-Za-z_]\w*)/, // Objective-C method
  /([A-Za-z_$][\w$]*)\s*\([^()]*(?:\([^()]*\)[^()]*)*\)\s*(?:throws\s+[\w.,\s]+|async\*?|sync\*|const|override|:\s*[\w$<>[\]|.,?\s]+|->\s*[\w$<>[\]?.,\s]+)?\s*$/,
  /(?:^|[^\w$.])([A-Za-z_$][\w$]*)\s*(?::\s*[^=]+?)?=\s*(?:async\s*)?(?:\([^()]*\)|[A-Za-z_$][\w$]*)\s*(?::\s*[^=]+)?=>\s*$/, // const f: T = () => {
  /^\s*(?:(?:static|async|get|set|public|private|protected|override)\s+)*([A-Za-z_$][\w$]*)\s*$/, // getters
];

/** Which declaration shapes a language has (Kotlin and Swift declare with `fun`/`func` only). */
function fnShapes(ext: string): readonly RegExp[] {
  switch (ext) {
    case 'kt': case 'swift': return [FN_RES[0]!];
    case 'm': case 'mm': return [FN_RES[1]!, FN_RES[2]!];
    case 'java': return [FN_RES[2]!];
    default: return FN_RES;
  }
}

/** Finds the nearest enclosing function and class of an offset in blanked code (within 64 KiB). */
export function enclosingOf(code: string, offset: number, ext: string): Enclosing {
  const shapes = fnShapes(ext);
  const out: Enclosing = {};
  let depth = 0;
  const stop = Math.max(0, offset - 65536);
  for (let i = offset - 1; i >= stop; i--) {
    const c = code.charCodeAt(i);
    if (c === 125 /* } */) { depth++; continue; }
    if (c !== 123 /* { */) continue;
    if (depth > 0) { depth--; continue; }
    const header = headerBefore(code, i);
    if (!out.fn && !out.cls) {
      const fn = functionName(header, shapes);
      if (fn) { out.fn = fn; out.fnHeader = header; out.fnOpen = i; continue; }
    }
    const cls = CLASS_RE.exec(header);
    if (cls) { out.cls = cls[1]; out.clsHeader = header; break; }
  }
  if (!out.cls) {
    // Objective-C: methods sit between @implementation and @end, without braces around them.
    const impl = code.lastIndexOf('@implementation', offset);
    if (impl >= 0 && code.lastIndexOf('@end', offset) < impl) {
      const m = /@implementation\s+(\w+)/.exec(code.slice(impl, impl + 200));
      if (m) out.cls = m[1];
    }
  }
  return out;
}

function headerBefore(code: string, open: number): string {
  let j = open - 1;
  const min = Math.max(0, open - 400);
  let paren = 0;
  for (; j >= min; j--) {
    const c = code.charCodeAt(j);
    if (c === 41) paren++;
    else if (c === 40) paren--;
    else if (paren === 0 && (c === 59 || c === 123 || c === 125)) break;
  }
  return code.slice(j + 1, open).replace(/\s+/g, ' ').trim();
}

function functionName(header: string, shapes: readonly RegExp[]): string | undefined {
  for (const re of shapes) {
    const m = re.exec(header);
    if (m && !KEYWORDS.has(m[1]!)) {
      const before = header.slice(0, m.index + m[0].indexOf(m[1]!));
      // A call with a trailing block (`view.post(r) {`, `launch(IO) {`) is no declaration: a
      // declaration's name follows a type, a modifier or nothing.
      if (re === FN_RES[2] && (/\.\s*$/.test(before) || (before.trim() !== '' && !/[\w$>\]?*]\s+$/.test(before)))) return undefined;
      // `} else if (x) {`, `new Foo() {`, `x.forEach((a) => {`: not declarations.
      if (/(?:^|[^\w$])(?:new|return|await|throw)\s+[\w$.]*$/.test(before)) return undefined;
      if (/[=(,]\s*$/.test(header.slice(0, m.index)) && re !== FN_RES[3]) return undefined;
      return m[1];
    }
  }
  return undefined;
}
