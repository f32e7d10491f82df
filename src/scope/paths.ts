// What a path says about a file's role, without looking at any build: conventional folder and
// file names (test folders, docs, CI, tool configs, vendored and generated output). Heuristic by
// nature; the build graph (resolve.ts) refines it. Folders are classified once and remembered,
// since a repository has far fewer folders than files and every file is asked.
import type { Role } from './types.js';
import { basename, dirname } from '../repo/paths.js';

const VENDORED = new Set(['Pods', 'Carthage', 'third_party', 'third-party', 'thirdparty', 'ThirdParty', 'vendor', 'vendors', 'node_modules', 'oh_modules']);
const GENERATED = new Set(['build', 'generated', '.dart_tool', 'DerivedData', 'intermediates', '.gradle', '.build', '.cxx', '.expo', '.hvigor', '.externalNativeBuild']);
const CI = new Set(['.github', '.circleci', '.gitlab', '.buildkite', '.bitrise', '.azure-pipelines', '.jenkins']);
// `tool/`: Dart's folder for development scripts.
const BUILD = new Set(['fastlane', 'buildSrc', 'build-logic', 'build_logic', 'scripts', 'tool']);
const TOOL_CONFIG = new Set(['.idea', '.vscode', '.husky', '.fleet', 'quality', 'checkstyle', 'pmd', 'detekt', 'spotless', 'ktlint', 'codestyle', 'code-style', 'linters', 'lint-rules']);
const DOCS = new Set(['docs', 'doc', 'documentation', 'site', 'website', '_site', 'wiki']);
const TEST_DIR = /^(?:tests?|Tests?|androidTest\w*|test[A-Z]\w*|unitTests?|__tests__|__mocks__|__fixtures__|__snapshots__|fixtures?|Fixtures?|testdata|test[-_]data|mocks?|Mocks?|specs?|integration_test|e2e|\w+Tests?|\w+UITests)$/;

const TEST_FILE = /(?:\.(?:test|spec)\.[cm]?[jt]sx?|_test\.(?:dart|go|py)|Tests?\.(?:kt|java|swift|m|mm)|Spec\.(?:kt|swift)|\.mocks\.dart|^jest\.(?:config|setup)\.[cm]?[jt]s|^\.detoxrc(?:\.\w+)?)$/;
/** Every name TEST_FILE matches holds one of these (a cheap test first: fileRole runs on every file name). */
const mayBeTest = (name: string): boolean => name.includes('est') || name.includes('pec') || name.includes('.mocks.') || name.startsWith('.detoxrc');
// Two expressions, each anchored at one end: one expression with both scanned every name from every position.
const DOCS_EXT = /\.(?:md|markdown|mdx|rst|adoc)$/i;
const DOCS_NAME = /^(?:LICEN[CS]E|COPYING|NOTICE|AUTHORS|CHANGELOG|CHANGES)(?:\.\w+)?$/i;
const CI_FILE = /^(?:\.gitlab-ci\.ya?ml|Jenkinsfile(?:\.\w+)?|\.travis\.ya?ml|azure-pipelines\.ya?ml|bitrise\.ya?ml|codemagic\.ya?ml|appveyor\.ya?ml|\.?cirrus\.ya?ml)$/;
const TOOL_FILE = /^(?:\.editorconfig|\.swiftlint\.ya?ml|\.swiftformat|\.swift-format|Dangerfile(?:\.\w+)?|renovate\.json5?|\.renovaterc(?:\.json5?)?|dependabot\.ya?ml|checkstyle[\w.-]*\.xml|pmd[\w.-]*\.xml|[\w.-]*ruleset[\w.-]*\.xml|detekt[\w.-]*\.ya?ml|lint(?:-baseline)?\.xml|\.eslintrc(?:\.\w+)?|eslint\.config\.[cm]?[jt]s|\.prettierrc(?:\.\w+)?|prettier\.config\.[cm]?[jt]s|\.stylelintrc(?:\.\w+)?|\.pre-commit-config\.ya?ml|sonar-project\.properties|\.?codecov\.ya?ml|\.codeclimate\.ya?ml|\.gitignore|\.gitattributes|\.clang-format|analysis_options\.yaml|\.ktlint\w*|\.tool-versions|\.ruby-version|\.nvmrc|\.mergify\.ya?ml|CODEOWNERS|\.bundle|devtools_options\.yaml)$/;
const GENERATED_FILE = /\.(?:g|freezed|gr|config)\.dart$/;
// pubspec_base.yaml and the like: templates a script turns into pubspec.yaml.
const BUILD_FILE = /^(?:Gemfile(?:\.lock)?|Fastfile|Appfile|Matchfile|Pluginfile|pubspec_\w+\.yaml)$/;

