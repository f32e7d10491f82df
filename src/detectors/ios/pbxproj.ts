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
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const open = text.lastIndexOf('{', m.index);
    let depth = 0;
    let end = open;
    for (; end < text.length; end++) {
      const c = text[end];
      if (c === '"') { end++; while (end < text.length && text[end] !== '"') { if (text[end] === '\\') end++; end++; } continue; }
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) break;
    }
    const block = text.slice(open, end);
    const settings: Record<string, PbxSetting> = {};
    const kv = /^[ \t]*("?[A-Za-z_][\w[\]=*, -]*"?)\s*=\s*("(?:\\.|[^"\\])*"|[^;{(\n]*)\s*;/gm;
    let name = '';
    for (let k = kv.exec(block); k; k = kv.exec(block)) {
      const key = unquote(k[1]!);
      const [line, column] = lineCol(starts, open + k.index + (k[0].length - k[0].trimStart().length));
      if (key === 'name') { name = unquote(k[2]!); continue; }
      if (key === 'isa' || key === 'baseConfigurationReference') continue;
      settings[key] ??= { value: unquote(k[2]!), line, column };
    }
    const id = /([0-9A-Fa-f]{24})\s*(?:\/\*[^*]*\*\/\s*)?=\s*$/.exec(text.slice(Math.max(0, open - 200), open))?.[1] ?? '';
    out.push({ id, name, line: lineCol(starts, m.index)[0], settings });
    re.lastIndex = end;
  }
  return out;
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
  const listRe = /([0-9A-Fa-f]{24})[^=\n]*=\s*\{\s*isa\s*=\s*XCConfigurationList\s*;\s*buildConfigurations\s*=\s*\(([^)]*)\)/g;
  for (let m = listRe.exec(text); m; m = listRe.exec(text)) lists.set(m[1]!, [...m[2]!.matchAll(/[0-9A-Fa-f]{24}/g)].map((x) => x[0]));
  const out: PbxTarget[] = [];
  const targetRe = /\{\s*isa\s*=\s*PBXNativeTarget\s*;([^]*?)\n\t\t\};/g;
  for (let m = targetRe.exec(text); m; m = targetRe.exec(text)) {
    const body = m[1]!;
    const name = unquote(/\n\s*name\s*=\s*("(?:\\.|[^"\\])*"|[^;]*);/.exec(body)?.[1] ?? '');
    const productType = unquote(/productType\s*=\s*("[^"]*"|[^;]*);/.exec(body)?.[1] ?? '');
    const list = /buildConfigurationList\s*=\s*([0-9A-Fa-f]{24})/.exec(body)?.[1];
    out.push({ name, productType, kind: targetKind(productType), configurationIds: (list && lists.get(list)) || [] });
  }
  return out;
}
