// The privacy part of the one-pass source scan (links/scan.ts): finds uses of the API catalogue's
// entries in one file's text. One regular expression per extension finds candidate names (after a
// dot, called bare, or used bare); each candidate is kept only if it sits in code (not in a comment
// or string), the file names one of the entry's types or imports one of its modules, and the code
// before the dot matches the entry's receiver. Precision first: a shape, never a bare word.
import { apiCatalog, type ApiCatalogFile, type ApiEntry } from '../../api-catalog/index.js';
import type { ScanText } from '../links/text.js';
import { blankNonCode, enclosingOf } from './code.js';

/** One use found in a file (the detector adds the catalogue's data and the SDK it belongs to). */
export interface PrivacyHit {
  api: string;
  line: number;
  column: number;
  /** The name matched (`getDeviceId`, `UIPasteboard`). */
  symbol: string;
  cls?: string;
  fn?: string;
  /** Java/Kotlin package of the file, for attribution to an SDK. */
  pkg?: string;
  /** In Application.onCreate / application(_:didFinishLaunchingWithOptions:) (a heuristic). */
  startup?: boolean;
  /** Conditions of the `if`/`guard` statements before the use in that startup function. */
  guards?: string[];
}

type Kind = 0 | 1 | 2; // member, function, identifier

interface Compiled {
  re: RegExp;
  /** The kind of each capture group of `re`, in order. */
  kinds: Kind[];
  /** name → entries, per kind. */
  byName: Map<string, ApiEntry[]>[];
  receivers: Map<ApiEntry, RegExp>;
  objc: boolean;
}

const compiledByExt = new Map<string, Compiled | null>();

function escape(s: string): string {
  return s.replace(/[$]/g, '\\$');
}

