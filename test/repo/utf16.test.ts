// iOS .strings files are often UTF-16 with a byte-order mark: they are text, not binary files.
import { describe, expect, it } from 'vitest';
import { decodeText, MemoryRepo } from '../../src/repo/files.js';
import { detectLinks } from '../../src/detectors/links/index.js';

const utf16le = (s: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => new Uint8Array([0xfe, 0xff, ...Buffer.from(s, 'utf16le').swap16()]);

describe('UTF-16 text', () => {
  it('decodes UTF-16 LE and BE with a byte-order mark', () => {
    expect(decodeText('a.strings', utf16le('"k" = "v";\n'))).toEqual({ ok: true, text: '"k" = "v";\n' });
    expect(decodeText('a.strings', utf16be('"k" = "v";\n'))).toEqual({ ok: true, text: '"k" = "v";\n' });
  });

  it('still refuses binary files with NUL bytes and no byte-order mark', () => {
    const r = decodeText('a.bin', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]));
    expect(r.ok ? 'text' : r.diagnostic.code).toBe('repo/binary-file');
  });

  it('scans a UTF-16 Localizable.strings for URLs instead of skipping it as binary', () => {
    const { facts, diagnostics } = detectLinks({ repo: new MemoryRepo({
      'Bank/en.lproj/Localizable.strings': utf16le('"help" = "http://help.example.cn/faq";\n'),
    }), appDir: '' });
    expect(facts.urls.map((u) => `${u.url} ${u.location.line}`)).toEqual(['http://help.example.cn/faq 1']);
    expect(diagnostics.map((d) => d.code)).toEqual([]);
  });
});
