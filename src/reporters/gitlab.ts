// GitLab Code Quality report (`artifacts:reports:codequality`), so findings show in the merge
// request widget: a JSON array of issues with the fields GitLab documents
// (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format):
// description, check_name, fingerprint, severity, location.path, location.lines.begin.
// GitLab has no suppressions: waived findings are left out (the text and JSON reports keep them).
import { createHash } from 'node:crypto';
import { articlesLabel } from '../core/messages.js';
import type { Finding, Lang, Severity } from '../core/types.js';
import type { Reporter } from './types.js';

/** GitLab's scale is info, minor, major, critical, blocker; an error fails the gate, so it ranks high. */
const GITLAB_SEVERITY: Record<Severity, 'critical' | 'major' | 'info'> = { error: 'critical', warning: 'major', note: 'info' };

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number } };
}

export const gitlabReporter: Reporter = (report, { lang }) => {
  const seen = new Map<string, number>();
  const issues: CodeQualityIssue[] = [];
  for (const app of report.apps) {
    for (const f of app.findings) {
      if (f.waived) continue;
      issues.push(issue(f, app.manifest, lang, seen));
    }
  }
  return JSON.stringify(issues, null, 2) + '\n';
};

function issue(f: Finding, manifest: string, lang: Lang, seen: Map<string, number>): CodeQualityIssue {
  const articles = articlesLabel(lang, f.articles);
  const message = (f.message[lang] || f.message.en).replace(/\s*\n\s*/g, ' ');
  return {
    description: articles ? `${message} [${f.ruleId}, ${articles}]` : `${message} [${f.ruleId}]`,
    check_name: f.ruleId,
    fingerprint: uniqueFingerprint(f, seen),
    severity: GITLAB_SEVERITY[f.severity],
    // A finding without a file (no manifest found) points at where the manifest belongs.
    location: { path: toPosix(f.location.file || manifest || 'mobile-app.yaml'), lines: { begin: Math.max(1, f.location.line ?? 1) } },
  };
}

/**
 * GitLab shows one issue per fingerprint and compares them between the source and target
 * branches: derived from the finding's own fingerprint (rule, file, subject; never line
 * numbers), so it is the same on every run. Two findings with the same one (one rule raised
 * twice on the same subject) are told apart by their order.
 */
function uniqueFingerprint(f: Finding, seen: Map<string, number>): string {
  const base = `mobile-policy\u0000${f.app ?? ''}\u0000${f.ruleId}\u0000${f.fingerprint}`;
  const n = seen.get(base) ?? 0;
  seen.set(base, n + 1);
  return createHash('sha256').update(n ? `${base}\u0000${n}` : base).digest('hex').slice(0, 32);
}

function toPosix(file: string): string {
  return file.replace(/\\/g, '/').replace(/^\.\//, '');
}
