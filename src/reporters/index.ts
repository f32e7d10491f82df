import { jsonReporter } from './json.js';
import { markdownReporter } from './markdown.js';
import { textReporter } from './text.js';
import type { Reporter } from './types.js';

/** One reporter per format. */
export const REPORTERS: Readonly<Record<string, Reporter>> = {
  text: textReporter,
  json: jsonReporter,
  markdown: markdownReporter,
};

export type { Reporter, ReporterOptions } from './types.js';
