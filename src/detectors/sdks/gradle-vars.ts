// Version variables of a Gradle build: gradle.properties, ext {} / extra[...] assignments,
// Groovy map literals (`ext.versions = [okhttp: '4.12.0']`), buildSrc `const val`s.
import { closer, stripComments } from './gradle-text.js';
import { dirname, isAncestorOrSelf } from './util.js';

interface Var {
  name: string;
  value: string;
  file: string;
  /** The value was single-quoted in Groovy (no interpolation). */
  literal: boolean;
}

export class GradleVars {
  private byName = new Map<string, Var[]>();

  add(name: string, value: string, file: string, literal = false): void {
    const list = this.byName.get(name) ?? [];
    list.push({ name, value, file, literal });
    this.byName.set(name, list);
  }

  addProperties(file: string, text: string): void {
    for (const raw of text.split('\n')) {
      const m = /^\s*([\w.-]+)\s*[=:]\s*(.*?)\s*$/.exec(raw);
      if (m && !raw.trim().startsWith('#') && !raw.trim().startsWith('!')) this.add(m[1]!, m[2]!, file, true);
    }
  }

  /** Collects assignments from a build script or Kotlin source. */
  addScript(file: string, raw: string): void {
    const text = stripComments(raw);
    const lines = text.split('\n');
    let object = '';
    for (const line of lines) {
      const obj = /^\s*(?:internal\s+|private\s+)?object\s+(\w+)/.exec(line);
      if (obj) object = obj[1]!;
      const m = /^\s*(?:(?:private\s+|internal\s+)?(?:const\s+)?(?:def|val|var|String)\s+)?((?:rootProject\.|project\.)?(?:ext\.)?[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*)\s*(?::\s*String\s*)?=\s*(["'])((?:\\.|(?!\2)[^\\])*)\2\s*;?\s*$/.exec(line);
      if (m) {
        const name = normaliseName(m[1]!);
        this.add(name, m[3]!, file, m[2] === "'");
        if (object && /\bconst\s+val\b|\bval\b/.test(line)) this.add(`${object}.${name}`, m[3]!, file, false);
      }
      for (const e of line.matchAll(/\b(?:extra|ext)\s*(?:\[\s*|\.set\(\s*)(["'])([\w.-]+)\1\s*\]?\s*(?:=|,)\s*(["'])((?:\\.|(?!\3)[^\\])*)\3/g)) {
        this.add(e[2]!, e[4]!, file, e[3] === "'");
      }
      const by = /\bva[lr]\s+(\w+)(?:\s*:\s*\w+)?\s+by\s+extra\(\s*(["'])((?:\\.|(?!\2)[^\\])*)\2\s*\)/.exec(line);
      if (by) this.add(by[1]!, by[3]!, file, false);
      const set = /^\s*set\(\s*(["'])([\w.-]+)\1\s*,\s*(["'])((?:\\.|(?!\3)[^\\])*)\3\s*\)/.exec(line);
      if (set) this.add(set[2]!, set[4]!, file, set[3] === "'");
    }
    // Groovy map literals: NAME = [ key: 'v', nested: [ ... ] ]
    const closing = closer(text);
    for (const m of text.matchAll(/(?:^|[\s;{])((?:rootProject\.|project\.)?(?:ext\.)?[A-Za-z_]\w*)\s*=\s*\[/g)) {
      const open = m.index! + m[0].length - 1;
      const close = closing(open);
      if (close < 0) continue;
      this.addMap(normaliseName(m[1]!), text.slice(open + 1, close), file);
    }
  }

  private addMap(prefix: string, body: string, file: string): void {
    let i = 0;
    const re = /\s*,?\s*(?:(["'])([\w.-]+)\1|([A-Za-z_][\w-]*))\s*:\s*/y;
    const closingInBody = closer(body);
    while (i < body.length) {
      re.lastIndex = i;
      const m = re.exec(body);
      if (!m) break;
      const key = m[2] ?? m[3]!;
      i = re.lastIndex;
      const c = body[i];
      if (c === '[') {
        const close = closingInBody(i);
        if (close < 0) return;
        this.addMap(`${prefix}.${key}`, body.slice(i + 1, close), file);
        i = close + 1;
      } else if (c === '"' || c === "'") {
        let j = i + 1;
        while (j < body.length && body[j] !== c) j += body[j] === '\\' ? 2 : 1;
        this.add(`${prefix}.${key}`, body.slice(i + 1, j), file, c === "'");
        i = j + 1;
      } else {
        const j = body.indexOf(',', i);
        const v = body.slice(i, j < 0 ? body.length : j).trim();
        if (/^[\w.]+$/.test(v)) this.add(`${prefix}.${key}`, `\${${v}}`, file, false);
        i = j < 0 ? body.length : j + 1;
      }
    }
  }

  /** Looks a name up for use in `file`: same file first, then the nearest ancestor folder, then a unique value. */
  lookup(expr: string, file: string, depth = 0): string | null {
    const name = normaliseName(expr);
    const list = this.byName.get(name);
    if (!list?.length) return null;
    let pick = list.find((v) => v.file === file);
    if (!pick) {
      const dir = dirname(file);
      const anc = list.filter((v) => isAncestorOrSelf(dirname(v.file), dir))
        .sort((a, b) => dirname(b.file).length - dirname(a.file).length);
      pick = anc[0];
    }
    if (!pick) {
      const values = new Set(list.map((v) => v.value));
      if (values.size === 1) pick = list[0];
    }
    if (!pick) return null;
    return pick.literal ? pick.value : this.interpolate(pick.value, pick.file, depth + 1);
  }

  /** Resolves `$x` / `${x.y}` in a double-quoted string; null when any part stays unknown. */
  interpolate(s: string, file: string, depth = 0): string | null {
    if (depth > 8) return null;
    let ok = true;
    const out = s.replace(/\$\{([^}]+)\}|\$([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)/g, (_m, a: string | undefined, b: string | undefined) => {
      const v = this.lookup((a ?? b)!, file, depth);
      if (v === null) ok = false;
      return v ?? '';
    });
    return ok ? out : null;
  }
}

/** `rootProject.ext.versions.okhttp`, `extra["okhttp"]`, `property("x") as String` → canonical name. */
export function normaliseName(expr: string): string {
  let s = expr.trim()
    .replace(/(?<!\s)\s+as\s+String$/, '') // from the start of a blank run only: linear
    .replace(/!!$/, '')
    .replace(/\.get\(\)$/, '')
    .replace(/\.toString\(\)$/, '');
  s = s.replace(/^(?:rootProject|project)\./, '').replace(/^(?:rootProject|project)\./, '');
  s = s.replace(/^(?:ext|extra|properties)\./, '');
  const call = /^(?:(?:rootProject|project)\.)?(?:property|findProperty|extra\.get|ext\.get|properties\.get)\(\s*["']([\w.-]+)["']\s*\)$/.exec(s);
  if (call) return call[1]!;
  const idx = /^(?:(?:rootProject|project)\.)?(?:extra|ext|properties)\[\s*["']([\w.-]+)["']\s*\]$/.exec(s);
  if (idx) return idx[1]!;
  return s.replace(/\[\s*["']([\w.-]+)["']\s*\]/g, '.$1');
}
