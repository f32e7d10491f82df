// Built-in packs are found from a bundled file one level below the repository root (dist/*.js).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleEngine } from '../helpers/bundle-engine.js';

describe('built-in pack resolution from a bundle', () => {
  it('loads nfra-2024-99 from test-artifacts/dist/engine.js', async () => {
    const engine = await bundleEngine('src/engine/index.ts', path.resolve('test-artifacts/dist/engine.js'));
    const pack = engine.loadPack('nfra-2024-99');
    expect(pack.rules.length).toBeGreaterThan(40);
    expect(engine.packageRoot()).toBe(path.resolve('.'));
  });
});
