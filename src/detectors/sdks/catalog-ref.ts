// Names each component's SDK from the catalogue, so rules can reason about categories
// (tracker, advertising) and the inventory can show vendors.
import { loadCatalog, matchComponentSdks, type Catalog, type CatalogSdk, type ComponentQuery } from '../../catalog/index.js';
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
  /** Other SDKs this component embeds (catalogue `bundles:`): `UMShare/Social/WeChat` → the WeChat OpenSDK. */
  bundles?: ComponentSdk[];
}

export function sdkOf(component: Component, catalog: Catalog = loadCatalog()): ComponentSdk | null {
  const query: ComponentQuery = component.ecosystem === 'file'
    ? { ecosystem: 'file', name: component.source?.split('/').pop() ?? component.name }
    : { ecosystem: component.ecosystem, group: component.group, name: component.name, purl: component.purl };
  const [hit, ...bundled] = matchComponentSdks(catalog, query);
  if (!hit) return null;
  return { ...refOf(hit), ...(bundled.length ? { bundles: bundled.map(refOf) } : {}) };
}

function refOf(sdk: CatalogSdk): ComponentSdk {
  return {
    id: sdk.id,
    name: sdk.name,
    vendor: sdk.vendor.en,
    categories: [...sdk.categories],
    tracker: sdk.tracker,
    personalInfo: [...sdk.personalInfo],
    ...(sdk.openSource ? { openSource: true as const } : {}),
  };
}
