// The Action's inputs, read once and validated into a typed config. Messages say what to type.
import path from 'node:path';
import * as core from '@actions/core';
import { ConfigurationError } from '../core/errors.js';
import { langFromEnv } from '../core/messages.js';
import type { FailOn } from '../core/report.js';
import { LANGS, STAGES, type Lang, type Stage } from '../core/types.js';

export interface ActionConfig {
  workspace: string;
  /** Absolute folder to check. */
  path: string;
  manifest?: string;
  policies: string[];
  /** Explicit stage; undefined = from the event. */
  stage?: Stage;
  failOn: FailOn;
  lang: Lang;
  token: string;
  comment: boolean;
  checkRun: boolean;
  /** Absolute path of the SARIF file to write, or undefined. */
  sarif?: string;
  onlyNew: boolean;
  /** Write the disclosure documents (docs/disclose.md) and set the `disclosure-dir` output. */
  disclose: boolean;
  /** `--rule` / `--skip-rule`: rule ids or globs to run only, or to leave out. */
  focus: { only: string[]; skip: string[] };
  policyRepo?: { owner: string; repo: string };
  policyRef?: string;
}

export type InputReader = (name: string) => string;
const actionsInput: InputReader = (name) => core.getInput(name);

function choice<T extends string>(read: InputReader, name: string, allowed: readonly T[], fallback: T): T {
  const v = read(name).trim();
  if (!v) return fallback;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new ConfigurationError(`input "${name}" must be one of ${allowed.join(', ')}; got "${v}"`);
}

function bool(read: InputReader, name: string, fallback: boolean): boolean {
  const v = read(name).trim().toLowerCase();
  if (!v) return fallback;
  if (['true', 'yes', '1', 'on'].includes(v)) return true;
  if (['false', 'no', '0', 'off'].includes(v)) return false;
  throw new ConfigurationError(`input "${name}" must be true or false; got "${v}"`);
}

const list = (v: string): string[] => v.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);

export function readConfig(env: NodeJS.ProcessEnv = process.env, read: InputReader = actionsInput): ActionConfig {
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const stageInput = read('stage').trim();
  const policyRepo = read('policy-repo').trim();
  const policyRef = read('policy-ref').trim();
  let repoRef: ActionConfig['policyRepo'];
  if (policyRepo) {
    const m = /^([\w.-]+)\/([\w.-]+)$/.exec(policyRepo);
    if (!m) throw new ConfigurationError(`input "policy-repo" must be OWNER/REPO; got "${policyRepo}"`);
    if (!policyRef) throw new ConfigurationError('input "policy-ref" is required with "policy-repo": pin the policy repository to a commit SHA or a tag');
    repoRef = { owner: m[1]!, repo: m[2]! };
  }
  const sarif = read('sarif').trim();
  const dir = path.resolve(workspace, read('path').trim() || '.');
  const rel = path.relative(workspace, dir);
  if (rel.startsWith('..') || path.isAbsolute(rel)) throw new ConfigurationError(`input "path" must be inside the workspace; got "${read('path')}"`);
  return {
    workspace,
    path: dir,
    manifest: read('manifest').trim() || undefined,
    policies: read('policy').split(/[\n,]/).map((s) => s.trim()).filter(Boolean),
    stage: stageInput ? choice(read, 'stage', STAGES, 'pr') : undefined,
    failOn: choice<FailOn>(read, 'fail-on', ['error', 'warning', 'note', 'never'], 'error'),
    lang: choice(read, 'lang', LANGS, langFromEnv(env)),
    token: read('github-token').trim(),
    comment: bool(read, 'comment', true),
    checkRun: bool(read, 'check-run', false),
    sarif: sarif ? path.resolve(workspace, sarif) : undefined,
    onlyNew: bool(read, 'only-new', false),
    disclose: bool(read, 'disclose', false),
    focus: { only: list(read('rule')), skip: list(read('skip-rule')) },
    ...(repoRef ? { policyRepo: repoRef, policyRef } : {}),
  };
}
