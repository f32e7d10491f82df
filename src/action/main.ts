// The GitHub Action: inputs → trusted policy → evaluate head (and base) → report at the edge:
// annotations, job summary (always, in `finally`), outputs, JSON/SARIF files, sticky comment,
// check run. GitHub side effects stay in src/action and src/github; Octokit is built here.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { resolveNow, runCheck } from '../check.js';
import { checkFocus, focusPacks, focusReport } from '../cli/focus.js';
import { ConfigurationError } from '../core/errors.js';
import { t } from '../core/messages.js';
import { allFindings, failing, type Report } from '../core/report.js';
import type { Finding, Lang } from '../core/types.js';
import { createGitHubClient, type GitHubClient, type GitHubClientOptions } from '../github/client.js';
import { findPullByHead, getPull } from '../github/pulls.js';
import { downloadTree } from '../github/tarball.js';
import { COMMENT_MARKER, keyMarker } from '../github/comments.js';
import type { LoadedPack } from '../engine/index.js';
import { sarifReporter } from '../reporters/sarif.js';
import { emitAnnotation, selectAnnotations } from './annotations.js';
import { changedFiles, materializeBase, type Comparison } from './base.js';
import type { ChangeSet } from './changes.js';
import { readEventContext, type EventContext } from './context.js';
import { readConfig, type ActionConfig } from './inputs.js';
import { inventoryChanges } from './inventory.js';
import { actionsLogger, type Logger } from './logger.js';
import { m } from './messages.js';
import { newFingerprints } from '../core/baseline.js';
import { jsonWithEdge } from './json-report.js';
import { checkAnnotations, failureNotice, postCheckRun, postComment } from './publish.js';
import { appLabel, renderComment, renderSummary, type EdgeResult } from './summary.js';
import { applyTrustedWaivers, loadTrustedPacks, readOrgWaivers } from './trusted.js';
import { writeDisclosures } from './disclose.js';
import { collectEvidence } from '../reporters/evidence.js';
import { renderEvidenceHtml } from '../reporters/html.js';

export interface RunDeps {
  env: NodeJS.ProcessEnv;
  log: Logger;
  createClient: (opts: GitHubClientOptions) => GitHubClient;
}

