// project.pbxproj (an old-style plist) read just enough: XCBuildConfiguration build settings with lines.
import { lineCol, lineIndex } from '../android/xml.js';

export interface PbxSetting { value: string; line: number; column: number }

export interface PbxConfiguration {
  /** The object id (24 hex digits), '' when not written. */
  id: string;
  name: string;
  line: number;
  settings: Record<string, PbxSetting>;
}

function unquote(v: string): string {
  const t = v.trim();
  if (t.startsWith('"') && t.endsWith('"') && t.length >= 2) return t.slice(1, -1).replace(/\\"/g, '"').replace(/\\\\/g, '\\');
  return t;
}

export function readPbxConfigurations(text: string): PbxConfiguration[] {
  const starts = lineIndex(text);
  const out: PbxConfiguration[] = [];
  const re = /isa\s*=\s*XCBuildConfiguration\s*;/g;
  // Everything before `done` was read already: each character is looked at a bounded number of
  // times whatever the nesting (a malformed file can close a block before its `isa`).
  let done = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const after = m.index + m[0].length;
    let open = m.index;
    while (open >= done && text[open] !== '{') open--;
    if (open < done) { re.lastIndex = done = after; continue; }
    let depth = 0;
    let end = open;
    for (; end < text.length; end++) {
      const c = text[end];
      if (c === '"') { end++; while (end < text.length && text[end] !== '"') { if (text[end] === '\\') end++; end++; } continue; }
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) break;
    }
    if (end < m.index) { re.lastIndex = done = after; continue; } // the `isa` is not inside that object
    const block = text.slice(open, end);
    const settings: Record<string, PbxSetting> = {};
    // One line per setting; a key may carry conditions (`"OTHER_LDFLAGS[sdk=iphoneos*]"`). The
    // key is matched by a regular expression, the value read by hand: every way of splitting a
    // long blank run between `=`, the value and `;` made the expression cubic on such a line.
    const kv = /^[ \t]*("[A-Za-z_][^"\n]*"|[A-Za-z_][\w.$/-]*(?:\[[^\]\n]*\])*)[ \t]*=/gm;
    let name = '';
    for (let k = kv.exec(block); k; k = kv.exec(block)) {
      const raw = settingValue(block, k.index + k[0].length);
      if (raw === undefined) continue;
      const key = unquote(k[1]!);
      const [line, column] = lineCol(starts, open + k.index + (k[0].length - k[0].trimStart().length));
      if (key === 'name') { name = unquote(raw); continue; }
      if (key === 'isa' || key === 'baseConfigurationReference') continue;
      settings[key] ??= { value: unquote(raw), line, column };
    }
    const id = /([0-9A-Fa-f]{24})\s*(?:\/\*[^*]*\*\/\s*)?=\s*$/.exec(text.slice(Math.max(0, open - 200), open))?.[1] ?? '';
    out.push({ id, name, line: lineCol(starts, m.index)[0], settings });
    re.lastIndex = done = Math.max(end, after);
  }
  return out;
}

/** The value written after `key =` at `from` and ended by `;`: a quoted string on one line, or text up to `;` (none of `{(`); undefined when it is neither. */
function settingValue(block: string, from: number): string | undefined {
  let i = from;
  while (block[i] === ' ' || block[i] === '\t') i++;
  let value: string;
  if (block[i] === '"') {
    let j = i + 1;
    while (j < block.length && block[j] !== '"' && block[j] !== '\n') j += block[j] === '\\' ? 2 : 1;
    if (block[j] !== '"') return undefined;
    value = block.slice(i, j + 1);
    i = j + 1;
  } else {
    let j = i;
    while (j < block.length && !';{(\n'.includes(block[j]!)) j++;
    value = block.slice(i, j).trimEnd();
    i = j;
  }
  while (i < block.length && /\s/.test(block[i]!)) i++;
  return block[i] === ';' ? value : undefined;
}

