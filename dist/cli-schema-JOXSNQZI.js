#!/usr/bin/env node
import { createRequire as __mpCreateRequire } from 'node:module'; const require = __mpCreateRequire(import.meta.url);
import {
  manifestSchema
} from "./cli-chunk-3WBJZOKF.js";
import "./cli-chunk-Q3GBV4AC.js";

// src/cli/schema.ts
function schemaCommand(argv, io) {
  if (argv.length) {
    io.err(`schema takes no arguments; got ${argv.join(" ")}
`);
    return 2;
  }
  io.out(JSON.stringify(manifestSchema, null, 2) + "\n");
  return 0;
}
export {
  schemaCommand
};
