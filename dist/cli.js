#!/usr/bin/env node
import { createRequire as __mpCreateRequire } from 'node:module'; const require = __mpCreateRequire(import.meta.url);
import {
  processIO,
  toleratePipeClosed
} from "./cli-chunk-PPZTN2AE.js";
import {
  langFromEnv
} from "./cli-chunk-TCB42F2Q.js";
import {
  terminalText
} from "./cli-chunk-TNQMHV32.js";
import {
  CHECK_USAGE,
  COVERAGE_USAGE,
  DISCLOSE_USAGE,
  EXPLAIN_USAGE,
  INIT_USAGE,
  INVENTORY_USAGE,
  LEDGER_USAGE,
  PRIVACY_USAGE,
  SCHEMA_USAGE,
  TEST_USAGE,
  VERSION_USAGE
} from "./cli-chunk-VIOYTTWZ.js";
import {
  TOOL
} from "./cli-chunk-V65IAYDK.js";
import {
  ConfigurationError
} from "./cli-chunk-BZQX73NR.js";
import "./cli-chunk-Q3GBV4AC.js";

// src/cli/help.ts
var text = (en, zh) => ({ en, "zh-CN": zh });
var HELP = {
  check: {
    usage: CHECK_USAGE,
    what: text("Checks mobile-app.yaml and the repository against the policy packs.", "\u6309\u7B56\u7565\u5305\u68C0\u67E5\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\uFF08mobile-app.yaml\uFF09\u548C\u4EE3\u7801\u4ED3\u5E93\u3002"),
    examples: [
      ["mobile-policy check", "the app in this folder; exit 1 on errors", "\u68C0\u67E5\u5F53\u524D\u76EE\u5F55\u7684\u5E94\u7528\uFF1B\u6709\u9519\u8BEF\u65F6\u9000\u51FA\u7801\u4E3A 1"],
      ["mobile-policy check . --lang zh-CN", "messages in Chinese", "\u4EE5\u4E2D\u6587\u8F93\u51FA"],
      ["mobile-policy check . --base origin/main --only-new", "gate only on findings this branch adds", "\u53EA\u4EE5\u672C\u5206\u652F\u65B0\u589E\u7684\u95EE\u9898\u4F5C\u4E3A\u95E8\u7981"],
      ["mobile-policy check . --stage release --format html --output evidence.html", "the release gate and its evidence report", "\u53D1\u5E03\u95E8\u7981\u53CA\u5176\u8BC1\u636E\u62A5\u544A"],
      ["mobile-policy check . --format gitlab --output gl-code-quality-report.json --fail-on never", "GitLab Code Quality report", "\u751F\u6210 `gitlab` \u4EE3\u7801\u8D28\u91CF\u62A5\u544A"],
      ["mobile-policy check . --format junit --output mobile-policy.junit.xml", "JUnit XML for Jenkins and other CI test views", "\u751F\u6210 `junit` \u683C\u5F0F\u62A5\u544A\uFF0C\u4F9B `Jenkins` \u7B49 CI \u7684\u6D4B\u8BD5\u7ED3\u679C\u9875\u4F7F\u7528"],
      ["mobile-policy check . --format sarif --output mobile-policy.sarif", "SARIF 2.1.0 for code scanning", "\u751F\u6210 `sarif` 2.1.0 \u62A5\u544A\uFF0C\u4F9B\u4EE3\u7801\u626B\u63CF\u4F7F\u7528"],
      ["mobile-policy check . --rule 'nfra/sdk-*' --skip-rule manifest/todo", "some rules only, while filling in a draft", "\u586B\u5199\u8349\u7A3F\u671F\u95F4\u53EA\u8FD0\u884C\u90E8\u5206\u89C4\u5219"]
    ]
  },
  inventory: {
    usage: INVENTORY_USAGE,
    what: text("Lists every third-party component with its SDK, scope and evidence.", "\u5217\u51FA\u6BCF\u4E2A\u7B2C\u4E09\u65B9\u7EC4\u4EF6\u53CA\u5176\u6240\u5C5E SDK\u3001\u8303\u56F4\u548C\u8BC1\u636E\u4F4D\u7F6E\u3002"),
    examples: [
      ["mobile-policy inventory", "a table of the components", "\u4EE5\u8868\u683C\u5217\u51FA\u7EC4\u4EF6"],
      ["mobile-policy inventory . --format cyclonedx --output sbom.cdx.json", "a CycloneDX 1.6 SBOM", "\u751F\u6210 `cyclonedx` 1.6 \u8F6F\u4EF6\u7269\u6599\u6E05\u5355"]
    ]
  },
  init: {
    usage: INIT_USAGE,
    what: text("Writes a draft mobile-app.yaml from the repository (never overwrites one).", "\u6839\u636E\u4EE3\u7801\u4ED3\u5E93\u751F\u6210\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u8349\u7A3F\uFF08mobile-app.yaml\uFF09\uFF0C\u4ECE\u4E0D\u8986\u76D6\u5DF2\u6709\u6587\u4EF6\u3002"),
    examples: [
      ["mobile-policy init", "write ./mobile-app.yaml, then fill in every TODO", "\u5199\u5165 ./mobile-app.yaml\uFF0C\u7136\u540E\u9010\u9879\u586B\u5199 `TODO`"],
      ['mobile-policy init android --name "Harbour Bank" --stdout', "print the draft instead of writing it", "\u53EA\u6253\u5370\u8349\u7A3F\uFF0C\u4E0D\u5199\u5165\u6587\u4EF6"]
    ]
  },
  explain: {
    usage: EXPLAIN_USAGE,
    what: text("Shows a rule's or built-in check's purpose, articles and fix.", "\u8BF4\u660E\u89C4\u5219\u6216\u5185\u7F6E\u68C0\u67E5\u7684\u76EE\u7684\u3001\u5BF9\u5E94\u6761\u6B3E\u548C\u6574\u6539\u65B9\u6CD5\u3002"),
    examples: [
      ["mobile-policy explain nfra/sdk-declared", "a rule, in English and Chinese", "\u4E2D\u82F1\u6587\u8BF4\u660E\u4E00\u6761\u89C4\u5219"],
      ["mobile-policy explain manifest/todo --lang zh-CN", "a built-in check, in Chinese", "\u4EE5\u4E2D\u6587\u8BF4\u660E\u4E00\u9879\u5185\u7F6E\u68C0\u67E5"]
    ]
  },
  test: {
    usage: TEST_USAGE,
    what: text("Runs a policy pack's own test cases.", "\u8FD0\u884C\u7B56\u7565\u5305\u81EA\u5E26\u7684\u6D4B\u8BD5\u7528\u4F8B\u3002"),
    examples: [
      ["mobile-policy test policies/my-bank", "the cases in policies/my-bank/tests/", "\u8FD0\u884C policies/my-bank/tests/ \u4E2D\u7684\u7528\u4F8B"],
      ["mobile-policy test policies/my-bank --min-coverage 100 --format junit --output pack-tests.xml", "for CI", "\u7528\u4E8E CI"]
    ]
  },
  coverage: {
    usage: COVERAGE_USAGE,
    what: text("Maps the circular's articles to rules and evidence; with a folder, each article's status.", "\u5217\u51FA\u901A\u77E5\u5404\u6761\u6B3E\u5BF9\u5E94\u7684\u89C4\u5219\u548C\u8BC1\u636E\uFF1B\u6307\u5B9A\u76EE\u5F55\u65F6\u7ED9\u51FA\u6BCF\u6761\u7684\u72B6\u6001\u3002"),
    examples: [
      ["mobile-policy coverage", "which rules implement which article", "\u54EA\u4E9B\u89C4\u5219\u843D\u5B9E\u54EA\u4E00\u6761"],
      ["mobile-policy coverage . --stage release --format markdown", "this app's status, article by article", "\u672C\u5E94\u7528\u9010\u6761\u7684\u72B6\u6001"]
    ]
  },
  ledger: {
    usage: LEDGER_USAGE,
    what: text("Builds the institution's app ledger from a GitHub organisation or local folders.", "\u6839\u636E GitHub \u7EC4\u7EC7\u6216\u672C\u5730\u76EE\u5F55\u751F\u6210\u673A\u6784\u7684\u5E94\u7528\u53F0\u8D26\u3002"),
    examples: [
      ["GITHUB_TOKEN=... mobile-policy ledger --org my-bank --format csv --output ledger.csv", "every repository of an organisation", "\u7EC4\u7EC7\u4E0B\u7684\u5168\u90E8\u4ED3\u5E93"],
      ["mobile-policy ledger apps/* --format html --output ledger.html", "local checkouts, as a dashboard", "\u672C\u5730\u4ED3\u5E93\uFF0C\u751F\u6210\u770B\u677F"],
      ["mobile-policy ledger merge part-*.json --format csv", "join the parts of a sharded run", "\u5408\u5E76\u5206\u7247\u8FD0\u884C\u7684\u7ED3\u679C"]
    ]
  },
  disclose: {
    usage: DISCLOSE_USAGE,
    what: text(
      "Writes the two lists (personal information collected, third parties shared with) and the store privacy forms from the manifest.",
      "\u6839\u636E\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u751F\u6210\u53CC\u6E05\u5355\uFF08\u4E2A\u4EBA\u4FE1\u606F\u6536\u96C6\u6E05\u5355\u3001\u7B2C\u4E09\u65B9\u4FE1\u606F\u5171\u4EAB\u6E05\u5355\uFF09\u53CA\u5E94\u7528\u5546\u5E97\u9690\u79C1\u8868\u5355\u3002"
    ),
    examples: [
      ["mobile-policy disclose . --format html --lang zh-CN --output two-lists.html", "the two lists as Chinese apps publish them", "\u6309\u56FD\u5185\u5E94\u7528\u7684\u516C\u793A\u65B9\u5F0F\u751F\u6210\u53CC\u6E05\u5355"],
      ["mobile-policy disclose . --format play-csv --output data-safety.csv", "Google Play Data safety answers to import", "\u751F\u6210\u53EF\u5BFC\u5165\u7684 `Google Play` \u6570\u636E\u5B89\u5168\u8868\u5355\u7B54\u6848"],
      ["mobile-policy disclose . --format app-store-json --output app_privacy_details.json", "App Store privacy details for fastlane's upload_app_privacy_details_to_app_store", "\u751F\u6210\u4F9B `fastlane` \u4E0A\u4F20\u7684 `App Store` \u9690\u79C1\u8BE6\u60C5"]
    ]
  },
  privacy: {
    usage: PRIVACY_USAGE,
    what: text("Lists every place the app's code reads personal information or a required-reason API.", "\u5217\u51FA\u5E94\u7528\u4EE3\u7801\u8BFB\u53D6\u4E2A\u4EBA\u4FE1\u606F\u6216\u8C03\u7528\u9700\u8BF4\u660E\u7406\u7531\u7684 `API` \u7684\u6BCF\u4E00\u5904\u4F4D\u7F6E\u3002"),
    examples: [
      ["mobile-policy privacy", "a table of the collection points", "\u4EE5\u8868\u683C\u5217\u51FA\u6536\u96C6\u70B9"],
      ["mobile-policy privacy . --format json --output privacy.json", "every collection point with its class, function and SDK, for the two lists", "\u8F93\u51FA\u6BCF\u4E2A\u6536\u96C6\u70B9\u53CA\u5176\u7C7B\u3001\u51FD\u6570\u548C\u6240\u5C5E SDK\uFF0C\u7528\u4E8E\u7F16\u5236\u53CC\u6E05\u5355"]
    ]
  },
  schema: {
    usage: SCHEMA_USAGE,
    what: text("Prints the JSON Schema of mobile-app.yaml.", "\u6253\u5370\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\uFF08mobile-app.yaml\uFF09\u7684 JSON \u6A21\u5F0F\u3002"),
    examples: [["mobile-policy schema > mobile-app.schema.json", "for an editor without network access", "\u4F9B\u65E0\u6CD5\u8054\u7F51\u7684\u7F16\u8F91\u5668\u4F7F\u7528"]]
  },
  version: {
    usage: VERSION_USAGE,
    what: text("Prints the tool, pack and SDK catalogue versions (and the commit when known).", "\u6253\u5370\u5DE5\u5177\u3001\u7B56\u7565\u5305\u548C SDK \u76EE\u5F55\u7684\u7248\u672C\uFF08\u5DF2\u77E5\u65F6\u9644\u63D0\u4EA4\u53F7\uFF09\u3002"),
    examples: [["mobile-policy version --json > mobile-policy-version.json", "keep with a release for the audit trail", "\u968F\u7248\u672C\u5B58\u6863\uFF0C\u7559\u4F5C\u5BA1\u8BA1\u8BB0\u5F55"]]
  }
};
var GENERAL_EXAMPLES = [
  ["mobile-policy init", "draft mobile-app.yaml from the repository", "\u6839\u636E\u4EE3\u7801\u4ED3\u5E93\u8D77\u8349\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6"],
  ["mobile-policy check", "check the app in this folder", "\u68C0\u67E5\u5F53\u524D\u76EE\u5F55\u7684\u5E94\u7528"],
  ["mobile-policy check . --stage release --format html --output evidence.html", "the release gate", "\u53D1\u5E03\u95E8\u7981"],
  ["mobile-policy explain nfra/sdk-declared", "what a rule asks for", "\u89C4\u5219\u7684\u8981\u6C42"],
  ["mobile-policy COMMAND --help", "a command's options and examples", "\u67D0\u4E2A\u547D\u4EE4\u7684\u9009\u9879\u548C\u793A\u4F8B"]
];
function formatExamples(examples, lang) {
  return examples.map(([command, en, zh]) => `  ${command}
      ${lang === "zh-CN" ? zh : en}`).join("\n");
}
function heading(lang, en, zh) {
  return lang === "zh-CN" ? `${zh}\uFF1A` : `${en}:`;
}
function examplesBlock(examples, lang) {
  return `${heading(lang, "Examples", "\u793A\u4F8B")}
${formatExamples(examples, lang)}`;
}
function generalExamples(lang) {
  return examplesBlock(GENERAL_EXAMPLES, lang);
}
function commandHelp(name, lang) {
  const help = HELP[name];
  if (!help) return void 0;
  return `${help.what[lang]}

${heading(lang, "Usage", "\u7528\u6CD5")}
  ${help.usage}

${examplesBlock(help.examples, lang)}
`;
}
function asksForHelp(argv) {
  const end = argv.indexOf("--");
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === "--help" || a === "-h");
}

