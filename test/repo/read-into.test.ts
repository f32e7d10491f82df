// Reading one file into a buffer: regular files only, never more than maxBytes + 1 bytes read.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInto, readListedInto, SpecialFileError } from '../../src/repo/read-into.js';

let dir: string;
const buf = Buffer.alloc(4096);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-read-into-'));
  fs.writeFileSync(path.join(dir, 'small.txt'), 'hello');
  fs.writeFileSync(path.join(dir, 'exact.txt'), 'x'.repeat(100));
  fs.writeFileSync(path.join(dir, 'big.txt'), 'y'.repeat(1000));
  fs.symlinkSync('/dev/zero', path.join(dir, 'zero'));
  execFileSync('mkfifo', [path.join(dir, 'fifo')]);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each([['readInto', readInto], ['readListedInto', readListedInto]] as const)('%s', (_, read) => {
  it('reads a file up to the limit and gives the size of a larger one', () => {
    expect(read(path.join(dir, 'small.txt'), buf, 10, 100)).toBe(5);
    expect(buf.subarray(10, 15).toString()).toBe('hello');
    expect(read(path.join(dir, 'exact.txt'), buf, 0, 100)).toBe(100);
    expect(read(path.join(dir, 'big.txt'), buf, 0, 100)).toEqual({ size: 1000 });
  });

  it('refuses a device that never ends, after at most maxBytes + 1 bytes', () => {
    expect(() => read(path.join(dir, 'zero'), buf, 0, 100)).toThrow(SpecialFileError);
  });
});

describe('a FIFO', () => {
  it('readInto refuses it by its type; readListedInto (the listing saw a regular file there) reads it as empty, without waiting', () => {
    expect(() => readInto(path.join(dir, 'fifo'), buf, 0, 100)).toThrow(/not a regular file \(FIFO\)/);
    expect(readListedInto(path.join(dir, 'fifo'), buf, 0, 100)).toBe(0);
  });
});
