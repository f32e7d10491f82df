// Org mode reads only the manifest (no checkout): it evaluates the rules that read nothing
// but the manifest, applies the manifest's waivers and keeps the manifest's own diagnostics.
import { compareFindings } from '../core/report.js';
import type { Finding, Stage } from '../core/types.js';
import { applyWaivers, diagnosticsToFindings, evaluate, type CompiledRule, type LoadedPack } from '../engine/index.js';
import type { LoadedManifest } from '../manifest/types.js';

/** A rule that reads repository facts cannot be evaluated from the manifest alone. */
export function readsFacts(rule: CompiledRule): boolean {
  const exprs = [rule.when, rule.each, rule.assert, ...Object.values(rule.vars)];
  return exprs.some((e) => e?.variables.has('facts'));
}

/** The packs with only their manifest-only rules (memoise: the result is reused for every repository). */
export function manifestOnlyPacks(packs: readonly LoadedPack[]): LoadedPack[] {
  return packs.map((p) => ({ ...p, rules: p.rules.filter((r) => !readsFacts(r)) }));
}

export function evaluateManifest(
  manifest: LoadedManifest,
  packs: readonly LoadedPack[],
  manifestPacks: readonly LoadedPack[],
  now: Date,
  stage: Stage,
): Finding[] {
  // Rules first: a rule failing at a TODO value adds its articles to that value's manifest/todo.
  const ruleFindings = evaluate(manifestPacks, { manifest, facts: {}, now, stage });
  const raw = [...diagnosticsToFindings(manifest.diagnostics, manifest.file), ...ruleFindings];
  const waived = applyWaivers(raw, manifest, now, packs);
  return [...waived.findings, ...waived.extra].sort(compareFindings);
}
