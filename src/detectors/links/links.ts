// URL extraction for the links detector: one regex over the whole file text, lines from offsets.
import type { Diagnostic, Location } from '../../core/types.js';
import { diagnostic, loc } from '../android/util.js';
import { cleartextServers } from './server-lists.js';
import type { ScanText } from './text.js';

export interface UrlFact {
  url: string;
  /** `no-tls`: a server-list entry with no scheme that is contacted without TLS (server-lists.ts). */
  scheme: 'http' | 'https' | 'ws' | 'wss' | 'no-tls';
  /** Lower-cased host without port; '' when the host is built at run time (`http://${host}/`). */
  host: string;
  /**
   * The code builds the address from this scheme and a run-time host (`"http://" + domain`,
   * `"http://\(domain)"`, `"http://${host}"`): `url` reads `http://{domain}`, `host` is ''.
   */
  builtAtRunTime?: boolean;
  file: string;
  line: number;
  column: number;
  location: Location;
  /** In a line comment, block comment or licence header. */
  inComment: boolean;
  /** localhost, 127.0.0.0/8, ::1, 0.0.0.0, the emulator's 10.0.2.2 or a private IPv4 address (10/8, 172.16/12, 192.168/16). */
  local: boolean;
  /** Always false in `urls` (test URLs are only counted). */
  inTest: boolean;
}

export interface LinksFacts {
  /** Non-test URLs, in file order (at most MAX_URLS). */
  urls: UrlFact[];
  /**
   * The `http`/`ws` URLs among them outside comments to known, non-local hosts (those `counts.insecure`
   * counts), in file order, at most MAX_URLS: taken from every URL found, so none is missed when
   * `urls` is truncated.
   */
  insecureUrls: UrlFact[];
  /** Distinct hosts of non-test, non-comment, non-local URLs, sorted. */
  hosts: string[];
  counts: {
    filesScanned: number;
    /** Every URL found, test and comment ones included. */
    urls: number;
    inTest: number;
    inComment: number;
    /** http:// and ws:// URLs outside tests and comments, to non-local hosts. */
    insecure: number;
    skippedFiles: number;
    skippedLines: number;
  };
  /** True when more URLs were found than are kept (MAX_URLS). */
  truncated: boolean;
}

/** Extensions scanned. `.gradle(.kts)` are included: repository and download URLs live there. */
export const SCANNED = new Set(['kt', 'kts', 'java', 'swift', 'm', 'mm', 'h', 'dart', 'js', 'jsx', 'ts', 'tsx', 'mjs', 'cjs',
  'ets', 'xml', 'plist', 'json', 'json5', 'properties', 'gradle', 'xcconfig', 'html', 'htm', 'yaml', 'yml', 'entitlements', 'strings']);
/** Generated or third-party listings whose URLs are registries, not app endpoints. */
const SKIPPED_NAMES = new Set(['package-lock.json', 'npm-shrinkwrap.json', 'oh-package-lock.json5', 'yarn.lock', 'pnpm-lock.yaml',
  'pubspec.lock', 'Podfile.lock', 'Package.resolved', 'composer.lock', 'gradle-wrapper.properties']);
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_LINE = 10_000;
export const MAX_URLS = 20_000;

