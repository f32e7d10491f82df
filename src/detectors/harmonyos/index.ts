// The `harmonyos` detector: AppScope/app.json5, module.json5 permissions, build-profile.json5 SDK levels.
import { parseJson5 } from '../../core/json5.js';
import type { Diagnostic, Location } from '../../core/types.js';
import type { RepoFiles } from '../../repo/files.js';
import type { Detector } from '../types.js';
import { withinFileBudget } from '../../repo/budget.js';
import { MAX_SCRIPT_BYTES } from '../limits.js';
import { basename, codeFiles, diagnostic, loc } from '../android/util.js';
import { json5Positions, type PosMap } from './json5loc.js';

export interface ValueFact<T = string> { value: T; location: Location }

export interface HarmonyAppFact {
  file: string;
  location: Location;
  bundleName?: ValueFact;
  versionName?: ValueFact;
  versionCode?: ValueFact<number>;
}

export interface HarmonyPermissionFact {
  name: string;
  /** Usually a string resource (`$string:reason_camera`). */
  reason?: string;
  usedScene?: { abilities: string[]; when?: string };
  location: Location;
}

export interface HarmonyModuleFact {
  file: string;
  location: Location;
  name?: string;
  type?: string;
  requestPermissions: HarmonyPermissionFact[];
}

export interface HarmonySdkVersionFact {
  file: string;
  key: 'compatibleSdkVersion' | 'targetSdkVersion' | 'compileSdkVersion';
  /** As written: `12`, `"5.0.0(12)"`. */
  value: string | number;
  /** API level extracted from the value (`"5.0.0(12)"` → 12), when there is one. */
  apiLevel?: number;
  /** Product or target name the setting belongs to, when inside one. */
  product?: string;
  location: Location;
}

export interface HarmonySigningConfigFact {
  file: string;
  name: string;
  /** `HarmonyOS` or `OpenHarmony`. */
  type?: string;
  storeFile?: string;
  profile?: string;
  certpath?: string;
  /** A storePassword / keyPassword is written in the file (DevEco writes them encrypted, but they unlock the key). */
  hasStorePassword: boolean;
  hasKeyPassword: boolean;
  location: Location;
}

export interface HarmonyFacts {
  present: boolean;
  app?: HarmonyAppFact;
  modules: HarmonyModuleFact[];
  sdkVersions: HarmonySdkVersionFact[];
  /** build-profile.json5 `app.signingConfigs` (the material of a signing config is committed with it). */
  signingConfigs: HarmonySigningConfigFact[];
}

type Json = Record<string, unknown>;

function read(repo: RepoFiles, file: string, diagnostics: Diagnostic[]): { doc: Json; pos: PosMap } | undefined {
  const r = repo.readText(file, MAX_SCRIPT_BYTES);
  if (!r.ok) { diagnostics.push(r.diagnostic); return undefined; }
  try {
    const read = withinFileBudget(file, diagnostics, () => ({ doc: parseJson5(r.text), pos: json5Positions(r.text) }));
    if (!read) return undefined;
    const { doc, pos } = read;
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw Object.assign(new Error('the top level is not an object'), { lineNumber: 1, columnNumber: 1 });
    return { doc: doc as Json, pos };
  } catch (e) {
    const err = e as Error & { lineNumber?: number; columnNumber?: number };
    const msg = err.message.replace(/^JSON5: /, '');
    diagnostics.push(diagnostic('harmonyos/json5-parse', 'error', file,
      `${file} could not be parsed as JSON5 (${msg}); the checks that need it were skipped.`,
      `${file} 无法解析为 JSON5（\`${msg}\`），依赖它的检查已跳过。`, err.lineNumber, err.columnNumber));
    return undefined;
  }
}

const at = (file: string, pos: PosMap, path: string): Location => {
  const p = pos.get(path);
  return p ? loc(file, p.line, p.column) : loc(file);
};
const obj = (v: unknown): Json | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? v as Json : undefined);

function apiLevel(v: string | number): number | undefined {
  if (typeof v === 'number') return v;
  const m = /\((\d+)\)\s*$/.exec(v) ?? /^(\d+)$/.exec(v.trim());
  return m ? Number(m[1]) : undefined;
}

const SDK_KEYS = ['compatibleSdkVersion', 'targetSdkVersion', 'compileSdkVersion'] as const;

