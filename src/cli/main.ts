// The CLI's command router: parse the command, call the engine,
// map failures to exit codes (0 pass, 1 findings at or above --fail-on, 2 could not run).
import { processIO, type CliIO } from './io.js';
import { ConfigurationError } from '../core/errors.js';
import { TOOL } from '../core/version.js';
import { CHECK_USAGE, COVERAGE_USAGE, EXPLAIN_USAGE, INIT_USAGE, INVENTORY_USAGE, LEDGER_USAGE, SCHEMA_USAGE, TEST_USAGE } from './usage.js';

type Command = (argv: string[], io: CliIO) => number | Promise<number>;

// Each command is imported when it runs (issue 16, cold start): `--version` and `--help` load
// none of them, and `schema` does not load the engine. The bundle splits along these imports.
const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./check.js')).checkCommand,
  schema: async () => (await import('./schema.js')).schemaCommand,
  explain: async () => (await import('./explain.js')).explainCommand,
  ledger: async () => (await import('./ledger.js')).ledgerCommand,
  inventory: async () => (await import('./inventory.js')).inventoryCommand,
  init: async () => (await import('./init.js')).initCommand,
  test: async () => (await import('./test.js')).testCommand,
  coverage: async () => (await import('./coverage.js')).coverageCommand,
};

const USAGE = `${TOOL.name} ${TOOL.version}: policy checks for banking and insurance mobile apps (NFRA Jin Ban Fa [2024] No. 99)

Usage:
  ${CHECK_USAGE}
  ${INVENTORY_USAGE}
  ${INIT_USAGE}
  ${EXPLAIN_USAGE}
  ${TEST_USAGE}
  ${COVERAGE_USAGE}
  ${SCHEMA_USAGE}
  ${LEDGER_USAGE}
  mobile-policy --version

Exit codes: 0 no findings at or above --fail-on; 1 findings at or above it; 2 could not run.
`;

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${TOOL.version}\n`);
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    const { suggest } = await import('../manifest/validate.js');
    const near = suggest(name, Object.keys(COMMANDS));
    io.err(`mobile-policy: unknown command "${name}"${near ? `; did you mean "${near}"?` : ''}\n\n${USAGE}`);
    return 2;
  }
  try {
    const command = await load();
    return await command(rest, io);
  } catch (e) {
    if (e instanceof ConfigurationError || isArgError(e)) {
      io.err(`mobile-policy ${name}: ${(e as Error).message}\n`);
      return 2;
    }
    const err = e as Error;
    io.err(`mobile-policy ${name}: internal error: ${err?.message ?? String(e)}\n` +
      'This is a bug in mobile-policy; please report it with the command you ran.\n' +
      (io.env.MOBILE_POLICY_DEBUG ? `${err?.stack ?? ''}\n` : ''));
    return 2;
  }
}

/** node:util parseArgs errors (unknown option, missing value) are the user's input, not a bug. */
function isArgError(e: unknown): boolean {
  const code = (e as { code?: string })?.code ?? '';
  return code.startsWith('ERR_PARSE_ARGS');
}

