#!/usr/bin/env node
import { createRequire as __mpCreateRequire } from 'node:module'; const require = __mpCreateRequire(import.meta.url);

// src/reporters/plain-text.ts
var UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var JSON_RAW = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var NAMED = { "\n": "\\n", "\r": "\\r", "\x1B": "\\e" };
function escapeChar(c) {
  const code = c.charCodeAt(0);
  return NAMED[c] ?? (code < 256 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`);
}
function visible(s) {
  return s.replace(UNSAFE, escapeChar);
}
function noWorkflowCommands(text) {
  return text.replace(/^([ \t]*):(?=:)/gm, "$1\\x3a").replace(/##\[/g, "#\\x23[");
}
function terminalText(text) {
  return noWorkflowCommands(text.split("\n").map((line) => visible(line.endsWith("\r") ? line.slice(0, -1) : line)).join("\n"));
}
function jsonWithoutWorkflowCommands(json) {
  return json.replace(/##\[/g, "\\u0023#[").replace(JSON_RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export {
  visible,
  noWorkflowCommands,
  terminalText,
  jsonWithoutWorkflowCommands
};
