// CSV (RFC 4180, CRLF) with a UTF-8 byte order mark, so that Excel shows the Chinese text.
import type { Lang } from '../../core/types.js';
import type { Ledger } from '../types.js';
import { tableOf } from './table.js';

export function csvCell(s: string): string {
  // A leading = + - @ would be run as a formula by spreadsheet programs: quote it with a '.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n']/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function ledgerCsv(ledger: Ledger, { lang }: { lang: Lang }): string {
  const { header, lines } = tableOf(ledger, lang);
  return '\uFEFF' + [header, ...lines].map((l) => l.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
