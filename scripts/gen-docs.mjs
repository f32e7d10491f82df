// `npm run docs`: regenerates docs/rules/ from the built-in packs. The generator is TypeScript
// (src/docs/); esbuild bundles it into test-artifacts/ (inside the package, so it finds policies/).
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'test-artifacts', 'gen-docs.mjs');
await build({
  entryPoints: [path.join(root, 'src/docs/index.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
});
const { writeRuleDocs } = await import(pathToFileURL(outfile).href);
const written = writeRuleDocs(root);
console.log(`docs: wrote ${written.length} pages under docs/rules/`);
