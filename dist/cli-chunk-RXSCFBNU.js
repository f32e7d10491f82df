#!/usr/bin/env node
import { createRequire as __mpCreateRequire } from 'node:module'; const require = __mpCreateRequire(import.meta.url);
import {
  readGitIndex
} from "./cli-chunk-D3CIC5HL.js";
import {
  readConfined,
  readConfinedText,
  realRoot
} from "./cli-chunk-Q3TBLJ6T.js";

// src/repo/git-head.ts
import fs from "node:fs";
import path from "node:path";
var SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
var MAX_READ = 64 * 1024 * 1024;
function readGitHead(dir) {
  const start = path.resolve(dir);
  const found = findGitDir(start);
  if (!found) return void 0;
  const { gitDir, top, home } = found;
  const readSmall = (file) => readConfinedText(home, file, MAX_READ);
  if (top !== start && !tracksFilesUnder(home, gitDir, path.relative(top, start).split(path.sep).join("/"))) return void 0;
  const common = commonDir(gitDir, readSmall);
  const head = readSmall(path.join(gitDir, "HEAD"))?.trim();
  if (!head) return void 0;
  if (SHA.test(head)) return { commit: head };
  let ref = /^ref: (refs\/\S+)$/.exec(head)?.[1];
  const first = ref;
  for (let hops = 0; ref && hops < 5; hops++) {
    const value = resolveRef(gitDir, common, ref, readSmall);
    if (!value) return void 0;
    if (SHA.test(value)) return { commit: value, ...first ? { ref: first } : {} };
    ref = /^ref: (refs\/\S+)$/.exec(value)?.[1];
  }
  return void 0;
}
function findGitDir(start) {
  for (let d = start; ; d = path.dirname(d)) {
    const dotGit = path.join(d, ".git");
    try {
      const st = fs.lstatSync(dotGit);
      if (st.isDirectory()) return { gitDir: dotGit, top: d, home: realRoot(d) };
      if (st.isFile()) {
        const to = /^gitdir: (.+)$/m.exec(readConfinedText(realRoot(d), dotGit, 4096) ?? "")?.[1]?.trim();
        const gitDir = to && path.resolve(d, to);
        const home = gitDir && gitHome(gitDir);
        return gitDir && home ? { gitDir, top: d, home } : void 0;
      }
      return void 0;
    } catch {
    }
    if (path.dirname(d) === d) return void 0;
  }
}
function gitHome(gitDir) {
  let real;
  try {
    real = fs.realpathSync(gitDir);
  } catch {
    return void 0;
  }
  for (let d = real; path.dirname(d) !== d; d = path.dirname(d)) if (/\.git$/.test(path.basename(d))) return d;
  return void 0;
}
function tracksFilesUnder(home, gitDir, rel) {
  const index = readConfined(home, path.join(gitDir, "index"), MAX_READ);
  const paths = index.ok ? readGitIndex(index.bytes) : void 0;
  return Boolean(paths?.some((p) => p.startsWith(`${rel}/`)));
}
function commonDir(gitDir, readSmall) {
  const rel = readSmall(path.join(gitDir, "commondir"))?.trim();
  return rel ? path.resolve(gitDir, rel) : gitDir;
}
function resolveRef(gitDir, common, ref, readSmall) {
  if (ref.split("/").includes("..")) return void 0;
  for (const base of /* @__PURE__ */ new Set([gitDir, common])) {
    const loose = readSmall(path.join(base, ref))?.trim();
    if (loose) return loose;
  }
  for (const line of (readSmall(path.join(common, "packed-refs")) ?? "").split("\n")) {
    const [sha, name] = line.trim().split(" ");
    if (name === ref && sha && SHA.test(sha)) return sha;
  }
  return void 0;
}

export {
  readGitHead
};
