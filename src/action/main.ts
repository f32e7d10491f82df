// The GitHub Action: turn inputs into a validated config, run the shared engine, and report
// through annotations, the job summary and outputs. GitHub side effects stay in this folder.
import fs from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { loadPacks, runCheck } from '../check.js';
import { ConfigurationError } from '../core/errors.js';
import { langFromEnv, t } from '../core/messages.js';
import { allFindings, failing, type FailOn, type Report } from '../core/report.js';
import { LANGS, STAGES, type Finding, type Lang, type Stage } from '../core/types.js';
import { jsonReporter } from '../reporters/json.js';
import { renderMarkdown } from '../reporters/markdown.js';

export interface ActionConfig {
  path: string;
  manifest?: string;
  policies: string[];
  stage: Stage;
  failOn: FailOn;
  lang: Lang;
}

/** GitHub drops annotations beyond 10 per level per step. */
export const ANNOTATIONS_PER_LEVEL = 10;
/** The job summary is dropped whole above 1 MiB; stay well below. */
const SUMMARY_MAX_FINDINGS = 500;

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const v = core.getInput(name).trim();
  if (!v) return fallback;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new ConfigurationError(`input "${name}" must be one of ${allowed.join(', ')}; got "${v}"`);
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ActionConfig {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  return {
    path: path.resolve(workspace, core.getInput('path') || '.'),
    manifest: core.getInput('manifest') || undefined,
    policies: core.getInput('policy').split(/[\n,]/).map((s) => s.trim()).filter(Boolean),
    stage: choice('stage', STAGES, 'pr'),
    failOn: choice<FailOn>('fail-on', ['error', 'warning', 'note', 'never'], 'error'),
    lang: choice('lang', LANGS, langFromEnv(env)),
  };
}

export async function run(): Promise<void> {
  let report: Report | undefined;
  let config: ActionConfig | undefined;
  try {
    config = readConfig();
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const packs = loadPacks(config.policies, workspace);
    report = runCheck({
      dir: config.path,
      manifest: config.manifest ? path.resolve(config.path, config.manifest) : undefined,
      stage: config.stage,
    }, packs);

    const findings = allFindings(report);
    const reportFile = writeJsonReport(report, config.lang);
    annotate(findings, path.relative(workspace, config.path));
    core.setOutput('errors', report.summary.error);
    core.setOutput('warnings', report.summary.warning);
    core.setOutput('notes', report.summary.note);
    core.setOutput('report', reportFile);

    const failed = failing(findings, config.failOn);
    const verdict = t(config.lang, failed.length ? 'gate.failed' : 'gate.passed', { count: failed.length, failOn: config.failOn });
    if (failed.length) core.setFailed(verdict);
    else core.info(verdict);
  } catch (e) {
    const message = e instanceof ConfigurationError ? e.message : `internal error: ${(e as Error)?.message ?? e}`;
    core.setFailed(`mobile-policy: ${message}`);
  } finally {
    // The summary is written whatever happened above, so findings are never lost.
    if (report && config) await writeSummary(report, config.lang);
  }
}

function writeJsonReport(report: Report, lang: Lang): string {
  const dir = process.env.RUNNER_TEMP || fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'mobile-policy-'));
  const file = path.join(dir, 'mobile-policy-report.json');
  fs.writeFileSync(file, jsonReporter(report, { lang }));
  return file;
}

/** Workflow-command annotations, most severe first, within GitHub's per-level limit. */
export function annotate(findings: readonly Finding[], prefix: string): void {
  const counts = { error: 0, warning: 0, note: 0 };
  for (const f of findings) {
    if (f.waived) continue;
    if (counts[f.severity]++ >= ANNOTATIONS_PER_LEVEL) continue;
    const file = prefix ? path.posix.join(prefix.split(path.sep).join('/'), f.location.file) : f.location.file;
    const props: core.AnnotationProperties = {
      title: `${f.ruleId} [${f.articles.map((a) => `art. ${a}`).join(', ')}]`,
      file,
      ...(f.location.line ? { startLine: f.location.line } : {}),
      ...(f.location.column ? { startColumn: f.location.column } : {}),
    };
    const text = f.message.en === f.message['zh-CN'] ? f.message.en : `${f.message.en}\n${f.message['zh-CN']}`;
    if (f.severity === 'error') core.error(text, props);
    else if (f.severity === 'warning') core.warning(text, props);
    else core.notice(text, props);
  }
}

async function writeSummary(report: Report, lang: Lang): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(renderMarkdown(report, { lang, maxFindings: SUMMARY_MAX_FINDINGS })).write();
  } catch (e) {
    core.warning(`mobile-policy: could not write the job summary: ${(e as Error).message}`);
  }
}
