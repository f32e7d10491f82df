// Bundles the CLI and the Action with esbuild into committed, reproducible files in dist/.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
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

// Build-time precompilation (docs/decisions/0007): src/precompiled/generate.ts, bundled and run
// here, writes the module that stands for src/precompiled/index.ts in dist/: ajv standalone
// validators, the built-in packs and catalogue as data. A broken pack or catalogue fails here.
// It goes to dist/precompiled.cjs, which the bundles require() on first use: `--help` does not
// parse it.
const precompiledDir = fileURLToPath(new URL('src/precompiled/', import.meta.url));
const generator = await build({
  ...common, entryPoints: [join(precompiledDir, 'generate.ts')], write: false, logLevel: 'error',
  // Run from a temporary file, it still finds policies/ and schema/ from its source location.
  define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(precompiledDir, 'generate.ts')).href) },
});
const tmp = mkdtempSync(join(tmpdir(), 'mobile-policy-build-'));
let generated;
try {
  writeFileSync(join(tmp, 'generate.mjs'), generator.outputFiles[0].contents);
  generated = (await import(pathToFileURL(join(tmp, 'generate.mjs')).href)).generatePrecompiled();
} catch (e) {
  console.error(`build.mjs: cannot precompile the built-in packs, catalogue and schemas:\n${e?.message ?? e}`);
  process.exit(1);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
await build({
  ...common, format: 'cjs', banner: {}, outfile: 'dist/precompiled.cjs',
  stdin: { contents: generated, loader: 'ts', resolveDir: precompiledDir, sourcefile: 'src/precompiled/generated.ts' },
});
const precompiled = {
  name: 'precompiled',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]precompiled[\\/]index\.ts$/ }, () => ({
      loader: 'js',
      contents: [
        "let loaded;",
        "const load = () => (loaded ??= require('./precompiled.cjs'));",
        'export const validator = (name) => load().validator(name);',
        'export const embeddedData = () => load().embeddedData();',
      ].join('\n'),
    }));
  },
};
common.plugins = [precompiled];
common.external = [...common.external, './precompiled.cjs'];

// The CLI is split along its per-command dynamic imports (src/cli/main.ts): `--version` loads
// dist/cli.js and a small chunk, not the engine. Chunks sit next to cli.js, so the workers and
// precompiled.cjs resolve from any of them as from cli.js.
// Chunk names carry a content hash: the last build's chunks go first, so none is left behind.
mkdirSync('dist', { recursive: true });
for (const f of readdirSync('dist', { withFileTypes: true })) if (f.isFile() && /^cli-.*\.js$/.test(f.name)) rmSync(join('dist', f.name));
await build({ ...common, entryPoints: { cli: 'src/cli.ts' }, outdir: 'dist', splitting: true, chunkNames: 'cli-[name]-[hash]', banner: { js: '#!/usr/bin/env node\n' + common.banner.js } });
await build({ ...common, entryPoints: ['src/action/index.ts'], outfile: 'dist/index.js' });
// The second threads of the listing (src/repo/walk.ts) and of the source scan's reads
// (src/repo/read-ahead.ts), next to both entry points.
await build({ ...common, entryPoints: ['src/repo/walk-worker.ts'], outfile: 'dist/walk-worker.js' });
await build({ ...common, entryPoints: ['src/repo/read-ahead-worker.ts'], outfile: 'dist/read-ahead-worker.js' });
