// A file's scan as bytes, for scans made on the read-ahead thread (scan-ahead-worker.ts): a few
// numbers and one latin1 string of URLs and hosts, plus JSON for the rare parts (diagnostics,
// secrets, WebView facts). JSON for the whole would cost the main thread about what the scan does.
import { Buffer } from 'node:buffer';
import type { FileScan } from './scan.js';

const LINKS = [undefined, 'scanned', 'skipped'] as const;
const HEAD = 12; // Int32s: see encodeScan

export function encodeScan(r: FileScan): Uint8Array {
  const ls = r.linkScan;
  const rare = r.linkSkip || r.secrets || r.webview || r.iosWebview || r.privacy || ls?.diagnostic
    ? Buffer.from(JSON.stringify({ linkSkip: r.linkSkip, secrets: r.secrets, webview: r.webview, iosWebview: r.iosWebview, privacy: r.privacy, diagnostic: ls?.diagnostic }), 'utf8')
    : undefined;
  // URLs and hosts never hold a line break (links.ts ends a URL at whitespace); they come from
  // latin1 text, so latin1 carries them exactly.
  const text = ls ? Buffer.from([...ls.urls, ...ls.urlHosts, ...ls.hosts].join('\n'), 'latin1') : undefined;
  const n = ls?.urls.length ?? 0;
  const out = Buffer.alloc(4 * (HEAD + 3 * n) + (text?.length ?? 0) + (rare?.length ?? 0));
  const c = ls?.counts;
  [LINKS.indexOf(r.links), r.secretsScanned ? 1 : 0, ls ? 1 : 0, n, ls?.hosts.length ?? 0, c?.urls ?? 0, c?.inTest ?? 0,
    c?.inComment ?? 0, c?.insecure ?? 0, c?.skippedLines ?? 0, text?.length ?? 0, rare?.length ?? 0]
    .forEach((v, i) => out.writeInt32LE(v, 4 * i));
  for (let k = 0; k < 3 * n; k++) out.writeInt32LE(ls!.marks[k]!, 4 * (HEAD + k));
  let at = 4 * (HEAD + 3 * n);
  if (text) { out.set(text, at); at += text.length; }
  if (rare) out.set(rare, at);
  return out;
}

export function decodeScan(bytes: Uint8Array): FileScan {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const h = (i: number) => buf.readInt32LE(4 * i);
  const n = h(3);
  const nHosts = h(4);
  let at = 4 * (HEAD + 3 * n);
  const text = buf.toString('latin1', at, at + h(10));
  at += h(10);
  const rare = h(11) ? JSON.parse(buf.toString('utf8', at, at + h(11))) as Pick<FileScan, 'linkSkip' | 'secrets' | 'webview' | 'iosWebview' | 'privacy'> & { diagnostic?: FileScan['linkSkip'] } : undefined;
  const r: FileScan = { links: LINKS[h(0)], secretsScanned: h(1) === 1 };
  if (rare?.linkSkip) r.linkSkip = rare.linkSkip;
  if (rare?.secrets) r.secrets = rare.secrets;
  if (rare?.webview) r.webview = rare.webview;
  if (rare?.iosWebview) r.iosWebview = rare.iosWebview;
  if (rare?.privacy) r.privacy = rare.privacy;
  if (h(2)) {
    const words = text.split('\n');
    const marks: number[] = [];
    for (let k = 0; k < 3 * n; k++) marks.push(buf.readInt32LE(4 * (HEAD + k)));
    r.linkScan = { urls: words.slice(0, n), urlHosts: words.slice(n, 2 * n), hosts: words.slice(2 * n, 2 * n + nHosts), marks,
      counts: { urls: h(5), inTest: h(6), inComment: h(7), insecure: h(8), skippedLines: h(9) } };
    if (rare?.diagnostic) r.linkScan.diagnostic = rare.diagnostic;
  }
  return r;
}
