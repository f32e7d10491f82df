// Swift Package Manager: Package.resolved v1/v2/v3 wherever Xcode keeps it, Package.swift
// `.package(url:…)` declarations, and XCRemoteSwiftPackageReference objects in project.pbxproj.
import { pbxBodies } from '../ios/pbxproj.js';
import { closer, stripComments } from './gradle-text.js';
import { dirname, isSha, jsonErrorAt, jsonKeyLines, keyPath, Lines, parseDiagnostic, read, str, table, type SdkContext } from './util.js';

/** `https://github.com/Alamofire/Alamofire.git` → namespace `github.com/Alamofire`, name `Alamofire`. */
export function swiftIdentity(url: string): { group?: string; name: string } {
  const s = url.trim().replace(/^[a-z+]+:\/\//i, '').replace(/^[^@/]+@/, '').replace(':', '/').replace(/\.git$/, '').replace(/\/+$/, '');
  const parts = s.split('/');
  const name = parts.pop()!;
  return parts.length ? { group: [parts[0]!.toLowerCase(), ...parts.slice(1)].join('/'), name } : { name };
}

/** The project folder a Package.resolved or pbxproj belongs to: the folder holding the .xcodeproj/.xcworkspace. */
export function xcodeRoot(file: string): string {
  const m = /^(.*?)(?:^|\/)[^/]+\.(xcodeproj|xcworkspace)\//.exec(file);
  if (m) return m[1]!.replace(/\/$/, '');
  return dirname(file);
}

interface Pin { url: string; identity?: string; version?: string; branch?: string; revision?: string; line: number }

export function scanPackageResolved(ctx: SdkContext, file: string): void {
  const text = read(ctx, file);
  if (text === null) return;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    const at = jsonErrorAt(text, msg);
    ctx.diagnostics.push(parseDiagnostic(file, 'JSON (Package.resolved)', msg, at.line, at.column));
    return;
  }
  const data = table(parsed) ?? {};
  const object = table(data.object);
  const keys = jsonKeyLines(text);
  const lines = new Lines(text);
  const v1 = data.version === 1 || !!object;
  const rawPins = (v1 ? object?.pins : data.pins) ?? [];
  if (!Array.isArray(rawPins)) {
    ctx.diagnostics.push(parseDiagnostic(file, 'Package.resolved', 'no "pins" array'));
    return;
  }
  let searchFrom = 0;
  const pins: Pin[] = [];
  for (const pin of rawPins as unknown[]) {
    const p = table(pin);
    if (!p) continue;
    const url = str(v1 ? p.repositoryURL : p.location) ?? '';
    const state = table(p.state) ?? {};
    const needle = JSON.stringify(url).slice(1, -1);
    const at = text.indexOf(needle, searchFrom);
    if (at >= 0) searchFrom = at;
    pins.push({ url, identity: str(p.identity) ?? str(p.package), version: str(state.version), branch: str(state.branch), revision: str(state.revision), line: at >= 0 ? lines.line(at) : keys.get(keyPath('pins')) ?? 1 });
  }
  const root = xcodeRoot(file);
  for (const p of pins) {
    if (!p.url) continue;
    const id = swiftIdentity(p.url);
    const version = p.version ?? p.revision;
    ctx.sightings.push({
      ecosystem: 'swift', ...id, version, versionSpec: p.branch ? `branch ${p.branch}` : undefined,
      // A branch pin resolved to a revision is pinned like Podfile.lock's checkout commit.
      dynamic: !!p.branch && !p.version && !isSha(p.revision), lock: true, direct: false, file, line: p.line, root, source: p.url,
    });
  }
}

