// Runs the built CLI in a fresh child process and measures its wall time and its own peak
// resident memory (the preload peak-rss.mjs reports VmHWM at exit; see there why not maxRSS).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PRELOAD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'peak-rss.mjs');

/**
 * `node --import peak-rss.mjs <cli> ...args`: { ms, peakMB (null if the process died before its
 * exit handler ran), status, signal, stderr }. stdout is discarded (it can be large).
 */
export function runPeak(cli, args, { timeoutMs = 60_000, env = {}, cwd } = {}) {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mp-peak-')), 'peak.json');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', PRELOAD, cli, ...args], {
    cwd, timeout: timeoutMs, killSignal: 'SIGKILL', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 16 * 2 ** 20,
    env: { PATH: process.env.PATH, MOBILE_POLICY_NOW: '2026-12-06', ...env, PEAK_RSS_FILE: out },
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  let peakMB = null;
  try {
    peakMB = JSON.parse(fs.readFileSync(out, 'utf8')).peakKB / 1024;
  } catch { /* killed or aborted before exit: no figure */ }
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  return { ms, peakMB, status: r.status, signal: r.signal, stderr: String(r.stderr ?? '').slice(-2000) };
}
