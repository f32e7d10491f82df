// Server lists shipped as data (a wallet's node list, an IM app's server list): YAML or JSON
// entries naming a host without a scheme, beside a TLS flag (`useSSL`, `ssl`, `tls`, `secure`).
// An entry whose flag is false, or absent where its siblings set it true, is contacted without
// TLS: a cleartext address as much as an `http://` URL is.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export interface ServerEntry {
  /** `host[:port]` as written. */
  address: string;
  host: string;
  /** The TLS flag that is not true for this entry, whether set false or left out where siblings set it (`useSSL ≠ true`). */
  flag: string;
  line: number;
  column: number;
}

const ADDRESS_KEYS = new Set(['uri', 'url', 'host', 'hostname', 'server', 'address', 'endpoint', 'node']);
const TLS_KEYS = new Set(['usessl', 'ssl', 'issl', 'isssl', 'usetls', 'tls', 'secure', 'issecure', 'https', 'usehttps']);
/** A cheap test the file text must pass before it is parsed. */
export const SERVER_LIST_HINT = /\b(?:use_?ssl|is_?ssl|ssl|use_?tls|tls|is_?secure|secure|use_?https)"?\s*:/i;
// host[:port], no scheme: a dotted name or an IPv4 address.
const ADDRESS = /^((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*|\d{1,3}(?:\.\d{1,3}){3})(?::(\d{1,5}))?\/?$/i;
const MAX_ENTRIES = 10_000;

const norm = (k: string) => k.toLowerCase().replace(/[_-]/g, '');

function tlsFlag(entry: Node): { key: string; value: unknown } | undefined {
  if (!isMap(entry)) return undefined;
  for (const p of entry.items) {
    const k = isScalar(p.key) ? String(p.key.value) : '';
    if (TLS_KEYS.has(norm(k))) return { key: k, value: isScalar(p.value) ? p.value.value : undefined };
  }
  return undefined;
}

/** The entries of the server lists in one YAML/JSON file that are contacted without TLS. */
export function cleartextServers(text: string): ServerEntry[] {
  if (!SERVER_LIST_HINT.test(text)) return [];
  const lc = new LineCounter();
  let doc;
  try {
    doc = parseDocument(text, { lineCounter: lc, uniqueKeys: false });
  } catch {
    return [];
  }
  if (doc.errors.length) return []; // the YAML readers of the build files report broken YAML; an asset's is not ours
  const out: ServerEntry[] = [];
  let seen = 0;
  const visit = (n: Node | null | undefined, depth: number): void => {
    if (!n || depth > 8 || seen > MAX_ENTRIES) return;
    if (isMap(n)) { for (const p of n.items) visit(p.value as Node, depth + 1); return; }
    if (!isSeq(n)) return;
    const entries = n.items as Node[];
    seen += entries.length;
    const flags = entries.map(tlsFlag);
    const someTrue = flags.find((f) => f?.value === true);
    entries.forEach((e, i) => {
      if (!isMap(e)) { visit(e, depth + 1); return; }
      const f = flags[i];
      if (f ? f.value !== false : !someTrue) return;
      for (const p of e.items) {
        const k = isScalar(p.key) ? norm(String(p.key.value)) : '';
        if (!ADDRESS_KEYS.has(k) || !isScalar(p.value) || typeof p.value.value !== 'string') continue;
        const m = ADDRESS.exec(p.value.value.trim());
        if (!m || /\.onion$/i.test(m[1]!)) continue; // Tor hidden services are encrypted end to end
        const at = lc.linePos(p.value.range?.[0] ?? 0);
        out.push({ address: p.value.value.trim().replace(/\/$/, ''), host: m[1]!.toLowerCase(),
          flag: `${f?.key ?? someTrue!.key} ≠ true`, line: at.line, column: at.col });
      }
    });
  };
  visit(doc.contents as Node, 0);
  return out;
}
