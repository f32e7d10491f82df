import type { RepoFiles } from '../repo/files.js';

/** Index of a file in the sorted listing (-1: not listed): a binary search. */
export function indexOf(repo: RepoFiles, file: string): number {
  const paths = repo.paths;
  let lo = 0;
  let hi = paths.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paths[mid]! < file) lo = mid + 1;
    else hi = mid;
  }
  return paths[lo] === file ? lo : -1;
}
