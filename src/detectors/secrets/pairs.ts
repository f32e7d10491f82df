// The name/value pairs written on one line, by the file's syntax: `KEY=value` (.properties, .env,
// .xcconfig), `key: value` (YAML), Gradle `storePassword "v"` and `buildConfigField`, Android
// `<string name>` and `<meta-data>`, plist `<key>`/`<string>`, and quoted assignments in code,
// JSON and XML attributes. Whether a pair is a credential is decided by the caller (text.ts).
import type { ScanText } from '../links/text.js';

export type Syntax = 'properties' | 'yaml' | 'gradle' | 'xml' | 'code';

export interface Pair {
  key: string;
  value: string;
  /** Offset of the key in the line (the finding's column). */
  index: number;
}

export function syntaxOf(name: string, ext: string): Syntax {
  if (ext === 'properties' || ext === 'xcconfig' || ext === 'env' || name.startsWith('.env')) return 'properties';
  if (ext === 'yaml' || ext === 'yml') return 'yaml';
  if (ext === 'gradle' || name.endsWith('.gradle.kts')) return 'gradle';
  if (ext === 'xml' || ext === 'plist') return 'xml';
  return 'code';
}

// name = "literal", name: 'literal', "name": "literal", name "literal" (Groovy), NAME @"literal" (ObjC).
const ASSIGN = /(?<![\w.$-])([A-Za-z_$@][\w.$-]*)["']?\s*(?::=|=>|[:=]|\s(?=@?["']))\s*\(?\s*@?(["'])([^"'\n]{1,500})\2/g;
const PROP_LINE = /^\s*(?:export\s+)?([\w.-]+)(?:\[[^\]]*\])?\s*[=:]\s*(.*?)\s*$/;
const PROP_COMMENT = /^\s*(?:[#!;]|\/\/)/;
const YAML_LINE = /^\s*(?:-\s+)?([\w.-]+)\s*:\s+([^\s"'#&*|>{[][^#]*?)\s*(?:\s#.*)?$/;
const GRADLE_PW = /\b(storePassword|keyPassword)\s*(?:=\s*)?\(?\s*(["'])([^"'\n]*)\2/g;
// buildConfigField "String", "API_SECRET", "\"value\"" and resValue "string", "x_secret", "value".
const BUILD_FIELD = /\b(?:buildConfigField|resValue)\s*\(?\s*["']\w+["']\s*,\s*["']([\w.]+)["']\s*,\s*(["'])((?:\\.|(?!\2)[^\\\n])*)\2/g;
const XML_STRING = /<string\s+name="([^"]+)"[^>]*>([^<]*)(<\/string>)?/;
const PLIST_KEY = /<key>([^<]+)<\/key>/;
const PLIST_STRING = /<string>([^<]*)<\/string>/;
// <meta-data android:name="UMENG_MESSAGE_SECRET" android:value="…"/> (either order, value maybe on the next lines).
const META_NAME = /android:name\s*=\s*"([^"]+)"/;
const META_VALUE = /android:value\s*=\s*"([^"]*)"/;

function unquote(v: string): string {
  return v.replace(/^(["'])(.*)\1$/, '$2');
}

function each(re: RegExp, l: string, key: number, value: number, out: Pair[], clean = (v: string) => v): void {
  re.lastIndex = 0;
  for (let m = re.exec(l); m; m = re.exec(l)) out.push({ key: m[key]!.replace(/^[@$]/, ''), value: clean(m[value]!), index: m.index });
}

/** An Android string, manifest meta-data or plist entry starting on line li (undefined: none there). */
function xmlPair(text: ScanText, li: number, l: string): Pair | null | undefined {
  const xs = XML_STRING.exec(l);
  if (xs) {
    // The value may sit on the next line (<string name="x">\n  value</string>).
    const value = xs[3] ? xs[2]! : `${xs[2]!}${text.line(li + 1).split('<')[0]!}`;
    return { key: xs[1]!, value, index: xs.index };
  }
  const mn = META_NAME.exec(l);
  if (mn) {
    // The element's own attributes only: stop at its end or at the next element's name.
    let mv = META_VALUE.exec(l);
    for (let k = 1; !mv && k <= 2 && !/>/.test(text.line(li + k - 1).slice(k === 1 ? mn.index : 0)); k++) {
      const next = text.line(li + k);
      if (META_NAME.test(next)) break;
      mv = META_VALUE.exec(next);
    }
    return mv ? { key: mn[1]!, value: mv[1]!, index: mn.index } : null;
  }
  const pk = PLIST_KEY.exec(l);
  if (pk) {
    const ps = PLIST_STRING.exec(l.slice(pk.index + pk[0].length)) ?? PLIST_STRING.exec(text.line(li + 1));
    return ps ? { key: pk[1]!, value: ps[1]!, index: pk.index } : null;
  }
  return undefined;
}

/** The name/value pairs on line li (its text `l`). */
export function pairsOn(syntax: Syntax, text: ScanText, li: number, l: string): Pair[] {
  const out: Pair[] = [];
  switch (syntax) {
    case 'properties': {
      const m = PROP_COMMENT.test(l) ? null : PROP_LINE.exec(l);
      if (m) out.push({ key: m[1]!, value: unquote(m[2]!), index: l.indexOf(m[1]!) });
      return out;
    }
    case 'yaml': {
      const m = /^\s*#/.test(l) ? null : YAML_LINE.exec(l);
      if (m) out.push({ key: m[1]!, value: m[2]!, index: l.indexOf(m[1]!) });
      break;
    }
    case 'gradle':
      each(GRADLE_PW, l, 1, 3, out);
      each(BUILD_FIELD, l, 1, 3, out, (v) => v.replace(/^\\?["']|\\?["']$/g, ''));
      break;
    case 'xml': {
      const p = xmlPair(text, li, l);
      if (p !== undefined) return p ? [p] : out;
      break;
    }
    case 'code':
      break;
  }
  each(ASSIGN, l, 1, 3, out);
  return out;
}
