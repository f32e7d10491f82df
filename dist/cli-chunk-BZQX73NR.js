#!/usr/bin/env node
import { createRequire as __mpCreateRequire } from 'node:module'; const require = __mpCreateRequire(import.meta.url);

// src/core/errors.ts
var ConfigurationError = class extends Error {
  location;
  ruleId;
  constructor(message, options = {}) {
    const where = options.location ? formatLocation(options.location) + ": " : "";
    const rule = options.ruleId ? ` (rule ${options.ruleId})` : "";
    super(`${where}${message}${rule}`);
    this.name = "ConfigurationError";
    this.location = options.location;
    this.ruleId = options.ruleId;
  }
};
function formatLocation(loc) {
  let s = loc.file;
  if (loc.line) s += `:${loc.line}`;
  if (loc.line && loc.column) s += `:${loc.column}`;
  return s;
}

export {
  ConfigurationError,
  formatLocation
};
