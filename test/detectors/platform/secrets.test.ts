// Secrets are built at run time (never committed as fixtures, so push protection and scanners
// stay quiet) and must never appear in facts or diagnostics.
import { describe, expect, it } from 'vitest';
import { MemoryRepo } from '../../../src/repo/files.js';
import { collectFacts } from '../../../src/detectors/index.js';
import { detectSecrets, type SecretsFacts } from '../../../src/detectors/secrets/index.js';
import { materialKind } from '../../../src/detectors/secrets/material.js';
import { wantsSecrets } from '../../../src/detectors/secrets/text.js';

const rep = (s: string, n: number) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
const AWS = `AKIA${rep('Q7XZ3KJ2', 12)}WXYZ`;
const GH = `ghp_${rep('a1B2c3D4e5', 32)}zz9Z`;
const GOOGLE = `AIza${rep('Sy0-_AbCdEf', 31)}9Qw1`;
const SLACK = `xoxb-${rep('1234567890', 12)}-${rep('abcDEF', 24)}`;
const STRIPE = `sk_live_${rep('4eC39HqLyjWDarjtT1zdp7dc', 24)}`;
const PW = 'Tr0ub4dor&3x';
const KEY_BODY = rep('MIIEvQIBADANBgkqhkiG9w0BAQEFAASC', 64);
const SECRETS = [AWS, GH, GOOGLE, SLACK, STRIPE, PW, KEY_BODY, 'hunter2hunter2', 'S3cretStorePass'];

function files(): Record<string, string | Uint8Array> {
  return {
    'app/release.jks': new Uint8Array([0xfe, 0xed, 0xfe, 0xed, 0, 0, 0, 2]),
    'android/app/debug.keystore': new Uint8Array([0xfe, 0xed, 0xfe, 0xed, 0, 0, 0, 2]),
    'ios/certs/dist.p12': new Uint8Array([0x30, 0x82, 0, 0]),
    'ios/profiles/AppStore.mobileprovision': new Uint8Array([0x30, 0x80, 0, 0]),
    'ios/certs/server.cer': new Uint8Array([0x30, 0x82, 0, 1]),
    'keys/signing.pem': `-----BEGIN PRIVATE KEY-----\n${KEY_BODY}\n-----END PRIVATE KEY-----\n`,
    'keys/public.pem': '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----\n',
    'android/app/google-services.json': `{ "client": [{ "api_key": [{ "current_key": "${GOOGLE}" }] }] }`,
    'android/key.properties': `storePassword=S3cretStorePass\nkeyPassword=\nkeyAlias=upload\nstoreFile=../upload.jks\n`,
    'android/keystore.properties.example': 'storePassword=${STORE_PASSWORD}\n',
    'android/app/build.gradle': [
      "android {",
      "  signingConfigs {",
      "    release {",
      "      storePassword 'hunter2hunter2'",
      "      keyPassword System.getenv('KEY_PASSWORD')",
      "    }",
      "  }",
      "}",
    ].join('\n'),
    'src/config.ts': [
      `export const aws = '${AWS}';`,
      `const token = "${GH}";`,
      `const password = "${PW}";`,
      `const passwordHint = "Enter your password";`,
      `const API_TOKEN_KEY = "api_token";`,
      `const apiKey = "YOUR_API_KEY_HERE";`,
      `const secret = process.env.SECRET;`,
      `const slack = '${SLACK}';`,
    ].join('\n'),
    'lib/pay.dart': `const stripe = '${STRIPE}';\n`,
    'harmony/build-profile.json5': `{ "app": { "signingConfigs": [{ "material": {\n  "storePassword": "${rep('0000001B1EE81C1A', 80)}" } }] } }\n`,
    'src/__tests__/fake.test.ts': `const token = "${GH}";\n`,
    'android/app/src/main/res/values/strings.xml': '<resources><string name="password_hint">Password</string></resources>\n',
  };
}

