import type { Diagnostic, Location } from '../core/types.js';

/** The parsed manifest as rules see it: plain JSON (dates stay ISO strings). */
export type ManifestData = Record<string, unknown>;

export interface LoadedManifest {
  /** Path of the manifest relative to the scan root. */
  file: string;
  /** Folder of the app ('' for the scan root): the manifest's directory. */
  appDir: string;
  /** The parsed document; undefined when it could not be parsed into a mapping. */
  data: ManifestData | undefined;
  /** Parse, schema and vocabulary problems, each located at the offending key or value. */
  diagnostics: Diagnostic[];
  /**
   * Turns a JSON pointer (`/outsourcing/0/contract/expires`) into the place in the file.
   * A pointer to something absent resolves to its nearest present ancestor.
   */
  locate(pointer: string): Location;
}
