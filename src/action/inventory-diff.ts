// SDK inventory diff between base and head: added, removed, version changed; with catalogue
// category and whether the manifest declares the component (sdks[].packages or sdks[].id).
import { purlIdentity } from '../inventory/index.js';
import type { InventoryEntry } from '../inventory/index.js';

export interface InventoryChange {
  change: 'added' | 'removed' | 'upgraded';
  purl: string;
  name: string;
  from?: string;
  to?: string;
  sdk?: string;
  categories: string[];
  declared: boolean;
  direct: boolean;
}

export function diffInventory(base: readonly InventoryEntry[], head: readonly InventoryEntry[], manifest: unknown): InventoryChange[] {
  const key = (e: InventoryEntry) => purlIdentity(e.purl);
  const before = group(base, key);
  const after = group(head, key);
  const declared = declaredSet(manifest);
  const isDeclared = (e: InventoryEntry) => declared.has(key(e)) || (e.sdk ? declared.has(`id:${e.sdk.id}`) : false);
  const out: InventoryChange[] = [];
  const row = (change: InventoryChange['change'], e: InventoryEntry, from?: string, to?: string): InventoryChange => ({
    change, purl: key(e), name: e.name, ...(from ? { from } : {}), ...(to ? { to } : {}),
    ...(e.sdk ? { sdk: e.sdk.name } : {}), categories: e.sdk?.categories ?? [], declared: isDeclared(e), direct: e.direct,
  });
  for (const [k, list] of after) {
    const old = before.get(k);
    const e = list[0]!;
    const versions = (l: InventoryEntry[]) => [...new Set(l.map((x) => x.version))].sort().join(', ');
    if (!old) out.push(row('added', e, undefined, versions(list)));
    else if (versions(old) !== versions(list)) out.push(row('upgraded', e, versions(old), versions(list)));
  }
  for (const [k, list] of before) if (!after.has(k)) out.push(row('removed', list[0]!, [...new Set(list.map((x) => x.version))].join(', ')));
  const order = { added: 0, upgraded: 1, removed: 2 };
  return out.sort((a, b) => order[a.change] - order[b.change] || (a.purl < b.purl ? -1 : a.purl > b.purl ? 1 : 0));
}

function group(list: readonly InventoryEntry[], key: (e: InventoryEntry) => string): Map<string, InventoryEntry[]> {
  const m = new Map<string, InventoryEntry[]>();
  for (const e of list) m.set(key(e), [...(m.get(key(e)) ?? []), e]);
  return m;
}

function declaredSet(manifest: unknown): Set<string> {
  const out = new Set<string>();
  const sdks = (manifest as { sdks?: unknown } | undefined)?.sdks;
  if (!Array.isArray(sdks)) return out;
  for (const s of sdks as { id?: unknown; packages?: unknown }[]) {
    if (typeof s?.id === 'string') out.add(`id:${s.id}`);
    if (Array.isArray(s?.packages)) for (const p of s.packages) if (typeof p === 'string') out.add(purlIdentity(p));
  }
  return out;
}
