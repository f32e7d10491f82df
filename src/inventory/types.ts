// The inventory view (`mobile-policy inventory --format json`): one entry per component.

/** What the SDK catalogue says about a component (src/catalog), or null when it is not catalogued. */
export interface SdkRef {
  id: string;
  name: string;
  vendor: string;
  categories: string[];
  /** Other catalogue SDKs the component embeds (an umbrella pod's platform SDKs). */
  bundles?: SdkRef[];
}

/** Matches a component against the SDK catalogue. */
export type SdkMatcher = (component: import('../detectors/sdks/types.js').Component) => SdkRef | null;

export interface InventoryLocation {
  file: string;
  /** Absent only for a vendored binary file itself. */
  line?: number;
}

export interface InventoryEntry {
  purl: string;
  ecosystem: string;
  name: string;
  version: string;
  direct: boolean;
  /** runtime | test | debug | dev | build: runtime when any occurrence is (src/detectors/sdks/scope.ts). */
  scope: import('../detectors/sdks/types.js').DependencyScope;
  sdk: SdkRef | null;
  /** Native library (`ecosystem: native`): the ABIs it ships for, sorted. */
  abis?: string[];
  locations: InventoryLocation[];
}

export interface Inventory {
  components: InventoryEntry[];
}
