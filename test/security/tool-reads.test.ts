// Issue 17, "one rule for every file the tool opens", for the files that are not in the scanned
// repository: the ledger's state and cache files and the JSON ledgers given to `ledger merge`, the
// CI event file (GITHUB_EVENT_PATH), the package's own SDK and API catalogues, and a repository
// file read by range. None is confined to a folder, but each must be a regular file (a FIFO would
// hang the run, a link to /dev/zero never end) whose size is known and capped before reading; a
// refused file is an error that names it.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_EVENT_FILE_BYTES, readEventContext } from '../../src/action/context.js';
import { loadCatalogSdks } from '../../src/catalog/index.js';
import { MAX_CATALOG_FILE_BYTES, readCatalogFiles } from '../../src/catalog/load.js';
import { readApiCatalog } from '../../src/api-catalog/load.js';
import { ConfigurationError } from '../../src/core/errors.js';
import { MAX_JSON_FILE_BYTES, readJson } from '../../src/ledger/store.js';
import { DiskRepo } from '../../src/repo/files.js';
import { cli, LIMIT_MS, mkfifo, tempDir, write } from './hostile.js';

const made: string[] = [];
afterAll(() => { for (const d of made) fs.rmSync(d, { recursive: true, force: true }); });
const dir = (p: string) => { const d = tempDir(p); made.push(d); return d; };

const anything = (_: unknown): _ is unknown => true;

/** The three shapes of a file that must not be read: a FIFO, a link to /dev/zero, a file over the cap (sparse: no disk used). */
function hostileFiles(root: string, name: (kind: string) => string, cap: number): Record<'fifo' | 'zero' | 'large', { file: string; why: RegExp }> {
  const fifo = path.join(root, name('fifo'));
  mkfifo(fifo);
  const zero = path.join(root, name('zero'));
  fs.symlinkSync('/dev/zero', zero);
  const large = path.join(root, name('large'));
  fs.writeFileSync(large, '');
  fs.truncateSync(large, cap + 1);
  return {
    fifo: { file: fifo, why: /not a regular file \(FIFO\)/ },
    zero: { file: zero, why: /not a regular file \(character device\)/ },
    large: { file: large, why: new RegExp(`${cap + 1} bytes, over the ${cap}-byte limit`) },
  };
}

/** Calls `read`, which must throw a ConfigurationError naming `file` and saying why, quickly. */
function refuses(read: () => unknown, file: string, why: RegExp): void {
  const t0 = performance.now();
  let error: unknown;
  try {
    read();
  } catch (e) {
    error = e;
  }
  expect(performance.now() - t0).toBeLessThan(LIMIT_MS);
  expect(error).toBeInstanceOf(ConfigurationError);
  expect((error as Error).message).toContain(file);
  expect((error as Error).message).toMatch(why);
}

describe.skipIf(process.platform === 'win32')('files the tool reads besides the repository', () => {
  it('ledger state and cache files: a FIFO, a link to /dev/zero and a file over the cap are errors naming the file', () => {
    const root = dir('ledger-state');
    for (const { file, why } of Object.values(hostileFiles(root, (k) => `${k}.state.json`, MAX_JSON_FILE_BYTES))) {
      refuses(() => readJson(file, anything, 'ledger state file'), file, why);
    }
    // Unchanged: no file yet is a cold start, a corrupt one is ignored.
    expect(readJson(path.join(root, 'none.json'), anything)).toBeUndefined();
    expect(readJson(write(root, 'corrupt.json', '{"version": 1,'), anything)).toBeUndefined();
    expect(readJson(write(root, 'ok.json', '{"version": 1}'), anything)).toEqual({ version: 1 });
  });

  it('`ledger --org` with --state or --cache a FIFO or a link to /dev/zero: exit 2 naming the file, no hang', () => {
    const root = dir('ledger-cli');
    const files = hostileFiles(root, (k) => `${k}.json`, MAX_JSON_FILE_BYTES);
    const org = ['ledger', '--org', 'acme', '--api-url', 'http://127.0.0.1:9', '--format', 'json'];
    const env = { GITHUB_TOKEN: 'test-token' };
    for (const [args, shown] of [
      [['--state', files.fifo.file, '--no-cache'], `ledger state file ${files.fifo.file}: not a regular file (FIFO)`],
      [['--state', files.zero.file, '--no-cache'], `ledger state file ${files.zero.file}: not a regular file (character device)`],
      [['--cache', files.zero.file, '--state', path.join(root, 'new.json')], `ledger cache file ${files.zero.file}: not a regular file (character device)`],
    ] as const) {
      const r = cli([...org, ...args], { env });
      expect(r.signal).toBeNull();
      expect(r.ms).toBeLessThan(LIMIT_MS);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(shown);
    }
    const merge = cli(['ledger', 'merge', files.fifo.file]);
    expect([merge.signal, merge.status, merge.ms < LIMIT_MS]).toEqual([null, 2, true]);
    expect(merge.stderr).toContain(`JSON ledger ${files.fifo.file}: not a regular file (FIFO)`);
  });

  it('the event file (GITHUB_EVENT_PATH): refused the same way; a regular one is still read', () => {
    const root = dir('event');
    for (const { file, why } of Object.values(hostileFiles(root, (k) => `${k}-event.json`, MAX_EVENT_FILE_BYTES))) {
      refuses(() => readEventContext({ GITHUB_EVENT_PATH: file, GITHUB_EVENT_NAME: 'push' }), file, why);
    }
    const ok = write(root, 'event.json', JSON.stringify({ pull_request: { number: 7, base: { sha: 'b' }, head: { sha: 'h' } } }));
    expect(readEventContext({ GITHUB_EVENT_PATH: ok, GITHUB_EVENT_NAME: 'pull_request' }).pr?.number).toBe(7);
  });

  it('catalogue folders: a FIFO, a link to /dev/zero or an oversized file named *.yaml is an error naming it', () => {
    for (const kind of ['fifo', 'zero', 'large'] as const) {
      const root = dir(`catalog-${kind}`);
      const catalog = path.join(root, 'policies', 'catalog');
      const apis = path.join(root, 'policies', 'api-catalog');
      fs.mkdirSync(catalog, { recursive: true });
      fs.mkdirSync(apis, { recursive: true });
      const { why } = hostileFiles(catalog, (k) => (k === kind ? 'bad.yaml' : `unused-${k}`), MAX_CATALOG_FILE_BYTES)[kind];
      refuses(() => readCatalogFiles(catalog, root), 'policies/catalog/bad.yaml', why);
      refuses(() => loadCatalogSdks({ root, dir: catalog }), 'policies/catalog/bad.yaml', why);
      hostileFiles(apis, (k) => (k === kind ? 'bad.yaml' : `unused-${k}`), MAX_CATALOG_FILE_BYTES);
      refuses(() => readApiCatalog(root), 'policies/api-catalog/bad.yaml', why);
    }
  });

  it('a repository file replaced by a FIFO after the walk is refused when read by range, without blocking', () => {
    const root = dir('range');
    write(root, 'libs/a.jar', 'PK\u0003\u0004');
    const repo = new DiskRepo(root);
    expect(repo.paths).toContain('libs/a.jar');
    fs.rmSync(path.join(root, 'libs', 'a.jar'));
    mkfifo(path.join(root, 'libs', 'a.jar'));
    const r = repo.readRange('libs/a.jar', 0, 4);
    expect(r.ok ? 'read' : r.diagnostic.code).toBe('repo/not-regular-file');
  });
});
