// Names each component's SDK from the catalogue, so rules can reason about categories
// (tracker, advertising) and the inventory can show vendors.
import { loadCatalog, matchComponent, matchVendoredFile, type Catalog } from '../../catalog/index.js';
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

export function sdkOf(component: Component, catalog: Catalog = loadCatalog()): ComponentSdk | null {
  const hit = component.ecosystem === 'file'
    ? matchVendoredFile(catalog, component.source?.split('/').pop() ?? component.name)
    : matchComponent(catalog, { ecosystem: component.ecosystem, group: component.group, name: component.name, purl: component.purl });
  if (!hit) return null;
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