/** The role a folder name gives everything below it (undefined: none). */
function segmentRole(name: string, parent: string): Role | undefined {
  if (VENDORED.has(name)) return 'vendored';
  if (GENERATED.has(name)) return 'generated';
  if (CI.has(name)) return 'ci';
  if (BUILD.has(name)) return 'build';
  if (TOOL_CONFIG.has(name)) return 'tool-config';
  if (DOCS.has(name)) return 'docs';
  // Desktop targets beside the mobile ones (Flutter's macos/, linux/, windows/): another platform.
  if (/^(?:macos|linux|windows)$/i.test(name)) return 'other-platform';
  // Android source sets: src/debug, src/fooDebug are debug-only code and resources.
  if (parent === 'src' && /^(?:debug|\w+Debug)$/.test(name)) return 'debug';
  // An in-app debug menu's folder (iOS, React Native): tooling opened only in development builds.
  if (/^Debug(?:Menu|Tools?|Panel|Screens?)$/.test(name)) return 'debug';
  if (TEST_DIR.test(name)) return 'test';
  return undefined;
}

/** The role a file name gives a file (undefined: the folder's). */
export function fileRole(name: string): Role | undefined {
  if (mayBeTest(name) && TEST_FILE.test(name)) return 'test';
  if (DOCS_EXT.test(name) || DOCS_NAME.test(name)) return 'docs';
  if (CI_FILE.test(name)) return 'ci';
  if (TOOL_FILE.test(name)) return 'tool-config';
  if (GENERATED_FILE.test(name)) return 'generated';
  if (BUILD_FILE.test(name)) return 'build';
  return undefined;
}

/**
 * Folder → role, remembered, for the folders below one root (names above the root say nothing:
 * an app kept in `samples/bank/` is not a sample of itself). The outermost named folder wins:
 * `docs/build/` is docs, `app/src/test/fixtures/` is test.
 */
export class PathRoles {
  private readonly folders = new Map<string, Role | null>();
  /** `overlays`: roles the build gives folders (test targets, examples, other platforms). */
  constructor(readonly root: string, private readonly overlays: ReadonlyMap<string, Role> = new Map()) {}

  folderRole(dir: string): Role | undefined {
    if (dir === this.root || dir === '' || (this.root && !dir.startsWith(`${this.root}/`))) return undefined;
    let known = this.folders.get(dir);
    if (known === undefined) {
      const slash = dir.lastIndexOf('/');
      const parentDir = slash < 0 ? '' : dir.slice(0, slash);
      const outer = this.folderRole(parentDir);
      known = outer ?? this.overlays.get(dir) ?? segmentRole(dir.slice(slash + 1), parentDir.slice(parentDir.lastIndexOf('/') + 1)) ?? null;
      if (this.folders.size > 200_000) this.folders.clear();
      this.folders.set(dir, known);
    }
    return known ?? undefined;
  }

  private lastDir = '\0';
  private lastRole: Role | undefined;

  /** The file's role from its path alone: its folders' first, then its name's; else shipped. */
  role(file: string): Role {
    const dir = dirname(file);
    // Listings are sorted: the files of one folder come together, so the last folder is the likely one.
    if (dir !== this.lastDir) { this.lastDir = dir; this.lastRole = this.folderRole(dir); }
    return this.lastRole ?? fileRole(basename(file)) ?? 'shipped';
  }
}

const generic = new PathRoles('');

/** A path's role seen from the repository root (for callers without an app scope). */
export function pathRole(file: string): Role {
  return generic.role(file);
}
