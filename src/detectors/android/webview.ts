// WebView settings that widen the attack surface, found line by line in Kotlin and Java sources.
import type { Location } from '../../core/types.js';
import type { ScanText } from '../links/text.js';
import { loc } from './util.js';

export type WebViewRiskKind = 'javascript-enabled' | 'file-access' | 'universal-access-from-file-urls'
  | 'file-access-from-file-urls' | 'webcontents-debugging' | 'ssl-error-proceed';

export interface WebViewRiskFact {
  kind: WebViewRiskKind;
  /** For javascript-enabled: the same file calls addJavascriptInterface. */
  javascriptInterfaceInFile?: boolean;
  inTest: boolean;
  location: Location;
}

const PATTERNS: [WebViewRiskKind, RegExp][] = [
  ['javascript-enabled', /\bsetJavaScriptEnabled\s*\(\s*true\s*\)|\bjavaScriptEnabled\s*=\s*true\b/],
  ['file-access', /\bsetAllowFileAccess\s*\(\s*true\s*\)|\ballowFileAccess\s*=\s*true\b/],
  ['universal-access-from-file-urls', /\bsetAllowUniversalAccessFromFileURLs\s*\(\s*true\s*\)|\ballowUniversalAccessFromFileURLs\s*=\s*true\b/],
  ['file-access-from-file-urls', /\bsetAllowFileAccessFromFileURLs\s*\(\s*true\s*\)|\ballowFileAccessFromFileURLs\s*=\s*true\b/],
  ['webcontents-debugging', /\bsetWebContentsDebuggingEnabled\s*\(\s*true\s*\)/],
];

/** Removes // and /* *\/ comments, keeping line breaks and columns (strings are left alone). */
export function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|"(?:\\.|[^"\\\n])*"/g, (m) => (m.startsWith('"') ? m : m.replace(/[^\n]/g, ' ')));
}

export function scanWebView(file: string, text: ScanText, inTest: boolean): WebViewRiskFact[] {
  const code = stripComments(text.s);
  const jsInterface = /\baddJavascriptInterface\s*\(/.test(code);
  const out: WebViewRiskFact[] = [];
  const at = (offset: number) => {
    const li = text.lineOf(offset);
    return loc(file, li + 1, text.column(offset, text.lineStart(li)));
  };
  for (const [kind, re] of PATTERNS) {
    const g = new RegExp(re.source, 'g');
    for (let m = g.exec(code); m; m = g.exec(code)) {
      const f: WebViewRiskFact = { kind, inTest, location: at(m.index) };
      if (kind === 'javascript-enabled') f.javascriptInterfaceInFile = jsInterface;
      out.push(f);
    }
  }
  // onReceivedSslError(...) { ... handler.proceed() ... }: find the body by brace matching.
  const re = /\bonReceivedSslError\s*\(/g;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const open = code.indexOf('{', m.index);
    if (open < 0) break;
    let depth = 0;
    let end = open;
    for (; end < code.length; end++) {
      if (code[end] === '{') depth++;
      else if (code[end] === '}' && --depth === 0) break;
    }
    const p = /\.proceed\s*\(\s*\)/.exec(code.slice(open, end));
    if (p) out.push({ kind: 'ssl-error-proceed', inTest, location: at(open + p.index + 1) });
  }
  return out.sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0));
}
