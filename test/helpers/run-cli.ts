// Runs the CLI in-process from the repository root, with the date pinned, capturing its output.
import path from 'node:path';
import { main } from '../../src/cli/main.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export async function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const r = { code: 0, stdout: '', stderr: '' };
  r.code = await main(args, {
    out: (s) => { r.stdout += s; }, err: (s) => { r.stderr += s; }, isTTY: false, env: { MOBILE_POLICY_NOW: '2026-11-28' }, cwd: ROOT,
  });
  return r;
}
