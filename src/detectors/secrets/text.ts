// Secret scanning of one file's text (latin1, see links/text.ts): well-known token formats over
// the whole text, then assignment checks on only the lines that hold a keyword.
import type { Location } from '../../core/types.js';
import { loc } from '../android/util.js';
import type { ScanText } from '../links/text.js';

export type SecretKind =
  | 'keystore' | 'pkcs12' | 'provisioning-profile' | 'private-key-file' | 'apple-auth-key'
  | 'firebase-config'
  | 'signing-password' | 'properties-password'
  | 'aws-access-key' | 'github-token' | 'google-api-key' | 'slack-token' | 'stripe-live-key' | 'private-key-block'
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
  /** The name the literal was assigned to (storePassword, API_TOKEN), for credentials. */
  name?: string;
  /** A well-known debug key (debug.keystore). */
  debug: boolean;
  inTest: boolean;
}

export const MATERIAL: [RegExp, SecretKind][] = [
  [/\.(?:jks|keystore|bks)$/i, 'keystore'],
  [/\.(?:p12|pfx)$/i, 'pkcs12'],
  [/\.(?:mobileprovision|provisionprofile)$/i, 'provisioning-profile'],
  [/^AuthKey_\w+\.p8$/i, 'apple-auth-key'],
];
export const KEY_FILES = /\.(?:pem|key|p8)$/i;
const TEXT_EXT = new Set(['kt', 'kts', 'java', 'swift', 'm', 'mm', 'h', 'dart', 'js', 'jsx', 'ts', 'tsx', 'mjs', 'cjs', 'ets',
  'xml', 'plist', 'json', 'json5', 'properties', 'gradle', 'xcconfig', 'yaml', 'yml', 'env', 'rb', 'py', 'sh', 'cfg', 'ini',
  'conf', 'toml', 'txt', 'html', 'pem', 'key', 'p8']);