function sdkVersions(file: string, v: unknown, path: string, pos: PosMap, product: string | undefined, out: HarmonySdkVersionFact[], depth = 0): void {
  if (depth > 20) return;
  if (Array.isArray(v)) { v.forEach((x, i) => sdkVersions(file, x, `${path}/${i}`, pos, product, out, depth + 1)); return; }
  const o = obj(v);
  if (!o) return;
  const name = typeof o.name === 'string' ? o.name : product;
  for (const [k, x] of Object.entries(o)) {
    if ((SDK_KEYS as readonly string[]).includes(k) && (typeof x === 'string' || typeof x === 'number')) {
      const f: HarmonySdkVersionFact = { file, key: k as HarmonySdkVersionFact['key'], value: x, location: at(file, pos, `${path}/${k}`) };
      const lvl = apiLevel(x);
      if (lvl !== undefined) f.apiLevel = lvl;
      if (name) f.product = name;
      out.push(f);
    } else {
      sdkVersions(file, x, `${path}/${k}`, pos, name, out, depth + 1);
    }
  }
}

export const detectHarmonyOS: Detector<HarmonyFacts> = (input) => {
  const { repo } = input;
  // Shipped modules only: ohosTest/ and sample projects are not the app.
  const files = codeFiles(input);
  const diagnostics: Diagnostic[] = [];
  const facts: HarmonyFacts = { present: false, modules: [], sdkVersions: [], signingConfigs: [] };
  for (const f of files.filter((p) => /(?:^|\/)AppScope\/app\.json5$/.test(p))) {
    const r = read(repo, f, diagnostics);
    if (!r || facts.app) continue;
    const app = obj(r.doc.app) ?? {};
    const a: HarmonyAppFact = { file: f, location: at(f, r.pos, '/app') };
    if (typeof app.bundleName === 'string') a.bundleName = { value: app.bundleName, location: at(f, r.pos, '/app/bundleName') };
    if (typeof app.versionName === 'string') a.versionName = { value: app.versionName, location: at(f, r.pos, '/app/versionName') };
    if (typeof app.versionCode === 'number') a.versionCode = { value: app.versionCode, location: at(f, r.pos, '/app/versionCode') };
    facts.app = a;
  }
  for (const f of files.filter((p) => basename(p) === 'module.json5' && !/(?:^|\/)(?:ohosTest|test)\//.test(p))) {
    const r = read(repo, f, diagnostics);
    if (!r) continue;
    const mod = obj(r.doc.module) ?? {};
    const m: HarmonyModuleFact = { file: f, location: at(f, r.pos, '/module'), requestPermissions: [] };
    if (typeof mod.name === 'string') m.name = mod.name;
    if (typeof mod.type === 'string') m.type = mod.type;
    const perms = Array.isArray(mod.requestPermissions) ? mod.requestPermissions : [];
    perms.forEach((p, i) => {
      const o = obj(p);
      if (!o || typeof o.name !== 'string') return;
      const pf: HarmonyPermissionFact = { name: o.name, location: at(f, r.pos, `/module/requestPermissions/${i}/name`) };
      if (typeof o.reason === 'string') pf.reason = o.reason;
      const us = obj(o.usedScene);
      if (us) {
        pf.usedScene = { abilities: Array.isArray(us.abilities) ? us.abilities.filter((x): x is string => typeof x === 'string') : [] };
        if (typeof us.when === 'string') pf.usedScene.when = us.when;
      }
      m.requestPermissions.push(pf);
    });
    facts.modules.push(m);
  }
  for (const f of files.filter((p) => basename(p) === 'build-profile.json5')) {
    const r = read(repo, f, diagnostics);
    if (!r) continue;
    sdkVersions(f, r.doc, '', r.pos, undefined, facts.sdkVersions);
    const configs = obj(r.doc.app)?.signingConfigs;
    if (Array.isArray(configs)) {
      configs.forEach((c, i) => {
        const o = obj(c);
        if (!o) return;
        const mat = obj(o.material) ?? {};
        const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
        const sc: HarmonySigningConfigFact = { file: f, name: str(o.name) ?? '', hasStorePassword: !!str(mat.storePassword),
          hasKeyPassword: !!str(mat.keyPassword), location: at(f, r.pos, `/app/signingConfigs/${i}`) };
        for (const [k, v] of [['type', str(o.type)], ['storeFile', str(mat.storeFile)], ['profile', str(mat.profile)], ['certpath', str(mat.certpath)]] as const) {
          if (v !== undefined) sc[k] = v;
        }
        facts.signingConfigs.push(sc);
      });
    }
  }
  facts.present = !!facts.app || facts.modules.length > 0;
  return { facts, diagnostics };
};
