// Evaluating packs against one app: rules filtered by stage, `when` → `each` → `assert`,
// one finding per failing element (per group of them with `groupBy`); none at a manifest value
// still TODO (manifest/todo reports it). A rule that throws or runs out of time becomes a
// `policy/rule-error` finding at the rule's own file and line; the other rules still run.
import type { Diagnostic, Finding, Location, Severity, Stage } from '../core/types.js';
import type { LoadedManifest } from '../manifest/types.js';
import { celInt, celMessage, LIMITS, RuleTimeoutError, timeBoxed, toCel, withNow } from './cel.js';
import { compareByLocation, DIAGNOSTIC_TITLES, fingerprint, MAX_FINDINGS_PER_RULE, omittedFinding, render, renderLocalized, renderPointer } from './findings.js';
import { isTodoAt } from '../manifest/todo.js';
import type { CompiledRule, LoadedPack } from './types.js';

export interface EvaluationInput {
  manifest: LoadedManifest;
  facts: Record<string, unknown>;
  now: Date;
  stage: Stage;
  /** Facts whose detector failed (by name, with the input it failed on): rules reading them give no verdict. */
  missingFacts?: Readonly<Record<string, Location>>;
}

export interface EvaluateOptions {
  /** Wall-clock budget per rule (default LIMITS.ruleTimeoutMs). */
  ruleTimeoutMs?: number;
}

/** A finding plus the manifest pointer it was located from (pack tests match on it). */
export interface DetailedFinding {
  finding: Finding;
  pointer?: string;
}

/** The rules that apply, in pack order; a later pack's rule replaces an earlier one with the same id. */
export function activeRules(packs: readonly LoadedPack[], stage?: Stage): CompiledRule[] {
  const byId = new Map<string, CompiledRule>();
  for (const pack of packs) for (const rule of pack.rules) byId.set(rule.id, rule);
  return [...byId.values()].filter((r) => !r.disabled && (!stage || r.stages.includes(stage)));
}

export function evaluate(packs: readonly LoadedPack[], input: EvaluationInput, options: EvaluateOptions = {}): Finding[] {
  return evaluateDetailed(packs, input, options).map((d) => d.finding);
}

export function evaluateDetailed(packs: readonly LoadedPack[], input: EvaluationInput, options: EvaluateOptions = {}): DetailedFinding[] {
  const timeout = options.ruleTimeoutMs ?? LIMITS.ruleTimeoutMs;
  const hasManifest = input.manifest.data !== undefined;
  const rules = activeRules(packs, input.stage).filter((r) => hasManifest || !r.usesManifest);
  const base = {
    manifest: toCel(input.manifest.data ?? {}),
    facts: toCel(input.facts),
    now: input.now,
    stage: input.stage,
  };
  const paramsCache = new Map<Record<string, unknown>, unknown>();
  const paramsOf = (r: CompiledRule): unknown => {
    let p = paramsCache.get(r.params);
    if (!p) paramsCache.set(r.params, (p = toCel(r.params)));
    return p;
  };
  // Which facts a rule reads is looked at only when a detector failed (rare): not on every run.
  const missing = input.missingFacts && Object.keys(input.missingFacts).length ? input.missingFacts : undefined;
  const one = (rule: CompiledRule): DetailedFinding[] => {
    const lacking = missing && factsRead(rule).find((n) => missing[n]);
    if (lacking) return [factsMissing(rule, lacking, missing![lacking]!, input)];
    try {
      return runRule(rule, { ...base, params: paramsOf(rule) }, input);
    } catch (e) {
      return [ruleError(rule, e, input)];
    }
  };

  const out = withNow(input.now, () => {
    // Fast path: every rule under one time box. If it runs out, time-box each rule alone
    // so only the slow one becomes a rule-error.
    try {
      return timeBoxed(() => rules.flatMap(one), timeout * Math.max(1, Math.min(rules.length, 5)));
    } catch (e) {
      if (!(e instanceof RuleTimeoutError)) throw e;
      return rules.flatMap((rule) => {
        try {
          return timeBoxed(() => one(rule), timeout);
        } catch (err) {
          if (err instanceof RuleTimeoutError) return [ruleError(rule, err, input)];
          throw err;
        }
      });
    }
  });
  return out.sort((a, b) => compareByLocation(a.finding, b.finding));
}

function severityAt(rule: CompiledRule, stage: Stage): Severity {
  return rule.stageSeverity[stage] ?? rule.severity;
}

function isLocation(v: unknown): v is Location {
  return !!v && typeof v === 'object' && typeof (v as Location).file === 'string';
}

function plainLocation(v: Location): Location {
  const loc: Location = { file: v.file };
  for (const k of ['line', 'column', 'endLine', 'endColumn'] as const) {
    const n = (v as unknown as Record<string, unknown>)[k];
    if (typeof n === 'bigint' || typeof n === 'number') loc[k] = Number(n);
  }
  return loc;
}

