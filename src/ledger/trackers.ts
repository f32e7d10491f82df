// Catalogue SDK ids marked `tracker: true` (policies/catalog/*.yaml), for the tracker count.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { packageRoot } from '../engine/index.js';

export function loadTrackerIds(dir = path.join(packageRoot(), 'policies', 'catalog')): Set<string> {
  const ids = new Set<string>();
  if (!fs.existsSync(dir)) return ids;
  for (const f of fs.readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    try {
      const doc = parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { sdks?: { id?: unknown; tracker?: unknown }[] } | null;
      for (const s of doc?.sdks ?? []) if (s?.tracker === true && typeof s.id === 'string') ids.add(s.id);
    } catch {
      // the catalogue's own tests report a broken file; the ledger just counts fewer trackers
    }
  }
  return ids;
}
