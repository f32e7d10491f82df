// `mobile-policy version [--json]`: what exactly ran, for audit trails: the tool's version and
// commit, the built-in packs' versions and rule counts, the SDK catalogue's size and digest.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadCatalog } from '../catalog/index.js';
import { langFromEnv } from '../core/messages.js';
import { TOOL } from '../core/version.js';
import { builtinPackNames, loadPack, packageRoot } from '../engine/index.js';
import { readRegularText } from '../repo/confined.js';
import { readGitHead } from '../repo/git-head.js';
import { parseCommandArgs } from './args.js';
import type { CliIO } from './io.js';

export { VERSION_USAGE } from './usage.js';

export interface VersionInfo {
  tool: { name: string; version: string; commit: string | null };
  node: string;
  packs: { name: string; version: string; rules: number }[];
  /** The catalogue ships with the tool: its version is the tool's; the digest tells edits apart. */
  catalogue: { version: string; sdks: number; sha256: string };
}

export function versionCommand(argv: string[], io: CliIO): number {
  const { values } = parseCommandArgs(argv, { json: { type: 'boolean' } });
  const info = versionInfo();
  if (values.json) {
    io.out(JSON.stringify(info, null, 2) + '\n');
    return 0;
  }
  const zh = langFromEnv(io.env) === 'zh-CN';
  const tool = `${info.tool.name} ${info.tool.version}${info.tool.commit ? ` (${info.tool.commit})` : ''}`;
  io.out([
    zh ? `${tool}，Node ${info.node}` : `${tool}, Node ${info.node}`,
    ...info.packs.map((p) => (zh ? `策略包 ${p.name} ${p.version}：${p.rules} 条规则` : `pack ${p.name} ${p.version}: ${p.rules} rules`)),
    zh
      ? `SDK 目录 ${info.catalogue.version}：${info.catalogue.sdks} 个 SDK，sha256 ${info.catalogue.sha256}`
      : `SDK catalogue ${info.catalogue.version}: ${info.catalogue.sdks} SDKs, sha256 ${info.catalogue.sha256}`,
    '',
  ].join('\n'));
  return 0;
}

export function versionInfo(): VersionInfo {
  const root = packageRoot();
  const catalog = loadCatalog();
  return {
    tool: { name: TOOL.name, version: TOOL.version, commit: toolCommit(root) },
    node: process.versions.node,
    packs: builtinPackNames().map((name) => {
      const pack = loadPack(name);
      return { name: pack.name, version: pack.version, rules: pack.rules.length };
    }),
    catalogue: { version: TOOL.version, sdks: catalog.sdks.length, sha256: createHash('sha256').update(JSON.stringify(catalog.sdks)).digest('hex') },
  };
}

/**
 * The commit the tool was built from: `gitHead` in its package.json (the release workflow sets
 * it before `npm publish`), else the HEAD of a clone (read from .git, never by running git).
 * A .git above the package (an app repository holding node_modules) is not the tool's.
 */
export function toolCommit(root: string): string | null {
  try {
    const pkg = JSON.parse(readRegularText(path.join(root, 'package.json'), 1024 * 1024)) as { gitHead?: unknown };
    if (typeof pkg.gitHead === 'string' && /^[0-9a-f]{40}$/.test(pkg.gitHead)) return pkg.gitHead;
  } catch {
    // No readable package.json: fall through to the clone.
  }
  if (!fs.existsSync(path.join(root, '.git'))) return null;
  return readGitHead(root)?.commit ?? null;
}
