// Gradle version catalogs (gradle/libs.versions.toml), parsed with smol-toml. TOML has no
// positions in the parsed tree, so key lines come from a small scan of the section headers.
import { parse as parseToml } from 'smol-toml';
import { basename, dirname, gradleDynamic, parseDiagnostic, read, type SdkContext } from './util.js';

export interface CatalogLibrary {
  alias: string;
  group: string;
  name: string;
  version?: string;
  versionSpec?: string;
  dynamic: boolean;
  line: number;
}

export interface Catalog {
  /** Accessor name used in build files: `libs` for libs.versions.toml. */
  name: string;
  file: string;
  /** Keyed by normalised accessor (`androidx.core.ktx`). */
  libraries: Map<string, CatalogLibrary>;
  bundles: Map<string, { aliases: string[]; line: number }>;
  versions: Map<string, string>;
  /** `[plugins]`, keyed by normalised accessor: plugin id and version. */
  plugins: Map<string, { id: string; version?: string; versionSpec?: string; line: number }>;
}

/** `androidx-core_ktx` / `androidx.core.ktx` → `androidx.core.ktx` (lower-cased for matching). */
export function accessorKey(alias: string): string {
  return alias.replace(/[-_]/g, '.').toLowerCase();
}

type Toml = Record<string, unknown>;

function richVersion(v: unknown): { version?: string; spec?: string } {
  if (typeof v === 'string') return { version: v, spec: v };
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const pick = (o.strictly ?? o.require ?? o.prefer) as string | undefined;
    if (typeof pick === 'string') return { version: pick, spec: JSON.stringify(o) };
  }
  return {};
}

/** Line of each key in each `[section]`, by a line scan. */
function sectionKeyLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  let section = '';
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    const header = /^\[\s*([^\]]+?)\s*\]/.exec(line);
    if (header) {
      const parts = header[1]!.split('.').map((s) => s.trim().replace(/^["']|["']$/g, ''));
      section = parts[0]!;
      if (parts.length > 1) out.set(`${section}\u0000${parts.slice(1).join('.')}`, i + 1);
      return;
    }
    const key = /^("([^"]+)"|'([^']+)'|([A-Za-z0-9_.-]+))\s*=/.exec(line);
    if (key && section) {
      const k = (key[2] ?? key[3] ?? key[4]!).split('.')[0]!;
      const id = `${section}\u0000${k}`;
      if (!out.has(id)) out.set(id, i + 1);
    }
  });
  return out;
}

export function parseCatalog(ctx: SdkContext, file: string): Catalog | null {
  const text = read(ctx, file);
  if (text === null) return null;
  let data: Toml;
  try {
    data = parseToml(text) as Toml;
  } catch (e) {
    const err = e as { line?: number; column?: number; message?: string };
    ctx.diagnostics.push(parseDiagnostic(file, 'TOML (Gradle version catalog)', (err.message ?? String(e)).split('\n')[0]!, err.line, err.column));
    return null;
  }
  const lines = sectionKeyLines(text);
  const lineOf = (section: string, key: string) => lines.get(`${section}\u0000${key}`) ?? 1;
  const versions = new Map<string, string>();
  const versionSpecs = new Map<string, { version?: string; spec?: string }>();
  for (const [k, v] of Object.entries((data.versions ?? {}) as Toml)) {
    const r = richVersion(v);
    versionSpecs.set(k, r);
    if (r.version) versions.set(k, r.version);
  }
  const libraries = new Map<string, CatalogLibrary>();
  for (const [alias, v] of Object.entries((data.libraries ?? {}) as Toml)) {
    let group: string | undefined;
    let name: string | undefined;
    let rv: { version?: string; spec?: string } = {};
    if (typeof v === 'string') {
      const [g, a, ver] = v.split(':');
      group = g;
      name = a;
      if (ver) rv = { version: ver, spec: ver };
    } else if (v && typeof v === 'object') {
      const o = v as Toml;
      if (typeof o.module === 'string') [group, name] = o.module.split(':');
      else {
        group = o.group as string | undefined;
        name = o.name as string | undefined;
      }
      const ver = o.version;
      if (ver && typeof ver === 'object' && typeof (ver as Toml).ref === 'string') {
        const ref = (ver as Toml).ref as string;
        rv = { ...(versionSpecs.get(ref) ?? {}) };
        rv.spec = `version.ref = ${ref}`;
      } else if (ver !== undefined) rv = richVersion(ver);
    }
    if (!group || !name) {
      ctx.unresolved.push({ file, line: lineOf('libraries', alias), text: `${alias} = ${JSON.stringify(v)}`, reason: 'catalog entry without group and name' });
      continue;
    }
    const dyn = rv.version ? gradleDynamic(rv.version) || /strictly|require|prefer/.test(rv.spec ?? '') && /[[(\]]/.test(rv.version) : false;
    libraries.set(accessorKey(alias), {
      alias, group, name, version: rv.version, versionSpec: rv.spec, dynamic: dyn, line: lineOf('libraries', alias),
    });
  }
  const bundles = new Map<string, { aliases: string[]; line: number }>();
  for (const [alias, v] of Object.entries((data.bundles ?? {}) as Toml)) {
    if (Array.isArray(v)) bundles.set(accessorKey(alias), { aliases: v.map(String), line: lineOf('bundles', alias) });
  }
  const plugins = new Map<string, { id: string; version?: string; versionSpec?: string; line: number }>();
  for (const [alias, v] of Object.entries((data.plugins ?? {}) as Toml)) {
    let id: string | undefined;
    let rv: { version?: string; spec?: string } = {};
    if (typeof v === 'string') {
      const [pid, ver] = v.split(':');
      id = pid;
      if (ver) rv = { version: ver, spec: ver };
    } else if (v && typeof v === 'object') {
      const o = v as Toml;
      id = o.id as string | undefined;
      const ver = o.version;
      if (ver && typeof ver === 'object' && typeof (ver as Toml).ref === 'string') {
        rv = { ...(versionSpecs.get((ver as Toml).ref as string) ?? {}), spec: `version.ref = ${(ver as Toml).ref as string}` };
      } else if (ver !== undefined) rv = richVersion(ver);
    }
    if (id) plugins.set(accessorKey(alias), { id, version: rv.version, versionSpec: rv.spec, line: lineOf('plugins', alias) });
  }
  return { name: basename(file).replace(/\.versions\.toml$/, ''), file, libraries, bundles, versions, plugins };
}

/** Catalogs under gradle/ folders; a catalog belongs to the Gradle build rooted above it. */
export function findCatalogs(ctx: SdkContext): Catalog[] {
  const out: Catalog[] = [];
  for (const f of ctx.files) {
    if (!f.endsWith('.versions.toml')) continue;
    const c = parseCatalog(ctx, f);
    if (c) out.push(c);
  }
  return out;
}

/** The build root of a catalog: the folder holding its `gradle/` folder. */
export function catalogRoot(c: Catalog): string {
  const d = dirname(c.file);
  return d === 'gradle' ? '' : d.endsWith('/gradle') ? d.slice(0, -7) : d;
}
