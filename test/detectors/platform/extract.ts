// Turns detector facts into (id, file, line) items, the vocabulary of the fixture markers.
import type { Diagnostic, Location } from '../../../src/core/types.js';
import type { AndroidFacts } from '../../../src/detectors/android/index.js';
import type { IosFacts } from '../../../src/detectors/ios/index.js';
import type { HarmonyFacts } from '../../../src/detectors/harmonyos/index.js';
import type { LinksFacts } from '../../../src/detectors/links/index.js';

export interface Item { id: string; file: string; line?: number }

const at = (id: string, l: Location): Item => ({ id, file: l.file, line: l.line });

export function androidItems(f: AndroidFacts): Item[] {
  const out: Item[] = [];
  for (const m of f.manifests) {
    for (const p of m.permissions) out.push(at('android.permission', p.location));
    for (const md of m.metaData) out.push(at('android.meta-data', md.location));
    for (const c of m.components) if (c.exportedWithoutPermission) out.push(at('android.exported', c.location));
    const a = m.application;
    if (!a) continue;
    out.push(at('android.application', a.location));
    const isTrue = (x: { value: string; releaseValue?: string } | undefined) => !!x && (x.releaseValue ?? x.value) === 'true';
    if (m.sourceSet !== 'debug') {
      if (a.usesCleartextTraffic && isTrue(a.usesCleartextTraffic)) out.push(at('android.cleartext', a.usesCleartextTraffic.location));
      if (a.debuggable && isTrue(a.debuggable)) out.push(at('android.debuggable', a.debuggable.location));
      if (a.testOnly && isTrue(a.testOnly)) out.push(at('android.testOnly', a.testOnly.location));
      if (a.allowBackup && isTrue(a.allowBackup)) out.push(at('android.allowBackup', a.allowBackup.location));
    }
  }
  for (const n of f.networkSecurityConfigs) {
    for (const c of n.cleartextPermitted) out.push(at('android.cleartext', c.location));
    for (const u of n.userCertificates) if (u.scope !== 'debug') out.push(at('android.user-ca', u.location));
    for (const o of n.overriddenPins) out.push(at('android.override-pins', o.location));
  }
  // Several domains share one location: report each place once.
  const seen = new Set<string>();
  const dedup = out.filter((i) => { const k = `${i.id}|${i.file}|${i.line}`; if (seen.has(k)) return false; seen.add(k); return true; });
  for (const g of f.gradle) {
    if (g.minSdk) dedup.push(at('android.minSdk', g.minSdk.location));
    if (g.targetSdk) dedup.push(at('android.targetSdk', g.targetSdk.location));
    if (g.compileSdk) dedup.push(at('android.compileSdk', g.compileSdk.location));
    for (const b of g.buildTypes) {
      if (b.name !== 'release') continue;
      if (b.minifyEnabled?.value === false) dedup.push(at('android.minify-off', b.minifyEnabled.location));
      if (b.debuggable?.value === true) dedup.push(at('android.debuggable', b.debuggable.location));
    }
    for (const s of g.signingConfigs) {
      for (const p of [s.storePassword, s.keyPassword]) {
        if (p && (p.origin === 'literal' || (p.origin === 'variable' && typeof p.value === 'string')) && s.name !== 'debug') dedup.push(at('android.literal-password', p.location));
      }
    }
  }
  for (const w of f.webview) if (!w.inTest) dedup.push(at(`android.webview.${w.kind}`, w.location));
  return dedup;
}

export function iosItems(f: IosFacts): Item[] {
  const out: Item[] = [];
  for (const p of f.infoPlists) {
    if (p.bundleIdentifier) out.push(at('ios.bundle-id', p.bundleIdentifier.location));
    for (const u of p.usageDescriptions) out.push(at('ios.usage', u.location));
    for (const s of p.urlSchemes) out.push(at('ios.url-scheme', s.location));
    const ats = p.ats;
    if (!ats) continue;
    for (const k of ['allowsArbitraryLoads', 'allowsArbitraryLoadsForMedia', 'allowsArbitraryLoadsInWebContent'] as const) {
      const v = ats[k];
      if (v?.value) out.push(at('ios.ats.arbitrary', v.location));
    }
    for (const d of ats.exceptionDomains) {
      if (['localhost', '127.0.0.1'].includes(d.domain)) continue;
      if (d.allowsInsecureHTTPLoads?.value || d.thirdPartyAllowsInsecureHTTPLoads?.value) out.push(at('ios.ats.insecure-domain', d.location));
      if (d.minimumTLSVersion && /^TLSv1\.[01]$/.test(d.minimumTLSVersion.value)) out.push(at('ios.ats.tls', d.minimumTLSVersion.location));
    }
  }
  for (const d of f.deploymentTargets) out.push(at('ios.deployment-target', d.location));
  for (const m of f.privacyManifests) {
    for (const c of m.collectedDataTypes) out.push(at('ios.privacy.collected', c.location));
    for (const r of m.invalidReasons) out.push(at('ios.privacy.invalid-reason', r.location));
  }
  return out;
}

export function harmonyItems(f: HarmonyFacts): Item[] {
  const out: Item[] = [];
  if (f.app?.bundleName) out.push(at('harmonyos.bundleName', f.app.bundleName.location));
  if (f.app?.versionName) out.push(at('harmonyos.versionName', f.app.versionName.location));
  for (const m of f.modules) for (const p of m.requestPermissions) out.push(at('harmonyos.permission', p.location));
  for (const s of f.sdkVersions) out.push(at('harmonyos.sdk', s.location));
  for (const s of f.signingConfigs) out.push(at('harmonyos.signing', s.location));
  return out;
}

export function linkItems(f: LinksFacts): Item[] {
  return f.urls.map((u) => {
    const id = u.inComment ? 'links.comment' : u.local ? 'links.local' : !u.host ? 'links.dynamic' : `links.${u.scheme}`;
    return { id, file: u.file, line: u.line };
  });
}

export function diagItems(ds: readonly Diagnostic[]): Item[] {
  return ds.map((d) => at(`diag.${d.code}`, d.location));
}