// scheme://[userinfo@]host[:port][path...]; the URL ends at whitespace, quotes, brackets, `<>` or non-ASCII.
const URL_RE = /\b(https?|wss?):\/\/([^\s"'`<>()[\]{}\\|^\x80-\xff]*)/gi;
/** Namespace, schema and DTD identifiers, wherever written (a Kotlin constant, a Swift string): names, not addresses. */
const NAMESPACE_HOSTS = /^(?:schemas\.android\.com|(?:www\.)?w3\.org|(?:www\.)?apple\.com\/DTDs|xml\.apache\.org|schemas\.xmlsoap\.org|schemas\.microsoft\.com|schemas\.openxmlformats\.org|ns\.adobe\.com|purl\.org\/dc|json-schema\.org|(?:www\.)?xmlpull\.org|pmd\.(?:sf|sourceforge)\.net\/ruleset|(?:www\.)?puppycrawl\.com\/dtds|checkstyle\.(?:org|sourceforge\.io)\/dtds|maven\.apache\.org\/(?:POM|xsd))(?![\w.-])/i;
// Loopback, the emulator's host and private IPv4 ranges (RFC 1918): no third party on the internet.
const LOCAL = /^(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2}|\[::1\]|::1)$/;

/** Is this file one the links detector reads? (Not minified-ness: that is decided by the caller.) */
export function wantsLinks(file: string, name: string, ext: string): boolean {
  if (!SCANNED.has(ext) || SKIPPED_NAMES.has(name)) return false;
  // Firebase project config: the SDK's own endpoints (a Realtime Database URL, a storage bucket),
  // contacted only if the matching Firebase SDK is in the build, which the inventory shows.
  if (name === 'google-services.json' || /^GoogleService-Info.*\.plist$/.test(name)) return false;
  if (name.endsWith('.map')) return false;
  return !inHiddenFolder(file); // .github/, .vscode/, .circleci/: not the app
}

/** Below a folder whose name starts with a dot: the first path segment that does is a folder (not the file's own name). */
function inHiddenFolder(file: string): boolean {
  const hidden = file.startsWith('.');
  const dot = hidden ? 0 : file.indexOf('/.') + 1;
  return (hidden || dot > 0) && file.indexOf('/', dot) >= 0;
}

type Style = 'c' | 'hash' | 'markup' | 'json';
function styleOf(ext: string): Style {
  if (ext === 'properties' || ext === 'yaml' || ext === 'yml') return 'hash';
  if (ext === 'xml' || ext === 'plist' || ext === 'html' || ext === 'htm' || ext === 'entitlements') return 'markup';
  if (ext === 'json') return 'json';
  return 'c';
}

/** Block comment ranges [start, end) of a file: `/* *\/` (a `/*` glued to a word, as in `https://x/*`, is not one) or `<!-- -->`. */
function blockComments(s: string, style: Style): number[] {
  const ranges: number[] = [];
  if (style === 'hash' || style === 'json') return ranges;
  const open = style === 'markup' ? '<!--' : '/*';
  const close = style === 'markup' ? '-->' : '*/';
  let i = s.indexOf(open);
  while (i >= 0) {
    if (style === 'c' && i > 0 && !/[\s;,(){}=]/.test(s[i - 1]!)) { i = s.indexOf(open, i + 2); continue; }
    const e = s.indexOf(close, i + open.length);
    const end = e < 0 ? s.length : e + close.length;
    ranges.push(i, end);
    i = e < 0 ? -1 : s.indexOf(open, end);
  }
  return ranges;
}

function inRanges(ranges: number[], at: number): boolean {
  for (let k = 0; k < ranges.length; k += 2) {
    if (at < ranges[k]!) return false;
    if (at < ranges[k + 1]!) return true;
  }
  return false;
}

/** A `//` (not part of `scheme://`) in s between from and to. */
function lineCommentBefore(s: string, from: number, to: number): boolean {
  for (let i = s.indexOf('//', from); i >= 0 && i < to; i = s.indexOf('//', i + 2)) {
    if (i === from || s[i - 1] !== ':') return true;
  }
  return false;
}

/** Whether the line from `from` starts (after blanks) with `#` or `!`. */
function hashCommentLine(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 35 || c === 33) return true;
    if (c !== 32 && c !== 9 && c !== 13 && c !== 10 && c !== 11 && c !== 12 && c !== 0xa0 && c !== 0xfeff) return false;
  }
  return false;
}

/**
 * What one file contributes to the links facts, whichever app it belongs to. UrlFacts are made
 * only for the URLs an app keeps (MAX_URLS): most files hold URLs, and most of a large
 * repository's are only counted.
 */
