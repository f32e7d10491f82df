// Extracts the HEAD tree of a bare git mirror into a folder, like
// `git archive HEAD | tar -x`, but skipping blobs the mirror does not hold (large binaries
// are often left out of snapshots, and `git archive` aborts on the first missing one).
// Usage: node bench/lib/extract.mjs <git-dir> <dest> [rev]
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export function extractMirror(gitDir, dest, rev = 'HEAD') {
  const tree = execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '-z', '--full-tree', rev], { maxBuffer: 2 ** 30 })
    .toString('utf8').split('\0').filter(Boolean)
    .map((line) => { const [meta, file] = line.split('\t'); const [mode, type, oid] = meta.split(' '); return { mode, type, oid, file }; })
    .filter((e) => e.type === 'blob');
  // One `cat-file --batch` process for all blobs; missing objects answer "<oid> missing".
  const input = tree.map((e) => e.oid).join('\n') + '\n';
  const out = spawnSync('git', ['--git-dir', gitDir, 'cat-file', '--batch'], { input, maxBuffer: 2 ** 31 }).stdout;
  let off = 0;
  let written = 0;
  const missing = [];
  for (const e of tree) {
    const nl = out.indexOf(0x0a, off);
    const header = out.subarray(off, nl).toString('utf8');
    off = nl + 1;
    if (header.endsWith(' missing')) { missing.push(e.file); continue; }
    const size = Number(header.split(' ')[2]);
    const body = out.subarray(off, off + size);
    off += size + 1;
    const target = path.join(dest, e.file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (e.mode === '120000') {
      try { fs.symlinkSync(body.toString('utf8'), target); } catch { /* exists */ }
    } else {
      fs.writeFileSync(target, body, { mode: e.mode === '100755' ? 0o755 : 0o644 });
    }
    written++;
  }
  return { written, missing };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [gitDir, dest, rev] = process.argv.slice(2);
  if (!gitDir || !dest) { console.error('usage: node bench/lib/extract.mjs <git-dir> <dest> [rev]'); process.exit(2); }
  const r = extractMirror(gitDir, dest, rev);
  console.log(`${dest}: ${r.written} files written, ${r.missing.length} blobs missing from the mirror${r.missing.length ? ` (${r.missing.slice(0, 5).join(', ')}${r.missing.length > 5 ? ', …' : ''})` : ''}`);
}
