// Bundles the CLI and the Action with esbuild into committed, reproducible files in dist/.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  // Optional modules the CycloneDX library loads inside try/catch (XML output, extra
  // validators): not installed, not needed for JSON output.
  external: ['xmlbuilder2', 'libxmljs2', 'ajv-formats-draft2019'],
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __mpCreateRequire } from 'node:module'; const require = __mpCreateRequire(import.meta.url);" },
};

await build({ ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node\n' + common.banner.js } });
await build({ ...common, entryPoints: ['src/action/index.ts'], outfile: 'dist/index.js' });
// The file read-ahead thread (src/repo/read-ahead.ts), next to both entry points.
await build({ ...common, entryPoints: ['src/repo/read-ahead-worker.ts'], outfile: 'dist/read-ahead-worker.js' });
