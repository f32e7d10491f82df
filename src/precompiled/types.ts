// What build.mjs embeds in dist/ (docs/decisions/0007): the built-in packs' files and the SDK
// catalogue, parsed and validated at build time, with the positions the runtime reports.
import type { ApiCatalogFile } from '../api-catalog/types.js';
import type { CatalogSdk } from '../catalog/types.js';

/** One YAML file of a built-in pack: its plain value (schema-valid) and where its document starts. */
export interface EmbeddedFile {
  /** Path relative to the package root, `/`-separated (`policies/nfra-2024-99/rules/x.yaml`). */
  path: string;
  value: unknown;
  line: number;
  column: number;
}

export interface EmbeddedPack {
  pack: EmbeddedFile;
  /** Rule files in the order the runtime reads them (sorted by name). */
  rules: EmbeddedFile[];
}

export interface EmbeddedData {
  /** Built-in packs by name. */
  packs: Record<string, EmbeddedPack>;
  /** The built-in SDK catalogue (policies/catalog), entries in file order. */
  catalog: CatalogSdk[];
  /** The built-in API catalogue (policies/api-catalog), validated. */
  apiCatalog: ApiCatalogFile[];
}
