// Issue 17, part 1: every file the tool opens stays inside the repository's real path, is a
// regular file, and has its size known before it is read; a refused file is a located note.
// Each case runs the built CLI in a child process (10 s, 300 MB heap): a hang or a blow-up fails.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DiskRepo } from '../../src/repo/files.js';
import { readGitHead } from '../../src/repo/git-head.js';
import { lastCommitDate } from '../../src/ledger/dirs.js';
import { bounded, cli, FORMATS, gitIndex, LIMIT_MB, LIMIT_MS, mkfifo, seeded, tempDir, write } from './hostile.js';

const posix = process.platform !== 'win32';
const made: string[] = [];
afterAll(() => { for (const d of made) fs.rmSync(d, { recursive: true, force: true }); });

function dir(prefix: string): string {
  const d = tempDir(prefix);
  made.push(d);
  return d;
}

const MANIFEST = 'schemaVersion: 1\napp:\n  id: cn.example.sec\n  name: Sec\n  kinds: [android]\n';

interface Finding { ruleId: string; location: { file: string; line?: number }; message: { en: string } }
const findings = (json: string): Finding[] => (JSON.parse(json) as { findings: Finding[] }).findings;

describe.skipIf(!posix)('reads stay inside the repository', () => {
  // The secret is seeded, so no output can hold it by chance.
  const secret = `SECRET${Math.floor(seeded(17)() * 1e9)}`;

  /** `.git/index` tracks ign/x/Leak.java, ign/ is ignored, ign/x links to a folder outside. */
  function leakyRepo(): { repo: string; outside: string } {
    const outside = dir('outside');
    write(outside, 'Leak.java', `class Leak { String u = "https://leak.example/api?token=${secret}"; }\n`);
    const repo = dir('leaky');
    write(repo, 'mobile-app.yaml', MANIFEST);
    write(repo, '.gitignore', 'ign/\n');
    write(repo, 'ign/Tracked.java', 'class Tracked {}\n');
    fs.symlinkSync(outside, path.join(repo, 'ign', 'x'));
    write(repo, '.git/index', gitIndex(['.gitignore', 'ign/Tracked.java', 'ign/x/Leak.java', 'mobile-app.yaml']));
    return { repo, outside };
  }

  it('lists a tracked file in an ignored folder, refuses one reached through a symlink leaving the repository', () => {
    const { repo } = leakyRepo();
    const listed = new DiskRepo(repo);
    expect(listed.paths).toContain('ign/Tracked.java');
    expect(listed.paths).not.toContain('ign/x/Leak.java');
    expect(listed.diagnostics).toContainEqual(expect.objectContaining({ code: 'repo/symlink-outside', location: { file: 'ign/x/Leak.java' } }));
  });

  it.each(FORMATS)('check --format %s shows nothing from outside, and says what it refused', (format) => {
    const { repo, outside } = leakyRepo();
    const r = cli(['check', repo, '--format', format]);
    expect(bounded(r)).toBe(true);
    for (const out of [r.stdout, r.stderr]) {
      expect(out).not.toContain(secret);
      expect(out).not.toContain('leak.example');
      expect(out).not.toContain(outside);
    }
    expect(r.stdout).toContain('ign/x/Leak.java');
  });

  it('a FIFO as .git/index: no hang, a located note', () => {
    const repo = dir('fifo-index');
    write(repo, 'mobile-app.yaml', MANIFEST);
    write(repo, '.gitignore', 'ign/\n');
    write(repo, 'ign/A.java', 'class A {}\n');
    mkfifo(path.join(repo, '.git', 'index'));
    const r = cli(['check', repo, '--format', 'json']);
    expect(bounded(r)).toBe(true);
    expect(findings(r.stdout)).toContainEqual(expect.objectContaining({ ruleId: 'repo/not-regular-file', location: expect.objectContaining({ file: '.git/index' }) }));
  });

  it('.git/index as a symlink to /dev/zero: bounded, a located note', () => {
    const repo = dir('zero-index');
    write(repo, 'mobile-app.yaml', MANIFEST);
    write(repo, '.gitignore', 'ign/\n');
    write(repo, 'ign/A.java', 'class A {}\n');
    fs.mkdirSync(path.join(repo, '.git'));
    fs.symlinkSync('/dev/zero', path.join(repo, '.git', 'index'));
    const r = cli(['check', repo, '--format', 'json']);
    expect(bounded(r)).toBe(true);
    expect(findings(r.stdout)).toContainEqual(expect.objectContaining({ ruleId: 'repo/symlink-outside', location: expect.objectContaining({ file: '.git/index' }) }));
  });

  it('a FIFO, and a symlink to /dev/zero, among the sources: bounded, each a located note', () => {
    const repo = dir('fifo-tree');
    write(repo, 'mobile-app.yaml', MANIFEST);
    write(repo, 'app/build.gradle', 'plugins { id "com.android.application" }\n');
    mkfifo(path.join(repo, 'app', 'src', 'main', 'AndroidManifest.xml'));
    fs.symlinkSync('/dev/zero', path.join(repo, 'app', 'settings.gradle'));
    const r = cli(['check', repo, '--format', 'json']);
    expect(bounded(r)).toBe(true);
    const all = findings(r.stdout);
    expect(all).toContainEqual(expect.objectContaining({ ruleId: 'repo/not-regular-file', location: expect.objectContaining({ file: 'app/src/main/AndroidManifest.xml' }) }));
    expect(all).toContainEqual(expect.objectContaining({ ruleId: 'repo/symlink-outside', location: expect.objectContaining({ file: 'app/settings.gradle' }) }));
  });

  it('ledger on a folder whose .git/logs/HEAD is a FIFO: no hang', () => {
    const repo = dir('fifo-reflog');
    write(repo, 'mobile-app.yaml', MANIFEST);
    mkfifo(path.join(repo, '.git', 'logs', 'HEAD'));
    expect(lastCommitDate(repo)).toBeUndefined();
    const r = cli(['ledger', repo, '--format', 'json']);
    expect(r.signal).toBeNull();
    expect(r.ms).toBeLessThan(LIMIT_MS);
    expect(r.peakMB).toBeLessThan(LIMIT_MB);
    expect(r.status).toBe(0);
  });

  it('the evidence report with .git/HEAD a FIFO and packed-refs a link to /dev/zero: no hang, no commit', () => {
    const repo = dir('fifo-head');
    write(repo, 'mobile-app.yaml', MANIFEST);
    mkfifo(path.join(repo, '.git', 'HEAD'));
    expect(readGitHead(repo)).toBeUndefined();
    fs.rmSync(path.join(repo, '.git', 'HEAD'));
    write(repo, '.git/HEAD', 'ref: refs/heads/main\n');
    fs.symlinkSync('/dev/zero', path.join(repo, '.git', 'packed-refs'));
    expect(readGitHead(repo)).toBeUndefined();
    const r = cli(['check', repo, '--stage', 'release', '--format', 'html']);
    expect(bounded(r)).toBe(true);
  });

  it('a .git file pointing outside any git folder is not followed; a linked worktree is', () => {
    const repo = dir('gitfile');
    write(repo, '.git', `gitdir: ${path.join(dir('nowhere'))}\n`);
    expect(readGitHead(repo)).toBeUndefined();
    const main = dir('main');
    const sha = 'a'.repeat(40);
    write(main, '.git/HEAD', 'ref: refs/heads/main\n');
    write(main, '.git/refs/heads/main', `${sha}\n`);
    write(main, '.git/worktrees/wt/HEAD', 'ref: refs/heads/topic\n');
    write(main, '.git/worktrees/wt/commondir', '../..\n');
    write(main, '.git/packed-refs', `${'b'.repeat(40)} refs/heads/topic\n`);
    const wt = dir('wt');
    write(wt, '.git', `gitdir: ${path.join(main, '.git', 'worktrees', 'wt')}\n`);
    expect(readGitHead(main)).toEqual({ commit: sha, ref: 'refs/heads/main' });
    expect(readGitHead(wt)).toEqual({ commit: 'b'.repeat(40), ref: 'refs/heads/topic' });
  });
});
