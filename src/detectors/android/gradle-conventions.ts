// Convention plugins (build-logic/, buildSrc/ Kotlin code: `minSdk = 26`,
// `defaultConfig.targetSdk = 34`, `minSdk = libs.versions.minSdk.get().toInt()`) set the SDK
// levels of the modules that apply them; an application module that does not set its own gets
// them from there (nothing is executed: literals and version-catalog entries only).
import type { RepoFiles } from '../../repo/files.js';
import type { GradleContext, GradleModuleFact, GradleValue } from './gradle.js';
import { Lines } from '../sdks/util.js';
import { basename, loc } from './util.js';

const BUILD_LOGIC = /(^|\/)(buildSrc|build-logic|build-conventions)\/.*\.(kt|kts|gradle)$/;
const SETTING = /(?<![\w.])(?:defaultConfig\s*\.\s*|this\s*\.\s*)?(minSdk|minSdkVersion|targetSdk|targetSdkVersion)\s*(?:=\s*|\(\s*)([^\n;)]+?(?:\(\))?(?:\.\w+(?:\(\))?)*)\s*(?:\)|;|\n|$)/g;

interface Candidate { key: 'minSdk' | 'targetSdk'; value: GradleValue; file: string }

/** The value of a convention-plugin right-hand side: an integer, or a version-catalog entry. */
function valueOf(raw: string, file: string, line: number, column: number, ctx: GradleContext): GradleValue {
  const location = loc(file, line, column);
  const text = raw.trim();
  if (/^\d+$/.test(text)) return { raw: text, value: Number(text), origin: 'literal', unresolved: false, location };
  const cat = /^libs\.versions\.([\w.]+?)(?:\.get\(\))?(?:\.(?:toInt|toInteger)\(\))?$/.exec(text)
    ?? /^libs\.findVersion\(\s*"([\w.-]+)"\s*\)\.get\(\)(?:\.(?:requiredVersion|displayName|toString\(\)))?(?:\.(?:toInt|toInteger)\(\))?$/.exec(text);
  const entry = cat ? ctx.catalog.get(cat[1]!.replace(/[-_]/g, '.')) : undefined;
  if (entry && /^\d+$/.test(entry.value)) {
    return { raw: text, value: Number(entry.value), origin: 'variable', unresolved: false, definedAt: loc(entry.file, entry.line), location };
  }
  return { raw: text, origin: 'unresolved', unresolved: true, location };
}

function candidates(repo: RepoFiles, files: readonly string[], ctx: GradleContext): Candidate[] {
  const out: Candidate[] = [];
  for (const f of files) {
    if (!BUILD_LOGIC.test(f)) continue;
    const r = repo.readText(f);
    if (!r.ok) continue;
    const text = r.text;
    const lines = new Lines(text);
    for (const m of text.matchAll(SETTING)) {
      const before = text.slice(text.lastIndexOf('\n', m.index) + 1, m.index);
      if (before.includes('//')) continue;
      const line = lines.line(m.index);
      const column = before.length + 1;
      out.push({ key: m[1]!.startsWith('min') ? 'minSdk' : 'targetSdk', value: valueOf(m[2]!, f, line, column, ctx), file: f });
    }
  }
  return out;
}

/** One value per key: the application convention plugin's, else the single value all plugins agree on. */
function pick(list: Candidate[]): GradleValue | undefined {
  const known = list.filter((c) => !c.value.unresolved);
  const app = known.filter((c) => /Application/i.test(basename(c.file)));
  const pool = app.length ? app : known;
  const values = new Set(pool.map((c) => c.value.value));
  return values.size === 1 ? pool[0]!.value : undefined;
}

/** Fills minSdk / targetSdk of application modules that do not set them from the build's convention plugins. */
export function applyConventionSdkLevels(repo: RepoFiles, files: readonly string[], ctx: GradleContext, modules: GradleModuleFact[]): void {
  if (!modules.some((m) => m.minSdk === undefined || m.targetSdk === undefined)) return;
  const all = candidates(repo, files, ctx);
  if (!all.length) return;
  const minSdk = pick(all.filter((c) => c.key === 'minSdk'));
  const targetSdk = pick(all.filter((c) => c.key === 'targetSdk'));
  for (const m of modules) {
    if (m.minSdk === undefined && minSdk) m.minSdk = minSdk;
    if (m.targetSdk === undefined && targetSdk) m.targetSdk = targetSdk;
  }
}
