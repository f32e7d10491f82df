// Flutter and React Native projects keep one folder per target platform next to their
// pubspec.yaml / package.json. The desktop and web ones (macos/, linux/, windows/, web/) are not
// the mobile app: their Podfile.lock, CMake and web dependencies are left out of its inventory.
// (A local predicate until the general file-role module takes over.)
import { basename, dirname } from './util.js';

const NON_MOBILE = ['macos', 'linux', 'windows', 'web'];

/** Folders (relative to the repository) holding the desktop/web targets of a Flutter or React Native project. */
export function nonMobilePlatformFolders(files: readonly string[]): string[] {
  const out: string[] = [];
  const roots = new Set<string>();
  for (const f of files) {
    // pubspec.yaml may be generated (pubspec_base.yaml committed); Flutter desktop folders carry
    // their own `flutter/` marker folder.
    const name = basename(f);
    if (name === 'package.json' || (name.startsWith('pubspec') && /^pubspec(_\w+)?\.yaml$/.test(name))) roots.add(dirname(f));
    const desktop = f.includes('lutter/') ? /^(?:(.*)\/)?(?:macos|linux|windows)\/[Ff]lutter\//.exec(f) : null;
    if (desktop) roots.add(desktop[1] ?? '');
  }
  if (!roots.size) return out;
  const present = [...new Set(files.map(dirname))];
  for (const root of roots) {
    // Only a project with mobile platform folders next to it is a cross-platform app.
    const at = (d: string) => (root ? `${root}/${d}` : d);
    const hasMobile = present.some((d) => d === at('ios') || d.startsWith(`${at('ios')}/`) || d === at('android') || d.startsWith(`${at('android')}/`));
    if (!hasMobile) continue;
    for (const p of NON_MOBILE) {
      const dir = at(p);
      if (present.some((d) => d === dir || d.startsWith(`${dir}/`))) out.push(dir);
    }
  }
  return [...new Set(out)].sort();
}

export function inFolder(file: string, folders: readonly string[]): boolean {
  return folders.some((d) => file.startsWith(`${d}/`));
}
