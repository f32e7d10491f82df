import fs from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import { TOOL } from '../core/version.js';
import { detectSdks } from '../detectors/sdks/index.js';
import type { SdkFacts } from '../detectors/sdks/types.js';
import { buildInventory, inventoryToJson, inventoryToText, toCycloneDx, type Inventory } from '../inventory/index.js';
import { discoverManifests } from '../manifest/discover.js';
import { loadManifest } from '../manifest/load.js';
import { registerScope, resolveScope, scopeRequest } from '../scope/index.js';
import { DiskRepo } from '../repo/files.js';
import { emit, oneOf, timeoutOption, type CliIO } from './io.js';
import { timeBoxed, TimeBoxExpired } from '../core/time-box.js';
import { lastProgress } from '../repo/budget.js';
import { langFromEnv, t } from '../core/messages.js';
import { parseCommandArgs } from './args.js';
import { jsonWithoutWorkflowCommands, terminalText } from '../reporters/plain-text.js';

export { INVENTORY_USAGE } from './usage.js';

/**
 * `inventory`: every third-party component of the app(s) in DIR, with evidence. In a
 * monorepo each manifest's folder is one app; without a manifest the whole folder is one.
 */
export function inventoryCommand(argv: string[], io: CliIO): number {
  const { values, positionals } = parseCommandArgs(argv, { format: { type: 'string' }, output: { type: 'string', short: 'o' }, timeout: { type: 'string' } });
  if (positionals.length > 1) throw new ConfigurationError(`inventory takes one folder; got ${positionals.join(' ')}`);
  const dir = path.resolve(io.cwd, positionals[0] ?? '.');
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new ConfigurationError(`${positionals[0] ?? '.'} is not a folder`);
  const format = oneOf('format', values.format, ['text', 'json', 'cyclonedx'] as const, 'text');
  // The run's limit (decision 0013): past it the apps not done are left out, and exit is 2.
  const limitMs = timeoutOption(values.timeout) * 1000;
  const started = Date.now();
  let stopped: string | undefined;
  const boxed = <T>(fn: () => T, what: string): T | undefined => {
    const left = limitMs - (Date.now() - started);
    if (stopped !== undefined || left <= 0) {
      stopped ??= what;
      return undefined;
    }
    try {
      return timeBoxed(fn, left);
    } catch (e) {
      if (!(e instanceof TimeBoxExpired)) throw e;
      stopped = lastProgress().file ?? what;
      return undefined;
    }
  };

  const repo = boxed(() => new DiskRepo(dir), dir);
  if (!repo) {
    io.err(timedOut(io, limitMs, dir));
    return 2;
  }
  // Each manifest's app is where its build is (src/scope): the manifest's folder, or where app.id is built.
  const appDirs = boxed(() => [...new Set(discoverManifests(repo).map((file) => {
    const { scope } = resolveScope(repo, scopeRequest(loadManifest(repo, file)));
    registerScope(repo, scope);
    return scope.dir;
  }))], 'the manifests') ?? [];
  const apps = stopped !== undefined ? [] : (appDirs.length ? appDirs : ['']).flatMap((appDir) => boxed(() => {
    const { facts, diagnostics } = detectSdks({ repo, appDir });
    return [{ appDir, inventory: buildInventory(facts, (c) => (c as SdkFacts['components'][number]).sdk ?? null), diagnostics }];
  }, appDir || '.') ?? []);
  for (const d of apps.flatMap((a) => a.diagnostics)) {
    io.err(terminalText(`${d.location.file}${d.location.line ? `:${d.location.line}` : ''}: ${d.code}: ${d.message.en}`) + '\n');
  }
  const all = mergeApps(apps.map((a) => a.inventory));

  let text: string;
  if (format === 'json') {
    text = apps.length > 1
      ? `${jsonWithoutWorkflowCommands(JSON.stringify({ ...all, apps: apps.map((a) => ({ appDir: a.appDir, components: a.inventory.components })) }, null, 2))}\n`
      : inventoryToJson(all);
  } else if (format === 'cyclonedx') {
    text = toCycloneDx(all, { appName: path.basename(dir), toolName: TOOL.name, toolVersion: TOOL.version });
  } else {
    text = terminalText(apps.length > 1
      ? apps.map((a) => `${a.appDir || '.'}\n${inventoryToText(a.inventory)}`).join('\n')
      : inventoryToText(all));
  }
  emit(io, text, values.output);
  if (stopped !== undefined) {
    io.err(timedOut(io, limitMs, stopped));
    return 2;
  }
  // A build file that could not be read means the inventory may be incomplete.
  return apps.some((a) => a.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

function timedOut(io: CliIO, limitMs: number, at: string): string {
  return `${t(langFromEnv(io.env), 'inventory.timedOut', { seconds: limitMs / 1000, at })}\n`;
}

function mergeApps(list: Inventory[]): Inventory {
  const seen = new Map<string, Inventory['components'][number]>();
  for (const inv of list) {
    for (const c of inv.components) {
      const key = `${c.purl}|${c.version}`;
      const prev = seen.get(key);
      if (!prev) seen.set(key, { ...c, locations: [...c.locations] });
      else {
        prev.direct ||= c.direct;
        for (const l of c.locations) if (!prev.locations.some((p) => p.file === l.file && p.line === l.line)) prev.locations.push(l);
      }
    }
  }
  return { components: [...seen.values()].sort((a, b) => (a.purl < b.purl ? -1 : a.purl > b.purl ? 1 : 0)) };
}
