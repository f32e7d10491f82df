import type { Report } from '../core/report.js';
import type { Lang } from '../core/types.js';

export interface ReporterOptions {
  lang: Lang;
  /** ANSI colours (text reporter only; the CLI sets it when stdout is a TTY). */
  color?: boolean;
}

/** A reporter only formats: no I/O, no network. */
export type Reporter = (report: Report, options: ReporterOptions) => string;