export interface LinkScan {
  /** Non-test URLs as written, in file order, at most MAX_URLS. */
  urls: string[];
  /** The host of each URL ('' when built at run time). */
  urlHosts: string[];
  /** Per URL: line, column, URL_COMMENT | URL_LOCAL | URL_INSECURE. */
  marks: ArrayLike<number>;
  /** Hosts of non-test, non-comment, non-local URLs, as met (a host may repeat; the facts keep the distinct ones). */
  hosts: string[];
  counts: { urls: number; inTest: number; inComment: number; insecure: number; skippedLines: number };
  diagnostic?: Diagnostic;
}
export const URL_COMMENT = 1;
export const URL_LOCAL = 2;
export const URL_INSECURE = 4;
export const URL_RUNTIME = 8;
/** A server-list entry (no scheme written): an insecure address, not one of the app's links. */
export const URL_SERVER_LIST = 16;

/** Lower-cased host of the part after `scheme://`; '' when it is built at run time. */
export function hostOf(rest: string): string {
  // By hand rather than by regex: this runs for every URL of the repository.
  // Userinfo ends at the first `@` before any `/`, `?` or `#`.
  let start = 0;
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charCodeAt(i);
    if (c === 64) { start = i + 1; break; }
    if (c === 47 || c === 63 || c === 35) break;
  }
  let end = start;
  let bracketed = false;
  if (rest.charCodeAt(start) === 91) { // [IPv6]
    const close = rest.indexOf(']', start + 1);
    if (close >= 0) { end = close + 1; bracketed = true; }
  }
  if (!bracketed) {
    while (end < rest.length) {
      const c = rest.charCodeAt(end);
      if (c === 47 || c === 58 || c === 63 || c === 35) break;
      end++;
    }
  }
  if (end === start) return '';
  let upper = false;
  for (let i = start; i < end; i++) {
    const c = rest.charCodeAt(i);
    const ok = bracketed
      ? (i === start || i === end - 1) || (c >= 48 && c <= 58) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70) || c === 46
      : (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 45 || (c >= 65 && c <= 90);
    if (!ok || (bracketed && end - start < 3)) return '';
    if (c >= 65 && c <= 90) upper = true;
  }
  const host = rest.slice(start, end);
  const lower = upper ? host.toLowerCase() : host;
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/** The URL without trailing punctuation (`http://x.cn/a.` at the end of a sentence). */
function trimUrlEnd(s: string): string {
  let end = s.length;
  for (;;) {
    const c = s.charCodeAt(end - 1); // . , ; : ! ? *
    if (c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 42) end--;
    else return end === s.length ? s : s.slice(0, end);
  }
}

