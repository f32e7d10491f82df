// Text from the repository (file names, manifest values, messages quoting them) on its way to a
// terminal or a CI log: nothing in it may act on the reader. Control characters would move the
// cursor, recolour or rewrite lines (ANSI escapes, lone CR) and a line break would start a new
// line the runner reads as a workflow command (`::add-mask::`, `::error file=…::`, `##[…]`), so
// they are shown as escapes. The tool's own text never starts a line with `::` nor holds `##[`.

// C0 and C1 controls, DEL, bidirectional overrides and isolates (text that reads differently
// from what it is), line and paragraph separators. Tab stays (harmless, and common in messages).
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** What JSON.stringify leaves unescaped of UNSAFE (it escapes C0 itself; raw line breaks between tokens are its own). */
const JSON_RAW = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\u001b': '\\e' };

function escapeChar(c: string): string {
  const code = c.charCodeAt(0);
  return NAMED[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/** One value from the repository as plain, one-line text: every control character shown as an escape (`\n`, `\e`, `\x07`). */
export function visible(s: string): string {
  return s.replace(UNSAFE, escapeChar);
}

/**
 * A whole text output with nothing a CI runner would execute: a line starting (after blanks)
 * with `::` and any `##[` are altered so the runner no longer sees a command.
 */
export function noWorkflowCommands(text: string): string {
  return text.replace(/^([ \t]*):(?=:)/gm, '$1\\x3a').replace(/##\[/g, '#\\x23[');
}

/**
 * A text output with no colour of its own, all of it possibly quoting the repository: control
 * characters shown as escapes (line breaks and tabs kept), then no workflow commands.
 */
export function terminalText(text: string): string {
  return noWorkflowCommands(text.split('\n').map((line) => visible(line.endsWith('\r') ? line.slice(0, -1) : line)).join('\n'));
}

/**
 * Serialised JSON (or SARIF) that a CI log or terminal may show: `##[` written as `\u0023#[`, and
 * the controls JSON.stringify leaves raw (DEL, C1, separators, bidi) as `\uXXXX`: the same strings
 * once parsed. (C0 controls are escaped by JSON.stringify already.)
 */
export function jsonWithoutWorkflowCommands(json: string): string {
  return json.replace(/##\[/g, '\\u0023#[').replace(JSON_RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
