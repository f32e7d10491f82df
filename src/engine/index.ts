// The policy engine: packs as data (YAML + CEL), evaluation, waivers, pack tests.
export { loadPack, builtinPackNames, builtinPacksDir, packageRoot, paramType, type LoadPackOptions } from './load.js';
export { parseGitRef, fetchGitPack, cacheRoot } from './git-pack.js';
export { evaluate, evaluateDetailed, activeRules, RULE_ERROR, type EvaluationInput, type EvaluateOptions, type DetailedFinding } from './evaluate.js';
export { capFindings, diagnosticsToFindings, fingerprint, normaliseSubject, render, DIAGNOSTIC_TITLES, MAX_FINDINGS_PER_RULE } from './findings.js';
export { applyWaivers, scopeMatches, loadWaiverFile, appMatches, type WaiverFile, WAIVER_EXPIRED, WAIVER_INVALID, DEFAULT_MAX_WAIVER_DAYS, type WaiverOptions, type WaiverResult } from './waivers.js';
export { explainRule, listRules, rulesByArticle } from './explain.js';
export { runPackTests, testManifest, mergePatch, type PackTestResults, type PackTestCaseResult, type PackTestOptions } from './pack-tests.js';
export { CEL_FUNCTIONS, CEL_VARIABLES, LIMITS as CEL_LIMITS } from './cel.js';
export type { LoadedPack, CompiledRule, RuleExplanation, RuleSpec, PackSpec, RuleOverride } from './types.js';
