// A self-contained HTML dashboard: inline CSS and JS, no external requests. The table is
// rendered here (readable and printable without script); the inline script adds sorting
// (click a column header) and filtering (text, status, overdue only).
import type { Lang } from '../../core/types.js';
import { dueLabel, lt, stateLabel } from '../messages.js';
import type { DueItem, Ledger, LedgerRow } from '../types.js';
import { dueBuckets, dueChartSvg } from './chart.js';
import { esc } from '../../reporters/html-escape.js';

const CSS = `
:root{--bad:#b3261e;--warn:#8a5a00;--ok:#1b6e3a;--line:#d0d7de;--muted:#57606a}
*{box-sizing:border-box}body{font:14px/1.45 system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;margin:24px;color:#1f2328}
h1{font-size:22px;margin:0 0 4px}h2{font-size:16px;margin:24px 0 8px}.muted{color:var(--muted)}
.banner{padding:8px 12px;border-radius:6px;margin:12px 0}.banner.ok{background:#dafbe1}.banner.bad{background:#ffebe9;color:var(--bad);font-weight:600}
.cards{display:flex;flex-wrap:wrap;gap:16px}.card{border:1px solid var(--line);border-radius:8px;padding:10px 14px;min-width:220px}
.card table td{padding:1px 8px 1px 0}.card table td.n{text-align:right;font-variant-numeric:tabular-nums}
table.ledger{border-collapse:collapse;width:100%;font-size:13px}table.ledger th,table.ledger td{border-bottom:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
table.ledger th{background:#f6f8fa;cursor:pointer;user-select:none;white-space:nowrap;position:sticky;top:0}
table.ledger th[aria-sort=ascending]::after{content:" ▲"}table.ledger th[aria-sort=descending]::after{content:" ▼"}
td.num{text-align:right;font-variant-numeric:tabular-nums}td.overdue,span.overdue{color:var(--bad);font-weight:600;background:#ffebe9}
.state-invalid,.state-broken,.state-unreadable{color:var(--bad)}.sev-error{color:var(--bad);font-weight:600}.sev-warning{color:var(--warn)}
.controls{display:flex;gap:12px;align-items:center;margin:8px 0}.controls input[type=search]{padding:4px 8px;min-width:260px}
svg.chart .bar{fill:#0969da}svg.chart .overdue-bar{fill:var(--bad)}svg.chart text{font-size:10px;fill:#1f2328}
ul.compact{margin:4px 0;padding-left:20px}
@media print{body{margin:0}.controls{display:none}table.ledger th{position:static}tr{break-inside:avoid}}
`;

const SCRIPT = `
(function(){
  var table=document.getElementById('apps');if(!table)return;
  var tbody=table.tBodies[0];var rows=Array.prototype.slice.call(tbody.rows);
  var q=document.getElementById('q'),st=document.getElementById('status'),od=document.getElementById('overdue'),shown=document.getElementById('shown');
  function apply(){
    var text=(q.value||'').toLowerCase(),s=st.value,o=od.checked,n=0;
    rows.forEach(function(r){
      var ok=(!text||r.textContent.toLowerCase().indexOf(text)>=0)&&(!s||r.getAttribute('data-status')===s)&&(!o||Number(r.getAttribute('data-overdue'))>0);
      r.hidden=!ok;if(ok)n++;
    });
    shown.textContent=String(n);
  }
  q.addEventListener('input',apply);st.addEventListener('change',apply);od.addEventListener('change',apply);
  Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,i){
    th.addEventListener('click',function(){
      var dir=th.getAttribute('aria-sort')==='ascending'?'descending':'ascending';
      Array.prototype.forEach.call(table.tHead.rows[0].cells,function(c){c.removeAttribute('aria-sort')});
      th.setAttribute('aria-sort',dir);
      var num=th.getAttribute('data-type')==='num',sign=dir==='ascending'?1:-1;
      rows.sort(function(a,b){
        var x=a.cells[i].getAttribute('data-sort'),y=b.cells[i].getAttribute('data-sort');
        if(x===null)x=a.cells[i].textContent;if(y===null)y=b.cells[i].textContent;
        if(num){return sign*((Number(x)||0)-(Number(y)||0));}
        return sign*(x<y?-1:x>y?1:0);
      });
      rows.forEach(function(r){tbody.appendChild(r)});
    });
  });
  apply();
})();
`;

interface Col {
  label: string;
  num?: boolean;
  cell(r: LedgerRow): { html: string; sort?: string; cls?: string };
}

