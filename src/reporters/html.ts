// `check --format html`: the release evidence report for one app (or each app of a monorepo).
// Self-contained (inline CSS, no script, no external requests), printable, deterministic:
// the only time in it is report.now.
import { formatLocation } from '../core/errors.js';
import { articlesLabel, severityLabel, t, vocabularyLabel } from '../core/messages.js';
import type { Lang, Localized } from '../core/types.js';
import { manifestSchema } from '../manifest/schema.js';
import { hasEvidence, withEvidence, type AppEvidence, type ArticleState, type EvidenceReport } from './evidence.js';
import type { Reporter } from './types.js';
import { esc } from './html-escape.js';
import { statusLabel } from '../coverage/render.js';
import { mdCode, mdText } from './md-escape.js';

const L = {
  title: { en: 'Release evidence report', 'zh-CN': '上线合规证据报告' },
  subtitle: { en: 'NFRA Jin Ban Fa [2024] No. 99', 'zh-CN': '金办发〔2024〕99号' },
  identity: { en: 'Application', 'zh-CN': '应用信息' },
  run: { en: 'Check', 'zh-CN': '检查信息' },
  articles: { en: 'Article by article', 'zh-CN': '逐条对照' },
  evidence: { en: 'Evidence', 'zh-CN': '证据材料' },
  sdks: { en: 'Third-party SDKs', 'zh-CN': '第三方 SDK' },
  waivers: { en: 'Waivers', 'zh-CN': '豁免' },
  findings: { en: 'Findings', 'zh-CN': '问题' },
  none: { en: 'None.', 'zh-CN': '无。' },
  id: { en: 'App id', 'zh-CN': '应用标识' },
  name: { en: 'Name', 'zh-CN': '名称' },
  kinds: { en: 'Kinds', 'zh-CN': '类型' },
  status: { en: 'Status', 'zh-CN': '状态' },
  version: { en: 'Version', 'zh-CN': '版本' },
  filing: { en: 'Filing number', 'zh-CN': '备案号' },
  owner: { en: 'Responsible', 'zh-CN': '负责部门/人' },
  manifest: { en: 'Manifest', 'zh-CN': '应用台账清单文件' },
  commit: { en: 'Commit', 'zh-CN': '提交' },
  time: { en: 'Time', 'zh-CN': '时间' },
  stage: { en: 'Stage', 'zh-CN': '阶段' },
  packs: { en: 'Policy packs', 'zh-CN': '策略包' },
  tool: { en: 'Tool', 'zh-CN': '工具' },
  article: { en: 'Article', 'zh-CN': '条款' },
  state: { en: 'Status', 'zh-CN': '结论' },
  rules: { en: 'Rules', 'zh-CN': '规则' },
  item: { en: 'Item', 'zh-CN': '事项' },
  date: { en: 'Date', 'zh-CN': '日期' },
  result: { en: 'Result', 'zh-CN': '结论' },
  report: { en: 'Report', 'zh-CN': '报告' },
  vendor: { en: 'Vendor', 'zh-CN': '提供方' },
  purpose: { en: 'Purpose', 'zh-CN': '用途' },
  personalInfo: { en: 'Personal information', 'zh-CN': '个人信息' },
  assessment: { en: 'Assessment', 'zh-CN': '安全评估' },
  contract: { en: 'Contract expires', 'zh-CN': '合同到期' },
  rule: { en: 'Rule', 'zh-CN': '规则' },
  scope: { en: 'Scope', 'zh-CN': '范围' },
  reason: { en: 'Reason', 'zh-CN': '原因' },
  approver: { en: 'Approved by', 'zh-CN': '批准人' },
  expires: { en: 'Expires', 'zh-CN': '到期' },
  severity: { en: 'Severity', 'zh-CN': '级别' },
  location: { en: 'Location', 'zh-CN': '位置' },
  message: { en: 'Message', 'zh-CN': '说明' },
  unknownCommit: { en: '(not given)', 'zh-CN': '（未提供）' },
} satisfies Record<string, Localized>;
type Key = keyof typeof L;
const l = (lang: Lang, k: Key): string => L[k][lang];
export const stateText = (lang: Lang, s: ArticleState): string => statusLabel(lang, s);

