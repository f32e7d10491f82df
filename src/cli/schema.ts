import { manifestSchema } from '../manifest/schema.js';
import type { CliIO } from './io.js';

export function schemaCommand(argv: string[], io: CliIO): number {
  if (argv.length) {
    io.err(`schema takes no arguments; got ${argv.join(' ')}\n`);
    return 2;
  }
  io.out(JSON.stringify(manifestSchema, null, 2) + '\n');
  return 0;
}
