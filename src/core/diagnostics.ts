// Every built-in diagnostic code (an input problem or a policy problem that becomes a finding with
// this id), with what `mobile-policy explain CODE` says about it: a title, what it means and how
// to fix it, in both languages. test/cli/explain.test.ts fails when src/ emits a code not listed.
import type { Localized } from './types.js';
import { QUESTION_INFO } from '../disclose/question-info.js';

export interface DiagnosticInfo {
  title: Localized;
  /** What the finding means and why the tool reports it. */
  purpose: Localized;
  fix: Localized;
}

const d = (title: [string, string], purpose: [string, string], fix: [string, string]): DiagnosticInfo => ({
  title: { en: title[0], 'zh-CN': title[1] },
  purpose: { en: purpose[0], 'zh-CN': purpose[1] },
  fix: { en: fix[0], 'zh-CN': fix[1] },
});

const UNREAD_EVIDENCE = ['Rules that read this file saw nothing from it, so a pass of theirs would say more than the tool knows.', '读取该文件的规则无法获得其内容，其“通过”结论将超出工具实际掌握的情况。'] as const;

export const DIAGNOSTICS: Readonly<Record<string, DiagnosticInfo>> = {
  'manifest/missing': d(
    ['No app manifest', '缺少应用台账清单文件'],
    ['No mobile-app.yaml was found for the app. Without it the app is not in the ledger and no manifest evidence (ownership, SDKs, data flows, tests) can be checked.', '未找到应用的 mobile-app.yaml。没有应用台账清单文件，应用就不在台账中，也无法核对其中的任何证据（管理责任、SDK、数据流、测试等）。'],
    ['Add mobile-app.yaml at the app\'s root: `mobile-policy init DIR` drafts one from the build files; docs/manifest.md describes every field. Or pass `--manifest FILE`.', '在应用根目录添加 mobile-app.yaml：`mobile-policy init DIR` 可根据构建文件生成草稿，各字段说明见 docs/manifest.md；也可通过 `--manifest FILE` 指定。'],
  ),
  'manifest/unreadable': d(
    ['App manifest cannot be read', '应用台账清单文件无法读取'],
    ['The manifest file exists but could not be read (permissions, a folder of that name, a broken link).', '应用台账清单文件存在，但无法读取（权限问题、同名文件夹或失效链接等）。'],
    ['Make the file a readable regular file in the repository.', '将该文件改为仓库中可读取的普通文件。'],
  ),
  'manifest/parse': d(
    ['App manifest cannot be parsed', '应用台账清单文件无法解析'],
    ['The manifest is not valid YAML, or uses YAML the tool refuses (tags, merge keys, very deep nesting). Nothing in it could be checked.', '应用台账清单文件不是有效的 YAML，或使用了本工具拒绝的 YAML 写法（标签、合并键、过深嵌套等），其中内容均无法核对。'],
    ['Fix the YAML at the reported line and column; keep to plain mappings, lists and scalars.', '按报告的行列位置修正 YAML；只使用普通映射、列表和标量。'],
  ),
  'manifest/empty': d(
    ['App manifest is empty', '应用台账清单文件为空'],
    ['The manifest holds no fields.', '应用台账清单文件中没有任何字段。'],
    ['Start with `apiVersion: mobile-policy/v1` and an `app:` section, or run `mobile-policy init`.', '以 `apiVersion: mobile-policy/v1` 和 `app:` 部分开头，或运行 `mobile-policy init` 生成草稿。'],
  ),
  'manifest/not-mapping': d(
    ['App manifest is not a mapping', '应用台账清单文件不是键值映射'],
    ['The top of the manifest is a list or a single value, not a mapping of fields.', '应用台账清单文件的顶层是列表或单个值，而不是字段映射。'],
    ['Write the manifest as `field: value` lines starting with `apiVersion:` and `app:`.', '按 `字段: 取值` 的形式书写，以 `apiVersion:` 和 `app:` 开头。'],
  ),
  'manifest/multiple-documents': d(
    ['App manifest holds several YAML documents', '应用台账清单文件包含多个 YAML 文档'],
    ['The file has more than one YAML document (`---`); only the first is read.', '文件中有多个 YAML 文档（`---`），只读取第一个。'],
    ['Keep one app per file; put each app\'s manifest in its own folder.', '每个文件只描述一个应用；各应用的应用台账清单文件放在各自目录中。'],
  ),
  'manifest/alias-limit': d(
    ['Too many YAML aliases in the manifest', '应用台账清单文件中的 YAML 别名过多'],
    ['Aliases (`*name`) expand too often or in a cycle, as in a "billion laughs" attack; the file was not read.', '别名（`*name`）展开次数过多或循环引用（类似“十亿笑声”攻击），文件未被读取。'],
    ['Write the values out instead of using aliases.', '直接写出取值，不要使用别名。'],
  ),
  'manifest/api-version': d(
    ['Unknown manifest apiVersion', '应用台账清单文件的 `apiVersion` 无法识别'],
    ['`apiVersion` is missing or names a version this build does not know, so the manifest was not validated against a schema.', '`apiVersion` 缺失或为本版本不认识的版本，因此未按模式定义校验应用台账清单文件内容。'],
    ['Set `apiVersion: mobile-policy/v1` on the first line (or upgrade mobile-policy).', '在第一行设置 `apiVersion: mobile-policy/v1`（或升级 mobile-policy）。'],
  ),
  'manifest/schema': d(
    ['App manifest does not match the schema', '应用台账清单文件不符合模式定义'],
    ['A field has the wrong type or form, a required field is missing, or a value is outside the field\'s vocabulary. Rules that read the field may judge it wrongly.', '字段类型或格式错误、缺少必填字段，或取值不在词表内。读取该字段的规则可能据此作出错误判断。'],
    ['Correct the field as the message says; `mobile-policy schema` prints the schema and docs/manifest.md lists every vocabulary.', '按提示修正该字段；`mobile-policy schema` 输出模式定义，各词表见 docs/manifest.md。'],
  ),
  'manifest/unknown-key': d(
    ['Unknown manifest field', '应用台账清单文件中有未知字段'],
    ['The field is not part of the manifest format (often a typo); its value is not read by any rule.', '该字段不属于应用台账清单文件的格式（常为拼写错误），任何规则都不会读取其取值。'],
    ['Rename it to the field the message suggests, or remove it.', '按提示改为正确的字段名，或删除该字段。'],
  ),
  'scope/no-app-build': d(
    ['No app build for the manifest', '应用台账清单文件找不到应用构建'],
    ['The manifest\'s folder holds no app build (Gradle, Xcode, XcodeGen, Flutter, React Native, HarmonyOS) and no build in the repository declares `app.id`. Nothing of the app\'s code could be checked, so a clean result would say more than the tool knows.', '应用台账清单文件所在目录没有应用构建（Gradle、Xcode、XcodeGen、Flutter、React Native、HarmonyOS），仓库中也没有任何构建声明 `app.id`。应用代码均未被检查，“无问题”的结论将超出工具实际掌握的情况。'],
    ['Keep mobile-app.yaml at the app\'s root, or make `app.id` the application id / bundle identifier / bundle name the build declares, or list the app\'s folders in `scope.include`.', '将 mobile-app.yaml 放在应用根目录，或使 `app.id` 与构建声明的应用标识（`applicationId`、`PRODUCT_BUNDLE_IDENTIFIER`、`bundleName`）一致，或在 `scope.include` 中列出应用所在目录。'],
  ),
  'scope/platform-missing': d(
    ['Declared platform has no build', '声明的平台没有构建'],
    ['The manifest declares a platform (`app.kinds`, or `compatibility.*` where kinds is not written) but no build of that platform is in the app\'s scope: its platform rules saw nothing.', '应用台账清单文件声明了某个平台（`app.kinds`；未写 `kinds` 时为 `compatibility.*`），但应用范围内没有该平台的构建，相应平台规则未检查任何内容。'],
    ['Remove the platform from the manifest if the app does not ship on it, or bring its build into scope (`scope.include`).', '如应用不在该平台发布，请从应用台账清单文件中删除该平台；否则将其构建纳入范围（`scope.include`）。'],
  ),
  'manifest/duplicate-key': d(
    ['Duplicate key in the manifest', '应用台账清单文件中存在重复的键'],
    ['The same key appears twice in one mapping; only the first is used.', '同一映射中同一个键出现了两次，只使用第一个。'],
    ['Keep one of the two and merge their values.', '保留其中一个，并合并两处的取值。'],
  ),
  'manifest/todo': d(
    ['Manifest field still to be filled in', '应用台账清单文件字段仍待填写'],
    ['`mobile-policy init` writes `TODO` where only the app team knows the value (owners, filing number, assessments). Each one is reported once, until it is filled in.', '`mobile-policy init` 在只有应用团队才知道取值的位置（负责人、备案号、评估等）写入 `TODO`。每处待填写项报告一次，直至填写完毕。'],
    ['Replace `TODO` with the real value (docs/manifest.md describes each field). While drafting, `check --skip-rule manifest/todo` hides these findings.', '将 `TODO` 替换为真实取值（各字段说明见 docs/manifest.md）。起草期间可用 `check --skip-rule manifest/todo` 暂时隐藏此类问题。'],
  ),
  'manifest/ambiguous': d(
    ['More than one manifest for the app', '同一应用存在多个应用台账清单文件'],
    ['Two manifest files describe the same app folder (for example `.yaml` and `.yml`, or the root and `.github/`); one is checked, the other ignored.', '同一应用目录下有两个应用台账清单文件（如 `.yaml` 与 `.yml`，或根目录与 `.github/` 下各一个），只核对其中一个，另一个被忽略。'],
    ['Delete or merge the extra file so each app has exactly one manifest.', '删除或合并多余的文件，使每个应用只有一个应用台账清单文件。'],
  ),
  'manifest/conflict': d(
    ['Conflicting app manifests', '应用台账清单文件相互冲突'],
    ['Two manifests claim the same app.', '两个应用台账清单文件描述了同一个应用。'],
    ['Keep one manifest per app.', '每个应用只保留一个应用台账清单文件。'],
  ),
  'manifest/vocabulary': d(
    ['Value outside the manifest vocabulary', '取值不在应用台账清单文件词表内'],
    ['A field takes one of a fixed list of values and this one is not in it.', '该字段只能取词表中的值，当前取值不在其中。'],
    ['Use one of the values docs/manifest.md lists for the field.', '改用 docs/manifest.md 为该字段列出的取值之一。'],
  ),
  'android/xml-parse': d(
    ['Android XML file cannot be parsed', 'Android XML 文件无法解析'],
    ['An AndroidManifest.xml, network security config or other Android XML resource is not well-formed XML. ' + UNREAD_EVIDENCE[0], 'AndroidManifest.xml 清单文件、网络安全配置或其他安卓 XML 资源不是格式正确的 XML。' + UNREAD_EVIDENCE[1]],
    ['Fix the XML at the reported line (the Android build would reject it too).', '按报告的行号修正 XML（Android 构建同样会拒绝该文件）。'],
  ),
  'android/gradle-parse': d(
    ['Gradle build script nested too deeply', 'Gradle 构建脚本嵌套过深'],
    ['A build.gradle(.kts) nests blocks deeper than any build script needs; what is inside the deep blocks was not read. ' + UNREAD_EVIDENCE[0], '构建脚本（build.gradle、build.gradle.kts）的代码块嵌套深度远超正常构建脚本，过深部分的内容未被读取。' + UNREAD_EVIDENCE[1]],
    ['Fix the braces at the reported line (the file is probably damaged or generated).', '按报告的行号修正花括号（该文件可能已损坏或由工具生成）。'],
  ),
  'android/toml-parse': d(
    ['Gradle version catalog cannot be parsed', 'Gradle 版本目录无法解析'],
    ['A `gradle/*.versions.toml` file is not valid TOML: the dependencies and SDK levels it declares are unknown to the rules.', '`gradle/*.versions.toml` 文件不是有效的 TOML：规则无法获知其中声明的依赖和 SDK 版本。'],
    ['Fix the TOML at the reported line.', '按报告的行号修正 TOML。'],
  ),
  'ios/plist-parse': d(
    ['Property list cannot be parsed', '属性列表文件无法解析'],
    ['An Info.plist, entitlements file or 隐私清单 (PrivacyInfo.xcprivacy) is not a valid property list. ' + UNREAD_EVIDENCE[0], 'Info.plist、权限配置文件或隐私清单（PrivacyInfo.xcprivacy）不是有效的属性列表。' + UNREAD_EVIDENCE[1]],
    ['Fix the file (`plutil -lint FILE` shows the error on a Mac).', '修正该文件（在 Mac 上可用 `plutil -lint FILE` 查看错误）。'],
  ),
  'harmonyos/json5-parse': d(
    ['HarmonyOS JSON5 file cannot be parsed', 'HarmonyOS JSON5 文件无法解析'],
    ['A `module.json5`, `app.json5` or `build-profile.json5` is not valid JSON5. ' + UNREAD_EVIDENCE[0], '`module.json5`、`app.json5` 或 `build-profile.json5` 不是有效的 JSON5。' + UNREAD_EVIDENCE[1]],
    ['Fix the JSON5 at the reported line.', '按报告的行号修正 JSON5。'],
  ),
  'sdks/parse': d(
    ['Dependency file cannot be parsed', '依赖文件无法解析'],
    ['A build or lock file (Gradle, Podfile.lock, package-lock.json, pubspec.lock, ...) could not be read: the components it declares are missing from the inventory and from the SDK rules.', '构建文件或锁文件（Gradle、Podfile.lock、package-lock.json、pubspec.lock 等）无法读取：其中声明的组件未进入组件清点，也未经 SDK 规则核对。'],
    ['Fix the file at the reported line, or regenerate the lock file with its tool.', '按报告的行号修正该文件，或用相应工具重新生成锁文件。'],
  ),
  'sdks/binary-unreadable': d(
    ['Vendored binary cannot be read', '内置二进制文件无法读取'],
    ['A vendored .jar, .aar, .so, .a or framework binary is damaged, truncated or over the read budget, so the class and symbol names inside it were not read: its SDK is identified by its file name only, and a renamed SDK binary may go unrecognised.', '内置的 `.jar`、`.aar`、`.so`、`.a` 或框架二进制文件已损坏、被截断或超出读取预算，其中的类名和符号名未被读取：仅按文件名识别其所属 SDK，改名后的 SDK 二进制文件可能无法识别。'],
    ['Replace the file with an intact copy from the vendor (check that it is not a Git LFS pointer), or declare its SDK in sdks[] by hand.', '用供应商提供的完整文件替换（并确认不是 `git lfs` 指针文件），或在 `sdks[]` 中手工申报其所属 SDK。'],
  ),
  'links/file-skipped': d(
    ['File skipped by the link scan', '链接扫描跳过了该文件'],
    ['The file looks minified, bundled or generated, so URLs in it were not checked against `security.allowedDomains` or for cleartext.', '该文件看起来经过压缩、打包或由工具生成，因此未检查其中的链接是否在 `security.allowedDomains` 内或是否为明文传输。'],
    ['Nothing to do if the file is generated. If it is source, break its long lines; or exclude it from the repository.', '如为生成文件则无需处理；如为源码，请拆分超长行，或将其移出仓库。'],
  ),
  'links/long-lines-skipped': d(
    ['Long lines skipped by the link scan', '链接扫描跳过了超长行'],
    ['Lines longer than the scan limit were not searched for URLs.', '超过扫描长度上限的行未被检查链接。'],
    ['Break the long lines if they are hand-written source.', '如为手写源码，请拆分超长行。'],
  ),
  'links/too-many-urls': d(
    ['Too many URLs to check', '链接数量过多，未全部检查'],
    ['The repository holds more URLs than the scan checks; the rest were not compared with `security.allowedDomains`.', '仓库中的链接数量超过扫描上限，其余链接未与 `security.allowedDomains` 比对。'],
    ['Remove test data, fixtures and vendored web assets from the app\'s folder, or check them separately.', '将测试数据、测试夹具和第三方网页资源移出应用目录，或另行检查。'],
  ),
  'repo/file-too-large': d(
    ['File too large to check', '文件过大，无法检查'],
    ['The file is larger than the read limit, so its content was not checked. ' + UNREAD_EVIDENCE[0], '文件超过读取上限，其内容未被检查。' + UNREAD_EVIDENCE[1]],
    ['Keep generated or data files out of the app\'s source folders; a hand-written file this large should be split.', '将生成文件或数据文件移出应用源码目录；如为手写文件，请拆分。'],
  ),
  'repo/file-too-slow': d(
    ['File took too long to read', '文件读取超时'],
    ['Reading the file took longer than the per-file time budget (10 s), so it was skipped and its content was not checked. ' + UNREAD_EVIDENCE[0], '读取该文件的耗时超过单个文件的时间预算（10 秒），已跳过，其内容未被检查。' + UNREAD_EVIDENCE[1]],
    ['Check that the file is what its name says (a damaged or generated file is the usual cause); report it as a bug in mobile-policy if it is an ordinary file.', '确认文件内容与其名称相符（常见原因是文件损坏或为生成文件）；如为普通文件，请作为 mobile-policy 的缺陷提交。'],
  ),
  'tool/timeout': d(
    ['Check stopped at its time limit', '检查因超时而中止'],
    ['The run reached its wall-clock limit (`--timeout`, 10 minutes by default) before this app was fully checked; the report is partial and the command exits with 2.', '运行在本应用检查完成前达到总时长上限（`--timeout`，默认 10 分钟）；报告不完整，命令以退出码 2 结束。'],
    ['Run again with a larger `--timeout`, or check the app\'s folder on its own; the note names the file or step that was in progress.', '使用更大的 `--timeout` 重新运行，或单独检查该应用目录；该说明指出了中止时正在处理的文件或步骤。'],
  ),
  'repo/binary-file': d(
    ['Binary file where text was expected', '此处应为文本文件，实为二进制文件'],
    ['A file the rules read as text (a manifest, a build file, a property list) is binary.', '规则按文本读取的文件（应用台账清单文件、AndroidManifest.xml 清单文件、构建文件、属性列表等）实为二进制文件。'],
    ['Commit the text form of the file (for property lists: `plutil -convert xml1 FILE`).', '提交该文件的文本形式（属性列表可用 `plutil -convert xml1 FILE` 转换）。'],
  ),
  'repo/invalid-utf8': d(
    ['File is not valid UTF-8', '文件不是有效的 UTF-8 编码'],
    ['The file is not UTF-8 text (often GBK); its content was not checked.', '文件不是 UTF-8 文本（常见为 GBK 编码），其内容未被检查。'],
    ['Convert the file to UTF-8 (`iconv -f GBK -t UTF-8`).', '将文件转换为 UTF-8 编码（如 `iconv -f GBK -t UTF-8`）。'],
  ),
  'repo/unreadable': d(
    ['File cannot be read', '文件无法读取'],
    ['A file or folder could not be read or listed (permissions, a broken link).', '文件或文件夹无法读取或列出（权限问题、失效链接等）。'],
    ['Make it readable in the checkout the tool scans.', '在被扫描的检出目录中使其可读。'],
  ),
  'repo/symlink-outside': d(
    ['Symbolic link leaves the repository', '符号链接指向仓库之外'],
    ['A symbolic link points outside the scanned folder; it is not followed, so what it points to was not checked.', '符号链接指向被扫描目录之外；工具不会跟随该链接，其指向的内容未被检查。'],
    ['Replace the link with the file itself, or point it inside the repository.', '用文件本身替换该链接，或使其指向仓库内部。'],
  ),
  'repo/not-regular-file': d(
    ['Not a regular file', '不是普通文件'],
    ['A FIFO, device or socket sits where a file was expected (in the tree or named by .git/index). Reading it could block or never end, so it was not read and nothing in it was checked.', '应为文件的位置（目录树中或 .git/index 所列路径）是命名管道、设备或套接字。读取它可能阻塞或永不结束，因此未被读取，其内容未被检查。'],
    ['Replace it with the file itself; a repository never needs one.', '用文件本身替换它；仓库中不需要此类特殊文件。'],
  ),
  'tool/detector-failed': d(
    ['A detector failed', '检测器运行失败'],
    ['A part of the tool that reads one kind of file stopped with an error; the facts it gathers are missing, so rules using them saw nothing.', '工具中读取某类文件的模块出错中止，其应收集的事实缺失，依赖这些事实的规则未获得任何内容。'],
    ['This is a bug in mobile-policy: report it with the message (set MOBILE_POLICY_DEBUG=1 for the stack).', '这是 mobile-policy 的缺陷：请附上该说明提交问题（设置 MOBILE_POLICY_DEBUG=1 可输出调用栈）。'],
  ),
  'policy/rule-error': d(
    ['Policy rule failed to evaluate', '策略规则执行失败'],
    ['A rule\'s CEL expression raised an error or ran too long on this input; the rule gave no verdict, so its articles read "no evidence".', '规则的 CEL 表达式在该输入上出错或运行超时，规则未给出结论，其对应条款显示为“无证据”。'],
    ['For a built-in rule, report the message as a bug. For your own pack, fix the expression (`mobile-policy test` runs its cases).', '如为内置规则，请将该说明作为缺陷提交；如为自定义策略包，请修正表达式（`mobile-policy test` 可运行其测试用例）。'],
  ),
  'policy/facts-missing': d(
    ['Policy rule had no facts to judge', '策略规则缺少判断所需的事实数据'],
    ['A detector failed on an input (see tool/detector-failed at the same file), so the facts this rule reads are missing; the rule gave no verdict instead of passing on an empty list, and its articles read "no evidence".', '某个检测器在处理输入文件时失败（见同一文件的 tool/detector-failed），该规则所需的事实数据缺失；规则未给出结论，而不是在空列表上判定通过，其对应条款显示为“无证据”。'],
    ['Fix or remove the input the detector failed on, and report the failure as a bug with the message.', '修正或移除导致检测器失败的输入文件，并将该失败说明作为缺陷提交。'],
  ),
  'policy/waiver-expired': d(
    ['Waiver has expired', '豁免已过期'],
    ['The waiver\'s `expires` date has passed; the findings it covered are reported again.', '豁免的 `expires` 日期已过，其覆盖的问题重新报告。'],
    ['Fix the findings, or renew the waiver with a new approval, reason and expiry date.', '整改相关问题，或经重新审批后以新的理由和到期日续期豁免。'],
  ),
  'policy/waiver-invalid': d(
    ['Waiver is invalid', '豁免无效'],
    ['A waiver lacks a rule, reason, approver or valid expiry date, runs longer than the policy allows, or waives a rule that cannot be waived; it does not apply.', '豁免缺少规则、理由、批准人或有效到期日，期限超过策略允许的天数，或豁免了不允许豁免的规则，因此不生效。'],
    ['Complete the waiver as the message says (docs/manifest.md, `waivers`).', '按提示补全豁免内容（见 docs/manifest.md 的 `waivers` 部分）。'],
  ),
  ...QUESTION_INFO,
};

/** Titles by code, for findings made from diagnostics. */
export const DIAGNOSTIC_TITLES: Readonly<Record<string, Localized>> = Object.fromEntries(Object.entries(DIAGNOSTICS).map(([code, info]) => [code, info.title]));
