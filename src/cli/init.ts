import fs from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import { collectFacts } from '../detectors/index.js';
import { draftManifest, type DraftFacts } from '../init/draft.js';
import { discoverManifests } from '../manifest/discover.js';
import { DiskRepo, subtree } from '../repo/files.js';
import { loadPack } from '../engine/index.js';
import { DEFAULT_PACK } from '../check.js';
import { iosAppIdFromSpecs } from '../init/app-id.js';
import { schemaModeline } from '../init/schema-line.js';
import { TOOL } from '../core/version.js';
import type { CliIO } from './io.js';
import { parseCommandArgs } from './args.js';

export { INIT_USAGE } from './usage.js';

/** `init`: writes a draft mobile-app.yaml from what the repository contains; never overwrites one. */
export function initCommand(argv: string[], io: CliIO): number {
  const { values, positionals } = parseCommandArgs(argv, { name: { type: 'string' }, stdout: { type: 'boolean' } });
  if (positionals.length > 1) throw new ConfigurationError(`init takes one folder; got ${positionals.join(' ')}`);
  const dir = path.resolve(io.cwd, positionals[0] ?? '.');
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new ConfigurationError(`${positionals[0] ?? '.'} is not a folder`);
  const repo = new DiskRepo(dir);
  const target = path.join(dir, 'mobile-app.yaml');
  const existing = discoverManifests(repo).filter((m) => !m.includes('/') || m.startsWith('.github/'));
  if (!values.stdout && (existing.length || fs.existsSync(target))) {
    throw new ConfigurationError(`${existing[0] ?? 'mobile-app.yaml'} already exists in ${dir}: init never overwrites a manifest (use --stdout to print a draft)`);
  }
  const { facts } = collectFacts({ repo, appDir: '' }, ['android', 'ios', 'harmonyos', 'sdks', 'privacy']);
  const platformPackages = loadPack(DEFAULT_PACK).params.platformPackages;
  const ios = (facts as DraftFacts).ios?.present;
  const specAppId = ios ? iosAppIdFromSpecs(repo, subtree(repo, '')) : undefined;
  const text = schemaModeline(TOOL.version) + '\n' + draftManifest(facts as DraftFacts, values.name ?? path.basename(dir), {
    platformPackages: Array.isArray(platformPackages) ? platformPackages.filter((p): p is string => typeof p === 'string') : [],
    ...(specAppId ? { specAppId } : {}),
  });
  if (values.stdout) {
    io.out(text);
    return 0;
  }
  // 'wx' fails if the file appeared meanwhile: nothing the user wrote is ever replaced.
  fs.writeFileSync(target, text, { flag: 'wx' });
  io.err(`Wrote ${path.relative(io.cwd, target) || target}: fill in every TODO, then run \`mobile-policy check\`.\n`);
  return 0;
}
