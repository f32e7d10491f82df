// What the two second threads (walk.ts, read-ahead.ts) share: how many threads to use, how to
// start a worker that never keeps the process alive, and when to give up on one.
import os from 'node:os';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** Threads to use: MOBILE_POLICY_THREADS (1: no second thread for listing or reading), else the cores, at most 2. */
export function threadsWanted(env: NodeJS.ProcessEnv): number {
  const n = Number(env.MOBILE_POLICY_THREADS);
  if (env.MOBILE_POLICY_THREADS && Number.isInteger(n) && n > 0) return n;
  return Math.min(2, os.availableParallelism());
}

/** No progress for this long: a worker is presumed dead and its share is done on the main thread. */
export const STALL_MS = 30_000;

/**
 * Starts a worker that does not keep the process alive; its failures show as missing progress,
 * which the caller watches. (A function of its own: a listener closure in the caller would keep
 * the caller's locals alive as long as the Worker.)
 */
export function spawnWorker(file: string, options: WorkerOptions): Worker | undefined {
  try {
    const worker = new Worker(file, options);
    worker.unref();
    worker.on('error', () => { /* seen as missing progress by the caller */ });
    return worker;
  } catch {
    return undefined;
  }
}
