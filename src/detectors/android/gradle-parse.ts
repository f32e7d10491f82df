// A tolerant reader of Gradle build scripts (Groovy and Kotlin DSL): statements and blocks with
// positions. It never evaluates anything; it only recognises the shapes build files are written in.

export interface Tok {
  t: 'id' | 'str' | 'num' | 'p';
  v: string;
  /** For strings: the raw source text including quotes. */
  raw?: string;
  line: number;
  column: number;
  /** Whitespace precedes the token in the source (for rebuilding expression text). */
  sp?: boolean;
}

export interface Stmt {
  head: Tok[];
  body?: Stmt[];
  line: number;
  column: number;
}

export function tokenize(src: string): (Tok | 'nl')[] {
  const out: (Tok | 'nl')[] = [];
  let line = 1;
  let lineStart = 0;
  const n = src.length;
  let i = 0;
  const col = (at: number) => at - lineStart + 1;
  let lastEnd = -1;
  const push = (t: Tok, start: number, end: number) => {
    if (start > lastEnd && lastEnd >= 0) t.sp = true;
    out.push(t);
    lastEnd = end;
  };
  while (i < n) {
    const c = src[i]!;
    if (c === '\n') { out.push('nl'); i++; line++; lineStart = i; continue; }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f') { i++; continue; }
    if (c === '\\' && src[i + 1] === '\n') { i += 2; line++; lineStart = i; continue; }
    if (c === '/' && src[i + 1] === '/') { while (i < n && src[i] !== '\n') i++; continue; }
    if (c === '/' && src[i + 1] === '*') {
      i += 2;
      while (i < n && !(src[i] === '*' && src[i + 1] === '/')) { if (src[i] === '\n') { line++; lineStart = i + 1; } i++; }
      i += 2;
      continue;
    }
    if (c === '"' || c === "'") {
      const startLine = line;
      const startCol = col(i);
      const triple = src.startsWith(c.repeat(3), i);
      const q = triple ? c.repeat(3) : c;
      let j = i + q.length;
      let v = '';
      while (j < n && !src.startsWith(q, j)) {
        if (src[j] === '\\' && j + 1 < n) { v += src[j + 1]; j += 2; continue; }
        if (src[j] === '\n') { if (!triple) break; line++; lineStart = j + 1; }
        v += src[j];
        j++;
      }
      const end = Math.min(n, j + q.length);
      push({ t: 'str', v, raw: src.slice(i, end), line: startLine, column: startCol }, i, end);
      i = end;
      continue;
    }
    if (/[A-Za-z_$]/.test(c)) {
      let j = i + 1;
      while (j < n && /[\w$]/.test(src[j]!)) j++;
      push({ t: 'id', v: src.slice(i, j), line, column: col(i) }, i, j);
      i = j;
      continue;
    }
    if (/[0-9]/.test(c)) {
      let j = i + 1;
      while (j < n && /[\w.]/.test(src[j]!) && !(src[j] === '.' && !/[0-9]/.test(src[j + 1] ?? ''))) j++;
      push({ t: 'num', v: src.slice(i, j), line, column: col(i) }, i, j);
      i = j;
      continue;
    }
    push({ t: 'p', v: c, line, column: col(i) }, i, i + 1);
    i++;
  }
  return out;
}

/** Blocks nested deeper than this are skipped whole: build scripts nest a handful of levels. */
export const MAX_BLOCK_DEPTH = 100;

/**
 * Parses tokens into statements; `{ ... }` after a head becomes the statement's body. Unbalanced
 * input is tolerated. A block nested past MAX_BLOCK_DEPTH is skipped (without recursion) and
 * its opening brace reported through `onTooDeep`.
 */