/** Expands $(VAR) / ${VAR} from the configuration's own settings; undefined when something cannot be known. */
export function expand(value: string, settings: Record<string, PbxSetting>, depth = 0): string | undefined {
  if (depth > 5) return undefined;
  let ok = true;
  const s = value.replace(/\$\(([^)]+)\)|\$\{([^}]+)\}/g, (_m, a: string | undefined, b: string | undefined) => {
    const [name = '', ...ops] = (a ?? b ?? '').split(':');
    if (name === 'inherited') return '';
    const v = settings[name];
    if (!v) { ok = false; return ''; }
    let r = expand(v.value, settings, depth + 1);
    if (r === undefined) { ok = false; return ''; }
    for (const op of ops) {
      if (op === 'rfc1034identifier') r = r.replace(/[^A-Za-z0-9.]/g, '-');
      else if (op === 'c99extidentifier' || op === 'identifier') r = r.replace(/[^A-Za-z0-9_]/g, '_');
      else if (op === 'lower') r = r.toLowerCase();
      else if (op === 'upper') r = r.toUpperCase();
      else { ok = false; return ''; }
    }
    return r;
  });
  return ok ? s.trim() : undefined;
}

/** A native target: its name, product type and the ids of its build configurations. */
export interface PbxTarget {
  name: string;
  productType: string;
  kind: 'app' | 'extension' | 'test' | 'framework' | 'other';
  configurationIds: string[];
}

/** A product type (`com.apple.product-type.app-extension`; XcodeGen's `app-extension` too) → kind of target. */
export function targetKind(productType: string): PbxTarget['kind'] {
  if (/(?:unit-test|ui-test)/.test(productType)) return 'test';
  if (/extension/.test(productType)) return 'extension';
  if (/(?:^|\.)application/.test(productType)) return 'app';
  if (/framework|library/.test(productType)) return 'framework';
  return 'other';
}

/** The PBXNativeTarget objects of a project.pbxproj, with the configurations each lists. */
export function readPbxTargets(text: string): PbxTarget[] {
  const lists = new Map<string, string[]>();
  const listRe = /(?<![0-9A-Fa-f])([0-9A-Fa-f]{24})[^=\n]{0,200}=\s*\{\s*isa[ \t]*=[ \t]*XCConfigurationList[ \t]*;\s*buildConfigurations[ \t]*=\s*\(/g;
  for (const { match, body } of pbxBodies(text, listRe, ')')) lists.set(match[1]!, [...body.matchAll(/[0-9A-Fa-f]{24}/g)].map((x) => x[0]));
  const out: PbxTarget[] = [];
  for (const { body } of pbxBodies(text, /\{\s*isa[ \t]*=[ \t]*PBXNativeTarget[ \t]*;/g)) {
    const name = unquote(/\n[ \t]*name[ \t]*=[ \t]*("(?:\\.|[^"\\\n])*"|[^;\n]*);/.exec(body)?.[1] ?? '');
    const productType = unquote(/productType[ \t]*=[ \t]*("[^"\n]*"|[^;\n]*);/.exec(body)?.[1] ?? '');
    const list = /buildConfigurationList\s*=\s*([0-9A-Fa-f]{24})/.exec(body)?.[1];
    out.push({ name, productType, kind: targetKind(productType), configurationIds: (list && lists.get(list)) || [] });
  }
  return out;
}

/**
 * The text after each match of `head` up to the next `end` (by default the `\n\t\t};` that
 * closes an object in Xcode's layout), never past the next match: the bodies do not overlap
 * and each `end` is searched once, so a file without any `end` costs one pass, not one per match.
 */
export function* pbxBodies(text: string, head: RegExp, end = '\n\t\t};'): Generator<{ match: RegExpExecArray; body: string; at: number }> {
  const matches = text.matchAll(head);
  let next = matches.next();
  let endAt = -2;
  while (!next.done) {
    const match = next.value as RegExpExecArray;
    const from = match.index + match[0].length;
    next = matches.next();
    if (endAt !== -1 && endAt < from) endAt = text.indexOf(end, from);
    if (endAt === -1) return;
    const stop = next.done ? endAt : Math.min(endAt, next.value.index);
    yield { match, body: text.slice(from, stop), at: from };
  }
}