export async function run(deps: Partial<RunDeps> = {}): Promise<void> {
  const env = deps.env ?? process.env;
  const log = deps.log ?? actionsLogger;
  const makeClient = deps.createClient ?? createGitHubClient;
  let result: EdgeResult | undefined;
  let lang: Lang = 'en';
  try {
    const config = readConfig(env);
    lang = config.lang;
    const ctx = readEventContext(env);
    const octokit = config.token ? makeClient(clientOptions(config.token, env, log)) : undefined;
    const notices: string[] = [];
    const tmp = fs.mkdtempSync(path.join(env.RUNNER_TEMP || os.tmpdir(), 'mobile-policy-'));
    const prefix = path.relative(config.workspace, config.path).split(path.sep).join('/');
    const access = { workspace: config.workspace, owner: ctx.owner, repo: ctx.repo, octokit };

    if (ctx.workflowRun && !ctx.pr && octokit) await resolveWorkflowRunPull(octokit, ctx, notices, lang);
    const stage = config.stage ?? ctx.stage ?? 'pr';
    const cmp: Comparison | undefined = ctx.pr
      ? { baseSha: ctx.pr.baseSha, headSha: ctx.pr.headSha, prNumber: ctx.pr.number }
      : ctx.compare;

    // Trusted sources first: the policy repository, the base commit.
    let policyDir: string | undefined;
    if (config.policyRepo) {
      if (!octokit) throw new ConfigurationError('"policy-repo" needs a token ("github-token") to download the policy repository');
      policyDir = path.join(tmp, 'policy');
      fs.mkdirSync(policyDir);
      const { owner, repo } = config.policyRepo;
      try {
        await downloadTree(octokit, owner, repo, config.policyRef!, policyDir);
      } catch (e) {
        throw new ConfigurationError(`could not download the policy repository ${owner}/${repo}@${config.policyRef}: ${(e as Error).message}`);
      }
    }
    let baseRepoRoot: string | undefined;
    if (cmp?.baseSha) {
      try {
        baseRepoRoot = path.join(tmp, 'base');
        // The scanned folder, plus pack folders named by path (they must come from the base too).
        const packPaths = config.policyRepo ? [] : config.policies.map((p) => path.posix.normalize(p.replace(/\\/g, '/'))).filter((p) => !p.startsWith('..') && !p.startsWith('/'));
        const how = await materializeBase(access, cmp, baseRepoRoot, prefix ? [prefix, ...packPaths] : []);
        log.info(`mobile-policy: base ${cmp.baseSha.slice(0, 12)} read from ${how}`);
      } catch (e) {
        baseRepoRoot = undefined;
        notices.push(failureNotice(lang, 'what.base', 'contents: read', e));
      }
    }
    const baseRoot = baseRepoRoot ? path.join(baseRepoRoot, prefix) : undefined;
    const inPr = Boolean(cmp);
    const trustedDir = policyDir ?? (inPr ? baseRepoRoot : config.workspace);
    const loaded = loadTrustedPacks(config.policies, trustedDir, inPr ? 'the base commit could not be read' : 'no trusted folder is available');
    checkFocus(config.focus, loaded);
    const packs = focusPacks(loaded, config.focus);
    const org = readOrgWaivers(policyDir);
    const now = resolveNow(env);

    // Head: evaluated without its own waivers when it is a pull request.
    const manifestFor = (root: string) => (config.manifest ? path.resolve(root, config.manifest) : undefined);
    const raw = runCheck({ dir: config.path, manifest: manifestFor(config.path), stage, now, noWaivers: inPr }, packs);
    const trusted = applyTrustedWaivers({ report: raw, headRoot: config.path, baseRoot: inPr ? baseRoot : undefined, untrusted: inPr && !baseRoot, org, packs, now });
    const report = focusReport(trusted.report, config.focus).report;
    if (inPr && !baseRoot && raw.apps.some((a) => a.manifest)) notices.push(m(lang, 'notice.untrustedwaivers'));

    // Base: the same trusted packs and waivers, for new-versus-existing.
    let fresh: Set<Finding> | undefined;
    let baseReport: Report | undefined;
    if (baseRoot) {
      try {
        baseReport = evaluateBase(baseRoot, config, stage, now, packs, org);
        fresh = newFingerprints(allFindings(report), baseReport ? allFindings(baseReport) : []);
      } catch (e) {
        notices.push(m(lang, 'notice.api', { what: m(lang, 'what.base'), error: (e as Error).message }));
      }
    }
    let changes: ChangeSet | undefined;
    if (cmp) {
      try {
        changes = await changedFiles(access, cmp);
      } catch (e) {
        notices.push(failureNotice(lang, 'what.changes', 'pull-requests: read', e));
      }
    }
    const inventory = baseRoot ? inventoryChanges(report, config.path, baseRoot, log) : [];

    const all = allFindings(report);
    const gated = config.onlyNew && fresh ? all.filter((f) => fresh!.has(f)) : all;
    const failed = failing(gated, config.failOn);
    result = { report, fresh, inventory, pending: trusted.pending, notices, failOn: config.failOn, onlyNew: config.onlyNew, failed: failed.length };

    // Files and outputs.
    const reportFile = path.join(env.RUNNER_TEMP || tmp, 'mobile-policy-report.json');
    fs.writeFileSync(reportFile, jsonWithEdge(report, lang, { ctx, fresh, pending: trusted.pending, notices }));
    core.setOutput('errors', report.summary.error);
    core.setOutput('warnings', report.summary.warning);
    core.setOutput('notes', report.summary.note);
    core.setOutput('new-findings', (fresh ? all.filter((f) => !f.waived && fresh!.has(f)) : all.filter((f) => !f.waived)).length);
    core.setOutput('report', reportFile);
    if (config.sarif) {
      fs.mkdirSync(path.dirname(config.sarif), { recursive: true });
      fs.writeFileSync(config.sarif, sarifReporter(report, { lang, uriPrefix: prefix }));
      core.setOutput('sarif', config.sarif);
    } else core.setOutput('sarif', '');
    if (config.disclose) {
      const dir = path.join(env.RUNNER_TEMP || tmp, 'mobile-policy-disclosure');
      writeDisclosures(report, config.path, dir, lang);
      // The release evidence report travels with the documents: one artifact for the release.
      fs.writeFileSync(path.join(dir, 'release-evidence.html'), renderEvidenceHtml(collectEvidence(report, env, packs), lang));
      core.setOutput('disclosure-dir', dir);
    } else core.setOutput('disclosure-dir', '');

    // Annotations: changed lines and new findings first, within GitHub's limits.
    const picked = selectAnnotations(all, prefix, changes, fresh);
    for (const a of picked) emitAnnotation(a.finding, a.file, lang, fresh);
    const unwaived = all.filter((f) => !f.waived).length;
    if (picked.length < unwaived) notices.push(m(lang, 'notice.annotations', { shown: picked.length, total: unwaived }));

    // Comment and check run: best effort.
    const key = `${prefix || '.'}|${config.manifest ?? ''}`;
    if (config.comment && ctx.pr) {
      if (!octokit) notices.push(m(lang, 'notice.permission', { what: m(lang, 'what.comment'), permission: 'pull-requests: write' }));
      else if (ctx.pr.fork && ctx.eventName === 'pull_request') notices.push(m(lang, 'notice.permission', { what: m(lang, 'what.comment'), permission: 'pull-requests: write' }));
      else {
        const body = renderComment(result, lang, `${COMMENT_MARKER}\n${keyMarker(key)}`);
        const out = await postComment(octokit, ctx.owner, ctx.repo, ctx.pr.number, key, body, lang);
        if (out.notice) notices.push(out.notice);
        else log.info(`mobile-policy: pull request comment ${out.result!.action}`);
      }
    }
    if (config.checkRun && octokit && ctx.sha) {
      if (ctx.pr?.fork && ctx.eventName === 'pull_request') notices.push(m(lang, 'notice.permission', { what: m(lang, 'what.checkrun'), permission: 'checks: write' }));
      else {
        const text = renderComment(result, lang, '');
        const out = await postCheckRun(octokit, ctx.owner, ctx.repo, {
          name: prefix && prefix !== '.' ? `mobile-policy (${prefix})` : 'mobile-policy',
          headSha: ctx.sha,
          conclusion: failed.length ? 'failure' : 'success',
          title: m(lang, 'checkrun.title', { errors: report.summary.error, warnings: report.summary.warning, notes: report.summary.note, new: fresh ? [...fresh].filter((f) => !f.waived).length : unwaived }),
          summary: m(lang, failed.length ? 'verdict.failed' : 'verdict.passed', { count: failed.length, failOn: config.failOn, scope: config.onlyNew ? m(lang, 'verdict.scope.new') : '' }),
          text,
          annotations: checkAnnotations(all, prefix, lang, changes, fresh),
        }, lang);
        if (out.notice) notices.push(out.notice);
      }
    }
    // One warning for all of the edge's notices: annotations are counted per level and per step.
    if (notices.length) log.warning(notices.join('\n'));

    const verdict = t(lang, failed.length ? 'gate.failed' : 'gate.passed', { count: failed.length, failOn: config.failOn });
    if (failed.length) core.setFailed(verdict);
    else log.info(verdict);
    log.debug(`mobile-policy: ${appLabel(report)} evaluated`);
  } catch (e) {
    const message = e instanceof ConfigurationError ? e.message : `internal error: ${(e as Error)?.stack ?? e}`;
    core.setFailed(`mobile-policy: ${message}`);
  } finally {
    // The summary is written whatever happened above, so findings are never lost.
    if (result && env.GITHUB_STEP_SUMMARY) {
      try {
        fs.appendFileSync(env.GITHUB_STEP_SUMMARY, renderSummary(result, lang) + '\n');
      } catch (e) {
        log.warning(`mobile-policy: could not write the job summary: ${(e as Error).message}`);
      }
    }
  }
}

