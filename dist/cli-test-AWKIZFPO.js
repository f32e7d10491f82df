#!/usr/bin/env node
import { createRequire as __mpCreateRequire } from 'node:module'; const require = __mpCreateRequire(import.meta.url);
import {
  emit,
  langOption,
  oneOf
} from "./cli-chunk-PPZTN2AE.js";
import {
  t
} from "./cli-chunk-TCB42F2Q.js";
import {
  runPackTests
} from "./cli-chunk-GKMRLZRU.js";
import "./cli-chunk-FTYXQLH7.js";
import {
  TEST_USAGE
} from "./cli-chunk-VIOYTTWZ.js";
import {
  parseCommandArgs
} from "./cli-chunk-Q3TBLJ6T.js";
import {
  ConfigurationError
} from "./cli-chunk-BZQX73NR.js";
import "./cli-chunk-JVUIPAC5.js";
import "./cli-chunk-Q3GBV4AC.js";

// src/cli/test.ts
import fs from "node:fs";
import path from "node:path";
function testCommand(argv, io) {
  const { values, positionals } = parseCommandArgs(argv, {
    "min-coverage": { type: "string" },
    filter: { type: "string" },
    format: { type: "string" },
    output: { type: "string", short: "o" },
    lang: { type: "string" }
  });
  if (positionals.length > 1) throw new ConfigurationError(`test takes one pack folder; got ${positionals.join(" ")}`);
  const ref = positionals[0] ?? ".";
  if (!positionals[0] && !fs.existsSync(path.join(io.cwd, "pack.yaml"))) {
    throw new ConfigurationError("no pack.yaml in the current folder: give the pack folder, e.g. `mobile-policy test policies/my-pack`");
  }
  let minCoverage;
  if (values["min-coverage"] !== void 0) {
    minCoverage = Number(values["min-coverage"]);
    if (!Number.isFinite(minCoverage) || minCoverage < 0 || minCoverage > 100) throw new ConfigurationError(`--min-coverage must be a percentage from 0 to 100; got "${values["min-coverage"]}"`);
  }
  const format = oneOf("format", values.format, ["text", "junit"], "text");
  const lang = langOption(values.lang, io);
  const results = runPackTests(path.resolve(io.cwd, ref), { cwd: io.cwd, ...values.filter ? { filter: values.filter } : {}, ...minCoverage !== void 0 ? { minCoverage } : {} });
  emit(io, format === "junit" ? packTestsJunit(results) : packTestsText(results, lang), values.output);
  if (format !== "text" || values.output) io.err(t(lang, results.passed ? "test.result.passed" : "test.result.failed") + "\n");
  return results.passed ? 0 : 1;
}
function packTestsText(r, lang) {
  const lines = [];
  for (const c of r.cases) {
    lines.push(`${c.passed ? t(lang, "test.pass") : t(lang, "test.fail")}  ${c.rule}: ${c.name}  (${c.file}:${c.line})`);
    for (const p of c.problems) lines.push(`      ${p}`);
  }
  if (r.untested.length) {
    lines.push("", t(lang, "test.untested"));
    for (const u of r.untested) {
      const cov = r.rules.find((x) => x.rule === u);
      lines.push(`  ${u} (passing ${cov?.passing ?? 0}, failing ${cov?.failing ?? 0})`);
    }
  }
  if (r.errors.length) {
    lines.push("", t(lang, "test.suite-errors"));
    for (const e of r.errors) lines.push(`  ${e}`);
  }
  lines.push("");
  lines.push(t(lang, "test.summary", {
    pack: r.pack,
    passed: r.cases.filter((c) => c.passed).length,
    total: r.cases.length,
    covered: r.rules.length - r.untested.length,
    rules: r.rules.length,
    coverage: r.coverage
  }));
  lines.push(t(lang, r.passed ? "test.result.passed" : "test.result.failed"));
  return lines.join("\n") + "\n";
}
function attr(s) {
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
function packTestsJunit(r) {
  const byFile = /* @__PURE__ */ new Map();
  for (const c of r.cases) byFile.set(c.file, [...byFile.get(c.file) ?? [], c]);
  const suites = [...byFile].map(([file, cases]) => [
    `  <testsuite name="${attr(`${r.pack}/${file}`)}" tests="${cases.length}" failures="${cases.filter((c) => !c.passed).length}" errors="0" skipped="0">`,
    ...cases.map((c) => c.passed ? `    <testcase classname="${attr(c.rule)}" name="${attr(c.name)}" file="${attr(c.file)}" line="${c.line}"/>` : `    <testcase classname="${attr(c.rule)}" name="${attr(c.name)}" file="${attr(c.file)}" line="${c.line}">
      <failure message="${attr(c.problems[0] ?? "failed")}">${attr(c.problems.join("\n"))}</failure>
    </testcase>`),
    "  </testsuite>"
  ].join("\n"));
  if (r.errors.length) {
    suites.push([
      `  <testsuite name="${attr(`${r.pack} (suite)`)}" tests="${r.errors.length}" failures="${r.errors.length}" errors="0" skipped="0">`,
      ...r.errors.map((e) => `    <testcase classname="${attr(r.pack)}" name="${attr(e.slice(0, 120))}">
      <failure message="${attr(e)}"/>
    </testcase>`),
      "  </testsuite>"
    ].join("\n"));
  }
  const total = r.cases.length + r.errors.length;
  const failures = r.cases.filter((c) => !c.passed).length + r.errors.length;
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="${attr(`mobile-policy test ${r.pack}`)}" tests="${total}" failures="${failures}">`, ...suites, "</testsuites>", ""].join("\n");
}
export {
  TEST_USAGE,
  packTestsJunit,
  packTestsText,
  testCommand
};
