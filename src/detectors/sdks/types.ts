// Facts of the `sdks` detector: the third-party components an app is built from, with evidence.
import type { Location } from '../../core/types.js';

/** Where a dependency ends up: in the release app, or only in tests, debug builds, development or the build. */
export type DependencyScope = 'runtime' | 'test' | 'debug' | 'dev' | 'build';

/** `file`: a vendored .jar/.aar/.framework/.a/.har; `native`: a native library (.so per ABI, .dylib). */
export type Ecosystem = 'maven' | 'cocoapods' | 'swift' | 'carthage' | 'pub' | 'npm' | 'ohpm' | 'cargo' | 'file' | 'native';

/** Where a component was seen. `line` is absent only for a vendored binary file itself. */
export interface Evidence {
  file: string;
  line?: number;
}

export interface Component {
  /** Package URL; without `@version` when the version is unresolved. */
  purl: string;
  ecosystem: Ecosystem;
  group?: string;
  name: string;
  /** The resolved version, or 'unresolved'. */
  version: string;
  /** The version as written in the manifest (`^1.2.0`, `~> 5.0`, `2.+`, `$okhttpVersion`). */
  versionSpec?: string;
  /** True when the build can pick a different version tomorrow (ranges without a lockfile, `+`, SNAPSHOT, branch pins). */
  dynamicVersion: boolean;
  /** Declared by the app itself (not only pulled in transitively). */
  direct: boolean;
  /** Where it ends up (src/detectors/sdks/scope.ts); a component in any runtime configuration or target is runtime. */
  scope: DependencyScope;
  /** Every configuration / section / target kind it was declared in, as written (`implementation`, `dev`, `test`), sorted. */
  configurations?: string[];
  /** A bill of materials imported with `platform()` / `enforcedPlatform()`. */
  bom?: boolean;
  /** First evidence (manifest before lockfile). */
  location: Location;
  locations: Evidence[];
  /** hosted | git | path | sdk | registry url | repository url | file path. */
  source?: string;
  /** Native library: the ABIs it is shipped for (`arm64-v8a`, `armeabi-v7a`), sorted. */
  abis?: string[];
  /** The catalogued SDK this component belongs to, or null (set by the detector from policies/catalog). */
  sdk?: import('./catalog-ref.js').ComponentSdk | null;
}

export type RepositoryKind = 'maven' | 'cocoapods-spec' | 'npm-registry' | 'pub' | 'ohpm-registry';

export interface Repository {
  url: string;
  kind: RepositoryKind;
  /** Shorthand used, e.g. `google()`, `mavenCentral()`. */
  name?: string;
  /** The first place it is declared. */
  location: Location;
  /** Every place it is declared, when there are several (one repository, one entry). */
  locations?: Evidence[];
}

export type BinaryKind = 'aar' | 'jar' | 'framework' | 'xcframework' | 'so' | 'a' | 'dylib' | 'har';

/** A catalogue SDK named by a binary's contents: how many of its class or symbol names match, and the pattern matched most. */
export interface BinarySignature {
  sdk: string;
  names: number;
  pattern: string;
}

export interface VendoredBinary {
  /** Path of the file, or of the bundle folder for `.framework` / `.xcframework`. */
  file: string;
  kind: BinaryKind;
  /** Base name without extension (and without ABI folder for `.so`). */
  name: string;
  location: Location;
  /** Build-file lines that reference it through `files()` / `fileTree()`. */
  referencedBy?: Evidence[];
  /** Native library: the ABI folders it is in (one entry for `jniLibs/<abi>/libx.so` of every ABI), sorted. */
  abis?: string[];
  /** Native library: the other ABI copies of `file`. */
  copies?: string[];
  /** Class, symbol and header names read from its contents (src/detectors/sdks/binary-signatures.ts). */
  namesRead?: number;
  /** Catalogue SDKs those names belong to, most names first. */
  signatures?: BinarySignature[];
}

export interface Unresolved {
  file: string;
  line: number;
  text: string;
  reason: string;
}

export interface SdkFacts {
  components: Component[];
  repositories: Repository[];
  vendoredBinaries: VendoredBinary[];
  unresolved: Unresolved[];
  /** Desktop/web platform folders of a Flutter or React Native app (macos/, linux/, windows/, web/): not inventoried for the mobile app. */
  nonMobileFolders?: string[];
}

/**
 * One sighting of a component in one file, before merging. Parsers produce these.
 * `root` is the project folder used to pair a manifest with its lockfile.
 */
export interface Sighting {
  ecosystem: Ecosystem;
  group?: string;
  name: string;
  /** purl subpath (CocoaPods subspec). */
  subpath?: string;
  version?: string;
  versionSpec?: string;
  /** Dynamic if nothing pins it. */
  dynamic: boolean;
  /** The sighting comes from a lockfile (which pins versions). */
  lock?: boolean;
  /** For manifest sightings: a lockfile of the same project would pin the version. */
  lockable?: boolean;
  direct: boolean;
  /** The configuration/section as written (`testImplementation`, `dev`, `test`, `debug`); classified by scope.ts. */
  scope?: string;
  bom?: boolean;
  file: string;
  line?: number;
  column?: number;
  source?: string;
  root: string;
  /** The declaration that decides (pub's root package): the component is located here. */
  primary?: boolean;
  /** How many packages of the repository depend on the declaring one (pub `path:`): of several declarations, the most depended-on locates the component. */
  dependents?: number;
  /** Lockfile: the version a top-level declaration resolves to (npm hoisting). */
  hoisted?: boolean;
  /** Lockfile: the descriptors this entry satisfies (yarn: `a@^1.0.0`). */
  specs?: string[];
  /** Lockfile: the packages this entry depends on (Podfile.lock), to give transitive components the scope of what pulls them in. */
  requires?: { ecosystem: Ecosystem; group?: string; name: string; subpath?: string }[];
}
