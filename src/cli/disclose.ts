import fs from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import { discloseApp, DISCLOSE_FORMATS, renderDisclosure } from '../disclose/index.js';
import { discoverManifests } from '../manifest/discover.js';
import { DiskRepo } from '../repo/files.js';
import { parseCommandArgs } from './args.js';
import { emit, langOption, oneOf, type CliIO } from './io.js';

export { DISCLOSE_USAGE } from './usage.js';

/**
 * `disclose`: the personal-information collection list and the third-party sharing list (HTML,
 * Markdown, JSON), or the store forms (Google Play Data safety CSV, App Store privacy JSON for
 * fastlane). Open questions go to stderr: the store files must stay exactly what the stores read.
 * Exit 0 when written (open questions included), 1 when the manifest cannot be read, 2 on bad arguments.
 */
export function discloseCommand(argv: string[], io: CliIO): number {
  const { values, positionals } = parseCommandArgs(argv, {
    format: { type: 'string' }, lang: { type: 'string' }, output: { type: 'string', short: 'o' }, manifest: { type: 'string' },
  });
  if (positionals.length > 1) throw new ConfigurationError(`disclose takes one folder; got ${positionals.join(' ')}`);
  const dir = path.resolve(io.cwd, positionals[0] ?? '.');
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new ConfigurationError(`${positionals[0] ?? '.'} is not a folder`);
  const format = oneOf('format', values.format, DISCLOSE_FORMATS, 'html');
  const lang = langOption(values.lang, io);
  const repo = new DiskRepo(dir);
  const manifest = values.manifest ? relativeManifest(repo, io, values.manifest) : onlyManifest(repo);

  const app = discloseApp(repo, manifest);
  // Manifest problems (no document), or build files that could not be read (the shipped SDKs may be incomplete).
  for (const d of app.diagnostics) io.err(`${d.location.file}${d.location.line ? `:${d.location.line}` : ''}: ${d.code}: ${d.message[lang]}\n`);
  if (!app.data) return 1;
  const out = renderDisclosure(app, format, lang);
  emit(io, out.text, values.output);
  if (out.questions.length) {
    io.err(`${lang === 'zh-CN' ? `待团队确认的问题（${out.questions.length} 个）：` : `Questions for the team (${out.questions.length}):`}\n`);
    out.questions.forEach((q, i) => io.err(`  ${i + 1}. ${manifest}#${q.pointer}: ${q.text[lang]}\n`));
  }
  return 0;
}

function onlyManifest(repo: DiskRepo): string {
  const found = discoverManifests(repo);
  if (!found.length) throw new ConfigurationError(`no mobile-app.yaml in ${repo.root}: write one first (mobile-policy init)`);
  if (found.length > 1) throw new ConfigurationError(`several apps in ${repo.root} (${found.join(', ')}): choose one with --manifest`);
  return found[0]!;
}

function relativeManifest(repo: DiskRepo, io: CliIO, given: string): string {
  const rel = path.relative(repo.root, path.resolve(io.cwd, given)).split(path.sep).join('/');
  if (rel.startsWith('..') || path.isAbsolute(rel) || !repo.has(rel)) throw new ConfigurationError(`--manifest ${given}: no such file in ${repo.root}`);
  return rel;
}
