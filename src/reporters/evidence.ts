// The release evidence report's data: the check Report plus what only the manifest knows
// (identity, evidence links, SDK inventory, waivers) and an article-by-article status.
// `withEvidence` is pure; `collectEvidence` reads the app manifests the report names.
import { loadManifest } from '../manifest/load.js';
import { DiskRepo } from '../repo/files.js';
import type { Report } from '../core/report.js';
import type { Finding, Localized, Stage } from '../core/types.js';
import { activeRules, loadPack, type LoadedPack } from '../engine/index.js';
import { ARTICLES } from '../coverage/articles.js';

export type ArticleState = 'pass' | 'fail' | 'waived' | 'not-evaluated';

export interface ArticleStatus {
  article: number;
  title: Localized;
  state: ArticleState;
  /** Rules of the packs that implement the article at this stage. */
  rules: string[];
  /** Unwaived findings (fail) or waived ones (waived). */
  findings: number;
}

export interface EvidenceLink {
  label: Localized;
  pointer: string;
  articles: number[];
  date?: string;
  result?: string;
  report?: string;
}

export interface SdkEvidence {
  id: string;
  vendor?: string;
  purpose?: string;
  personalInfo: string[];
  assessment?: { date?: string; result?: string; report?: string };
  contractExpires?: string;
}

export interface WaiverEvidence {
  rule: string;
  scope?: string;
  reason?: string;
  ticket?: string;
  approver?: string;
  expires?: string;
}

export interface AppEvidence {
  manifest: string;
  id?: string;
  name?: string;
  nameZh?: string;
  kinds: string[];
  status?: string;
  version?: string;
  filingNumber?: string;
  ownerDepartment?: string;
  ownerPerson?: string;
  articles: ArticleStatus[];
  links: EvidenceLink[];
  sdks: SdkEvidence[];
  waivers: WaiverEvidence[];
}

export interface Evidence {
  commit?: string;
  ref?: string;
  apps: AppEvidence[];
}

export type EvidenceReport = Report & { evidence: Evidence };


type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : v instanceof Date ? v.toISOString().slice(0, 10) : undefined);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.map(obj).filter((o): o is Obj => !!o) : []);

/** Evidence objects of the manifest, with the articles they prove. */
const LINKS: readonly { pointer: string; articles: number[]; label: Localized }[] = [
  { pointer: '/filing/regulatorReport', articles: [11], label: { en: 'Report to the regulator', 'zh-CN': '向监管报告' } },
  { pointer: '/compliance/lastComplianceReview', articles: [5], label: { en: 'Compliance review', 'zh-CN': '合规审查' } },
  { pointer: '/accessibility/accessibilityReview', articles: [6], label: { en: 'Accessibility review', 'zh-CN': '适老化与无障碍评估' } },
  { pointer: '/testing/lastSecurityTest', articles: [8], label: { en: 'Security test', 'zh-CN': '安全测试' } },
  { pointer: '/distribution/counterfeitMonitoring', articles: [9], label: { en: 'Counterfeit monitoring', 'zh-CN': '仿冒监测' } },
  { pointer: '/compatibility/lastTest', articles: [10], label: { en: 'Compatibility test', 'zh-CN': '兼容性测试' } },
  { pointer: '/security/levelProtection/lastAssessment', articles: [12], label: { en: 'MLPS assessment', 'zh-CN': '等级保护测评' } },
  { pointer: '/security/penetrationTest', articles: [12], label: { en: 'Penetration test', 'zh-CN': '渗透测试' } },
  { pointer: '/continuity/businessImpactAnalysis', articles: [15], label: { en: 'Business impact analysis', 'zh-CN': '业务影响分析' } },
  { pointer: '/continuity/emergencyPlan', articles: [15], label: { en: 'Emergency plan', 'zh-CN': '应急预案' } },
  { pointer: '/continuity/lastDrill', articles: [15], label: { en: 'Emergency drill', 'zh-CN': '应急演练' } },
  { pointer: '/privacy/policyUrl', articles: [16], label: { en: 'Privacy policy', 'zh-CN': '隐私政策' } },
  { pointer: '/privacy/collectedInfoList', articles: [16], label: { en: 'Collected information list', 'zh-CN': '已收集个人信息清单' } },
  { pointer: '/privacy/sharedInfoList', articles: [16], label: { en: 'Third-party sharing list', 'zh-CN': '第三方共享个人信息清单' } },
  { pointer: '/compliance/lastRiskAssessment', articles: [17], label: { en: 'Risk assessment', 'zh-CN': '风险评估' } },
  { pointer: '/compliance/lastAudit', articles: [17], label: { en: 'Audit', 'zh-CN': '审计' } },
];

function at(data: Obj | undefined, pointer: string): unknown {
  let v: unknown = data;
  for (const seg of pointer.split('/').slice(1)) v = obj(v)?.[seg];
  return v;
}

export function articleStatuses(findings: readonly Finding[], rulesByArticle: ReadonlyMap<number, string[]>): ArticleStatus[] {
  const out: ArticleStatus[] = [];
  for (let a = 1; a <= 18; a++) {
    const mine = findings.filter((f) => f.articles.includes(a));
    const open = mine.filter((f) => !f.waived && f.severity !== 'note');
    const waived = mine.filter((f) => f.waived);
    const rules = [...(rulesByArticle.get(a) ?? [])].sort();
    const state: ArticleState = open.length ? 'fail' : waived.length ? 'waived' : rules.length ? 'pass' : 'not-evaluated';
    out.push({ article: a, title: ARTICLES[a - 1]!.short, state, rules, findings: open.length || waived.length });
  }
  return out;
}

