// The CEL layer: helper functions stay total, values are converted, limits hold.
import { describe, expect, it } from 'vitest';
import { compileCel, daysSince, daysUntil, NEVER, parseIsoDate, timeBoxed, RuleTimeoutError, toCel, withNow } from '../../src/engine/cel.js';

const NOW = new Date('2026-06-30T12:00:00Z');
const run = (src: string, vars: Record<string, unknown> = {}) =>
  withNow(NOW, () => compileCel(src, 'any').run({ manifest: {}, facts: {}, now: NOW, params: {}, stage: 'pr', item: null, index: -1n, vars: {}, ...vars }));

describe('CEL helpers', () => {
  it('parses only real ISO dates', () => {
    expect(parseIsoDate('2026-02-28')).toBeInstanceOf(Date);
    expect(parseIsoDate('2026-02-30')).toBeUndefined();
    expect(parseIsoDate('2026-06-30T08:00:00+08:00')).toBeInstanceOf(Date);
    expect(parseIsoDate('30/06/2026')).toBeUndefined();
    expect(parseIsoDate(20260630)).toBeUndefined();
  });

  it('counts whole UTC days, and treats missing dates as stale and expired', () => {
    expect(daysSince('2026-06-29', NOW)).toBe(1n);
    expect(daysSince('2026-06-30', NOW)).toBe(0n);
    expect(daysUntil('2026-07-30', NOW)).toBe(30n);
    expect(daysSince('', NOW)).toBe(NEVER);
    expect(daysUntil(null, NOW)).toBe(-NEVER);
  });

  it('exposes the helpers to rules', () => {
    expect(run("daysSince('2025-06-30') == 365")).toBe(true);
    expect(run("fresh({'date': '2026-01-01', 'result': 'pass'}, 365)")).toBe(true);
    expect(run("fresh({'date': '2026-01-01', 'result': 'fail'}, 365)")).toBe(false);
    expect(run("fresh({}, 365)")).toBe(false);
    expect(run("recent('2026-07-01', 365)")).toBe(false);
    expect(run("isDate('2026-01-01') && !isDate('yesterday')")).toBe(true);
    expect(run("filled(' ') || filled([]) || filled({}) || filled(null)")).toBe(false);
    expect(run("filled(0) && filled(false) && filled('x')")).toBe(true);
    expect(run("versionAtLeast('15.0', '13') && !versionAtLeast('12.4', '13.0') && !versionAtLeast('abc', '1')")).toBe(true);
    expect(run('manifest.?a.?b.orValue(7) == 7')).toBe(true);
  });

  it('converts JSON numbers to int and drops __proto__ keys', () => {
    const v = toCel(JSON.parse('{"n": 3, "d": 1.5, "__proto__": {"x": 1}, "l": [1]}')) as Record<string, unknown>;
    expect(v.n).toBe(3n);
    expect(v.d).toBe(1.5);
    expect(v.l).toEqual([1n]);
    expect(Object.keys(v)).toEqual(['n', 'd', 'l']);
    expect(run('manifest.n == 3', { manifest: v })).toBe(true);
    const w = toCel({ s: 'x', b: false, u: undefined, z: null, t: new Date('2026-01-02T00:00:00Z'), i: [0, 1023, 1024, -1, 2 ** 53] });
    expect(w).toEqual({ s: 'x', b: false, z: null, t: '2026-01-02T00:00:00.000Z', i: [0n, 1023n, 1024n, -1n, 2 ** 53] });
  });

  it('time-boxes synchronous work, re-entrantly', () => {
    expect(() => timeBoxed(() => { for (;;) { /* spin */ } }, 50)).toThrow(RuleTimeoutError);
    expect(timeBoxed(() => timeBoxed(() => 2, 50) + 1, 50)).toBe(3);
  });
});
