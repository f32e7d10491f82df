#!/usr/bin/env node
import { createRequire as __mpCreateRequire } from 'node:module'; const require = __mpCreateRequire(import.meta.url);
import {
  langFromEnv
} from "./cli-chunk-TCB42F2Q.js";
import {
  ConfigurationError
} from "./cli-chunk-BZQX73NR.js";

// src/core/types.ts
var SEVERITIES = ["error", "warning", "note"];
var LANGS = ["en", "zh-CN"];
var STAGES = ["pr", "release"];

// src/cli/io.ts
import fs from "node:fs";
import path from "node:path";
var stdoutGone = false;
var processIO = {
  out: (s) => {
    if (!stdoutGone) process.stdout.write(s);
  },
  err: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  cwd: process.cwd()
};
function toleratePipeClosed() {
  const gone = (stream) => (e) => {
    if (e.code !== "EPIPE") throw e;
    if (stream === process.stdout) stdoutGone = true;
  };
  process.stdout.on("error", gone(process.stdout));
  process.stderr.on("error", gone(process.stderr));
}
function oneOf(flag, value, allowed, fallback) {
  if (value === void 0) return fallback;
  if (allowed.includes(value)) return value;
  throw new ConfigurationError(`--${flag} must be one of ${allowed.join(", ")}; got "${value}"`);
}
var DEFAULT_TIMEOUT_S = 600;
function timeoutOption(value) {
  if (value === void 0) return DEFAULT_TIMEOUT_S;
  const n = Number(value);
  if (!value.trim() || !Number.isFinite(n) || n <= 0) throw new ConfigurationError(`--timeout must be a number of seconds above 0; got "${value}"`);
  return n;
}
function langOption(value, io) {
  return oneOf("lang", value, LANGS, langFromEnv(io.env));
}
function emitChunks(io, chunks, output) {
  if (!output) {
    for (const c of chunks) io.out(c);
    return;
  }
  const file = path.resolve(io.cwd, output);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, "w");
  try {
    for (const c of chunks) fs.writeSync(fd, c);
  } finally {
    fs.closeSync(fd);
  }
}
function emit(io, text, output) {
  if (text && !text.endsWith("\n")) text += "\n";
  if (!output) {
    io.out(text);
    return;
  }
  const file = path.resolve(io.cwd, output);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

export {
  SEVERITIES,
  LANGS,
  STAGES,
  processIO,
  toleratePipeClosed,
  oneOf,
  timeoutOption,
  langOption,
  emitChunks,
  emit
};
