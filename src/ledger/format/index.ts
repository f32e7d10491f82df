import type { Lang } from '../../core/types.js';
import type { Ledger } from '../types.js';
import { ledgerCsv } from './csv.js';
import { ledgerHtml } from './html.js';
import { ledgerJson } from './json.js';
import { ledgerMarkdown } from './markdown.js';

export type LedgerFormatter = (ledger: Ledger, options: { lang: Lang }) => string;

/** One formatter per format; each is pure. */
export const LEDGER_FORMATS: Readonly<Record<string, LedgerFormatter>> = {
  csv: ledgerCsv,
  json: (l) => ledgerJson(l),
  markdown: ledgerMarkdown,
  html: ledgerHtml,
};
