// Every user-facing string of the ledger, in both languages.
import { fill } from '../core/messages.js';
import type { Lang, Localized } from '../core/types.js';
import type { DueKind, ManifestState } from './types.js';

const L = {
  title: { en: 'Mobile application ledger', 'zh-CN': '移动互联网应用程序台账' },
  subtitle: { en: 'NFRA Jin Ban Fa [2024] No. 99, art. 2', 'zh-CN': '金办发〔2024〕99号 第二条' },
  generated: { en: 'As of {now}', 'zh-CN': '截至 {now}' },
  'col.repository': { en: 'Repository', 'zh-CN': '代码仓库' },
  'col.manifest': { en: 'Manifest', 'zh-CN': '应用台账清单文件' },
  'col.manifestState': { en: 'Manifest state', 'zh-CN': '应用台账清单文件状态' },
  'col.id': { en: 'App id', 'zh-CN': '应用标识' },
  'col.name': { en: 'Name', 'zh-CN': '名称' },
  'col.nameZh': { en: 'Chinese name', 'zh-CN': '中文名称' },
  'col.kinds': { en: 'Kinds', 'zh-CN': '类型' },
  'col.status': { en: 'Status', 'zh-CN': '状态' },
  'col.department': { en: 'Responsible department', 'zh-CN': '负责部门' },
  'col.leadDepartment': { en: 'Lead department', 'zh-CN': '牵头部门' },
  'col.person': { en: 'Responsible person', 'zh-CN': '负责人' },
  'col.important': { en: 'Important system', 'zh-CN': '重要信息系统' },
  'col.filing': { en: 'Filing number', 'zh-CN': '备案号' },
  'col.mau': { en: 'Monthly active users', 'zh-CN': '月活跃用户数' },
  'col.sdks': { en: 'SDKs', 'zh-CN': 'SDK 数' },
  'col.trackers': { en: 'Trackers', 'zh-CN': '追踪类 SDK 数' },
  'col.nextDue': { en: 'Next due', 'zh-CN': '最近到期' },
  'col.overdue': { en: 'Overdue', 'zh-CN': '已逾期' },
  'col.riskDue': { en: 'Risk assessment due', 'zh-CN': '风险评估到期' },
  'col.auditDue': { en: 'Audit due', 'zh-CN': '审计到期' },
  'col.drillDue': { en: 'Drill due', 'zh-CN': '应急演练到期' },
  'col.errors': { en: 'Errors', 'zh-CN': '错误' },
  'col.warnings': { en: 'Warnings', 'zh-CN': '警告' },
  'col.notes': { en: 'Notes', 'zh-CN': '提示' },
  'col.waived': { en: 'Waived', 'zh-CN': '已豁免' },
  'col.lastCommit': { en: 'Last commit', 'zh-CN': '最近提交' },
  'col.advice': { en: 'Consider', 'zh-CN': '建议' },
  'col.problems': { en: 'Manifest problems', 'zh-CN': '应用台账清单文件问题' },
  'col.evidence': { en: 'Evidence', 'zh-CN': '依据' },
  'col.message': { en: 'Message', 'zh-CN': '说明' },
  'section.apps': { en: 'Apps ({count})', 'zh-CN': '应用（{count} 个）' },
  'section.missing': { en: 'Repositories with mobile code but no manifest ({count})', 'zh-CN': '含移动端代码但无应用台账清单文件的仓库（{count} 个）' },
  'section.errors': { en: 'Not read completely ({count})', 'zh-CN': '未能完整读取（{count} 个）' },
  'section.byStatus': { en: 'By status', 'zh-CN': '按状态' },
  'section.byDepartment': { en: 'By department', 'zh-CN': '按部门' },
  'section.bySeverity': { en: 'Open findings by severity', 'zh-CN': '未关闭问题（按级别）' },
  'section.dueChart': { en: 'Due dates per month', 'zh-CN': '每月到期事项' },
  'section.advice': { en: 'Consider merging or retiring', 'zh-CN': '建议合并或下架' },
  complete: { en: 'Complete: {repos} repositories read.', 'zh-CN': '完整：已读取 {repos} 个仓库。' },
  incomplete: { en: 'INCOMPLETE: {errors} of {repos} repositories could not be read.', 'zh-CN': '不完整：{repos} 个仓库中有 {errors} 个未能读取。' },
  filter: { en: 'Filter…', 'zh-CN': '筛选…' },
  'filter.overdue': { en: 'Overdue only', 'zh-CN': '仅显示已逾期' },
  'filter.allStatuses': { en: 'All statuses', 'zh-CN': '全部状态' },
  shown: { en: 'shown', 'zh-CN': '条显示' },
  missing: { en: 'missing', 'zh-CN': '缺失' },
  none: { en: '(none)', 'zh-CN': '（无）' },
  yes: { en: 'yes', 'zh-CN': '是' },
  no: { en: 'no', 'zh-CN': '否' },
  overdueLabel: { en: 'overdue', 'zh-CN': '已逾期' },
  noDates: { en: 'No due dates.', 'zh-CN': '无到期事项。' },
  'state.ok': { en: 'ok', 'zh-CN': '正常' },
  'state.invalid': { en: 'invalid', 'zh-CN': '不合规' },
  'state.broken': { en: 'broken', 'zh-CN': '无法解析' },
  'state.unreadable': { en: 'unreadable', 'zh-CN': '无法读取' },
  'due.risk-assessment': { en: 'risk assessment', 'zh-CN': '风险评估' },
  'due.audit': { en: 'audit', 'zh-CN': '审计' },
  'due.drill': { en: 'emergency drill', 'zh-CN': '应急演练' },
  'due.compliance-review': { en: 'compliance review', 'zh-CN': '合规审查' },
  'due.security-test': { en: 'security test', 'zh-CN': '安全测试' },
  'due.penetration-test': { en: 'penetration test', 'zh-CN': '渗透测试' },
  'due.compatibility-test': { en: 'compatibility test', 'zh-CN': '兼容性测试' },
  'due.counterfeit-scan': { en: 'counterfeit scan', 'zh-CN': '仿冒监测' },
  'due.sdk-assessment': { en: 'SDK assessment', 'zh-CN': 'SDK 评估' },
  'due.outsourcing-assessment': { en: 'outsourcing assessment', 'zh-CN': '外包评估' },
  'due.contract': { en: 'contract expiry', 'zh-CN': '合同到期' },
  'due.waiver': { en: 'waiver expiry', 'zh-CN': '豁免到期' },
  'advice.merge': { en: 'merge', 'zh-CN': '合并' },
  'advice.retire': { en: 'retire', 'zh-CN': '下架' },
} satisfies Record<string, Localized>;