const TOKENS: [SecretKind, RegExp][] = [
  ['aws-access-key', /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g],
  ['github-token', /\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82})\b/g],
  ['google-api-key', /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g],
  ['slack-token', /\bxox[baprs]-[0-9A-Za-z-]{10,}/g],
  ['stripe-live-key', /\b[sr]k_live_[0-9A-Za-z]{20,}\b/g],
  ['private-key-block', /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/g],
];
// name = "literal" / name: 'literal' / name "literal" (Groovy) / <string name="x">? no: assignments only.
const ASSIGN = /(?<![\w.-])((?:[A-Za-z_][\w.-]*?)?(?:password|passwd|pwd|secret|token|api_?key|apikey|access_?key|private_?key)[\w]*)["']?\s*(?:[:=]|\s(?=["']))\s*\(?\s*(["'])([^"'\n]{8,200})\2/gi;
const PROP_ASSIGN = /^\s*([\w.-]*(?:password|passwd|pwd|secret|token|api_?key|apikey)[\w.-]*)\s*[=:]\s*(\S.{7,199}?)\s*$/i;
const SIGNING_PROP = /^\s*((?:[\w.-]*[._])?(?:store|key)_?pass(?:word)?)\s*[=:]\s*(.*)$/i;
const GRADLE_PW = /\b(storePassword|keyPassword)\s*(?:=\s*)?\(?\s*(["'])([^"'\n]*)\2/g;
const PLACEHOLDER = /^\$|\$[{(A-Za-z_]|\{\{|<[^>]*>|%[sd@(]|^@string\/|^(?:your|my|xxx|changeme|change_me|placeholder|example|dummy|sample|test|todo|fixme|replace|none|null|undefined|password|secret|\*+)|^(.)\1+$|\bBuildConfig\.|^[A-Z][A-Z0-9_]*$/i;

function redact(kind: SecretKind, s: string): string {
  if (kind === 'private-key-block') return '-----BEGIN … PRIVATE KEY-----';
  if (['aws-access-key', 'github-token', 'google-api-key', 'slack-token', 'stripe-live-key'].includes(kind) && s.length >= 16) {
    const head = kind === 'github-token' ? s.slice(0, s.startsWith('github_pat_') ? 11 : 4) : s.slice(0, 4);
    return `${head}${'*'.repeat(Math.min(16, s.length - head.length - 4))}${s.slice(-4)}`;
  }
  return '********';
}

function plausibleLiteral(name: string, value: string): boolean {
  if (PLACEHOLDER.test(value)) return false;
  if (/\s/.test(value.trim()) || /:\/\/|^[\w.]+\/[\w./]+$/.test(value)) return false; // prose, URLs, paths
  const v = value.toLowerCase();
  if (/password|passwd|secret|token|apikey|api_key/.test(v)) return false; // a key name, not a value
  if (v === name.toLowerCase()) return false;
  if (/^[a-z]+(?:\.[a-z_]+)+$/.test(v)) return false; // com.example.EXTRA_TOKEN style identifiers
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(value)).length;
  return classes >= 2;
}


const FIREBASE = new Set(['google-services.json', 'GoogleService-Info.plist', 'agconnect-services.json']);

/** Is this a text file the secrets scan reads? (Signing material is recognised by name, without reading.) */
export function wantsSecrets(file: string, name: string, ext: string): boolean {
  if (MATERIAL.some(([re]) => re.test(name)) || FIREBASE.has(name)) return false;
  if (/\.min\.js$/.test(name) || /(?:^|\/)(?:package-lock\.json|yarn\.lock|pubspec\.lock|Podfile\.lock)$/.test(file)) return false;
  return TEXT_EXT.has(ext) || name.startsWith('.env') || name === 'Fastfile' || name === 'Appfile' || name === 'Matchfile';
}

export function isFirebaseConfig(name: string): boolean {
  return FIREBASE.has(name);
}

export interface SecretsAccumulator { findings: SecretFact[]; credentialsInTests: number }

type NewFinding = Omit<SecretFact, 'location' | 'debug' | 'inTest'> & { debug?: boolean };

export function addFinding(acc: SecretsAccumulator, f: NewFinding, inTest: boolean): void {
  // Test fixtures are full of fake tokens: credentials there are counted, not reported.
  if (inTest && f.category === 'credential') { acc.credentialsInTests++; return; }
  acc.findings.push({ ...f, debug: f.debug ?? false, inTest, location: loc(f.file, f.line, f.column) });
}

// One pass finds every line a secret could be on (and, for Kotlin/Java, whether WebView settings
// appear at all): the per-line checks then run on those lines only.
const TRIGGER = /(AKIA|ASIA|gh[pousr]_|github_pat_|AIza|xox[baprs]-|k_live_|PRIVATE KEY|[Pp]ass|PASS|[Pp]wd|PWD|[Ss]ecret|SECRET|[Tt]oken|TOKEN|[Aa]pi_?[Kk]ey|API_?(?:KEY|Key)|apikey|[Aa]ccess_?[Kk]ey|ACCESS_?KEY|[Pp]rivate_?[Kk]ey|PRIVATE_?KEY)|(ScriptEnabled|FileAccess|FileURLs|ContentsDebugging|ReceivedSslError)/g;
const WEB_WORDS = /ScriptEnabled|FileAccess|FileURLs|ContentsDebugging|ReceivedSslError/;

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
  return { lines, web };
}

export function scanSecretsText(file: string, name: string, ext: string, text: ScanText, inTest: boolean, acc: SecretsAccumulator, lines: readonly number[]): void {
  const s = text.s;
  const add = (f: NewFinding) => addFinding(acc, f, inTest);
  if (KEY_FILES.test(name) && s.includes('PRIVATE KEY')) {
    const at = s.indexOf('-----BEGIN');
    add({ kind: 'private-key-file', category: 'signing-material', file, line: text.lineOf(Math.max(0, at)) + 1, column: 1, preview: '-----BEGIN … PRIVATE KEY-----' });
    return;
  }
  const isProps = ext === 'properties' || name.startsWith('.env');
  const isGradle = ext === 'gradle' || name.endsWith('.gradle.kts');
  for (const li of lines) {
    const ls = text.lineStart(li);
    if (text.lineEnd(li) - ls > 10_000) continue;
    const l = text.line(li);
    const col = (at: number) => text.column(ls + at, ls);
    let tokenHit = false;
    for (const [kind, re] of TOKENS) {
      re.lastIndex = 0;
      for (let m = re.exec(l); m; m = re.exec(l)) {
        // A PEM header in code that parses keys ("-----BEGIN PRIVATE KEY-----" + "\n"), with the END line next: no key material.
        if (kind === 'private-key-block' && /BEGIN (?:ENCRYPTED |PGP )?PRIVATE KEY-----\s*["'`]?\s*[+,)]?\s*$/.test(l) && /-----END/.test(text.line(li + 1))) continue;
        tokenHit = true;
        add({ kind, category: 'credential', file, line: li + 1, column: col(m.index), preview: redact(kind, m[0]) });
      }
    }
    if (isProps) {
      if (/^\s*[#!]/.test(l)) continue;
      const sp = SIGNING_PROP.exec(l);
      if (sp) {
        const value = sp[2]!.trim().replace(/^["']|["']$/g, '');
        if (value && !/\$\{|\$\(|^\$/.test(value)) {
          add({ kind: 'properties-password', category: 'credential', file, line: li + 1, column: col(l.indexOf(sp[1]!)), preview: '********', name: sp[1]!, debug: value === 'android' });
        }
        continue;
      }
      const m = PROP_ASSIGN.exec(l);
      if (m && plausibleLiteral(m[1]!, m[2]!.replace(/^["']|["']$/g, ''))) {
        add({ kind: 'properties-password', category: 'credential', file, line: li + 1, column: col(l.indexOf(m[1]!)), preview: '********', name: m[1]! });
      }
      continue;
    }
    if (isGradle) {
      GRADLE_PW.lastIndex = 0;
      let hit = false;
      for (let m = GRADLE_PW.exec(l); m; m = GRADLE_PW.exec(l)) {
        hit = true;
        const value = m[3]!;
        if (!value || (m[2] === '"' && /\$/.test(value))) continue;
        add({ kind: 'signing-password', category: 'credential', file, line: li + 1, column: col(m.index), preview: '********', name: m[1]!, debug: value === 'android' });
      }
      if (hit) continue;
    }
    ASSIGN.lastIndex = 0;
    for (let m = ASSIGN.exec(l); m; m = ASSIGN.exec(l)) {
      const key = m[1]!;
      const value = m[3]!;
      if (!plausibleLiteral(key, value)) continue;
      // Already reported as a well-known token on this line.
      if (tokenHit && TOKENS.some(([, re]) => new RegExp(re.source).test(value))) continue;
      const short = key.split('.').pop() ?? key;
      // storePassword/keyPassword in JSON or code (HarmonyOS build-profile.json5 signingConfigs, fastlane).
      const kind = /^(?:store|key)_?password$/i.test(short) ? 'signing-password' : 'assigned-secret';
      add({ kind, category: 'credential', file, line: li + 1, column: col(m.index), preview: '********', name: short });
    }
  }
}
