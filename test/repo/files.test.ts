import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeText, DiskRepo, MemoryRepo, subtree } from '../../src/repo/files.js';

let root: string;
let outside: string;

function write(rel: string, content: string | Buffer): void {
  const file = path.join(root, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-repo-'));
  outside = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-outside-'));
});
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(outside, { recursive: true, force: true });
});

describe('DiskRepo listing', () => {
  it('lists files sorted, skipping vendored and build folders', () => {
    write('mobile-app.yaml', 'a');
    write('app/build.gradle', 'b');
    write('node_modules/x/package.json', '{}');
    write('ios/Pods/Alamofire/x.swift', '');
    write('app/build/outputs/x.apk', '');
    write('.git/config', '');
    const repo = new DiskRepo(root);
    expect(repo.paths).toEqual(['app/build.gradle', 'mobile-app.yaml']);
  });

  it('honours .gitignore files at every level', () => {
    write('.gitignore', '*.log\nsecret/\n');
    write('app/.gitignore', 'generated.txt\n');
    write('a.log', '');
    write('secret/key.txt', '');
    write('app/generated.txt', '');
    write('app/kept.txt', '');
    write('other/generated.txt', '');
    const repo = new DiskRepo(root);
    expect(repo.paths).toEqual(['.gitignore', 'app/.gitignore', 'app/kept.txt', 'other/generated.txt']);
  });

  it('matches name patterns at any depth and path patterns from their own folder only', () => {
    // Root: name patterns only (tested against entry names); app/: patterns with a slash (tested against paths).
    write('.gitignore', '# comment\n*.tmp\ncache/\n!keep.tmp\n');
    write('app/.gitignore', '/top.txt\nsrc/gen/\ndocs/*.md\n');
    write('a/b/c/x.tmp', '');
    write('a/b/c/keep.tmp', '');
    write('a/cache/y.txt', '');
    write('a/cache.txt', '');
    write('app/top.txt', '');
    write('app/sub/top.txt', '');
    write('app/src/gen/G.kt', '');
    write('app/lib/src/gen/H.kt', '');
    write('app/docs/a.md', '');
    write('app/docs/deep/b.md', '');
    const repo = new DiskRepo(root);
    expect(repo.paths).toEqual(['.gitignore', 'a/b/c/keep.tmp', 'a/cache.txt', 'app/.gitignore', 'app/docs/deep/b.md', 'app/lib/src/gen/H.kt', 'app/sub/top.txt']);
  });

  it('does not follow a symlink leaving the repository, and says so', () => {
    fs.writeFileSync(path.join(outside, 'passwd'), 'root:x:0:0');
    write('inside.txt', 'hello');
    fs.symlinkSync(path.join(outside, 'passwd'), path.join(root, 'escape.txt'));
    fs.symlinkSync(outside, path.join(root, 'escape-dir'));
    fs.symlinkSync(path.join(root, 'inside.txt'), path.join(root, 'alias.txt'));
    const repo = new DiskRepo(root);
    expect(repo.paths).toEqual(['alias.txt', 'inside.txt']);
    expect(repo.diagnostics.map((d) => [d.code, d.location.file]).sort()).toEqual([
      ['repo/symlink-outside', 'escape-dir'],
      ['repo/symlink-outside', 'escape.txt'],
    ]);
  });

  it('matches globs against paths, and base names for patterns without a slash', () => {
    write('app/src/main/AndroidManifest.xml', '');
    write('app/src/debug/AndroidManifest.xml', '');
    write('lib/x.txt', '');
    const repo = new DiskRepo(root);
    expect(repo.match('AndroidManifest.xml')).toEqual(['app/src/debug/AndroidManifest.xml', 'app/src/main/AndroidManifest.xml']);
    expect(repo.match('**/main/*.xml')).toEqual(['app/src/main/AndroidManifest.xml']);
  });
});

