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
 * exit handler ran), status, signal, stderr (its end), stderrBytes }. stdout is discarded (it can be large).
 */
export function runPeak(cli, args, { timeoutMs = 60_000, env = {}, cwd } = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-peak-'));
  const out = path.join(tmp, 'peak.json');
  // stderr to a file: a pipe with a buffer limit would kill a child that writes much (and that is worth seeing).
  const errFile = path.join(tmp, 'stderr.txt');
  const errFd = fs.openSync(errFile, 'w');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', PRELOAD, cli, ...args], {
    cwd, timeout: timeoutMs, killSignal: 'SIGKILL', stdio: ['ignore', 'ignore', errFd],
    env: { PATH: process.env.PATH, MOBILE_POLICY_NOW: '2026-12-06', ...env, PEAK_RSS_FILE: out },
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  fs.closeSync(errFd);
  let peakMB = null;
  try {
    peakMB = JSON.parse(fs.readFileSync(out, 'utf8')).peakKB / 1024;
  } catch { /* killed or aborted before exit: no figure */ }
  const stderrBytes = fs.statSync(errFile).size;
  const fd = fs.openSync(errFile, 'r');
  const tail = Buffer.alloc(Math.min(2000, stderrBytes));
  fs.readSync(fd, tail, 0, tail.length, stderrBytes - tail.length);
  fs.closeSync(fd);
  fs.rmSync(tmp, { recursive: true, force: true });
  return { ms, peakMB, status: r.status, signal: r.signal, stderr: tail.toString('utf8'), stderrBytes };
}