function compile(files: readonly ApiCatalogFile[], ext: string): Compiled | null {
  const entries = files.filter((f) => f.extensions.includes(ext)).flatMap((f) => f.apis);
  if (!entries.length) return null;
  const byName: Map<string, ApiEntry[]>[] = [new Map(), new Map(), new Map()];
  const receivers = new Map<ApiEntry, RegExp>();
  for (const e of entries) {
    ([e.members, e.functions, e.identifiers] as const).forEach((names, k) => {
      for (const n of names ?? []) byName[k]!.set(n, [...(byName[k]!.get(n) ?? []), e]);
    });
    if (e.receiver) receivers.set(e, new RegExp(`(?:${e.receiver})$`));
  }
  const alt = (m: Map<string, ApiEntry[]>) => [...m.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  const objc = ext === 'm' || ext === 'mm';
  // One capture group per kind present: `.member` (and, in Objective-C, `[x member]` /
  // `[x member:`), `name(`, a bare identifier. No never-matching placeholder for an absent kind:
  // `(?!)` in the alternation makes V8 scan about ten times slower.
  const parts: string[] = [];
  const kinds: Kind[] = [];
  if (byName[0]!.size) { parts.push(objc ? `(?:\\.\\s*|(?<=[\\w\\]\\)])\\s+)(${alt(byName[0]!)})(?![\\w$])` : `\\.\\s*(${alt(byName[0]!)})(?![\\w$])`); kinds.push(0); }
  // `\\b` rather than a lookbehind, which keeps V8 from scanning for the names' first letters; what
  // precedes a bare name (`.`, `$`) is checked after the match.
  if (byName[1]!.size) { parts.push(`\\b(${alt(byName[1]!)})\\s*\\(`); kinds.push(1); }
  if (byName[2]!.size) { parts.push(`\\b(${alt(byName[2]!)})(?![\\w$])`); kinds.push(2); }
  return { re: new RegExp(parts.join('|'), 'g'), kinds, byName, receivers, objc };
}

function compiledFor(ext: string): Compiled | null {
  let c = compiledByExt.get(ext);
  if (c === undefined) { c = compile(apiCatalog(), ext); compiledByExt.set(ext, c); }
  return c;
}

/** File extensions the catalogue has entries for (the scan wants these files). */
export function privacyExtensions(): Set<string> {
  return new Set(apiCatalog().flatMap((f) => f.extensions));
}

const DECL_WORDS = /(?:^|[^\w$])(?:fun|func|function|def|class|struct|interface|void|static|final|val|var|let|const|private|public|protected|override|suspend|Future<[^>]*>|@objc)\s+$/;

export function scanPrivacy(ext: string, text: ScanText): PrivacyHit[] | undefined {
  const c = compiledFor(ext);
  if (!c) return undefined;
  const s = text.s;
  c.re.lastIndex = 0;
  let m = c.re.exec(s);
  if (!m) return undefined;
  const code = blankNonCode(s);
  const evidence = new Map<ApiEntry, boolean>();
  const hasEvidence = (e: ApiEntry): boolean => {
    let v = evidence.get(e);
    if (v === undefined) {
      v = (!e.types?.length && !e.imports?.length)
        || (e.types ?? []).some((t) => new RegExp(`(?<![\\w$])${escape(t)}(?![\\w$])`).test(code))
        || (e.imports ?? []).some((spec) => imports(s, spec));
      evidence.set(e, v);
    }
    return v;
  };
  const out: PrivacyHit[] = [];
  const seen = new Set<string>();
  let pkg: string | undefined;
  if (ext === 'java' || ext === 'kt') pkg = /^\s*package\s+([\w.]+)/m.exec(code)?.[1];
  for (; m; m = c.re.exec(s)) {
    const g = m[1] !== undefined ? 1 : m[2] !== undefined ? 2 : 3;
    const kind = c.kinds[g - 1]!;
    const name = m[g]!;
    const at = m.index + m[0].indexOf(name, kind === 0 ? 1 : 0);
    // A bare name is not a member of something else (`x.statfs(`, `$UserDefaults`).
    if (kind !== 0 && /[.$]/.test(s[at - 1] ?? '')) continue;
    // In code, not in a comment or a string.
    if (code.charCodeAt(at) !== s.charCodeAt(at)) continue;
    const li = text.lineOf(at);
    const ls = text.lineStart(li);
    const before = code.slice(Math.max(ls, at - 200), at);
    const after = code.slice(at + name.length, at + name.length + 3);
    let receiverText = '';
    if (kind === 0) {
      const trimmed = before.replace(/\s*\.?\s*$/, '');
      if (c.objc && !/\.\s*$/.test(before)) {
        // A message send: `[receiver member]` or `[receiver member:arg]`.
        if (!/^\s*[\]:]/.test(after)) continue;
      }
      // A chain or message split over lines (`tm⏎  .getImei()`, `[store⏎  enumerateContacts…]`):
      // the receiver ends the line above.
      receiverText = trimmed.trim() || li === 0 ? trimmed : code.slice(text.lineStart(li - 1), text.lineEnd(li - 1)).trimEnd();
      // Writing a property (`pasteboard.string = x`) is not reading it.
      if (/^\s*=(?!=)/.test(after) || /^\s*[+\-*/]=/.test(after)) continue;
    } else if (kind === 1) {
      if (DECL_WORDS.test(before)) continue;
    } else {
      // Bare identifiers: not a declaration of a same-named thing, not a member of something else.
      if (/(?:class|struct|enum|protocol|extension|func|fun|var|let|val)\s+$/.test(before)) continue;
      // A type annotation (`defaults: UserDefaults`, `-> UserDefaults?`, `NSUserDefaults *d`) names the type, uses nothing.
      if (/(?::|->)\s*$/.test(before) || /^\s*\*/.test(after)) continue;
    }
    const entries = c.byName[kind]!.get(name) ?? [];
    for (const e of entries) {
      const r = c.receivers.get(e);
      if (kind === 0 && r && !r.test(receiverText)) continue;
      if (!hasEvidence(e)) continue;
      // Bare calls of an imported JavaScript function need the import itself (`import { getUniqueId } from '…'`).
      if (kind === 1 && e.imports?.length && !e.types?.length && /^(?:js|jsx|ts|tsx)$/.test(ext) && !importsName(s, name)) continue;
      const key = `${e.id}\0${li}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const enc = enclosingOf(code, at, ext);
      const hit: PrivacyHit = { api: e.id, line: li + 1, column: text.column(at, ls), symbol: name };
      if (enc.cls) hit.cls = enc.cls;
      if (enc.fn) hit.fn = enc.fn;
      if (pkg) hit.pkg = pkg;
      if (isStartup(enc)) {
        hit.startup = true;
        hit.guards = guardsBefore(code, enc.fnOpen!, at);
      }
      out.push(hit);
    }
  }
  return out.length ? out : undefined;
}

/** `import … 'spec…'`, `from 'spec'`, `require('spec')` (specs ending in `/` are prefixes). */
function imports(s: string, spec: string): boolean {
  for (let i = s.indexOf(spec); i >= 0; i = s.indexOf(spec, i + 1)) {
    const q = s[i - 1];
    if (q !== "'" && q !== '"') continue;
    const next = s[i + spec.length];
    if (!spec.endsWith('/') && next !== q && next !== '/') continue;
    const lineStart = s.lastIndexOf('\n', i) + 1;
    if (/^\s*(?:import|export)\b|\bfrom\s*['"]$|\brequire\s*\(\s*['"]$/.test(s.slice(lineStart, i))) return true;
    if (/\bfrom\s*['"]$|\brequire\s*\(\s*['"]$/.test(s.slice(Math.max(0, i - 40), i))) return true;
  }
  return false;
}

function importsName(s: string, name: string): boolean {
  return new RegExp(`\\bimport\\s+(?:[\\w$]+\\s*,\\s*)?\\{[^}]*\\b${escape(name)}\\b[^}]*\\}\\s*from|\\{[^}]*\\b${escape(name)}\\b[^}]*\\}\\s*=\\s*require\\(`).test(s);
}

const APP_CLASS = /(?::|\bextends)\s*[\w.]*Application\b/;

function isStartup(e: ReturnType<typeof enclosingOf>): boolean {
  if (e.fn === 'onCreate' && e.clsHeader && APP_CLASS.test(e.clsHeader)) return true;
  return e.fn === 'application' && !!e.fnHeader && /didFinishLaunchingWithOptions|willFinishLaunchingWithOptions/.test(e.fnHeader);
}

/** Conditions of `if (…)` / `if …{` / `guard … else` between a function's opening brace and a use. */
function guardsBefore(code: string, open: number, at: number): string[] {
  const body = code.slice(open + 1, at);
  const out: string[] = [];
  const re = /\b(?:if|guard)\s*(\([^{;]*\)|[^{;\n]*?(?=\{|\belse\b))/g;
  for (let m = re.exec(body); m && out.length < 8; m = re.exec(body)) out.push(m[1]!.replace(/\s+/g, ' ').trim().slice(0, 160));
  return out;
}
