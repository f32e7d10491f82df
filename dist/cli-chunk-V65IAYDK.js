#!/usr/bin/env node
import { createRequire as __mpCreateRequire } from 'node:module'; const require = __mpCreateRequire(import.meta.url);

// package.json
var package_default = {
  name: "mobile-policy",
  version: "0.1.0",
  description: "Policy checks for banking and insurance mobile apps under NFRA circular Jin Ban Fa [2024] No. 99: manifest, repository and release gate.",
  type: "module",
  license: "Apache-2.0",
  bin: {
    "mobile-policy": "dist/cli.js"
  },
  engines: {
    node: ">=20.19"
  },
  files: [
    "dist",
    "policies",
    "schema",
    "action.yml",
    "!policies/*/tests"
  ],
  scripts: {
    build: "node build.mjs",
    typecheck: "tsc --noEmit",
    lint: "eslint .",
    test: "node build.mjs && vitest run",
    "check-dist": 'node build.mjs && git diff --exit-code -- dist && test -z "$(git status --porcelain -- dist)"',
    docs: "node scripts/gen-docs.mjs"
  },
  devDependencies: {
    "@actions/core": "3.0.1",
    "@bufbuild/cel": "0.6.1",
    "@cyclonedx/cyclonedx-library": "10.3.0",
    "@eslint/js": "10.0.1",
    "@marcbachmann/cel-js": "8.0.0",
    "@microsoft/jest-sarif": "1.0.0-beta.0",
    "@octokit/plugin-retry": "8.1.1",
    "@octokit/plugin-throttling": "11.0.5",
    "@octokit/rest": "22.0.1",
    "@stoplight/spectral-cli": "6.16.3",
    "@types/node": "20.19.43",
    ajv: "8.20.0",
    "ajv-formats": "3.0.1",
    "csv-parse": "7.0.3",
    esbuild: "0.28.2",
    eslint: "10.15.0",
    "fast-check": "4.11.0",
    globals: "17.14.0",
    ignore: "7.0.17",
    json5: "2.2.3",
    minimatch: "11.0.9",
    "playwright-core": "1.65.1",
    saxes: "6.0.0",
    "smol-toml": "1.9.1",
    typescript: "5.9.3",
    "typescript-eslint": "8.74.0",
    vitest: "4.1.12",
    yaml: "2.9.1"
  }
};

// src/core/version.ts
var TOOL = { name: "mobile-policy", version: package_default.version };

export {
  TOOL
};
