// XcodeGen `project.yml`: `packages:` are the app's direct Swift packages (the generated pbxproj is
// often not committed); a package used only by test targets is test scope, one used only through
// `buildToolPlugins` (SwiftLint, SwiftGen) is build scope.
import { isMap, isSeq } from 'yaml';
import { swiftIdentity } from './swiftpm.js';
import { dirname, parseYaml, read, yamlEntries, yamlGet, yamlString, type SdkContext } from './util.js';

const TEST_TYPES = /^bundle\.(unit-test|ui-testing)$/;


function requirement(pkg: unknown): { spec: string; dynamic: boolean } {
  const f = (k: string) => yamlString(yamlGet(pkg, k));
  if (f('exactVersion') ?? f('version')) return { spec: `exact ${f('exactVersion') ?? f('version')}`, dynamic: false };
  if (f('revision')) return { spec: `revision ${f('revision')}`, dynamic: false };
  if (f('branch')) return { spec: `branch ${f('branch')}`, dynamic: true };
  if (f('from') ?? f('majorVersion')) return { spec: `from ${f('from') ?? f('majorVersion')}`, dynamic: true };
  if (f('minorVersion')) return { spec: `minor ${f('minorVersion')}`, dynamic: true };
  if (f('minVersion')) return { spec: `${f('minVersion')}..<${f('maxVersion') ?? ''}`, dynamic: true };
  return { spec: 'unspecified', dynamic: true };
}

export function scanXcodeGen(ctx: SdkContext, file: string): void {
  const text = read(ctx, file);
  if (text === null || !/^(packages|targets):/m.test(text)) return;
  const parsed = parseYaml(ctx, file, text, 'YAML (XcodeGen project.yml)');
  if (!parsed) return;
  const { doc, lc } = parsed;
  const packages = yamlEntries(yamlGet(doc.contents, 'packages'), lc);
  if (!packages.length) return;
  // How each package is used: by an app/extension target, a test target, or a build plugin.
  const uses = new Map<string, Set<'runtime' | 'test' | 'build'>>();
  const use = (name: string | undefined, how: 'runtime' | 'test' | 'build') => {
    if (!name) return;
    const set = uses.get(name) ?? new Set();
    set.add(how);
    uses.set(name, set);
  };
  for (const t of yamlEntries(yamlGet(doc.contents, 'targets'), lc)) {
    const type = yamlString(yamlGet(t.value, 'type')) ?? '';
    const deps = yamlGet(t.value, 'dependencies');
    if (isSeq(deps)) for (const d of deps.items) use(yamlString(yamlGet(d, 'package')), TEST_TYPES.test(type) ? 'test' : 'runtime');
    const plugins = yamlGet(t.value, 'buildToolPlugins');
    if (isSeq(plugins)) for (const p of plugins.items) use(yamlString(yamlGet(p, 'package')), 'build');
  }
  const root = dirname(file);
  for (const p of packages) {
    if (!isMap(p.value)) continue;
    const url = yamlString(yamlGet(p.value, 'url')) ?? yamlString(yamlGet(p.value, 'github'));
    if (!url) continue; // `path:` — a package of the same repository
    const full = url.includes('/') && !url.includes('://') && !url.includes('@') ? `https://github.com/${url}` : url;
    const how = uses.get(p.key);
    const scope = !how || how.has('runtime') ? undefined : how.has('test') ? 'test' : 'plugin';
    const { spec, dynamic } = requirement(p.value);
    ctx.sightings.push({
      ecosystem: 'swift', ...swiftIdentity(full), versionSpec: spec, dynamic, lockable: true, direct: true, scope,
      file, line: p.line, root, source: full,
    });
  }
}
