// The release evidence report's data: the check Report plus what only the manifest knows
// (identity, evidence links, SDK inventory, waivers) and an article-by-article status.
// `withEvidence` is pure; `collectEvidence` reads the app manifests the report names.
import { loadManifest } from '../manifest/load.js';
import { DiskRepo } from '../repo/files.js';
import { readGitHead } from '../repo/git-head.js';
import type { Report } from '../core/report.js';
import type { Finding, Localized, Stage } from '../core/types.js';
import { loadPack, type LoadedPack } from '../engine/index.js';
import { ARTICLES } from '../coverage/articles.js';
import { coverageMap } from '../coverage/coverage.js';
import { judgeArticle, type ArticleStatus as ArticleState } from '../coverage/status.js';

export type { ArticleState };

export interface ArticleStatus {
  article: number;
  title: Localized;
  state: ArticleState;
  /** Rules of the packs that implement the article at this stage. */
  rules: string[];
  /** Unwaived findings (fail) or waived ones (waived). */
  findings: number;
  /** Rule ids or input-problem codes behind a fail, waived or no-evidence status. */
  reasons: string[];
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

/**
 * Articles 1–18 judged for one app (see coverage/status.ts). Without packs, findings are
 * attributed by the articles they name and articles without findings read "not evaluated".
 */
export function articleStatuses(findings: readonly Finding[], packs: readonly LoadedPack[] | undefined, stage: Stage, data?: { data: Obj | undefined }): ArticleStatus[] {
  const map = packs ? coverageMap(packs, stage) : undefined;
  const rules = new Map(packs?.flatMap((p) => p.rules.map((r) => [r.id, r] as const)) ?? []);
  return ARTICLES.map((article, i) => {
    const mapped = map?.articles[i];
    const own = mapped?.rules.map((r) => ({ id: r.id, usesManifest: rules.get(r.id)?.usesManifest ?? true })) ?? [];
    const j = judgeArticle(
      { number: article.number, regulator: Boolean(article.regulator), evidence: mapped?.evidence ?? article.evidence, ...(article.declaredNone ? { declaredNone: article.declaredNone } : {}) },
      { rules: own, findings, ...(map ? { isRule: (id: string) => rules.has(id) && !rules.get(id)!.disabled } : {}), ...(data ? { manifest: data } : {}) },
    );
    const state = !map && j.status === 'pass' && !own.length ? 'not-evaluated' : j.status;
    return { article: article.number, title: article.short, state, rules: own.map((r) => r.id).sort(), findings: j.findings, reasons: j.reasons };
  });
}

export interface EvidenceOptions {
  /** Parsed manifest of each app, by the manifest path the report gives. */
  manifests: ReadonlyMap<string, Obj | undefined>;
  packs?: readonly LoadedPack[];
  commit?: string;
  ref?: string;
}

export function withEvidence(report: Report, opts: EvidenceOptions): EvidenceReport {
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
      articles: articleStatuses(app.findings, opts.packs, report.stage, opts.manifests.has(app.manifest) ? { data } : undefined),
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
  const manifests = readManifests(report);
  let loaded = packs;
  if (!loaded) {
    try {
      loaded = report.packs.map((p) => loadPack(p.name));
    } catch {
      loaded = undefined; // a pack given by path: articles are judged from findings alone
    }
  }
  return withEvidence(report, { manifests, ...(loaded ? { packs: loaded } : {}), ...commitOf(report.root, env) });
}

/**
 * The commit and ref the report is about: from the CI's variables (GitHub Actions, GitLab CI,
 * Jenkins), else read from the checkout's `.git` (never by running git).
 */
export function commitOf(root: string, env: NodeJS.ProcessEnv = process.env): { commit?: string; ref?: string } {
  const commit = env.GITHUB_SHA || env.CI_COMMIT_SHA || env.GIT_COMMIT;
  if (commit) return { commit, ...opt('ref', env.GITHUB_REF || env.CI_COMMIT_REF_NAME || env.GIT_BRANCH || undefined) };
  const head = readGitHead(root);
  return head ? { commit: head.commit, ...opt('ref', head.ref) } : {};
}

/** The parsed manifest of each app of the report ('' = no manifest: undefined data), read from report.root. */
export function readManifests(report: Report): Map<string, Obj | undefined> {
  const manifests = new Map<string, Obj | undefined>();
  try {
    const repo = new DiskRepo(report.root);
    for (const app of report.apps) manifests.set(app.manifest, app.manifest ? loadManifest(repo, app.manifest).data : undefined);
  } catch {
    // no readable checkout: identity from the report only
  }
  return manifests;
}

export function hasEvidence(report: Report): report is EvidenceReport {
  return !!(report as Partial<EvidenceReport>).evidence;
}

function opt<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}
