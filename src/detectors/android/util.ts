// Helpers shared by the platform detectors (android, ios, harmonyos, links, secrets).
import type { Diagnostic, Location, Severity } from '../../core/types.js';
import type { RepoFiles } from '../../repo/files.js';
import { subtree } from '../../repo/files.js';
import { isCodeRole, isTestRole, pathRole, scopeFiles, scopeOf, type AppScope } from '../../scope/index.js';
import type { DetectorInput } from '../types.js';

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

export { basename, dirname } from '../../repo/paths.js';

/**
 * Is this path test code or test data (test folders, fixtures, *.test.ts, FooTest.kt, sample
 * apps)? From the path alone, seen from the repository root; detectors with an app scope ask
 * the scope for the file's role instead (src/scope).
 */
export function isTestPath(p: string): boolean {
  return isTestRole(pathRole(p));
}

/** The app's scope for a detector: the one check resolved, else the scope of appDir. */
export function scopeOfInput(input: DetectorInput): AppScope {
  return input.scope ?? scopeOf(input.repo, input.appDir);
}

/** The app's files the code rules read (shipped and debug), in listing order. */
export function codeFiles(input: DetectorInput): string[] {
  return scopeFiles(input.repo, scopeOfInput(input), isCodeRole);
}

/** Splits text into lines (LF or CRLF). */
export function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}
