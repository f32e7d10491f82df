#!/usr/bin/env node
import { createRequire as __mpCreateRequire } from 'node:module'; const require = __mpCreateRequire(import.meta.url);
import {
  readGitHead
} from "./cli-chunk-RXSCFBNU.js";
import {
  langFromEnv
} from "./cli-chunk-TCB42F2Q.js";
import {
  builtinPackNames,
  loadPack,
  packageRoot
} from "./cli-chunk-GKMRLZRU.js";
import "./cli-chunk-FTYXQLH7.js";
import {
  VERSION_USAGE
} from "./cli-chunk-VIOYTTWZ.js";
import {
  loadCatalog
} from "./cli-chunk-D3CIC5HL.js";
import {
  parseCommandArgs,
  readRegularText
} from "./cli-chunk-Q3TBLJ6T.js";
import {
  TOOL
} from "./cli-chunk-V65IAYDK.js";
import "./cli-chunk-BZQX73NR.js";
import "./cli-chunk-JVUIPAC5.js";
import "./cli-chunk-Q3GBV4AC.js";

// src/cli/version.ts
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
function versionCommand(argv, io) {
  const { values } = parseCommandArgs(argv, { json: { type: "boolean" } });
  const info = versionInfo();
  if (values.json) {
    io.out(JSON.stringify(info, null, 2) + "\n");
    return 0;
  }
  const zh = langFromEnv(io.env) === "zh-CN";
  const tool = `${info.tool.name} ${info.tool.version}${info.tool.commit ? ` (${info.tool.commit})` : ""}`;
  io.out([
    zh ? `${tool}\uFF0CNode ${info.node}` : `${tool}, Node ${info.node}`,
    ...info.packs.map((p) => zh ? `\u7B56\u7565\u5305 ${p.name} ${p.version}\uFF1A${p.rules} \u6761\u89C4\u5219` : `pack ${p.name} ${p.version}: ${p.rules} rules`),
    zh ? `SDK \u76EE\u5F55 ${info.catalogue.version}\uFF1A${info.catalogue.sdks} \u4E2A SDK\uFF0Csha256 ${info.catalogue.sha256}` : `SDK catalogue ${info.catalogue.version}: ${info.catalogue.sdks} SDKs, sha256 ${info.catalogue.sha256}`,
    ""
  ].join("\n"));
  return 0;
}
function versionInfo() {
  const root = packageRoot();
  const catalog = loadCatalog();
  return {
    tool: { name: TOOL.name, version: TOOL.version, commit: toolCommit(root) },
    node: process.versions.node,
    packs: builtinPackNames().map((name) => {
      const pack = loadPack(name);
      return { name: pack.name, version: pack.version, rules: pack.rules.length };
    }),
    catalogue: { version: TOOL.version, sdks: catalog.sdks.length, sha256: createHash("sha256").update(JSON.stringify(catalog.sdks)).digest("hex") }
  };
}
function toolCommit(root) {
  try {
    const pkg = JSON.parse(readRegularText(path.join(root, "package.json"), 1024 * 1024));
    if (typeof pkg.gitHead === "string" && /^[0-9a-f]{40}$/.test(pkg.gitHead)) return pkg.gitHead;
  } catch {
  }
  if (!fs.existsSync(path.join(root, ".git"))) return null;
  return readGitHead(root)?.commit ?? null;
}
export {
  VERSION_USAGE,
  toolCommit,
  versionCommand,
  versionInfo
};
