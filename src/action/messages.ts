// Text of the GitHub edge (summary, comment, notices), in both languages. Rule texts live in packs.
import { fill } from '../core/messages.js';
import type { Lang, Localized } from '../core/types.js';

const M = {
  'title': { en: 'mobile-policy', 'zh-CN': 'mobile-policy 合规检查' },
  'verdict.failed': { en: '❌ {count} finding(s) at or above `{failOn}`{scope}.', 'zh-CN': '❌ 有 {count} 个问题达到或高于 `{failOn}` 级别{scope}。' },
  'verdict.passed': { en: '✅ No findings at or above `{failOn}`{scope}.', 'zh-CN': '✅ 没有达到或高于 `{failOn}` 级别的问题{scope}。' },
  'verdict.scope.new': { en: ' among the findings this change introduces', 'zh-CN': '（仅计本次变更新增的问题）' },
  'allclear': { en: '✅ **mobile-policy: all clear.** No unwaived findings remain for {app}.', 'zh-CN': '✅ **mobile-policy：全部通过。** {app} 已无未豁免的问题。' },
  'counts.title': { en: 'Counts', 'zh-CN': '统计' },
  'counts.header': { en: '| | error | warning | note | waived |', 'zh-CN': '| | 错误 | 警告 | 提示 | 已豁免 |' },
  'counts.all': { en: 'all', 'zh-CN': '全部' },
  'counts.new': { en: 'new in this change', 'zh-CN': '本次新增' },
  'new.title': { en: 'New findings ({count})', 'zh-CN': '新增问题（{count}）' },
  'new.none': { en: 'This change introduces no new findings.', 'zh-CN': '本次变更未引入新问题。' },
  'new.unknown': { en: 'The base could not be evaluated: every finding counts as new.', 'zh-CN': '无法评估基线版本：所有问题均按新增计算。' },
  'articles.title': { en: 'By article of the circular', 'zh-CN': '按通知条款统计' },
  'articles.header': { en: '| Article | Findings | New |', 'zh-CN': '| 条款 | 问题数 | 新增 |' },
  'articles.none': { en: '(none)', 'zh-CN': '（无）' },
  'inventory.title': { en: 'SDK inventory changes', 'zh-CN': 'SDK 及组件变化' },
  'inventory.header': { en: '| Change | Component | Version | SDK | Category | Declared |', 'zh-CN': '| 变化 | 组件 | 版本 | SDK | 类别 | 已登记 |' },
  'inventory.added': { en: 'added', 'zh-CN': '新增' },
  'inventory.removed': { en: 'removed', 'zh-CN': '移除' },
  'inventory.upgraded': { en: 'version changed', 'zh-CN': '版本变化' },
  'inventory.none': { en: 'No SDKs added, removed or upgraded.', 'zh-CN': '未新增、移除或升级 SDK。' },
  'pending.title': { en: 'Waivers pending approval ({count})', 'zh-CN': '待审批的豁免（{count}）' },
  'pending.body': {
    en: 'This change adds or edits these waivers in its own manifest. They are **not applied** until they are on the base branch (merged after approval):',
    'zh-CN': '本次变更在自身的应用台账清单文件中新增或修改了以下豁免。在合入基线分支（经审批）之前，这些豁免**不生效**：',
  },
  'details.title': { en: 'All findings', 'zh-CN': '全部问题' },
  'notices.title': { en: 'Notices', 'zh-CN': '说明' },
  'truncated': { en: '… truncated to fit GitHub\'s size limit; {more}. The full list is in the job summary and the JSON report.', 'zh-CN': '……因 GitHub 长度限制已截断；{more}。完整列表见作业摘要与 JSON 报告。' },
  'truncated.summary': { en: '… truncated to fit GitHub\'s 1 MiB summary limit. The full list is in the JSON report.', 'zh-CN': '……因 GitHub 摘要 1 MiB 限制已截断。完整列表见 JSON 报告。' },
  'more': { en: '{count} more lines not shown', 'zh-CN': '另有 {count} 行未显示' },
  'notice.permission': {
    en: 'mobile-policy could not {what}: the token lacks `{permission}` permission (fork pull requests get a read-only token). Findings are in the annotations and the job summary. See the two-workflow pattern in docs/github-action.md.',
    'zh-CN': 'mobile-policy 无法{what}：令牌缺少 `{permission}` 权限（来自 fork 的拉取请求只有只读令牌）。问题已写入注释和作业摘要。参见 docs/github-action.md 中的双工作流方案。',
  },
  'notice.api': { en: 'mobile-policy could not {what}: {error}. Findings are in the annotations, the job summary and the JSON report.', 'zh-CN': 'mobile-policy 无法{what}：{error}。问题已写入注释、作业摘要与 JSON 报告。' },
  'what.comment': { en: 'post the pull request comment', 'zh-CN': '发表拉取请求评论' },
  'what.checkrun': { en: 'create the check run', 'zh-CN': '创建检查运行（check run）' },
  'what.changes': { en: 'list the changed files', 'zh-CN': '获取变更文件列表' },
  'what.base': { en: 'read the base commit, so every finding counts as new', 'zh-CN': '读取基线提交，因此所有问题均按新增计算' },
  'what.pr': { en: 'find the pull request of this workflow run', 'zh-CN': '找到本次工作流运行对应的拉取请求' },
  'notice.annotations': { en: '{shown} of {total} findings are shown as annotations (GitHub shows at most 10 per level per step); all are in the job summary.', 'zh-CN': '共 {total} 个问题，其中 {shown} 个以注释显示（GitHub 每步每级最多显示 10 条）；全部问题见作业摘要。' },
  'notice.untrustedwaivers': { en: 'Waivers in this pull request\'s manifest are not applied because the base manifest could not be read.', 'zh-CN': '由于无法读取基线分支的应用台账清单文件，本拉取请求应用台账清单文件中的豁免不生效。' },
  'checkrun.title': { en: '{errors} errors, {warnings} warnings, {notes} notes ({new} new)', 'zh-CN': '{errors} 个错误，{warnings} 个警告，{notes} 个提示（新增 {new} 个）' },
  'col.new': { en: 'new', 'zh-CN': '新增' },
} satisfies Record<string, Localized>;

export type EdgeKey = keyof typeof M;

export function m(lang: Lang, key: EdgeKey, vars?: Record<string, string | number>): string {
  return fill(M[key][lang], vars);
}
