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

/**
 * The catalogue SDK of a component, and the other SDKs it embeds (`bundles`). For a vendored
 * binary the detector passes what its contents say (src/detectors/sdks/binary-signatures.ts): its
 * SDK (`binarySdk`, null for none) and the SDKs whose classes it bundles; without them, its file
 * name decides.
 */
export function sdkOf(component: Component, catalog: Catalog = loadCatalog(), binarySdk?: string | null, bundledIds: readonly string[] = []): ComponentSdk | null {
  const binary = component.ecosystem === 'file' || component.ecosystem === 'native';
  let hits: CatalogSdk[];
  if (binary && binarySdk !== undefined) {
    const own = binarySdk ? catalog.byId.get(binarySdk) : undefined;
    hits = own ? [own] : [];
  } else {
    const query: ComponentQuery = binary
      ? { ecosystem: 'file', name: component.source?.split('/').pop() ?? component.name }
      : { ecosystem: component.ecosystem, group: component.group, name: component.name, purl: component.purl };
    hits = matchComponentSdks(catalog, query);
  }
  const [hit, ...bundled] = hits;
  if (!hit) return null;
  for (const id of bundledIds) {
    const sdk = catalog.byId.get(id);
    if (sdk && sdk !== hit && !bundled.includes(sdk)) bundled.push(sdk);
  }
  return { ...componentSdk(hit), ...(bundled.length ? { bundles: bundled.map(componentSdk) } : {}) };
}

/** What facts carry about a catalogue SDK. */
export function componentSdk(sdk: CatalogSdk): ComponentSdk {
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
