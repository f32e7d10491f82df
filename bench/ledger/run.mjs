// node bench/ledger/run.mjs [REPOS] [POLICY]: bundles bench.ts with esbuild, then runs it.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

const out = 'bench/.work/ledger-bench.mjs';
await build({
  entryPoints: ['bench/ledger/bench.ts'], outfile: out, bundle: true, platform: 'node', target: 'node20', format: 'esm',
  logLevel: 'warning', external: ['xmlbuilder2', 'libxmljs2', 'ajv-formats-draft2019'],
  banner: { js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);" },
});
const r = spawnSync(process.execPath, [out, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
