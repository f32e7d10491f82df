// Gradle dependency locking: `gradle.lockfile` (`g:a:v=conf1,conf2`, `empty=`) and the older
// per-configuration `gradle/dependency-locks/<conf>.lockfile` (`g:a:v`).
import { basename, dirname, gradleDynamic, read, type SdkContext } from './util.js';

export function isGradleLockfile(file: string): boolean {
  return basename(file) === 'gradle.lockfile' || /(^|\/)gradle\/dependency-locks\/[^/]+\.lockfile$/.test(file);
}

export function scanGradleLockfile(ctx: SdkContext, file: string): void {
  const text = read(ctx, file);
  if (text === null) return;
  const legacy = file.includes('gradle/dependency-locks/');
  let root = dirname(file);
  if (legacy) root = root.replace(/\/?gradle\/dependency-locks$/, '');
  const legacyConf = legacy ? basename(file).replace(/\.lockfile$/, '') : undefined;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith('empty=')) return;
    const m = /^([\w.-]+):([\w.-]+):([^=\s]+)(?:=(.*))?$/.exec(line);
    if (!m) {
      ctx.unresolved.push({ file, line: i + 1, text: line, reason: 'not a group:name:version lockfile entry' });
      return;
    }
    const confs = (m[4] ?? legacyConf ?? '').split(',').filter(Boolean);
    const scope = confs.length && confs.every((c) => /test/i.test(c)) ? 'test' : undefined;
    ctx.sightings.push({
      ecosystem: 'maven', group: m[1]!, name: m[2]!, version: m[3]!, dynamic: gradleDynamic(m[3]!), lock: true,
      direct: false, scope, file, line: i + 1, root,
    });
  });
}
