// Policies and waivers from a trusted source: the base commit or a central policy repository at
// a pinned ref, never the pull request's head. Waivers a pull request adds to its own manifest
// are listed as pending approval and not applied.
import fs from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import { compareFindings, summarize, type Report } from '../core/report.js';
import { applyWaivers, builtinPackNames, loadPack, loadWaiverFile, type LoadedPack, type WaiverFile } from '../engine/index.js';
import { parseManifest } from '../manifest/load.js';
import { readConfinedText, realRoot } from '../repo/confined.js';
import { DEFAULT_MAX_BYTES } from '../repo/files.js';
import type { LoadedManifest } from '../manifest/types.js';
import type { PendingWaiver } from './summary.js';

export const ORG_WAIVER_FILES = ['waivers.yaml', 'waivers.yml'];
export const DEFAULT_PACK = 'nfra-2024-99';

/**
 * Loads packs: built-in names from the Action itself; anything else relative to the trusted
 * folder (policy repository, else the base commit, else the checked-out workspace when the
 * event is not a pull request).
 */
export function loadTrustedPacks(refs: readonly string[], trustedDir: string | undefined, what: string): LoadedPack[] {
  const builtin = new Set(builtinPackNames());
  if (!refs.length) {
    if (trustedDir && fs.existsSync(path.join(trustedDir, 'pack.yaml'))) return [loadPack(trustedDir)];
    return [loadPack(DEFAULT_PACK)];
  }
  return refs.map((ref) => {
    if (builtin.has(ref)) return loadPack(ref);
    if (!trustedDir) throw new ConfigurationError(`policy "${ref}" is not a built-in pack and ${what}; use a built-in pack or "policy-repo" + "policy-ref"`);
    const abs = path.resolve(trustedDir, ref);
    const rel = path.relative(trustedDir, abs);
    if (rel.startsWith('..') || path.isAbsolute(rel)) throw new ConfigurationError(`policy "${ref}" points outside the trusted policy source`);
    return loadPack(abs, { cwd: trustedDir });
  });
}

/** The org waiver file of the policy repository, if any (the engine's waiver-file format). */
export function readOrgWaivers(policyDir: string | undefined): WaiverFile | undefined {
  if (!policyDir) return undefined;
  for (const name of ORG_WAIVER_FILES) {
    if (fs.existsSync(path.join(policyDir, name))) return loadWaiverFile(name, policyDir);
  }
  return undefined;
}

function readManifest(root: string | undefined, file: string): LoadedManifest | undefined {
  if (!root || !file) return undefined;
  const text = readConfinedText(realRoot(root), path.join(root, file), DEFAULT_MAX_BYTES);
  return text === undefined ? undefined : parseManifest(file, text);
}

function waiverList(m: LoadedManifest | undefined): unknown[] {
  return Array.isArray(m?.data?.waivers) ? (m!.data!.waivers as unknown[]) : [];
}

function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, val: unknown) => (val && typeof val === 'object' && !Array.isArray(val) ? Object.fromEntries(Object.entries(val).sort(([a], [b]) => (a < b ? -1 : 1))) : val));
}

export interface TrustedWaiverInput {
  /** Report evaluated without waivers. */
  report: Report;
  /** Scan root of the head (the checkout) and of the base commit; waivers come from the base. */
  headRoot: string;
  /** undefined: waivers come from the head itself (not a pull request: the checked-out ref is trusted). */
  baseRoot?: string;
  /** In a pull request whose base could not be read: no manifest waiver applies. */
  untrusted?: boolean;
  org?: WaiverFile;
  packs: LoadedPack[];
  now: Date;
}

export function applyTrustedWaivers(input: TrustedWaiverInput): { report: Report; pending: PendingWaiver[] } {
  const pending: PendingWaiver[] = [];
  const apps = input.report.apps.map((app) => {
    const head = readManifest(input.headRoot, app.manifest);
    const trusted = input.untrusted ? undefined : input.baseRoot ? readManifest(input.baseRoot, app.manifest) : head;
    let findings = app.findings;
    if (trusted || input.org) {
      // Without a trusted manifest, only the org file's waivers apply (matched on the app id).
      const manifest: LoadedManifest = trusted ?? { file: app.manifest, appDir: app.appDir, data: { app: { id: app.app.id }, waivers: [] }, diagnostics: [], locate: () => ({ file: app.manifest }) };
      const r = applyWaivers(findings, manifest, input.now, input.packs, input.org);
      findings = [...r.findings, ...r.extra];
    }
    if (trusted !== head) {
      const known = new Set(waiverList(trusted).map(canonical));
      for (const w of waiverList(head)) {
        if (known.has(canonical(w))) continue;
        const o = (w ?? {}) as Record<string, unknown>;
        const s = (v: unknown) => (typeof v === 'string' ? v : v instanceof Date ? v.toISOString().slice(0, 10) : undefined);
        pending.push({ app: app.manifest, rule: s(o.rule) ?? '?', ...(s(o.scope) ? { scope: s(o.scope) } : {}), ...(s(o.reason) ? { reason: s(o.reason) } : {}), ...(s(o.expires) ? { expires: s(o.expires) } : {}) });
      }
    }
    return { ...app, findings: [...findings].sort(compareFindings) };
  });
  return { report: { ...input.report, apps, summary: summarize(apps.flatMap((a) => a.findings)) }, pending };
}
