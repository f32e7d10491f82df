// `--shard i/n`: a stable split of the organisation's repositories across matrix jobs.
// By a hash of the repository name, so adding a repository does not move the others.
import { ConfigurationError } from '../core/errors.js';

export interface Shard {
  index: number; // 1-based
  count: number;
}

export function parseShard(value: string | undefined): Shard | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new ConfigurationError(`--shard must be I/N with 1 ≤ I ≤ N (e.g. --shard 2/4); got "${value}"`);
  }
  return { index, count };
}

/** FNV-1a, 32 bits. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(s.toLowerCase(), 'utf8')) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function inShard(name: string, shard: Shard | undefined): boolean {
  return !shard || fnv1a(name) % shard.count === shard.index - 1;
}

export function shardLabel(shard: Shard | undefined): string | undefined {
  return shard ? `${shard.index}/${shard.count}` : undefined;
}
