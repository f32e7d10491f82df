// One pass over the app's text files, shared by the links, secrets and android (WebView)
// detectors: each file is read once, as bytes, and scanned by each concern that wants it.
// Results are cached per repository and app folder, so the second and third detector are free.
import type { Diagnostic } from '../../core/types.js';
import { decodeText, type RepoFiles } from '../../repo/files.js';
import { appFiles, basename, diagnostic, isTestPath } from '../android/util.js';
import { scanWebView, type WebViewRiskFact } from '../android/webview.js';
import { scanSecretsText, triggerLines, wantsSecrets, type SecretFact } from '../secrets/text.js';
import { LinkScanner, MAX_FILE_BYTES, wantsLinks, type LinksFacts } from './links.js';
import { ScanText } from './text.js';

export interface SourceScan {
  links: LinksFacts;
  linkDiagnostics: Diagnostic[];
  secrets: { findings: SecretFact[]; credentialsInTests: number; filesScanned: number };
  webview: WebViewRiskFact[];
}

const cache = new WeakMap<RepoFiles, Map<string, SourceScan>>();
const SECRETS_MAX = 1024 * 1024;

export function scanSources(repo: RepoFiles, appDir: string): SourceScan {
  let byDir = cache.get(repo);
  if (!byDir) { byDir = new Map(); cache.set(repo, byDir); }
  const hit = byDir.get(appDir);
  if (hit) return hit;
  const links = new LinkScanner();
  const out: SourceScan = { links: links.facts, linkDiagnostics: links.diagnostics,
    secrets: { findings: [], credentialsInTests: 0, filesScanned: 0 }, webview: [] };
  for (const file of appFiles(repo, appDir)) {
    const name = basename(file);
    const dot = name.lastIndexOf('.');
    const ext = dot >= 0 ? name.slice(dot + 1).toLowerCase() : '';
    let wantLinks = wantsLinks(file, name, ext);
    const wantSecrets = wantsSecrets(file, name, ext);
    const wantWeb = ext === 'kt' || ext === 'java';
    if (!wantLinks && !wantSecrets && !wantWeb) continue;
    const inTest = isTestPath(file);
    if (wantLinks && /\.min\.[cm]?js$|\.bundle\.js$/.test(name)) {
      links.facts.counts.skippedFiles++;
      if (!inTest) links.diagnostics.push(diagnostic('links/file-skipped', 'note', file,
        `${file} looks minified or bundled: URLs in it were not checked.`,
        `${file} 看起来是压缩或打包后的文件，其中的 URL 未被检查。`));
      wantLinks = false;
      if (!wantSecrets) continue;
    }
    const r = repo.readBytes(file, MAX_FILE_BYTES);
    if (!r.ok) {
      if (wantLinks) { links.facts.counts.skippedFiles++; if (!inTest) links.diagnostics.push(r.diagnostic); }
      continue;
    }
    const bytes = r.bytes;
    if (bytes.subarray(0, 8192).includes(0)) {
      if (wantLinks) {
        links.facts.counts.skippedFiles++;
        const d = decodeText(file, bytes);
        if (!d.ok && !inTest) links.diagnostics.push(d.diagnostic);
      }
      continue;
    }
    const text = ScanText.fromBytes(bytes);
    if (wantLinks) links.scan(file, ext, text, inTest);
    const secrets = wantSecrets && bytes.length <= SECRETS_MAX;
    if (!secrets && !wantWeb) continue;
    const t = triggerLines(text, secrets, wantWeb);
    if (secrets) {
      out.secrets.filesScanned++;
      scanSecretsText(file, name, ext, text, inTest, out.secrets, t.lines);
    }
    if (wantWeb && t.web) out.webview.push(...scanWebView(file, text, inTest));
  }
  links.finish();
  byDir.set(appDir, out);
  return out;
}