export function rulesByArticleOf(packs: readonly LoadedPack[], stage: Stage): Map<number, string[]> {
  const m = new Map<number, string[]>();
  for (const r of activeRules(packs, stage)) for (const a of r.articles) m.set(a, [...(m.get(a) ?? []), r.id]);
  return m;
}

export interface EvidenceOptions {
  /** Parsed manifest of each app, by the manifest path the report gives. */
  manifests: ReadonlyMap<string, Obj | undefined>;
  packs?: readonly LoadedPack[];
  commit?: string;
  ref?: string;
}

export function withEvidence(report: Report, opts: EvidenceOptions): EvidenceReport {
  const byArticle = opts.packs ? rulesByArticleOf(opts.packs, report.stage) : new Map<number, string[]>();
  const apps = report.apps.map((app): AppEvidence => {
    const data = opts.manifests.get(app.manifest);
    const a = obj(data?.app);
    const own = obj(data?.ownership);
    const links: EvidenceLink[] = [];
    for (const l of LINKS) {
      const v = at(data, l.pointer);
      if (v === undefined) continue;
      const o = obj(v);
      const report = o ? str(o.report) ?? str(o.url) ?? str(o.document) : str(v);
      links.push({ label: l.label, pointer: l.pointer, articles: l.articles, ...opt('date', str(o?.date) ?? str(o?.lastScan) ?? str(o?.approvedAt)), ...opt('result', str(o?.result)), ...opt('report', report) });
    }
    for (const [i, o] of list(data?.outsourcing).entries()) {
      const la = obj(o.lastAssessment);
      if (la) links.push({ label: { en: `Outsourcing assessment: ${str(o.vendor) ?? i}`, 'zh-CN': `外包评估：${str(o.vendor) ?? i}` }, pointer: `/outsourcing/${i}/lastAssessment`, articles: [14], ...opt('date', str(la.date)), ...opt('result', str(la.result)), ...opt('report', str(la.report)) });
    }
    const sdks = list(data?.sdks).map((s, i): SdkEvidence => {
      const sa = obj(s.securityAssessment);
      return {
        id: str(s.id) ?? `sdks[${i}]`, ...opt('vendor', str(s.vendor)), ...opt('purpose', str(s.purpose)), personalInfo: strs(s.personalInfo),
        ...(sa ? { assessment: { ...opt('date', str(sa.date)), ...opt('result', str(sa.result)), ...opt('report', str(sa.report)) } } : {}),
        ...opt('contractExpires', str(obj(s.contract)?.expires)),
      };
    });
    const waivers = list(data?.waivers).map((w): WaiverEvidence => ({
      rule: str(w.rule) ?? '?', ...opt('scope', str(w.scope)), ...opt('reason', str(w.reason)), ...opt('ticket', str(w.ticket)),
      ...opt('approver', str(obj(w.approvedBy)?.name) ?? str(w.approvedBy)), ...opt('expires', str(w.expires)),
    }));
    return {
      manifest: app.manifest,
      ...opt('id', app.app.id ?? str(a?.id)), ...opt('name', app.app.name ?? str(a?.name)), ...opt('nameZh', str(obj(a?.localizedName)?.['zh-CN'])),
      kinds: strs(a?.kinds), ...opt('status', str(a?.status)), ...opt('version', str(a?.version)),
      ...opt('filingNumber', str(obj(data?.filing)?.appFilingNumber)),
      ...opt('ownerDepartment', str(own?.responsibleDepartment) ?? str(own?.leadDepartment)), ...opt('ownerPerson', str(obj(own?.responsiblePerson)?.name)),
      articles: articleStatuses(app.findings, byArticle),
      links, sdks, waivers,
    };
  });
  return { ...report, evidence: { ...opt('commit', opts.commit), ...opt('ref', opts.ref), apps } };
}

/**
 * Reads the manifests named by the report (from report.root) and the packs by name, then
 * `withEvidence`. Used when a caller hands the HTML reporter a bare Report.
 */
export function collectEvidence(report: Report, env: NodeJS.ProcessEnv = process.env, packs?: readonly LoadedPack[]): EvidenceReport {
  const manifests = new Map<string, Obj | undefined>();
  try {
    const repo = new DiskRepo(report.root);
    for (const app of report.apps) if (app.manifest) manifests.set(app.manifest, loadManifest(repo, app.manifest).data);
  } catch {
    // no readable checkout: identity from the report only
  }
  let loaded = packs;
  if (!loaded) {
    try {
      loaded = report.packs.map((p) => loadPack(p.name));
    } catch {
      loaded = undefined; // a pack given by path: articles are judged from findings alone
    }
  }
  return withEvidence(report, { manifests, ...(loaded ? { packs: loaded } : {}), ...opt('commit', env.GITHUB_SHA), ...opt('ref', env.GITHUB_REF) });
}

export function hasEvidence(report: Report): report is EvidenceReport {
  return !!(report as Partial<EvidenceReport>).evidence;
}

function opt<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}
