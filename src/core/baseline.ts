// New versus existing findings: a head finding is new when the base's evaluation has no
// finding with the same stable fingerprint (counted, so a second copy of an old finding is new).
import type { Finding } from './types.js';

export function newFingerprints(head: readonly Finding[], base: readonly Finding[]): Set<Finding> {
  const left = new Map<string, number>();
  for (const f of base) left.set(f.fingerprint, (left.get(f.fingerprint) ?? 0) + 1);
  const fresh = new Set<Finding>();
  for (const f of head) {
    const n = left.get(f.fingerprint) ?? 0;
    if (n > 0) left.set(f.fingerprint, n - 1);
    else fresh.add(f);
  }
  return fresh;
}
