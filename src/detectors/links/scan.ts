// One pass over the app's text files, shared by the links, secrets, android (WebView) and privacy
// detectors: each file is read once, as bytes, and scanned by each concern that wants it.
// Each file's scan (scanBytes) is folded into the app's facts in file order (scanSources);
// results are cached per repository and app folder. In a large repository a second thread reads
// the files ahead (startScanAhead, repo/read-ahead.ts).
import type { Diagnostic } from '../../core/types.js';
import { decodeText, DiskRepo, utf16AsUtf8, subtreeRange, tooLarge, unreadable, type BytesResult, type RepoFiles } from '../../repo/files.js';
import { EntryStatus, ReadAhead } from '../../repo/read-ahead.js';
import { basename, diagnostic } from '../android/util.js';
import { roleAt, scopeOf, type AppScope, type Role } from '../../scope/index.js';
import { scanWebView, type WebViewRiskFact } from '../android/webview.js';
import { scanIosWebView, type IosWebViewFact } from '../ios/webview.js';
import { scanSecretsText, triggerLines, wantsSecrets, type SecretFact, type SecretsAccumulator } from '../secrets/text.js';
import { privacyExtensions, scanPrivacy, type PrivacyHit } from '../privacy/scan.js';
import { LinksBuilder, MAX_FILE_BYTES, scanLinks, wantsLinks, type LinkScan, type LinksFacts } from './links.js';
import { ScanText } from './text.js';

export interface SourceScan {
  links: LinksFacts;
  linkDiagnostics: Diagnostic[];
  /** `role`: the file's role in the app, when it is not shipped code (src/scope). */
  secrets: { findings: (SecretFact & { role?: Role })[]; credentialsInTests: number; filesScanned: number };
  webview: WebViewRiskFact[];
  /** WKWebView inspection switched on in Swift / Objective-C sources. */
  iosWebview: IosWebViewFact[];
  /** Uses of the API catalogue's entries, per file of shipped (or debug) code. */
  privacy: { file: string; debug: boolean; hits: PrivacyHit[] }[];
}

/** What one file contributes to the links, secrets and WebView facts of any app holding it. */
export interface FileScan {
  /** Read and searched for URLs, or wanted but skipped (minified, too large, binary). */
  links?: 'scanned' | 'skipped';
  /** URLs found (scanned files with at least one URL). */
  linkScan?: LinkScan;
  /** Why a wanted file was skipped, when that is worth a note (not for test files). */
  linkSkip?: Diagnostic;
  secretsScanned: boolean;
  secrets?: SecretsAccumulator;
  webview?: WebViewRiskFact[];
  iosWebview?: IosWebViewFact[];
  privacy?: PrivacyHit[];
}

/**
 * Which concerns want a file: from its name (Links, Secrets, Web, Minified) and its role in the
 * app (Test: test code or a sample app; Debug: debug-only code, reported as not shipped).
 */
export const Want = { Links: 1, Secrets: 2, Web: 4, Minified: 8, Test: 16, Debug: 32, Privacy: 64 } as const;

const SECRETS_MAX = 1024 * 1024;

/** Sources scanned for WebView settings: Android's Kotlin/Java, iOS's Swift/Objective-C. */
const WEB_EXTS = new Set(['kt', 'java', 'swift', 'm', 'mm']);
const IOS_EXTS = new Set(['swift', 'm', 'mm']);

let privacyExtSet: Set<string> | undefined;
const privacyExts = () => (privacyExtSet ??= privacyExtensions());

function extOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot >= 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** The concerns that want this file, from its name alone (0: none, it is not read). */
export function wantOf(file: string): number {
  const name = basename(file);
  const ext = extOf(name);
  let want = 0;
  if (wantsLinks(file, name, ext)) want |= Want.Links;
  if (wantsSecrets(name, ext)) want |= Want.Secrets;
  if (WEB_EXTS.has(ext)) want |= Want.Web;
  // Bundled or minified JavaScript, and TypeScript declarations: not the app's own code.
  const bundled = (ext === 'js' || ext === 'mjs' || ext === 'cjs') && /\.min\.[cm]?js$|\.bundle\.js$/.test(name);
  if (privacyExts().has(ext) && !bundled && !(ext === 'ts' && name.endsWith('.d.ts'))) want |= Want.Privacy;
  if (!want) return 0;
  if ((want & Want.Links) && bundled) want |= Want.Minified;
  return want;
}

/**
 * What is wanted of a file with this role: shipped code everything; debug code and tests
 * everything, marked (the rules skip them); sample apps secrets only, as test data; docs, CI,
 * tool configs, generated, vendored and other platforms' files secrets only (a leaked key is
 * leaked wherever it sits). Outside the app: nothing.
 */
