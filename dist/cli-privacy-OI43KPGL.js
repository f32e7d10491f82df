#!/usr/bin/env node
import { createRequire as __mpCreateRequire } from 'node:module'; const require = __mpCreateRequire(import.meta.url);
import {
  emit,
  oneOf
} from "./cli-chunk-PPZTN2AE.js";
import "./cli-chunk-TCB42F2Q.js";
import {
  detectPrivacy
} from "./cli-chunk-HXUZCLZ2.js";
import {
  PRIVACY_USAGE
} from "./cli-chunk-VIOYTTWZ.js";
import {
  DiskRepo,
  discoverManifests,
  loadManifest,
  registerScope,
  resolveScope,
  scopeRequest
} from "./cli-chunk-ND4HRAEM.js";
import "./cli-chunk-D3CIC5HL.js";
import {
  parseCommandArgs
} from "./cli-chunk-Q3TBLJ6T.js";
import {
  TOOL
} from "./cli-chunk-V65IAYDK.js";
import {
  ConfigurationError
} from "./cli-chunk-BZQX73NR.js";
import "./cli-chunk-JVUIPAC5.js";
import "./cli-chunk-Q3GBV4AC.js";

// src/cli/privacy.ts
import fs from "node:fs";
import path from "node:path";
function privacyCommand(argv, io) {
  const { values, positionals } = parseCommandArgs(argv, { format: { type: "string" }, output: { type: "string", short: "o" } });
  if (positionals.length > 1) throw new ConfigurationError(`privacy takes one folder; got ${positionals.join(" ")}`);
  const dir = path.resolve(io.cwd, positionals[0] ?? ".");
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new ConfigurationError(`${positionals[0] ?? "."} is not a folder`);
  const format = oneOf("format", values.format, ["text", "json"], "text");
  const repo = new DiskRepo(dir);
  const scopes = discoverManifests(repo).map((file) => {
    const { scope } = resolveScope(repo, scopeRequest(loadManifest(repo, file)));
    registerScope(repo, scope);
    return scope;
  });
  const apps = (scopes.length ? scopes : [void 0]).map((scope) => {
    const appDir = scope?.dir ?? "";
    return { appDir, ...detectPrivacy({ repo, appDir, scope }).facts };
  });
  const text = format === "json" ? `${JSON.stringify({ tool: { name: TOOL.name, version: TOOL.version }, apps: apps.map(({ detectable: _d, knownPermissions: _k, ...a }) => a) }, null, 2)}
` : apps.map((a) => privacyText(a)).join("\n");
  emit(io, text, values.output);
  return 0;
}
function privacyText(a) {
  const lines = [`${a.appDir || "."}: ${a.uses.length} collection point(s)`];
  for (const u of a.uses) {
    const where = [u.class, u.function].filter(Boolean).join(".");
    const what = u.personalInfo ?? `required reason: ${u.requiredReason}`;
    const who = u.sdk ? `sdk:${u.sdk.id}` : u.origin;
    lines.push(`  ${u.location.file}:${u.location.line}  ${u.api}  ${what}  ${who}${where ? `  ${where}` : ""}${u.debug ? "  (debug)" : ""}`);
  }
  return `${lines.join("\n")}
`;
}
export {
  PRIVACY_USAGE,
  privacyCommand
};
