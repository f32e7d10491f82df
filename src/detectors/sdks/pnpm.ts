// pnpm-lock.yaml v5 to v9, possibly several YAML documents (pnpm 9+ can put an env lockfile
// first). Direct dependencies come from `importers` (or the root `dependencies` before v9's
// importers-only layout); every resolved package from `packages` / `snapshots`.
import { LineCounter, isMap, type Document } from 'yaml';
import { parseAllDocumentsBounded } from '../../core/yaml-bounded.js';
import { dirname, joinPath, read, splitScoped, YAML_OPTIONS, yamlCrashDiagnostic, yamlEntries, yamlErrorDiagnostic, yamlGet, yamlString, type SdkContext } from './util.js';

const SECTIONS: Record<string, string | undefined> = { dependencies: undefined, devDependencies: 'dev', optionalDependencies: 'optional' };

/** `/a/1.0.0`, `/@s/a/1.0.0_peer`, `/a@1.0.0(peer@1)`, `a@1.0.0`, `@s/a@1.0.0` → name and version. */
export function pnpmKey(key: string): { name: string; version: string } | null {
  let k = key.replace(/^\//, '').replace(/\(.*$/, '');
  const at = k.lastIndexOf('@');
  if (at > 0) return { name: k.slice(0, at), version: k.slice(at + 1) };
  k = k.replace(/_.*$/, '');
  const parts = k.split('/');
  const version = parts.pop();
  if (!version || !parts.length) return null;
  return { name: parts.join('/'), version };
}

function cleanVersion(v: string): string {
  return v.replace(/\(.*$/, '').replace(/_.*$/, '');
}

export function scanPnpmLock(ctx: SdkContext, file: string): void {
  const text = read(ctx, file);
  if (text === null) return;
  const lc = new LineCounter();
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocumentsBounded(text, YAML_OPTIONS(lc));
  } catch (e) {
    ctx.diagnostics.push(yamlCrashDiagnostic(file, 'YAML (pnpm-lock.yaml)', e));
    return;
  }
  if (!Array.isArray(docs)) return;
  const bad = docs.find((d) => d.errors.length);
  if (bad) {
    ctx.diagnostics.push(yamlErrorDiagnostic(file, 'YAML (pnpm-lock.yaml)', bad.errors[0]!, lc));
    return;
  }
  // pnpm 9+/10 may write the env lockfile (packageManagerDependencies) as the first document:
  // the project's lockfile is the last one.
  const candidates = docs.filter((d) => isMap(d.contents) && yamlGet(d.contents, 'lockfileVersion'));
  const doc: Document | undefined = candidates[candidates.length - 1];
  if (!doc) return;
  const top = doc.contents;
  const base = dirname(file);
  const importers = yamlGet(top, 'importers');
  const importerList = importers ? yamlEntries(importers, lc).map((e) => ({ dir: e.key, node: e.value })) : [{ dir: '.', node: top }];
  for (const imp of importerList) {
    const root = joinPath(base, imp.dir) ?? base;
    for (const [section, scope] of Object.entries(SECTIONS)) {
      for (const e of yamlEntries(yamlGet(imp.node, section), lc)) {
        const raw = yamlString(e.value) ?? yamlString(yamlGet(e.value, 'version'));
        if (!raw || /^(link|file|workspace):/.test(raw)) continue;
        const version = raw.startsWith('/') || raw.includes('@') ? pnpmKey(raw)?.version ?? cleanVersion(raw) : cleanVersion(raw);
        ctx.sightings.push({
          ecosystem: 'npm', ...splitScoped(e.key), version, dynamic: false, lock: true, direct: true, scope,
          file, line: e.line, root,
        });
      }
    }
  }
  const seen = new Set<string>();
  for (const section of ['packages', 'snapshots']) {
    for (const e of yamlEntries(yamlGet(top, section), lc)) {
      const id = pnpmKey(e.key);
      if (!id || seen.has(`${id.name}@${id.version}`)) continue;
      seen.add(`${id.name}@${id.version}`);
      if (/^(link|file):/.test(id.version)) continue;
      const dev = yamlString(yamlGet(e.value, 'dev')) === 'true';
      ctx.sightings.push({
        ecosystem: 'npm', ...splitScoped(id.name), version: id.version, dynamic: false, lock: true, direct: false,
        scope: dev ? 'dev' : undefined, file, line: e.line, root: base,
      });
    }
  }
}
