// Every user-facing string of the tool itself, in both languages. Rule texts live in packs.
import type { Lang, Localized, Severity } from './types.js';

const MESSAGES = {
  'severity.error': { en: 'error', 'zh-CN': '错误' },
  'severity.warning': { en: 'warning', 'zh-CN': '警告' },
  'severity.note': { en: 'note', 'zh-CN': '提示' },
  'severity.error.plural': { en: 'errors', 'zh-CN': '错误' },
  'severity.warning.plural': { en: 'warnings', 'zh-CN': '警告' },
  'severity.note.plural': { en: 'notes', 'zh-CN': '提示' },
  waived: { en: 'waived', 'zh-CN': '已豁免' },
  'finding.new': { en: '(new)', 'zh-CN': '（新增）' },
  'waived.by': { en: 'waived until {expires} by {approver} ({reason})', 'zh-CN': '已豁免至 {expires}，批准人 {approver}（{reason}）' },
  article: { en: 'art.', 'zh-CN': '第' },
  'article.suffix': { en: '', 'zh-CN': '条' },
  'summary.line': {
    en: '{error} errors, {warning} warnings, {note} notes, {waived} waived',
    'zh-CN': '{error} 个错误，{warning} 个警告，{note} 个提示，{waived} 个已豁免',
  },
  'summary.clean': { en: 'No findings.', 'zh-CN': '未发现问题。' },
  'header.stage': { en: 'stage', 'zh-CN': '阶段' },
  'app.unknown': { en: '(no manifest)', 'zh-CN': '（无应用台账清单文件）' },
  'check.timedOut': {
    en: 'mobile-policy: the check stopped at its time limit (--timeout {seconds} s): the report is partial; its tool/timeout notes say what was not finished.',
    'zh-CN': 'mobile-policy：检查达到时长上限（`--timeout {seconds}` 秒）而中止，报告不完整；其中的 `tool/timeout` 说明列出了未完成的内容。',
  },
  'inventory.timedOut': {
    en: 'mobile-policy inventory: stopped at its time limit (--timeout {seconds} s) at {at}: the inventory is partial (only the apps finished before it).',
    'zh-CN': '`mobile-policy inventory`：达到时长上限（`--timeout {seconds}` 秒）而中止于 `{at}`，组件列表不完整（仅含此前已完成的应用）。',
  },
  'gate.failed': {
    en: 'mobile-policy: {count} finding(s) at or above "{failOn}".',
    'zh-CN': 'mobile-policy：有 {count} 个问题达到或高于 “{failOn}” 级别。',
  },
  'gate.passed': {
    en: 'mobile-policy: no findings at or above "{failOn}".',
    'zh-CN': 'mobile-policy：没有达到或高于 “{failOn}” 级别的问题。',
  },
  'focus.hidden': {
    en: 'mobile-policy: {count} finding(s) of built-in checks outside --rule/--skip-rule not shown.',
    'zh-CN': 'mobile-policy：有 {count} 个不在 --rule/--skip-rule 范围内的内置检查问题未显示。',
  },
  'summary.title': { en: 'mobile-policy: {app}', 'zh-CN': 'mobile-policy：{app}' },
  'summary.col.severity': { en: 'Severity', 'zh-CN': '级别' },
  'summary.col.rule': { en: 'Rule', 'zh-CN': '规则' },
  'summary.col.articles': { en: 'Articles', 'zh-CN': '条款' },
  'summary.col.location': { en: 'Location', 'zh-CN': '位置' },
  'summary.col.message': { en: 'Message', 'zh-CN': '说明' },
  'summary.more': { en: '… and {count} more findings (see the JSON report).', 'zh-CN': '……另有 {count} 个问题（见 JSON 报告）。' },
  'explain.articles': { en: 'Articles', 'zh-CN': '对应条款' },
  'explain.severity': { en: 'Severity', 'zh-CN': '级别' },
  'explain.stages': { en: 'Stages', 'zh-CN': '阶段' },
  'explain.rationale': { en: 'Why', 'zh-CN': '依据' },
  'explain.remediation': { en: 'How to fix', 'zh-CN': '整改方法' },
  'explain.waivable': { en: 'Waivable', 'zh-CN': '可豁免' },
  'explain.pack': { en: 'Pack', 'zh-CN': '策略包' },
  'explain.builtin': { en: 'Built-in check of mobile-policy (an input or policy problem, not a rule of a pack).', 'zh-CN': 'mobile-policy 的内置检查（输入问题或策略问题，不属于策略包中的规则）。' },
  'explain.meaning': { en: 'What it means', 'zh-CN': '含义' },
  'test.pass': { en: 'PASS', 'zh-CN': '通过' },
  'test.fail': { en: 'FAIL', 'zh-CN': '失败' },
  'test.summary': {
    en: '{pack}: {passed} of {total} cases passed; {covered} of {rules} rules have a passing and a failing case ({coverage}%).',
    'zh-CN': '{pack}：{total} 个用例中 {passed} 个通过；{rules} 条规则中 {covered} 条同时具有通过和失败用例（{coverage}%）。',
  },
  'test.untested': { en: 'Rules without a passing and a failing case:', 'zh-CN': '缺少通过用例或失败用例的规则：' },
  'test.suite-errors': { en: 'Problems with the test suite:', 'zh-CN': '测试套件本身的问题：' },
  'test.result.passed': { en: 'Pack tests passed.', 'zh-CN': '策略包测试通过。' },
  'test.result.failed': { en: 'Pack tests failed.', 'zh-CN': '策略包测试未通过。' },
  'coverage.title': { en: 'Coverage of NFRA circular Jin Ban Fa [2024] No. 99', 'zh-CN': '金办发〔2024〕99号通知条款覆盖情况' },
  'coverage.article': { en: 'Article', 'zh-CN': '条款' },
  'coverage.rules': { en: 'Rules', 'zh-CN': '规则' },
  'coverage.evidence': { en: 'Manifest evidence', 'zh-CN': '应用台账清单文件证据字段' },
  'coverage.status': { en: 'Status', 'zh-CN': '状态' },
  'coverage.none': { en: '(none)', 'zh-CN': '（无）' },
  'coverage.binds': { en: 'Binds the regulator; supported by the app ledger and the release evidence report.', 'zh-CN': '约束监管派出机构；由应用台账和上线证据报告提供支持。' },
  'coverage.status.pass': { en: 'pass', 'zh-CN': '符合' },
  'coverage.status.fail': { en: 'fail', 'zh-CN': '不符合' },
  'coverage.status.waived': { en: 'waived', 'zh-CN': '已豁免' },
  'coverage.status.not-applicable-declared': { en: 'not applicable (declared)', 'zh-CN': '不适用（已声明）' },
  'coverage.status.no-evidence': { en: 'no evidence', 'zh-CN': '无证据' },
  'coverage.status.not-evaluated': { en: 'not checked at this stage', 'zh-CN': '本阶段未检查' },
  'coverage.status.not-applicable': { en: 'not applicable (binds the regulator)', 'zh-CN': '不适用（约束监管机构）' },
  'coverage.app': { en: 'App', 'zh-CN': '应用' },
  'coverage.stage': { en: 'Stage', 'zh-CN': '阶段' },
  'coverage.packs': { en: 'Packs', 'zh-CN': '策略包' },
  'coverage.legend': {
    en: 'pass: the article\'s rules ran on evidence in the manifest or the repository and none has an unwaived error or warning; fail: an unwaived error or warning of a rule of the article; waived: findings exist but all are waived; not applicable (declared): the manifest declares the article\'s subject absent (`thirdParties: []`, `outsourcing: []`); no evidence: the manifest is missing, does not parse or has none of the article\'s evidence fields, a rule of the article could not be evaluated, or an input problem (unparsable file, TODO) blocks it; not checked at this stage: no rule of the article runs at this stage; not applicable (binds the regulator): article 18.',
    'zh-CN': '符合：该条款的规则已基于应用台账清单文件或代码仓库中的证据执行，且无未豁免的错误或警告；不符合：该条款的规则存在未豁免的错误或警告；已豁免：存在问题但均已豁免；不适用（已声明）：应用台账清单文件声明该条款涉及的对象不存在（`thirdParties: []`、`outsourcing: []`）；无证据：应用台账清单文件缺失、无法解析或没有该条款的任何证据字段，该条款的规则无法执行，或有输入问题（无法解析的文件、待填写项）阻断检查；本阶段未检查：本阶段没有该条款的规则运行；不适用（约束监管机构）：第十八条。',
  },
  'stage.pr': { en: 'pr', 'zh-CN': '合并请求检查' },
  'stage.release': { en: 'release', 'zh-CN': '上线检查' },
  'result.pass': { en: 'pass', 'zh-CN': '通过' },
  'result.pass-with-findings': { en: 'pass with findings', 'zh-CN': '通过但有待整改问题' },
  'result.fail': { en: 'fail', 'zh-CN': '未通过' },
  'app.status.planned': { en: 'planned', 'zh-CN': '规划中' },
  'app.status.active': { en: 'active', 'zh-CN': '运行中' },
  'app.status.deprecated': { en: 'deprecated', 'zh-CN': '逐步下线' },
  'app.status.retired': { en: 'retired', 'zh-CN': '已退出' },
  'app.kind.android': { en: 'Android', 'zh-CN': 'Android 应用' },
  'app.kind.ios': { en: 'iOS', 'zh-CN': 'iOS 应用' },
  'app.kind.harmonyos': { en: 'HarmonyOS', 'zh-CN': 'HarmonyOS 应用' },
  'app.kind.mini-program': { en: 'mini-program', 'zh-CN': '小程序' },
  'app.kind.official-account': { en: 'official account', 'zh-CN': '公众号' },
  'app.kind.h5': { en: 'H5', 'zh-CN': 'H5 页面' },
  'yes': { en: 'yes', 'zh-CN': '是' },
  'no': { en: 'no', 'zh-CN': '否' },
} satisfies Record<string, Localized>;

