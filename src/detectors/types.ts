import type { DetectorResult } from '../core/types.js';
import type { RepoFiles } from '../repo/files.js';

export interface DetectorInput {
  repo: RepoFiles;
  /** Folder of the app inside the repo ('' for the root): detectors look only below it. */
  appDir: string;
}

/** One detector per concern: reads files, returns plain JSON facts and located diagnostics. Never throws on bad input. */
export type Detector<T = unknown> = (input: DetectorInput) => DetectorResult<T>;