const CSS = `
body{font:13px/1.5 system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;margin:24px;color:#1f2328;max-width:1100px}
h1{font-size:22px;margin:0}h2{font-size:17px;margin:28px 0 6px;border-bottom:2px solid #1f2328}h3{font-size:14px;margin:16px 0 6px}
table{border-collapse:collapse;width:100%;margin:4px 0 8px}th,td{border:1px solid #d0d7de;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f6f8fa}dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;margin:4px 0}dt{color:#57606a}dd{margin:0}
.pass{color:#1b6e3a}.fail{color:#b3261e;font-weight:600}.waived{color:#8a5a00}.no-evidence{color:#bc4c00;font-weight:600}.not-evaluated,.not-applicable,.not-applicable-declared,.muted{color:#57606a}
.sev-error{color:#b3261e;font-weight:600}.sev-warning{color:#8a5a00}code{font-size:12px}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}section.app{break-before:page}section.app:first-of-type{break-before:auto}a{color:inherit;text-decoration:none}a[href^="http"]::after{content:" (" attr(href) ")";font-size:10px}}
`;


/** A personal-information type in the reader's language (the schema's label, without its examples). */
function infoLabel(lang: Lang, value: string): string {
  const defs = (manifestSchema.$defs ?? {}) as Record<string, { 'x-enum-details'?: Record<string, Localized> }>;
  const label = defs.personalInfoType?.['x-enum-details']?.[value]?.[lang];
  return label ? label.replace(/\s*[（(].*$/, '') : value;
}

const result = (lang: Lang, value: string | undefined): string => (value ? vocabularyLabel(lang, 'result', value) : '');

/** A link only for http(s); repository paths and anything else stay text. */
function link(href: string | undefined): string {
  if (!href) return '';
  return /^https?:\/\//i.test(href) ? `<a href="${esc(href)}">${esc(href)}</a>` : `<code>${esc(href)}</code>`;
}

const table = (head: string[], rows: string[][], empty: string): string =>
  rows.length ? `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>` : `<p class="muted">${esc(empty)}</p>`;

/** Pure: a report without collected evidence (see collectEvidence, called by the CLI) shows findings only. */
export const htmlReporter: Reporter = (report, { lang }) =>
  renderEvidenceHtml(hasEvidence(report) ? report : withEvidence(report, { manifests: new Map() }), lang);

export function renderEvidenceHtml(report: EvidenceReport, lang: Lang): string {
  const run = `<dl>
<dt>${esc(l(lang, 'commit'))}</dt><dd><code>${esc(report.evidence.commit ?? l(lang, 'unknownCommit'))}</code>${report.evidence.ref ? ` <span class="muted">${esc(report.evidence.ref)}</span>` : ''}</dd>
<dt>${esc(l(lang, 'time'))}</dt><dd>${esc(report.now)}</dd>
<dt>${esc(l(lang, 'stage'))}</dt><dd>${esc(vocabularyLabel(lang, 'stage', report.stage))}</dd>
<dt>${esc(l(lang, 'packs'))}</dt><dd>${esc(report.packs.map((p) => `${p.name} ${p.version}`).join(', '))}</dd>
<dt>${esc(l(lang, 'tool'))}</dt><dd>${esc(`${report.tool.name} ${report.tool.version}`)}</dd>
</dl>
<p><b>${esc(t(lang, 'summary.line', { ...report.summary }))}</b></p>`;
  const apps = report.apps.map((app, i) => appSection(app, report.evidence.apps[i]!, lang)).join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(l(lang, 'title'))}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${esc(l(lang, 'title'))}</h1>
<div class="muted">${esc(l(lang, 'subtitle'))}</div>
<h2>${esc(l(lang, 'run'))}</h2>
${run}
${apps}
</body>
</html>
`;
}

function appSection(app: EvidenceReport['apps'][number], ev: AppEvidence, lang: Lang): string {
  const name = [ev.name, ev.nameZh].filter(Boolean).join(' / ') || app.manifest || t(lang, 'app.unknown');
  const identity = `<dl>
<dt>${esc(l(lang, 'name'))}</dt><dd>${esc(name)}</dd>
<dt>${esc(l(lang, 'id'))}</dt><dd><code>${esc(ev.id ?? '')}</code></dd>
<dt>${esc(l(lang, 'kinds'))}</dt><dd>${esc(ev.kinds.map((k) => vocabularyLabel(lang, 'app.kind', k)).join(lang === 'zh-CN' ? '、' : ', '))}</dd>
<dt>${esc(l(lang, 'status'))}</dt><dd>${esc(ev.status ? vocabularyLabel(lang, 'app.status', ev.status) : '')}</dd>
${ev.version ? `<dt>${esc(l(lang, 'version'))}</dt><dd>${esc(ev.version)}</dd>` : ''}
<dt>${esc(l(lang, 'filing'))}</dt><dd>${esc(ev.filingNumber ?? '')}</dd>
<dt>${esc(l(lang, 'owner'))}</dt><dd>${esc([ev.ownerDepartment, ev.ownerPerson].filter(Boolean).join(' · '))}</dd>
<dt>${esc(l(lang, 'manifest'))}</dt><dd><code>${esc(app.manifest || t(lang, 'app.unknown'))}</code></dd>
</dl>`;
  const articles = table(
    [l(lang, 'article'), '', l(lang, 'state'), l(lang, 'rules'), l(lang, 'evidence')],
    ev.articles.map((a) => [
      esc(articlesLabel(lang, [a.article])),
      esc(a.title[lang]),
      `<span class="${a.state}">${esc(stateText(lang, a.state))}</span>${a.findings ? ` (${a.findings})` : ''}${a.state === 'no-evidence' && a.reasons.length ? `<br><small class="muted">${esc(a.reasons.join(', '))}</small>` : ''}`,
      a.rules.map((r) => `<code>${esc(r)}</code>`).join(' '),
      ev.links.filter((x) => x.articles.includes(a.article)).map((x) => `${esc(x.label[lang])}${x.date ? ` ${esc(x.date)}` : ''}${x.report ? `: ${link(x.report)}` : ''}`).join('<br>'),
    ]),
    l(lang, 'none'),
  );
  const links = table(
    [l(lang, 'item'), l(lang, 'article'), l(lang, 'date'), l(lang, 'result'), l(lang, 'report')],
    ev.links.map((x) => [esc(x.label[lang]), esc(articlesLabel(lang, x.articles)), esc(x.date ?? ''), esc(result(lang, x.result)), link(x.report)]),
    l(lang, 'none'),
  );
  const sdks = table(
    ['SDK', l(lang, 'vendor'), l(lang, 'purpose'), l(lang, 'personalInfo'), l(lang, 'assessment'), l(lang, 'contract')],
    ev.sdks.map((s) => [`<code>${esc(s.id)}</code>`, esc(s.vendor ?? ''), esc(s.purpose ?? ''), esc(s.personalInfo.map((p) => infoLabel(lang, p)).join(lang === 'zh-CN' ? '、' : ', ')),
      s.assessment ? `${esc([s.assessment.date, result(lang, s.assessment.result)].filter(Boolean).join(' '))}${s.assessment.report ? `<br>${link(s.assessment.report)}` : ''}` : '',
      esc(s.contractExpires ?? '')]),
    l(lang, 'none'),
  );
  const waivers = table(
    [l(lang, 'rule'), l(lang, 'scope'), l(lang, 'reason'), l(lang, 'approver'), l(lang, 'expires')],
    ev.waivers.map((w) => [`<code>${esc(w.rule)}</code>`, esc(w.scope ?? ''), esc([w.reason, w.ticket].filter(Boolean).join(' · ')), esc(w.approver ?? ''), esc(w.expires ?? '')]),
    l(lang, 'none'),
  );
  const findings = table(
    [l(lang, 'severity'), l(lang, 'rule'), l(lang, 'article'), l(lang, 'location'), l(lang, 'message')],
    [...app.findings.filter((f) => !f.waived), ...app.findings.filter((f) => f.waived)].map((f) => [
      f.waived ? esc(t(lang, 'waived')) : `<span class="sev-${f.severity}">${esc(severityLabel(lang, f.severity))}</span>`,
      `<code>${esc(f.ruleId)}</code>`, esc(articlesLabel(lang, f.articles)), `<code>${esc(formatLocation(f.location))}</code>`,
      esc(f.message[lang]) + (f.waiver ? `<br><span class="muted">${esc(t(lang, 'waived.by', { expires: f.waiver.expires, approver: f.waiver.approvedBy?.name ?? '?', reason: f.waiver.reason }))}</span>` : ''),
    ]),
    t(lang, 'summary.clean'),
  );
  return `<section class="app">
<h2>${esc(l(lang, 'identity'))}: ${esc(name)}</h2>
${identity}
<h3>${esc(l(lang, 'articles'))}</h3>
${articles}
<p class="muted"><small>${esc(t(lang, 'coverage.legend'))}</small></p>
<h3>${esc(l(lang, 'evidence'))}</h3>
${links}
<h3>${esc(l(lang, 'sdks'))}</h3>
${sdks}
<h3>${esc(l(lang, 'waivers'))}</h3>
${waivers}
<h3>${esc(l(lang, 'findings'))}</h3>
${findings}
</section>`;
}

/** The same report in Markdown (for a release issue or PR): identity, articles, evidence, SDKs, waivers. */
export function renderEvidenceMarkdown(report: EvidenceReport, lang: Lang): string {
  // Every manifest value through mdText (names, reasons, approvers) or mdCode (ids, rules, paths, links): see md-escape.ts.
  const txt = (s: string | undefined) => mdText(s ?? '');
  const out: string[] = [`# ${l(lang, 'title')}`, '', `${l(lang, 'commit')}: ${mdCode(report.evidence.commit ?? l(lang, 'unknownCommit'))} · ${l(lang, 'time')}: ${report.now} · ${l(lang, 'stage')}: ${vocabularyLabel(lang, 'stage', report.stage)} · ${l(lang, 'packs')}: ${txt(report.packs.map((p) => `${p.name} ${p.version}`).join(', '))}`, ''];
  report.apps.forEach((app, i) => {
    const ev = report.evidence.apps[i]!;
    out.push(`## ${txt([ev.name, ev.nameZh].filter(Boolean).join(' / ') || app.manifest || t(lang, 'app.unknown'))}${ev.id ? ` (${mdCode(ev.id)})` : ''}`, '');
    out.push(`| ${l(lang, 'article')} | | ${l(lang, 'state')} | ${l(lang, 'evidence')} |`, '|---|---|---|---|');
    for (const a of ev.articles) {
      const links = ev.links.filter((x) => x.articles.includes(a.article)).map((x) => `${txt(x.label[lang])}${x.date ? ` ${txt(x.date)}` : ''}${x.report ? `: ${mdCode(x.report, true)}` : ''}`).join('<br>');
      out.push(`| ${articlesLabel(lang, [a.article])} | ${a.title[lang]} | ${stateText(lang, a.state)}${a.findings ? ` (${a.findings})` : ''} | ${links} |`);
    }
    out.push('', `<sub>${txt(t(lang, 'coverage.legend'))}</sub>`);
    out.push('', `### ${l(lang, 'sdks')}`, '');
    if (!ev.sdks.length) out.push(l(lang, 'none'));
    for (const s of ev.sdks) out.push(`- ${mdCode(s.id)} ${txt(s.vendor)}: ${txt(s.purpose)}; ${l(lang, 'assessment')} ${s.assessment ? `${txt(s.assessment.date)} ${txt(result(lang, s.assessment.result))} ${s.assessment.report ? mdCode(s.assessment.report) : ''}`.trim() : '—'}; ${l(lang, 'contract')} ${s.contractExpires ? txt(s.contractExpires) : '—'}`);
    out.push('', `### ${l(lang, 'waivers')}`, '');
    if (!ev.waivers.length) out.push(l(lang, 'none'));
    for (const w of ev.waivers) out.push(`- ${mdCode(w.rule)}${w.scope ? ` (${mdCode(w.scope)})` : ''}: ${txt(w.reason)}; ${l(lang, 'approver')} ${w.approver ? txt(w.approver) : '?'}; ${l(lang, 'expires')} ${w.expires ? txt(w.expires) : '?'}`);
    out.push('', `### ${l(lang, 'findings')}`, '');
    if (!app.findings.length) out.push(t(lang, 'summary.clean'));
    for (const f of app.findings) out.push(`- ${f.waived ? t(lang, 'waived') : severityLabel(lang, f.severity)} ${mdCode(f.ruleId)} ${articlesLabel(lang, f.articles)} ${mdCode(formatLocation(f.location))}: ${txt(f.message[lang])}`);
    out.push('');
  });
  out.push(`**${t(lang, 'summary.line', { ...report.summary })}**`, '');
  return out.join('\n');
}
