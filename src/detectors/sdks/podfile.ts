// CocoaPods: the Podfile (Ruby DSL, scanned line by line: `pod 'Name', '~> 1.0', :git => …`,
// `source '…'`, `target 'XTests'`) and Podfile.lock (YAML: PODS, DEPENDENCIES, EXTERNAL SOURCES,
// CHECKOUT OPTIONS, SPEC REPOS).
import { isMap, isSeq, type Node } from 'yaml';
import { isInRepoSource } from './scope.js';
import { dirname, isSha, parseYaml, read, yamlEntries, yamlGet, yamlString, type SdkContext } from './util.js';

function splitPod(full: string): { name: string; subpath?: string } {
  const i = full.indexOf('/');
  return i < 0 ? { name: full } : { name: full.slice(0, i), subpath: full.slice(i + 1) };
}

function stripRubyComment(line: string): string {
  let q: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q) { if (c === q) q = null; continue; }
    if (c === '"' || c === "'") q = c;
    else if (c === '#') return line.slice(0, i);
  }
  return line;
}

export function scanPodfile(ctx: SdkContext, file: string): void {
  const text = read(ctx, file);
  if (text === null) return;
  const root = dirname(file);
  const targets: { name: string; depth: number }[] = [];
  let depth = 0;
  text.split('\n').forEach((raw, i) => {
    const line = stripRubyComment(raw).trim();
    const lineNo = i + 1;
    const t = /^(?:abstract_)?target\s+(["'])([^"']+)\1\s+do\b/.exec(line);
    if (t) targets.push({ name: t[2]!, depth: ++depth });
    else if (/\bdo(\s*\|[^|]*\|)?\s*$/.test(line) || /^(def|if|unless|case|begin)\b/.test(line)) depth++;
    else if (/^end\b/.test(line)) {
      if (targets.length && targets[targets.length - 1]!.depth === depth) targets.pop();
      depth = Math.max(0, depth - 1);
    }
    const src = /^source\s+(["'])([^"']+)\1/.exec(line);
    if (src) ctx.repositories.push({ url: src[2]!, kind: 'cocoapods-spec', location: { file, line: lineNo } });
    const pod = /^pod\s+(["'])([^"']+)\1\s*(,.*)?$/.exec(line);
    if (!pod) return;
    const rest = pod[3] ?? '';
    const version = /^,\s*(["'])([^"']+)\1/.exec(rest)?.[2];
    const opt = (k: string) => new RegExp(`:${k}\\s*=>\\s*(["'])([^"']+)\\1|\\b${k}:\\s*(["'])([^"']+)\\3`).exec(rest);
    const git = opt('git');
    const branch = opt('branch');
    const tag = opt('tag');
    const commit = opt('commit');
    const path = opt('path');
    const podspec = opt('podspec');
    const configs = /:configurations?\s*=>\s*\[?([^\]]+)\]?/.exec(rest)?.[1];
    const isTest = targets.some((x) => /Tests?$|UITests$|Specs$/.test(x.name));
    const scope = isTest ? 'test' : configs && !/release/i.test(configs) ? 'debug' : undefined;
    const { name, subpath } = splitPod(pod[2]!);
    let source: string | undefined;
    let dynamic: boolean;
    let spec = version;
    if (git) {
      source = git[2] ?? git[4];
      const ref = commit ? commit[2] ?? commit[4] : tag ? tag[2] ?? tag[4] : branch ? branch[2] ?? branch[4] : undefined;
      spec = commit ? `commit ${ref}` : tag ? `tag ${ref}` : branch ? `branch ${ref}` : 'default branch';
      dynamic = !commit && !tag;
    } else if (path) {
      source = `path:${path[2] ?? path[4]}`;
      dynamic = false;
    } else if (podspec) {
      source = podspec[2] ?? podspec[4];
      dynamic = false;
    } else {
      dynamic = !version || !/^=?\s*\d[\w.-]*$/.test(version.trim());
    }
    if (isInRepoSource(source)) return; // a pod of the repository itself, like a pub path package
    ctx.sightings.push({
      ecosystem: 'cocoapods', name, subpath, versionSpec: spec, dynamic, lockable: true,
      direct: true, scope, file, line: lineNo, root, source,
    });
  });
}

export function scanPodfileLock(ctx: SdkContext, file: string): void {
  const text = read(ctx, file);
  if (text === null) return;
  const parsed = parseYaml(ctx, file, text, 'YAML (Podfile.lock)');
  if (!parsed) return;
  const { doc, lc } = parsed;
  const root = dirname(file);
  const top = doc.contents;
  if (!isMap(top) || !yamlGet(top, 'PODS')) {
    ctx.diagnostics.push({
      code: 'sdks/parse', severity: 'error',
      message: {
        en: `${file} has no PODS section: it is not a valid Podfile.lock, so its pods are missing from the SDK inventory.`,
        'zh-CN': `${file} 缺少 PODS 段，不是有效的 Podfile.lock，其中的 Pod 不会出现在组件清点结果中。`,
      },
      location: { file, line: 1 }, subject: file,
    });
    return;
  }
  const directNames = new Set<string>();
  const deps = yamlGet(top, 'DEPENDENCIES');
  if (isSeq(deps)) for (const d of deps.items) {
    const s = yamlString(d);
    if (s) directNames.add(s.replace(/\s*\(.*$/, '').trim());
  }
  // CHECKOUT OPTIONS records the commit `pod install` checked out: a branch pin is then locked.
  const checkedOut = new Set<string>();
  for (const e of yamlEntries(yamlGet(top, 'CHECKOUT OPTIONS'), lc)) {
    if (isSha(yamlString(yamlGet(e.value, ':commit')))) checkedOut.add(e.key);
  }
  const external = new Map<string, { source: string; dynamic: boolean }>();
  for (const e of yamlEntries(yamlGet(top, 'EXTERNAL SOURCES'), lc)) {
    const path = yamlString(yamlGet(e.value, ':path'));
    const git = yamlString(yamlGet(e.value, ':git'));
    const podspec = yamlString(yamlGet(e.value, ':podspec'));
    const branch = yamlString(yamlGet(e.value, ':branch'));
    external.set(e.key, { source: path ? `path:${path}` : git ?? podspec ?? 'external', dynamic: !!git && !!branch && !checkedOut.has(e.key) });
  }
  const specRepos = new Map<string, string>();
  for (const e of yamlEntries(yamlGet(top, 'SPEC REPOS'), lc)) {
    if (isSeq(e.value)) for (const p of e.value.items) {
      const s = yamlString(p);
      if (s) specRepos.set(s, e.key);
    }
  }
  const pods = yamlGet(top, 'PODS');
  if (!isSeq(pods)) return;
  for (const item of pods.items as Node[]) {
    const label = isMap(item) ? yamlString((item.items[0] as { key: unknown }).key) : yamlString(item);
    const off = (isMap(item) ? ((item.items[0] as { key: Node }).key.range?.[0]) : item.range?.[0]) ?? 0;
    if (!label) continue;
    const m = /^(\S+)\s+\(([^)]+)\)$/.exec(label.trim());
    if (!m) {
      ctx.unresolved.push({ file, line: lc.linePos(off).line, text: label, reason: 'PODS entry is not "Name (version)"' });
      continue;
    }
    const { name, subpath } = splitPod(m[1]!);
    const ext = external.get(name);
    if (isInRepoSource(ext?.source)) continue;
    // `- Name (1.0): [- Dep (~> 2.0), - Other/Sub]`: what this pod pulls in (scope of transitive pods).
    const deps = isMap(item) ? (item.items[0] as { value: unknown }).value : null;
    const requires = isSeq(deps) ? deps.items.map((d) => yamlString(d)?.replace(/\s*\(.*$/, '').trim()).filter((d): d is string => !!d) : [];
    ctx.sightings.push({
      ecosystem: 'cocoapods', name, subpath, version: m[2]!, dynamic: ext?.dynamic ?? false, lock: true,
      direct: directNames.has(m[1]!), file, line: lc.linePos(off).line, root,
      source: ext?.source ?? specRepos.get(name) ?? specRepos.get(m[1]!),
      ...(requires.length ? { requires: requires.map((r) => ({ ecosystem: 'cocoapods' as const, ...splitPod(r) })) } : {}),
    });
  }
}
