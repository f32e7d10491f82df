// The release: scripts/release-dry-run.mjs (the plan the release workflow follows) and
// .github/workflows/release.yml, tested as far as it runs here: the plan on this repository and
// on small synthetic ones, and the workflow's structure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCRIPT = path.join(ROOT, 'scripts/release-dry-run.mjs');
const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

interface Plan { tag: string; version: string; prerelease: boolean; npmTag: string; package: string; notes: string; tags: { tag: string; action: string; to?: string }[] }

function dryRun(args: string[]) {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

const CHANGELOG = `# Changelog

## [Unreleased]

- Something not released yet.

## [2.1.0] - 2027-03-01

### Added

- \`check --format gitlab\`.

### Changed

- nfra/sdk-declared also reads ohpm lockfiles.

## [2.1.0-rc.1] - 2027-02-20

- Release candidate.

## [2.0.0] - 2027-01-15

- Old news.

[Unreleased]: https://github.com/YOUR_ORG/mobile-policy/compare/v2.1.0...HEAD
[2.1.0]: https://github.com/YOUR_ORG/mobile-policy/releases/tag/v2.1.0
`;

/** A synthetic project root: package.json, CHANGELOG.md and files that pin a version. */
function project(version: string, files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-release-'));
  temps.push(dir);
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'mobile-policy', version }));
  fs.writeFileSync(path.join(dir, 'CHANGELOG.md'), CHANGELOG);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

