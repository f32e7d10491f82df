import { describe, expect, it } from 'vitest';
import { discoverManifests, manifestConflicts } from '../../src/manifest/discover.js';
import { MemoryRepo } from '../../src/repo/files.js';

const repo = (paths: string[]) => new MemoryRepo(Object.fromEntries(paths.map((p) => [p, 'apiVersion: mobile-policy/v1\n'])));

describe('discoverManifests', () => {
  it('finds the root manifest in each accepted place', () => {
    expect(discoverManifests(repo(['mobile-app.yaml', 'src/a.ts']))).toEqual(['mobile-app.yaml']);
    expect(discoverManifests(repo(['mobile-app.yml']))).toEqual(['mobile-app.yml']);
    expect(discoverManifests(repo(['.github/mobile-app.yaml', '.github/workflows/ci.yml']))).toEqual(['.github/mobile-app.yaml']);
  });

  it('finds one manifest per app in a monorepo, root first, then by path', () => {
    const found = discoverManifests(repo([
      'apps/wealth/mobile-app.yml', 'apps/retail/mobile-app.yaml', 'mobile-app.yaml', 'apps/retail/android/app/build.gradle',
      'mini-programs/wechat/mobile-app.yaml', 'test/fixtures/demo/mobile-app.yaml',
    ]));
    expect(found).toEqual([
      'mobile-app.yaml', 'apps/retail/mobile-app.yaml', 'apps/wealth/mobile-app.yml', 'mini-programs/wechat/mobile-app.yaml',
      'test/fixtures/demo/mobile-app.yaml',
    ]);
  });

  it('ignores look-alikes and .github folders below the root', () => {
    expect(discoverManifests(repo([
      'mobile-app.yaml.bak', 'my-mobile-app.yaml', 'docs/mobile-app.json', 'apps/a/.github/mobile-app.yaml', 'MOBILE-APP.YAML',
    ]))).toEqual([]);
  });

  it('returns every manifest of a folder that holds several, preferred first', () => {
    const found = discoverManifests(repo(['mobile-app.yml', '.github/mobile-app.yaml', 'mobile-app.yaml', 'apps/a/mobile-app.yml', 'apps/a/mobile-app.yaml']));
    expect(found).toEqual(['mobile-app.yaml', 'mobile-app.yml', '.github/mobile-app.yaml', 'apps/a/mobile-app.yaml', 'apps/a/mobile-app.yml']);
    const conflicts = manifestConflicts(found);
    expect(conflicts.map((d) => [d.code, d.location.file])).toEqual([
      ['manifest/ambiguous', 'mobile-app.yml'],
      ['manifest/ambiguous', '.github/mobile-app.yaml'],
      ['manifest/ambiguous', 'apps/a/mobile-app.yml'],
    ]);
    expect(conflicts[0]?.message.en).toContain('mobile-app.yaml is the one used');
    expect(conflicts[0]?.message['zh-CN']).toContain('mobile-app.yaml');
  });

  it('is deterministic and finds nothing in an empty repository', () => {
    const paths = ['b/mobile-app.yaml', 'a/mobile-app.yaml', 'a/b/mobile-app.yaml'];
    expect(discoverManifests(repo(paths))).toEqual(discoverManifests(repo([...paths].reverse())));
    expect(discoverManifests(repo(paths))).toEqual(['a/mobile-app.yaml', 'a/b/mobile-app.yaml', 'b/mobile-app.yaml']);
    expect(discoverManifests(repo([]))).toEqual([]);
    expect(manifestConflicts([])).toEqual([]);
  });
});