function defaultSubject(item: unknown, index: number): string | undefined {
  if (!item || typeof item !== 'object') return item === null || item === undefined ? undefined : String(item);
  const o = item as Record<string, unknown>;
  for (const k of ['purl', 'id', 'name', 'vendor', 'rule']) if (typeof o[k] === 'string' && o[k]) return o[k] as string;
  const loc = o.location;
  if (isLocation(loc)) return `${loc.file}#${index}`;
  return undefined;
}

function runRule(rule: CompiledRule, ctx: Record<string, unknown>, input: EvaluationInput): DetailedFinding[] {
  const scope: Record<string, unknown> = { ...ctx, item: null, index: -1n, vars: {} };
  if (rule.when) {
    const w = rule.when.run(scope);
    if (w === false) return [];
    if (w !== true) throw new TypeError(`when returned ${describe(w)}, not a bool`);
  }
  let items: unknown[] = [null];
  if (rule.each) {
    const list = rule.each.run(scope);
    if (!Array.isArray(list)) throw new TypeError(`each returned ${describe(list)}, not a list`);
    items = list;
  }
  const findings: DetailedFinding[] = [];
  const groups = new Map<string, Member[]>();
  // Past the cap a failing element is only located, not rendered (issue 16: ~6 KB a finding).
  const omitted: Location[] = [];
  // One scope for all items, `item` and `index` overwritten in place: evaluation is synchronous
  // and neither cel-js nor makeFinding keeps the scope, so no per-item copy is needed.
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (rule.each) {
      scope.item = item;
      scope.index = celInt(i);
    }
    const ok = rule.assert.run(scope);
    if (ok === true) continue;
    if (ok !== false) throw new TypeError(`assert returned ${describe(ok)}, not a bool`);
    if (rule.groupBy !== undefined) {
      const key = render(rule.groupBy, scope);
      const member: Member = { item, index: i, location: locationOf(rule, scope, item, input).location };
      const group = groups.get(key);
      if (group) group.push(member);
      else groups.set(key, [member]);
      continue;
    }
    if (findings.length < MAX_FINDINGS_PER_RULE) findings.push(makeFinding(rule, scope, item, i, input));
    else omitted.push(locationOf(rule, scope, item, input).location);
  }
  // Groups in the order of their first place: the first MAX_FINDINGS_PER_RULE become findings.
  const ordered = [...groups.values()];
  for (const members of ordered) if (members.length > 1) members.sort((a, b) => compareLocations(a.location, b.location) || a.index - b.index);
  if (ordered.length > MAX_FINDINGS_PER_RULE) ordered.sort((a, b) => compareLocations(a[0]!.location, b[0]!.location) || a[0]!.index - b[0]!.index);
  for (const members of ordered) {
    const first = members[0]!;
    if (findings.length >= MAX_FINDINGS_PER_RULE) {
      omitted.push(first.location);
      continue;
    }
    scope.item = first.item;
    scope.index = celInt(first.index);
    findings.push(makeFinding(rule, scope, first.item, first.index, input, members.map((m) => m.location)));
  }
  if (omitted.length) {
    findings.push({ finding: omittedFinding({ ruleId: rule.id, title: rule.title, severity: severityAt(rule, input.stage), articles: rule.articles, app: input.manifest.file }, omitted) });
  }
  if (input.manifest.data === undefined) return findings;
  // An unfilled manifest value is already one manifest/todo finding: a rule failing at it says
  // nothing more. That finding takes the rule's articles, so coverage and the evidence report
  // show them as not yet evidenced rather than passing.
  return findings.filter((f) => {
    if (f.pointer === undefined || !isTodoAt(input.manifest.data, f.pointer)) return true;
    for (const d of todosAt(input.manifest.diagnostics, f.pointer)) d.articles = [...new Set([...(d.articles ?? []), ...rule.articles])].sort((a, b) => a - b);
    return false;
  });
}

/** The manifest/todo diagnostics at a pointer, under it, or above it (`compliance: TODO` for `/compliance/lastAudit`). */
function todosAt(diagnostics: readonly Diagnostic[], pointer: string): Diagnostic[] {
  return diagnostics.filter((d) => d.code === 'manifest/todo' && d.subject !== undefined
    && (d.subject === pointer || d.subject.startsWith(`${pointer}/`) || pointer.startsWith(`${d.subject}/`)));
}

/** A failing element of a rule with `groupBy`, waiting to be folded into its group's finding. */
interface Member {
  item: unknown;
  index: number;
  location: Location;
}

/** Other occurrences a grouped finding carries (the count is complete). */
export const MAX_RELATED = 20;
/** Occurrences named in a grouped finding's message (`{group.locations}`, then `…` if there are more). */
const SHOWN_LOCATIONS = 3;

function compareLocations(a: Location, b: Location): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

function where(l: Location): string {
  return l.line !== undefined ? `${l.file}:${l.line}` : l.file;
}

function describe(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'a map' : `a ${typeof v === 'bigint' ? 'int' : typeof v}`;
}

