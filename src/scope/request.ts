// What a manifest says about where its app is: app.id, the platforms it declares, scope globs.
import type { LoadedManifest } from '../manifest/types.js';
import type { ScopeRequest } from './resolve.js';

/** What the manifest says about where its app is: id, declared platforms, scope globs. */
export function scopeRequest(m: LoadedManifest): ScopeRequest {
  const data = (m.data ?? {}) as { app?: { id?: unknown; kinds?: unknown }; compatibility?: unknown; scope?: { include?: unknown; exclude?: unknown } };
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  // app.kinds declares the platforms; compatibility.* stands in only where kinds is not written
  // (a leftover compatibility.android in an iOS app's manifest is not a declared platform).
  const kinds = Array.isArray(data.app?.kinds) ? strings(data.app.kinds) : undefined;
  const platforms = new Set((kinds ?? (data.compatibility && typeof data.compatibility === 'object' ? Object.keys(data.compatibility) : [])).filter((k) => PLATFORMS.includes(k)));
  const req: ScopeRequest = { dir: m.appDir, manifest: m.file, platforms: [...platforms], include: strings(data.scope?.include), exclude: strings(data.scope?.exclude) };
  if (typeof data.app?.id === 'string') req.appId = data.app.id;
  return req;
}

const PLATFORMS = ['android', 'ios', 'harmonyos'];
