// The usage lines of every command, apart from the commands: `--help` and `--version` load
// this file and nothing else (issue 16, cold start). Format lists are written out here; a test
// (test/cli/lazy.test.ts) keeps them equal to the reporters each command has.
export const CHECK_FORMATS = ['text', 'json', 'markdown', 'html', 'sarif', 'junit', 'gitlab'] as const;
export const COVERAGE_FORMAT_NAMES = ['text', 'markdown', 'json', 'html'] as const;
export const LEDGER_FORMAT_NAMES = ['csv', 'json', 'markdown', 'html'] as const;

export const CHECK_USAGE = `mobile-policy check [DIR] [--manifest FILE] [--policy PACK_OR_PATH]... [--stage pr|release]
                    [--format ${CHECK_FORMATS.join('|')}] [--output FILE]
                    [--fail-on error|warning|note|never] [--lang en|zh-CN] [--base GIT_REF [--only-new]] [--waivers FILE] [--no-waivers]
                    [--rule ID]... [--skip-rule ID]... [--timeout SECONDS]`;
export const INVENTORY_USAGE = 'mobile-policy inventory [DIR] [--format text|json|cyclonedx] [--output FILE] [--timeout SECONDS]';
export const INIT_USAGE = 'mobile-policy init [DIR] [--name APP_NAME] [--stdout]';
export const EXPLAIN_USAGE = 'mobile-policy explain RULE_ID|CHECK_ID [--policy PACK_OR_PATH]... [--lang en|zh-CN]';
export const TEST_USAGE = 'mobile-policy test [PACK_DIR] [--min-coverage N] [--filter TEXT] [--format text|junit] [--output FILE] [--lang en|zh-CN]';
export const COVERAGE_USAGE = `mobile-policy coverage [DIR] [--policy PACK_OR_PATH]... [--stage pr|release] [--format ${COVERAGE_FORMAT_NAMES.join('|')}]
                    [--output FILE] [--lang en|zh-CN] [--waivers FILE] [--no-waivers]`;
export const SCHEMA_USAGE = 'mobile-policy schema              # prints the manifest JSON Schema';
export const LEDGER_USAGE = `mobile-policy ledger (--org ORG | DIR...) [--format ${LEDGER_FORMAT_NAMES.join('|')}] [--output FILE] [--lang en|zh-CN]
                     [--policy PACK_OR_PATH]... [--stage pr|release] [--shard I/N] [--concurrency N]
                     [--cache FILE | --no-cache] [--state FILE] [--api-url URL] [--no-archived] [--quiet]
  mobile-policy ledger merge LEDGER.json... [--format ${LEDGER_FORMAT_NAMES.join('|')}] [--output FILE] [--lang en|zh-CN]`;
export const VERSION_USAGE = 'mobile-policy version [--json]';
export const DISCLOSE_USAGE = 'mobile-policy disclose [DIR] [--manifest FILE] [--format html|markdown|json|play-csv|app-store-json] [--lang en|zh-CN] [--output FILE]';
export const PRIVACY_USAGE = 'mobile-policy privacy [DIR] [--format text|json] [--output FILE]';
