// Finding helpers: fingerprints, message templates, and input diagnostics as findings.
import { createHash } from 'node:crypto';
import type { Diagnostic, Finding, Localized } from '../core/types.js';
import { escapePointerSegment } from './yaml-source.js';

/** Whitespace collapsed, trimmed, lower-cased: stable across cosmetic edits. */
export function normaliseSubject(subject: string): string {
  return subject.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** sha256(ruleId, file, normalised subject), first 16 hex characters. Never line numbers. */
export function fingerprint(ruleId: string, file: string, subject: string): string {
  return createHash('sha256').update(`${ruleId}\u0000${file}\u0000${normaliseSubject(subject)}`).digest('hex').slice(0, 16);
}

function lookup(scope: Record<string, unknown>, path: string): unknown {
  let cur: unknown = scope;
  for (const key of path.split('.')) {
    if (cur instanceof Map) cur = cur.get(key);
    else if (cur && typeof cur === 'object' && Object.prototype.hasOwnProperty.call(cur, key)) cur = (cur as Record<string, unknown>)[key];
    else return undefined;
  }
  return cur;
}

function show(value: unknown): string {
  if (value === undefined || value === null) return '?';
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(show).join(', ');
  if (value instanceof Date) return value.toISOString();
  try {
    return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v)) ?? '?';
  } catch {
    return '?';
  }
}

const PLACEHOLDER = /\{([A-Za-z_][\w-]*(?:\.[\w-]+)*)\}/g;

/** Fills `{item.vendor}`, `{params.freshnessDays}`, `{index}`, `{vars.age}` from the scope; unknown → `?`. */
export function render(template: string, scope: Record<string, unknown>): string {
  return template.replace(PLACEHOLDER, (_m, p: string) => show(lookup(scope, p)));
}

/** Like render, for JSON pointer templates: each value is escaped as one pointer segment. */
export function renderPointer(template: string, scope: Record<string, unknown>): string {
  return template.replace(PLACEHOLDER, (_m, p: string) => escapePointerSegment(show(lookup(scope, p))));
}

export function renderLocalized(text: Localized, scope: Record<string, unknown>): Localized {
  return { en: render(text.en, scope), 'zh-CN': render(text['zh-CN'], scope) };
}

