// Where an iOS app's bundle identifier is written when the pbxproj does not give it: the
// application target of an XcodeGen `project.yml` (PRODUCT_BUNDLE_IDENTIFIER, Release first, or
// options.bundleIdPrefix + target name) and fastlane's `Appfile` (`app_identifier "…"`).
import { parse } from 'yaml';
import type { RepoFiles } from '../repo/files.js';
import { isXcodeGenSpec } from '../scope/builds.js';

export interface FoundId {
  id: string;
  file: string;
  line: number;
}

const ID = /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  return i < 0 ? 1 : text.slice(0, i).split('\n').length;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});

/** The bundle identifier of the first `type: application` target of an XcodeGen spec. */
export function xcodeGenBundleId(file: string, text: string): FoundId | undefined {
  let doc: Obj;
  try {
    doc = obj(parse(text, { uniqueKeys: false, prettyErrors: false }));
  } catch {
    return undefined;
  }
  for (const [name, t] of Object.entries(obj(doc.targets))) {
    const target = obj(t);
    if (target.type !== 'application') continue;
    const settings = obj(target.settings);
    const configs = obj(settings.configs);
    const release = Object.entries(configs).find(([k]) => /release/i.test(k))?.[1];
    const candidates = [obj(release).PRODUCT_BUNDLE_IDENTIFIER, obj(settings.base).PRODUCT_BUNDLE_IDENTIFIER, settings.PRODUCT_BUNDLE_IDENTIFIER];
    const id = candidates.find((c): c is string => typeof c === 'string' && ID.test(c));
    if (id) return { id, file, line: lineOf(text, `PRODUCT_BUNDLE_IDENTIFIER: ${id}`) };
    const prefix = obj(doc.options).bundleIdPrefix;
    if (typeof prefix === 'string' && ID.test(`${prefix}.${name}`)) return { id: `${prefix}.${name}`, file, line: lineOf(text, 'bundleIdPrefix') };
  }
  return undefined;
}

/** `app_identifier "com.example.app"` / `app_identifier("…")` in a fastlane Appfile (literals only). */
export function appfileId(file: string, text: string): FoundId | undefined {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*app_identifier\s*\(?\s*(["'])([^"']+)\1/.exec(lines[i]!);
    if (m && ID.test(m[2]!)) return { id: m[2]!, file, line: i + 1 };
  }
  return undefined;
}

/** project.yml first (it generates the project), then fastlane/Appfile. */
export function iosAppIdFromSpecs(repo: RepoFiles, files: readonly string[]): FoundId | undefined {
  const read = (f: string) => {
    const r = repo.readText(f);
    return r.ok ? r.text : undefined;
  };
  const specs = files.filter(isXcodeGenSpec).sort((a, b) => a.split('/').length - b.split('/').length);
  for (const f of specs) {
    const t = read(f);
    const hit = t === undefined ? undefined : xcodeGenBundleId(f, t);
    if (hit) return hit;
  }
  const appfiles = files.filter((f) => /(^|\/)fastlane\/Appfile$|(^|\/)Appfile$/.test(f)).sort((a, b) => a.split('/').length - b.split('/').length);
  for (const f of appfiles) {
    const t = read(f);
    const hit = t === undefined ? undefined : appfileId(f, t);
    if (hit) return hit;
  }
  return undefined;
}
