// A repository's files at one commit, from the API's tarball, extracted by a small tar reader
// (regular files only: no links, no absolute or `..` paths, size caps).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { GitHubClient } from './client.js';

export interface ExtractLimits {
  maxFileBytes?: number;
  maxTotalBytes?: number;
}

/** Downloads owner/repo at ref into dest; returns the number of files written. */
export async function downloadTree(octokit: GitHubClient, owner: string, repo: string, ref: string, dest: string, limits?: ExtractLimits): Promise<number> {
  const res = await octokit.rest.repos.downloadTarballArchive({ owner, repo, ref, request: { parseSuccessResponseBody: true } });
  const data = res.data as unknown;
  const buf = data instanceof ArrayBuffer ? Buffer.from(data) : Buffer.isBuffer(data) ? data : Buffer.from(String(data), 'binary');
  return extractTarGz(buf, dest, { stripComponents: 1, ...limits });
}

export function extractTarGz(gz: Buffer, dest: string, opts: ExtractLimits & { stripComponents?: number } = {}): number {
  const tar = zlib.gunzipSync(gz, { maxOutputLength: opts.maxTotalBytes ?? 1024 * 1024 * 1024 });
  return extractTar(tar, dest, opts);
}

export function extractTar(tar: Buffer, dest: string, opts: ExtractLimits & { stripComponents?: number } = {}): number {
  const maxFile = opts.maxFileBytes ?? 8 * 1024 * 1024;
  const strip = opts.stripComponents ?? 0;
  let pos = 0;
  let count = 0;
  let longName: string | undefined;
  let paxPath: string | undefined;
  while (pos + 512 <= tar.length) {
    const header = tar.subarray(pos, pos + 512);
    if (header.every((b) => b === 0)) break;
    const size = parseInt(str(header, 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(header[156] || 48);
    const body = tar.subarray(pos + 512, pos + 512 + size);
    pos += 512 + Math.ceil(size / 512) * 512;
    if (type === 'L') { longName = str(body, 0, size); continue; }
    if (type === 'x') { paxPath = paxRecord(body.toString('utf8'), 'path'); continue; }
    if (type === 'g') continue;
    const prefix = str(header, 345, 155);
    let name = paxPath ?? longName ?? (prefix ? `${prefix}/${str(header, 0, 100)}` : str(header, 0, 100));
    longName = paxPath = undefined;
    if (type !== '0' && type !== '\0' && type !== '7') continue; // directories, links, devices
    name = name.split('/').slice(strip).join('/');
    if (!name || name.startsWith('/') || name.split('/').some((s) => s === '..' || s === '.git') || size > maxFile) continue;
    const target = path.join(dest, name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, body);
    count++;
  }
  return count;
}

function str(b: Buffer, start: number, len: number): string {
  const s = b.subarray(start, start + len);
  const end = s.indexOf(0);
  return s.subarray(0, end < 0 ? s.length : end).toString('utf8');
}

function paxRecord(text: string, key: string): string | undefined {
  for (const line of text.split('\n')) {
    const m = /^\d+ ([^=]+)=(.*)$/.exec(line);
    if (m && m[1] === key) return m[2];
  }
  return undefined;
}
