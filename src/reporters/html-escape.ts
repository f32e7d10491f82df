import { jsonWithoutWorkflowCommands } from './plain-text.js';

// Controls HTML cannot show (and a terminal printing the file would act on).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * Escapes text for HTML element content and attribute values. Line breaks become character
 * references (the same whitespace to a browser), so repository text never starts a line of the
 * file: a CI log showing it runs no workflow command (`::…`, `##[…]`, also referenced).
 */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
    .replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(CONTROL, '\uFFFD')
    .replace(/::/g, '&#58;:').replace(/##\[/g, '&#35;#[');
}

/** JSON safe inside a <script> element (no `</script>`, no `<!--`, no U+2028/2029 surprises, no `##[`). */
export function scriptJson(v: unknown): string {
  return jsonWithoutWorkflowCommands(JSON.stringify(v).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026'));
}
