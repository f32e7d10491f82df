// Reads policies/api-catalog/*.yaml; with a validator (build time, tests: validate.ts) each file is
// checked against schema/api-catalog.schema.json, and a broken file throws a ConfigurationError
// naming file:line:column. dist/ embeds the validated result (src/precompiled/generate.ts), so the
// run time parses YAML only when running from src/, and never bundles a schema compiler.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { LineCounter, parseDocument } from 'yaml';
import { ConfigurationError } from '../core/errors.js';
import { findPackageRoot, readCatalogText } from '../catalog/load.js';
import type { ApiCatalogFile } from './types.js';

export const API_CATALOG_DIR = 'policies/api-catalog';

/** Parses and validates catalogue files (`text` per root-relative `file`); ids must be unique. */
export function parseApiCatalog(sources: readonly { file: string; text: string }[], validate?: ValidateFunction): ApiCatalogFile[] {
  const seen = new Set<string>();
  return sources.map((src) => {
    const lineCounter = new LineCounter();
    const doc = parseDocument(src.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const where = (offset: number | undefined) => {
      const pos = offset === undefined ? undefined : lineCounter.linePos(offset);
      return { file: src.file, line: pos?.line, column: pos?.col };
    };
    if (doc.errors[0]) throw new ConfigurationError(`invalid YAML: ${doc.errors[0].message.split('\n')[0]}`, { location: where(doc.errors[0].pos[0]) });
    const data = doc.toJS() as Omit<ApiCatalogFile, 'file'>;
    if (validate && !validate(data)) {
      const e = validate.errors![0]!;
      const path = e.instancePath.slice(1).split('/').filter(Boolean).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      const node = doc.getIn(path, true) as { range?: number[] } | undefined;
      throw new ConfigurationError(`${e.instancePath || '/'} ${e.message ?? e.keyword}`, { location: where(node?.range?.[0]) });
    }
    data.apis.forEach((a, i) => {
      if (seen.has(a.id)) throw new ConfigurationError(`duplicate API id "${a.id}"`, { location: where((doc.getIn(['apis', i], true) as { range?: number[] } | undefined)?.range?.[0]) });
      seen.add(a.id);
      try {
        if (a.receiver) new RegExp(`(?:${a.receiver})$`);
      } catch (err) {
        throw new ConfigurationError(`API ${a.id}: receiver is not a regular expression: ${(err as Error).message}`, { location: where(undefined) });
      }
    });
    return { file: src.file, ...data };
  });
}

/** The built-in catalogue files, read from the package's policies/ folder. */
export function readApiCatalog(root: string = findPackageRoot(), validate?: ValidateFunction): ApiCatalogFile[] {
  const dir = join(root, API_CATALOG_DIR);
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  return parseApiCatalog(files.map((f) => ({ file: `${API_CATALOG_DIR}/${f}`, text: readCatalogText(join(dir, f), `${API_CATALOG_DIR}/${f}`) })), validate);
}
