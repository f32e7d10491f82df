// A wall-clock limit for synchronous code. Node cannot interrupt a running function from a
// timer, but vm's watchdog (a native thread) terminates whatever runs under its script,
// including functions of this realm called from it. Boxes nest: the outer one expiring stops
// the inner work too. Terminated code runs no `finally` block: what it left half-built is
// dropped by the caller. Each box costs a watchdog thread start (≈ 0.1 ms): wrap files and
// phases, not lines.
import vm from 'node:vm';

export class TimeBoxExpired extends Error {
  constructor(readonly ms: number) {
    super(`took longer than ${ms} ms and was stopped`);
    this.name = 'TimeBoxExpired';
  }
}

const sandbox = vm.createContext({ __job: undefined as unknown });
const runner = new vm.Script('__job()');

/** Runs `fn` with a wall-clock limit; throws TimeBoxExpired when it is exceeded. */
export function timeBoxed<T>(fn: () => T, ms: number): T {
  let result: T | undefined;
  const box = sandbox as { __job: unknown };
  const outer = box.__job; // re-entrant: a nested box restores the outer job
  box.__job = () => {
    result = fn();
  };
  try {
    // vm takes whole milliseconds, from 1 to 2^32 - 1 (49 days: longer is no limit at all).
    runner.runInContext(sandbox, { timeout: Math.min(2 ** 32 - 1, Math.max(1, Math.ceil(ms))) });
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new TimeBoxExpired(ms);
    throw e;
  } finally {
    box.__job = outer;
  }
  return result as T;
}
