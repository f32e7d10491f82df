// The API catalogue's schema validator, for build time and tests only (dist/ embeds the catalogue
// validated, so the run-time bundle carries no schema compiler for it).
import { Ajv, type ValidateFunction } from 'ajv';
import schema from '../../schema/api-catalog.schema.json' with { type: 'json' };
import { findPackageRoot } from '../catalog/load.js';
import { readApiCatalog } from './load.js';
import type { ApiCatalogFile } from './types.js';

export function apiCatalogValidator(): ValidateFunction {
  return new Ajv({ strict: true, strictRequired: false, allErrors: false }).compile(schema);
}

/** The built-in catalogue, read and validated. */
export function readValidatedApiCatalog(root: string = findPackageRoot()): ApiCatalogFile[] {
  return readApiCatalog(root, apiCatalogValidator());
}
