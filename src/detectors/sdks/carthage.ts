// Carthage: Cartfile / Cartfile.private (`github "owner/repo" ~> 1.0`, `git "url" "branch"`,
// `binary "url" ~> 1.0`) and Cartfile.resolved (`github "owner/repo" "v1.2.3"`).
import { basename, dirname, read, type SdkContext } from './util.js';

function ident(kind: string, loc: string): { group?: string; name: string; source: string } {
  if (kind === 'github' && /^[\w.-]+\/[\w.-]+$/.test(loc)) {
    const [owner, repo] = loc.split('/') as [string, string];
    return { group: owner, name: repo.replace(/\.git$/, ''), source: `https://github.com/${loc}` };
  }
  const gh = /github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(loc);
  if (gh) return { group: gh[1]!, name: gh[2]!, source: loc };
  const last = loc.replace(/\/+$/, '').split('/').pop() ?? loc;
  return { name: last.replace(/\.(git|json)$/, ''), source: loc };
}

export function scanCartfile(ctx: SdkContext, file: string): void {
  const text = read(ctx, file);
  if (text === null) return;
  const resolved = basename(file) === 'Cartfile.resolved';
  const dev = basename(file) === 'Cartfile.private';
  const root = dirname(file);
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    const m = /^(github|git|binary)\s+"([^"]+)"\s*(.*)$/.exec(line);
    if (!m) {
      ctx.unresolved.push({ file, line: i + 1, text: line, reason: 'not a Carthage origin line' });
      return;
    }
    const id = ident(m[1]!, m[2]!);
    const req = m[3]!.trim();
    const quoted = /^"([^"]+)"$/.exec(req)?.[1];
    if (resolved) {
      ctx.sightings.push({ ecosystem: 'carthage', ...id, version: quoted ?? req, dynamic: false, lock: true, direct: false, file, line: i + 1, root });
    } else {
      const exact = /^==\s*\S+$/.test(req) || (quoted !== undefined && /^[0-9a-f]{40}$/.test(quoted));
      ctx.sightings.push({
        ecosystem: 'carthage', ...id, versionSpec: req || undefined, dynamic: !exact, lockable: true, direct: true,
        scope: dev ? 'dev' : undefined, file, line: i + 1, root,
      });
    }
  });
}
