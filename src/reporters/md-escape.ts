// Repository text (manifest values, file names, messages quoting them) inside Markdown that
// GitHub renders: the job summary, the PR comment, `check --format markdown` and the release
// evidence report. It must render as exactly that text: no HTML, no images, no links or
// autolinks to hosts the tool did not choose (so no `javascript:` link either), no @mention that
// notifies someone, and no line break, so a value cannot start a heading, an image or a
// "- [x] Approved" line of its own. The tool's own Markdown (and its `<br>`) is written around it.

// eslint-disable-next-line no-control-regex
const LINE_BREAK = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/g;
// Other controls and bidi overrides: never wanted in a report, and they can hide text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** U+2060 WORD JOINER: invisible, and it breaks the patterns GitHub links (mentions, autolinks). */
const WJ = '\u2060';

/** One line of plain text: line breaks and tabs become spaces, other controls U+FFFD. */
export function oneLine(s: string): string {
  return s.replace(LINE_BREAK, ' ').replace(/\t/g, ' ').replace(CONTROL, '\uFFFD');
}

/** Untrusted text as inline Markdown (a table cell, a list item, a heading) that shows exactly that text on one line. */
export function mdText(s: string): string {
  return oneLine(s)
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    // Emphasis, code, links and images, tables, headings, strikethrough, HTML-like escapes.
    .replace(/[\\`*_[\]|!#~]/g, '\\$&')
    // @mentions and team mentions, e-mail autolinks.
    .replace(/@(?=[\w-])/g, `@${WJ}`)
    // GFM's extended autolinks: scheme:// and www.
    .replace(/:\/\//g, `:${WJ}//`)
    .replace(/www\./gi, (w) => `${w.slice(0, 3)}${WJ}.`);
}

/** Untrusted text as a Markdown code span (ids, paths, versions): shown verbatim, nothing in it rendered. In a table cell, `|` is escaped as GFM requires. */
export function mdCode(s: string, inTable = false): string {
  let text = oneLine(s);
  if (!text) return '';
  if (inTable) text = text.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Text for a table cell that may span lines: each line escaped as mdText, joined by the tool's own `<br>`. */
export function mdCell(s: string): string {
  return s.split(LINE_BREAK).map(mdText).join('<br>');
}
