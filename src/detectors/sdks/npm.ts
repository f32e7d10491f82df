// npm: package.json (dependencies, devDependencies, optionalDependencies, peerDependencies) and
// package-lock.json / npm-shrinkwrap.json v1 (`dependencies` tree), v2 (both), v3 (`packages`).
import { dirname, jsonErrorAt, jsonKeyLines, keyPath, parseDiagnostic, read, semverRangeDynamic, splitScoped, str, table, type SdkContext } from './util.js';

const SECTIONS: Record<string, string | undefined> = {
  dependencies: undefined, devDependencies: 'dev', optionalDependencies: 'optional', peerDependencies: 'peer',
};

function parseJson(ctx: SdkContext, file: string, text: string, what: string): Record<string, unknown> | null {
  try {
    const v = JSON.parse(text) as unknown;
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
    ctx.diagnostics.push(parseDiagnostic(file, what, 'the top level is not an object'));
  } catch (e) {
    const msg = (e as Error).message;
    const at = jsonErrorAt(text, msg);
    ctx.diagnostics.push(parseDiagnostic(file, what, msg, at.line, at.column));
  }
  return null;
}

/** npm nests a v1 lockfile's `dependencies` only where versions conflict: a few levels in real trees. */
const MAX_V1_DEPTH = 64;

function localSpec(spec: string): boolean {
  return /^(file:|link:|workspace:|portal:|\.{0,2}\/)/.test(spec);
}

/** `npm:@scope/name@1.2.3` (a dependency installed under another name): the package it really is. */
function aliasOf(spec: string): { name: string; spec: string } | undefined {
  const m = /^npm:((?:@[^/@\s]+\/)?[^/@\s]+)(?:@(.*))?$/.exec(spec.trim());
  return m ? { name: m[1]!, spec: m[2] || '*' } : undefined;
}

export function scanPackageJson(ctx: SdkContext, file: string): void {
  const text = read(ctx, file);
  if (text === null) return;
  const data = parseJson(ctx, file, text, 'JSON (package.json)');
  if (!data) return;
  const keys = jsonKeyLines(text);
  for (const [section, scope] of Object.entries(SECTIONS)) {
    for (const [key, specRaw] of Object.entries(table(data[section]) ?? {})) {
      const written = str(specRaw);
      if (written === undefined || localSpec(written)) continue;
      const alias = aliasOf(written);
      const full = alias?.name ?? key;
      const spec = alias?.spec ?? written;
      ctx.sightings.push({
        ecosystem: 'npm', ...splitScoped(full), versionSpec: spec, dynamic: semverRangeDynamic(spec), lockable: true,
        direct: true, scope, file, line: keys.get(keyPath(section, key)) ?? 1, root: dirname(file),
        source: /^(git|github:|https?:)/.test(spec) || /^[\w-]+\/[\w.-]+(#.*)?$/.test(spec) ? spec : undefined,
      });
    }
  }
}

export function scanPackageLock(ctx: SdkContext, file: string): void {
  const text = read(ctx, file);
  if (text === null) return;
  const data = parseJson(ctx, file, text, 'JSON (package-lock.json)');
  if (!data) return;
  const keys = jsonKeyLines(text);
  const root = dirname(file);
  const packages = table(data.packages);
  if (packages) {
    const top = table(packages['']) ?? {};
    const direct = new Map<string, string | undefined>();
    for (const [section, scope] of Object.entries(SECTIONS)) {
      for (const n of Object.keys(table(top[section]) ?? {})) if (!direct.has(n)) direct.set(n, scope);
    }
    for (const [key, entry] of Object.entries(packages)) {
      const p = table(entry);
      if (!p || !key.includes('node_modules/') || p.link) continue;
      // Installed under `installed`; `name` says which package it is when that differs (an alias).
      const installed = key.slice(key.lastIndexOf('node_modules/') + 13);
      const full = str(p.name) ?? installed;
      const topLevel = key === `node_modules/${installed}`;
      const version = str(p.version);
      ctx.sightings.push({
        ecosystem: 'npm', ...splitScoped(full), version, dynamic: false, lock: true,
        direct: topLevel && direct.has(installed), scope: topLevel && direct.has(installed) ? direct.get(installed) : p.dev || p.devOptional ? 'dev' : undefined,
        file, line: keys.get(keyPath('packages', key)) ?? 1, root, hoisted: topLevel,
        source: typeof p.resolved === 'string' && !/registry\.npmjs\.org/.test(p.resolved) ? p.resolved : undefined,
      });
    }
    return;
  }
  const walk = (deps: Record<string, unknown>, path: string[], depth: number) => {
    if (depth > MAX_V1_DEPTH) {
      ctx.diagnostics.push(parseDiagnostic(file, 'JSON (package-lock.json)', `dependencies nested deeper than ${MAX_V1_DEPTH} levels were not read`, keys.get(keyPath(...path.slice(0, 2))) ?? 1));
      return;
    }
    for (const [key, entry] of Object.entries(deps)) {
      const d = table(entry);
      if (!d) continue;
      const written = str(d.version);
      const alias = written ? aliasOf(written) : undefined;
      const full = alias?.name ?? key;
      const version = alias ? alias.spec : written;
      if (version && !localSpec(version)) {
        ctx.sightings.push({
          ecosystem: 'npm', ...splitScoped(full), version, dynamic: false, lock: true, direct: false,
          scope: d.dev ? 'dev' : undefined, file, line: keys.get(keyPath(...path, key)) ?? 1, root, hoisted: depth === 0,
        });
      }
      const nested = table(d.dependencies);
      if (nested) walk(nested, [...path, key, 'dependencies'], depth + 1);
    }
  };
  const v1 = table(data.dependencies);
  if (v1) walk(v1, ['dependencies'], 0);
}
