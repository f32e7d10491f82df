// A published list's text, line by line, as a reader sees it: HTML tags, comments, scripts and
// styles blanked out (offsets and line numbers kept), Markdown left as it is. Real HTML is not
// XML, so this is a careful character scan, not a parser.

/** Same length and line breaks as the input; only what a reader sees is left. */
export function visibleText(raw: string, html: boolean): string {
  if (!html) return raw;
  const out = raw.split('');
  const blank = (from: number, to: number): void => {
    for (let i = from; i < to && i < out.length; i++) if (out[i] !== '\n') out[i] = ' ';
  };
  let i = 0;
  while (i < raw.length) {
    if (raw.startsWith('<!--', i)) {
      const end = raw.indexOf('-->', i + 4);
      const stop = end < 0 ? raw.length : end + 3;
      blank(i, stop);
      i = stop;
      continue;
    }
    if (raw[i] === '<' && /[A-Za-z/!?]/.test(raw[i + 1] ?? '')) {
      const close = tagEnd(raw, i);
      const name = /^<\s*([A-Za-z][A-Za-z0-9-]*)/.exec(raw.slice(i, i + 40))?.[1]?.toLowerCase();
      blank(i, close);
      i = close;
      // Script and style content is not text; neither is the document head's title or meta.
      if (name === 'script' || name === 'style') {
        const end = raw.toLowerCase().indexOf(`</${name}`, i);
        const stop = end < 0 ? raw.length : end;
        blank(i, stop);
        i = stop;
      }
      continue;
    }
    i++;
  }
  return out.join('');
}

/** Index just past the `>` closing the tag at `start`, skipping quoted attribute values. */
function tagEnd(raw: string, start: number): number {
  let quote = '';
  for (let i = start + 1; i < raw.length; i++) {
    const c = raw[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return raw.length;
}

/** http(s) URLs of a raw line (in text, href attributes or Markdown links). */
export function urlsIn(line: string): string[] {
  return [...line.matchAll(/https?:\/\/[^\s"'<>()（）\]]+/gi)].map((m) => m[0].replace(/[.,;:，。；、]+$/, ''));
}
