// WKWebView inspection switched on in Swift and Objective-C sources (iOS 16.4+ `isInspectable`),
// the iOS counterpart of Android's WebView.setWebContentsDebuggingEnabled(true).
import type { Location } from '../../core/types.js';
import type { ScanText } from '../links/text.js';
import { loc } from '../android/util.js';
import { stripComments } from '../android/webview.js';

export interface IosWebViewFact {
  kind: 'inspectable';
  inTest: boolean;
  location: Location;
}

/** Swift `webView.isInspectable = true`, Objective-C `webView.inspectable = YES` and `[webView setInspectable:YES]`. */
const INSPECTABLE = /\b(?:isInspectable|inspectable)\s*=\s*(?:true|YES)\b|\bsetInspectable\s*:\s*YES\b/g;
/** `#if DEBUG`, `#ifdef DEBUG`, `#if defined(DEBUG)`, `#if DEBUG == 1`, `#if DEBUG && X`. */
const DEBUG_COND = /^\(?\s*(?:defined\s*\(\s*DEBUG\s*\)|DEBUG)\s*\)?\s*(?:==\s*1\s*)?(?:&&.*)?$/;
const NOT_DEBUG_COND = /^!\s*(?:defined\s*\(\s*DEBUG\s*\)|DEBUG)\s*$|^DEBUG\s*==\s*0$/;
const DIRECTIVE = /^\s*#\s*(if|ifdef|ifndef|elseif|elif|else|endif)\b(.*)$/;
/** A runtime check on a debug build: `if Environment.isDebug {`, `if env == .debug {` (not `!isDebug`, not `!= .debug`). */
const DEBUG_IF = /\bif\b(?![^{]*(?:!\s*[\w.]*debug|!=\s*\.?\w*debug))[^{]*debug[^{]*\{/i;

type Branch = { cond: 'debug' | 'release' | 'other'; debug: boolean };

/**
 * Where inspection is switched on outside debug-only code: lines inside `#if DEBUG` … `#else`
 * (or `#ifndef DEBUG` … `#else` … `#endif`) and blocks of a runtime debug check are left out.
 * Line-based, comments stripped; only run on files that name "nspectable" at all.
 */
export function scanIosWebView(file: string, text: ScanText, inTest: boolean): IosWebViewFact[] {
  const code = stripComments(text.s);
  const hits: number[] = [];
  INSPECTABLE.lastIndex = 0;
  for (let m = INSPECTABLE.exec(code); m; m = INSPECTABLE.exec(code)) hits.push(m.index);
  if (!hits.length) return [];
  const out: IosWebViewFact[] = [];
  const branches: Branch[] = [];
  const braces: boolean[] = [];
  let next = 0;
  for (let start = 0; start < code.length && next < hits.length;) {
    let end = code.indexOf('\n', start);
    if (end < 0) end = code.length;
    const line = code.slice(start, end);
    const d = DIRECTIVE.exec(line);
    if (d) {
      const cond = d[2]!.trim();
      const top = branches[branches.length - 1];
      switch (d[1]) {
        case 'if': case 'ifdef': case 'ifndef': {
          const kind: Branch['cond'] = d[1] === 'ifndef' ? (cond === 'DEBUG' ? 'release' : 'other')
            : DEBUG_COND.test(cond) ? 'debug' : NOT_DEBUG_COND.test(cond) ? 'release' : 'other';
          branches.push({ cond: kind, debug: kind === 'debug' });
          break;
        }
        case 'else': if (top) top.debug = top.cond === 'release'; break;
        case 'endif': branches.pop(); break;
        default: if (top) top.debug = false; // #elseif: another condition, shipped unless proven otherwise
      }
    } else {
      const guardAt = DEBUG_IF.exec(line) ? start + line.indexOf('{', line.search(/\bif\b/)) : -1;
      for (let i = start; i <= end; i++) {
        while (next < hits.length && hits[next] === i) {
          if (!branches.some((b) => b.debug) && !braces.includes(true)) {
            const li = text.lineOf(i);
            out.push({ kind: 'inspectable', inTest, location: loc(file, li + 1, text.column(i, text.lineStart(li))) });
          }
          next++;
        }
        const c = code.charCodeAt(i);
        if (c === 123 /* { */) braces.push(i === guardAt);
        else if (c === 125 /* } */) braces.pop();
      }
    }
    // A hit on a directive line (not valid code) is skipped with it.
    while (next < hits.length && hits[next]! <= end) next++;
    start = end + 1;
  }
  return out;
}
