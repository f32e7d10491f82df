// The stable JSON contract of `check --format json` (architecture outline). Extra fields are
// additive; existing ones never change meaning.
import type { Reporter } from './types.js';

export const jsonReporter: Reporter = (report, { lang }) => {
  const out = {
    tool: report.tool,
    stage: report.stage,
    now: report.now,
    lang,
    packs: report.packs,
    apps: report.apps.map((a) => ({ manifest: a.manifest, app: a.app, ...(a.scope ? { scope: a.scope } : {}) })),
    summary: report.summary,
    ...(report.timedOut ? { timedOut: report.timedOut } : {}),
    findings: report.apps.flatMap((a) =>
      a.findings.map((f) => ({
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
      })),
    ),
  };
  return JSON.stringify(out, null, 2) + '\n';
};