export type MessageKey = keyof typeof MESSAGES;
export const MESSAGE_KEYS = Object.keys(MESSAGES) as MessageKey[];

/** Fills `{name}` placeholders; unknown names are left visible rather than dropped. */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

export function t(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  return fill(MESSAGES[key][lang], vars);
}

export function localize(text: Localized | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] || text.en;
}

export function severityLabel(lang: Lang, s: Severity): string {
  return t(lang, `severity.${s}`);
}

/** A vocabulary value in the reader's language (`app.status`, `app.kinds`, stage); unknown values as written. */
export function vocabularyLabel(lang: Lang, kind: 'stage' | 'app.status' | 'app.kind' | 'result', value: string): string {
  const key = `${kind}.${value}`;
  return key in MESSAGES ? t(lang, key as MessageKey) : value;
}

export function articlesLabel(lang: Lang, articles: readonly number[]): string {
  if (!articles.length) return '';
  return lang === 'zh-CN'
    ? articles.map((a) => `第${a}条`).join('、')
    : `art. ${articles.join(', ')}`;
}

/** The language asked for by the environment (LANG / LC_ALL / the Action's locale), defaulting to English. */
export function langFromEnv(env: NodeJS.ProcessEnv = process.env): 'en' | 'zh-CN' {
  const raw = env.MOBILE_POLICY_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(raw) ? 'zh-CN' : 'en';
}
