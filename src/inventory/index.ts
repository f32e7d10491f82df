// The inventory view: build it from `facts.sdks`, print it as JSON, CycloneDX or a text table.
export { buildInventory, displayName, purlIdentity } from './build.js';
export { toCycloneDx, type CycloneDxMeta } from './cyclonedx.js';
export { inventoryToText } from './text.js';
export type { Inventory, InventoryEntry, InventoryLocation, SdkMatcher, SdkRef } from './types.js';

import { jsonWithoutWorkflowCommands } from '../reporters/plain-text.js';
import type { Inventory } from './types.js';

/** The stable `inventory --format json` document. */
export function inventoryToJson(inv: Inventory): string {
  return `${jsonWithoutWorkflowCommands(JSON.stringify(inv, null, 2))}\n`;
}
