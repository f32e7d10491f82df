// Flutter / Dart: pubspec.yaml (dependencies, dev_dependencies, dependency_overrides) and
// pubspec.lock (packages.<name>: dependency, description, source, version).
import { isMap } from 'yaml';
import { dirname, isSha, parseYaml, read, yamlEntries, yamlGet, yamlString, type SdkContext } from './util.js';

const SECTIONS: Record<string, string | undefined> = { dependencies: undefined, dev_dependencies: 'dev', dependency_overrides: 'override' };

function pubRangeDynamic(spec: string | undefined): boolean {
  if (!spec || spec === 'any') return true;
  return !/^\d+\.\d+\.\d+([-+][\w.+-]*)?$/.test(spec.trim());
}

export function scanPubspec(ctx: SdkContext, file: string): void {
  const text = read(ctx, file);
  if (text === null) return;
  const parsed = parseYaml(ctx, file, text, 'YAML (pubspec.yaml)');
  if (!parsed) return;
  const { doc, lc } = parsed;
  const root = dirname(file);
  for (const [section, scope] of Object.entries(SECTIONS)) {
    for (const e of yamlEntries(yamlGet(doc.contents, section), lc)) {
      const v = e.value;
      let spec: string | undefined;
      let source: string | undefined;
      let dynamic: boolean;
      if (isMap(v)) {
        const git = yamlGet(v, 'git');
        const path = yamlString(yamlGet(v, 'path'));
        const sdk = yamlString(yamlGet(v, 'sdk'));
        const hosted = yamlGet(v, 'hosted');
        spec = yamlString(yamlGet(v, 'version'));
        if (git) {
          const url = yamlString(git) ?? yamlString(yamlGet(git, 'url'));
          const ref = yamlString(yamlGet(git, 'ref'));
          source = `git:${url ?? ''}`;
          spec = ref ? `git ref ${ref}` : 'git default branch';
          dynamic = !isSha(ref);
        } else if (path !== undefined) {
          source = `path:${path}`;
          dynamic = false;
        } else if (sdk !== undefined) {
          source = `sdk:${sdk}`;
          dynamic = false;
        } else {
          source = hosted ? `hosted:${yamlString(hosted) ?? yamlString(yamlGet(hosted, 'url')) ?? ''}` : 'hosted';
          dynamic = pubRangeDynamic(spec);
        }
      } else {
        spec = yamlString(v);
        dynamic = pubRangeDynamic(spec);
        source = 'hosted';
      }
      if (source?.startsWith('path:')) continue; // a package of the same repository, not a component
      ctx.sightings.push({
        ecosystem: 'pub', name: e.key, versionSpec: spec, dynamic, lockable: true, direct: true, scope,
        file, line: e.line, root, source,
      });
    }
  }
}

export function scanPubspecLock(ctx: SdkContext, file: string): void {
  const text = read(ctx, file);
  if (text === null) return;
  const parsed = parseYaml(ctx, file, text, 'YAML (pubspec.lock)');
  if (!parsed) return;
  const { doc, lc } = parsed;
  const root = dirname(file);
  for (const e of yamlEntries(yamlGet(doc.contents, 'packages'), lc)) {
    const dep = yamlString(yamlGet(e.value, 'dependency')) ?? '';
    const src = yamlString(yamlGet(e.value, 'source')) ?? '';
    const version = yamlString(yamlGet(e.value, 'version'));
    const desc = yamlGet(e.value, 'description');
    if (src === 'path') continue; // a package of the same repository
    let source = src;
    let dynamic = false;
    if (src === 'git') {
      // `resolved-ref` is the commit `pub get` checked out for `ref` (often a branch): that pins it.
      const ref = yamlString(yamlGet(desc, 'resolved-ref')) ?? yamlString(yamlGet(desc, 'ref'));
      source = `git:${yamlString(yamlGet(desc, 'url')) ?? ''}`;
      dynamic = !isSha(ref);
    } else if (src === 'hosted') {
      const url = yamlString(yamlGet(desc, 'url'));
      source = url && !/pub\.(dev|dartlang\.org)/.test(url) ? `hosted:${url}` : 'hosted';
    } else if (src === 'sdk') {
      source = `sdk:${yamlString(desc) ?? ''}`;
    }
    const direct = dep.startsWith('direct');
    const scope = dep === 'direct dev' ? 'dev' : dep === 'direct overridden' ? 'override' : undefined;
    ctx.sightings.push({ ecosystem: 'pub', name: e.key, version, dynamic, lock: true, direct, scope, file, line: e.line, root, source });
  }
}
