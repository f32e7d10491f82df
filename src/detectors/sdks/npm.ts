// npm: package.json (dependencies, devDependencies, optionalDependencies, peerDependencies) and
// package-lock.json / npm-shrinkwrap.json v1 (`dependencies` tree), v2 (both), v3 (`packages`).
import { dirname, jsonKeyLines, keyPath, parseDiagnostic, read, semverRangeDynamic, splitScoped, type SdkContext } from './util.js';

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
    const pos = /position (\d+)/.exec(msg);
    const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : undefined;
    ctx.diagnostics.push(parseDiagnostic(file, what, msg, line));
  }
  return null;
}

function localSpec(spec: string): boolean {
  return /^(file:|link:|workspace:|portal:|\.{0,2}\/)/.test(spec);
}

export function scanPackageJson(ctx: SdkContext, file: string): void {
  const text = read(ctx, file);
  if (text === null) return;
  const data = parseJson(ctx, file, text, 'JSON (package.json)');
  if (!data) return;
  const keys = jsonKeyLines(text);
  for (const [section, scope] of Object.entries(SECTIONS)) {
    const deps = data[section];
    if (!deps || typeof deps !== 'object') continue;
    for (const [full, specRaw] of Object.entries(deps as Record<string, unknown>)) {
      const spec = String(specRaw);
      if (localSpec(spec)) continue;
      ctx.sightings.push({
        ecosystem: 'npm', ...splitScoped(full), versionSpec: spec, dynamic: semverRangeDynamic(spec), lockable: true,
        direct: true, scope, file, line: keys.get(keyPath(section, full)) ?? 1, root: dirname(file),
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
  const packages = data.packages as Record<string, Record<string, unknown>> | undefined;
  if (packages && typeof packages === 'object') {
    const top = packages[''] ?? {};
    const direct = new Map<string, string | undefined>();
    for (const [section, scope] of Object.entries(SECTIONS)) {
      for (const n of Object.keys((top[section] ?? {}) as object)) if (!direct.has(n)) direct.set(n, scope);
    }
    for (const [key, p] of Object.entries(packages)) {
      if (!key.includes('node_modules/') || p.link) continue;
      const full = (p.name as string | undefined) ?? key.slice(key.lastIndexOf('node_modules/') + 13);
      const topLevel = key === `node_modules/${full}`;
      const version = p.version as string | undefined;
      ctx.sightings.push({
        ecosystem: 'npm', ...splitScoped(full), version, dynamic: false, lock: true,
        direct: topLevel && direct.has(full), scope: topLevel && direct.has(full) ? direct.get(full) : p.dev ? 'dev' : undefined,
        file, line: keys.get(keyPath('packages', key)) ?? 1, root, hoisted: topLevel,
        source: typeof p.resolved === 'string' && !/registry\.npmjs\.org/.test(p.resolved) ? p.resolved : undefined,
      });
    }
    return;
  }
  const walk = (deps: Record<string, Record<string, unknown>>, path: string[], depth: number) => {
    for (const [full, d] of Object.entries(deps)) {
      const version = d.version as string | undefined;
      if (version && !localSpec(version)) {
        ctx.sightings.push({
          ecosystem: 'npm', ...splitScoped(full), version, dynamic: false, lock: true, direct: false,
          scope: d.dev ? 'dev' : undefined, file, line: keys.get(keyPath(...path, full)) ?? 1, root, hoisted: depth === 0,
        });
      }
      if (d.dependencies && typeof d.dependencies === 'object') walk(d.dependencies as typeof deps, [...path, full, 'dependencies'], depth + 1);
    }
  };
  if (data.dependencies && typeof data.dependencies === 'object') walk(data.dependencies as Record<string, Record<string, unknown>>, ['dependencies'], 0);
}
