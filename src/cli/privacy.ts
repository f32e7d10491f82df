// `privacy`: every place where the app's code reads personal information, device identifiers or
// a required-reason API (the privacy detector's facts), for the collected-information list
// institutions publish (docs/decisions/0016). In a monorepo each manifest's app is listed apart.
import fs from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import { TOOL } from '../core/version.js';
import { detectPrivacy, type PrivacyFacts } from '../detectors/privacy/index.js';
import { discoverManifests } from '../manifest/discover.js';
import { loadManifest } from '../manifest/load.js';
import { registerScope, resolveScope, scopeRequest } from '../scope/index.js';
import { DiskRepo } from '../repo/files.js';
import { emit, oneOf, type CliIO } from './io.js';
import { parseCommandArgs } from './args.js';

export { PRIVACY_USAGE } from './usage.js';

export function privacyCommand(argv: string[], io: CliIO): number {
  const { values, positionals } = parseCommandArgs(argv, { format: { type: 'string' }, output: { type: 'string', short: 'o' } });
  if (positionals.length > 1) throw new ConfigurationError(`privacy takes one folder; got ${positionals.join(' ')}`);
  const dir = path.resolve(io.cwd, positionals[0] ?? '.');
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new ConfigurationError(`${positionals[0] ?? '.'} is not a folder`);
  const format = oneOf('format', values.format, ['text', 'json'] as const, 'text');
  const repo = new DiskRepo(dir);
  const scopes = discoverManifests(repo).map((file) => {
    const { scope } = resolveScope(repo, scopeRequest(loadManifest(repo, file)));
    registerScope(repo, scope);
    return scope;
  });
  const apps = (scopes.length ? scopes : [undefined]).map((scope) => {
    const appDir = scope?.dir ?? '';
    return { appDir, ...(detectPrivacy({ repo, appDir, scope }).facts as PrivacyFacts) };
  });
  const text = format === 'json'
    ? `${JSON.stringify({ tool: { name: TOOL.name, version: TOOL.version }, apps: apps.map(({ detectable: _d, knownPermissions: _k, ...a }) => a) }, null, 2)}\n`
    : apps.map((a) => privacyText(a)).join('\n');
  emit(io, text, values.output);
  return 0;
}

function privacyText(a: PrivacyFacts & { appDir: string }): string {
  const lines = [`${a.appDir || '.'}: ${a.uses.length} collection point(s)`];
  for (const u of a.uses) {
    const where = [u.class, u.function].filter(Boolean).join('.');
    const what = u.personalInfo ?? `required reason: ${u.requiredReason}`;
    const who = u.sdk ? `sdk:${u.sdk.id}` : u.origin;
    lines.push(`  ${u.location.file}:${u.location.line}  ${u.api}  ${what}  ${who}${where ? `  ${where}` : ''}${u.debug ? '  (debug)' : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
