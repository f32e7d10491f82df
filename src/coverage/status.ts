// The status of one article for one app, shared by `coverage DIR` and the release evidence
// report, so both say the same and neither says more than it knows. The first that holds wins:
//
//   not-applicable           the article binds the regulator (art. 18)
//   fail                     an unwaived error or warning of one of the article's rules
//   no-evidence              the manifest is missing or unusable and the article has manifest rules;
//                            a rule of the article could not be evaluated (policy/rule-error, or policy/facts-missing: its facts
//                            are missing because a detector failed); an
//                            input problem (unparsable file, TODO, schema error) names the article;
//                            or no rule of the article runs at the stage and the manifest has none
//                            of its evidence fields; or the rules that ran read only the manifest
//                            and it has none of the article's evidence fields (they passed vacuously)
//   not-evaluated            no rule of the article runs at the stage, though the manifest has evidence
//   waived                   findings of the article's rules exist and every one is waived
//   not-applicable-declared  the manifest declares the article's subject absent (`thirdParties: []`)
//   pass                     the article's rules ran on evidence and none has a finding
import type { Finding } from '../core/types.js';

export type ArticleStatus = 'pass' | 'fail' | 'waived' | 'not-applicable-declared' | 'no-evidence' | 'not-evaluated' | 'not-applicable';
export const ARTICLE_STATUSES: readonly ArticleStatus[] = ['pass', 'fail', 'waived', 'not-applicable-declared', 'no-evidence', 'not-evaluated', 'not-applicable'];

type Obj = Record<string, unknown>;

export interface ArticleFacts {
  number: number;
  regulator: boolean;
  /** Manifest fields (dotted, [] for lists) that carry the article's evidence. */
  evidence: readonly string[];
  /** A manifest list whose being declared empty makes the article not applicable. */
  declaredNone?: string;
}

export interface JudgeInput {
  /** Rules of the article that run at the stage. */
  rules: readonly { id: string; usesManifest: boolean }[];
  /** Every finding of the app. */
  findings: readonly Finding[];
  /** Is this id a rule of the packs (else it is a built-in diagnostic)? Undefined: packs unknown. */
  isRule?: (id: string) => boolean;
  /** The parsed manifest; absent when the caller did not read it (no evidence checks then). */
  manifest?: { data: Obj | undefined };
}

export interface Judgement {
  status: ArticleStatus;
  /** Rule ids (or input-problem codes) behind a non-pass status. */
  reasons: string[];
  /** Unwaived findings (fail) or waived ones (waived). */
  findings: number;
}

const NO_MANIFEST = /^manifest\/(missing|parse|empty|not-mapping|multiple-documents|alias-limit|unreadable)$/;

export function judgeArticle(a: ArticleFacts, input: JudgeInput): Judgement {
  const done = (status: ArticleStatus, reasons: Iterable<string> = [], findings = 0): Judgement => ({ status, reasons: [...new Set(reasons)].sort(), findings });
  if (a.regulator) return done('not-applicable');
  const ids = new Set(input.rules.map((r) => r.id));
  const packsKnown = Boolean(input.isRule);
  const own = input.findings.filter((f) => (packsKnown ? ids.has(f.ruleId) : f.articles.includes(a.number) && !f.ruleId.startsWith('policy/')));
  const open = own.filter((f) => !f.waived && f.severity !== 'note');
  if (open.length) return done('fail', open.map((f) => f.ruleId), open.length);

  const broken = packsKnown
    ? input.findings.filter((f) => ((f.ruleId === 'policy/rule-error' || f.ruleId === 'policy/facts-missing') && ids.has(f.subject)) || (!input.isRule!(f.ruleId) && !f.ruleId.startsWith('policy/') && f.articles.includes(a.number)))
    : [];
  const noManifest = input.findings.filter((f) => NO_MANIFEST.test(f.ruleId));
  const manifestRules = input.rules.some((r) => r.usesManifest);
  if (broken.length || (noManifest.length && manifestRules)) {
    const why = broken.map((f) => (f.ruleId === 'policy/rule-error' || f.ruleId === 'policy/facts-missing' ? `${f.ruleId}:${f.subject}` : f.ruleId));
    if (manifestRules) why.push(...noManifest.map((f) => f.ruleId));
    return done('no-evidence', why);
  }

  const data = input.manifest?.data;
  const hasEvidence = !input.manifest || a.evidence.some((field) => present(data, field));
  if (!ids.size && packsKnown) return done(hasEvidence ? 'not-evaluated' : 'no-evidence');
  const waived = own.filter((f) => f.waived);
  if (waived.length) return done('waived', waived.map((f) => f.ruleId), waived.length);
  if (a.declaredNone && declaredEmpty(data, a.declaredNone)) return done('not-applicable-declared');
  if (!ids.size) return done(hasEvidence ? 'not-evaluated' : 'no-evidence');
  const repositoryRule = input.rules.some((r) => !r.usesManifest);
  return done(hasEvidence || repositoryRule ? 'pass' : 'no-evidence');
}

/** `thirdParties: []` written in the manifest (absent is not a declaration). */
function declaredEmpty(data: Obj | undefined, list: string): boolean {
  const v = data?.[list];
  return Array.isArray(v) && v.length === 0;
}

/**
 * Does the manifest hold a value at `a.b[].c` (any element of a list)? Empty strings, lists and
 * maps do not count, nor `TODO` placeholders (a draft from `init` is not evidence).
 */
export function present(data: unknown, field: string): boolean {
  let values: unknown[] = [data];
  for (const seg of field.split('.')) {
    const list = seg.endsWith('[]');
    const key = list ? seg.slice(0, -2) : seg;
    values = values.flatMap((v) => {
      const next = v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj)[key] : undefined;
      return list ? (Array.isArray(next) ? next : []) : [next];
    });
  }
  return values.some(filled);
}

function filled(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'string') return v.trim() !== '' && !/^TODO\b/.test(v);
  if (Array.isArray(v)) return v.some(filled);
  if (typeof v === 'object' && !(v instanceof Date)) return Object.values(v).some(filled);
  return true;
}
