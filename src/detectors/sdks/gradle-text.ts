// Line-oriented helpers for Gradle (Groovy and Kotlin DSL) and Kotlin sources. There is no
// maintained JavaScript parser for either DSL (docs/decisions/0004-build-file-scanners.md),
// so the scanners work on text with comments blanked out and positions kept.

const MAX_TEMPLATE_DEPTH = 32;

/**
 * Index of the quote closing the string literal that opens at `i` (or the end of the line for
 * an unterminated one). Double-quoted strings may hold `${ ... }` templates with quotes inside
 * (Kotlin: `"g:a:${property("v")}"`), which are skipped as a whole.
 */
export function skipString(text: string, i: number, nesting = 0): number {
  const q = text[i]!;
  // Templates nest strings nest templates: past a depth no build script reaches, the rest of
  // the line is taken as the string (bounded recursion, never a stack overflow).
  if (nesting > MAX_TEMPLATE_DEPTH) {
    const eol = text.indexOf('\n', i);
    return eol < 0 ? text.length - 1 : eol;
  }
  if (q === '"' && text.startsWith('"""', i)) {
    const end = text.indexOf('"""', i + 3);
    return end < 0 ? text.length - 1 : end + 2;
  }
  let j = i + 1;
  while (j < text.length && text[j] !== q && text[j] !== '\n') {
    if (text[j] === '\\') { j += 2; continue; }
    if (q === '"' && text[j] === '$' && text[j + 1] === '{') {
      let depth = 0;
      for (; j < text.length && text[j] !== '\n'; j++) {
        const c = text[j];
        if (c === '"' || c === "'") { j = skipString(text, j, nesting + 1); continue; }
        if (c === '{') depth++;
        else if (c === '}' && --depth === 0) break;
      }
      j++;
      continue;
    }
    j++;
  }
  return j;
}

/** Replaces comments with spaces (newlines kept), leaving string literals intact. */
export function stripComments(text: string): string {
  const out = text.split('');
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text[i];
    if (c === '"' || c === "'") {
      i = skipString(text, i) + 1;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') out[i++] = ' ';
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      while (i < n && !(text[i] === '*' && text[i + 1] === '/')) {
        if (text[i] !== '\n') out[i] = ' ';
        i++;
      }
      if (i < n) out[i] = out[i + 1] = ' ';
      i += 2;
      continue;
    }
    i++;
  }
  return out.join('');
}

const PAIRS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/**
 * For a text, a lookup from the index of an opening bracket to the index of the bracket closing
 * it (string-aware), or -1 (unclosed, closed by the wrong kind, or inside a string). All pairs
 * are found in one pass: a scan per bracket made a file of unclosed `.package(` or `dependencies {`
 * quadratic. The same as scanning from each bracket, because a scan from a bracket outside any
 * string skips the same strings as the scan from the start.
 */
export function closer(text: string): (open: number) => number {
  const match = new Int32Array(text.length).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'") {
      i = skipString(text, i);
      continue;
    }
    if (PAIRS[c]) stack.push(i);
    else if (c === ')' || c === ']' || c === '}') {
      const top = stack.pop();
      if (top === undefined) continue;
      if (PAIRS[text[top]!] === c) match[top] = i;
      else stack.length = 0; // a scan from any bracket still open stops here too: none is closed
    }
  }
  return (open) => (open >= 0 && open < match.length ? match[open]! : -1);
}

/** Splits on commas at nesting depth 0 (string-aware). */
export function splitTopLevel(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '"' || c === "'") {
      const j = skipString(s, i);
      cur += s.slice(i, j + 1);
      i = j;
      continue;
    }
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    if (c === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur.trim()) out.push(cur);
  return out.map((x) => x.trim()).filter(Boolean);
}

/** A whole string literal: `'x'`, `"x"`; returns its content and whether it interpolates. */
export function stringLiteral(expr: string): { value: string; interpolates: boolean } | null {
  const e = expr.trim();
  if (e.length < 2 || (e[0] !== '"' && e[0] !== "'") || e.startsWith('"""')) return null;
  if (skipString(e, 0) !== e.length - 1) return null;
  return { value: e.slice(1, -1), interpolates: e[0] === '"' };
}
