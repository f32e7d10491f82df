// Credentials recognised by their own shape: a vendor prefix and a fixed length or structure, so
// they are found wherever they are written (no name needed). Patterns are our own, written from
// the vendors' documented formats; docs/facts/secrets.md lists the sources.
import { Buffer } from 'node:buffer';
import { looksLikeCredential } from './strength.js';

export type FormatKind =
  | 'aws-access-key' | 'aws-secret-key' | 'github-token' | 'gitlab-token' | 'google-api-key' | 'firebase-server-key' | 'slack-token'
  | 'stripe-live-key' | 'aliyun-access-key' | 'tencent-secret-id' | 'twilio-api-key' | 'sendgrid-api-key'
  | 'mapbox-secret-token' | 'tencent-lbs-key' | 'bearer-token' | 'jwt' | 'private-key-block' | 'private-key-base64';

interface Format {
  kind: FormatKind;
  re: RegExp;
  /** Characters of the match shown in the redacted preview (the vendor prefix, never the secret part). */
  shown: number;
  /** Further checks on the match (a real JWT header, not AWS's documented example key). */
  valid?: (s: string) => boolean;
}

const B64 = 'A-Za-z0-9+/';

function jsonPart(s: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
    return v && typeof v === 'object' ? v as Record<string, unknown> : undefined;
  } catch {
    return undefined;
  }
}

/** A signed JWT: a header naming a real algorithm; a Supabase-style `anon` key is public by design. */
function realJwt(s: string): boolean {
  const [h, p] = s.split('.');
  const header = jsonPart(h!);
  if (!header || typeof header.alg !== 'string' || header.alg.toLowerCase() === 'none') return false;
  return jsonPart(p!)?.role !== 'anon';
}

/**
 * The token of an Authorization header value written in code (`"Bearer <token>"`): any service's,
 * so the token itself must look like a credential (a JWT is left to its own format).
 */
function bearerToken(s: string): boolean {
  const token = s.replace(/^Bearer\s+/, '');
  return !token.startsWith('eyJ') && looksLikeCredential(token, 'secret');
}

export const FORMATS: readonly Format[] = [
  { kind: 'aws-access-key', re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, shown: 4, valid: (s) => !s.endsWith('EXAMPLE') },
  { kind: 'github-token', re: /\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82})\b/g, shown: 4 },
  { kind: 'gitlab-token', re: /\bglpat-[0-9A-Za-z_-]{20}(?![0-9A-Za-z_-])/g, shown: 6 },
  { kind: 'google-api-key', re: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g, shown: 4 },
  { kind: 'firebase-server-key', re: /\b[0-9A-Za-z_-]{11}:APA91b[0-9A-Za-z_-]{134}(?![0-9A-Za-z_-])/g, shown: 4 },
  { kind: 'slack-token', re: /\bxox[baprs]-\d{6,}-[0-9A-Za-z-]{8,}/g, shown: 5 },
  { kind: 'stripe-live-key', re: /\b[sr]k_live_[0-9A-Za-z]{20,}\b/g, shown: 8 },
  { kind: 'aliyun-access-key', re: /\bLTAI[0-9A-Za-z]{12,20}\b/g, shown: 4, valid: (s) => /\d/.test(s.slice(4)) && /[A-Za-z]/.test(s.slice(4)) },
  { kind: 'tencent-secret-id', re: /\bAKID[0-9A-Za-z]{32}\b/g, shown: 4 },
  { kind: 'twilio-api-key', re: /\bSK[0-9a-f]{32}\b/g, shown: 2 },
  { kind: 'sendgrid-api-key', re: /\bSG\.[0-9A-Za-z_-]{22}\.[0-9A-Za-z_-]{43}(?![0-9A-Za-z_-])/g, shown: 3 },
  { kind: 'mapbox-secret-token', re: /\bsk\.eyJ[0-9A-Za-z_-]{20,}\.[0-9A-Za-z_-]{20,}/g, shown: 3 },
  // Tencent Location Service (腾讯位置服务, lbs.qq.com) key: six groups of five upper-case letters
  // and digits, as the map and location SDKs read it from <meta-data android:name="TencentMapSDK">.
  // OB4BZ-…-WPB77 is the example key of Tencent's own documentation, copied into many projects.
  { kind: 'tencent-lbs-key', re: /\b[0-9A-Z]{5}(?:-[0-9A-Z]{5}){5}\b/g, shown: 5,
    valid: (s) => /\d/.test(s) && /[A-Z]/.test(s) && s !== 'OB4BZ-D4W3U-B7VVO-4PJWW-6TKDJ-WPB77' },
  { kind: 'bearer-token', re: /\bBearer[ \t]+[A-Za-z0-9._~+/-]{12,}=*(?![A-Za-z0-9._~+/=-])/g, shown: 7, valid: bearerToken },
  { kind: 'jwt', re: /\beyJ[0-9A-Za-z_-]{10,}\.eyJ[0-9A-Za-z_-]{10,}\.[0-9A-Za-z_-]{20,}/g, shown: 3, valid: realJwt },
  { kind: 'private-key-block', re: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/g, shown: 0 },
  // A DER private key written as one base64 string, as Alipay and WeChat Pay samples do
  // (RSA_PRIVATE = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC…"): PKCS#8 RSA, PKCS#1 RSA, PKCS#8 EC P-256 (.p8).
  { kind: 'private-key-base64', re: new RegExp(`MII[${B64}]{3}IB(?:ADANBgkqhkiG9w0BAQEFAAS|AAK[BC])[${B64}]{100,}|MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg[${B64}]{40,}`, 'g'), shown: 0 },
];

