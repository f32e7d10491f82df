import type { DetectorResult } from '../core/types.js';
import type { RepoFiles } from '../repo/files.js';
import type { AppScope } from '../scope/types.js';

export interface DetectorInput {
  repo: RepoFiles;
  /** Folder of the app inside the repo ('' for the root): detectors look only below it. */
  appDir: string;
  /**
   * The app's files and their roles (src/scope). When absent, detectors use the scope of
   * appDir; the code rules read only the shipped (and debug) files of it.
   */
  scope?: AppScope;
  /** The app's manifest (path in the repository, parsed data), for detectors that follow its paths. */
  manifest?: { file: string; data: import('../manifest/types.js').ManifestData | undefined };
}

/** One detector per concern: reads files, returns plain JSON facts and located diagnostics. Never throws on bad input. */
export type Detector<T = unknown> = (input: DetectorInput) => DetectorResult<T>;
