// Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time per function and per
// source module. dist/cli.js is an unminified esbuild bundle, whose `// src/...` and
// `// node_modules/...` comments mark where each module starts: a line maps to its module.
import fs from 'node:fs';
import path from 'node:path';

function moduleMap(bundle) {
  const marks = [];
  fs.readFileSync(bundle, 'utf8').split('\n').forEach((l, i) => {
    const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(l);
    if (m) marks.push([i, m[1].replace(/^node_modules\/((?:@[^/]+\/)?[^/]+)\/.*$/, 'node_modules/$1')]);
  });
  return (line) => {
    let lo = 0, hi = marks.length - 1, best = '(bundle prelude)';
    while (lo <= hi) { const mid = (lo + hi) >> 1; if (marks[mid][0] <= line) { best = marks[mid][1]; lo = mid + 1; } else hi = mid - 1; }
    return best;
  };
}

/** Module maps of the bundle and of its chunks (dist/cli-*.js, the split CLI), by file name. */
function moduleMaps(bundle) {
  const dir = path.dirname(bundle);
  const stem = path.basename(bundle, '.js');
  const maps = new Map();
  for (const f of fs.readdirSync(dir)) if (f === `${stem}.js` || (f.startsWith(`${stem}-`) && f.endsWith('.js'))) maps.set(f, moduleMap(path.join(dir, f)));
  return maps;
}

/** Functions of the check pipeline whose inclusive time is reported (names as in dist/cli.js). */
const PHASES = ['main', 'loadPacks', 'runCheck', 'DiskRepo', 'walk', 'addTracked', 'discoverManifests', 'checkApp', 'loadManifest',
  'collectFacts', 'detectAndroid', 'detectIos', 'detectHarmonyOS', 'detectLinks', 'detectSecrets', 'detectSdks', 'scanSources',
  'appFiles', 'subtree', 'match', 'evaluate3', 'evaluateDetailed', 'runRule', 'applyWaivers', 'diagnosticsToFindings', 'repoDiagnostics', '(garbage collector)'];

/** Phases whose own breakdown (top self-time functions below them) is printed. */
const WITHIN = ['walk', 'scanSources', 'detectSdks', 'runRule', 'loadManifest', 'loadPacks'];

export function summarise(profileFile, bundle, top = 15) {
  const p = JSON.parse(fs.readFileSync(profileFile, 'utf8'));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const maps = moduleMaps(bundle);
  const fileOf = (url) => url.slice(url.lastIndexOf('/') + 1);
  const inBundleAt = (cf) => maps.has(fileOf(cf.url));
  const modAt = (cf) => maps.get(fileOf(cf.url))(cf.lineNumber);
  const fns = new Map();
  const mods = new Map();
  for (const [id, us] of self) {
    const cf = byId.get(id).callFrame;
    const inBundle = inBundleAt(cf);
    const mod = inBundle ? modAt(cf) : cf.url ? cf.url.replace(/^file:\/\/.*\//, '') : cf.functionName.startsWith('RegExp:') ? '(regexp)' : cf.functionName;
    const name = cf.functionName || '(anonymous)';
    const fn = `${name.length > 60 ? `${name.slice(0, 57)}...` : name}  [${mod}${inBundle || cf.url ? `:${cf.lineNumber + 1}` : ''}]`;
    fns.set(fn, (fns.get(fn) ?? 0) + us);
    mods.set(mod, (mods.get(mod) ?? 0) + us);
  }
  // Inclusive ("total") time of named functions: each sample counts once per function on its stack.
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map();
  const stackCache = new Map();
  const namesOn = (id) => {
    let names = stackCache.get(id);
    if (names) return names;
    names = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const cf = byId.get(cur).callFrame;
      const inBundle = inBundleAt(cf);
      if (PHASES.includes(cf.functionName) && (inBundle || cf.functionName.startsWith('('))) names.add(`${cf.functionName}  [${inBundle ? modAt(cf) : cf.url || 'native'}]`);
    }
    stackCache.set(id, names);
    return names;
  };
  p.samples.forEach((id, i) => { for (const name of namesOn(id)) incl.set(name, (incl.get(name) ?? 0) + (p.timeDeltas[i] ?? 0)); });
  // Where the time of the heaviest phases goes: self time of functions below each of them.
  const within = new Map(WITHIN.map((n) => [n, new Map()]));
  p.samples.forEach((id, i) => {
    const cf = byId.get(id).callFrame;
    const leafName = cf.functionName || '(anonymous)';
    const leaf = `${leafName.length > 60 ? `${leafName.slice(0, 57)}...` : leafName}  [${inBundleAt(cf) ? modAt(cf) : cf.url || 'native'}]`;
    const seenPhase = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur).callFrame.functionName;
      if (within.has(n) && !seenPhase.has(n)) { seenPhase.add(n); const m = within.get(n); m.set(leaf, (m.get(leaf) ?? 0) + (p.timeDeltas[i] ?? 0)); }
    }
  });
  const rank = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, us]) => [k, `${(us / 1000).toFixed(0)} ms`, `${((100 * us) / total).toFixed(1)} %`]);
  const order = (k) => PHASES.indexOf(k.split('  ')[0]);
  const phases = [...incl].filter(([k]) => !k.includes('[node_modules/')).sort((a, b) => order(a[0]) - order(b[0]))
    .map(([k, us]) => [k, `${(us / 1000).toFixed(0)} ms`, `${((100 * us) / total).toFixed(1)} %`]);
  const below = [...within].map(([n, m]) => [n, [...m].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, us]) => `${k} ${(us / 1000).toFixed(0)} ms`)]);
  return { totalMs: total / 1000, functions: rank(fns), modules: rank(mods), phases, below };
}
