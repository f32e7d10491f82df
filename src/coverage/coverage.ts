// `mobile-policy coverage`: the circular's 18 articles, each with the rules that check it (by
// stage) and the manifest fields that carry its evidence; given a check report, the status of
// every article for every app.
//
// Statuses (per app and article; the first that holds wins):
//   not-applicable    no enabled rule of the article runs at the stage (or the article binds the regulator, art. 18)
//   fail              an unwaived finding of one of the article's rules
//   evidence-missing  the manifest is missing or unusable and the article has manifest rules, a rule
//                     of the article could not be evaluated (policy/rule-error), or an input problem
//                     (unreadable or unparsable file) names the article
//   waived            findings of the article's rules exist and every one is waived
//   pass              every rule of the article ran and none has a finding
import type { Report } from '../core/report.js';
import type { Localized, Severity, Stage } from '../core/types.js';

import { activeRules, type CompiledRule, type LoadedPack } from '../engine/index.js';
import { ARTICLES } from './articles.js';

export type ArticleStatus = 'pass' | 'fail' | 'waived' | 'evidence-missing' | 'not-applicable';
export const ARTICLE_STATUSES: readonly ArticleStatus[] = ['pass', 'fail', 'waived', 'evidence-missing', 'not-applicable'];

export interface CoverageRule {
  id: string;
  pack: string;
  title: Localized;
  stages: Stage[];
  severity: Severity;
}

export interface ArticleCoverage {
  number: number;
  title: Localized;
  regulator: boolean;
  rules: CoverageRule[];
  evidence: string[];
}

export interface AppCoverage {
  manifest: string;
  app: { id?: string; name?: string };
  statuses: Record<number, ArticleStatus>;
  /** Rule ids (or input-problem codes) behind a non-pass status, per article. */
  reasons: Record<number, string[]>;
}

export interface CoverageReport {
  packs: { name: string; version: string }[];
  /** The stage the map is filtered by (undefined = all stages). */
  stage?: Stage;
  articles: ArticleCoverage[];
  apps?: AppCoverage[];
}

/** `/sdks/{index}/contract/expires` → `sdks[].contract.expires`; templated keys end the path. */
export function pointerToField(at: string): string {
  const out: string[] = [];
  for (const seg of at.replace(/^\//, '').split('/')) {
    if (!seg) continue;
    if (seg === '{index}') {
      if (out.length) out[out.length - 1] += '[]';
      continue;
    }
    if (seg.startsWith('{')) break;
    out.push(seg);
  }
  return out.join('.');
}

/** The map: every article 1..18 with its rules (at the stage, or all) and evidence fields. */
export function coverageMap(packs: readonly LoadedPack[], stage?: Stage): CoverageReport {
  const rules = activeRules(packs, stage);
  return {
    packs: packs.map((p) => ({ name: p.name, version: p.version })),
    ...(stage ? { stage } : {}),
    articles: ARTICLES.map((a) => {
      const own = rules.filter((r) => r.articles.includes(a.number));
      const fields = new Set(a.evidence);
      for (const r of own) if (r.at) fields.add(pointerToField(r.at));
      fields.delete('');
      return {
        number: a.number,
        title: a.title,
        regulator: Boolean(a.regulator),
        rules: own.map(toCoverageRule),
        evidence: [...fields].sort(),
      };
    }),
  };
}

function toCoverageRule(r: CompiledRule): CoverageRule {
  return { id: r.id, pack: r.pack, title: r.title, stages: [...r.stages], severity: r.severity };
}

const NO_MANIFEST = /^manifest\/(missing|parse|empty|not-mapping|multiple-documents|alias-limit|unreadable)$/;

/** The map plus each app's status per article, from a check report produced with the same packs. */
export function coverageOf(packs: readonly LoadedPack[], report: Report): CoverageReport {
  const map = coverageMap(packs, report.stage);
  const active = new Map(activeRules(packs, report.stage).map((r) => [r.id, r]));
  const apps = report.apps.map((app): AppCoverage => {
    const statuses: Record<number, ArticleStatus> = {};
    const reasons: Record<number, string[]> = {};
    const noManifest = app.findings.some((f) => NO_MANIFEST.test(f.ruleId));
    for (const a of map.articles) {
      const ids = new Set(a.rules.map((r) => r.id));
      const why = new Set<string>();
      let status: ArticleStatus;
      if (a.regulator || !ids.size) status = 'not-applicable';
      else {
        const mine = app.findings.filter((f) => ids.has(f.ruleId));
        const open = mine.filter((f) => !f.waived);
        const broken = app.findings.filter(
          (f) => (f.ruleId === 'policy/rule-error' && ids.has(f.subject)) || (!active.has(f.ruleId) && !f.ruleId.startsWith('policy/') && f.articles.includes(a.number)),
        );
        const manifestRules = a.rules.some((r) => active.get(r.id)?.usesManifest);
        if (open.length) {
          status = 'fail';
          open.forEach((f) => why.add(f.ruleId));
        } else if ((noManifest && manifestRules) || broken.length) {
          status = 'evidence-missing';
          broken.forEach((f) => why.add(f.ruleId === 'policy/rule-error' ? `${f.ruleId}:${f.subject}` : f.ruleId));
          if (noManifest && manifestRules) app.findings.filter((f) => NO_MANIFEST.test(f.ruleId)).forEach((f) => why.add(f.ruleId));
        } else if (mine.length) {
          status = 'waived';
          mine.forEach((f) => why.add(f.ruleId));
        } else status = 'pass';
      }
      statuses[a.number] = status;
      if (why.size) reasons[a.number] = [...why].sort();
    }
    return { manifest: app.manifest, app: app.app, statuses, reasons };
  });
  return { ...map, apps };
}

