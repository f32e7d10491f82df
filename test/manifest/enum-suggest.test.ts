import { describe, expect, it } from 'vitest';
import { suggest } from '../../src/manifest/validate.js';
import { parseManifest } from '../../src/manifest/load.js';

describe('enum values', () => {
  it('suggests the allowed value a shortened one starts', () => {
    expect(suggest('photos', ['photos-or-videos', 'phone-number', 'password'])).toBe('photos-or-videos');
  });

  it('does not dump a long vocabulary into the message', () => {
    const m = parseManifest('mobile-app.yaml', [
      'apiVersion: mobile-policy/v1',
      'app: { id: cn.example.a, name: A, kinds: [android], status: active }',
      'dataFlows:',
      '  - name: deposit photo',
      '    data: [photos]',
      '',
    ].join('\n'));
    const d = m.diagnostics.find((x) => x.code === 'manifest/schema');
    expect(d?.location.line).toBe(5);
    expect(d?.message.en).toContain('Did you mean `photos-or-videos`?');
    expect(d?.message.en).toContain('docs/manifest.md');
    expect(d?.message.en.length).toBeLessThan(300);
  });
});
