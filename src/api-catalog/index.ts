// The API catalogue as the detectors get it: embedded in dist/ (validated at build time), read
// from policies/api-catalog/ when running from src/.
import { embeddedData } from '../precompiled/index.js';
import { readApiCatalog } from './load.js';
import type { ApiCatalogFile } from './types.js';

export type * from './types.js';
export { API_CATALOG_DIR, parseApiCatalog } from './load.js';

let loaded: ApiCatalogFile[] | undefined;

export function apiCatalog(): ApiCatalogFile[] {
  loaded ??= embeddedData()?.apiCatalog ?? readApiCatalog();
  return loaded;
}
