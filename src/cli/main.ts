// The CLI's command router: parse the command, call the engine,
// map failures to exit codes (0 pass, 1 findings at or above --fail-on, 2 could not run).
import { checkCommand, CHECK_USAGE } from './check.js';
import { coverageCommand, COVERAGE_USAGE } from './coverage.js';
import { testCommand, TEST_USAGE } from './test.js';
import { explainCommand } from './explain.js';
import { ledgerCommand, LEDGER_USAGE } from './ledger.js';
import { initCommand, INIT_USAGE } from './init.js';
import { inventoryCommand, INVENTORY_USAGE } from './inventory.js';
import { discloseCommand, DISCLOSE_USAGE } from './disclose.js';
import { privacyCommand, PRIVACY_USAGE } from './privacy.js';
import { processIO, type CliIO } from './io.js';
import { schemaCommand } from './schema.js';
import { asksForHelp, commandHelp, generalExamples } from './help.js';
import { versionCommand, VERSION_USAGE } from './version.js';
import { ConfigurationError } from '../core/errors.js';
import { TOOL } from '../core/version.js';
import { langFromEnv } from '../core/messages.js';
import { suggest } from '../manifest/validate.js';
import { terminalText } from '../reporters/plain-text.js';

type Command = (argv: string[], io: CliIO) => number | Promise<number>;

const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  schema: schemaCommand,
  explain: explainCommand,
  ledger: ledgerCommand,
  inventory: inventoryCommand,
  privacy: privacyCommand,
  init: initCommand,
  test: testCommand,
  coverage: coverageCommand,
  version: versionCommand,
  disclose: discloseCommand,
};

const usage = (io: CliIO) => `${TOOL.name} ${TOOL.version}: policy checks for banking and insurance mobile apps (NFRA Jin Ban Fa [2024] No. 99)

Usage:
  ${CHECK_USAGE}
  ${INVENTORY_USAGE}
  ${PRIVACY_USAGE}
  ${INIT_USAGE}
  ${DISCLOSE_USAGE}
  mobile-policy explain RULE_ID|CHECK_ID [--policy PACK_OR_PATH]... [--lang en|zh-CN]
  ${TEST_USAGE}
  ${COVERAGE_USAGE}
  mobile-policy schema              # prints the manifest JSON Schema
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
  const command = COMMANDS[name];
  if (!command) {
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

