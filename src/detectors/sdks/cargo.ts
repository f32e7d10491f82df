// Rust, for apps with a shared Rust core: Cargo.toml ([dependencies], [dev-dependencies],
// [build-dependencies], per-target tables, `x.workspace = true` inherited from the workspace's
// [workspace.dependencies], renamed packages) and Cargo.lock ([[package]], crates of the
// workspace itself left out). Parsed with smol-toml; lines come from the text.
import { parse as parseToml } from 'smol-toml';
import { dirname, isAncestorOrSelf, isSha, parseDiagnostic, read, str, table, type SdkContext, type Table } from './util.js';


/** Dependency tables and the scope their entries get (build scripts' dependencies are not shipped). */
const SECTIONS: Record<string, string | undefined> = { dependencies: undefined, 'dev-dependencies': 'dev', 'build-dependencies': 'build-tool' };
const CRATES_IO = 'registry+https://github.com/rust-lang/crates.io-index';

function parse(ctx: SdkContext, file: string, text: string, what: string): Table | null {
  try {
    return parseToml(text) as Table;
  } catch (e) {
    const err = e as { line?: number; column?: number; message?: string };
    ctx.diagnostics.push(parseDiagnostic(file, what, (err.message ?? String(e)).split('\n')[0]!, err.line, err.column));
    return null;
  }
}


/** The [workspace.dependencies] of the nearest Cargo.toml above `file` that declares a workspace. */
function workspaceDeps(ctx: SdkContext, file: string): Table {
  const manifests = ctx.files.filter((f) => (f === 'Cargo.toml' || f.endsWith('/Cargo.toml')) && f !== file && isAncestorOrSelf(dirname(f), dirname(file)))
    .sort((a, b) => b.length - a.length);
  for (const m of manifests) {
    const text = ctx.repo.readText(m);
    if (!text.ok) continue;
    try {
      const ws = table((parseToml(text.text) as Table).workspace);
      if (ws) return table(ws.dependencies) ?? {};
    } catch {
      // Reported when that file is scanned itself.
    }
  }
  return {};
}

/** The line declaring dependency `key`: `key = …`, `key.workspace = …` or a `[….dependencies.key]` header. */
function lineOf(text: string, key: string): number {
  const k = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`^[ \\t]*(?:"${k}"|${k})[ \\t]*[=.]|^[ \\t]*\\[[^\\]\\n]*dependencies\\.(?:"${k}"|${k})[ \\t]*\\]`, 'm');
  const m = re.exec(text);
  return m ? text.slice(0, m.index).split('\n').length : 1;
}

export function scanCargoToml(ctx: SdkContext, file: string): void {
  const text = read(ctx, file);
  if (text === null) return;
  const data = parse(ctx, file, text, 'TOML (Cargo.toml)');
  if (!data) return;
  const tables: [Table, string | undefined][] = [];
  for (const [section, scope] of Object.entries(SECTIONS)) {
    const own = table(data[section]);
    if (own) tables.push([own, scope]);
    for (const target of Object.values(table(data.target) ?? {})) {
      const t = table(table(target)?.[section]);
      if (t) tables.push([t, scope]);
    }
  }
  let inherited: Table | undefined;
  for (const [deps, scope] of tables) {
    for (const [key, raw] of Object.entries(deps)) {
      let d: Table = typeof raw === 'string' ? { version: raw } : table(raw) ?? {};
      if (d.workspace === true) {
        inherited ??= { ...table(table(data.workspace)?.dependencies), ...workspaceDeps(ctx, file) };
        const base = inherited[key];
        d = { ...(typeof base === 'string' ? { version: base } : table(base) ?? {}), ...d };
      }
      if (str(d.path) !== undefined) continue; // a crate of this repository
      const name = str(d.package) ?? key;
      const git = str(d.git);
      let versionSpec = str(d.version);
      let dynamic: boolean;
      let source: string | undefined;
      if (git) {
        const rev = str(d.rev);
        source = `git:${git}`;
        versionSpec = rev ? `git rev ${rev}` : str(d.tag) ? `git tag ${str(d.tag)}` : str(d.branch) ? `git branch ${str(d.branch)}` : 'git default branch';
        dynamic = !isSha(rev) && !str(d.tag);
      } else {
        versionSpec ??= '*';
        // Cargo reads `1.2.3` as `^1.2.3`: only `=1.2.3` is exact.
        dynamic = !/^=\s*\d+\.\d+\.\d+$/.test(versionSpec.trim());
        source = str(d.registry) ? `registry:${str(d.registry)}` : undefined;
      }
      ctx.sightings.push({
        ecosystem: 'cargo', name, versionSpec, dynamic, lockable: true, direct: true, scope,
        file, line: lineOf(text, key), root: dirname(file), source,
      });
    }
  }
}

export function scanCargoLock(ctx: SdkContext, file: string): void {
  const text = read(ctx, file);
  if (text === null) return;
  const data = parse(ctx, file, text, 'TOML (Cargo.lock)');
  if (!data) return;
  const packages = Array.isArray(data.package) ? data.package : [];
  // Line of each [[package]] header, in order.
  const lines: number[] = [];
  text.split('\n').forEach((l, i) => { if (/^\s*\[\[package\]\]\s*$/.test(l)) lines.push(i + 1); });
  packages.forEach((p, i) => {
    const pkg = table(p);
    const name = str(pkg?.name);
    const src = str(pkg?.source);
    if (!name || !src) return; // no source: a crate of the workspace itself
    ctx.sightings.push({
      ecosystem: 'cargo', name, version: str(pkg?.version), dynamic: false, lock: true, direct: false,
      file, line: lines[i] ?? 1, root: dirname(file), source: src === CRATES_IO ? undefined : src,
    });
  });
}
