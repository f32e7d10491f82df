// Built-in packs are found from a bundled file one level below the repository root (dist/*.js).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('built-in pack resolution from a bundle', () => {
  it('loads nfra-2024-99 from test-artifacts/dist/engine.js', async () => {
    const outfile = path.resolve('test-artifacts/dist/engine.js');
    await build({
      entryPoints: ['src/engine/index.ts'],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
      banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
    });
    const engine = (await import(pathToFileURL(outfile).href)) as typeof import('../../src/engine/index.js');
    const pack = engine.loadPack('nfra-2024-99');
    expect(pack.rules.length).toBeGreaterThan(40);
    expect(engine.packageRoot()).toBe(path.resolve('.'));
  });
});
