import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/ledger/progress.js';

describe('progress', () => {
  it('draws a bar on a terminal', () => {
    let out = '';
    const p = createProgress((s) => { out += s; }, true);
    p.start(2);
    p.tick('a/b');
    p.tick('a/c');
    p.done('done');
    expect(out).toContain('[###############################'.slice(0, 31));
    expect(out).toContain('2/2');
    expect(out.endsWith('done\n')).toBe(true);
  });
  it('writes a few plain lines in CI, and only the summary when quiet', () => {
    let out = '';
    const p = createProgress((s) => { out += s; }, false);
    p.start(100);
    for (let i = 0; i < 100; i++) p.tick(`r${i}`);
    p.done('summary');
    expect(out.split('\n').filter(Boolean)).toEqual([
      'mobile-policy ledger: 100 repositories to read', 'mobile-policy ledger: 25/100', 'mobile-policy ledger: 50/100', 'mobile-policy ledger: 75/100', 'summary',
    ]);
    let quiet = '';
    const q = createProgress((s) => { quiet += s; }, false, true);
    q.start(3);
    q.tick('x');
    q.done('only');
    expect(quiet).toBe('only\n');
  });
});
