#!/usr/bin/env node
import { createRequire as __mpCreateRequire } from 'node:module'; const require = __mpCreateRequire(import.meta.url);

// src/cli/usage.ts
var CHECK_FORMATS = ["text", "json", "markdown", "html", "sarif", "junit", "gitlab"];
var COVERAGE_FORMAT_NAMES = ["text", "markdown", "json", "html"];
var LEDGER_FORMAT_NAMES = ["csv", "json", "markdown", "html"];
var CHECK_USAGE = `mobile-policy check [DIR] [--manifest FILE] [--policy PACK_OR_PATH]... [--stage pr|release]
                    [--format ${CHECK_FORMATS.join("|")}] [--output FILE]
                    [--fail-on error|warning|note|never] [--lang en|zh-CN] [--base GIT_REF [--only-new]] [--waivers FILE] [--no-waivers]
                    [--rule ID]... [--skip-rule ID]... [--timeout SECONDS]`;
var INVENTORY_USAGE = "mobile-policy inventory [DIR] [--format text|json|cyclonedx] [--output FILE] [--timeout SECONDS]";
var INIT_USAGE = "mobile-policy init [DIR] [--name APP_NAME] [--stdout]";
var EXPLAIN_USAGE = "mobile-policy explain RULE_ID|CHECK_ID [--policy PACK_OR_PATH]... [--lang en|zh-CN]";
var TEST_USAGE = "mobile-policy test [PACK_DIR] [--min-coverage N] [--filter TEXT] [--format text|junit] [--output FILE] [--lang en|zh-CN]";
var COVERAGE_USAGE = `mobile-policy coverage [DIR] [--policy PACK_OR_PATH]... [--stage pr|release] [--format ${COVERAGE_FORMAT_NAMES.join("|")}]
                    [--output FILE] [--lang en|zh-CN] [--waivers FILE] [--no-waivers]`;
var SCHEMA_USAGE = "mobile-policy schema              # prints the manifest JSON Schema";
var LEDGER_USAGE = `mobile-policy ledger (--org ORG | DIR...) [--format ${LEDGER_FORMAT_NAMES.join("|")}] [--output FILE] [--lang en|zh-CN]
                     [--policy PACK_OR_PATH]... [--stage pr|release] [--shard I/N] [--concurrency N]
                     [--cache FILE | --no-cache] [--state FILE] [--api-url URL] [--no-archived] [--quiet]
  mobile-policy ledger merge LEDGER.json... [--format ${LEDGER_FORMAT_NAMES.join("|")}] [--output FILE] [--lang en|zh-CN]`;
var VERSION_USAGE = "mobile-policy version [--json]";
var DISCLOSE_USAGE = "mobile-policy disclose [DIR] [--manifest FILE] [--format html|markdown|json|play-csv|app-store-json] [--lang en|zh-CN] [--output FILE]";
var PRIVACY_USAGE = "mobile-policy privacy [DIR] [--format text|json] [--output FILE]";

export {
  CHECK_USAGE,
  INVENTORY_USAGE,
  INIT_USAGE,
  EXPLAIN_USAGE,
  TEST_USAGE,
  COVERAGE_USAGE,
  SCHEMA_USAGE,
  LEDGER_USAGE,
  VERSION_USAGE,
  DISCLOSE_USAGE,
  PRIVACY_USAGE
};
