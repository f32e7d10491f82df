// Which files and lines a change touches, from git (when the checkout has history) or the API.
// Paths are relative to the repository root.

export interface ChangeSet {
  /** File → changed line ranges in the new version ([] = changed, lines unknown, e.g. binary or deleted). */
  files: Map<string, [number, number][]>;
  source: 'git' | 'api';
  /** The API lists at most 3,000 files. */
  capped: boolean;
}

/** Reads `+++ b/file` and `@@ -a,b +c,d @@` headers of a unified diff (with or without file headers). */
export function parseUnifiedDiff(diff: string, files = new Map<string, [number, number][]>(), only?: string): Map<string, [number, number][]> {
  let current = only;
  if (only && !files.has(only)) files.set(only, []);
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) {
      const m = / b\/(.*)$/.exec(line);
      current = m ? unquote(m[1]!) : undefined;
      if (current && !files.has(current)) files.set(current, []);
    } else if (line.startsWith('+++ ')) {
      const name = line.slice(4);
      if (name !== '/dev/null') {
        current = unquote(name.replace(/^b\//, ''));
        if (!files.has(current)) files.set(current, []);
      }
    } else if (line.startsWith('@@') && current) {
      const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!m) continue;
      const start = Number(m[1]);
      const count = m[2] === undefined ? 1 : Number(m[2]);
      if (count > 0) files.get(current)!.push([start, start + count - 1]);
    }
  }
  return files;
}

function unquote(s: string): string {
  if (!s.startsWith('"')) return s;
  try {
    return JSON.parse(s) as string;
  } catch {
    return s.slice(1, -1);
  }
}

export function fromApiFiles(list: { filename: string; patch?: string }[], capped: boolean): ChangeSet {
  const files = new Map<string, [number, number][]>();
  for (const f of list) parseUnifiedDiff(f.patch ?? '', files, f.filename);
  return { files, source: 'api', capped };
}

export function touches(changes: ChangeSet | undefined, file: string, line?: number): 'line' | 'file' | undefined {
  const ranges = changes?.files.get(file);
  if (!ranges) return undefined;
  if (line && ranges.some(([a, b]) => line >= a && line <= b)) return 'line';
  return 'file';
}