function requirementSpec(req: string): { spec: string; exact: boolean; branch: boolean } {
  const r = req.replace(/\s+/g, ' ').trim();
  const exact = /^(exact:|\.exact\()/.test(r) || /^revision:|\.revision\(/.test(r);
  const branch = /^branch:|\.branch\(/.test(r);
  return { spec: r, exact, branch };
}

/**
 * How the targets of a Package.swift use each package (by lower-case package name): from a
 * `.testTarget` (test), a `plugins:` list (build), or another target (runtime).
 */
function packageUses(text: string): Map<string, Set<'runtime' | 'test' | 'build'>> {
  const uses = new Map<string, Set<'runtime' | 'test' | 'build'>>();
  const closing = closer(text);
  for (const t of text.matchAll(/\.(target|executableTarget|testTarget|macro|plugin)\(/g)) {
    const close = closing(t.index + t[0].length - 1);
    if (close < 0) continue;
    const body = text.slice(t.index, close);
    const pluginsAt = body.search(/\bplugins\s*:/);
    for (const m of body.matchAll(/package:\s*"([^"]+)"/g)) {
      const how = pluginsAt >= 0 && m.index > pluginsAt ? 'build' : t[1] === 'testTarget' ? 'test' : 'runtime';
      const set = uses.get(m[1]!.toLowerCase()) ?? new Set();
      set.add(how);
      uses.set(m[1]!.toLowerCase(), set);
    }
  }
  return uses;
}

export function scanPackageSwift(ctx: SdkContext, file: string): void {
  const raw = read(ctx, file);
  if (raw === null) return;
  const text = stripComments(raw);
  const lines = new Lines(text);
  const uses = packageUses(text);
  const closing = closer(text);
  for (const m of text.matchAll(/\.package\(\s*(?:name:\s*"([^"]*)"\s*,\s*)?url:\s*"([^"]+)"\s*,?/g)) {
    const close = closing(m.index + '.package'.length);
    const req = close > 0 ? text.slice(m.index + m[0].length, close) : '';
    const { spec, exact, branch } = requirementSpec(req);
    const id = swiftIdentity(m[2]!);
    const how = uses.get((m[1] ?? id.name).toLowerCase()) ?? uses.get(id.name.toLowerCase());
    const scope = !how || how.has('runtime') ? undefined : how.has('test') ? 'test' : 'plugin';
    ctx.sightings.push({
      ecosystem: 'swift', ...id, versionSpec: spec, dynamic: !exact || branch, lockable: true,
      direct: true, scope, file, line: lines.line(m.index), root: dirname(file), source: m[2]!,
    });
  }
}

/**
 * How the targets of a pbxproj use each XCRemoteSwiftPackageReference (by object id): through
 * the `packageProductDependencies` of a test bundle target, or of any other target.
 */
function pbxPackageUses(text: string): Map<string, Set<'runtime' | 'test'>> {
  const productToPackage = new Map<string, string>();
  for (const { match, body } of pbxBodies(text, /\n\t\t([0-9A-Fa-f]{24})(?: \/\*[^\n]*?\*\/)? = \{\n\t\t\tisa = XCSwiftPackageProductDependency;/g)) {
    const pkg = /\bpackage = ([0-9A-Fa-f]{24})/.exec(body)?.[1];
    if (pkg) productToPackage.set(match[1]!, pkg);
  }
  const uses = new Map<string, Set<'runtime' | 'test'>>();
  for (const { body } of pbxBodies(text, /isa = PBXNativeTarget;/g)) {
    const how = /productType = "?com\.apple\.product-type\.bundle\.(unit-test|ui-testing)"?;/.test(body) ? 'test' : 'runtime';
    const list = /packageProductDependencies = \(([\s\S]*?)\);/.exec(body)?.[1] ?? '';
    for (const id of list.match(/[0-9A-Fa-f]{24}/g) ?? []) {
      const pkg = productToPackage.get(id);
      if (!pkg) continue;
      const set = uses.get(pkg) ?? new Set();
      set.add(how);
      uses.set(pkg, set);
    }
  }
  return uses;
}

export function scanPbxproj(ctx: SdkContext, file: string): void {
  const text = read(ctx, file);
  if (text === null) return;
  const lines = new Lines(text);
  const uses = pbxPackageUses(text);
  for (const { match: m, body } of pbxBodies(text, /isa = XCRemoteSwiftPackageReference;/g)) {
    // The object id is on the line above `isa = …`: `\t\tA1B2… /* XCRemoteSwiftPackageReference "x" */ = {`.
    const isaLine = lines.line(m.index);
    const header = text.slice(lines.start(isaLine - 1), lines.start(isaLine));
    const how = uses.get(/^\s*([0-9A-Fa-f]{24})/.exec(header)?.[1] ?? '');
    const scope = how && !how.has('runtime') ? 'test' : undefined;
    const url = /repositoryURL = "?([^";]+)"?;/.exec(body)?.[1];
    if (!url) continue;
    const kind = /kind = (\w+);/.exec(body)?.[1] ?? '';
    const field = (k: string) => new RegExp(`${k} = "?([^";]+)"?;`).exec(body)?.[1];
    const spec = kind === 'exactVersion' ? `exact ${field('version')}`
      : kind === 'branch' ? `branch ${field('branch')}`
        : kind === 'revision' ? `revision ${field('revision')}`
          : kind === 'versionRange' ? `${field('minimumVersion')}..<${field('maximumVersion')}`
            : `${kind} ${field('minimumVersion') ?? ''}`.trim();
    ctx.sightings.push({
      ecosystem: 'swift', ...swiftIdentity(url), versionSpec: spec,
      dynamic: !(kind === 'exactVersion' || kind === 'revision'), lockable: true,
      direct: true, scope, file, line: isaLine, root: xcodeRoot(file), source: url,
    });
  }
}