export function parseGradle(src: string, onTooDeep?: (at: Tok) => void): Stmt[] {
  const toks = tokenize(src);
  let i = 0;
  let reported = false;
  const skipBlock = (open: Tok) => {
    if (!reported) { reported = true; onTooDeep?.(open); }
    for (let depth = 1; i < toks.length && depth > 0;) {
      const tk = toks[i++]!;
      if (tk !== 'nl' && tk.t === 'p') depth += tk.v === '{' ? 1 : tk.v === '}' ? -1 : 0;
    }
  };
  const block = (level: number): Stmt[] => {
    const stmts: Stmt[] = [];
    let head: Tok[] = [];
    let depth = 0; // ( and [ nesting
    const flush = () => {
      if (head.length) stmts.push({ head, line: head[0]!.line, column: head[0]!.column });
      head = [];
    };
    while (i < toks.length) {
      const tk = toks[i++]!;
      if (tk === 'nl') {
        if (depth === 0 && !continues(head)) flush();
        continue;
      }
      if (tk.t === 'p') {
        if (tk.v === '(' || tk.v === '[') depth++;
        else if (tk.v === ')' || tk.v === ']') depth = Math.max(0, depth - 1);
        else if (tk.v === ';' && depth === 0) { flush(); continue; }
        else if (tk.v === '}') { flush(); return stmts; }
        else if (tk.v === '{') {
          if (level >= MAX_BLOCK_DEPTH) { skipBlock(tk); continue; }
          const body = block(level + 1);
          if (depth > 0) { continue; } // a closure inside arguments: skip it
          const first = head[0];
          stmts.push({ head, body, line: first?.line ?? tk.line, column: first?.column ?? tk.column });
          head = [];
          continue;
        }
      }
      head.push(tk);
    }
    flush();
    return stmts;
  };
  return block(0);
}

function continues(head: Tok[]): boolean {
  const last = head[head.length - 1];
  return !!last && last.t === 'p' && ['=', '.', ',', '+', ':', '?'].includes(last.v) && head.length > 0;
}

const NAMED = new Set(['getByName', 'create', 'named', 'register', 'maybeCreate', 'getting', 'creating']);

/** The name a block is known by: `release {`, `getByName("release") {`, `"release" {`, `android {`. */
export function blockName(head: Tok[]): string {
  const [a, b, c] = head;
  if (!a) return '';
  if (a.t === 'str' && head.length === 1) return a.v;
  if (a.t === 'id' && NAMED.has(a.v) && b?.v === '(' && c?.t === 'str') return c.v;
  return head.map((t) => (t.t === 'str' ? t.raw ?? t.v : t.v)).join('');
}

export function findBlocks(stmts: Stmt[], name: string): Stmt[] {
  return stmts.filter((s) => s.body && blockName(s.head) === name);
}

/** Every block named `name`, at any depth. */
export function findBlocksDeep(stmts: Stmt[], name: string, out: Stmt[] = []): Stmt[] {
  for (const s of stmts) {
    if (!s.body) continue;
    if (blockName(s.head) === name) out.push(s);
    findBlocksDeep(s.body, name, out);
  }
  return out;
}

export interface Assignment {
  key: string;
  expr: Tok[];
  line: number;
  column: number;
}

/** `key = expr`, `key expr` (Groovy command), `key(expr)`, `def/val/var key = expr`. */
export function assignment(s: Stmt): Assignment | undefined {
  if (s.body) return undefined;
  let h = s.head;
  if (h[0]?.t === 'id' && ['def', 'val', 'var', 'final', 'String', 'int', 'Integer', 'const'].includes(h[0].v) && h[1]?.t === 'id') h = h.slice(1);
  if (h[0]?.t === 'id' && ['val', 'var'].includes(h[0].v) && h[1]?.t === 'id') h = h.slice(1);
  // Kotlin `val x: Int = 3`
  let k = 0;
  const parts: string[] = [];
  while (k < h.length && h[k]!.t === 'id') {
    parts.push(h[k]!.v);
    if (h[k + 1]?.v === '.' && h[k + 2]?.t === 'id') { k += 2; continue; }
    k++;
    break;
  }
  if (!parts.length) return undefined;
  if (h[k]?.v === ':' && h[k + 1]?.t === 'id') k += 2;
  const key = parts.join('.');
  const rest = h.slice(k);
  const first = h[0]!;
  if (rest[0]?.v === '=' && rest[1]?.v !== '=') return { key, expr: rest.slice(1), line: first.line, column: first.column };
  if (rest[0]?.v === '(' && rest[rest.length - 1]?.v === ')') return { key, expr: rest.slice(1, -1), line: first.line, column: first.column };
  if (rest.length && rest[0]!.t !== 'p') return { key, expr: rest, line: first.line, column: first.column };
  if (rest.length && rest[0]!.v === '-' ) return { key, expr: rest, line: first.line, column: first.column };
  return undefined;
}

export function exprText(expr: Tok[]): string {
  let s = '';
  for (const t of expr) {
    if (s && t.sp) s += ' ';
    s += t.t === 'str' ? t.raw ?? JSON.stringify(t.v) : t.v;
  }
  return s;
}
