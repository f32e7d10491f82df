// The two lists as Markdown (GitHub-flavoured tables), for a repository page or a release note.
import type { Lang } from '../core/types.js';
import { appTitle, collectedCells, COLLECTED_COLUMNS, sharedCells, SHARED_COLUMNS, tr, type Cell } from './text.js';
import type { Disclosure } from './types.js';

/** Table-cell text: pipes escaped, line breaks flattened. */
const md = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function cell(c: Cell, lang: Lang): string {
  if ('link' in c) return /^https:\/\//i.test(c.link) ? `<${md(c.link)}>` : md(c.link);
  if ('question' in c) return `**${tr(lang, 'tbc')}**${c.question.length ? ` (${c.question.map((n) => `Q${n}`).join(', ')})` : ''}`;
  return md(c.text);
}

function table(head: string[], rows: Cell[][], lang: Lang): string {
  if (!rows.length) return `${tr(lang, 'none')}\n`;
  return [`| ${head.map(md).join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.map((c) => cell(c, lang)).join(' | ')} |`)].join('\n') + '\n';
}

export function disclosureMarkdown(d: Disclosure, lang: Lang): string {
  const parts = [`# ${appTitle(d, lang)}\n`];
  if (d.privacyPolicy) parts.push(`${tr(lang, 'policy')}${lang === 'zh-CN' ? '：' : ': '}<${d.privacyPolicy}>\n`);
  parts.push(`## ${tr(lang, 'collected')}\n`, `${tr(lang, 'collectedIntro')}\n`,
    table(COLLECTED_COLUMNS.map((k) => tr(lang, k)), d.collected.map((r, i) => collectedCells(d, r, i, lang)), lang));
  parts.push(`## ${tr(lang, 'shared')}\n`, `${tr(lang, 'sharedIntro')}\n`,
    table(SHARED_COLUMNS.map((k) => tr(lang, k)), d.shared.map((r, i) => sharedCells(d, r, i, lang)), lang));
  if (d.questions.length) {
    parts.push(`## ${tr(lang, 'questions')}\n`, `${tr(lang, 'questionsIntro')}\n`,
      d.questions.map((q, i) => `${i + 1}. <a id="q${i + 1}"></a>Q${i + 1}: ${q.text[lang]} (\`${q.pointer}\`)`).join('\n') + '\n');
  }
  parts.push(`---\n\n${tr(lang, 'generated')}\n`);
  return parts.join('\n');
}