function clientOptions(token: string, env: NodeJS.ProcessEnv, log: Logger): GitHubClientOptions {
  const unit = Number(env.MOBILE_POLICY_API_RETRY_UNIT_MS);
  const timeout = Number(env.MOBILE_POLICY_API_TIMEOUT_MS);
  return {
    token,
    baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
    log: (msg) => log.info(`mobile-policy: ${msg}`),
    ...(unit > 0 ? { retryUnitMs: unit, throttle: false } : {}),
    ...(timeout > 0 ? { timeoutMs: timeout } : {}),
  };
}

async function resolveWorkflowRunPull(octokit: GitHubClient, ctx: EventContext, notices: string[], lang: Lang): Promise<void> {
  const run = ctx.workflowRun!;
  try {
    const info = run.prNumbers[0] ? await getPull(octokit, ctx.owner, ctx.repo, run.prNumbers[0]) : await findPullByHead(octokit, ctx.owner, ctx.repo, run.headSha);
    // Only trust a pull request whose head is the commit that ran.
    if (info && info.headSha === run.headSha) ctx.pr = { number: info.number, baseSha: info.baseSha, headSha: info.headSha, fork: info.fork };
  } catch (e) {
    notices.push(failureNotice(lang, 'what.pr', 'pull-requests: read', e));
  }
}

function evaluateBase(baseRoot: string, config: ActionConfig, stage: Report['stage'], now: Date, packs: LoadedPack[], org: ReturnType<typeof readOrgWaivers>): Report | undefined {
  if (!fs.existsSync(baseRoot)) return undefined;
  const manifest = config.manifest ? path.resolve(baseRoot, config.manifest) : undefined;
  if (manifest && !fs.existsSync(manifest)) return undefined;
  // The base's own manifest waivers are trusted (it is the base); a base without an app has no findings.
  const raw = runCheck({ dir: baseRoot, manifest, stage, now, noWaivers: true }, packs);
  return focusReport(applyTrustedWaivers({ report: raw, headRoot: baseRoot, org, packs, now }).report, config.focus).report;
}

