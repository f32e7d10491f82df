// Server lists shipped as data: an entry without a scheme is a cleartext address when its TLS
// flag is false, or absent where the other entries of its list set it true.
import { describe, expect, it } from 'vitest';
import { MemoryRepo } from '../../../src/repo/files.js';
import { detectLinks } from '../../../src/detectors/links/index.js';
import { cleartextServers } from '../../../src/detectors/links/server-lists.js';

const NODES = [
  '-',                                  // 1
  '  uri: xmr.example-bank.cn:18081',   // 2
  '  useSSL: true',                     // 3
  '-',                                  // 4
  '  uri: legacy.example-bank.cn:18081', // 5
  '  is_default: false',                // 6
  '-',                                  // 7
  '  uri: 203.0.113.7:10500',           // 8
  '  useSSL: false',                    // 9
  '-',                                  // 10
  '  uri: abcdefghijklmnop.onion:18081', // 11
  '  useSSL: false',                    // 12
  '-',                                  // 13
  '  uri: 192.168.1.20:18081',          // 14
  '  useSSL: false',                    // 15
  '-',                                  // 16
  '  uri: default-spv-nodes',           // 17
  '',
].join('\n');

describe('server lists', () => {
  it('flags a false flag and a flag left out where siblings set it; not Tor (.onion) or values that are not hosts', () => {
    expect(cleartextServers(NODES).map((e) => [e.address, e.flag, e.line])).toEqual([
      ['legacy.example-bank.cn:18081', 'useSSL ≠ true', 5],
      ['203.0.113.7:10500', 'useSSL ≠ true', 8],
      // A private address is still listed here; the links facts treat it as local (below).
      ['192.168.1.20:18081', 'useSSL ≠ true', 14],
    ]);
  });

  it('a list with no TLS flag, or only false flags, says nothing about entries without one; JSON lists are read too', () => {
    expect(cleartextServers('-\n  uri: a.example.cn\n-\n  uri: b.example.cn\n')).toEqual([]);
    expect(cleartextServers('[{"host": "a.example.cn", "ssl": false}, {"host": "b.example.cn"}]').map((e) => [e.address, e.line]))
      .toEqual([['a.example.cn', 1]]);
  });

  it('become no-tls insecure addresses of the links facts, not app links; local hosts and test assets are left out', () => {
    const { facts } = detectLinks({ repo: new MemoryRepo({ 'assets/node_list.yml': NODES, 'test/fixtures/nodes.yml': NODES }), appDir: '' });
    expect(facts.insecureUrls.map((u) => [u.url, u.scheme, u.host, u.file, u.line])).toEqual([
      ['legacy.example-bank.cn:18081 (useSSL ≠ true)', 'no-tls', 'legacy.example-bank.cn', 'assets/node_list.yml', 5],
      ['203.0.113.7:10500 (useSSL ≠ true)', 'no-tls', '203.0.113.7', 'assets/node_list.yml', 8],
    ]);
    expect(facts.urls).toEqual([]);
  });
});
