// Reads policies/catalog/*.yaml, validates each file against schema/sdk-catalog.schema.json and
// throws a ConfigurationError naming file:line:column for the first problem: a broken catalogue
// means no verdict on SDKs is possible.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ErrorObject } from 'ajv';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { ConfigurationError } from '../core/errors.js';
import type { Location } from '../core/types.js';
import { readNamedText } from '../repo/confined.js';
import { validator } from '../precompiled/index.js';
import type { CatalogSdk } from './types.js';

export const CATALOG_DIR = 'policies/catalog';
export const CATALOG_SCHEMA = 'schema/sdk-catalog.schema.json';

/**
 * The package root: the first folder at or above `from` that holds `policies/`. Works from
 * src/catalog/ (vitest) and from dist/cli.js (bundled, one level below the root).
 */
export function findPackageRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    if (isDir(join(dir, 'policies'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new ConfigurationError(`cannot find the policies/ folder above ${from}; is mobile-policy installed with its policies/ and schema/ folders?`);
    dir = parent;
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export interface CatalogSource {
  /** Path shown in messages (relative to the package root, `/` separators). */
  file: string;
  text: string;
}

/** Catalogue files are data of tens of KB: the cap only keeps a runaway file out of memory. */
export const MAX_CATALOG_FILE_BYTES = 4 * 1024 * 1024;

/**
 * One file of the package's own data (catalogue, API catalogue) as text: a regular file (not a
 * FIFO or device, however reached) under MAX_CATALOG_FILE_BYTES, else a ConfigurationError naming it.
 */
export function readCatalogText(abs: string, file: string): string {
  return readNamedText(abs, MAX_CATALOG_FILE_BYTES, file);
}

/** Reads every `*.yaml`/`*.yml` file of a catalogue folder, sorted by name. */
export function readCatalogFiles(dir: string, root: string = dirname(dirname(dir))): CatalogSource[] {
  if (!isDir(dir)) throw new ConfigurationError(`SDK catalogue folder not found: ${dir}`);
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => {
      const file = relative(root, join(dir, f)).split(sep).join('/');
      return { file, text: readCatalogText(join(dir, f), file) };
    });
}

/**
 * Parses and validates catalogue files into SDK entries; throws ConfigurationError on the first
 * problem. The schema is the package's own (schema/sdk-catalog.schema.json, bundled).
 */
export function parseCatalogSources(sources: readonly CatalogSource[]): CatalogSdk[] {
  const validate = validator('catalog');
  const sdks: CatalogSdk[] = [];
  const seen = new Map<string, { file: string; line: number }>();
  for (const src of sources) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(src.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const locate = (offset: number | undefined): Location => {
      if (offset === undefined) return { file: src.file };
      const pos = lineCounter.linePos(offset);
      return { file: src.file, line: pos.line, column: pos.col };
    };
    const yamlError = doc.errors[0];
    if (yamlError) throw new ConfigurationError(`invalid YAML: ${yamlError.message.split('\n')[0]}`, { location: locate(yamlError.pos[0]) });
    const data: unknown = doc.toJS();
    if (!validate(data)) {
      const err = pickError(validate.errors ?? []);
      const path = pointerToPath(err.instancePath);
      const id = sdkIdAt(data, path);
      throw new ConfigurationError(`${err.instancePath || '/'} ${describe(err)}${id ? ` (sdk ${id})` : ''}`, { location: locate(nodeOffset(doc, path)) });
    }
    const list = (data as { sdks: Omit<CatalogSdk, 'file' | 'line'>[] }).sdks;
    list.forEach((entry, i) => {
      const loc = locate(nodeOffset(doc, ['sdks', i]));
      const line = loc.line ?? 1;
      for (const name of [entry.id, ...(entry.aliases ?? [])]) {
        const prev = seen.get(name);
        if (prev) throw new ConfigurationError(`duplicate SDK id or alias "${name}" (first at ${prev.file}:${prev.line})`, { location: loc });
        seen.set(name, { file: src.file, line });
      }
      sdks.push({ ...entry, file: src.file, line });
    });
  }
  return sdks;
}

/** Prefer the deepest error; `if`/`then` wrappers say less than the `required` beneath them. */
function pickError(errors: ErrorObject[]): ErrorObject {
  const useful = errors.filter((e) => e.keyword !== 'if');
  const list = useful.length ? useful : errors;
  return list.reduce((a, b) => (b.instancePath.length > a.instancePath.length ? b : a), list[0]!);
}

function describe(err: ErrorObject): string {
  const p = err.params as Record<string, unknown>;
  if (err.keyword === 'enum') return `${err.message}: ${(p.allowedValues as unknown[]).join(', ')}`;
  if (err.keyword === 'additionalProperties') return `has unknown property "${String(p.additionalProperty)}"`;
  return err.message ?? err.keyword;
}

function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function nodeOffset(doc: Document, path: (string | number)[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) return node.range[0] as number;
    if (n > 0 && (isMap(node) || isSeq(node))) return undefined;
  }
  return undefined;
}

function sdkIdAt(data: unknown, path: (string | number)[]): string | undefined {
  if (path[0] !== 'sdks' || typeof path[1] !== 'number') return undefined;
  const entry = (data as { sdks?: unknown[] }).sdks?.[path[1]];
  const id = entry && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}
