// The registry of detectors. Each one fills `facts.<name>`; rules read those facts.
import type { Diagnostic } from '../core/types.js';
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

export interface CollectedFacts {
  facts: Record<string, unknown>;
  diagnostics: Diagnostic[];
}

/** Runs every detector; an unexpected exception becomes a diagnostic naming the detector, never a crash. */
export function collectFacts(given: DetectorInput, only?: readonly string[]): CollectedFacts {
  // Every detector sees the same scope: the one check resolved, else the scope of appDir.
  const input: DetectorInput = given.scope ? given : { ...given, scope: scopeOf(given.repo, given.appDir) };
  const facts: Record<string, unknown> = {};
  const diagnostics: Diagnostic[] = [];
  for (const [name, detect] of Object.entries(DETECTORS)) {
    if (only && !only.includes(name)) continue;
    enterPhase(name);
    try {
      const result = detect(input);
      facts[name] = result.facts;
      diagnostics.push(...result.diagnostics);
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      diagnostics.push({
        code: 'tool/detector-failed',
        severity: 'error',
        message: {
          en: `The ${name} detector failed: ${msg}. This is a bug in mobile-policy; its facts are missing from this run.`,
          'zh-CN': `${name} 检测器运行失败：${msg}。这是 mobile-policy 的缺陷，本次运行缺少其事实数据。`,
        },
        location: { file: input.appDir || '.' },
        subject: name,
      });
    }
  }
  return { facts, diagnostics };
}
