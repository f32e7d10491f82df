// The roles a file can play for one app. Only `shipped` (and `debug`, marked as such) is the
// app's code and resources as far as the code rules are concerned; secrets look at every role.

export const ROLES = ['shipped', 'debug', 'test', 'example', 'build', 'tool-config', 'docs', 'ci', 'generated', 'vendored', 'other-platform', 'excluded'] as const;
export type Role = (typeof ROLES)[number];

/** Role codes in a per-file array; OUTSIDE marks files that are not the app's at all. */
export const OUTSIDE = 255;
export const ROLE_CODE: Readonly<Record<Role, number>> = Object.fromEntries(ROLES.map((r, i) => [r, i])) as Record<Role, number>;

/** Roles whose files the code rules (links, WebView, platform facts) read. */
export function isCodeRole(role: Role | undefined): role is 'shipped' | 'debug' {
  return role === 'shipped' || role === 'debug';
}

/** Roles that are test code or test data (secrets found there are test-only). */
export function isTestRole(role: Role | undefined): boolean {
  return role === 'test' || role === 'example';
}

export interface GradleModule {
  /** Gradle path (`:app`, `:feature:home`; `:` for the root project). */
  path: string;
  /** Folder, repository-relative. */
  dir: string;
  /** The build script, when there is one. */
  script?: string;
  /** Applies the Android application plugin (directly, through an alias or a convention plugin). */
  application: boolean;
}

export interface XcodeTarget {
  name: string;
  kind: 'app' | 'extension' | 'test' | 'framework' | 'other';
  /** The project (.pbxproj or XcodeGen project.yml) declaring it. */
  project: string;
  bundleId?: string;
}

export interface AppScope {
  /** Folders holding the app's builds, repository-relative ('' for the root). */
  roots: string[];
  /** Common folder of the roots: the app's folder for detectors that want one. */
  dir: string;
  /** How the roots were found: the manifest's folder, the app id, or `scope.include`. */
  via: 'manifest-folder' | 'app-id' | 'include';
  gradle: GradleModule[];
  xcode: XcodeTarget[];
  flutter: string[];
  reactNative: string[];
  harmonyos: string[];
  /** Role code per index of repo.paths (OUTSIDE: not this app's). */
  codes: Uint8Array;
  counts: Partial<Record<Role, number>>;
}

/** The scope as reports show it (JSON `apps[].scope`). */
export interface ScopeSummary {
  roots: string[];
  via: AppScope['via'];
  android: { modules: string[]; applications: string[] };
  ios: { targets: { name: string; kind: XcodeTarget['kind'] }[] };
  flutter: string[];
  reactNative: string[];
  harmonyos: string[];
  files: Partial<Record<Role, number>>;
}