export function wantFor(want: number, role: Role | undefined): number {
  switch (role) {
    case undefined: return 0;
    case 'shipped': return want;
    case 'debug': return want | Want.Debug;
    // Test code is not the app: it collects nothing from users.
    case 'test': return (want & ~Want.Privacy) | Want.Test;
    case 'example': return want & Want.Secrets ? Want.Secrets | Want.Test : 0;
    default: return want & Want.Secrets;
  }
}

/** Reads and scans one file. */
function scanFile(repo: RepoFiles, file: string, want: number): FileScan {
  return scanBytes(file, want, readsFile(want) ? repo.readTransient(file, MAX_FILE_BYTES) : undefined);
}

/** Scans one file's bytes (`r`: undefined when the file is not read, see readsFile). */
export function scanBytes(file: string, want: number, r: BytesResult | undefined): FileScan {
  const name = basename(file);
  const ext = extOf(name);
  const inTest = (want & Want.Test) !== 0;
  // Debug-only code is not shipped: its URLs and WebView settings are marked like tests'.
  const notShipped = inTest || (want & Want.Debug) !== 0;
  let wantLinks = (want & Want.Links) !== 0;
  const wantWeb = (want & Want.Web) !== 0;
  let links: FileScan['links'];
  let linkSkip: Diagnostic | undefined;
  const skip = (d: Diagnostic | undefined) => {
    links = 'skipped';
    if (!notShipped) linkSkip = d;
    wantLinks = false;
  };
  if (wantLinks && (want & Want.Minified)) {
    skip(diagnostic('links/file-skipped', 'note', file, `${file} looks minified or bundled: URLs in it were not checked.`,
      `${file} 看起来是压缩或打包后的文件，其中的 URL 未被检查。`));
  }
  let secretsScanned = false;
  let linkScan: LinkScan | undefined;
  let secrets: SecretsAccumulator | undefined;
  let webview: WebViewRiskFact[] | undefined;
  let iosWebview: IosWebViewFact[] | undefined;
  let privacy: PrivacyHit[] | undefined;
  if (r) {
    // UTF-16 text (iOS .strings) is scanned as UTF-8, decoded once.
    const utf16 = r.ok ? utf16AsUtf8(r.bytes) : undefined;
    if (!r.ok) {
      if (wantLinks) skip(r.diagnostic);
    } else if (!utf16 && r.bytes.subarray(0, 8192).includes(0)) {
      // A binary property list is binary by design: the iOS detector reads it, no note here.
      if (wantLinks) { const d = isBinaryPlist(r.bytes) ? undefined : decodeText(file, r.bytes); skip(d && !d.ok ? d.diagnostic : undefined); }
    } else {
      const bytes = utf16 ?? r.bytes;
      const text = ScanText.fromBytes(bytes);
      if (wantLinks) { links = 'scanned'; linkScan = scanLinks(file, ext, text, notShipped); }
      if (want & Want.Privacy) privacy = scanPrivacy(ext, text);
      secretsScanned = (want & Want.Secrets) !== 0 && bytes.length <= SECRETS_MAX;
      if (secretsScanned || wantWeb) {
        const t = triggerLines(text, secretsScanned, wantWeb);
        if (secretsScanned) {
          const acc: SecretsAccumulator = { findings: [], credentialsInTests: 0 };
          scanSecretsText(file, name, ext, text, inTest, acc, t.lines);
          if (acc.findings.length || acc.credentialsInTests) secrets = acc;
        }
        if (wantWeb && t.web && IOS_EXTS.has(ext)) {
          const w = scanIosWebView(file, text, notShipped);
          if (w.length) iosWebview = w;
        } else if (wantWeb && t.web) {
          const w = scanWebView(file, text, notShipped);
          if (w.length) webview = w;
        }
      }
    }
  }
  return { links, linkScan, linkSkip, secretsScanned, secrets, webview, iosWebview, privacy };
}

/** Whether scanFile reads a file it is given (and so whether a read-ahead should fetch it). */
export function readsFile(want: number): boolean {
  return (want & (Want.Secrets | Want.Web | Want.Privacy)) !== 0 || (want & (Want.Links | Want.Minified)) === Want.Links;
}

const UNKNOWN = 255;
const wantsByRepo = new WeakMap<RepoFiles, Uint8Array>();

/** The name-based Want bits of file number i of repo.paths, worked out once per repository. */
function nameWantAt(repo: RepoFiles, i: number): number {
  let wants = wantsByRepo.get(repo);
  if (!wants) { wants = new Uint8Array(repo.paths.length).fill(UNKNOWN); wantsByRepo.set(repo, wants); }
  if (wants[i] === UNKNOWN) wants[i] = wantOf(repo.paths[i]!);
  return wants[i]!;
}

