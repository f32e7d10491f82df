// JSON written in pieces (issue 16): a report's findings are stringified one at a time, so a
// large report never exists as one string. The bytes are those of JSON.stringify(value, null, 2).

import { jsonWithoutWorkflowCommands as safe } from './plain-text.js';

const PLACEHOLDER = '\u0000mobile-policy:items\u0000';

/** The value to stringify, with this where the streamed array goes. */
export const ITEMS = PLACEHOLDER;

/**
 * JSON.stringify(value, null, 2) + '\n', with `items` as the array standing at ITEMS, in chunks;
 * each chunk with no workflow command or raw control character of repository text (plain-text.ts).
 * Chunks end at JSON punctuation, so no escaped sequence spans two of them.
 */
export function* jsonChunks(value: object, items: Iterable<unknown>): Generator<string> {
  const text = JSON.stringify(value, null, 2);
  const mark = JSON.stringify(PLACEHOLDER);
  const at = text.indexOf(mark);
  if (at < 0) throw new Error('jsonChunks: the value has no ITEMS placeholder');
  // The array is indented as the line it opens on.
  const indent = /^ */.exec(text.slice(text.lastIndexOf('\n', at) + 1))![0];
  const pad = `${indent}  `;
  yield safe(text.slice(0, at));
  let first = true;
  for (const item of items) {
    const json = JSON.stringify(item, null, 2);
    if (json === undefined) continue;
    yield safe(`${first ? '[\n' : ',\n'}${pad}${json.replace(/\n/g, `\n${pad}`)}`);
    first = false;
  }
  yield first ? '[]' : `\n${indent}]`;
  yield `${safe(text.slice(at + mark.length))}\n`;
}
