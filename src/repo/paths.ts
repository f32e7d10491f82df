// Names of repository-relative paths ('/'-separated, as listed). These run on every path of the
// repository, several times: a backward scan of char codes, which the JIT inlines, rather than
// lastIndexOf, a runtime call.

/** Where the last '/' is, or -1. */
function lastSlash(p: string): number {
  let i = p.length - 1;
  while (i >= 0 && p.charCodeAt(i) !== 47) i--;
  return i;
}

/** `a/b/c.kt` → `c.kt`. */
export function basename(p: string): string {
  const i = lastSlash(p);
  return i >= 0 ? p.slice(i + 1) : p;
}

/** `a/b/c.kt` → `a/b`; '' at the top. */
export function dirname(p: string): string {
  const i = lastSlash(p);
  return i >= 0 ? p.slice(0, i) : '';
}

/** A Gradle build script (`build.gradle`, `settings.gradle.kts`, `libs.gradle`), by its suffix. */
export function isGradleScript(p: string): boolean {
  return p.endsWith('.gradle') || p.endsWith('.gradle.kts');
}
