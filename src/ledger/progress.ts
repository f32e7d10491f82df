// Progress: a one-line bar on a terminal, a few plain lines in CI logs.

export interface Progress {
  start(total: number): void;
  tick(label: string): void;
  /** A line that must be seen (retries, warnings). */
  log(message: string): void;
  done(summary: string): void;
}

export function createProgress(write: (s: string) => void, tty: boolean, quiet = false): Progress {
  let total = 0;
  let count = 0;
  let lastDraw = 0;
  let nextMark = 0;
  const bar = (): string => {
    const width = 30;
    const filled = total ? Math.round((count / total) * width) : width;
    return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${count}/${total}`;
  };
  return {
    start(n) {
      total = n;
      count = 0;
      nextMark = Math.ceil(n / 4);
      if (!quiet && !tty) write(`mobile-policy ledger: ${n} repositories to read\n`);
    },
    tick(label) {
      count++;
      if (quiet) return;
      if (tty) {
        const now = Date.now();
        if (now - lastDraw < 100 && count < total) return;
        lastDraw = now;
        write(`\r\x1b[2K${bar()} ${label.slice(0, 40)}`);
      } else if (count >= nextMark && count < total) {
        write(`mobile-policy ledger: ${count}/${total}\n`);
        nextMark += Math.ceil(total / 4);
      }
    },
    log(message) {
      write(`${tty && !quiet ? '\r\x1b[2K' : ''}${message}\n`);
    },
    done(summary) {
      if (tty && !quiet) write('\r\x1b[2K');
      write(`${summary}\n`);
    },
  };
}

export const silentProgress: Progress = { start() {}, tick() {}, log() {}, done() {} };
