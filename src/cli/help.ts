// `mobile-policy COMMAND --help`: the command's usage and worked examples, in the language of
// the environment (MOBILE_POLICY_LANG, LC_ALL, LANG). The README's Commands section says what
// each option means.
import type { Lang } from '../core/types.js';
import { CHECK_USAGE, COVERAGE_USAGE, DISCLOSE_USAGE, EXPLAIN_USAGE, INIT_USAGE, INVENTORY_USAGE, LEDGER_USAGE, PRIVACY_USAGE, SCHEMA_USAGE, TEST_USAGE, VERSION_USAGE } from './usage.js';

type Text = Record<Lang, string>;
/** A command line and what it does. */
type Example = [command: string, en: string, zh: string];

interface Help {
  usage: string;
  what: Text;
  examples: Example[];
}

const text = (en: string, zh: string): Text => ({ en, 'zh-CN': zh });

const HELP: Record<string, Help> = {
  check: {
    usage: CHECK_USAGE,
    what: text('Checks mobile-app.yaml and the repository against the policy packs.', '按策略包检查应用台账清单文件（mobile-app.yaml）和代码仓库。'),
    examples: [
      ['mobile-policy check', 'the app in this folder; exit 1 on errors', '检查当前目录的应用；有错误时退出码为 1'],
      ['mobile-policy check . --lang zh-CN', 'messages in Chinese', '以中文输出'],
      ['mobile-policy check . --base origin/main --only-new', 'gate only on findings this branch adds', '只以本分支新增的问题作为门禁'],
      ['mobile-policy check . --stage release --format html --output evidence.html', 'the release gate and its evidence report', '发布门禁及其证据报告'],
      ['mobile-policy check . --format gitlab --output gl-code-quality-report.json --fail-on never', 'GitLab Code Quality report', '生成 `gitlab` 代码质量报告'],
      ['mobile-policy check . --format junit --output mobile-policy.junit.xml', 'JUnit XML for Jenkins and other CI test views', '生成 `junit` 格式报告，供 `Jenkins` 等 CI 的测试结果页使用'],
      ['mobile-policy check . --format sarif --output mobile-policy.sarif', 'SARIF 2.1.0 for code scanning', '生成 `sarif` 2.1.0 报告，供代码扫描使用'],
      ["mobile-policy check . --rule 'nfra/sdk-*' --skip-rule manifest/todo", 'some rules only, while filling in a draft', '填写草稿期间只运行部分规则'],
    ],
  },
  inventory: {
    usage: INVENTORY_USAGE,
    what: text('Lists every third-party component with its SDK, scope and evidence.', '列出每个第三方组件及其所属 SDK、范围和证据位置。'),
    examples: [
      ['mobile-policy inventory', 'a table of the components', '以表格列出组件'],
      ['mobile-policy inventory . --format cyclonedx --output sbom.cdx.json', 'a CycloneDX 1.6 SBOM', '生成 `cyclonedx` 1.6 软件物料清单'],
    ],
  },
  init: {
    usage: INIT_USAGE,
    what: text('Writes a draft mobile-app.yaml from the repository (never overwrites one).', '根据代码仓库生成应用台账清单文件草稿（mobile-app.yaml），从不覆盖已有文件。'),
    examples: [
      ['mobile-policy init', 'write ./mobile-app.yaml, then fill in every TODO', '写入 ./mobile-app.yaml，然后逐项填写 `TODO`'],
      ['mobile-policy init android --name "Harbour Bank" --stdout', 'print the draft instead of writing it', '只打印草稿，不写入文件'],
    ],
  },
  explain: {
    usage: EXPLAIN_USAGE,
    what: text("Shows a rule's or built-in check's purpose, articles and fix.", '说明规则或内置检查的目的、对应条款和整改方法。'),
    examples: [
      ['mobile-policy explain nfra/sdk-declared', 'a rule, in English and Chinese', '中英文说明一条规则'],
      ['mobile-policy explain manifest/todo --lang zh-CN', 'a built-in check, in Chinese', '以中文说明一项内置检查'],
    ],
  },
  test: {
    usage: TEST_USAGE,
    what: text("Runs a policy pack's own test cases.", '运行策略包自带的测试用例。'),
    examples: [
      ['mobile-policy test policies/my-bank', 'the cases in policies/my-bank/tests/', '运行 policies/my-bank/tests/ 中的用例'],
      ['mobile-policy test policies/my-bank --min-coverage 100 --format junit --output pack-tests.xml', 'for CI', '用于 CI'],
    ],
  },
  coverage: {
    usage: COVERAGE_USAGE,
    what: text("Maps the circular's articles to rules and evidence; with a folder, each article's status.", '列出通知各条款对应的规则和证据；指定目录时给出每条的状态。'),
    examples: [
      ['mobile-policy coverage', 'which rules implement which article', '哪些规则落实哪一条'],
      ['mobile-policy coverage . --stage release --format markdown', "this app's status, article by article", '本应用逐条的状态'],
    ],
  },
  ledger: {
    usage: LEDGER_USAGE,
    what: text("Builds the institution's app ledger from a GitHub organisation or local folders.", '根据 GitHub 组织或本地目录生成机构的应用台账。'),
    examples: [
      ['GITHUB_TOKEN=... mobile-policy ledger --org my-bank --format csv --output ledger.csv', 'every repository of an organisation', '组织下的全部仓库'],
      ['mobile-policy ledger apps/* --format html --output ledger.html', 'local checkouts, as a dashboard', '本地仓库，生成看板'],
      ['mobile-policy ledger merge part-*.json --format csv', 'join the parts of a sharded run', '合并分片运行的结果'],
    ],
  },
  disclose: {
    usage: DISCLOSE_USAGE,
    what: text('Writes the two lists (personal information collected, third parties shared with) and the store privacy forms from the manifest.',
      '根据应用台账清单文件生成双清单（个人信息收集清单、第三方信息共享清单）及应用商店隐私表单。'),
    examples: [
      ['mobile-policy disclose . --format html --lang zh-CN --output two-lists.html', 'the two lists as Chinese apps publish them', '按国内应用的公示方式生成双清单'],
      ['mobile-policy disclose . --format play-csv --output data-safety.csv', 'Google Play Data safety answers to import', '生成可导入的 `Google Play` 数据安全表单答案'],
      ['mobile-policy disclose . --format app-store-json --output app_privacy_details.json', "App Store privacy details for fastlane's upload_app_privacy_details_to_app_store", '生成供 `fastlane` 上传的 `App Store` 隐私详情'],
    ],
  },
  privacy: {
    usage: PRIVACY_USAGE,
    what: text("Lists every place the app's code reads personal information or a required-reason API.", '列出应用代码读取个人信息或调用需说明理由的 `API` 的每一处位置。'),
    examples: [
      ['mobile-policy privacy', 'a table of the collection points', '以表格列出收集点'],
      ['mobile-policy privacy . --format json --output privacy.json', 'every collection point with its class, function and SDK, for the two lists', '输出每个收集点及其类、函数和所属 SDK，用于编制双清单'],
    ],
  },
  schema: {
    usage: SCHEMA_USAGE,
    what: text('Prints the JSON Schema of mobile-app.yaml.', '打印应用台账清单文件（mobile-app.yaml）的 JSON 模式。'),
    examples: [['mobile-policy schema > mobile-app.schema.json', 'for an editor without network access', '供无法联网的编辑器使用']],
  },
  version: {
    usage: VERSION_USAGE,
    what: text('Prints the tool, pack and SDK catalogue versions (and the commit when known).', '打印工具、策略包和 SDK 目录的版本（已知时附提交号）。'),
    examples: [['mobile-policy version --json > mobile-policy-version.json', 'keep with a release for the audit trail', '随版本存档，留作审计记录']],
  },
};

