// Maven repositories declared in settings.gradle(.kts) and build.gradle(.kts):
// `maven { url 'https://…' }`, `maven { url = uri("…") }`, `maven("…")`, `google()`, `mavenCentral()` …
import { closer, stripComments } from './gradle-text.js';
import { Lines, read, type SdkContext } from './util.js';

const SHORTHANDS: Record<string, string> = {
  google: 'https://dl.google.com/dl/android/maven2/',
  mavenCentral: 'https://repo.maven.apache.org/maven2/',
  jcenter: 'https://jcenter.bintray.com/',
  gradlePluginPortal: 'https://plugins.gradle.org/m2/',
  mavenLocal: 'file:~/.m2/repository/',
};

export function scanGradleRepositories(ctx: SdkContext, file: string): void {
  const raw = read(ctx, file);
  if (raw === null) return;
  const text = stripComments(raw);
  const lines = new Lines(text);
  const add = (url: string, offset: number, name?: string) =>
    ctx.repositories.push({ url, kind: 'maven', ...(name ? { name } : {}), location: { file, line: lines.line(offset), column: lines.column(offset) } });
  for (const m of text.matchAll(/(?<![\w.])(google|mavenCentral|jcenter|gradlePluginPortal|mavenLocal)\s*\(\s*\)/g)) {
    if (inString(text, m.index)) continue; // logger.lifecycle("Redirected jcenter() to mavenCentral()")
    add(SHORTHANDS[m[1]!]!, m.index, `${m[1]}()`);
  }
  const closing = closer(text);
  for (const m of text.matchAll(/(?<![\w.])maven\s*(\(|\{)/g)) {
    const open = m.index + m[0].length - 1;
    const close = closing(open);
    if (close < 0) continue;
    const body = text.slice(open + 1, close);
    const url = m[1] === '('
      ? /^\s*(?:url\s*=\s*)?(?:uri\(\s*)?(["'])([^"']+)\1/.exec(body)?.[2]
      : /\b(?:url|setUrl)\s*(?:=\s*|\(\s*)?(?:uri\(\s*)?(["'])([^"']+)\1/.exec(body)?.[2]
        ?? /\burl\s*(?:=\s*)?(?:uri\(\s*)?([\w.$]+(?:\([^)]*\))?)/.exec(body)?.[1];
    if (url) add(url, m.index);
    else ctx.unresolved.push({ file, line: lines.line(m.index), text: text.slice(m.index, Math.min(close + 1, m.index + 200)).replace(/\s+/g, ' '), reason: 'maven repository without a literal url' });
  }
  for (const m of text.matchAll(/(?<![\w.])flatDir\s*\{([^}]*)\}/g)) {
    for (const d of m[1]!.matchAll(/(["'])([^"']+)\1/g)) add(`flatDir:${d[2]}`, m.index, 'flatDir');
  }
}

/** Is this offset inside a quoted string on its line (an odd number of unescaped quotes before it)? */
function inString(text: string, at: number): boolean {
  let quote = '';
  for (let i = text.lastIndexOf('\n', at - 1) + 1; i < at; i++) {
    const c = text[i]!;
    if (c === '\\') { i++; continue; }
    if (quote) { if (c === quote) quote = ''; } else if (c === '"' || c === "'") quote = c;
  }
  return quote !== '';
}