/** The Want bits of file number i for one app: its name's, cut to what its role needs. */
function wantAt(repo: RepoFiles, scope: AppScope, i: number): number {
  const role = roleAt(scope, i);
  return role ? wantFor(nameWantAt(repo, i), role) : 0;
}

const cache = new WeakMap<AppScope, SourceScan>();
/** The read-ahead of a repository, what it reads for each file, and the scans of files the main thread took over. */
interface Ahead { reader: ReadAhead; wants: number[]; stolen: Map<number, FileScan> }
const ahead = new WeakMap<RepoFiles, Ahead>();

/**
 * Starts reading the files of these apps, checked in this order, on a second thread: large
 * repositories on a DiskRepo, with the bundled worker script only.
 */
export function startScanAhead(repo: RepoFiles, scopes: readonly AppScope[]): void {
  if (!(repo instanceof DiskRepo)) return;
  const files: string[] = [];
  const wants: number[] = [];
  for (const scope of scopes) {
    const [start, end] = subtreeRange(repo, scope.dir);
    for (let i = start; i < end; i++) {
      const want = wantAt(repo, scope, i);
      if (readsFile(want)) { files.push(repo.paths[i]!); wants.push(want); }
    }
  }
  const reader = ReadAhead.start(repo.root, files, MAX_FILE_BYTES);
  if (reader) ahead.set(repo, { reader, wants, stolen: new Map() });
}

export function stopScanAhead(repo: RepoFiles): void {
  ahead.get(repo)?.reader.stop();
  ahead.delete(repo);
}

/**
 * One file's scan: the read-ahead thread's, or of the bytes it read, or of the file read here.
 * While the thread has not delivered the file, this thread scans files from the end of the list.
 */
function scanNext(repo: RepoFiles, file: string, want: number): FileScan {
  const a = ahead.get(repo);
  const got = a?.reader.take(file, (j, other) => {
    const r = repo.readTransient(other, MAX_FILE_BYTES);
    a.stolen.set(j, scanBytes(other, a.wants[j]!, r));
    return r.ok ? r.bytes.length : 0;
  });
  if (!got) return scanFile(repo, file, want);
  switch (got.status) {
    case EntryStatus.Stolen: {
      const r = a!.stolen.get(got.index);
      a!.stolen.delete(got.index);
      return r ?? scanFile(repo, file, want);
    }
    case EntryStatus.Bytes: return scanBytes(file, want, { ok: true, bytes: got.bytes });
    case EntryStatus.TooLarge: return scanBytes(file, want, { ok: false, diagnostic: tooLarge(file, got.size, MAX_FILE_BYTES) });
    default: return scanBytes(file, want, { ok: false, diagnostic: unreadable(file, got.message) });
  }
}

/** The scan of one app's files (cached per scope); `scope` defaults to the scope of appDir. */
export function scanSources(repo: RepoFiles, appDir: string, scope: AppScope = scopeOf(repo, appDir)): SourceScan {
  const hit = cache.get(scope);
  if (hit) return hit;
  const links = new LinksBuilder();
  const out: SourceScan = { links: links.facts, linkDiagnostics: links.diagnostics,
    secrets: { findings: [], credentialsInTests: 0, filesScanned: 0 }, webview: [], iosWebview: [], privacy: [] };
  const [start, end] = subtreeRange(repo, scope.dir);
  for (let i = start; i < end; i++) {
    const want = wantAt(repo, scope, i);
    if (!want) continue;
    const file = repo.paths[i]!;
    const r = scanNext(repo, file, want);
    if (r.links === 'scanned') links.scanned(file, r.linkScan);
    else if (r.links === 'skipped') links.skipped(r.linkSkip);
    if (r.secretsScanned) out.secrets.filesScanned++;
    if (r.secrets) {
      // The file's role goes with each secret: the secrets rules weigh test data, docs and samples.
      const role = roleAt(scope, i)!;
      for (const f of r.secrets.findings) out.secrets.findings.push(role === 'shipped' ? f : { ...f, role });
      out.secrets.credentialsInTests += r.secrets.credentialsInTests;
    }
    if (r.webview) out.webview.push(...r.webview);
    if (r.iosWebview) out.iosWebview.push(...r.iosWebview);
    if (r.privacy) out.privacy.push({ file, debug: (want & Want.Debug) !== 0, hits: r.privacy });
  }
  links.finish();
  cache.set(scope, out);
  return out;
}

function isBinaryPlist(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 8)).toString('latin1') === 'bplist00';
}
