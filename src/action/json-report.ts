// The JSON report the Action writes (output `report`).
import { allFindings, type Report } from '../core/report.js';
import type { Finding, Lang } from '../core/types.js';
import { jsonReporter } from '../reporters/json.js';
import type { EventContext } from './context.js';

/** The `check --format json` contract, plus an additive `github` object with what the edge knows. */
export function jsonWithEdge(report: Report, lang: Lang, edge: { ctx: EventContext; fresh?: Set<Finding>; pending: unknown[]; notices: string[] }): string {
  const doc = JSON.parse(jsonReporter(report, { lang })) as { findings: { fingerprint: string; new?: boolean }[] } & Record<string, unknown>;
  const all = allFindings(report);
  doc.findings.forEach((f, i) => { f.new = edge.fresh ? edge.fresh.has(all[i]!) : true; });
  doc.github = {
    event: edge.ctx.eventName,
    sha: edge.ctx.sha,
    ...(edge.ctx.pr ? { pullRequest: edge.ctx.pr.number, base: edge.ctx.pr.baseSha } : {}),
    baseEvaluated: Boolean(edge.fresh),
    pendingWaivers: edge.pending,
    notices: edge.notices,
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
