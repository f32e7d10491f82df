// Build templates: a committed file that a script copies or fills in to make the uncommitted file
// the build reads (`pubspec_base.yaml` → pubspec.yaml, `InfoBase.plist` → Info.plist,
// `AndroidManifestBase.xml` → AndroidManifest.xml). The template's content is what ships, so it
// is read in the place of the missing file; beside a committed file it is only a template.
const TEMPLATE = /^(.*\/)?([^/]+?)(?:Base|[-_.](?:base|template|tmpl|in))(\.[A-Za-z0-9]+)$/;

/**
 * The path of the file `file` is a template for (`ios/Runner/Info.plist`), when its name is one of
 * `names` with a template suffix and no such file is committed in its folder; otherwise undefined.
 */
export function templateTarget(file: string, names: readonly string[], committed: { has(file: string): boolean }): string | undefined {
  // A cheap test first: this runs on every path of the repository, the expression is costly on long ones.
  if (!names.some((n) => { const dot = n.lastIndexOf('.'); return file.endsWith(n.slice(dot)) && file.includes(n.slice(0, dot)); })) return undefined;
  const m = TEMPLATE.exec(file);
  if (!m) return undefined;
  const name = `${m[2]}${m[3]}`;
  if (!names.includes(name)) return undefined;
  const target = `${m[1] ?? ''}${name}`;
  return committed.has(target) ? undefined : target;
}

/** The committed files as a set, made on first use: most repositories hold no template, and a set of 100,000 paths is not free. */
export function committedFiles(files: readonly string[]): { has(file: string): boolean } {
  let set: Set<string> | undefined;
  return { has: (file) => (set ??= new Set(files)).has(file) };
}
