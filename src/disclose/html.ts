// The two lists as one self-contained HTML page (inline CSS, no script, no external request),
// laid out as Chinese apps publish them: one table per list, then the open questions.
import type { Lang } from '../core/types.js';
import { esc } from '../reporters/html-escape.js';
import { appTitle, collectedCells, COLLECTED_COLUMNS, sharedCells, SHARED_COLUMNS, tr, type Cell } from './text.js';
import type { Disclosure } from './types.js';

const CSS = `
body{font:14px/1.6 system-ui,-apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:24px;color:#1f2328;max-width:1200px}
h1{font-size:22px;margin:0 0 8px}h2{font-size:18px;margin:28px 0 6px;border-bottom:2px solid #1f2328}
table{border-collapse:collapse;width:100%;margin:6px 0 10px}th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa;white-space:nowrap}td.q{color:#bc4c00;font-weight:600}p.muted,footer{color:#57606a}a{word-break:break-all}
@media print{body{margin:0;max-width:none}tr{break-inside:avoid}}
`;

function cell(c: Cell, lang: Lang): string {
  if ('link' in c) return /^https:\/\//i.test(c.link) ? `<td><a href="${esc(c.link)}">${esc(c.link)}</a></td>` : `<td>${esc(c.link)}</td>`;
  if ('question' in c) {
    const refs = c.question.map((n) => `<a href="#q${n}">${n}</a>`).join(lang === 'zh-CN' ? '、' : ', ');
    return `<td class="q">${esc(tr(lang, 'tbc'))}${refs ? ` (${refs})` : ''}</td>`;
  }
  return `<td>${esc(c.text)}</td>`;
}

function table(id: string, head: string[], rows: Cell[][], lang: Lang): string {
  if (!rows.length) return `<p class="muted" id="${id}">${esc(tr(lang, 'none'))}</p>`;
  return `<table id="${id}"><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>
<tbody>
${rows.map((r) => `<tr>${r.map((c) => cell(c, lang)).join('')}</tr>`).join('\n')}
</tbody></table>`;
}

export function disclosureHtml(d: Disclosure, lang: Lang): string {
  const title = appTitle(d, lang);
  const questions = d.questions.length
    ? `<section id="questions"><h2>${esc(tr(lang, 'questions'))}</h2><p class="muted">${esc(tr(lang, 'questionsIntro'))}</p>
<ol>
${d.questions.map((q, i) => `<li id="q${i + 1}">${esc(q.text[lang])} <code>${esc(q.pointer)}</code></li>`).join('\n')}
</ol></section>`
    : '';
  return `<!DOCTYPE html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title><style>${CSS}</style></head>
<body>
<h1>${esc(title)}</h1>
${d.privacyPolicy ? `<p>${esc(tr(lang, 'policy'))}${lang === 'zh-CN' ? '：' : ': '}<a href="${esc(d.privacyPolicy)}">${esc(d.privacyPolicy)}</a></p>` : ''}
<section><h2>${esc(tr(lang, 'collected'))}</h2><p>${esc(tr(lang, 'collectedIntro'))}</p>
${table('collected', COLLECTED_COLUMNS.map((k) => tr(lang, k)), d.collected.map((r, i) => collectedCells(d, r, i, lang)), lang)}
</section>
<section><h2>${esc(tr(lang, 'shared'))}</h2><p>${esc(tr(lang, 'sharedIntro'))}</p>
${table('shared', SHARED_COLUMNS.map((k) => tr(lang, k)), d.shared.map((r, i) => sharedCells(d, r, i, lang)), lang)}
</section>
${questions}
<footer><p>${esc(tr(lang, 'generated'))}</p></footer>
</body>
</html>
`;
}
