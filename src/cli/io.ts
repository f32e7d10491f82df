import fs from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import { LANGS, type Lang } from '../core/types.js';
import { langFromEnv } from '../core/messages.js';

/** Where a command writes: injected so tests can run commands in-process. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** The reader of stdout has gone (`mobile-policy check … | head`): the rest of the output is dropped. */
let stdoutGone = false;

export const processIO: CliIO = {
  out: (s) => { if (!stdoutGone) process.stdout.write(s); },
  err: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  cwd: process.cwd(),
};

/**
 * A closed pipe on stdout or stderr ends the output, not the run: the command finishes and exits
 * with its own code (the gate's verdict), without a stack trace. Called once by the entry point.
 */
export function toleratePipeClosed(): void {
  const gone = (stream: NodeJS.WriteStream) => (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    if (stream === process.stdout) stdoutGone = true;
  };
  process.stdout.on('error', gone(process.stdout));
  process.stderr.on('error', gone(process.stderr));
}

export function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigurationError(`--${flag} must be one of ${allowed.join(', ')}; got "${value}"`);
}

/** The CLI's default --timeout (check, inventory), in seconds. */
export const DEFAULT_TIMEOUT_S = 600;

/** --timeout SECONDS: the whole run's wall-clock limit (default DEFAULT_TIMEOUT_S). */
export function timeoutOption(value: string | undefined): number {
  if (value === undefined) return DEFAULT_TIMEOUT_S;
  const n = Number(value);
  if (!value.trim() || !Number.isFinite(n) || n <= 0) throw new ConfigurationError(`--timeout must be a number of seconds above 0; got "${value}"`);
  return n;
}

export function langOption(value: string | undefined, io: CliIO): Lang {
  return oneOf('lang', value, LANGS, langFromEnv(io.env));
}

/** Writes a report made in chunks (json, sarif) to --output or stdout as they come: never one large string. */
export function emitChunks(io: CliIO, chunks: Iterable<string>, output: string | undefined): void {
  if (!output) {
    for (const c of chunks) io.out(c);
    return;
  }
  const file = path.resolve(io.cwd, output);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, 'w');
  try {
    for (const c of chunks) fs.writeSync(fd, c);
  } finally {
    fs.closeSync(fd);
  }
}

/** Writes to --output (creating folders) or to stdout. */
export function emit(io: CliIO, text: string, output: string | undefined): void {
  if (text && !text.endsWith('\n')) text += '\n';
  if (!output) {
    io.out(text);
    return;
  }
  const file = path.resolve(io.cwd, output);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}