describe('reading files', () => {
  it('refuses files over the size limit without reading them', () => {
    write('big.js', 'x'.repeat(2048));
    const r = new DiskRepo(root).readText('big.js', 1024);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.diagnostic.code).toBe('repo/file-too-large');
      expect(r.diagnostic.location.file).toBe('big.js');
    }
  });

  it('refuses binary content', () => {
    write('blob.xml', Buffer.from([0x3c, 0x00, 0x01, 0x02]));
    const r = new DiskRepo(root).readText('blob.xml');
    expect(r.ok ? 'read' : r.diagnostic.code).toBe('repo/binary-file');
  });

  it('locates invalid UTF-8 on its line', () => {
    const r = decodeText('Info.plist', Buffer.concat([Buffer.from('line1\nline2\nbad '), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.diagnostic.code).toBe('repo/invalid-utf8');
      expect(r.diagnostic.location.line).toBe(3);
      expect(r.diagnostic.message['zh-CN']).toContain('UTF-8');
    }
  });

  it('strips a byte-order mark and decodes Chinese text', () => {
    const r = decodeText('a.yaml', Buffer.from('\ufeffname: 示例银行\n', 'utf8'));
    expect(r).toEqual({ ok: true, text: 'name: 示例银行\n' });
  });

  it('serves in-memory trees the same way', () => {
    const repo = new MemoryRepo({ 'b.txt': 'B', 'a/c.txt': 'C' });
    expect(repo.paths).toEqual(['a/c.txt', 'b.txt']);
    expect(repo.readText('b.txt')).toEqual({ ok: true, text: 'B' });
    expect(repo.has('a/c.txt')).toBe(true);
  });
});

describe('tracked files hidden by .gitignore', () => {
  it('are listed from .git/index (versions 2 and 4), without running git', async () => {
    const { execFileSync } = await import('node:child_process');
    for (const version of ['2', '4']) {
      fs.rmSync(root, { recursive: true, force: true });
      fs.mkdirSync(root);
      write('.gitignore', '*.xcodeproj\n!*.xcodeproj/project.pbxproj\n');
      write('App.xcodeproj/project.pbxproj', '// pbx');
      write('App.xcodeproj/xcuserdata/me.plist', '');
      write('src/a.swift', '');
      write('src/ab.swift', '');
      const git = (...args: string[]) => execFileSync('git', ['-c', 'core.hooksPath=/dev/null', ...args], { cwd: root, stdio: 'pipe' });
      git('init', '-q');
      git('config', 'index.version', version);
      git('add', '.gitignore', 'src/a.swift', 'src/ab.swift');
      git('add', '-f', 'App.xcodeproj/project.pbxproj');
      const repo = new DiskRepo(root);
      expect(repo.paths, `index v${version}`).toEqual(['.gitignore', 'App.xcodeproj/project.pbxproj', 'src/a.swift', 'src/ab.swift']);
    }
  });

  it('are looked up only below what the walk left out, exactly', async () => {
    const { execFileSync } = await import('node:child_process');
    write('.gitignore', 'gen/\nlocal.properties\n');
    write('gen/Tracked.kt', '');
    write('gen/Untracked.kt', '');
    write('gen-x/Y.kt', '');
    write('gen.kt', '');
    write('local.properties', 'sdk.dir=/x');
    write('app/local.properties', '');
    const git = (...args: string[]) => execFileSync('git', ['-c', 'core.hooksPath=/dev/null', ...args], { cwd: root, stdio: 'pipe' });
    git('init', '-q');
    git('add', '.gitignore', 'gen-x/Y.kt', 'gen.kt');
    git('add', '-f', 'gen/Tracked.kt', 'local.properties');
    expect(new DiskRepo(root).paths).toEqual(['.gitignore', 'gen-x/Y.kt', 'gen.kt', 'gen/Tracked.kt', 'local.properties']);
  });
});

describe('subtree', () => {
  it('lists exactly the files below a folder, not its look-alike neighbours', () => {
    const repo = new MemoryRepo(Object.fromEntries(['apps/a', 'apps/a-b/x.kt', 'apps/a.txt', 'apps/a/y.kt', 'apps/a/z/w.kt', 'apps/ab/q.kt', 'apps/a0/r.kt', 'b/apps/a/s.kt', 'README.md']
      .map((p) => [p, ''])));
    expect(subtree(repo, 'apps/a')).toEqual(['apps/a/y.kt', 'apps/a/z/w.kt']);
    expect(subtree(repo, 'apps')).toEqual(repo.paths.filter((p) => p.startsWith('apps/')));
    expect(subtree(repo, 'apps/none')).toEqual([]);
    expect(subtree(repo, 'zzz')).toEqual([]);
    expect(subtree(repo, '')).toEqual(repo.paths);
  });
});
