// yarn.lock: classic (v1, its own indented text format: no maintained parser, scanned by line)
// and Berry (v2+, YAML with `__metadata`, parsed with `yaml`).
import { dirname, parseYaml, read, splitScoped, yamlEntries, yamlGet, yamlString, type SdkContext } from './util.js';

/** `"@scope/a@^1.0.0"` / `a@npm:^1.0.0` → package name. */
function descriptorName(d: string): string {
  const s = d.trim().replace(/^"|"$/g, '');
  const at = s.indexOf('@', s.startsWith('@') ? 1 : 0);
  return at < 0 ? s : s.slice(0, at);
}

function push(ctx: SdkContext, file: string, name: string, version: string | undefined, line: number, specs: string[]): void {
  if (!version || /^0\.0\.0-use\.local$/.test(version)) return;
  if (specs.every((s) => /@(workspace|link|portal|file):/.test(s))) return;
  ctx.sightings.push({
    ecosystem: 'npm', ...splitScoped(name), version, dynamic: false, lock: true, direct: false, file, line, root: dirname(file),
    specs: specs.map((s) => s.replace(/^"|"$/g, '').replace('@npm:', '@')),
  });
}

export function scanYarnLock(ctx: SdkContext, file: string): void {
  const text = read(ctx, file);
  if (text === null) return;
  if (/^__metadata:/m.test(text)) {
    const parsed = parseYaml(ctx, file, text, 'YAML (yarn.lock, Berry)');
    if (!parsed) return;
    for (const e of yamlEntries(parsed.doc.contents, parsed.lc)) {
      if (e.key === '__metadata') continue;
      const specs = e.key.split(',').map((s) => s.trim());
      const resolution = yamlString(yamlGet(e.value, 'resolution'));
      const name = resolution ? descriptorName(resolution) : descriptorName(specs[0]!);
      push(ctx, file, name, yamlString(yamlGet(e.value, 'version')), e.line, specs);
    }
    return;
  }
  const lines = text.split('\n');
  let header: { specs: string[]; line: number } | null = null;
  lines.forEach((raw, i) => {
    if (!raw.trim() || raw.startsWith('#')) return;
    if (!/^\s/.test(raw)) {
      if (!raw.trimEnd().endsWith(':')) {
        ctx.unresolved.push({ file, line: i + 1, text: raw.trim(), reason: 'yarn.lock entry header not understood' });
        header = null;
        return;
      }
      header = { specs: raw.trimEnd().slice(0, -1).split(',').map((s) => s.trim().replace(/^"|"$/g, '')), line: i + 1 };
      return;
    }
    const v = /^ {2}version:?\s+"?([^"\s]+)"?/.exec(raw);
    if (v && header) {
      push(ctx, file, descriptorName(header.specs[0]!), v[1]!, header.line, header.specs);
      header = null;
    }
  });
}
