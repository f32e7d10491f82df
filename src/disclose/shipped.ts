// Which declared SDKs the release build ships: a declared package (or catalogue id) matches a
// runtime dependency or a vendored binary of the repository. The same test as nfra/sdk-present,
// restricted to what ends up in the release app.
import { getSdk, matchVendoredFile, type Catalog } from '../catalog/index.js';
import type { SdkFacts } from '../detectors/sdks/types.js';
import { purlMatches } from '../engine/cel.js';

export interface DeclaredSdk {
  id: string;
  packages?: string[];
}

/** False when the repository has no dependency facts (a ledger-only repository): nothing can be said. */
export function hasBuildFacts(facts: SdkFacts | undefined): facts is SdkFacts {
  return !!facts && facts.components.length + facts.vendoredBinaries.length > 0;
}

export function shipsSdk(sdk: DeclaredSdk, facts: SdkFacts, catalog: Catalog): boolean {
  const runtime = facts.components.filter((c) => (c.scope ?? 'runtime') === 'runtime');
  const catalogueId = getSdk(catalog, sdk.id)?.id ?? sdk.id;
  return (sdk.packages ?? []).some((p) =>
    runtime.some((c) => purlMatches(c.purl, p)) || facts.vendoredBinaries.some((b) => purlMatches(`pkg:generic/${b.name}`, p)))
    || runtime.some((c) => c.sdk?.id === catalogueId)
    || facts.vendoredBinaries.some((b) => matchVendoredFile(catalog, b.file.split('/').pop() ?? b.name)?.id === catalogueId);
}
