#!/usr/bin/env node
// The release plan of a version tag, as .github/workflows/release.yml carries it out: checks that
// the tag, package.json and CHANGELOG.md agree and that the README, docs/ and examples/ pin this
// version, then prints the release notes (the tag's CHANGELOG.md section), the tags it creates
// and moves, and the npm dist-tag. Nothing is created, pushed or published: run it before
// tagging; the workflow runs the same script.
//
//   node scripts/release-dry-run.mjs v1.2.3 [--json] [--notes-file FILE] [--root DIR]
//
// Exit codes: 0 the release can go ahead; 1 something disagrees (listed on stderr); 2 bad arguments.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const TAG = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;
/** Where the version users copy is written down. */
const PINNED_IN = ['README.md', 'docs', 'examples'];
const PIN = /mobile-policy@v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)/g;

/** The section of `version` in a Keep a Changelog file: its date and its body, or undefined. */
export function changelogSection(text, version) {
  const lines = text.split(/\r?\n/);
  const head = new RegExp(`^## \\[${version.replace(/[.+-]/g, '\\$&')}\\](?: - (\\d{4}-\\d{2}-\\d{2}))?\\s*$`);
  const start = lines.findIndex((l) => head.test(l));
  if (start < 0) return undefined;
  const date = head.exec(lines[start])[1];
  let end = lines.findIndex((l, i) => i > start && (/^## /.test(l) || /^\[[^\]]+\]: \S/.test(l)));
  if (end < 0) end = lines.length;
  return { date, body: lines.slice(start + 1, end).join('\n').trim() };
}

/** Tags the release creates and moves: the version tag, and the major tag (`v1`) unless a pre-release. */
export function tagPlan(tag) {
  const m = TAG.exec(tag);
  if (!m) return undefined;
  const prerelease = m[4] !== undefined;
  return {
    version: tag.slice(1),
    prerelease,
    npmTag: prerelease ? 'next' : 'latest',
    tags: [{ tag, action: 'create' }, ...(prerelease ? [] : [{ tag: `v${m[1]}`, action: 'move', to: tag }])],
  };
}

/** `mobile-policy@X` references in the README, docs/ and examples/ that name another version. */
export function stalePins(root, version) {
  const stale = [];
  const visit = (rel) => {
    const abs = path.join(root, rel);
    if (!fs.existsSync(abs)) return;
    if (fs.statSync(abs).isDirectory()) {
      for (const name of fs.readdirSync(abs).sort()) if (!name.startsWith('.') || name === '.pre-commit-config.yaml') visit(path.join(rel, name));
      return;
    }
    const text = fs.readFileSync(abs, 'utf8');
    text.split('\n').forEach((line, i) => {
      for (const m of line.matchAll(PIN)) if (m[1] !== version) stale.push(`${rel.split(path.sep).join('/')}:${i + 1}: ${m[0]}`);
    });
  };
  for (const rel of PINNED_IN) visit(rel);
  return stale;
}

export function releasePlan(root, tag) {
  const plan = tagPlan(tag);
  if (!plan) return { problems: [`"${tag}" is not a version tag like v1.2.3 or v1.2.3-rc.1`] };
  const problems = [];
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  if (pkg.version !== plan.version) problems.push(`package.json has version ${pkg.version}, the tag says ${plan.version}: run \`npm version ${plan.version} --no-git-tag-version\``);
  const changelogFile = path.join(root, 'CHANGELOG.md');
  const section = fs.existsSync(changelogFile) ? changelogSection(fs.readFileSync(changelogFile, 'utf8'), plan.version) : undefined;
  if (!section) problems.push(`CHANGELOG.md has no "## [${plan.version}] - YYYY-MM-DD" section: move the Unreleased entries under it`);
  else {
    if (!section.date) problems.push(`the CHANGELOG.md section of ${plan.version} has no date ("## [${plan.version}] - YYYY-MM-DD")`);
    if (!section.body) problems.push(`the CHANGELOG.md section of ${plan.version} is empty`);
  }
  if (!plan.prerelease) {
    for (const pin of stalePins(root, plan.version)) problems.push(`${pin} names another version than ${plan.version}`);
  }
  const notes = section ? `${section.body}\n` : '';
  return { tag, ...plan, package: `${pkg.name}@${plan.version}`, notes, problems };
}

function render(plan) {
  const tags = plan.tags.map((t) => (t.action === 'create' ? `  create ${t.tag} at the tagged commit` : `  move   ${t.tag} to ${t.to} (force-pushed)`));
  return [
    `Release ${plan.tag}${plan.prerelease ? ' (pre-release)' : ''}`,
    '',
    'Tags:',
    ...tags,
    '',
    `npm: ${plan.package} with provenance, dist-tag ${plan.npmTag}`,
    '',
    'Release notes (from CHANGELOG.md):',
    '',
    plan.notes,
  ].join('\n');
}

function main(argv) {
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' }, 'notes-file': { type: 'string' }, root: { type: 'string' } } });
  } catch (e) {
    process.stderr.write(`release-dry-run: ${e.message}\n`);
    return 2;
  }
  const [tag, ...extra] = args.positionals;
  if (!tag || extra.length) {
    process.stderr.write('usage: node scripts/release-dry-run.mjs vX.Y.Z [--json] [--notes-file FILE] [--root DIR]\n');
    return 2;
  }
  const root = path.resolve(args.values.root ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
  const plan = releasePlan(root, tag);
  if (plan.problems.length) {
    process.stderr.write(`release-dry-run: ${tag} cannot be released:\n${plan.problems.map((p) => `  - ${p}`).join('\n')}\n`);
    return 1;
  }
  if (args.values['notes-file']) fs.writeFileSync(args.values['notes-file'], plan.notes);
  const { problems: _none, ...out } = plan;
  process.stdout.write(args.values.json ? JSON.stringify(out, null, 2) + '\n' : render(plan));
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
