// Helpers shared by the platform detectors (android, ios, harmonyos, links, secrets).
import type { Diagnostic, Location, Severity } from '../../core/types.js';
import type { RepoFiles } from '../../repo/files.js';
import { subtree } from '../../repo/files.js';

export function diagnostic(code: string, severity: Severity, file: string, en: string, zh: string,
  line?: number, column?: number, articles?: number[]): Diagnostic {
  const location: Location = { file };
  if (line) location.line = line;
  if (line && column) location.column = column;
  const d: Diagnostic = { code, severity, message: { en, 'zh-CN': zh }, location, subject: file };
  if (articles) d.articles = articles;
  return d;
}

export function loc(file: string, line?: number, column?: number): Location {
  const l: Location = { file };
  if (line) l.line = line;
  if (line && column) l.column = column;
  return l;
}

/** The files of one app (below appDir), as repository-relative paths. */
export function appFiles(repo: RepoFiles, appDir: string): string[] {
  return subtree(repo, appDir);
}

export function basename(p: string): string {
  const i = p.lastIndexOf('/');
  return i >= 0 ? p.slice(i + 1) : p;
}

export function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i >= 0 ? p.slice(0, i) : '';
}

const TEST_DIR = /^(?:tests?|androidTest\w*|test[A-Z]\w*|unitTests?|__tests__|__mocks__|specs?|integration_test|testFixtures|e2e|\w+Tests|\w+UITests)$/;
const TEST_FILE = /(?:\.(?:test|spec)\.[cm]?[jt]sx?|_test\.dart|Tests?\.(?:kt|java|swift|m)|Spec\.(?:kt|swift))$/;

// Folder → is test code; a repository has far fewer folders than files, and every file is asked.
const testDirs = new Map<string, boolean>();

function isTestDir(dir: string): boolean {
  let known = testDirs.get(dir);
  if (known === undefined) {
    const slash = dir.lastIndexOf('/');
    known = TEST_DIR.test(dir.slice(slash + 1)) || (slash > 0 && isTestDir(dir.slice(0, slash)));
    if (testDirs.size > 200_000) testDirs.clear();
    testDirs.set(dir, known);
  }
  return known;
}

/** Is this path test code (test/androidTest/Tests/__tests__/spec folders, *.test.ts, *_test.dart, FooTest.kt)? */
export function isTestPath(p: string): boolean {
  const slash = p.lastIndexOf('/');
  if (TEST_FILE.test(slash >= 0 ? p.slice(slash + 1) : p)) return true;
  return slash > 0 && isTestDir(p.slice(0, slash));
}

/** Splits text into lines (LF or CRLF). */
export function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}