/** Where a finding of this element goes: the rendered `at` in the manifest, else the element's own location. */
function locationOf(rule: CompiledRule, tscope: Record<string, unknown>, item: unknown, input: EvaluationInput): { location: Location; pointer?: string } {
  if (rule.at !== undefined) {
    const pointer = renderPointer(rule.at, tscope);
    return { pointer, location: input.manifest.locate(pointer) };
  }
  if (item && typeof item === 'object' && isLocation((item as { location?: unknown }).location)) {
    return { location: plainLocation((item as { location: Location }).location) };
  }
  return { location: input.manifest.locate('') };
}

/**
 * The finding of one failing element; with `occurrences` (a `groupBy` rule: the group's
 * locations, first one first), one finding for the whole group.
 */
function makeFinding(rule: CompiledRule, scope: Record<string, unknown>, item: unknown, index: number, input: EvaluationInput, occurrences?: Location[]): DetailedFinding {
  let vars: Record<string, unknown> = {};
  if (Object.keys(rule.vars).length) {
    vars = {};
    for (const [name, expr] of Object.entries(rule.vars)) {
      try {
        vars[name] = expr.run({ ...scope, vars });
      } catch {
        vars[name] = undefined;
      }
    }
  }
  const group = occurrences && {
    count: occurrences.length,
    locations: [...occurrences.slice(0, SHOWN_LOCATIONS).map(where), ...(occurrences.length > SHOWN_LOCATIONS ? ['…'] : [])],
  };
  const tscope = { ...scope, vars, ...(group ? { group } : {}) };
  const { location, pointer } = locationOf(rule, tscope, item, input);
  const subject = rule.subject !== undefined ? render(rule.subject, tscope) : (pointer ?? (rule.each ? defaultSubject(item, index) : undefined) ?? rule.id);
  const finding: Finding = {
    ruleId: rule.id,
    severity: severityAt(rule, input.stage),
    title: rule.title,
    message: renderLocalized(rule.message, tscope),
    articles: [...rule.articles],
    location,
    // A group's first occurrence may move to another file: its identity is the app's rule and subject.
    fingerprint: fingerprint(rule.id, occurrences ? input.manifest.file : location.file, subject),
    subject,
    waived: false,
    remediation: renderLocalized(rule.remediation, tscope),
    app: input.manifest.file,
  };
  if (occurrences) {
    finding.occurrences = occurrences.length;
    if (occurrences.length > 1) finding.related = occurrences.slice(1, 1 + MAX_RELATED);
  }
  return { pointer, finding };
}

export const RULE_ERROR = 'policy/rule-error';
export const FACTS_MISSING = 'policy/facts-missing';

/** The facts a rule reads (`facts.sdks`, `facts.?android`), from its expressions' text. */
function factsRead(rule: CompiledRule): string[] {
  const sources = [rule.when, rule.each, rule.assert, ...Object.values(rule.vars)].map((x) => x?.source ?? '').join('\n');
  return [...new Set([...sources.matchAll(/\bfacts\s*\.\s*\??\s*([A-Za-z_]\w*)/g)].map((m) => m[1]!))];
}

/**
 * A rule whose facts are missing gives no verdict: one error at the input the detector failed
 * on (not a pass on an empty list), and its articles read "no evidence".
 */
function factsMissing(rule: CompiledRule, facts: string, at: Location, input: EvaluationInput): DetailedFinding {
  return {
    finding: {
      ruleId: FACTS_MISSING,
      severity: 'error',
      title: DIAGNOSTIC_TITLES[FACTS_MISSING]!,
      message: {
        en: `Rule ${rule.id} was not evaluated: the ${facts} facts it reads are missing, because their detector failed on ${at.file}.`,
        'zh-CN': `规则 ${rule.id} 未执行：其所需的 ${facts} 事实数据缺失，因为相应检测器在处理 ${at.file} 时失败。`,
      },
      articles: [...rule.articles],
      location: at,
      fingerprint: fingerprint(FACTS_MISSING, at.file, rule.id),
      subject: rule.id,
      waived: false,
      app: input.manifest.file,
    },
  };
}

function ruleError(rule: CompiledRule, e: unknown, input: EvaluationInput): DetailedFinding {
  const why = e instanceof RuleTimeoutError ? e.message : celMessage(e);
  const location: Location = { file: rule.file, line: rule.line, column: rule.column };
  return {
    finding: {
      ruleId: RULE_ERROR,
      severity: 'error',
      title: DIAGNOSTIC_TITLES[RULE_ERROR]!,
      message: {
        en: `Rule ${rule.id} could not be evaluated: ${why}. Its check did not run for this app; fix the rule (or report it to the pack's maintainers).`,
        'zh-CN': `规则 ${rule.id} 执行失败：${why}。该项检查未对本应用生效，请修正规则（或报告给策略包维护者）。`,
      },
      articles: [...rule.articles],
      location,
      fingerprint: fingerprint(RULE_ERROR, rule.file, rule.id),
      subject: rule.id,
      waived: false,
      app: input.manifest.file,
    },
  };
}
