// The first line of a drafted manifest: a yaml-language-server modeline, so editors (VS Code's
// YAML extension, JetBrains IDEs, Neovim/Helix with yaml-language-server) complete and validate
// mobile-app.yaml while it is written. The URL is the schema of this very version, as published
// in the npm package (jsDelivr serves every npm package's files): it works in any repository,
// Android or iOS, without node_modules. Offline teams point it elsewhere (docs/editors-and-hooks.md).
export const MANIFEST_SCHEMA_FILE = 'schema/mobile-app.schema.json';

export function manifestSchemaUrl(version: string): string {
  return `https://cdn.jsdelivr.net/npm/mobile-policy@${version}/${MANIFEST_SCHEMA_FILE}`;
}

export function schemaModeline(version: string): string {
  return `# yaml-language-server: $schema=${manifestSchemaUrl(version)}`;
}
