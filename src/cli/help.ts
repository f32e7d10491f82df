// `mobile-policy COMMAND --help`: the command's usage and worked examples (the README's
// Commands section says what each option means).
import { CHECK_USAGE } from './check.js';
import { COVERAGE_USAGE } from './coverage.js';
import { INIT_USAGE } from './init.js';
import { INVENTORY_USAGE } from './inventory.js';
import { LEDGER_USAGE } from './ledger.js';
import { TEST_USAGE } from './test.js';
import { VERSION_USAGE } from './version.js';

interface Help {
  usage: string;
  what: string;
  examples: [command: string, why: string][];
}

const HELP: Record<string, Help> = {
  check: {
    usage: CHECK_USAGE,
    what: 'Checks mobile-app.yaml and the repository against the policy packs.',
    examples: [
      ['mobile-policy check', 'the app in this folder; exit 1 on errors'],
      ['mobile-policy check . --lang zh-CN', 'messages in Chinese'],
      ['mobile-policy check . --base origin/main --only-new', 'gate only on findings this branch adds'],
      ['mobile-policy check . --stage release --format html --output evidence.html', 'the release gate and its evidence report'],
      ['mobile-policy check . --format gitlab --output gl-code-quality-report.json --fail-on never', 'GitLab Code Quality report'],
      ['mobile-policy check . --format junit --output mobile-policy.junit.xml', 'JUnit XML for Jenkins and other CI test views'],
      ['mobile-policy check . --format sarif --output mobile-policy.sarif', 'SARIF 2.1.0 for code scanning'],
      ["mobile-policy check . --rule 'nfra/sdk-*' --skip-rule manifest/todo", 'some rules only, while filling in a draft'],
    ],
  },
  inventory: {
    usage: INVENTORY_USAGE,
    what: 'Lists every third-party component with its SDK, scope and evidence.',
    examples: [
      ['mobile-policy inventory', 'a table of the components'],
      ['mobile-policy inventory . --format cyclonedx --output sbom.cdx.json', 'a CycloneDX 1.6 SBOM'],
    ],
  },
  init: {
    usage: INIT_USAGE,
    what: 'Writes a draft mobile-app.yaml from the repository (never overwrites one).',
    examples: [
      ['mobile-policy init', 'write ./mobile-app.yaml, then fill in every TODO'],
      ['mobile-policy init android --name "Harbour Bank" --stdout', 'print the draft instead of writing it'],
    ],
  },
  explain: {
    usage: 'mobile-policy explain RULE_ID|CHECK_ID [--policy PACK_OR_PATH]... [--lang en|zh-CN]',
    what: "Shows a rule's or built-in check's purpose, articles and fix.",
    examples: [
      ['mobile-policy explain nfra/sdk-declared', 'a rule, in English and Chinese'],
      ['mobile-policy explain manifest/todo --lang zh-CN', 'a built-in check, in Chinese'],
    ],
  },
  test: {
    usage: TEST_USAGE,
    what: "Runs a policy pack's own test cases.",
    examples: [
      ['mobile-policy test policies/my-bank', 'the cases in policies/my-bank/tests/'],
      ['mobile-policy test policies/my-bank --min-coverage 100 --format junit --output pack-tests.xml', 'for CI'],
    ],
  },
  coverage: {
    usage: COVERAGE_USAGE,
    what: "Maps the circular's articles to rules and evidence; with a folder, each article's status.",
    examples: [
      ['mobile-policy coverage', 'which rules implement which article'],
      ['mobile-policy coverage . --stage release --format markdown', "this app's status, article by article"],
    ],
  },
  ledger: {
    usage: LEDGER_USAGE,
    what: "Builds the institution's app ledger from a GitHub organisation or local folders.",
    examples: [
      ['GITHUB_TOKEN=... mobile-policy ledger --org my-bank --format csv --output ledger.csv', 'every repository of an organisation'],
      ['mobile-policy ledger apps/* --format html --output ledger.html', 'local checkouts, as a dashboard'],
      ['mobile-policy ledger merge part-*.json --format csv', 'join the parts of a sharded run'],
    ],
  },
  schema: {
    usage: 'mobile-policy schema',
    what: 'Prints the JSON Schema of mobile-app.yaml.',
    examples: [['mobile-policy schema > mobile-app.schema.json', 'for an editor without network access']],
  },
  version: {
    usage: VERSION_USAGE,
    what: 'Prints the tool, pack and SDK catalogue versions (and the commit when known).',
    examples: [['mobile-policy version --json > mobile-policy-version.json', 'keep with a release for the audit trail']],
  },
};

/** A few examples for the general `--help`. */
export const GENERAL_EXAMPLES: readonly [string, string][] = [
  ['mobile-policy init', 'draft mobile-app.yaml from the repository'],
  ['mobile-policy check', 'check the app in this folder'],
  ['mobile-policy check . --stage release --format html --output evidence.html', 'the release gate'],
  ['mobile-policy explain nfra/sdk-declared', 'what a rule asks for'],
  ['mobile-policy COMMAND --help', "a command's options and examples"],
];

export function formatExamples(examples: readonly (readonly [string, string])[]): string {
  return examples.map(([command, why]) => `  ${command}\n      ${why}`).join('\n');
}

/** Help of one command, or undefined for a command without an entry here. */
export function commandHelp(name: string): string | undefined {
  const help = HELP[name];
  if (!help) return undefined;
  return `${help.what}\n\nUsage:\n  ${help.usage}\n\nExamples:\n${formatExamples(help.examples)}\n`;
}

/** `--help` or `-h` among a command's arguments (before a `--`). */
export function asksForHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h');
}
