// The registry of detectors. Each one fills `facts.<name>`; rules read those facts.
import type { Diagnostic, Location } from '../core/types.js';
import type { RepoFiles } from '../repo/files.js';
import type { Detector, DetectorInput } from './types.js';
import { detectAndroid } from './android/index.js';
import { detectIos } from './ios/index.js';
import { detectHarmonyOS } from './harmonyos/index.js';
import { detectLinks } from './links/index.js';
import { detectSecrets } from './secrets/index.js';
import { detectSdks } from './sdks/index.js';
import { detectPublishedLists } from './published-lists/index.js';
import { detectPrivacy } from './privacy/index.js';
import { scopeOf } from '../scope/index.js';
import { enterPhase } from '../repo/budget.js';

export const DETECTORS: Readonly<Record<string, Detector>> = {
  android: detectAndroid,
  ios: detectIos,
  harmonyos: detectHarmonyOS,
  links: detectLinks,
  secrets: detectSecrets,
  sdks: detectSdks,
  publishedLists: detectPublishedLists,
  privacy: detectPrivacy,
};

/**
 * The order detectors run in: those that do not scan sources first. The read-ahead thread
 * (decision 0008) reads the scanned files from the start of the check, so the longer the main
 * thread works before the scan, the more of it is read (and scanned) when the scan begins.
 * Facts and diagnostics are still gathered in DETECTORS order.
 */
const SCANS_SOURCES: ReadonlySet<string> = new Set(['android', 'ios', 'links', 'secrets', 'privacy']);
const RUN_ORDER = Object.keys(DETECTORS).sort((a, b) => Number(SCANS_SOURCES.has(a)) - Number(SCANS_SOURCES.has(b)));

export interface CollectedFacts {
  facts: Record<string, unknown>;
  diagnostics: Diagnostic[];
  /** Detectors that failed, by facts name, with where: rules reading those facts cannot judge. */
  missing: Record<string, Location>;
}

/** Runs every detector; an unexpected exception becomes a diagnostic naming the detector, never a crash. */
export function collectFacts(given: DetectorInput, only?: readonly string[]): CollectedFacts {
  // Every detector sees the same scope: the one check resolved, else the scope of appDir.
  const input: DetectorInput = given.scope ? given : { ...given, scope: scopeOf(given.repo, given.appDir) };
  const facts: Record<string, unknown> = {};
  const diagnostics: Diagnostic[] = [];
  const missing: Record<string, Location> = {};
  const reads = trackReads(input.repo);
  const results = new Map<string, { facts: unknown; diagnostics: Diagnostic[] }>();
  try {
    for (const name of RUN_ORDER) {
      if (only && !only.includes(name)) continue;
      const detect = DETECTORS[name]!;
      reads.last = undefined;
      enterPhase(name);
      try {
        results.set(name, detect(input));
      } catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        // Located at the file the detector was reading when it stopped: the input that needs a fix.
        const file = reads.last;
        results.set(name, { facts: undefined, diagnostics: [{
          code: 'tool/detector-failed',
          severity: 'error',
          message: {
            en: `The ${name} detector failed${file ? ` while reading ${file}` : ''}: ${msg}. This is a bug in mobile-policy; its facts are missing from this run.`,
            'zh-CN': `${name} 检测器运行失败${file ? `（读取 ${file} 时）` : ''}：${msg}。这是 mobile-policy 的缺陷，本次运行缺少其事实数据。`,
          },
          location: { file: file ?? (input.appDir || '.') },
          subject: name,
        }] });
        missing[name] = { file: file ?? (input.appDir || '.') };
      }
    }
  } finally {
    reads.restore();
  }
  for (const name of Object.keys(DETECTORS)) {
    const r = results.get(name);
    if (!r) continue;
    if (!(name in missing)) facts[name] = r.facts;
    diagnostics.push(...r.diagnostics);
  }
  return { facts, diagnostics: once(diagnostics), missing };
}

/**
 * Remembers the last file each detector asked the repository for, so that a failure is located
 * at the input that caused it. The read methods are wrapped on the instance itself (not a
 * proxy): the repository stays the same object, which caches elsewhere are keyed by.
 */
function trackReads(repo: RepoFiles): { last: string | undefined; restore: () => void } {
  const state = { last: undefined as string | undefined, restore: () => {} };
  const methods = ['readText', 'readBytes', 'readTransient'] as const;
  const target = repo as unknown as Record<string, unknown>;
  const own = methods.map((m) => Object.getOwnPropertyDescriptor(repo, m));
  for (const m of methods) {
    const original = repo[m] as (file: string, ...rest: unknown[]) => unknown;
    target[m] = (file: string, ...rest: unknown[]) => { state.last = file; return original.call(repo, file, ...rest); };
  }
  state.restore = () => methods.forEach((m, i) => {
    const d = own[i];
    if (d) Object.defineProperty(repo, m, d);
    else delete target[m];
  });
  return state;
}

/** A file two detectors refuse alike (too large, not a regular file) is said once. */
function once(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.code}\u0000${d.location.file}\u0000${d.location.line ?? ''}\u0000${d.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
