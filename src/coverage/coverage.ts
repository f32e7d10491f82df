// `mobile-policy coverage`: the circular's 18 articles, each with the rules that check it (by
// stage) and the manifest fields that carry its evidence; given a check report, the status of
// every article for every app.
//
// Statuses: see status.ts (shared with the release evidence report).
import type { Report } from '../core/report.js';
import type { Localized, Severity, Stage } from '../core/types.js';

import { activeRules, type CompiledRule, type LoadedPack } from '../engine/index.js';
import { ARTICLES } from './articles.js';
import { judgeArticle, type ArticleStatus } from './status.js';

export { ARTICLE_STATUSES, type ArticleStatus } from './status.js';

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
  /** A manifest list that, declared empty, makes the article not applicable. */
  declaredNone?: string;
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
        ...(a.declaredNone ? { declaredNone: a.declaredNone } : {}),
      };
    }),
  };
}

function toCoverageRule(r: CompiledRule): CoverageRule {
  return { id: r.id, pack: r.pack, title: r.title, stages: [...r.stages], severity: r.severity };
}

/**
 * The map plus each app's status per article, from a check report produced with the same packs.
 * With `manifests` (parsed manifest per manifest path), articles whose rules passed on no evidence
 * read "no evidence" and declared-empty lists "not applicable (declared)".
 */
export function coverageOf(packs: readonly LoadedPack[], report: Report, manifests?: ReadonlyMap<string, Record<string, unknown> | undefined>): CoverageReport {
  const map = coverageMap(packs, report.stage);
  const active = new Map(activeRules(packs, report.stage).map((r) => [r.id, r]));
  const apps = report.apps.map((app): AppCoverage => {
    const statuses: Record<number, ArticleStatus> = {};
    const reasons: Record<number, string[]> = {};
    for (const a of map.articles) {
      const j = judgeArticle(a, {
        rules: a.rules.map((r) => ({ id: r.id, usesManifest: active.get(r.id)?.usesManifest ?? true })),
        findings: app.findings,
        isRule: (id) => active.has(id),
        ...(manifests ? { manifest: { data: manifests.get(app.manifest) } } : {}),
      });
      statuses[a.number] = j.status;
      if (j.reasons.length) reasons[a.number] = j.reasons;
    }
    return { manifest: app.manifest, app: app.app, statuses, reasons };
  });
  return { ...map, apps };
}
