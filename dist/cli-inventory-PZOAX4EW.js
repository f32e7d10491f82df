#!/usr/bin/env node
import { createRequire as __mpCreateRequire } from 'node:module'; const require = __mpCreateRequire(import.meta.url);
import {
  emit,
  oneOf,
  timeoutOption
} from "./cli-chunk-PPZTN2AE.js";
import {
  langFromEnv,
  t
} from "./cli-chunk-TCB42F2Q.js";
import {
  buildInventory,
  inventoryToJson,
  inventoryToText,
  toCycloneDx
} from "./cli-chunk-436RAELM.js";
import {
  jsonWithoutWorkflowCommands,
  terminalText
} from "./cli-chunk-TNQMHV32.js";
import {
  INVENTORY_USAGE
} from "./cli-chunk-VIOYTTWZ.js";
import {
  detectSdks
} from "./cli-chunk-4AVPZEAC.js";
import {
  DiskRepo,
  discoverManifests,
  lastProgress,
  loadManifest,
  registerScope,
  resolveScope,
  scopeRequest
} from "./cli-chunk-ND4HRAEM.js";
import "./cli-chunk-D3CIC5HL.js";
import {
  TimeBoxExpired,
  parseCommandArgs,
  timeBoxed
} from "./cli-chunk-Q3TBLJ6T.js";
import {
  TOOL
} from "./cli-chunk-V65IAYDK.js";
import {
  ConfigurationError
} from "./cli-chunk-BZQX73NR.js";
import "./cli-chunk-JVUIPAC5.js";
import "./cli-chunk-Q3GBV4AC.js";

// src/cli/inventory.ts
import fs from "node:fs";
import path from "node:path";
function inventoryCommand(argv, io) {
  const { values, positionals } = parseCommandArgs(argv, { format: { type: "string" }, output: { type: "string", short: "o" }, timeout: { type: "string" } });
  if (positionals.length > 1) throw new ConfigurationError(`inventory takes one folder; got ${positionals.join(" ")}`);
  const dir = path.resolve(io.cwd, positionals[0] ?? ".");
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new ConfigurationError(`${positionals[0] ?? "."} is not a folder`);
  const format = oneOf("format", values.format, ["text", "json", "cyclonedx"], "text");
  const limitMs = timeoutOption(values.timeout) * 1e3;
  const started = Date.now();
  let stopped;
  const boxed = (fn, what) => {
    const left = limitMs - (Date.now() - started);
    if (stopped !== void 0 || left <= 0) {
      stopped ??= what;
      return void 0;
    }
    try {
      return timeBoxed(fn, left);
    } catch (e) {
      if (!(e instanceof TimeBoxExpired)) throw e;
      stopped = lastProgress().file ?? what;
      return void 0;
    }
  };
  const repo = boxed(() => new DiskRepo(dir), dir);
  if (!repo) {
    io.err(timedOut(io, limitMs, dir));
    return 2;
  }
  const appDirs = boxed(() => [...new Set(discoverManifests(repo).map((file) => {
    const { scope } = resolveScope(repo, scopeRequest(loadManifest(repo, file)));
    registerScope(repo, scope);
    return scope.dir;
  }))], "the manifests") ?? [];
  const apps = stopped !== void 0 ? [] : (appDirs.length ? appDirs : [""]).flatMap((appDir) => boxed(() => {
    const { facts, diagnostics } = detectSdks({ repo, appDir });
    return [{ appDir, inventory: buildInventory(facts, (c) => c.sdk ?? null), diagnostics }];
  }, appDir || ".") ?? []);
  for (const d of apps.flatMap((a) => a.diagnostics)) {
    io.err(terminalText(`${d.location.file}${d.location.line ? `:${d.location.line}` : ""}: ${d.code}: ${d.message.en}`) + "\n");
  }
  const all = mergeApps(apps.map((a) => a.inventory));
  let text;
  if (format === "json") {
    text = apps.length > 1 ? `${jsonWithoutWorkflowCommands(JSON.stringify({ ...all, apps: apps.map((a) => ({ appDir: a.appDir, components: a.inventory.components })) }, null, 2))}
` : inventoryToJson(all);
  } else if (format === "cyclonedx") {
    text = toCycloneDx(all, { appName: path.basename(dir), toolName: TOOL.name, toolVersion: TOOL.version });
  } else {
    text = terminalText(apps.length > 1 ? apps.map((a) => `${a.appDir || "."}
${inventoryToText(a.inventory)}`).join("\n") : inventoryToText(all));
  }
  emit(io, text, values.output);
  if (stopped !== void 0) {
    io.err(timedOut(io, limitMs, stopped));
    return 2;
  }
  return apps.some((a) => a.diagnostics.some((d) => d.severity === "error")) ? 1 : 0;
}
function timedOut(io, limitMs, at) {
  return `${t(langFromEnv(io.env), "inventory.timedOut", { seconds: limitMs / 1e3, at })}
`;
}
function mergeApps(list) {
  const seen = /* @__PURE__ */ new Map();
  for (const inv of list) {
    for (const c of inv.components) {
      const key = `${c.purl}|${c.version}`;
      const prev = seen.get(key);
      if (!prev) seen.set(key, { ...c, locations: [...c.locations] });
      else {
        prev.direct ||= c.direct;
        for (const l of c.locations) if (!prev.locations.some((p) => p.file === l.file && p.line === l.line)) prev.locations.push(l);
      }
    }
  }
  return { components: [...seen.values()].sort((a, b) => a.purl < b.purl ? -1 : a.purl > b.purl ? 1 : 0) };
}
export {
  INVENTORY_USAGE,
  inventoryCommand
};
