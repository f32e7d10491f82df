// A fake GitHub REST API on 127.0.0.1 serving a generated organisation: the endpoints org mode
// uses, with ETags/304, pagination by Link header, and injected faults (429 with retry-after,
// 500 once, permanent 500, empty repositories). Counts every request.
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRepo {
  name: string;
  defaultBranch: string;
  pushedAt: string;
  archived?: boolean;
  /** path → content */
  files: Record<string, string>;
  /** Fault on the tree request: answered once (`429-once`, `500-once`) or always (`500-always`). */
  fault?: '429-once' | '500-once' | '500-always' | 'empty' | 'truncated';
}

export interface FakeOrg {
  org: string;
  repos: FakeRepo[];
}

export interface FakeGitHub {
  url: string;
  org: FakeOrg;
  requests: { method: string; path: string; status: number }[];
  count(filter?: (r: { path: string; status: number }) => boolean): number;
  reset(): void;
  close(): Promise<void>;
}

const sha1 = (s: string): string => crypto.createHash('sha1').update(s).digest('hex');
const blobSha = (content: string): string => sha1(`blob ${Buffer.byteLength(content)}\0${content}`);

export async function startFakeGitHub(org: FakeOrg, perPage = 100): Promise<FakeGitHub> {
  const requests: FakeGitHub['requests'] = [];
  const faultsSeen = new Set<string>();
  const blobs = new Map<string, string>();

  const send = (req: http.IncomingMessage, res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
    const text = JSON.stringify(body);
    const etag = `"${sha1(text)}"`;
    if (status === 200 && req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag, ...headers });
      res.end();
      requests.push({ method: req.method ?? '', path: req.url ?? '', status: 304 });
      return;
    }
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...(status === 200 ? { etag } : {}), ...headers });
    res.end(text);
    requests.push({ method: req.method ?? '', path: req.url ?? '', status });
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (req.headers.authorization !== 'token test-token' && req.headers.authorization !== 'bearer test-token') {
      return send(req, res, 401, { message: 'Bad credentials' });
    }
    // GET /orgs/:org/repos
    if (parts[0] === 'orgs' && parts[2] === 'repos') {
      if (parts[1]!.toLowerCase() !== org.org.toLowerCase()) return send(req, res, 404, { message: 'Not Found' });
      const page = Number(url.searchParams.get('page') ?? '1');
      const per = Math.min(perPage, Number(url.searchParams.get('per_page') ?? '30'));
      const sorted = [...org.repos].sort((a, b) => (a.name < b.name ? -1 : 1));
      const slice = sorted.slice((page - 1) * per, page * per);
      const last = Math.max(1, Math.ceil(sorted.length / per));
      const base = `http://${req.headers.host}/orgs/${org.org}/repos?per_page=${per}`;
      const link = page < last ? `<${base}&page=${page + 1}>; rel="next", <${base}&page=${last}>; rel="last"` : `<${base}&page=1>; rel="first"`;
      return send(req, res, 200, slice.map((r) => ({
        name: r.name, full_name: `${org.org}/${r.name}`, default_branch: r.defaultBranch, pushed_at: r.pushedAt, archived: !!r.archived, private: true,
      })), { link });
    }
    if (parts[0] === 'repos' && parts.length >= 4) {
      const repo = org.repos.find((r) => r.name === parts[2]);
      if (!repo || parts[1] !== org.org) return send(req, res, 404, { message: 'Not Found' });
      const key = `${repo.name}:${parts[3]}`;
      if (parts[3] === 'git' && parts[4] === 'trees') {
        if (repo.fault === 'empty') return send(req, res, 409, { message: 'Git Repository is empty.' });
        if (repo.fault === '500-always') return send(req, res, 500, { message: 'Server Error' });
        if (repo.fault && !faultsSeen.has(key)) {
          faultsSeen.add(key);
          if (repo.fault === '429-once') return send(req, res, 429, { message: 'You have exceeded a secondary rate limit.' }, { 'retry-after': '1' });
          if (repo.fault === '500-once') return send(req, res, 500, { message: 'Server Error' });
        }
        const tree = Object.entries(repo.files).sort().map(([path, content]) => {
          const sha = blobSha(content);
          blobs.set(sha, content);
          return { path, mode: '100644', type: 'blob', sha, size: Buffer.byteLength(content) };
        });
        if (repo.fault === 'truncated') return send(req, res, 200, { sha: sha1(JSON.stringify(tree)), tree: tree.slice(0, 1), truncated: true });
        return send(req, res, 200, { sha: sha1(JSON.stringify(tree)), tree, truncated: false });
      }
      if (parts[3] === 'git' && parts[4] === 'blobs') {
        const content = blobs.get(parts[5] ?? '');
        if (content === undefined) return send(req, res, 404, { message: 'Not Found' });
        return send(req, res, 200, { sha: parts[5], encoding: 'base64', content: Buffer.from(content).toString('base64'), size: Buffer.byteLength(content) });
      }
      if (parts[3] === 'contents') {
        const path = parts.slice(4).join('/');
        const content = repo.files[path];
        if (content === undefined) return send(req, res, 404, { message: 'Not Found' });
        return send(req, res, 200, { type: 'file', path, sha: blobSha(content), encoding: 'base64', content: Buffer.from(content).toString('base64') });
      }
    }
    return send(req, res, 404, { message: 'Not Found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    org,
    requests,
    count: (filter) => (filter ? requests.filter(filter).length : requests.length),
    reset: () => {
      requests.length = 0;
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
