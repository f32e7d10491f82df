// Dependency scope: does a component ship in the release app (`runtime`), or is it only used to
// test (`test`), in debug builds (`debug`), while developing (`dev`: npm devDependencies, pub
// dev_dependencies) or to build (`build`: Gradle plugins, annotation processors, lint, tools)?
// Parsers record the configuration as written; this module turns it into one of the five.
import type { DependencyScope, Ecosystem } from './types.js';

/** Gradle configurations that package the dependency into the app (flavour/KMP prefixes allowed). */
const RUNTIME_CONFIG = /^(implementation|api|compile|runtimeOnly|apk|coreLibraryDesugaring|wearApp|override|optional)$|[a-z0-9](Implementation|Api|Compile|RuntimeOnly|Apk)$/;

/**
 * Tools that run on the developer's machine or in CI and never link into the app, wherever
 * they are declared (a pod, a Swift package, an npm package). Matched on the package name,
 * case-insensitively; a `/` subspec or plugin suffix is ignored.
 */
const BUILD_TOOLS = new Set([
  'swiftlint', 'swiftformat', 'swiftgen', 'sourcery', 'xcbeautify', 'xcpretty', 'swiftlintplugin', 'swiftlintplugins',
  'swift-format', 'swiftformat-plugin', 'periphery', 'r.swift', 'rswift', 'xcodegen', 'tuist', 'mint',
  'npm', 'yarn', 'pnpm', 'npx', 'patch-package', 'husky', 'lint-staged', 'prettier', 'eslint', 'typescript',
]);

/** A build or developer tool (SwiftLint, xcbeautify, `pkg:npm/npm`...), whatever configuration declares it. */
export function isBuildTool(ecosystem: Ecosystem, name: string): boolean {
  if (ecosystem !== 'cocoapods' && ecosystem !== 'swift' && ecosystem !== 'npm' && ecosystem !== 'carthage') return false;
  const base = name.split('/')[0]!.toLowerCase();
  // R.swift's pod ships R.swift.Library at run time; the generator alone is a tool.
  if (base === 'r.swift' && ecosystem === 'cocoapods') return false;
  return BUILD_TOOLS.has(base);
}

/** The scope a configuration/section name stands for; no name is the ecosystem's default (runtime). */
export function classifyScope(configuration: string | undefined): DependencyScope {
  if (!configuration) return 'runtime';
  const c = configuration;
  if (c === 'test' || /test/i.test(c)) return 'test';
  if (c === 'debug' || /^debug|Debug/.test(c)) return 'debug';
  if (c === 'dev' || c === 'peer') return 'dev';
  if (/compileOnly|^provided$/.test(c)) return 'build';
  if (RUNTIME_CONFIG.test(c)) return 'runtime';
  // plugin, classpath, buildscript, build-tool, kapt, ksp, annotationProcessor, compileOnly,
  // lintChecks, detektPlugins, custom tool configurations (ktlint, checkstyle, ...)
  return 'build';
}

const RANK: Record<DependencyScope, number> = { runtime: 0, debug: 1, dev: 2, test: 3, build: 4 };

/** The scope of a component seen in several places: one runtime sighting makes it runtime. */
export function widestScope(scopes: readonly DependencyScope[]): DependencyScope {
  return [...scopes].sort((a, b) => RANK[a] - RANK[b])[0] ?? 'runtime';
}

/**
 * A package of the repository itself (`pod 'X', :path => '.'`, a local folder): not a third-party
 * component. Paths into a package manager's folder (React Native `node_modules/`, Flutter
 * `.symlinks/plugins/`) are third-party code installed from npm or pub.
 */
export function isInRepoSource(source: string | undefined): boolean {
  return !!source?.startsWith('path:') && !/(^|[:/])(node_modules|\.symlinks)\//.test(source);
}