/** Titles of the input-problem codes the engine knows; others use the message. */
export const DIAGNOSTIC_TITLES: Record<string, Localized> = {
  'manifest/missing': { en: 'No app manifest', 'zh-CN': '缺少应用清单' },
  'manifest/parse': { en: 'App manifest cannot be parsed', 'zh-CN': '应用清单无法解析' },
  'manifest/schema': { en: 'App manifest does not match the schema', 'zh-CN': '应用清单不符合模式定义' },
  'manifest/api-version': { en: 'Unknown manifest apiVersion', 'zh-CN': '未知的清单 apiVersion' },
  'manifest/vocabulary': { en: 'Value outside the manifest vocabulary', 'zh-CN': '取值不在清单词表内' },
  'manifest/conflict': { en: 'Conflicting app manifests', 'zh-CN': '应用清单冲突' },
  'manifest/ambiguous': { en: 'More than one manifest for the app', 'zh-CN': '同一应用存在多个清单' },
  'manifest/todo': { en: 'Manifest field still TODO', 'zh-CN': '清单字段仍为 TODO' },
  'manifest/unreadable': { en: 'App manifest cannot be read', 'zh-CN': '应用清单无法读取' },
  'manifest/unknown-key': { en: 'Unknown manifest field', 'zh-CN': '未知的清单字段' },
  'manifest/duplicate-key': { en: 'Duplicate key in the manifest', 'zh-CN': '清单中存在重复的键' },
  'manifest/empty': { en: 'App manifest is empty', 'zh-CN': '应用清单为空' },
  'manifest/not-mapping': { en: 'App manifest is not a mapping', 'zh-CN': '应用清单不是键值映射' },
  'manifest/multiple-documents': { en: 'App manifest holds several YAML documents', 'zh-CN': '应用清单包含多个 YAML 文档' },
  'manifest/alias-limit': { en: 'Too many YAML aliases in the manifest', 'zh-CN': '清单中的 YAML 别名过多' },
  'android/xml-parse': { en: 'Android XML file cannot be parsed', 'zh-CN': 'Android XML 文件无法解析' },
  'android/toml-parse': { en: 'Gradle version catalog cannot be parsed', 'zh-CN': 'Gradle 版本目录无法解析' },
  'ios/plist-parse': { en: 'Property list cannot be parsed', 'zh-CN': '属性列表文件无法解析' },
  'harmonyos/json5-parse': { en: 'HarmonyOS JSON5 file cannot be parsed', 'zh-CN': 'HarmonyOS JSON5 文件无法解析' },
  'sdks/parse': { en: 'Dependency file cannot be parsed', 'zh-CN': '依赖文件无法解析' },
  'links/file-skipped': { en: 'File skipped by the link scan', 'zh-CN': '链接扫描跳过了该文件' },
  'links/long-lines-skipped': { en: 'Long lines skipped by the link scan', 'zh-CN': '链接扫描跳过了超长行' },
  'links/too-many-urls': { en: 'Too many URLs to check', 'zh-CN': 'URL 数量过多，未全部检查' },
  'repo/file-too-large': { en: 'File too large to check', 'zh-CN': '文件过大，无法检查' },
  'repo/binary-file': { en: 'Binary file where text was expected', 'zh-CN': '此处应为文本文件，实为二进制文件' },
  'repo/invalid-utf8': { en: 'File is not valid UTF-8', 'zh-CN': '文件不是有效的 UTF-8 编码' },
  'repo/unreadable': { en: 'File cannot be read', 'zh-CN': '文件无法读取' },
  'repo/symlink-outside': { en: 'Symbolic link leaves the repository', 'zh-CN': '符号链接指向仓库之外' },
  'tool/detector-failed': { en: 'A detector failed', 'zh-CN': '检测器运行失败' },
  'policy/rule-error': { en: 'Policy rule failed to evaluate', 'zh-CN': '策略规则执行失败' },
  'policy/waiver-expired': { en: 'Waiver has expired', 'zh-CN': '豁免已过期' },
  'policy/waiver-invalid': { en: 'Waiver is invalid', 'zh-CN': '豁免无效' },
};

function titleOf(d: Diagnostic): Localized {
  const known = DIAGNOSTIC_TITLES[d.code];
  if (known) return known;
  const first = (s: string): string => {
    const line = s.split('\n')[0] ?? s;
    return line.length > 100 ? `${line.slice(0, 97)}...` : line;
  };
  return { en: first(d.message.en), 'zh-CN': first(d.message['zh-CN']) };
}

/** Input problems (parse errors, unreadable files) as ordinary findings: ruleId = diagnostic code. */
export function diagnosticsToFindings(diags: readonly Diagnostic[], app: string): Finding[] {
  return diags.map((d) => {
    const subject = d.subject ?? d.code;
    return {
      ruleId: d.code,
      severity: d.severity,
      title: titleOf(d),
      message: d.message,
      articles: [...(d.articles ?? [])].sort((a, b) => a - b),
      location: d.location,
      fingerprint: fingerprint(d.code, d.location.file, subject),
      subject,
      waived: false,
      app,
    };
  });
}

/** Deterministic order: file, line, column, rule, subject. */
export function compareByLocation(a: Finding, b: Finding): number {
  const keys: [string | number, string | number][] = [
    [a.location.file, b.location.file],
    [a.location.line ?? 0, b.location.line ?? 0],
    [a.location.column ?? 0, b.location.column ?? 0],
    [a.ruleId, b.ruleId],
    [a.subject, b.subject],
  ];
  for (const [x, y] of keys) if (x !== y) return x < y ? -1 : 1;
  return 0;
}