describe('scripts/release-dry-run.mjs', () => {
  it(`plans this repository's release v${VERSION}: notes from CHANGELOG.md, the version tag and the major tag`, () => {
    const r = dryRun([`v${VERSION}`, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as Plan;
    const major = VERSION.split('.')[0];
    expect(plan.tags).toEqual([{ tag: `v${VERSION}`, action: 'create' }, { tag: `v${major}`, action: 'move', to: `v${VERSION}` }]);
    expect(plan.package).toBe(`mobile-policy@${VERSION}`);
    const changelog = fs.readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(/^## \[Unreleased\]$/m);
    expect(changelog).toMatch(new RegExp(`^## \\[${VERSION.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'));
    expect(plan.notes.length).toBeGreaterThan(100);
    expect(changelog).toContain(plan.notes.trim());
    expect(plan.notes).not.toContain('## [');
  });

  it('prints the tag list and the notes, and writes the notes file the workflow passes to the release', () => {
    const dir = project('2.1.0');
    const notes = path.join(dir, 'notes.md');
    const r = dryRun(['v2.1.0', '--root', dir, '--notes-file', notes]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Tags:\n  create v2.1.0 at the tagged commit\n  move   v2 to v2.1.0 (force-pushed)\n');
    expect(r.stdout).toContain('npm: mobile-policy@2.1.0 with provenance, dist-tag latest');
    expect(fs.readFileSync(notes, 'utf8')).toBe('### Added\n\n- `check --format gitlab`.\n\n### Changed\n\n- nfra/sdk-declared also reads ohpm lockfiles.\n');
  });

  it('a pre-release creates its tag only, leaves the major tag alone and publishes under `next`', () => {
    const r = dryRun(['v2.1.0-rc.1', '--root', project('2.1.0-rc.1'), '--json']);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as Plan;
    expect(plan).toMatchObject({ prerelease: true, npmTag: 'next', tags: [{ tag: 'v2.1.0-rc.1', action: 'create' }], notes: '- Release candidate.\n' });
  });

  it('refuses a release whose tag, package.json, CHANGELOG.md or documented pins disagree', () => {
    const stale = project('2.1.0', {
      'README.md': 'uses: YOUR_ORG/mobile-policy@v2.1.0\n',
      'examples/ci/gitlab-ci.yml': 'variables:\n  MOBILE_POLICY: npx --yes mobile-policy@2.0.0\n',
      'docs/x.md': 'npx mobile-policy@2.1.0 check\n',
    });
    const pins = dryRun(['v2.1.0', '--root', stale]);
    expect(pins.code).toBe(1);
    expect(pins.stderr).toContain('examples/ci/gitlab-ci.yml:2: mobile-policy@2.0.0 names another version than 2.1.0');
    expect(pins.stderr).not.toContain('README.md');
    expect(pins.stdout).toBe('');

    const version = dryRun(['v2.0.1', '--root', project('2.0.0')]);
    expect(version.code).toBe(1);
    expect(version.stderr).toContain('package.json has version 2.0.0, the tag says 2.0.1');
    expect(version.stderr).toContain('CHANGELOG.md has no "## [2.0.1] - YYYY-MM-DD" section');

    const undated = project('3.0.0');
    fs.writeFileSync(path.join(undated, 'CHANGELOG.md'), '# Changelog\n\n## [3.0.0]\n\n- New.\n');
    expect(dryRun(['v3.0.0', '--root', undated]).stderr).toContain('has no date');
  });

  it('refuses what is not a version tag, and bad arguments', () => {
    for (const tag of ['v2', '2.1.0', 'v2.1', 'v02.1.0', 'latest']) {
      const r = dryRun([tag, '--root', project('2.1.0')]);
      expect(r.code, tag).toBe(1);
      expect(r.stderr).toContain('is not a version tag');
    }
    expect(dryRun([]).code).toBe(2);
    expect(dryRun(['v2.1.0', '--bogus']).code).toBe(2);
  });
});

describe('.github/workflows/release.yml', () => {
  const text = fs.readFileSync(path.join(ROOT, '.github/workflows/release.yml'), 'utf8');
  interface Step { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }
  interface Job { needs?: string | string[]; permissions?: Record<string, string>; steps: Step[]; strategy?: { matrix: { node: number[] } } }
  const wf = parse(text) as { on: { push: { tags: string[] } }; permissions: Record<string, string>; jobs: Record<string, Job> };
  const runs = (job: Job) => job.steps.map((s) => s.run ?? '').join('\n');

  it('runs on version tags with read-only permissions by default and every action pinned to a SHA', () => {
    expect(wf.on.push.tags).toEqual(['v*']);
    expect(wf.permissions).toEqual({ contents: 'read' });
    for (const m of text.matchAll(/uses:\s*(\S+)/g)) expect(m[1]).toMatch(/^actions\/[a-z-]+@[0-9a-f]{40}$/);
  });

  it('plans with the dry-run script, then verifies dist/ and runs the tests on Node 20, 22 and 24', () => {
    expect(runs(wf.jobs.plan!)).toContain('node scripts/release-dry-run.mjs "$GITHUB_REF_NAME" --json --notes-file release-notes.md');
    const verify = wf.jobs.verify!;
    expect(verify.needs).toBe('plan');
    expect(verify.strategy?.matrix.node).toEqual([20, 22, 24]);
    const commands = runs(verify);
    for (const c of ['npm ci', 'npm run typecheck', 'npm run lint', 'npm run build', 'git status --porcelain -- dist', 'npm test']) expect(commands).toContain(c);
    // The engines range the package states is the one the matrix tests from.
    const engines = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
    expect(engines).toMatch(new RegExp(`^>=${Math.min(...verify.strategy!.matrix.node)}\\.`));
  });

  it('publishes with provenance, creates the release from the notes and moves the major tag, only after verify', () => {
    const release = wf.jobs.release!;
    expect(release.needs).toEqual(['plan', 'verify']);
    expect(release.permissions).toEqual({ contents: 'write', 'id-token': 'write' });
    const commands = runs(release);
    expect(commands).toContain('npm publish --provenance --access public --tag "$NPM_TAG"');
    expect(commands).toContain('npm pkg set gitHead="$GITHUB_SHA"');
    expect(commands).toMatch(/gh release create "\$GITHUB_REF_NAME" --verify-tag [^\n]*\\\n\s*--notes-file "\$RUNNER_TEMP\/release-notes\.md"/);
    expect(commands).toContain('git tag --force "$tag" "$GITHUB_SHA"');
    expect(commands).toContain('git push --force origin "refs/tags/$tag"');
    const setup = release.steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(setup?.with?.['registry-url']).toBe('https://registry.npmjs.org');
    // Publishing comes before the release page and the tag move: a failed publish leaves v1 where it was.
    const order = ['npm publish', 'gh release create', 'git push --force'].map((c) => commands.indexOf(c));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
