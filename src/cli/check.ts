import fs from 'node:fs';
import path from 'node:path';
import { loadPacks, resolveNow, runCheck } from '../check.js';
import { markNewFindings } from '../compare-base.js';
import { ConfigurationError } from '../core/errors.js';
import { t } from '../core/messages.js';
import { allFindings, failing, type FailOn } from '../core/report.js';
import { STAGES } from '../core/types.js';
import { collectEvidence } from '../reporters/evidence.js';
import { REPORTERS, type ReporterOptions } from '../reporters/index.js';
import type { Report } from '../core/report.js';
import { emit, emitChunks, langOption, oneOf, timeoutOption, type CliIO } from './io.js';
import { jsonReportChunks } from '../reporters/json.js';
import { sarifChunks } from '../reporters/sarif.js';
import { parseCommandArgs } from './args.js';
import { checkFocus, focusPacks, focusReport, type Focus } from './focus.js';

export { CHECK_USAGE } from './usage.js';

export function checkCommand(argv: string[], io: CliIO): number {
  const { values, positionals } = parseCommandArgs(argv, {
    manifest: { type: 'string' },
    policy: { type: 'string', multiple: true },
    stage: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    'fail-on': { type: 'string' },
    lang: { type: 'string' },
    base: { type: 'string' },
    'only-new': { type: 'boolean' },
    'no-waivers': { type: 'boolean' },
    waivers: { type: 'string' },
    rule: { type: 'string', multiple: true },
    'skip-rule': { type: 'string', multiple: true },
    timeout: { type: 'string' },
  });
  if (positionals.length > 1) throw new ConfigurationError(`check takes one folder; got ${positionals.join(' ')}`);
  const dir = path.resolve(io.cwd, positionals[0] ?? '.');
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new ConfigurationError(`${positionals[0] ?? '.'} is not a folder`);
  const stage = oneOf('stage', values.stage, STAGES, 'pr');
  const format = oneOf('format', values.format, Object.keys(REPORTERS), 'text');
  const failOn = oneOf<FailOn>('fail-on', values['fail-on'], ['error', 'warning', 'note', 'never'], 'error');
  const lang = langOption(values.lang, io);

  const focus: Focus = { only: values.rule ?? [], skip: values['skip-rule'] ?? [] };
  const loaded = loadPacks(values.policy, io.cwd);
  checkFocus(focus, loaded);
  const packs = focusPacks(loaded, focus);
  if (values['only-new'] && !values.base) throw new ConfigurationError('--only-new needs --base GIT_REF to compare with');
  const options = {
    dir,
    manifest: values.manifest ? path.resolve(io.cwd, values.manifest) : undefined,
    stage,
    now: resolveNow(io.env),
    noWaivers: values['no-waivers'],
    ...(values.waivers ? { waivers: path.resolve(io.cwd, values.waivers) } : {}),
    timeoutMs: timeoutOption(values.timeout) * 1000,
  };
  const full = runCheck(options, packs);
  if (values.base) markNewFindings(full, options, packs, values.base);
  const { report, hidden } = focusReport(full, focus);
  if (hidden) io.err(t(lang, 'focus.hidden', { count: hidden }) + '\n');

  const reporter = REPORTERS[format]!;
  // The release evidence report (html; markdown at release) needs the manifests' evidence links: read them here, not in the reporter.
  const evidence = format === 'html' || (format === 'markdown' && stage === 'release');
  const shown = evidence ? collectEvidence(report, io.env, packs) : report;
  const streamed = STREAMED[format];
  if (streamed) emitChunks(io, streamed(shown, { lang }), values.output);
  else emit(io, reporter(shown, { lang, color: useColor(io) && !values.output }), values.output);

  if (full.timedOut) {
    io.err(t(lang, 'check.timedOut', { seconds: full.timedOut.limitMs / 1000 }) + '\n');
    return 2;
  }
  const failed = failing(allFindings(report), failOn).filter((f) => !values['only-new'] || f.new !== false);
  if (format !== 'text' || values.output) {
    const count = failed.reduce((n, f) => n + (f.omitted ?? 1), 0);
    io.err(t(lang, failed.length ? 'gate.failed' : 'gate.passed', { count, failOn }) + '\n');
  }
  return failed.length ? 1 : 0;
}

/** Formats written in chunks, one finding at a time (issue 16: a large report is never one string). */
const STREAMED: Record<string, (report: Report, options: ReporterOptions) => Iterable<string>> = { json: jsonReportChunks, sarif: sarifChunks };

function useColor(io: CliIO): boolean {
  if (io.env.NO_COLOR) return false;
  return io.isTTY || Boolean(io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0');
}
