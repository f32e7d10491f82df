import { configDefaults, defineConfig } from 'vitest/config';

/** Runs under a V8 heap cap: a fuzz case that needs more than about 300 MB of live heap aborts its fork and fails. */
const FUZZ = 'test/fuzz/parsers.fuzz.test.ts';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts', 'src/**/*.test.ts'], exclude: [...configDefaults.exclude, FUZZ] } },
      { extends: true, test: { name: 'fuzz', include: [FUZZ], execArgv: ['--max-old-space-size=300'] } },
    ],
  },
});