/**
 * Keys written as groups of five (`XXXXX-XXXXX-XXXXX-…`), found by their inner dashes. A pass of
 * their own (text.ts): at the head of FORMAT_TRIGGER, a class matching most characters made the
 * one pass over every file three times slower.
 */
export const DASHED_TRIGGER = '-[0-9A-Z]{5}-[0-9A-Z]{5}-';
/** A cheap test a line must pass (or DASHED_TRIGGER) before the formats are tried on it (see text.ts TRIGGER). */
export const FORMAT_TRIGGER = 'AKIA|ASIA|gh[pousr]_|github_pat_|glpat-|AIza|:APA91b|xox[baprs]-|k_live_|LTAI|AKID|SK[0-9a-f]{32}|SG\\.|eyJ|PRIVATE KEY|IBADANBgkqhkiG9w0BAQEFAAS|IBAAK[BC]|MIGHAgEAMBMGByqGSM49|Bearer[ \\t]+[A-Za-z0-9]';

const FORMAT_HINT = new RegExp(`${DASHED_TRIGGER}|${FORMAT_TRIGGER}`);

/** Provider tokens: live credentials of one service, worth reporting even in test code (a bearer token may be any service's, often a fake). */
export const PROVIDER_KINDS: ReadonlySet<string> = new Set([...FORMATS.map((f) => f.kind).filter((k) => !['bearer-token', 'jwt', 'private-key-block', 'private-key-base64'].includes(k)), 'aws-secret-key']);

// An AWS secret access key has no prefix: 40 base64 characters, written next to its key id
// (new BasicAWSCredentials("AKIA…", "…")), on the same line or the next two.
const AWS_SECRET = /(["'`])([A-Za-z0-9/+]{40})\1/g;

/** The AWS secret access keys on these lines (the access key id's line first). */
export function findAwsSecrets(lines: readonly string[]): { line: number; index: number; value: string }[] {
  const out: { line: number; index: number; value: string }[] = [];
  lines.forEach((l, line) => {
    AWS_SECRET.lastIndex = 0;
    for (let m = AWS_SECRET.exec(l); m; m = AWS_SECRET.exec(l)) {
      const v = m[2]!;
      // Random base64 of 40 characters: all of upper, lower and digits, and no long word.
      if (/[A-Z]/.test(v) && /[a-z]/.test(v) && /\d/.test(v) && !/[A-Za-z]{16}/.test(v) && !/EXAMPLE/.test(v)) out.push({ line, index: m.index + 1, value: v });
    }
  });
  return out;
}

/** The redacted preview of a token: its vendor prefix and last four characters, stars between (`AKIA************WXYZ`). */
export function redactToken(kind: FormatKind, s: string): string {
  if (kind === 'private-key-block') return '-----BEGIN … PRIVATE KEY-----';
  if (kind === 'private-key-base64') return 'MII…';
  const shown = FORMATS.find((x) => x.kind === kind)?.shown ?? 0;
  const head = s.slice(0, Math.max(shown, kind === 'github-token' && s.startsWith('github_pat_') ? 11 : 0));
  if (s.length < 16) return `${head}********`;
  return `${head}${'*'.repeat(Math.min(16, s.length - head.length - 4))}${s.slice(-4)}`;
}

export interface TokenMatch { kind: FormatKind; index: number; value: string }

/** Every well-known token on one line. */
export function findTokens(line: string): TokenMatch[] {
  if (!FORMAT_HINT.test(line)) return []; // most trigger lines hold only a credential-like name
  const out: TokenMatch[] = [];
  for (const f of FORMATS) {
    f.re.lastIndex = 0;
    for (let m = f.re.exec(line); m; m = f.re.exec(line)) {
      if (!f.valid || f.valid(m[0])) out.push({ kind: f.kind, index: m.index, value: m[0] });
    }
  }
  return out;
}
