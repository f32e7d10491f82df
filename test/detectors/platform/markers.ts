// Semgrep-style expectations in fixture files: a comment holding `expect: some.id` marks the next
// line that holds no marker; `expect+N: some.id` marks N lines below that one. Several ids may be
// given, separated by commas. Markers work in any comment syntax (//, #, /* */, <!-- -->).
import fs from 'node:fs';
import path from 'node:path';

const MARKER = /\bexpect(?:\+(\d+))?:\s*([\w./-]+(?:\s*,\s*[\w./-]+)*)/;

/** id → file → sorted lines, for every text file below root. */
export type Expectations = Map<string, Map<string, number[]>>;

export function readMarkers(root: string): Expectations {
  const out: Expectations = new Map();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) { walk(abs); continue; }
      const bytes = fs.readFileSync(abs);
      if (bytes.subarray(0, 8192).includes(0)) continue;
      const rel = path.relative(root, abs).split(path.sep).join('/');
      const lines = bytes.toString('utf8').split('\n');
      let pending: { offset: number; ids: string[] }[] = [];
      lines.forEach((line, i) => {
        const m = MARKER.exec(line);
        if (m) {
          pending.push({ offset: Number(m[1] ?? 0), ids: m[2]!.split(',').map((s) => s.trim()) });
          return;
        }
        for (const p of pending) {
          for (const id of p.ids) {
            const byFile = out.get(id) ?? new Map<string, number[]>();
            out.set(id, byFile);
            const ls = byFile.get(rel) ?? [];
            ls.push(i + 1 + p.offset);
            byFile.set(rel, ls);
          }
        }
        pending = [];
      });
    }
  };
  walk(root);
  for (const byFile of out.values()) for (const ls of byFile.values()) ls.sort((a, b) => a - b);
  return out;
}

/** Groups located items into id → file → sorted lines, the shape readMarkers returns. */
export function group(items: { id: string; file: string; line?: number }[]): Expectations {
  const out: Expectations = new Map();
  for (const it of items) {
    const byFile = out.get(it.id) ?? new Map<string, number[]>();
    out.set(it.id, byFile);
    const ls = byFile.get(it.file) ?? [];
    ls.push(it.line ?? 0);
    byFile.set(it.file, ls);
  }
  for (const byFile of out.values()) for (const ls of byFile.values()) ls.sort((a, b) => a - b);
  return out;
}

/** Plain object form for readable assertion diffs: { id: { file: [lines] } }, limited to the given ids. */
export function asObject(e: Expectations, ids: readonly string[]): Record<string, Record<string, number[]>> {
  const o: Record<string, Record<string, number[]>> = {};
  for (const id of [...ids].sort()) {
    const byFile = e.get(id);
    o[id] = byFile ? Object.fromEntries([...byFile.entries()].sort()) : {};
  }
  return o;
}
