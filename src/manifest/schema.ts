// The manifest JSON Schema (v1). `schema/mobile-app.schema.json` is the contract: it ships in
// the npm package, is printed by `mobile-policy schema`, and is bundled into dist/ from here.
import schema from '../../schema/mobile-app.schema.json' with { type: 'json' };

export type JsonSchema = { [key: string]: unknown };

/** The manifest schema (draft 2020-12); descriptions in `description` (en) and `x-description-zh-CN`. */
export const manifestSchema: JsonSchema = schema as JsonSchema;

/** Schema keywords that only annotate (for editors and docs); the validator ignores them. */
export const ANNOTATION_KEYWORDS: readonly string[] = ['x-description-zh-CN', 'x-enum-details'];
