// The one read rule (src/repo/confined.ts): inside the root's real path, regular files only, size before bytes.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfined, readRegularText, realRoot } from '../../src/repo/confined.js';
import { mkfifo, tempDir, write } from '../security/hostile.js';

const made: string[] = [];
afterAll(() => { for (const d of made) fs.rmSync(d, { recursive: true, force: true }); });
const dir = (p: string) => { const d = tempDir(p); made.push(d); return d; };

describe.skipIf(process.platform === 'win32')('readConfined', () => {
  it('reads a regular file inside, also through a link that stays inside', () => {
    const root = dir('in');
    write(root, 'a/b.txt', 'hello');
    fs.symlinkSync(path.join(root, 'a'), path.join(root, 'link'));
    const r = readConfined(realRoot(root), path.join(root, 'link', 'b.txt'), 5);
    expect(r.ok && Buffer.from(r.bytes).toString()).toBe('hello');
  });

  it('refuses a path leaving the root through any symlink on the way', () => {
    const root = dir('root');
    const outside = dir('out');
    write(outside, 'secret.txt', 'secret');
    fs.symlinkSync(outside, path.join(root, 'x'));
    expect(readConfined(realRoot(root), path.join(root, 'x', 'secret.txt'), 100)).toEqual({ ok: false, refusal: { kind: 'outside' } });
  });

  it('refuses FIFOs and devices without blocking, and sizes over the cap before reading', () => {
    const root = dir('special');
    mkfifo(path.join(root, 'fifo'));
    write(root, 'big.txt', 'x'.repeat(11));
    expect(readConfined(realRoot(root), path.join(root, 'fifo'), 100)).toEqual({ ok: false, refusal: { kind: 'special', what: 'FIFO' } });
    expect(readConfined('/', '/dev/zero', 100)).toEqual({ ok: false, refusal: { kind: 'special', what: 'character device' } });
    expect(readConfined(realRoot(root), path.join(root, 'big.txt'), 10)).toEqual({ ok: false, refusal: { kind: 'too-large', size: 11 } });
    expect(readConfined(realRoot(root), path.join(root, 'none'), 10)).toEqual({ ok: false, refusal: { kind: 'missing' } });
  });

  it('readRegularText says why it refused', () => {
    const root = dir('named');
    mkfifo(path.join(root, 'pack.yaml'));
    expect(() => readRegularText(path.join(root, 'pack.yaml'), 100)).toThrow('not a regular file (FIFO)');
  });
});
