// Names each component's SDK from the catalogue, so rules can reason about categories
// (tracker, advertising) and the inventory can show vendors.
import { loadCatalog, matchComponent, matchVendoredFile, type Catalog, type CatalogSdk } from '../../catalog/index.js';
import type { Component } from './types.js';

export interface ComponentSdk {
  id: string;
  name: string;
  vendor: string;
  categories: string[];
  tracker: boolean;
  personalInfo: string[];
  /** Set for open-source libraries of the catalogue: not vendor SDKs the ledger must list. */
  openSource?: true;
}

/**
 * The catalogue SDK of a component. For a vendored binary the detector passes `binarySdk`, decided
 * from its file name and contents (src/detectors/sdks/binary-signatures.ts); without it, its file name.
 */
export function sdkOf(component: Component, catalog: Catalog = loadCatalog(), binarySdk?: string | null): ComponentSdk | null {
  const binary = component.ecosystem === 'file' || component.ecosystem === 'native';
  const hit = binary && binarySdk !== undefined
    ? (binarySdk ? catalog.byId.get(binarySdk) ?? null : null)
    : binary
      ? matchVendoredFile(catalog, component.source?.split('/').pop() ?? component.name)
      : matchComponent(catalog, { ecosystem: component.ecosystem, group: component.group, name: component.name, purl: component.purl });
  return hit ? componentSdk(hit) : null;
}

/** What facts carry about a catalogue SDK. */
export function componentSdk(hit: CatalogSdk): ComponentSdk {
  return {
    id: hit.id,
    name: hit.name,
    vendor: hit.vendor.en,
    categories: [...hit.categories],
    tracker: hit.tracker,
    personalInfo: [...hit.personalInfo],
    ...(hit.openSource ? { openSource: true as const } : {}),
  };
}
