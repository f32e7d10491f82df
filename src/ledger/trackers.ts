// Catalogue SDK ids marked `tracker: true` (policies/catalog/*.yaml), for the tracker count.
import { loadCatalog } from '../catalog/index.js';

export function loadTrackerIds(): Set<string> {
  return new Set(loadCatalog().sdks.filter((s) => s.tracker).map((s) => s.id));
}
