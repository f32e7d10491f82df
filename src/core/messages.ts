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
  'waived.by': { en: 'waived until {expires} by {approver} ({reason})', 'zh-CN': '已豁免至 {expires}，批准人 {approver}（{reason}）' },
  article: { en: 'art.', 'zh-CN': '第' },
  'article.suffix': { en: '', 'zh-CN': '条' },
  'summary.line': {
    en: '{error} errors, {warning} warnings, {note} notes, {waived} waived',
    'zh-CN': '{error} 个错误，{warning} 个警告，{note} 个提示，{waived} 个已豁免',
  },
  'summary.clean': { en: 'No findings.', 'zh-CN': '未发现问题。' },
  'header.stage': { en: 'stage', 'zh-CN': '阶段' },
  'app.unknown': { en: '(no manifest)', 'zh-CN': '（无清单文件）' },
  'gate.failed': {
    en: 'mobile-policy: {count} finding(s) at or above "{failOn}".',
    'zh-CN': 'mobile-policy：有 {count} 个问题达到或高于 “{failOn}” 级别。',
  },
  'gate.passed': {
    en: 'mobile-policy: no findings at or above "{failOn}".',
    'zh-CN': 'mobile-policy：没有达到或高于 “{failOn}” 级别的问题。',
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