export type LedgerKey = keyof typeof L;

export function lt(lang: Lang, key: LedgerKey, vars?: Record<string, string | number>): string {
  return fill(L[key][lang], vars);
}

export function stateLabel(lang: Lang, s: ManifestState): string {
  return lt(lang, `state.${s}`);
}

export function dueLabel(lang: Lang, kind: DueKind, subject: string): string {
  const k = lt(lang, `due.${kind}`);
  return subject ? `${k} (${subject})` : k;
}

/** The advice texts, with their variables filled. */
export const ADVICE = {
  sameScope: (others: string[]): Localized => ({
    en: `same business scope and audience as ${others.join(', ')}: consider merging (art. 2)`,
    'zh-CN': `与 ${others.join('、')} 业务范围和服务对象相同，建议评估合并（第二条）`,
  }),
  deprecatedDistributed: (): Localized => ({
    en: 'deprecated but still listed on publishing accounts: plan its retirement (art. 2)',
    'zh-CN': '已弃用但仍在发布渠道上架，建议制定下架计划（第二条）',
  }),
  retiredDistributed: (): Localized => ({
    en: 'retired but still listed on publishing accounts: take it off the stores (art. 2)',
    'zh-CN': '已下线但仍在发布渠道上架，应从应用商店下架（第二条）',
  }),
  lowActivity: (mau: number, min: number): Localized => ({
    en: `${mau} monthly active users, below ${min}: consider merging or retiring (art. 2)`,
    'zh-CN': `月活跃用户 ${mau}，低于 ${min}，建议评估合并或下架（第二条）`,
  }),
};
