// Positions for JSON5 documents: json5 gives values, this walker gives each key path a line.
// It runs on text json5 has already accepted, and stops (keeping what it found) at anything
// else: every loop moves forward or ends.

export type PosMap = Map<string, { line: number; column: number }>;

/** Maps JSON-pointer-like paths (`/module/requestPermissions/0/name`) to where the key (or array item) is written. */
export function json5Positions(text: string): PosMap {
  const map: PosMap = new Map();
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const n = text.length;
  const here = () => ({ line, column: i - lineStart + 1 });
  const skip = () => {
    while (i < n) {
      const c = text[i]!;
      if (c === '\n') { line++; i++; lineStart = i; }
      else if (/\s/.test(c)) i++; // JSON5 white space: \v, \f, U+2028, U+FEFF and the Zs spaces too
      // A comment ends at any line terminator (a lone CR too).
      else if (c === '/' && text[i + 1] === '/') { while (i < n && !/[\n\r\u2028\u2029]/.test(text[i]!)) i++; }
      else if (c === '/' && text[i + 1] === '*') {
        i += 2;
        while (i < n && !(text[i] === '*' && text[i + 1] === '/')) { if (text[i] === '\n') { line++; lineStart = i + 1; } i++; }
        i += 2;
      } else break;
    }
  };
  const str = (): string => {
    const q = text[i++];
    let s = '';
    while (i < n && text[i] !== q) {
      if (text[i] === '\\') {
        if (text[i + 1] === '\n') { line++; lineStart = i + 2; }
        s += text[i + 1] ?? '';
        i += 2;
        continue;
      }
      s += text[i++];
    }
    i++;
    return s;
  };
  const value = (path: string, depth: number): void => {
    if (depth > 200) throw new Error('too deep');
    skip();
    const c = text[i];
    if (c === '{') {
      i++;
      for (;;) {
        const start = i;
        skip();
        if (i >= n) throw new Error('unexpected end'); // not text json5 accepted
        if (text[i] === '}') { i++; return; }
        const at = here();
        let key: string;
        if (text[i] === '"' || text[i] === "'") key = str();
        else { const s = i; while (i < n && /[^\s:/]/.test(text[i]!)) i++; key = text.slice(s, i); }
        const p = `${path}/${key}`;
        if (!map.has(p)) map.set(p, at);
        skip();
        i++; // ':'
        value(p, depth + 1);
        skip();
        if (text[i] === ',') i++;
        if (i === start) throw new Error('no progress');
      }
    } else if (c === '[') {
      i++;
      for (let k = 0; ; k++) {
        const start = i;
        skip();
        if (i >= n) throw new Error('unexpected end');
        if (text[i] === ']') { i++; return; }
        map.set(`${path}/${k}`, here());
        value(`${path}/${k}`, depth + 1);
        skip();
        if (text[i] === ',') i++;
        if (i === start) throw new Error('no progress');
      }
    } else if (c === '"' || c === "'") {
      str();
    } else {
      while (i < n && /[^\s,\]}/]/.test(text[i]!)) i++;
    }
  };
  try {
    value('', 0);
  } catch {
    // Positions are a help; a failure leaves the ones found so far.
  }
  return map;
}
