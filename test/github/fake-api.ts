// A fake GitHub REST API on 127.0.0.1 for tests: routes are plain functions, every request is
// recorded, and a route can answer any status, a retry-after, or stall (never answer).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: unknown;
}

export interface FakeResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export type Handler = (req: FakeRequest, params: string[]) => FakeResponse | 'stall' | Promise<FakeResponse | 'stall'>;

interface Route { method: string; pattern: RegExp; handler: Handler; times?: number }

export class FakeGitHub {
  readonly requests: FakeRequest[] = [];
  private routes: Route[] = [];
  private server: http.Server;
  private stalled = new Set<http.ServerResponse>();
  url = '';

  constructor() {
    this.server = http.createServer((req, res) => void this.handle(req, res));
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const res of this.stalled) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Routes are tried newest first; `times` makes a route answer only that many requests. */
  on(method: string, path: string | RegExp, handler: Handler | FakeResponse, times?: number): this {
    const pattern = typeof path === 'string' ? new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '([^/]+)')}$`) : path;
    const h: Handler = typeof handler === 'function' ? handler : () => handler;
    this.routes.unshift({ method, pattern, handler: h, times });
    return this;
  }

  /** Every request matching nothing more specific answers this (e.g. 500 for all). */
  fallback(handler: Handler | FakeResponse): this {
    this.routes.push({ method: '*', pattern: /.*/, handler: typeof handler === 'function' ? handler : () => handler });
    return this;
  }

  count(method: string, path: string | RegExp): number {
    return this.matching(method, path).length;
  }

  matching(method: string, path: string | RegExp): FakeRequest[] {
    return this.requests.filter((r) => r.method === method && (typeof path === 'string' ? r.path === path : path.test(r.path)));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown = raw;
    try { body = raw ? JSON.parse(raw) : undefined; } catch { /* keep text */ }
    const url = new URL(req.url ?? '/', 'http://x');
    const record: FakeRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body };
    this.requests.push(record);
    for (const route of this.routes) {
      if (route.method !== '*' && route.method !== record.method) continue;
      const m = route.pattern.exec(record.path);
      if (!m) continue;
      if (route.times !== undefined) {
        if (route.times <= 0) continue;
        route.times--;
      }
      const out = await route.handler(record, m.slice(1));
      if (out === 'stall') {
        this.stalled.add(res);
        return;
      }
      send(res, out);
      return;
    }
    send(res, { status: 404, body: { message: 'Not Found' } });
  }
}

function send(res: http.ServerResponse, out: FakeResponse): void {
  const status = out.status ?? 200;
  const headers = { ...out.headers };
  let payload: string | Buffer = '';
  if (Buffer.isBuffer(out.body)) {
    payload = out.body;
    headers['content-type'] ??= 'application/octet-stream';
  } else if (out.body !== undefined) {
    payload = typeof out.body === 'string' ? out.body : JSON.stringify(out.body);
    headers['content-type'] ??= typeof out.body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8';
  }
  res.writeHead(status, headers);
  res.end(payload);
}
