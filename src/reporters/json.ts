// The stable JSON contract of `check --format json` (architecture outline). Extra fields are
// additive; existing ones never change meaning.
import type { Report } from '../core/report.js';
import type { Finding } from '../core/types.js';
import { ITEMS, jsonChunks } from './json-chunks.js';
import type { Reporter, ReporterOptions } from './types.js';

export const jsonReporter: Reporter = (report, options) => [...jsonReportChunks(report, options)].join('');

/** The JSON report in chunks, one per finding (src/cli writes them as they come). */
export function jsonReportChunks(report: Report, { lang }: ReporterOptions): Generator<string> {
  const out = {
    tool: report.tool,
    stage: report.stage,
    now: report.now,
    lang,
    packs: report.packs,
    apps: report.apps.map((a) => ({ manifest: a.manifest, app: a.app, ...(a.scope ? { scope: a.scope } : {}) })),
    summary: report.summary,
    ...(report.timedOut ? { timedOut: report.timedOut } : {}),
    findings: ITEMS,
  };
  return jsonChunks(out, findingsOf(report, lang));
}

function* findingsOf(report: Report, lang: ReporterOptions['lang']): Generator<object> {
  for (const a of report.apps) for (const f of a.findings) yield jsonFinding(f, lang);
}

function jsonFinding(f: Finding, lang: ReporterOptions['lang']): object {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    title: f.title[lang],
    message: f.message[lang],
    articles: f.articles,
    location: f.location,
    fingerprint: f.fingerprint,
    subject: f.subject,
    app: f.app,
    waived: f.waived,
    ...(f.occurrences !== undefined ? { occurrences: f.occurrences } : {}),
    ...(f.related?.length ? { related: f.related } : {}),
    ...(f.omitted !== undefined ? { omitted: f.omitted } : {}),
    ...(f.new !== undefined ? { new: f.new } : {}),
    ...(f.waiver ? { waiver: f.waiver } : {}),
    ...(f.remediation ? { remediation: f.remediation[lang] } : {}),
  };
}
