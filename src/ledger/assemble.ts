// Puts the parts together: deterministic order, advice across apps, completeness; and merges shards.
import { ConfigurationError } from '../core/errors.js';
import { TOOL } from '../core/version.js';
import { addAdvice, DEFAULT_MIN_MAU } from './advice.js';
import { compareRows } from './row.js';
import type { Ledger, LedgerError, LedgerRow, MissingApp } from './types.js';

export interface LedgerParts {
  now: Date;
  source: Ledger['source'];
  packs: Ledger['packs'];
  repositories: number;
  rows: LedgerRow[];
  missing: MissingApp[];
  errors: LedgerError[];
  minMau?: number;
}

const byRepo = <T extends { repository: string }>(a: T, b: T): number => (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0);

export function assemble(parts: LedgerParts): Ledger {
  const rows = addAdvice([...parts.rows].sort(compareRows), parts.minMau ?? DEFAULT_MIN_MAU);
  return {
    tool: { ...TOOL },
    now: parts.now.toISOString(),
    source: parts.source,
    packs: parts.packs,
    repositories: parts.repositories,
    rows,
    missing: [...parts.missing].sort(byRepo),
    errors: [...parts.errors].sort((a, b) => byRepo(a, b) || (a.message < b.message ? -1 : 1)),
    complete: parts.errors.length === 0,
  };
}

export function isLedger(v: unknown): v is Ledger {
  const l = v as Ledger;
  return !!l && Array.isArray(l.rows) && Array.isArray(l.missing) && Array.isArray(l.errors) && typeof l.now === 'string';
}

/**
 * Merges shard ledgers (JSON). A repository in two parts is kept once (the first part wins);
 * every part must have been made at the same `now` with the same packs, or the merge is refused.
 */
export function mergeLedgers(parts: readonly Ledger[], minMau = DEFAULT_MIN_MAU): Ledger {
  if (!parts.length) throw new ConfigurationError('ledger merge needs at least one ledger JSON file');
  const first = parts[0]!;
  const packsKey = (l: Ledger): string => JSON.stringify(l.packs);
  for (const p of parts) {
    if (p.now.slice(0, 10) !== first.now.slice(0, 10)) throw new ConfigurationError(`ledger merge: parts were made on different days (${first.now} and ${p.now}); set MOBILE_POLICY_NOW for every shard`);
    if (packsKey(p) !== packsKey(first)) throw new ConfigurationError('ledger merge: parts were made with different policy packs');
  }
  const seen = new Set<string>();
  const rows: LedgerRow[] = [];
  const missing: MissingApp[] = [];
  const errors: LedgerError[] = [];
  let repositories = 0;
  for (const p of parts) {
    const mine = new Set<string>([...p.rows, ...p.missing, ...p.errors].map((x) => x.repository));
    const fresh = [...mine].filter((r) => !seen.has(r));
    const keep = new Set(fresh);
    rows.push(...p.rows.filter((r) => keep.has(r.repository)));
    missing.push(...p.missing.filter((r) => keep.has(r.repository)));
    errors.push(...p.errors.filter((r) => keep.has(r.repository)));
    for (const r of fresh) seen.add(r);
    repositories += p.repositories;
  }
  return assemble({
    now: new Date(first.now),
    source: { kind: 'merged', parts: parts.length },
    packs: first.packs,
    repositories,
    rows: rows.map(({ advice: _a, ...r }) => ({ ...r, advice: [] })),
    missing,
    errors,
    minMau,
  });
}