describe('secrets detector', () => {
  const { facts, diagnostics } = detectSecrets({ repo: new MemoryRepo(files()), appDir: '' });
  const f = facts as SecretsFacts;
  const summary = f.findings.map((x) => `${x.kind} ${x.file}${x.line ? `:${x.line}:${x.column}` : ''}${x.debug ? ' debug' : ''}${x.inTest ? ' test' : ''}`);

  it('finds signing material by file type, credentials by format, with locations', () => {
    expect(summary).toEqual([
      'signing-password android/app/build.gradle:4:7',
      'keystore android/app/debug.keystore debug',
      'firebase-config android/app/google-services.json',
      'properties-password android/key.properties:1:1',
      'keystore app/release.jks',
      'signing-password harmony/build-profile.json5:2:4',
      'pkcs12 ios/certs/dist.p12',
      'provisioning-profile ios/profiles/AppStore.mobileprovision',
      'private-key-file keys/signing.pem:1:1',
      'stripe-live-key lib/pay.dart:1:17',
      'github-token src/__tests__/fake.test.ts:1:16 test',
      'aws-access-key src/config.ts:1:21',
      'github-token src/config.ts:2:16',
      'assigned-secret src/config.ts:3:7',
      'slack-token src/config.ts:8:16',
    ]);
    // A service's token in test code is reported (inTest: a lower-severity rule), not only counted.
    expect(f.counts.credentialsInTests).toBe(0);
    expect(diagnostics).toEqual([]);
  });

  it('redacts: previews keep at most the first and last four characters of a well-known token', () => {
    const aws = f.findings.find((x) => x.kind === 'aws-access-key');
    expect(aws?.preview).toBe('AKIA************WXYZ');
    for (const x of f.findings.filter((y) => y.kind === 'assigned-secret' || y.kind.endsWith('password'))) expect(x.preview).toBe('********');
  });

  it('never puts a secret into facts or diagnostics, from any detector', () => {
    const all = collectFacts({ repo: new MemoryRepo(files()), appDir: '' });
    const text = JSON.stringify(all);
    for (const s of SECRETS) expect(text.includes(s), s.slice(0, 6)).toBe(false);
  });
});

describe('secrets precision', () => {
  it('ignores interpolated strings, key names, prose and placeholders', () => {
    const code = [
      'val a = sampleCredentials(domain = "fill.dev", username = "alice", password = "alice-$timestamp")',
      'const val PREF_TOKEN = "com.example.PREF_TOKEN"',
      'let password = "${PASSWORD_FROM_ENV}"',
      'final secret = "change me please";',
      'api_key: "<your api key>"',
      'const token = "xxxxxxxxxxxxxxxx";',
      'private val passwordLabel = "Password"',
    ].join('\n');
    const { facts } = detectSecrets({ repo: new MemoryRepo({ 'app/src/main/java/A.kt': code }), appDir: '' });
    expect((facts as SecretsFacts).findings).toEqual([]);
  });
});

describe('signing material and text files by name', () => {
  it('knows material by its extension in any case, and reads neither it, Firebase configs, lockfiles nor minified scripts as text', () => {
    expect(['release.JKS', 'a.keystore', 'b.bks', 'dist.P12', 'c.pfx', 'Store.mobileprovision', 'x.provisionprofile', 'AuthKey_AB12CD.p8'].map((n) => materialKind(n)))
      .toEqual(['keystore', 'keystore', 'keystore', 'pkcs12', 'pkcs12', 'provisioning-profile', 'provisioning-profile', 'apple-auth-key']);
    expect(['jks', 'Config.kt', 'other.p8', 'keystore.properties'].map((n) => materialKind(n))).toEqual([undefined, undefined, undefined, undefined]);
    const ext = (n: string) => n.slice(n.lastIndexOf('.') + 1).toLowerCase();
    const read = (n: string) => wantsSecrets(n, ext(n));
    expect(['Config.kt', 'keystore.properties', '.env.production', 'Fastfile', 'other.p8', 'signing.pem'].every(read)).toBe(true);
    expect(['AuthKey_AB12CD.p8', 'google-services.json', 'GoogleService-Info-Staging.plist', 'package-lock.json', 'app.min.js', 'logo.png'].some(read)).toBe(false);
  });
});
