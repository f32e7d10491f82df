// HarmonyOS ohpm: oh-package.json5 (dependencies, devDependencies, dynamicDependencies) and
// oh-package-lock.json5 (`specifiers`: spec → name@version, `packages`: name@version → details).
import { parseJson5 } from '../../core/json5.js';
import { dirname, joinPath, jsonKeyLines, keyPath, parseDiagnostic, read, semverRangeDynamic, splitScoped, str, table, type SdkContext } from './util.js';

const SECTIONS: Record<string, string | undefined> = { dependencies: undefined, devDependencies: 'dev', dynamicDependencies: 'dynamic' };

function parse(ctx: SdkContext, file: string, text: string, what: string): Record<string, unknown> | null {
  try {
    const v = parseJson5(text);
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
    ctx.diagnostics.push(parseDiagnostic(file, what, 'the top level is not an object'));
  } catch (e) {
    const err = e as { lineNumber?: number; columnNumber?: number; message: string };
    ctx.diagnostics.push(parseDiagnostic(file, what, err.message, err.lineNumber, err.columnNumber));
  }
  return null;
}

export function scanOhPackage(ctx: SdkContext, file: string): void {
  const text = read(ctx, file);
  if (text === null) return;
  const data = parse(ctx, file, text, 'JSON5 (oh-package.json5)');
  if (!data) return;
  const keys = jsonKeyLines(text);
  const root = dirname(file);
  for (const [section, scope] of Object.entries(SECTIONS)) {
    for (const [full, specRaw] of Object.entries(table(data[section]) ?? {})) {
      const spec = str(specRaw);
      if (spec === undefined) continue;
      const line = keys.get(keyPath(section, full)) ?? 1;
      if (spec.startsWith('file:')) {
        const target = joinPath(root, spec.slice(5));
        if (target && /\.(har|tgz)$/.test(target)) ctx.binaryRefs.push({ dir: '', patterns: [target], file, line });
        continue; // a local module of the same project
      }
      ctx.sightings.push({
        ecosystem: 'ohpm', ...splitScoped(full), versionSpec: spec, dynamic: semverRangeDynamic(spec), lockable: true,
        direct: true, scope, file, line, root,
      });
    }
  }
}

export function scanOhPackageLock(ctx: SdkContext, file: string): void {
  const text = read(ctx, file);
  if (text === null) return;
  const data = parse(ctx, file, text, 'JSON5 (oh-package-lock.json5)');
  if (!data) return;
  const keys = jsonKeyLines(text);
  for (const [key, entry] of Object.entries(table(data.packages) ?? {})) {
    const p = table(entry);
    if (!p) continue;
    const at = key.lastIndexOf('@');
    const name = str(p.name) || (at > 0 ? key.slice(0, at) : key);
    const version = str(p.version) || (at > 0 ? key.slice(at + 1) : undefined);
    const resolved = str(p.resolved);
    if (!version || /^file:/.test(version)) continue;
    if (p.registryType === 'local') continue;
    ctx.sightings.push({
      ecosystem: 'ohpm', ...splitScoped(name), version, dynamic: false, lock: true, direct: false,
      file, line: keys.get(keyPath('packages', key)) ?? 1, root: dirname(file),
      source: resolved && !/ohpm\.openharmony\.cn|repo\.harmonyos\.com\/ohpm/.test(resolved) ? resolved : undefined,
    });
  }
}
