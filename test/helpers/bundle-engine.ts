// Bundles src/engine/index.ts as dist/ bundles are built (ESM for node20, with a require()),
// for tests of how the engine behaves from a bundled file.
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

export async function bundleEngine(entry: string, outfile: string, extra: { external?: string[]; plugins?: Plugin[] } = {}):
  Promise<typeof import('../../src/engine/index.js')> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
    ...extra,
  });
  return (await import(pathToFileURL(outfile).href)) as typeof import('../../src/engine/index.js');
}
