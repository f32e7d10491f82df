// JSON: the Ledger object itself (the input of `ledger merge`).
import type { Ledger } from '../types.js';

export function ledgerJson(ledger: Ledger): string {
  return JSON.stringify(ledger, null, 2) + '\n';
}
