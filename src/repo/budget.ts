// The time budget of one file (issue 16): every parser call site reads its file under
// withinFileBudget, so a file that would keep a parser busy longer than the budget is a
// located note ("skipped: took longer than …") and the run goes on. The parsers are bounded
// by their own code; this is the backstop for an input nobody foresaw. See
// docs/decisions/0013-time-budgets.md for what a box can and cannot interrupt.
import { timeBoxed, TimeBoxExpired } from '../core/time-box.js';
import type { Diagnostic } from '../core/types.js';
import { diag } from './walk.js';

/** Default budget of one file: far above any real file (the largest seen parse in ≈ 0.3 s). */
export const FILE_BUDGET_MS = 10_000;
let budgetMs = FILE_BUDGET_MS;

/** Sets the budget per file (tests; undefined restores the default). */
export function setFileBudget(ms: number | undefined): void {
  budgetMs = ms ?? FILE_BUDGET_MS;
}

/** What the run was doing last: the detector (or phase) and the file it was parsing. */
const progress: { phase?: string; file?: string } = {};

/** Records the phase a run is in (a detector's name, "rules"); clears the file. */
export function enterPhase(phase: string): void {
  progress.phase = phase;
  progress.file = undefined;
}

/** Where a run that was stopped was (its last phase and file), for the note that says so. */
export function lastProgress(): { phase?: string; file?: string } {
  return { ...progress };
}

/**
 * Runs `parse` (the parsing of `file`) within the file budget. Over budget: a located note in
 * `diagnostics` and undefined; whatever the parser had half-built is dropped with it (`reset`
 * undoes what `parse` appended elsewhere, before a second attempt or after the last).
 *
 * The budget is wall-clock time, but a shared machine may give this process a fraction of a
 * core: when the box expired having had less than half its length in CPU time, the parse is
 * tried once more in a box long enough for a whole budget of CPU at the share it got (at most
 * 10 budgets). A parse that loops is still stopped; one that was only starved is not skipped.
 */
export function withinFileBudget<T>(file: string, diagnostics: Diagnostic[], parse: () => T, reset?: () => void): T | undefined {
  progress.file = file;
  let out: T;
  let box = budgetMs;
  for (let attempt = 0; ; attempt++) {
    const cpu = process.cpuUsage();
    try {
      out = timeBoxed(parse, box);
      break;
    } catch (e) {
      if (!(e instanceof TimeBoxExpired)) {
        progress.file = undefined; // the parser's own error: the caller reports it
        throw e;
      }
      reset?.();
      const used = cpuMs(process.cpuUsage(cpu));
      if (attempt === 0 && used < box / 2) {
        box = Math.min(10 * budgetMs, (budgetMs * box) / Math.max(used, box / 10));
        continue;
      }
      diagnostics.push(tooSlow(file, budgetMs));
      progress.file = undefined;
      return undefined;
    }
  }
  // Not in a `finally`: a box stopping the whole run skips it, and the file stays named.
  progress.file = undefined;
  return out;
}

function cpuMs(u: NodeJS.CpuUsage): number {
  return (u.user + u.system) / 1000;
}

export function tooSlow(file: string, ms: number): Diagnostic {
  const s = seconds(ms);
  return diag('repo/file-too-slow', file,
    `${file} was skipped: reading it took longer than ${s} s, so nothing in it was checked.`,
    `${file} 已跳过：读取耗时超过 ${s} 秒，其内容未被检查。`);
}

export function seconds(ms: number): string {
  return ms % 1000 === 0 ? String(ms / 1000) : (ms / 1000).toFixed(1);
}
