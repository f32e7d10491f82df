// Secret scanning of one file's text (latin1, see links/text.ts). Only the lines the trigger pass
// found are looked at: there, well-known token formats (formats.ts), then values assigned to a
// credential-like name, kept only when the value itself looks like a credential (strength.ts).
import type { Location } from '../../core/types.js';
import { loc } from '../android/util.js';
import type { ScanText } from '../links/text.js';
import { DASHED_TRIGGER, FORMAT_TRIGGER, PROVIDER_KINDS, findAwsSecrets, findTokens, redactToken, type FormatKind } from './formats.js';
import { materialKind } from './material.js';
import { pairsOn, syntaxOf } from './pairs.js';
import { credentialNameIn, fallbackCredentialName, isPlaceholder, isTranslationFile, looksLikeCredential } from './strength.js';

export type SecretKind =
  | 'keystore' | 'pkcs12' | 'provisioning-profile' | 'private-key-file' | 'apple-auth-key'
  | 'firebase-config'
  | 'signing-password' | 'properties-password'
  | FormatKind
  | 'assigned-secret';

export interface SecretFact {
  kind: SecretKind;
  /** signing-material: a key or profile file; credential: a password/token in text; config: not a secret, noted only. */
  category: 'signing-material' | 'credential' | 'config';
  file: string;
  line?: number;
  column?: number;
  location: Location;
  /** Redacted: `AKIA************WXYZ` for well-known tokens, `********` otherwise. Never the secret. */
  preview: string;
  /** The name the literal was assigned to (storePassword, apiSecret), for credentials. */
  name?: string;
  /** A well-known debug key (debug.keystore). */
  debug: boolean;
  inTest: boolean;
}

export const KEY_FILES = /\.(?:pem|key|p8)$/i;
const TEXT_EXT = new Set(['kt', 'kts', 'java', 'swift', 'm', 'mm', 'h', 'dart', 'js', 'jsx', 'ts', 'tsx', 'mjs', 'cjs', 'ets',
  'xml', 'plist', 'json', 'json5', 'properties', 'gradle', 'xcconfig', 'yaml', 'yml', 'env', 'rb', 'py', 'sh', 'cfg', 'ini',
  'conf', 'toml', 'txt', 'html', 'pem', 'key', 'p8', 'strings', 'arb']);

/** Firebase / AppGallery Connect configs (and variants such as GoogleService-Info-Staging.plist): their API keys are public by design. */
const FIREBASE = /^(?:google-services[\w.-]*\.json|GoogleService-Info[\w.-]*\.plist|agconnect-services[\w.-]*\.json)$/;

/** Lockfiles: registry URLs and hashes, never an app's secret. */
const LOCKFILES = new Set(['package-lock.json', 'yarn.lock', 'pubspec.lock', 'Podfile.lock']);

/** Is this a text file the secrets scan reads? (Signing material is recognised by name, without reading.) */
export function wantsSecrets(name: string, ext: string): boolean {
  if (!TEXT_EXT.has(ext) && !name.startsWith('.env') && name !== 'Fastfile' && name !== 'Appfile' && name !== 'Matchfile') return false;
  if (LOCKFILES.has(name) || name.endsWith('.min.js')) return false;
  return materialKind(name, ext) === undefined && !FIREBASE.test(name);
}

export function isFirebaseConfig(name: string): boolean {
  return FIREBASE.test(name);
}

export interface SecretsAccumulator { findings: SecretFact[]; credentialsInTests: number }

type NewFinding = Omit<SecretFact, 'location' | 'debug' | 'inTest'> & { debug?: boolean };

/** Adds a finding (returned), or only counts a test credential (undefined). */
export function addFinding(acc: SecretsAccumulator, f: NewFinding, inTest: boolean): SecretFact | undefined {
  // Test code is full of fake passwords, sample JWTs and test keys: there only a provider's token
  // (a live key of a real service) is reported; the rest is counted.
  if (inTest && f.category === 'credential' && !PROVIDER_KINDS.has(f.kind)) { acc.credentialsInTests++; return undefined; }
  const fact: SecretFact = { ...f, debug: f.debug ?? false, inTest, location: loc(f.file, f.line, f.column) };
  acc.findings.push(fact);
  return fact;
}

