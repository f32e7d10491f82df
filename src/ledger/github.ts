// The GitHub reads of org mode, each with conditional requests against a disk cache:
// repository listing pages (ETag), one recursive tree per repository (skipped when pushed_at
// and the default branch are unchanged, else ETag), manifest blobs (by sha: immutable).
import type { GitHubClient } from '../github/client.js';
import { detectMobileCode, isManifestPath, type MobileCode } from './mobile-code.js';

export interface RepoInfo {
  fullName: string;
  defaultBranch: string;
  pushedAt?: string;
  archived: boolean;
}

export interface TreeInfo {
  manifests: { path: string; sha: string }[];
  mobile: MobileCode;
  /** GitHub cut the recursive listing short (over 100,000 entries or 7 MB). */
  truncated: boolean;
}

export interface CacheData {
  version: 1;
  pages: Record<string, { etag: string; repos: RepoInfo[]; hasNext: boolean }>;
  trees: Record<string, { etag?: string; pushedAt?: string; branch: string; tree: TreeInfo }>;
  blobs: Record<string, string>;
}

export function emptyCache(): CacheData {
  return { version: 1, pages: {}, trees: {}, blobs: {} };
}

export function isCache(v: unknown): v is CacheData {
  const c = v as CacheData;
  return !!c && c.version === 1 && typeof c.pages === 'object' && typeof c.trees === 'object' && typeof c.blobs === 'object';
}

export interface HttpError {
  status: number;
  message: string;
}

export function httpError(e: unknown): HttpError {
  const err = e as { status?: unknown; message?: unknown };
  return { status: typeof err?.status === 'number' ? err.status : 0, message: String(err?.message ?? e) };
}

const PER_PAGE = 100;

export class GitHubReader {
  /** Requests sent (including those answered 304). */
  requests = 0;
  notModified = 0;
  constructor(private readonly octokit: GitHubClient, readonly cache: CacheData, private readonly onChange: () => void = () => {}) {
    octokit.hook.before('request', () => {
      this.requests++;
    });
  }

  /** Every repository of the organisation, page by page (100 per page). */
  async listRepos(org: string): Promise<RepoInfo[]> {
    const out: RepoInfo[] = [];
    for (let page = 1; ; page++) {
      const key = `${org.toLowerCase()}#${page}`;
      const cached = this.cache.pages[key];
      const res = await this.get<unknown[]>('GET /orgs/{org}/repos', { org, per_page: PER_PAGE, page, type: 'all', sort: 'full_name' }, cached?.etag);
      let entry = cached;
      if (res) {
        const repos = res.data.map(slimRepo).filter((r): r is RepoInfo => !!r);
        entry = { etag: res.etag ?? '', repos, hasNext: /\brel="next"/.test(res.link ?? '') };
        if (res.etag) this.cache.pages[key] = entry;
        this.onChange();
      }
      out.push(...entry!.repos);
      if (!entry!.hasNext) return out;
    }
  }

  /** The repository's manifests and mobile-code evidence, from one recursive tree listing. */
  async tree(repo: RepoInfo): Promise<TreeInfo> {
    const key = repo.fullName.toLowerCase();
    const cached = this.cache.trees[key];
    if (cached && cached.branch === repo.defaultBranch && cached.pushedAt && cached.pushedAt === repo.pushedAt) return cached.tree;
    const [owner, name] = split(repo.fullName);
    let res: Awaited<ReturnType<GitHubReader['get']>>;
    try {
      res = await this.get('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { owner, repo: name, tree_sha: repo.defaultBranch, recursive: '1' }, cached?.branch === repo.defaultBranch ? cached.etag : undefined);
    } catch (e) {
      // 409: an empty repository (no commits) has no tree.
      if (httpError(e).status === 409) return { manifests: [], mobile: { kinds: [], evidence: [] }, truncated: false };
      throw e;
    }
    if (!res) {
      cached!.pushedAt = repo.pushedAt;
      this.onChange();
      return cached!.tree;
    }
    const data = res.data as { tree?: { path?: string; type?: string; sha?: string }[]; truncated?: boolean };
    const entries = (data.tree ?? []).filter((e) => e.type === 'blob' && typeof e.path === 'string');
    const tree: TreeInfo = {
      manifests: entries.filter((e) => isManifestPath(e.path!)).map((e) => ({ path: e.path!, sha: e.sha ?? '' })),
      mobile: detectMobileCode(entries.map((e) => e.path!)),
      truncated: Boolean(data.truncated),
    };
    this.cache.trees[key] = { ...(res.etag ? { etag: res.etag } : {}), ...(repo.pushedAt ? { pushedAt: repo.pushedAt } : {}), branch: repo.defaultBranch, tree };
    this.onChange();
    return tree;
  }

  /** For a truncated tree: the well-known manifest places, asked for one by one (404 = absent). */
  async probeManifests(repo: RepoInfo): Promise<{ path: string; sha: string }[]> {
    const [owner, name] = split(repo.fullName);
    const found: { path: string; sha: string }[] = [];
    for (const path of ['mobile-app.yaml', 'mobile-app.yml', '.github/mobile-app.yaml']) {
      try {
        const res = await this.get('GET /repos/{owner}/{repo}/contents/{path}', { owner, repo: name, path, ref: repo.defaultBranch });
        const sha = (res?.data as { sha?: string }).sha;
        if (sha) found.push({ path, sha });
      } catch (e) {
        if (httpError(e).status !== 404) throw e;
      }
    }
    return found;
  }

  /** A manifest's text, by blob sha (cached for good: a sha names one content). */
  async blob(fullName: string, sha: string): Promise<string> {
    const hit = this.cache.blobs[sha];
    if (hit !== undefined) return hit;
    const [owner, name] = split(fullName);
    const res = await this.get('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { owner, repo: name, file_sha: sha });
    const data = res!.data as { content?: string; encoding?: string };
    const text = data.encoding === 'base64' ? Buffer.from(data.content ?? '', 'base64').toString('utf8') : String(data.content ?? '');
    this.cache.blobs[sha] = text;
    this.onChange();
    return text;
  }

  /** GET with If-None-Match; undefined when the server answered 304 Not Modified. */
  private async get<T = unknown>(route: string, params: Record<string, unknown>, etag?: string): Promise<{ data: T; etag?: string; link?: string } | undefined> {
    try {
      const res = await this.octokit.request(route, { ...params, headers: etag ? { 'if-none-match': etag } : {} });
      const headers = res.headers as Record<string, string | undefined>;
      return { data: res.data as T, etag: headers.etag, link: headers.link };
    } catch (e) {
      if (etag && httpError(e).status === 304) {
        this.notModified++;
        return undefined;
      }
      throw e;
    }
  }
}

function split(fullName: string): [string, string] {
  const i = fullName.indexOf('/');
  return [fullName.slice(0, i), fullName.slice(i + 1)];
}

function slimRepo(r: unknown): RepoInfo | undefined {
  const o = r as { full_name?: unknown; default_branch?: unknown; pushed_at?: unknown; archived?: unknown };
  if (typeof o?.full_name !== 'string') return undefined;
  return {
    fullName: o.full_name,
    defaultBranch: typeof o.default_branch === 'string' ? o.default_branch : 'HEAD',
    ...(typeof o.pushed_at === 'string' ? { pushedAt: o.pushed_at } : {}),
    archived: o.archived === true,
  };
}
