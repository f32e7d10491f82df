// Builds the inventory from `facts.sdks`: one entry per component (identity = purl without
// version, plus the version), evidence merged across files, deterministic order.
import type { Component, SdkFacts } from '../detectors/sdks/types.js';
import type { Inventory, InventoryEntry, InventoryLocation, SdkMatcher, SdkRef } from './types.js';
import { cmp } from '../core/report.js';
import { widestScope } from '../detectors/sdks/scope.js';

/** The name shown to people: `group:name` for Maven, `@scope/name` for npm/ohpm, `Pod/Subspec`, else the name. */
export function displayName(c: Pick<Component, 'ecosystem' | 'group' | 'name'>): string {
  if (!c.group) return c.name;
  if (c.ecosystem === 'maven') return `${c.group}:${c.name}`;
  if (c.ecosystem === 'npm' || c.ecosystem === 'ohpm' || c.ecosystem === 'swift' || c.ecosystem === 'carthage') return `${c.group}/${c.name}`;
  return c.name;
}

/** purl without `@version` (and without qualifiers/subpath kept): the identity of a component. */
export function purlIdentity(purl: string): string {
  const hash = purl.indexOf('#');
  const sub = hash >= 0 ? purl.slice(hash) : '';
  let base = hash >= 0 ? purl.slice(0, hash) : purl;
  const q = base.indexOf('?');
  if (q >= 0) base = base.slice(0, q);
  const slash = base.lastIndexOf('/');
  const at = base.indexOf('@', slash + 1);
  return (at >= 0 ? base.slice(0, at) : base) + sub;
}

function sdkRef(sdk: SdkRef): SdkRef {
  const ref: SdkRef = { id: sdk.id, name: sdk.name, vendor: sdk.vendor, categories: [...sdk.categories].sort() };
  if (sdk.bundles?.length) ref.bundles = sdk.bundles.map(sdkRef);
  return ref;
}

export function buildInventory(facts: SdkFacts, match?: SdkMatcher): Inventory {
  const byKey = new Map<string, { entry: InventoryEntry; first: Component; locs: Map<string, InventoryLocation> }>();
  for (const c of facts.components) {
    const key = `${purlIdentity(c.purl)}|${c.version}`;
    let slot = byKey.get(key);
    if (!slot) {
      slot = {
        entry: { purl: c.purl, ecosystem: c.ecosystem, name: displayName(c), version: c.version, direct: c.direct, scope: c.scope, sdk: null, locations: [] },
        first: c,
        locs: new Map(),
      };
      byKey.set(key, slot);
    }
    if (c.abis) slot.entry.abis = [...new Set([...(slot.entry.abis ?? []), ...c.abis])].sort();
    slot.entry.direct ||= c.direct;
    slot.entry.scope = widestScope([slot.entry.scope, c.scope]);
    for (const l of c.locations) slot.locs.set(`${l.file}\u0000${l.line ?? 0}`, l.line ? { file: l.file, line: l.line } : { file: l.file });
  }
  const components: InventoryEntry[] = [];
  for (const { entry, first, locs } of byKey.values()) {
    entry.locations = [...locs.values()].sort((a, b) => cmp(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0));
    const sdk = match?.(first) ?? null;
    entry.sdk = sdk ? sdkRef(sdk) : null;
    components.push(entry);
  }
  components.sort((a, b) => cmp(a.purl, b.purl) || cmp(a.version, b.version));
  return { components };
}
