// `mobile-policy coverage [DIR]`: which rules and manifest fields cover each of the circular's 18
// articles; with DIR, each app's status per article (from the same check `check` runs).
import fs from 'node:fs';
import path from 'node:path';
import { loadPacks, resolveNow, runCheck } from '../check.js';
import { ConfigurationError } from '../core/errors.js';
import { STAGES, type Stage } from '../core/types.js';
import { COVERAGE_FORMATS, coverageMap, coverageOf, renderCoverage } from '../coverage/index.js';
import { readManifests } from '../reporters/evidence.js';
import { emit, langOption, oneOf, type CliIO } from './io.js';
import { parseCommandArgs } from './args.js';

export { COVERAGE_USAGE } from './usage.js';

export function coverageCommand(argv: string[], io: CliIO): number {
  const { values, positionals } = parseCommandArgs(argv, {
    policy: { type: 'string', multiple: true },
    stage: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    lang: { type: 'string' },
    waivers: { type: 'string' },
    'no-waivers': { type: 'boolean' },
  });
  if (positionals.length > 1) throw new ConfigurationError(`coverage takes one folder; got ${positionals.join(' ')}`);
  const format = oneOf('format', values.format, COVERAGE_FORMATS, 'text');
  const lang = langOption(values.lang, io);
  const packs = loadPacks(values.policy, io.cwd);
  let report;
  if (positionals[0] === undefined) {
    const stage = values.stage === undefined ? undefined : oneOf<Stage>('stage', values.stage, STAGES, 'release');
    report = coverageMap(packs, stage);
  } else {
    const dir = path.resolve(io.cwd, positionals[0]);
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new ConfigurationError(`${positionals[0]} is not a folder`);
    // With a repository the status is that of a stage: release (every rule) unless --stage says otherwise.
    const stage = oneOf<Stage>('stage', values.stage, STAGES, 'release');
    const check = runCheck({ dir, stage, now: resolveNow(io.env), noWaivers: values['no-waivers'], ...(values.waivers ? { waivers: path.resolve(io.cwd, values.waivers) } : {}) }, packs);
    report = coverageOf(packs, check, readManifests(check));
  }
  emit(io, renderCoverage(report, format, lang), values.output);
  return 0;
}