// src/cli/main.ts
var COMMANDS = {
  check: async () => (await import("./cli-check-4RRNKO3Y.js")).checkCommand,
  schema: async () => (await import("./cli-schema-JOXSNQZI.js")).schemaCommand,
  explain: async () => (await import("./cli-explain-226BSS3P.js")).explainCommand,
  ledger: async () => (await import("./cli-ledger-BUWO4OER.js")).ledgerCommand,
  inventory: async () => (await import("./cli-inventory-PZOAX4EW.js")).inventoryCommand,
  init: async () => (await import("./cli-init-4R2XSVHG.js")).initCommand,
  test: async () => (await import("./cli-test-AWKIZFPO.js")).testCommand,
  coverage: async () => (await import("./cli-coverage-YAS7AKKX.js")).coverageCommand,
  privacy: async () => (await import("./cli-privacy-OI43KPGL.js")).privacyCommand,
  disclose: async () => (await import("./cli-disclose-B4BBX6DM.js")).discloseCommand,
  version: async () => (await import("./cli-version-3HWTCAEJ.js")).versionCommand
};
var usage = (io) => `${TOOL.name} ${TOOL.version}: policy checks for banking and insurance mobile apps (NFRA Jin Ban Fa [2024] No. 99)

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
async function main(argv, io = processIO) {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(usage(io));
    return name ? 0 : 2;
  }
  if (name === "--version" || name === "-v") {
    io.out(`${TOOL.version}
`);
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    const { suggest } = await import("./cli-validate-7EI7TLU6.js");
    const near = suggest(name, Object.keys(COMMANDS));
    io.err(`mobile-policy: unknown command "${name}"${near ? `; did you mean "${near}"?` : ""}

${usage(io)}`);
    return 2;
  }
  const help = asksForHelp(rest) ? commandHelp(name, langFromEnv(io.env)) : void 0;
  if (help) {
    io.out(help);
    return 0;
  }
  try {
    const command = await load();
    return await command(rest, io);
  } catch (e) {
    if (e instanceof ConfigurationError || isArgError(e)) {
      io.err(terminalText(`mobile-policy ${name}: ${e.message}`) + "\n");
      return 2;
    }
    const err = e;
    io.err(terminalText(`mobile-policy ${name}: internal error: ${err?.message ?? String(e)}`) + "\nThis is a bug in mobile-policy; please report it with the command you ran.\n" + (io.env.MOBILE_POLICY_DEBUG ? `${err?.stack ?? ""}
` : ""));
    return 2;
  }
}
function isArgError(e) {
  const code = e?.code ?? "";
  return code.startsWith("ERR_PARSE_ARGS");
}

// src/cli.ts
toleratePipeClosed();
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
