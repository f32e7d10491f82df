// Preload (`node --import ./bench/lib/peak-rss.mjs ...`) that writes the process's own peak
// resident memory, in KB, to the file named by PEAK_RSS_FILE when the process exits.
//
// On Linux this is VmHWM from /proc/self/status: the high-water mark of this process's own
// memory. Not process.resourceUsage().maxRSS: getrusage keeps the largest RSS seen by the task,
// and a child forked from a large parent starts with the parent's page tables, so its maxRSS
// reports the parent's size (a test worker at 800 MB spawning `node -e 0` reads 800 MB; VmHWM
// reads 43 MB). Elsewhere maxRSS is the fallback (there is no /proc to read).
import fs from 'node:fs';

const out = process.env.PEAK_RSS_FILE;
if (out) {
  process.on('exit', () => {
    let kb;
    let source = 'VmHWM';
    try {
      kb = Number(/^VmHWM:\s*(\d+)\s*kB/m.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1]);
    } catch {
      kb = NaN;
    }
    if (!Number.isFinite(kb) || kb <= 0) {
      kb = process.resourceUsage().maxRSS;
      source = 'maxRSS';
    }
    try {
      fs.writeFileSync(out, JSON.stringify({ peakKB: kb, source }));
    } catch {
      // the measurement is lost, never the process's own exit code
    }
  });
}