/** A few examples for the general `--help`. */
const GENERAL_EXAMPLES: Example[] = [
  ['mobile-policy init', 'draft mobile-app.yaml from the repository', '根据代码仓库起草应用台账清单文件'],
  ['mobile-policy check', 'check the app in this folder', '检查当前目录的应用'],
  ['mobile-policy check . --stage release --format html --output evidence.html', 'the release gate', '发布门禁'],
  ['mobile-policy explain nfra/sdk-declared', 'what a rule asks for', '规则的要求'],
  ['mobile-policy COMMAND --help', "a command's options and examples", '某个命令的选项和示例'],
];

function formatExamples(examples: readonly Example[], lang: Lang): string {
  return examples.map(([command, en, zh]) => `  ${command}\n      ${lang === 'zh-CN' ? zh : en}`).join('\n');
}

function heading(lang: Lang, en: string, zh: string): string {
  return lang === 'zh-CN' ? `${zh}：` : `${en}:`;
}

function examplesBlock(examples: readonly Example[], lang: Lang): string {
  return `${heading(lang, 'Examples', '示例')}\n${formatExamples(examples, lang)}`;
}

/** The examples section of the general help. */
export function generalExamples(lang: Lang): string {
  return examplesBlock(GENERAL_EXAMPLES, lang);
}

/** Help of one command, or undefined for a command without an entry here. */
export function commandHelp(name: string, lang: Lang): string | undefined {
  const help = HELP[name];
  if (!help) return undefined;
  return `${help.what[lang]}\n\n${heading(lang, 'Usage', '用法')}\n  ${help.usage}\n\n${examplesBlock(help.examples, lang)}\n`;
}

/** `--help` or `-h` among a command's arguments (before a `--`). */
export function asksForHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** Every help text, for the tests of its languages. */
export function allHelpTexts(): { where: string; text: Text }[] {
  const examples = (where: string, list: readonly Example[]) => list.map(([command, en, zh]) => ({ where: `${where}: ${command}`, text: text(en, zh) }));
  return [
    ...Object.entries(HELP).flatMap(([name, h]) => [{ where: name, text: h.what }, ...examples(name, h.examples)]),
    ...examples('general', GENERAL_EXAMPLES),
  ];
}
