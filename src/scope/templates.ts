// Build templates: a committed file that a script copies or fills in to make the uncommitted file
// the build reads (`pubspec_base.yaml` → pubspec.yaml, `InfoBase.plist` → Info.plist,
// `AndroidManifestBase.xml` → AndroidManifest.xml). The template's content is what ships, so it
// is read in the place of the missing file; beside a committed file it is only a template.
const TEMPLATE = /^(.*\/)?([^/]+?)(?:Base|[-_.](?:base|template|tmpl|in))(\.[A-Za-z0-9]+)$/;

/** Each file name's stem and extension (`Info.plist` → `Info`, `.plist`). */
const parts = new Map<string, [string, string]>();

/**
 * The path of the file `file` is a template for (`ios/Runner/Info.plist`), when its name is `name`
 * with a template suffix and no such file is committed in its folder; otherwise undefined.
 */
export function templateTarget(file: string, name: string, committed: { has(file: string): boolean }): string | undefined {
  let p = parts.get(name);
  if (!p) { const dot = name.lastIndexOf('.'); parts.set(name, p = [name.slice(0, dot), name.slice(dot)]); }
  // A cheap test first: this runs on every path of the repository, the expression is costly on long ones.
  if (!file.endsWith(p[1]) || !file.includes(p[0])) return undefined;
  const m = TEMPLATE.exec(file);
  if (!m || `${m[2]}${m[3]}` !== name) return undefined;
  const target = `${m[1] ?? ''}${name}`;
  return committed.has(target) ? undefined : target;
}

/** The committed files as a set, made on first use: most repositories hold no template, and a set of 100,000 paths is not free. */
export function committedFiles(files: readonly string[]): { has(file: string): boolean } {
  let set: Set<string> | undefined;
  return { has: (file) => (set ??= new Set(files)).has(file) };
}
