#!/usr/bin/env node
import { createRequire as __mpCreateRequire } from 'node:module'; const require = __mpCreateRequire(import.meta.url);
import {
  COVERAGE_FORMATS,
  coverageMap,
  coverageOf,
  readManifests,
  renderCoverage
} from "./cli-chunk-HWGAYXKR.js";
import "./cli-chunk-RXSCFBNU.js";
import {
  STAGES,
  emit,
  langOption,
  oneOf
} from "./cli-chunk-PPZTN2AE.js";
import "./cli-chunk-TCB42F2Q.js";
import {
  loadPacks,
  resolveNow,
  runCheck
} from "./cli-chunk-JOUH6P3R.js";
import "./cli-chunk-HXUZCLZ2.js";
import "./cli-chunk-GKMRLZRU.js";
import "./cli-chunk-FTYXQLH7.js";
import {
  COVERAGE_USAGE
} from "./cli-chunk-VIOYTTWZ.js";
import "./cli-chunk-4AVPZEAC.js";
import "./cli-chunk-ND4HRAEM.js";
import "./cli-chunk-D3CIC5HL.js";
import {
  parseCommandArgs
} from "./cli-chunk-Q3TBLJ6T.js";
import "./cli-chunk-V65IAYDK.js";
import {
  ConfigurationError
} from "./cli-chunk-BZQX73NR.js";
import "./cli-chunk-JVUIPAC5.js";
import "./cli-chunk-Q3GBV4AC.js";

// src/cli/coverage.ts
import fs from "node:fs";
import path from "node:path";
function coverageCommand(argv, io) {
  const { values, positionals } = parseCommandArgs(argv, {
    policy: { type: "string", multiple: true },
    stage: { type: "string" },
    format: { type: "string" },
    output: { type: "string", short: "o" },
    lang: { type: "string" },
    waivers: { type: "string" },
    "no-waivers": { type: "boolean" }
  });
  if (positionals.length > 1) throw new ConfigurationError(`coverage takes one folder; got ${positionals.join(" ")}`);
  const format = oneOf("format", values.format, COVERAGE_FORMATS, "text");
  const lang = langOption(values.lang, io);
  const packs = loadPacks(values.policy, io.cwd);
  let report;
  if (positionals[0] === void 0) {
    const stage = values.stage === void 0 ? void 0 : oneOf("stage", values.stage, STAGES, "release");
    report = coverageMap(packs, stage);
  } else {
    const dir = path.resolve(io.cwd, positionals[0]);
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new ConfigurationError(`${positionals[0]} is not a folder`);
    const stage = oneOf("stage", values.stage, STAGES, "release");
    const check = runCheck({ dir, stage, now: resolveNow(io.env), noWaivers: values["no-waivers"], ...values.waivers ? { waivers: path.resolve(io.cwd, values.waivers) } : {} }, packs);
    report = coverageOf(packs, check, readManifests(check));
  }
  emit(io, renderCoverage(report, format, lang), values.output);
  return 0;
}
export {
  COVERAGE_USAGE,
  coverageCommand
};