export function ledgerHtml(ledger: Ledger, { lang }: { lang: Lang }): string {
  const today = ledger.now.slice(0, 10);
  const dueCell = (d: DueItem | undefined): { html: string; sort: string; cls?: string } => {
    if (!d) return { html: '', sort: '9999' };
    const text = d.date ?? lt(lang, 'missing');
    return { html: `${esc(text)} <span class="muted">${esc(dueLabel(lang, d.kind, d.subject))}</span>`, sort: d.date ?? '0000', ...(d.overdue ? { cls: 'overdue' } : {}) };
  };
  const kindDue = (kind: DueItem['kind']) => (r: LedgerRow) => dueCell(r.due.find((d) => d.kind === kind && !d.subject));
  const num = (n: number | undefined, cls?: string) => ({ html: n === undefined ? '' : String(n), sort: String(n ?? -1), ...(n && cls ? { cls } : {}) });
  const text = (s: string | undefined) => ({ html: esc(s ?? '') });

  const cols: Col[] = [
    { label: lt(lang, 'col.repository'), cell: (r) => ({ html: `${esc(r.repository)}<br><span class="muted">${esc(r.manifest)}</span>`, sort: `${r.repository}/${r.manifest}` }) },
    { label: lt(lang, 'col.id'), cell: (r) => text(r.id) },
    { label: lt(lang, 'col.name'), cell: (r) => ({ html: `${esc(r.name ?? '')}${r.nameZh ? `<br>${esc(r.nameZh)}` : ''}`, sort: r.name ?? '' }) },
    { label: lt(lang, 'col.kinds'), cell: (r) => text(r.kinds.join(' ')) },
    { label: lt(lang, 'col.status'), cell: (r) => text(r.status) },
    { label: lt(lang, 'col.manifestState'), cell: (r) => ({ html: `${esc(stateLabel(lang, r.manifestState))}${r.problems.length ? `<ul class="compact">${r.problems.map((p) => `<li>${esc(p[lang])}</li>`).join('')}</ul>` : ''}`, sort: r.manifestState, cls: `state-${r.manifestState}` }) },
    { label: lt(lang, 'col.department'), cell: (r) => text(r.ownerDepartment) },
    { label: lt(lang, 'col.person'), cell: (r) => text(r.ownerPerson) },
    { label: lt(lang, 'col.important'), cell: (r) => text(r.importantSystem === undefined ? '' : lt(lang, r.importantSystem ? 'yes' : 'no')) },
    { label: lt(lang, 'col.filing'), cell: (r) => text(r.filingNumber) },
    { label: lt(lang, 'col.mau'), num: true, cell: (r) => num(r.monthlyActiveUsers) },
    { label: lt(lang, 'col.sdks'), num: true, cell: (r) => num(r.sdkCount) },
    { label: lt(lang, 'col.trackers'), num: true, cell: (r) => num(r.trackerCount) },
    { label: lt(lang, 'col.riskDue'), cell: kindDue('risk-assessment') },
    { label: lt(lang, 'col.auditDue'), cell: kindDue('audit') },
    { label: lt(lang, 'col.drillDue'), cell: kindDue('drill') },
    { label: lt(lang, 'col.nextDue'), cell: (r) => dueCell(r.nextDue) },
    { label: lt(lang, 'col.overdue'), num: true, cell: (r) => num(r.overdueCount, 'overdue') },
    { label: lt(lang, 'col.errors'), num: true, cell: (r) => num(r.findings.error, 'sev-error') },
    { label: lt(lang, 'col.warnings'), num: true, cell: (r) => num(r.findings.warning, 'sev-warning') },
    { label: lt(lang, 'col.waived'), num: true, cell: (r) => num(r.findings.waived) },
    { label: lt(lang, 'col.lastCommit'), cell: (r) => text(r.lastCommit) },
    { label: lt(lang, 'col.advice'), cell: (r) => ({ html: r.advice.map((a) => `<b>${esc(lt(lang, `advice.${a.kind}`))}</b>: ${esc(a.message[lang])}`).join('<br>') }) },
  ];

  const statuses = [...new Set(ledger.rows.map((r) => r.status ?? ''))].sort();
  const countBy = (key: (r: LedgerRow) => string): [string, number][] => {
    const m = new Map<string, number>();
    for (const r of ledger.rows) m.set(key(r), (m.get(key(r)) ?? 0) + 1);
    return [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  };
  const sev = { error: 0, warning: 0, note: 0, waived: 0 };
  for (const r of ledger.rows) for (const k of Object.keys(sev) as (keyof typeof sev)[]) sev[k] += r.findings[k];
  const card = (title: string, entries: [string, number][], id: string) =>
    `<div class="card" id="${id}"><h2>${esc(title)}</h2><table>${entries.map(([k, n]) => `<tr><td>${esc(k || lt(lang, 'none'))}</td><td class="n">${n}</td></tr>`).join('')}</table></div>`;

  const errorRepos = new Set(ledger.errors.map((e) => e.repository)).size;
  const banner = ledger.complete
    ? `<div class="banner ok" id="completeness">${esc(lt(lang, 'complete', { repos: ledger.repositories }))}</div>`
    : `<div class="banner bad" id="completeness">${esc(lt(lang, 'incomplete', { errors: errorRepos, repos: ledger.repositories }))}</div>`;

  const body = ledger.rows.map((r) => {
    const cells = cols.map((c) => {
      const v = c.cell(r);
      const cls = [c.num ? 'num' : '', v.cls ?? ''].filter(Boolean).join(' ');
      return `<td${cls ? ` class="${cls}"` : ''}${v.sort !== undefined ? ` data-sort="${esc(v.sort)}"` : ''}>${v.html}</td>`;
    }).join('');
    return `<tr data-status="${esc(r.status ?? '')}" data-overdue="${r.overdueCount}">${cells}</tr>`;
  }).join('\n');

  const missing = ledger.missing.length
    ? `<table class="ledger" id="missing"><thead><tr><th>${esc(lt(lang, 'col.repository'))}</th><th>${esc(lt(lang, 'col.kinds'))}</th><th>${esc(lt(lang, 'col.evidence'))}</th><th>${esc(lt(lang, 'col.lastCommit'))}</th></tr></thead><tbody>${ledger.missing.map((m) => `<tr><td>${esc(m.repository)}</td><td>${esc(m.kinds.join(' '))}</td><td>${m.evidence.map((e) => `<code>${esc(e)}</code>`).join('<br>')}</td><td>${esc(m.lastCommit ?? '')}</td></tr>`).join('')}</tbody></table>`
    : `<p>${esc(lt(lang, 'none'))}</p>`;
  const errors = ledger.errors.length
    ? `<h2>${esc(lt(lang, 'section.errors', { count: ledger.errors.length }))}</h2><ul id="errors">${ledger.errors.map((e) => `<li><code>${esc(e.repository)}</code>: ${esc(e.message)}</li>`).join('')}</ul>`
    : '';

  const chartTitle = lt(lang, 'section.dueChart');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${esc(lt(lang, 'title'))}</title>
<style>${CSS}</style>
</head>
<body data-today="${today}">
<h1>${esc(lt(lang, 'title'))}</h1>
<div class="muted">${esc(lt(lang, 'subtitle'))} · ${esc(lt(lang, 'generated', { now: today }))} · ${esc(ledger.packs.map((p) => `${p.name} ${p.version}`).join(', '))}</div>
${banner}
<div class="cards">
${card(lt(lang, 'section.byStatus'), countBy((r) => r.status ?? ''), 'by-status')}
${card(lt(lang, 'section.byDepartment'), countBy((r) => r.ownerDepartment ?? ''), 'by-department')}
${card(lt(lang, 'section.bySeverity'), [[lt(lang, 'col.errors'), sev.error], [lt(lang, 'col.warnings'), sev.warning], [lt(lang, 'col.notes'), sev.note], [lt(lang, 'col.waived'), sev.waived]], 'by-severity')}
<div class="card"><h2>${esc(chartTitle)}</h2>${dueChartSvg(dueBuckets(ledger, lang), chartTitle)}</div>
</div>
<h2>${esc(lt(lang, 'section.apps', { count: ledger.rows.length }))}</h2>
<div class="controls">
<input type="search" id="q" placeholder="${esc(lt(lang, 'filter'))}" aria-label="${esc(lt(lang, 'filter'))}">
<select id="status" aria-label="${esc(lt(lang, 'col.status'))}"><option value="">${esc(lt(lang, 'filter.allStatuses'))}</option>${statuses.filter(Boolean).map((s) => `<option value="${esc(s)}">${esc(s)}</option>`).join('')}</select>
<label><input type="checkbox" id="overdue"> ${esc(lt(lang, 'filter.overdue'))}</label>
<span><span id="shown">${ledger.rows.length}</span> / ${ledger.rows.length} ${esc(lt(lang, 'shown'))}</span>
</div>
<table class="ledger" id="apps">
<thead><tr>${cols.map((c) => `<th scope="col"${c.num ? ' data-type="num"' : ''}>${esc(c.label)}</th>`).join('')}</tr></thead>
<tbody>
${body}
</tbody>
</table>
<h2>${esc(lt(lang, 'section.missing', { count: ledger.missing.length }))}</h2>
${missing}
${errors}
<script>${SCRIPT}</script>
</body>
</html>
`;
}
