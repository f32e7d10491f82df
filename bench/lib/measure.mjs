// Runs a command as a child process and measures wall time and peak resident memory.
// Peak memory comes from GNU time (`/usr/bin/time -f %M`: the largest max-RSS of the child and
// any of its descendants) with user+sys CPU time; without it (`apt-get install -y time`)
// both are reported as n/a. CPU time is the steadier number when the machine is shared.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const GNU_TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

export function measure(cmd, args, { cwd, env, input } = {}) {
  const tf = path.join(os.tmpdir(), `bench-time-${process.pid}.txt`);
  const argv = GNU_TIME ? [GNU_TIME, ['-f', '%M %U %S', '-o', tf, cmd, ...args]] : [cmd, args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv[1], { cwd, env: { ...process.env, ...env }, input, maxBuffer: 2 ** 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  let rssKB = null;
  let cpuMs = null;
  if (GNU_TIME) {
    const lines = fs.readFileSync(tf, 'utf8').trim().split('\n');
    const [m, u, sys] = lines[lines.length - 1].split(' ').map(Number); // an "exited with non-zero status" line may come first
    rssKB = m;
    cpuMs = (u + sys) * 1000;
    fs.rmSync(tf, { force: true });
  }
  return { ms, cpuMs, rssMB: rssKB === null ? null : rssKB / 1024, code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

/** Runs `runs` times and returns the median wall time and median peak RSS (and the last result). */
export function repeat(runs, cmd, args, opts) {
  return summarize(Array.from({ length: runs }, () => measure(cmd, args, opts)));
}

/**
 * Runs the commands in turn for `runs` rounds (A B A B …), so that a machine whose speed drifts
 * (a shared virtual machine does, by 10–20 % within an hour) slows each of them alike. Returns
 * each command's summary and, per round, the first command's time over the last's.
 */
export function repeatInterleaved(runs, commands) {
  const all = commands.map(() => []);
  for (let i = 0; i < runs; i++) commands.forEach(([cmd, args, opts], k) => all[k].push(measure(cmd, args, opts)));
  return { summaries: all.map(summarize), ratios: all[0].map((x, i) => x.ms / all.at(-1)[i].ms) };
}

function summarize(all) {
  const runs = all.length;
  const rss = all.map((x) => x.rssMB).filter((x) => x !== null);
  const cpu = all.map((x) => x.cpuMs).filter((x) => x !== null);
  return { ms: median(all.map((x) => x.ms)), min: Math.min(...all.map((x) => x.ms)), cpuMs: cpu.length ? median(cpu) : null,
    rssMB: rss.length ? median(rss) : null, last: all[all.length - 1], runs };
}

/** A Markdown table; columns whose cells all look numeric are right-aligned. */
export function table(headers, rows) {
  const cells = [headers, ...rows].map((r) => r.map((c) => String(c ?? '').replaceAll('|', '\\|')));
  const width = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const right = headers.map((_, i) => cells.slice(1).every((r) => r[i] === '' || /^[\d.,]+( (ms|s|MB|×|%))?$|^n\/a$/.test(r[i])));
  const line = (r) => `| ${r.map((c, i) => (right[i] ? c.padStart(width[i]) : c.padEnd(width[i]))).join(' | ')} |`;
  return [line(cells[0]), `| ${width.map((w, i) => (right[i] ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`, ...cells.slice(1).map(line)].join('\n');
}

/** Which build was measured: git HEAD (+ "dirty") and the hash of dist/cli.js. */
export function buildId(root) {
  let head = 'no git';
  try {
    head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root }).toString().trim();
    if (execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: root }).toString().trim()) head += ' + uncommitted src changes';
  } catch { /* not a checkout */ }
  // The CLI is split into chunks (dist/cli-*.js) next to cli.js: all of them make the build.
  const hash = createHash('sha256');
  for (const f of fs.readdirSync(path.join(root, 'dist')).filter((f) => /^cli(-.*)?\.js$/.test(f)).sort()) hash.update(fs.readFileSync(path.join(root, 'dist', f)));
  return `${head}; dist/cli*.js sha256 ${hash.digest('hex').slice(0, 12)}`;
}

export function machine() {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
}

/** 1-, 5- and 15-minute load averages: other work on the machine inflates wall times. */
export const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' / ');

export const fmtMs = (ms) => ms === null ? 'n/a' : (ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
export const fmtMB = (mb) => (mb === null ? 'n/a' : `${Math.round(mb)} MB`);
