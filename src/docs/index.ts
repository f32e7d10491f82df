// Documentation generated from the built-in packs.
export { generateRuleDocs, writeRuleDocs, RULE_DOCS_DIR } from './rules.js';