/** `<!DOCTYPE ...>` ranges [start, end): their PUBLIC/SYSTEM identifiers (and internal subset's) name a DTD, they are not addresses. */
function doctypes(s: string): number[] {
  const ranges: number[] = [];
  for (let i = s.indexOf('<!'); i >= 0; i = s.indexOf('<!', i + 2)) {
    if (!/^doctype/i.test(s.slice(i + 2, i + 9))) continue;
    let quote = 0;
    let subset = false;
    let end = i + 9;
    for (; end < s.length; end++) {
      const c = s.charCodeAt(end);
      if (quote) { if (c === quote) quote = 0; }
      else if (c === 34 || c === 39) quote = c;
      else if (c === 91) subset = true; // [
      else if (c === 93) subset = false; // ]
      else if (c === 62 && !subset) break; // >
    }
    ranges.push(i, end + 1);
    i = end;
  }
  return ranges;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** How far back the quote opening an attribute value is looked for (schemaLocation lists span lines). */
const MAX_ATTRIBUTE_VALUE = 4096;

/**
 * Whether the URL at `at` is inside the value of a namespace or schema attribute: `xmlns`,
 * `xmlns:x`, `xsi:schemaLocation` (pairs, often over several lines), `noNamespaceSchemaLocation`,
 * also written inside a string literal with escaped quotes (`"<a xmlns=\"http://...\">"`).
 */
function inNamespaceAttribute(s: string, at: number): boolean {
  // Back to the quote opening the value; a `<` or `>` on the way means the URL is not in one.
  let q = at - 1;
  const stop = Math.max(0, at - MAX_ATTRIBUTE_VALUE);
  for (; q >= stop; q--) {
    const c = s.charCodeAt(q);
    if (c === 34 || c === 39) break;
    if (c === 60 || c === 62) return false;
  }
  if (q < stop) return false;
  let i = q - 1;
  if (s.charCodeAt(i) === 92) i--; // \" inside a string literal
  while (i >= 0 && isBlank(s.charCodeAt(i))) i--;
  if (s.charCodeAt(i) !== 61) return false; // =
  i--;
  while (i >= 0 && isBlank(s.charCodeAt(i))) i--;
  let start = i;
  while (start >= 0 && /[\w:.-]/.test(s[start]!)) start--;
  const name = s.slice(start + 1, i + 1).toLowerCase();
  return name.startsWith('xmlns') || name.endsWith('schemalocation');
}

/** How far back on its line a URL is looked at for the word "namespace". */
const NAMESPACE_WORD_WINDOW = 120;

/**
 * A URL the code names a namespace (`let supportedNamespaces = ["http://tokenscript.org/2022/09/tokenscript"]`,
 * `NAMESPACE_PREFIX = "http://..."`): an XML namespace identifier kept in code, not an address.
 */
function namedNamespace(s: string, lineStart: number, at: number): boolean {
  const from = Math.max(lineStart, at - NAMESPACE_WORD_WINDOW);
  for (let i = s.indexOf('amespace', from); i >= 0 && i < at; i = s.indexOf('amespace', i + 8)) {
    const c = s.charCodeAt(i - 1);
    if (c === 110 || c === 78) return true; // n, N
  }
  return false;
}

/**
 * A host prefix completed at run time: `"http://www." + url`, `"https://api."` (the quote closes
 * the string right after a dot). Not an address, whatever the scheme.
 */
function hostPrefix(s: string, raw: string, end: number): boolean {
  if (!raw.endsWith('.') || raw.includes('/')) return false;
  const c = s.charCodeAt(end);
  return c === 34 || c === 39 || c === 96;
}

/** App source code, where a literal `http://` completed at run time builds an address (not build scripts or configs). */
const CODE = new Set(['kt', 'java', 'swift', 'm', 'mm', 'h', 'dart', 'js', 'jsx', 'ts', 'tsx', 'mjs', 'cjs', 'ets']);
const IDENTIFIER = /^[A-Za-z_][\w.]*(?:\(\))?/;
const MAX_EXPRESSION = 40;

/**
 * The expression a string literal ending in `scheme://` is completed with at run time, when the
 * code builds an address from it: `"http://" + domain`, `"http://\(domain)"` (Swift),
 * `"http://${host}"`, `"http://$host"` (Kotlin, Dart, JS templates), `@"http://%@"` (a format).
 * `at` is the offset right after `://`. A bare prefix compared or stripped (`startsWith("http://")`,
 * `replace("http://", "")`) is followed by neither, and gives undefined.
 */
export function runtimeHostExpression(s: string, at: number): string | undefined {
  const c = s.charCodeAt(at);
  const next = s.charCodeAt(at + 1);
  const cut = (e: string) => (e.length > MAX_EXPRESSION ? `${e.slice(0, MAX_EXPRESSION)}…` : e);
  if ((c === 92 && next === 40) || (c === 36 && next === 123)) { // \( or ${
    const close = s.indexOf(c === 92 ? ')' : '}', at + 2);
    const e = close < 0 ? '' : s.slice(at + 2, close).trim();
    return e && !e.includes('\n') ? cut(e) : undefined;
  }
  if (c === 36) return IDENTIFIER.exec(s.slice(at + 1, at + 1 + MAX_EXPRESSION * 2))?.[0]; // $host
  if (c === 37 && (next === 64 || next === 115)) return 'format argument'; // %@ %s
  if (c !== 34 && c !== 39 && c !== 96) return undefined; // the literal does not end here
  let i = at + 1;
  while (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9) i++;
  if (s.charCodeAt(i) !== 43 || s.charCodeAt(i + 1) === 43 || s.charCodeAt(i + 1) === 61) return undefined; // + (not ++ or +=)
  i++;
  while (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9) i++;
  const e = IDENTIFIER.exec(s.slice(i, i + MAX_EXPRESSION * 2))?.[0];
  return e ? cut(e) : undefined;
}

/** URLs of one file (undefined when it has none). */
export function scanLinks(file: string, ext: string, text: ScanText, inTest: boolean): LinkScan | undefined {
  const s = text.s;
  const style = styleOf(ext);
  const servers = (ext === 'yaml' || ext === 'yml' || ext === 'json') ? cleartextServers(s) : [];
  if (!s.includes('://') && !servers.length) return undefined;
  const code = CODE.has(ext);
  const ranges = blockComments(s, style);
  // Namespace, schema and DTD declarations are looked for only in files that could hold one.
  const declares = s.includes('xmlns') || s.includes('$schema');
  const dtds = s.includes('<!') ? doctypes(s) : [];
  // A GraphQL introspection dump (a bundled schema.json) holds type documentation: its links are
  // read like comments, never opened by the app.
  const schemaDocs = ext === 'json' && s.includes('"__schema"');
  const urls: string[] = [];
  const urlHosts: string[] = [];
  const marks: number[] = [];
  const out: LinkScan = { urls, urlHosts, marks, hosts: [], counts: { urls: 0, inTest: 0, inComment: 0, insecure: 0, skippedLines: 0 } };
  const counts = out.counts;
  // The hosts as met (LinksBuilder keeps the distinct ones): an array, not a set per file.
  const hosts: string[] = [];
  let lastLongLine = -1;
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(s); m; m = URL_RE.exec(s)) {
    const li = text.lineOf(m.index);
    const ls = text.lineStart(li);
    if (text.lineEnd(li) - ls > MAX_LINE) {
      // A long comment (sample JSON in a Javadoc) is not minified code: its URLs count for nothing anyway.
      if (li !== lastLongLine && !inRanges(ranges, m.index)) { counts.skippedLines++; lastLongLine = li; }
      continue;
    }
    const scheme = m[1]!.toLowerCase();
    let rest = trimUrlEnd(m[2]!);
    const cleartext = scheme === 'http' || scheme === 'ws';
    // A cleartext address whose host the code supplies at run time: reported as `http://{domain}`.
    const prefix = hostPrefix(s, m[2]!, m.index + m[0].length) ? m[2]! : '';
    let host = rest && !prefix ? hostOf(rest) : '';
    const built = cleartext && code && !host ? runtimeHostExpression(s, m.index + m[1]!.length + 3 + prefix.length) : undefined;
    if (built) { rest = `${prefix}{${built}}`; host = ''; }
    else if (!rest || prefix) continue; // a bare `http://` (a prefix test, `"https://" + host`) or `"https://api."`: not an address
    if (s.charCodeAt(m.index - 1) === 94) continue; // `^http://x.cn/api$`: a regular expression anchored at the scheme, not a link
    if (declares && (inNamespaceAttribute(s, m.index) || /\$schema"?\s*:\s*"$/.test(s.slice(Math.max(ls, m.index - 40), m.index)))) continue;
    if (dtds.length && inRanges(dtds, m.index)) continue;
    if (namedNamespace(s, ls, m.index)) continue;
    if (NAMESPACE_HOSTS.test(rest)) continue;
    if (host && !/[a-z0-9[]/.test(host[0]!)) continue; // `https://-ით` in a translation: no host name starts so
    const comment = schemaDocs || inRanges(ranges, m.index)
      || (style === 'hash' && hashCommentLine(s, ls, m.index))
      || (style === 'c' && lineCommentBefore(s, ls, m.index));
    counts.urls++;
    if (inTest) { counts.inTest++; continue; }
    if (comment) counts.inComment++;
    const local = LOCAL.test(host);
    // A host that is only a template (`http://${host}/` in a config) is not known to be cleartext
    // to anyone in particular; one the code supplies to a cleartext scheme is.
    const insecure = cleartext && !comment && !local && (host !== '' || built !== undefined);
    if (insecure) counts.insecure++;
    if (!comment && !local && host && hosts[hosts.length - 1] !== host) hosts.push(host);
    if (urls.length >= MAX_URLS) continue;
    urls.push(`${m[1]}://${rest}`);
    urlHosts.push(host);
    marks.push(li + 1, text.column(m.index, ls), (comment ? URL_COMMENT : 0) | (local ? URL_LOCAL : 0) | (insecure ? URL_INSECURE : 0)
      | (built ? URL_RUNTIME : 0));
  }
  for (const e of servers) {
    if (LOCAL.test(e.host)) continue;
    counts.urls++;
    if (inTest) { counts.inTest++; continue; }
    counts.insecure++;
    if (urls.length >= MAX_URLS) continue;
    urls.push(`${e.address} (${e.flag})`);
    urlHosts.push(e.host);
    marks.push(e.line, e.column, URL_INSECURE | URL_SERVER_LIST);
  }
  out.hosts = hosts;
  if (counts.skippedLines && !inTest) {
    out.diagnostic = diagnostic('links/long-lines-skipped', 'note', file,
      `${file} has ${counts.skippedLines} line(s) longer than ${MAX_LINE} characters with URLs (minified or generated): those URLs were not checked.`,
      `${file} 有 ${counts.skippedLines} 行超过 ${MAX_LINE} 个字符且含 URL（压缩或生成的内容），这些 URL 未被检查。`);
  }
  return out;
}

/** The links facts of one app, folded from its files' scans in file order. */
export class LinksBuilder {
  readonly facts: LinksFacts = { urls: [], insecureUrls: [], hosts: [], truncated: false,
    counts: { filesScanned: 0, urls: 0, inTest: 0, inComment: 0, insecure: 0, skippedFiles: 0, skippedLines: 0 } };
  readonly diagnostics: Diagnostic[] = [];
  private hosts = new Set<string>();

  scanned(file: string, r: LinkScan | undefined): void {
    const c = this.facts.counts;
    c.filesScanned++;
    if (!r) return;
    c.urls += r.counts.urls;
    c.inTest += r.counts.inTest;
    c.inComment += r.counts.inComment;
    c.insecure += r.counts.insecure;
    c.skippedLines += r.counts.skippedLines;
    for (const h of r.hosts) this.hosts.add(h);
    const { urls, insecureUrls } = this.facts;
    const keep = Math.min(MAX_URLS - urls.length, r.urls.length);
    // Past `keep`, only insecure URLs are still wanted.
    const end = r.counts.insecure && insecureUrls.length < MAX_URLS ? r.urls.length : keep;
    for (let k = 0; k < end; k++) {
      const flags = r.marks[3 * k + 2]!;
      const insecure = (flags & URL_INSECURE) !== 0 && insecureUrls.length < MAX_URLS;
      if (k >= keep && !insecure) continue;
      const url = r.urls[k]!;
      const line = r.marks[3 * k]!;
      const column = r.marks[3 * k + 1]!;
      const scheme = flags & URL_SERVER_LIST ? 'no-tls' : url.slice(0, url.indexOf('://')).toLowerCase() as UrlFact['scheme'];
      const fact: UrlFact = { url, scheme, host: r.urlHosts[k]!, file, line, column,
        location: loc(file, line, column), inComment: (flags & URL_COMMENT) !== 0, local: (flags & URL_LOCAL) !== 0, inTest: false };
      if (flags & URL_RUNTIME) fact.builtAtRunTime = true;
      if (k < keep && !(flags & URL_SERVER_LIST)) urls.push(fact);
      if (insecure) insecureUrls.push(fact);
    }
    // Non-test URLs of this file that are not kept: the list is truncated.
    if (r.counts.urls - r.counts.inTest > keep) this.facts.truncated = true;
    if (r.diagnostic) this.diagnostics.push(r.diagnostic);
  }

  skipped(d: Diagnostic | undefined): void {
    this.facts.counts.skippedFiles++;
    if (d) this.diagnostics.push(d);
  }

  finish(): void {
    if (this.facts.truncated) {
      this.diagnostics.push(diagnostic('links/too-many-urls', 'note', '.',
        `More than ${MAX_URLS} URLs were found; only the first ${MAX_URLS} are kept as facts (counts are complete).`,
        `发现的 URL 超过 ${MAX_URLS} 个，仅保留前 ${MAX_URLS} 个作为事实（计数完整）。`));
    }
    this.facts.hosts = [...this.hosts].sort();
  }
}
