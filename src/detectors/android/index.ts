// The `android` detector: manifests, network security configs, Gradle settings, WebView risks.
import { committedFiles, templateTarget } from '../../scope/templates.js';
import type { Diagnostic } from '../../core/types.js';
import type { Detector } from '../types.js';
import { withinFileBudget } from '../../repo/budget.js';
import { readGradle, type GradleModuleFact } from './gradle.js';
import { dropRemovedPermissions, readManifest, readNetworkSecurityConfig, type ManifestFact, type NetworkSecurityConfigFact } from './manifest.js';
import { scanSources } from '../links/scan.js';
import { isCodeRole, scopeFiles } from '../../scope/index.js';
import { dirname, scopeOfInput } from './util.js';
import type { WebViewRiskFact } from './webview.js';

export type * from './manifest.js';
export type * from './gradle.js';
export type * from './webview.js';

export interface AndroidFacts {
  /** True when any AndroidManifest.xml or application build script was found. */
  present: boolean;
  manifests: ManifestFact[];
  networkSecurityConfigs: NetworkSecurityConfigFact[];
  gradle: GradleModuleFact[];
  webview: WebViewRiskFact[];
}

/** Fills `releaseValue` for application flags written with `${placeholders}`. */
function resolvePlaceholders(m: ManifestFact, g: GradleModuleFact | undefined): void {
  if (m.sourceSet === 'debug' || !m.application) return;
  const release = g?.buildTypes.find((b) => b.name === 'release');
  const lookup = (name: string): string | undefined => {
    const p = g?.manifestPlaceholders.find((x) => x.name === name && x.scope === 'release')
      ?? g?.manifestPlaceholders.find((x) => x.name === name && x.scope === 'defaultConfig');
    if (p) return p.value.value === undefined ? undefined : String(p.value.value);
    if (name === 'applicationId' && g?.applicationId?.value !== undefined) {
      return `${String(g.applicationId.value)}${release?.applicationIdSuffix?.value !== undefined ? String(release.applicationIdSuffix.value) : ''}`;
    }
    if (name === 'usesCleartextTraffic' && g?.reactNative) return 'false';
    return undefined;
  };
  for (const a of Object.values(m.application)) {
    if (!a || typeof a !== 'object' || !('value' in a) || !a.value.includes('${')) continue;
    let ok = true;
    const v = a.value.replace(/\$\{([^}]+)\}/g, (_x: string, n: string) => lookup(n.trim()) ?? ((ok = false), ''));
    if (ok) a.releaseValue = v;
  }
}

export const detectAndroid: Detector<AndroidFacts> = (input) => {
  const { repo, appDir } = input;
  const scope = scopeOfInput(input);
  // Shipped and debug files only: tests, samples, tool configs and other platforms are not the app.
  const files = scopeFiles(repo, scope, isCodeRole);
  const diagnostics: Diagnostic[] = [];
  const facts: AndroidFacts = { present: false, manifests: [], networkSecurityConfigs: [], gradle: [], webview: [] };

  const committed = committedFiles(files);
  const manifests = files.filter((p) => p.endsWith('/AndroidManifest.xml') || p === 'AndroidManifest.xml'
    || templateTarget(p, 'AndroidManifest.xml', committed));
  for (const f of manifests) {
    if (/(?:^|\/)(?:build|intermediates|generated)\//.test(f)) continue;
    const r = withinFileBudget(f, diagnostics, () => readManifest(repo, f));
    if (!r) continue;
    diagnostics.push(...r.diagnostics);
    if (r.fact) facts.manifests.push(r.fact);
  }
  dropRemovedPermissions(facts.manifests);

  // Network security configs: every res/xml/*.xml whose root is <network-security-config>.
  const referenced = new Set<string>();
  for (const m of facts.manifests) {
    const ref = /^@xml\/(.+)$/.exec(m.application?.networkSecurityConfig?.value ?? '');
    if (ref) referenced.add(`${m.module}|${ref[1]}`);
  }
  for (const f of files.filter((p) => p.endsWith('.xml') && /\/res\/xml[^/]*\/[^/]+\.xml$/.test(p))) {
    if (repo.size(f) > 1024 * 1024) continue;
    const r = repo.readText(f);
    if (!r.ok) continue; // other resources: not ours to report
    if (!r.text.includes('network-security-config')) continue;
    const n = withinFileBudget(f, diagnostics, () => readNetworkSecurityConfig(repo, f, r.text));
    if (!n) continue;
    diagnostics.push(...n.diagnostics);
    if (!n.fact) continue;
    const name = /\/([^/]+)\.xml$/.exec(f)?.[1] ?? '';
    const mod = /^(?:(.*)\/)?src\/[^/]+\/res\//.exec(f)?.[1] ?? dirname(dirname(dirname(f)));
    n.fact.referenced = referenced.has(`${mod}|${name}`) || [...referenced].some((k) => k.endsWith(`|${name}`) && !facts.manifests.some((m) => m.module === mod));
    facts.networkSecurityConfigs.push(n.fact);
  }

  // Build logic (build-logic/, buildSrc/) holds versions the modules use: read for values, never as a module.
  const context = scopeFiles(repo, scope, (r) => isCodeRole(r) || r === 'build');
  const modules = new Map(scope.gradle.filter((m) => m.script).map((m) => [m.script!, m.application]));
  const g = readGradle(repo, context, (f) => modules.get(f));
  facts.gradle = g.modules;
  diagnostics.push(...g.diagnostics);

  // Kotlin/Java sources are read once, in the scan shared with links and secrets.
  facts.webview = scanSources(repo, appDir, scope).webview;
  for (const m of facts.manifests) resolvePlaceholders(m, facts.gradle.find((x) => x.module === m.module));
  facts.present = facts.manifests.length > 0 || facts.gradle.length > 0;
  return { facts, diagnostics };
};
