// Hostile repositories for the security regression suite (issue 17), built at run time in a
// temporary folder: crafted `.git` folders, FIFOs, symlinks leaving the repository, and manifest
// values and file names that try to inject CI workflow commands, terminal escapes or Markdown.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const COMPLETE = path.join(ROOT, 'test', 'fixtures', 'manifests', 'complete.yaml');

/** Output formats of `check`, each a sink with its own encoding. */
export const FORMATS = ['text', 'json', 'sarif', 'junit', 'markdown', 'html'] as const;

export function tempDir(prefix: string): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `mp-sec-${prefix}-`)));
}

export function write(root: string, rel: string, content: string | Uint8Array): string {
  const abs = path.join(root, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, content);
  return abs;
}

export function mkfifo(abs: string): void {
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  execFileSync('mkfifo', [abs]);
}

/** A git index (version 2) listing `paths` as regular files: what a crafted `.git/index` holds. */
export function gitIndex(paths: readonly string[]): Buffer {
  const entries = [...paths].sort().map((p) => {
    const name = Buffer.from(p, 'utf8');
    const e = Buffer.alloc(Math.ceil((62 + name.length + 1) / 8) * 8);
    e.writeUInt32BE(0o100644, 24); // mode
    e.writeUInt16BE(Math.min(name.length, 0xfff), 60); // flags: name length
    name.copy(e, 62);
    return e;
  });
  const header = Buffer.alloc(12);
  header.write('DIRC', 0, 'ascii');
  header.writeUInt32BE(2, 4);
  header.writeUInt32BE(paths.length, 8);
  return Buffer.concat([header, ...entries, Buffer.alloc(20)]);
}

/** A deterministic PRNG (mulberry32): seeded cases that are the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** The child's own peak resident memory (VmHWM on Linux), in MB; null when it died before exiting normally. */
  peakMB: number | null;
  /** All it wrote to stderr (cliAsync keeps only the end of it in `stderr`). */
  stderrBytes: number;
}

/** Issues 16 and 17: no hostile input may take 10 s or 300 MB. */
export const LIMIT_MS = 10_000;
export const LIMIT_MB = 300;
/** Writes the process's peak memory at exit (bench/lib/peak-rss.mjs says why not maxRSS). */
const PEAK_PRELOAD = path.join(ROOT, 'bench', 'lib', 'peak-rss.mjs');

interface CliOptions { timeoutMs?: number; env?: NodeJS.ProcessEnv; cwd?: string }

/**
 * The command line of the built CLI as a child: with the peak-memory preload, and the heap capped
 * at 1 GB so that a blow-up aborts instead of eating the machine (the peak below that is measured).
 */
function cliSpawn(args: readonly string[], env: NodeJS.ProcessEnv) {
  const peakFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mp-peak-')), 'peak.json');
  return {
    argv: ['--max-old-space-size=1024', '--import', PEAK_PRELOAD, CLI, ...args],
    env: { PATH: process.env.PATH, MOBILE_POLICY_NOW: '2026-11-28', MOBILE_POLICY_THREADS: '1', ...env, PEAK_RSS_FILE: peakFile },
    peak(): number | null {
      try {
        return (JSON.parse(fs.readFileSync(peakFile, 'utf8')) as { peakKB: number }).peakKB / 1024;
      } catch {
        return null; // killed or aborted before its exit handler ran
      } finally {
        fs.rmSync(path.dirname(peakFile), { recursive: true, force: true });
      }
    },
  };
}

/**
 * Runs the built CLI in a child process, so that a hang is a timeout and a heap blow-up an abort
 * instead of a stuck test worker; measures its wall time and peak memory.
 */
export function cli(args: readonly string[], { timeoutMs = LIMIT_MS, env = {}, cwd = ROOT }: CliOptions = {}): Run {
  const c = cliSpawn(args, env);
  const start = Date.now();
  const r = spawnSync(process.execPath, c.argv, { cwd, encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024, env: c.env });
  return { status: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '', ms: Date.now() - start, peakMB: c.peak(), stderrBytes: Buffer.byteLength(r.stderr ?? '') };
}

/** As cli, without blocking the test worker (to run a few at a time); stdout is not kept. */
export function cliAsync(args: readonly string[], { timeoutMs = LIMIT_MS, env = {}, cwd = ROOT }: CliOptions = {}): Promise<Run> {
  const c = cliSpawn(args, env);
  const start = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, c.argv, { cwd, env: c.env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let stderrBytes = 0;
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr = (stderr + d).slice(-4000); stderrBytes += Buffer.byteLength(d); });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout: '', stderr, ms: Date.now() - start, peakMB: c.peak(), stderrBytes });
    });
  });
}

/** Finished on its own, in time and under the memory limit, with a verdict (0 or 1) rather than a crash. */
export function bounded(r: Run): boolean {
  return r.signal === null && (r.status === 0 || r.status === 1) && r.ms < LIMIT_MS && r.peakMB !== null && r.peakMB < LIMIT_MB;
}

export const INJECTED_NAME = 'a\n::error file=INJ.java,line=1::INJECTED\n.java';
export const APPROVER = [
  'Alice',
  '# Approved heading',
  '![x](https://evil.example/pixel.png)',
  '- [x] Approved by CISO',
  '<img src=x onerror=alert(1)> <script>alert(2)</script> <iframe src="https://evil.example/"></iframe>',
  '@security-team [click](javascript:alert(3)) https://evil.example/phish www.evil.example',
].join('\n');
export const APP_NAME = 'Bank\u001b[2J\u001b[31mPWNED\u001b]8;;https://evil.example\u0007link\r\n::add-mask::MASKME';
export const VENDOR = '示例软件有限公司\n::stop-commands::STOPTOKEN\n##[error]V1INJECTED <script>alert(4)</script>\u009b31m';

/**
 * The hand-made manifest attack: complete.yaml with hostile app name, outsourcer and waiver
 * approver (the waiver applies, so its approver is printed next to the waived finding).
 */
export function hostileManifest(): string {
  const q = (s: string) => JSON.stringify(s);
  let text = fs.readFileSync(COMPLETE, 'utf8');
  const swap = (from: string, to: string) => {
    if (!text.includes(from)) throw new Error(`complete.yaml changed: ${from} not found`);
    text = text.replace(from, to);
  };
  swap('  name: Example City Bank\n', `  name: ${q(APP_NAME)}\n`);
  swap('示例软件有限公司', q(VENDOR));
  swap('  - rule: nfra/sdk-declared\n    scope: pkg:maven/com.example/legacy\n', '  - rule: nfra/outsourcing-contract\n');
  swap('approvedBy: { name: 张伟, email: zhang.wei@citybank.example.cn }', `approvedBy: { name: ${q(APPROVER)}, email: a@citybank.example.cn }`);
  swap('expires: 2026-03-31', 'expires: 2027-04-30'); // within the 180 days a waiver may run
  return text;
}

/** What no output may hold, whatever its format: a workflow command, a raw escape or control. */
export function workflowCommandLines(out: string): string[] {
  return out.split('\n').filter((line) => line.trimStart().startsWith('::') || line.includes('##['));
}

// eslint-disable-next-line no-control-regex
export const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
