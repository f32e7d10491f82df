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
  /** The value is the literal fallback of an environment variable (`env("X") ?? "v"`). */
  fallback?: boolean;
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

// A literal that is the fallback of an environment variable, assigned to a name (`name = …`, `name: Type = …`, `name: …`):
// Swift `env("X") ?? "v"`, `ProcessInfo.processInfo.environment["X"] ?? "v"`; Kotlin/Groovy `System.getenv("X") ?: "v"`,
// `System.env.X ?: "v"`; JS/TS `process.env.X || "v"`, `process.env["X"] ?? "v"`, `import.meta.env.X || "v"`;
// Python `os.environ.get("X", "v")`, `os.getenv("X") or "v"`; Ruby `ENV.fetch("X", "v")`, `ENV["X"] || "v"`;
// Dart `String.fromEnvironment("X", defaultValue: "v")`, `Platform.environment["X"] ?? "v"`; Gradle properties (an untracked
// local.properties is where Android keeps secrets) `findProperty("X") ?: "v"`, `props.getProperty("X", "v")`.
const ENV_VAR = String.raw`(?:["'][\w.-]+["']|[\w.]+)`;
const ENV_CALL = String.raw`(?:\w+\.)*(?:env|getenv|getEnv|environ\.get|ENV\.fetch|fromEnvironment|getProperty|findProperty)\s*\(\s*${ENV_VAR}`;
const ENV_INDEX = String.raw`(?:(?:process|import\.meta|System)\.env\.\w+|(?:\w+\.)*(?:env|environ|environment|ENV)\s*\[\s*${ENV_VAR}\s*\])`;
const OR_ELSE = String.raw`[!?]?\s*(?:\?\?|\?:|\|\||\bor\b)\s*`;
const FALLBACK = new RegExp(String.raw`(?<![\w$])([A-Za-z_$][\w$]*)["']?\s*(?::\s*[\w.<>?[\]]+\s*)?(?::=|=(?![=>])|:)\s*\(?\s*`
  + String.raw`(?:${ENV_CALL}(?:\s*\)${OR_ELSE}|\s*,\s*(?:default(?:Value)?\s*[:=]\s*)?)|${ENV_INDEX}${OR_ELSE})`
  + String.raw`(["'\`])([^"'\`\n]{1,500})\2`, 'g');

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
  if (syntax === 'code' || syntax === 'gradle') {
    FALLBACK.lastIndex = 0;
    for (let m = FALLBACK.exec(l); m; m = FALLBACK.exec(l)) out.push({ key: m[1]!.replace(/^\$/, ''), value: m[3]!, index: m.index, fallback: true });
  }
  return out;
}
