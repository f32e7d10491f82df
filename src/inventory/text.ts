// A plain text table of the inventory, for terminals and job logs.
import type { Inventory } from './types.js';

const HEAD = ['ECOSYSTEM', 'NAME', 'VERSION', 'DIRECT', 'SCOPE', 'SDK', 'WHERE'];

export function inventoryToText(inv: Inventory): string {
  const rows = inv.components.map((c) => {
    const first = c.locations[0];
    const where = first ? `${first.file}${first.line ? `:${first.line}` : ''}${c.locations.length > 1 ? ` (+${c.locations.length - 1})` : ''}` : '';
    return [c.ecosystem, c.abis ? `${c.name} (${c.abis.join(', ')})` : c.name, c.version, c.direct ? 'yes' : 'no', c.scope, c.sdk ? `${c.sdk.name} (${c.sdk.vendor})${c.sdk.bundles?.length ? ` + ${c.sdk.bundles.map((b) => b.name).join(', ')}` : ''}` : '-', where];
  });
  const widths = HEAD.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const fmt = (r: string[]) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  const direct = inv.components.filter((c) => c.direct).length;
  const sdks = inv.components.filter((c) => c.sdk).length;
  const runtime = inv.components.filter((c) => c.scope === 'runtime').length;
  return [fmt(HEAD), ...rows.map(fmt), '', `${inv.components.length} components (${direct} direct, ${runtime} runtime, ${sdks} catalogued SDKs)`, ''].join('\n');
}