/** Each word as written in code: lower, Capitalised and UPPER case (the trigger regex is case-sensitive: faster). */
const cased = (words: string[]) => words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]).join('|');
const KEY_WORDS = ['api', 'private', 'access', 'master', 'signing', 'sign', 'encryption', 'crypto', 'aes', 'hmac', 'mch', 'merchant',
  'partner', 'pay', 'server', 'client', 'bugly', 'license', 'secret'];
// `AppKey=`: ShareSDK.xml's QQ / QZone app key (strength.ts credentialNameIn).
const NAME_TRIGGER = `${cased(['pass', 'pwd', 'secret', 'token', 'credential', 'creds'])}|(?:${cased(KEY_WORDS)})[_.-]?(?:[Kk]ey|KEY)|AppKey=`;
// Reads of an environment variable or a properties file, whose literal fallback may be a key (`infuraKey = env("X") ?? "v"`: see pairs.ts).
const ENV_TRIGGER = String.raw`\b(?:env|ENV)\b|[gG]etenv|environ|fromEnvironment|getProperty|findProperty`;
// One pass finds every line a secret could be on (a token's prefix or a credential-like name; and,
// for Kotlin/Java/Swift/Objective-C, whether WebView settings appear at all): the per-line checks run on those only.
const TRIGGER = new RegExp(`(${FORMAT_TRIGGER}|${NAME_TRIGGER}|${ENV_TRIGGER})|(ScriptEnabled|FileAccess|FileURLs|ContentsDebugging|ReceivedSslError|nspectable)`, 'g');
const WEB_WORDS = /ScriptEnabled|FileAccess|FileURLs|ContentsDebugging|ReceivedSslError|nspectable/;
const DASHED = new RegExp(DASHED_TRIGGER, 'g');

/** Lines (0-based) that may hold a secret, and whether WebView settings are named anywhere. */
export function triggerLines(text: ScanText, wantSecrets: boolean, wantWeb: boolean): { lines: number[]; web: boolean } {
  const s = text.s;
  const lines: number[] = [];
  let web = false;
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(s); m; m = TRIGGER.exec(s)) {
    if (m[2]) {
      web = true;
      if (!wantSecrets) break;
      continue;
    }
    if (!wantSecrets) continue;
    const li = text.lineOf(m.index);
    lines.push(li);
    const end = text.lineEnd(li);
    if (wantWeb && !web && WEB_WORDS.test(s.slice(m.index, end))) web = true;
    TRIGGER.lastIndex = end + 1;
  }
  if (!wantSecrets) return { lines, web };
  // The second pass (see DASHED_TRIGGER): its lines merged in, in order, once each.
  const dashed: number[] = [];
  DASHED.lastIndex = 0;
  // Most files hold no dash at all: a plain search is cheaper than starting the expression.
  for (let m = s.includes('-') ? DASHED.exec(s) : null; m; m = DASHED.exec(s)) {
    const li = text.lineOf(m.index);
    dashed.push(li);
    DASHED.lastIndex = text.lineEnd(li) + 1;
  }
  return { lines: dashed.length ? [...new Set([...lines, ...dashed])].sort((a, b) => a - b) : lines, web };
}

/** storePassword, keyPassword, MYAPP_UPLOAD_STORE_PASSWORD, android.injected.signing.store.password. */
const SIGNING_NAME = /(?:^|[._])(?:store|key|keystore)[._]?pass(?:word)?$/i;

/** The name of the XML element whose attributes are written at this offset (`<QZone` on a line above `AppKey="…"`). */
function elementAt(s: string, offset: number): string | undefined {
  const open = s.lastIndexOf('<', offset);
  return open >= 0 ? /^<([\w:.-]+)/.exec(s.slice(open, open + 100))?.[1] : undefined;
}

