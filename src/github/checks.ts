// A check run with annotations, 50 per request (the API's limit): created with the first batch,
// then appended by updates.
import type { GitHubClient } from './client.js';

export const CHECK_ANNOTATIONS_PER_REQUEST = 50;

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

export interface CheckRunInput {
  name: string;
  headSha: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  text?: string;
  annotations: CheckAnnotation[];
}

export async function publishCheckRun(octokit: GitHubClient, owner: string, repo: string, run: CheckRunInput): Promise<{ id: number; requests: number }> {
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < run.annotations.length; i += CHECK_ANNOTATIONS_PER_REQUEST) batches.push(run.annotations.slice(i, i + CHECK_ANNOTATIONS_PER_REQUEST));
  const output = (annotations: CheckAnnotation[] | undefined) => ({ title: run.title, summary: run.summary, ...(run.text ? { text: run.text } : {}), ...(annotations ? { annotations } : {}) });
  const { data } = await octokit.rest.checks.create({
    owner, repo, name: run.name, head_sha: run.headSha, status: 'completed', conclusion: run.conclusion, output: output(batches[0]),
  });
  for (const batch of batches.slice(1)) {
    await octokit.rest.checks.update({ owner, repo, check_run_id: data.id, output: output(batch) });
  }
  return { id: data.id, requests: Math.max(1, batches.length) };
}
