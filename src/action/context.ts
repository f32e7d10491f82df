// What the triggering event says: which repository, which commit, which pull request, which stage.
import fs from 'node:fs';
import { ConfigurationError } from '../core/errors.js';
import { STAGES, type Stage } from '../core/types.js';
import { readNamedText } from '../repo/confined.js';

/** GitHub caps webhook payloads at 25 MB. */
export const MAX_EVENT_FILE_BYTES = 32 * 1024 * 1024;

export interface PullRequestRef {
  number: number;
  baseSha: string;
  headSha: string;
  baseRef?: string;
  /** Head in another repository: the token is read-only there. */
  fork: boolean;
}

export interface EventContext {
  eventName: string;
  owner: string;
  repo: string;
  /** The commit the results are about (a pull request's head, not its merge commit). */
  sha: string;
  ref: string;
  pr?: PullRequestRef;
  /** Base and head for a comparison without a pull request (merge queue). */
  compare?: { baseSha: string; headSha: string };
  /** Stage the event implies, when it implies one. */
  stage?: Stage;
  /** workflow_run: the run's head commit, whose pull request is looked up through the API. */
  workflowRun?: { headSha: string; headBranch?: string; headOwner?: string; prNumbers: number[] };
  payload: Record<string, unknown>;
}

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function readEventContext(env: NodeJS.ProcessEnv = process.env): EventContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  let payload: Obj = {};
  if (env.GITHUB_EVENT_PATH && fs.existsSync(env.GITHUB_EVENT_PATH)) {
    // A regular file under the cap: a FIFO or device there would hang the job or never end.
    const text = readNamedText(env.GITHUB_EVENT_PATH, MAX_EVENT_FILE_BYTES, `the event file GITHUB_EVENT_PATH=${env.GITHUB_EVENT_PATH}`);
    try {
      payload = JSON.parse(text) as Obj;
    } catch {
      payload = {};
    }
  }
  const ref = env.GITHUB_REF ?? '';
  const ctx: EventContext = { eventName, owner, repo, sha: env.GITHUB_SHA ?? '', ref, payload, stage: stageFromEvent(eventName, ref, payload) };
  const pr = payload.pull_request as Obj | undefined;
  if ((eventName === 'pull_request' || eventName === 'pull_request_target') && pr) {
    ctx.pr = {
      number: Number(pr.number ?? payload.number),
      baseSha: String(pr.base?.sha ?? ''),
      headSha: String(pr.head?.sha ?? ''),
      baseRef: pr.base?.ref,
      fork: Boolean(pr.head?.repo?.full_name && pr.base?.repo?.full_name && pr.head.repo.full_name !== pr.base.repo.full_name),
    };
    ctx.sha = ctx.pr.headSha || ctx.sha;
  } else if (eventName === 'merge_group' && payload.merge_group) {
    const mg = payload.merge_group as Obj;
    ctx.compare = { baseSha: String(mg.base_sha ?? ''), headSha: String(mg.head_sha ?? '') };
    ctx.sha = ctx.compare.headSha || ctx.sha;
  } else if (eventName === 'workflow_run' && payload.workflow_run) {
    const run = payload.workflow_run as Obj;
    ctx.workflowRun = {
      headSha: String(run.head_sha ?? ''),
      headBranch: run.head_branch,
      headOwner: run.head_repository?.owner?.login,
      prNumbers: Array.isArray(run.pull_requests) ? run.pull_requests.map((p: Obj) => Number(p.number)).filter(Boolean) : [],
    };
    ctx.sha = ctx.workflowRun.headSha || ctx.sha;
  }
  return ctx;
}

/** pr for pull requests and merge queues; release for releases, tag pushes and a dispatch asking for it. */
export function stageFromEvent(eventName: string, ref: string, payload: Obj): Stage | undefined {
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target':
    case 'merge_group':
      return 'pr';
    case 'workflow_run':
      return payload.workflow_run?.event === 'pull_request' || payload.workflow_run?.event === 'pull_request_target' ? 'pr' : undefined;
    case 'release':
      return 'release';
    case 'push':
      return ref.startsWith('refs/tags/') ? 'release' : undefined;
    case 'workflow_dispatch': {
      const asked = payload.inputs?.stage;
      if (asked === undefined || asked === '') return undefined;
      if (!(STAGES as readonly string[]).includes(asked)) throw new ConfigurationError(`workflow_dispatch input "stage" must be one of ${STAGES.join(', ')}; got "${asked}"`);
      return asked as Stage;
    }
    default:
      return undefined;
  }
}
