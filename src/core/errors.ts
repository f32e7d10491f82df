import type { Location } from './types.js';

/**
 * The user's input cannot be used (bad arguments, an unreadable or invalid policy pack):
 * the CLI prints the message and exits 2. Anything else thrown is a bug in mobile-policy.
 */
export class ConfigurationError extends Error {
  readonly location?: Location;
  readonly ruleId?: string;

  constructor(message: string, options: { location?: Location; ruleId?: string } = {}) {
    const where = options.location ? formatLocation(options.location) + ': ' : '';
    const rule = options.ruleId ? ` (rule ${options.ruleId})` : '';
    super(`${where}${message}${rule}`);
    this.name = 'ConfigurationError';
    this.location = options.location;
    this.ruleId = options.ruleId;
  }
}

export function formatLocation(loc: Location): string {
  let s = loc.file;
  if (loc.line) s += `:${loc.line}`;
  if (loc.line && loc.column) s += `:${loc.column}`;
  return s;
}
