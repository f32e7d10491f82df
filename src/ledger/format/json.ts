// JSON: the Ledger object itself (the input of `ledger merge`).
import type { Ledger } from '../types.js';
import { jsonWithoutWorkflowCommands } from '../../reporters/plain-text.js';

export function ledgerJson(ledger: Ledger): string {
  return jsonWithoutWorkflowCommands(JSON.stringify(ledger, null, 2)) + '\n';
}
