// Rule data for `mobile-policy explain` and `coverage`: everything comes from the pack files.
import type { LoadedPack, RuleExplanation } from './types.js';

/** The rule with this id (the last pack defining it wins, as in evaluation), or undefined. */
export function explainRule(packs: readonly LoadedPack[], id: string): RuleExplanation | undefined {
  let found: RuleExplanation | undefined;
  for (const pack of packs) {
    const r = pack.rules.find((x) => x.id === id);
    if (!r) continue;
    found = {
      id: r.id,
      pack: r.pack,
      title: r.title,
      message: r.message,
      severity: r.severity,
      stageSeverity: { ...r.stageSeverity },
      articles: [...r.articles],
      stages: [...r.stages],
      rationale: r.rationale,
      remediation: r.remediation,
      waivable: r.waivable,
      disabled: r.disabled,
      params: { ...r.params },
      file: r.file,
      line: r.line,
    };
  }
  return found;
}

/** Every rule of the packs, in id order, as explanations (for coverage and docs). */
export function listRules(packs: readonly LoadedPack[]): RuleExplanation[] {
  const ids = new Set(packs.flatMap((p) => p.rules.map((r) => r.id)));
  return [...ids].sort().map((id) => explainRule(packs, id)!);
}

/** Rule ids per circular article (1..18). */
export function rulesByArticle(packs: readonly LoadedPack[]): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (let a = 1; a <= 18; a++) map.set(a, []);
  for (const r of listRules(packs)) for (const a of r.articles) map.get(a)?.push(r.id);
  return map;
}