/** Scans the trigger lines of one text file for credentials. */
export function scanSecretsText(file: string, name: string, ext: string, text: ScanText, inTest: boolean, acc: SecretsAccumulator, lines: readonly number[]): void {
  // Most files have no trigger line: nothing to look at unless the file is a key file.
  if (!lines.length && !KEY_FILES.test(name)) return;
  const s = text.s;
  // One finding per secret in a file, however often it is written: a token by its value, an
  // assignment by name and value (storePassword and keyPassword are two places to fix).
  // The place shown is the first one outside a comment, if any (a sample in a doc comment above the
  // live value is not the line to fix).
  const seen = new Map<string, { fact?: SecretFact; comment: boolean }>();
  const tokens: string[] = [];
  const syntax = syntaxOf(name, ext);
  const inComment = (line: number, offset: number) => {
    if (/^\s*(?:\/\/|#|\*|\/\*|<!--)/.test(text.line(line))) return true;
    if (syntax !== 'xml') return false;
    const open = s.lastIndexOf('<!--', offset);
    return open >= 0 && s.lastIndexOf('-->', offset) < open;
  };
  const add = (f: NewFinding, id: string) => {
    const line = f.line! - 1;
    const comment = inComment(line, text.lineStart(line) + (f.column ?? 1) - 1);
    const before = seen.get(id);
    if (!before) {
      seen.set(id, { fact: addFinding(acc, f, inTest), comment });
    } else if (before.comment && !comment) {
      before.comment = false;
      if (before.fact) Object.assign(before.fact, { line: f.line, column: f.column, location: loc(file, f.line, f.column) });
    }
  };
  if (KEY_FILES.test(name) && s.includes('PRIVATE KEY')) {
    const at = s.indexOf('-----BEGIN');
    addFinding(acc, { kind: 'private-key-file', category: 'signing-material', file, line: text.lineOf(Math.max(0, at)) + 1, column: 1, preview: '-----BEGIN … PRIVATE KEY-----' }, inTest);
    return;
  }
  const translation = isTranslationFile(file);
  for (const li of lines) {
    const ls = text.lineStart(li);
    if (text.lineEnd(li) - ls > 10_000) continue;
    const l = text.line(li);
    const col = (at: number) => text.column(ls + Math.max(0, at), ls);
    const at = (line: number, column: number) => ({ file, line: line + 1, column });

    for (const t of findTokens(l)) {
      // A PEM header in code that parses keys ("-----BEGIN PRIVATE KEY-----" + "\n"), with the END line next: no key material.
      if (t.kind === 'private-key-block' && /BEGIN (?:ENCRYPTED |PGP )?PRIVATE KEY-----\s*["'`]?\s*[+,)]?\s*$/.test(l) && /-----END/.test(text.line(li + 1))) continue;
      tokens.push(t.value);
      add({ kind: t.kind, category: 'credential', ...at(li, col(t.index)), preview: redactToken(t.kind, t.value) }, t.value);
      if (t.kind === 'aws-access-key') {
        for (const a of findAwsSecrets([l.slice(t.index), text.line(li + 1), text.line(li + 2)])) {
          const aLine = li + a.line;
          const index = a.line === 0 ? t.index + a.index : a.index;
          tokens.push(a.value);
          add({ kind: 'aws-secret-key', category: 'credential', ...at(aLine, text.column(text.lineStart(aLine) + index, text.lineStart(aLine))), preview: '********' }, a.value);
        }
      }
    }
    // Translation files hold text for people: a "password" there is a label, never a value.
    if (translation) continue;

    for (const p of pairsOn(syntax, text, li, l)) {
      const value = p.value.trim();
      if (!value || tokens.some((v) => value.includes(v))) continue; // none, or already reported by its format
      const short = p.key.split('.').pop() ?? p.key;
      const id = `${short}\0${value}`;
      if (SIGNING_NAME.test(p.key)) {
        // A signing password is reported whatever its strength (a weak one is still the key's password).
        if (isPlaceholder(value)) continue;
        add({ kind: syntax === 'properties' ? 'properties-password' : 'signing-password', category: 'credential', ...at(li, col(p.index)),
          preview: '********', name: short, debug: value === 'android' }, id);
        continue;
      }
      const cls = p.fallback ? fallbackCredentialName(short) : credentialNameIn(name, short, syntax === 'xml' ? elementAt(s, ls + p.index) : undefined);
      if (cls && looksLikeCredential(value, cls)) add({ kind: 'assigned-secret', category: 'credential', ...at(li, col(p.index)), preview: '********', name: short }, id);
    }
  }
}
