// A TODO placeholder is one manifest/todo diagnostic that says what to fill in; the schema
// error the placeholder would raise is folded into it.
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/manifest/load.js';
import { isTodo, isTodoAt } from '../../src/manifest/todo.js';

const HEAD = 'apiVersion: mobile-policy/v1\napp:\n  id: com.example.bank\n  name: Example Bank\n  kinds: [android]\n  status: active\n';
const check = (text: string) => parseManifest('mobile-app.yaml', HEAD + text).diagnostics;

describe('manifest/todo', () => {
  it('is the only diagnostic of a placeholder, and names the form the value takes', () => {
    const ds = check('accessibility:\n  elderlyMode: TODO\n  minorsProtection: TODO\nprivacy:\n  policyUrl: TODO\nownership:\n  leadDepartment: TODO\n');
    expect(ds.map((d) => [d.code, d.subject])).toEqual([
      ['manifest/todo', '/accessibility/elderlyMode'], ['manifest/todo', '/accessibility/minorsProtection'],
      ['manifest/todo', '/privacy/policyUrl'], ['manifest/todo', '/ownership/leadDepartment'],
    ]);
    expect(ds.map((d) => d.message.en)).toEqual([
      '`accessibility.elderlyMode` is still TODO: fill in true or false (see docs/manifest.md).',
      '`accessibility.minorsProtection` is still TODO: fill in one of `true`, `false`, `not-applicable` (see docs/manifest.md).',
      '`privacy.policyUrl` is still TODO: fill in an https:// URL (see docs/manifest.md).',
      '`ownership.leadDepartment` is still TODO: fill it in with the real value (see docs/manifest.md).',
    ]);
    expect(ds[1]!.message['zh-CN']).toBe('`accessibility.minorsProtection` 仍为待填写的 `TODO`：请填写以下取值之一：`true`, `false`, `not-applicable`（见 docs/manifest.md）。');
  });

  it('two placeholders in one list are two TODOs, not a duplicate; a wrong value next to them is still a schema error', () => {
    const ds = check('accessibility:\n  elderlyMode: maybe\nsecurity:\n  userAuthentication: [TODO, TODO]\n');
    expect(ds.map((d) => [d.code, d.subject])).toEqual([
      ['manifest/schema', '/accessibility/elderlyMode'], ['manifest/todo', '/security/userAuthentication/0'], ['manifest/todo', '/security/userAuthentication/1'],
    ]);
  });

  it('isTodo and isTodoAt', () => {
    expect([isTodo('TODO'), isTodo('TODO: ask'), isTodo('TODOS'), isTodo(' TODO'), isTodo(1)]).toEqual([true, true, false, false, false]);
    const data = { a: { b: 'TODO', c: ['x', 'TODO'], d: 'x' }, e: 'TODO', 'f/g': { h: 'TODO' } };
    expect(isTodoAt(data, '/a/b')).toBe(true);
    expect(isTodoAt(data, '/a/c')).toBe(true);
    expect(isTodoAt(data, '/a')).toBe(true);
    expect(isTodoAt(data, '/a/d')).toBe(false);
    expect(isTodoAt(data, '/e/deeper')).toBe(true);
    expect(isTodoAt(data, '/f~1g/h')).toBe(true);
    expect(isTodoAt(data, '/missing/x')).toBe(false);
    expect(isTodoAt(data, '')).toBe(false);
  });
});
