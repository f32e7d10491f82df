// Cold start (issue 16): `--version` and `--help` load no command, no engine, no catalogue.
// Each heavy module is replaced by a stand-in that records being loaded; vi.mock factories only
// run when the module is imported.
import { describe, expect, it, vi } from 'vitest';
import { CHECK_FORMATS, COVERAGE_FORMAT_NAMES, LEDGER_FORMAT_NAMES } from '../../src/cli/usage.js';

const loaded = vi.hoisted(() => new Set<string>());

vi.mock('../../src/catalog/index.js', async (original) => { loaded.add('catalog'); return original(); });
vi.mock('../../src/engine/index.js', async (original) => { loaded.add('engine'); return original(); });
vi.mock('../../src/check.js', async (original) => { loaded.add('check'); return original(); });
vi.mock('../../src/reporters/index.js', async (original) => { loaded.add('reporters'); return original(); });
vi.mock('../../src/precompiled/index.js', async (original) => { loaded.add('precompiled'); return original(); });

const { main } = await import('../../src/cli/main.js');

function io() {
  const out = { stdout: '', stderr: '' };
  return { out, io: { out: (s: string) => { out.stdout += s; }, err: (s: string) => { out.stderr += s; }, isTTY: false, env: {}, cwd: process.cwd() } };
}

describe('lazy command loading', () => {
  it('--version and --help load no command module, engine or catalogue', async () => {
    const a = io();
    expect(await main(['--version'], a.io)).toBe(0);
    expect(a.out.stdout).toMatch(/^\d+\.\d+\.\d+/);
    const b = io();
    expect(await main(['--help'], b.io)).toBe(0);
    expect(b.out.stdout).toContain('mobile-policy check');
    expect([...loaded]).toEqual([]);
  });

  it('a command loads what it uses when it runs', async () => {
    const a = io();
    expect(await main(['explain', 'nfra/cleartext-urls'], a.io)).toBe(0);
    expect(loaded.has('engine')).toBe(true);
  });

  it('usage lists the formats the commands accept', async () => {
    const { REPORTERS } = await import('../../src/reporters/index.js');
    const { COVERAGE_FORMATS } = await import('../../src/coverage/index.js');
    const { LEDGER_FORMATS } = await import('../../src/ledger/format/index.js');
    expect([...CHECK_FORMATS]).toEqual(Object.keys(REPORTERS));
    expect([...COVERAGE_FORMAT_NAMES]).toEqual([...COVERAGE_FORMATS]);
    expect([...LEDGER_FORMAT_NAMES]).toEqual(Object.keys(LEDGER_FORMATS));
  });
});
