// The JSON Schema validators mobile-policy uses, and the one place their ajv options are set.
// Run from src/ (vitest) they are compiled on first use; dist/ holds ajv standalone code
// generated from these same instances at build time (docs/decisions/0007).
import { Ajv, type CodeOptions, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import catalogSchema from '../../schema/sdk-catalog.schema.json' with { type: 'json' };
import packSchema from '../../schema/policy-pack.schema.json' with { type: 'json' };
import { MANIFEST_FORMATS } from '../manifest/formats.js';
import { ANNOTATION_KEYWORDS, manifestSchema } from '../manifest/schema.js';

/** The validators, by name. */
export type ValidatorName = 'manifest' | 'catalog' | 'pack' | 'rule' | 'testFile';

/** One ajv instance per schema file, and the validators it yields (name → schema reference). */
export interface SchemaSet {
  ajv: Ajv;
  refs: Partial<Record<ValidatorName, string>>;
}

export const SCHEMA_SETS = ['manifest', 'catalog', 'pack'] as const;
export type SchemaSetName = (typeof SCHEMA_SETS)[number];

/** The ajv instance of a schema file, with the schema added. `code` is set by the build-time generator. */
export function schemaSet(name: SchemaSetName, code?: CodeOptions): SchemaSet {
  switch (name) {
    case 'manifest': {
      // Draft 2020-12, strict; every error, with the offending value and schema (verbose) for messages.
      const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, logger: false, ...(code ? { code } : {}) });
      ajv.addVocabulary([...ANNOTATION_KEYWORDS]);
      for (const [format, def] of Object.entries(MANIFEST_FORMATS)) ajv.addFormat(format, def);
      const id = 'mobile-policy:manifest';
      ajv.addSchema(manifestSchema, id);
      return { ajv, refs: { manifest: id } };
    }
    case 'catalog': {
      const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, ...(code ? { code } : {}) });
      ajv.addSchema(catalogSchema);
      return { ajv, refs: { catalog: catalogSchema.$id } };
    }
    case 'pack': {
      const ajv = new Ajv({ allErrors: false, strict: false, ...(code ? { code } : {}) });
      ajv.addSchema(packSchema);
      const def = (d: string): string => `${packSchema.$id}#/definitions/${d}`;
      return { ajv, refs: { pack: def('pack'), rule: def('rule'), testFile: def('testFile') } };
    }
  }
}

const SET_OF: Record<ValidatorName, SchemaSetName> = { manifest: 'manifest', catalog: 'catalog', pack: 'pack', rule: 'pack', testFile: 'pack' };

/** Compiles the validators of one schema file at run time. */
export function compileSchemaSet(name: SchemaSetName): Partial<Record<ValidatorName, ValidateFunction>> {
  const { ajv, refs } = schemaSet(name);
  const out: Partial<Record<ValidatorName, ValidateFunction>> = {};
  for (const [v, ref] of Object.entries(refs) as [ValidatorName, string][]) {
    const fn = ajv.getSchema(ref);
    if (!fn) throw new Error(`schema reference ${ref} missing`);
    out[v] = fn;
  }
  return out;
}

export function setOf(name: ValidatorName): SchemaSetName {
  return SET_OF[name];
}
