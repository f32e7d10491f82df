// The CLI's command router: parse the command, call the engine,
// map failures to exit codes (0 pass, 1 findings at or above --fail-on, 2 could not run).
import { processIO, type CliIO } from './io.js';
import { ConfigurationError } from '../core/errors.js';
import { TOOL } from '../core/version.js';
import { CHECK_USAGE, COVERAGE_USAGE, DISCLOSE_USAGE, EXPLAIN_USAGE, INIT_USAGE, INVENTORY_USAGE, LEDGER_USAGE, PRIVACY_USAGE, SCHEMA_USAGE, TEST_USAGE, VERSION_USAGE } from './usage.js';
import { asksForHelp, commandHelp, generalExamples } from './help.js';
import { langFromEnv } from '../core/messages.js';
import { terminalText } from '../reporters/plain-text.js';

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
  privacy: async () => (await import('./privacy.js')).privacyCommand,
  disclose: async () => (await import('./disclose.js')).discloseCommand,
  version: async () => (await import('./version.js')).versionCommand,
};

const usage = (io: CliIO) => `${TOOL.name} ${TOOL.version}: policy checks for banking and insurance mobile apps (NFRA Jin Ban Fa [2024] No. 99)

Usage:
  ${CHECK_USAGE}
  ${INVENTORY_USAGE}
  ${PRIVACY_USAGE}
  ${INIT_USAGE}
  ${DISCLOSE_USAGE}
  ${EXPLAIN_USAGE}
  ${TEST_USAGE}
  ${COVERAGE_USAGE}
  ${SCHEMA_USAGE}
  ${LEDGER_USAGE}
  ${VERSION_USAGE}           # tool, pack and catalogue versions; mobile-policy --version prints the tool's

${generalExamples(langFromEnv(io.env))}

Exit codes: 0 no findings at or above --fail-on; 1 findings at or above it; 2 could not run.
`;

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage(io));
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
    io.err(`mobile-policy: unknown command "${name}"${near ? `; did you mean "${near}"?` : ''}\n\n${usage(io)}`);
    return 2;
  }
  const help = asksForHelp(rest) ? commandHelp(name, langFromEnv(io.env)) : undefined;
  if (help) {
    io.out(help);
    return 0;
  }
  try {
    const command = await load();
    return await command(rest, io);
  } catch (e) {
    if (e instanceof ConfigurationError || isArgError(e)) {
      io.err(terminalText(`mobile-policy ${name}: ${(e as Error).message}`) + '\n');
      return 2;
    }
    const err = e as Error;
    io.err(terminalText(`mobile-policy ${name}: internal error: ${err?.message ?? String(e)}`) + '\n' +
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

