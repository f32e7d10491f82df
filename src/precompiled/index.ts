// Validators and built-in data, as the rest of the code gets them. This file is the run-time
// fallback used from src/ (vitest, tsc): schemas are compiled on first use and nothing is
// embedded. `node build.mjs` replaces this module in dist/ by generated code in
// dist/precompiled.cjs (see src/precompiled/generate.ts and docs/decisions/0007): ajv standalone
// validators and the built-in packs and catalogue, parsed and validated at build time.
import type { ValidateFunction } from 'ajv';
import { compileSchemaSet, setOf, type ValidatorName } from './schemas.js';
import type { EmbeddedData } from './types.js';

const compiled: Partial<Record<ValidatorName, ValidateFunction>> = {};

/** A JSON Schema validator (compiled once per process from src/, precompiled in dist/). */
export function validator(name: ValidatorName): ValidateFunction {
  const known = compiled[name];
  if (known) return known;
  Object.assign(compiled, compileSchemaSet(setOf(name)));
  return compiled[name]!;
}

/** Built-in packs and catalogue parsed at build time: none when running from src/. */
export function embeddedData(): EmbeddedData | undefined {
  return undefined;
}
