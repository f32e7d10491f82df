// Secrets by shape and strength (issue 11): what real repositories showed as false positives and
// false negatives, rebuilt as small synthetic files. Secret-looking values are built at run time
// (never committed as literals, so push protection and scanners stay quiet).
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { MemoryRepo } from '../../../src/repo/files.js';
import { collectFacts } from '../../../src/detectors/index.js';
import { detectSecrets, type SecretsFacts } from '../../../src/detectors/secrets/index.js';
import { credentialName, looksLikeCredential } from '../../../src/detectors/secrets/strength.js';
import { evaluate, loadPack, testManifest } from '../../../src/engine/index.js';

/** Deterministic pseudo-random text over an alphabet (a credential-like value). */
function random(n: number, alphabet: string, seed = 7): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += alphabet[Math.floor((x / 2147483648) * alphabet.length)];
  }
  return out;
}
const HEX = '0123456789abcdef';
const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const b64url = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

function scan(files: Record<string, string | Uint8Array>): SecretsFacts {
  return detectSecrets({ repo: new MemoryRepo(files), appDir: '' }).facts as SecretsFacts;
}
const where = (f: SecretsFacts) => f.findings.map((x) => `${x.kind} ${x.file}${x.line ? `:${x.line}` : ''}${x.name ? ` ${x.name}` : ''}${x.inTest ? ' test' : ''}`);

describe('secrets by variable name alone are not reported', () => {
  it('ignores predicate format strings, key names, prefixes, token ids, addresses and routes', () => {
    const address = `0x${random(40, HEX, 3)}`;
    const f = scan({
      'Wallet/Store.swift': [
        `return NSPredicate(format: "tokenContract = '\\(contract.eip55String)'")`,
        `    .filter("tokenContract = '\\(contract.eip55String)'")`,
        'let keychainKeyPrefix = "alphawallet"',
        'static let passwordKey = "walletPassword"',
        'static let ethereumRawPrivateKeyUserPresenceNotRequiredPrefix = "ethereumRawPrivateKeyUserPresenceNotRequired-"',
        `public static let nullTokenId = "0x${'0'.repeat(64)}"`,
        `//      "huobi-token" : "${address}",`,
        `let secretContract = "${address}"`,
        'tokensChain: "SOL→CLMM→USDC→CRAY"',
        'let password = "^(?=.*[A-Z])(?=.*\\\\d).{8,}$"',
        'let secret = "abc-def-ghi-jkl"',
      ].join('\n'),
      'lib/routes.dart': "  static const editBackupPassword = '/edit_backup_password';\n",
      'fastlane/Fastfile': '    password = "temp#{SecureRandom.hex(6)}"\n',
      '.github/workflows/build.yml': '      env:\n        STORE_PASS: test@example_wallet\n        KEY_PASS: test@example_wallet\n',
    });
    expect(where(f)).toEqual([]);
  });

  it('reads translation files as text: a "password" there is a label', () => {
    const f = scan({
      'loc/es.json': '{\n  "_": {\n    "password": "Contraseña",\n    "secret": "Secreto1"\n  }\n}\n',
      'src/i18n/locales/de.json': '{ "wallet": { "password": "Passwort123" } }\n',
      'android/app/src/main/res/values-es/strings.xml': '<resources>\n  <string name="password">Contraseña</string>\n  <string name="api_secret">Secreto2025</string>\n</resources>\n',
      'ios/App/es.lproj/Localizable.strings': '"password" = "Contraseña";\n"client_secret" = "Secreto2025";\n',
      'lib/l10n/app_es.arb': '{ "password": "Contraseña", "secretKey": "Clave2025x" }\n',
      // Natural language outside a translation file is not a credential either.
      'android/app/src/main/res/values/strings.xml': '<resources>\n  <string name="password">Password (8+ characters)</string>\n</resources>\n',
    });
    expect(where(f)).toEqual([]);
  });

  it('names classify by their head word, values by their strength', () => {
    expect(['apiSecret', 'api_secret', 'client_secret', 'AppSecret', 'private_key', 'access_token', 'auth_token', 'APPSECRET', 'storePassword',
      'PRIVATE_KEY_BASE64', 'WXPAY_API_KEY', 'MCH_KEY', 'JPUSH_MASTER_SECRET', 'BUGLY_APP_KEY', 'aws_secret_access_key']
      .map((n) => credentialName(n) !== undefined)).toEqual(Array(15).fill(true));
    // A bare API key is an SDK's client key, shipped in the app by design (Bugsnag, Crashlytics apiKey).
    expect(['tokenContract', 'nullTokenId', 'tokensChain', 'passwordKey', 'keychainKeyPrefix', 'google_maps_key', 'passwordHint', 'token', 'deviceToken', 'apiKey', 'com.bugsnag.android.API_KEY']
      .map((n) => credentialName(n))).toEqual(Array(11).fill(undefined));
    const ok = (v: string) => looksLikeCredential(v, 'secret');
    expect(ok(random(64, HEX))).toBe(true);
    expect(ok(random(32, B62))).toBe(true);
    for (const v of ['0'.repeat(64), `0x${'0'.repeat(64)}`, `0x${random(40, HEX)}`, 'walletPassword', 'SOME_CONSTANT_NAME', 'com.example.PREF_TOKEN',
      'https://api.example.com/v1', 'res/raw/keys.txt', 'abababababababab', 'YOUR_API_SECRET_1', '%1$s/%2$s-secret', 'Contraseña123456']) {
      expect(ok(v), v).toBe(false);
    }
  });
});

describe('secrets by value: config files of every kind', () => {
  const API_SECRET = `b${random(63, HEX, 11)}`; // starts with a letter, like Crashlytics' apiSecret
  const API_KEY = random(40, HEX, 12);
  const files = {
    'app/fabric.properties': `#Contains API Secret used to validate your application.\napiSecret=${API_SECRET}\napiKey=${API_KEY}\n`,
    'ios/App/Info.plist': `<dict>\n\t<key>API_SECRET</key>\n\t<string>${random(32, B62, 13)}</string>\n</dict>\n`,
    'app/src/main/res/values/secrets.xml': `<resources>\n  <string name="x_secret">${random(32, B62, 14)}</string>\n  <string name="y_secret" translatable="false">\n    ${random(32, B62, 24)}</string>\n</resources>\n`,
    'config/app.json': `{ "client_secret": "${random(40, B62, 15)}" }\n`,
    'config/app.yaml': `service:\n  api_secret: ${random(32, B62, 16)}\n`,
    'app/build.gradle': `android {\n  defaultConfig {\n    buildConfigField "String", "PAY_SECRET", "\\"${random(32, B62, 17)}\\""\n  }\n}\n`,
    '.env': `APP_SECRET=${random(32, B62, 18)}\n`,
    'ios/App/Keys.m': `#define kAppSecret @"${random(32, HEX, 19)}"\n`,
    // ShareSDK: QQ Connect's APP Key is its OAuth client secret; other platforms' AppKey is the public id beside their AppSecret.
    'app/src/main/assets/ShareSDK.xml': [
      '<DevInfor>',
      `  <SinaWeibo Id="1" AppKey="${random(32, HEX, 25)}" Enable="true" />`,
      '  <QZone',
      '      Id="3"',
      `      AppId="${random(9, '0123456789', 26)}"`,
      `      AppKey="${random(32, HEX, 27)}"`,
      '      Enable="true" />',
      `  <QQ Id="7" AppId="${random(9, '0123456789', 26)}" AppKey="${random(32, HEX, 30)}" />`,
      `  <Douban Id="16" ApiKey="${random(32, HEX, 28)}" Secret="${random(16, HEX, 29)}" />`,
      '</DevInfor>',
    ].join('\n'),
    // Push SDK keys in the manifest: the app key is public, the message secret is not.
    'app/src/main/AndroidManifest.xml': [
      '<application>',
      `  <meta-data android:name="JPUSH_APPKEY" android:value="${random(24, HEX, 20)}" />`,
      '  <meta-data android:name="UMENG_SECRET_RES" android:resource="@string/umeng" />',
      '  <meta-data',
      '      android:name="UMENG_MESSAGE_SECRET"',
      `      android:value="${random(32, HEX, 21)}" />`,
      '</application>',
    ].join('\n'),
  };
  const f = scan(files);

  it('finds a credential-like value assigned to a credential-like name in each', () => {
    expect(where(f)).toEqual([
      'assigned-secret .env:1 APP_SECRET',
      'assigned-secret app/build.gradle:3 PAY_SECRET',
      'assigned-secret app/fabric.properties:2 apiSecret',
      'assigned-secret app/fabric.properties:3 apiKey', // Fabric's organisation API key: with apiSecret it uploads builds, never shipped
      'assigned-secret app/src/main/AndroidManifest.xml:5 UMENG_MESSAGE_SECRET',
      'assigned-secret app/src/main/assets/ShareSDK.xml:6 AppKey', // QZone's and QQ's, not SinaWeibo's
      'assigned-secret app/src/main/assets/ShareSDK.xml:8 AppKey',
      'assigned-secret app/src/main/assets/ShareSDK.xml:9 Secret',
      'assigned-secret app/src/main/res/values/secrets.xml:2 x_secret',
      'assigned-secret app/src/main/res/values/secrets.xml:3 y_secret',
      'assigned-secret config/app.json:1 client_secret',
      'assigned-secret config/app.yaml:2 api_secret',
      'assigned-secret ios/App/Info.plist:2 API_SECRET',
      'assigned-secret ios/App/Keys.m:1 kAppSecret',
    ]);
  });

  it('never puts the values into facts', () => {
    const text = JSON.stringify(collectFacts({ repo: new MemoryRepo(files), appDir: '' }));
    for (const v of [API_SECRET, API_KEY]) expect(text.includes(v)).toBe(false);
    for (const x of f.findings) expect(x.preview).toBe('********');
  });
});

describe('a literal committed as the fallback of an environment variable', () => {
  const k = (seed: number, n = 32, alphabet = HEX) => random(n, alphabet, seed);

  it('is the value assigned to a key, token, secret or password name, whatever qualifies it', () => {
    const f = scan({
      'ios/Config/Credentials.swift': [
        'enum Credentials {',
        `  static let infuraKey = env("INFURAKEY") ?? "${k(71)}"`,
        `  static let explorerApiKey: String = ProcessInfo.processInfo.environment["EXPLORER"] ?? "${k(72, 34, B62)}"`,
        `  static let covalentApiKey = env("COVALENTAPIKEY") ?? "ckey_${k(73, 27)}"`,
        '}',
      ].join('\n'),
      'android/app/src/main/java/Keys.kt': `val indexerToken = System.getenv("INDEXER_TOKEN") ?: "${k(74, 40, B62)}"
`,
      'android/app/build.gradle.kts': `val mapsKey = findProperty("MAPS_KEY") as String? ?: "x"
val uploadKey = providers.findProperty("UPLOAD") ?: "${k(75, 40)}"
`,
      'src/config.ts': `export const config = {
  rpcKey: process.env.RPC_KEY || '${k(76, 32, B62)}',
  sentrySecret: process.env["SENTRY"] ?? "${k(77)}",
};
`,
      'scripts/upload.py': `UPLOAD_SECRET = os.environ.get("UPLOAD_SECRET", "${k(78, 40, B62)}")
BOT_PASSWORD = os.getenv("BOT_PASSWORD") or "${k(94, 16, B62)}"
`,
      'fastlane/Fastfile': `  api_key = ENV.fetch("APPCENTER_KEY", "${k(80)}")
`,
      'lib/env.dart': `const walletKey = String.fromEnvironment('WALLET_KEY', defaultValue: '${k(81, 32, B62)}');
`,
    });
    expect(where(f)).toEqual([
      'assigned-secret android/app/build.gradle.kts:2 uploadKey',
      'assigned-secret android/app/src/main/java/Keys.kt:1 indexerToken',
      'assigned-secret fastlane/Fastfile:1 api_key',
      'assigned-secret ios/Config/Credentials.swift:2 infuraKey',
      'assigned-secret ios/Config/Credentials.swift:3 explorerApiKey',
      'assigned-secret ios/Config/Credentials.swift:4 covalentApiKey',
      'assigned-secret lib/env.dart:1 walletKey',
      'assigned-secret scripts/upload.py:1 UPLOAD_SECRET',
      'assigned-secret scripts/upload.py:2 BOT_PASSWORD',
      'assigned-secret src/config.ts:2 rpcKey',
      'assigned-secret src/config.ts:3 sentrySecret',
    ]);
    for (const x of f.findings) expect(x.preview).toBe('********');
  });

  it('is not reported when empty, a placeholder, a public key, not a key name, or a bare API key outside a fallback', () => {
    const f = scan({
      'ios/Config/Credentials.swift': [
        'static let analyticsKey = ""',
        'static let blockscanChatProxyKey = env("BLOCKSCHATPROXYKEY") ?? ""',
        'static let openseaKey = env("OPENSEAKEY") ?? nil',
        `static let walletConnectProjectId = env("WALLETCONNECTPROJECTID") ?? "${k(82)}"`,
        'static let mapKey = env("MAPKEY") ?? "YOUR_MAP_KEY_HERE"',
        'static let infuraKey = env("INFURAKEY") ?? "<your infura key>"',
        `static let rampApiKey = "${k(83, 40, B62)}"`, // a bare API key: an SDK's client key, as before
        `static let clientKey = config["CLIENT"] ?? "${k(84)}"`, // not an environment variable
      ].join('\n'),
      'src/config.ts': [
        `const stripePublishableKey = process.env.STRIPE_PK || "pk_${k(85, 24, B62)}";`,
        `const recaptchaSiteKey = process.env.SITE_KEY ?? "${k(86, 40, B62)}";`,
        `const paymentsKey = process.env.STRIPE_KEY ?? "pk_live_${k(89, 24, B62)}";`, // publishable by its prefix
        "const jwtSecret = process.env.JWT_SECRET || 'changeme';",
        "const apiToken = process.env.API_TOKEN || 'dev-token';",
        `const baseUrl = process.env.BASE_URL || "https://api.example.com/${k(87, 20, B62)}";`,
      ].join('\n'),
      'android/app/src/test/java/EnvTest.kt': `val serverKey = System.getenv("SERVER_KEY") ?: "${k(88)}"
`,
    });
    expect(where(f)).toEqual([]);
    expect(f.counts.credentialsInTests).toBe(1);
  });
});

describe('a bearer token written in code', () => {
  const token = random(32, `${B62}-_`, 91);
  it('is reported by its shape, once, with the token redacted to its last four characters', () => {
    const f = scan({
      'ios/Config/Credentials.swift': `static let resolutionApiKey = env("RESOLUTION") ?? "Bearer ${token}"
`,
      'src/api.ts': `const headers = { Authorization: 'Bearer ${random(40, B62, 92)}' };
`,
    });
    expect(where(f)).toEqual(['bearer-token ios/Config/Credentials.swift:1', 'bearer-token src/api.ts:1']);
    expect(f.findings[0]!.preview).toBe(`Bearer ${'*'.repeat(16)}${token.slice(-4)}`);
    expect(JSON.stringify(f).includes(token.slice(0, -4))).toBe(false);
  });

  it('is not reported for an interpolated, placeholder or word token, or in test code (counted)', () => {
    const f = scan({
      'src/api.ts': [
        'const a = { Authorization: `Bearer ${token}` };',
        'const b = "Bearer " + token;',
        'request.setValue("Bearer \\(accessToken)", forHTTPHeaderField: "Authorization")',
        "const c = 'Bearer YOUR_ACCESS_TOKEN_HERE';",
        "const d = 'Bearer <access-token>';",
        "// Authorization: Bearer xxxxxxxxxxxxxxxxxxxx",
        "const e = 'Bearer authorization-required';",
      ].join('\n'),
      'src/__tests__/api.test.ts': `const h = { Authorization: 'Bearer ${random(40, B62, 93)}' };\n`,
    });
    expect(where(f)).toEqual([]);
    expect(f.counts.credentialsInTests).toBe(1);
  });
});

describe('secrets by shape: well-known token formats', () => {
  const jwt = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ sub: 'svc', role: 'service_role' })}.${random(43, B62, 21)}`;
  const anon = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ role: 'anon' })}.${random(43, B62, 22)}`;
  const notJwt = `eyJub3RhIjoiaGVhZGVyIn0.${b64url({ a: 1, b: 'xxxxxxxx' })}.${random(43, B62, 23)}`;
  const AWS_ID = `AKIA${random(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 30)}`;
  const AWS_SECRET = `${random(20, B62, 42)}/${random(19, B62, 43)}`;
  const tokens: Record<string, string> = {
    'aliyun-access-key': `LTAI${random(20, B62, 31)}`,
    'tencent-secret-id': `AKID${random(32, B62, 32)}`,
    'firebase-server-key': `${random(11, B62, 33)}:APA91b${random(134, B62, 34)}`,
    'sendgrid-api-key': `SG.${random(22, B62, 35)}.${random(43, B62, 36)}`,
    'twilio-api-key': `SK${random(32, HEX, 37)}`,
    'mapbox-secret-token': `sk.eyJ${random(30, B62, 38)}.${random(22, B62, 39)}`,
    'gitlab-token': `glpat-${random(20, B62, 40)}`,
    'private-key-base64': `MIIEvQIBADANBgkqhkiG9w0BAQEFAASC${random(1200, `${B62}+/`, 41)}`,
  };
  const code = [
    ...Object.values(tokens).map((t, i) => `const v${i} = "${t}";`),
    `const session = "${jwt}";`,
    `const supabaseAnon = "${anon}";`,
    `const notAJwt = "${notJwt}";`,
    `const sample = "AKIAIOSFODNN7EXAMPLE";`,
    `const s3 = new BasicAWSCredentials("${AWS_ID}", "${AWS_SECRET}");`,
  ].join('\n');
  const f = scan({ 'src/keys.ts': code });

  it('recognises each vendor format, a signed JWT and an inline private key, and not a public or example one', () => {
    const n = Object.keys(tokens).length;
    expect(where(f)).toEqual([...Object.keys(tokens).map((k, i) => `${k} src/keys.ts:${i + 1}`), `jwt src/keys.ts:${n + 1}`,
      `aws-access-key src/keys.ts:${n + 5}`, `aws-secret-key src/keys.ts:${n + 5}`]);
  });

  it('redacts to the vendor prefix and at most four last characters', () => {
    const text = JSON.stringify(f);
    for (const t of [...Object.values(tokens), jwt, AWS_ID, AWS_SECRET]) expect(text.includes(t.slice(6, -4))).toBe(false);
    expect(f.findings.find((x) => x.kind === 'aliyun-access-key')?.preview).toMatch(/^LTAI\*+\w{4}$/);
    expect(f.findings.find((x) => x.kind === 'private-key-base64')?.preview).toBe('MII…');
  });
});

describe('secrets by shape: the Tencent Location Service key', () => {
  const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  const key = Array.from({ length: 6 }, (_, i) => random(5, UP, 60 + i)).join('-');

  it('is found in AndroidManifest.xml meta-data and redacted to its first group', () => {
    const f = scan({ 'app/src/main/AndroidManifest.xml': `<manifest>\n  <application>\n    <meta-data\n      android:name="TencentMapSDK"\n      android:value="${key}"/>\n  </application>\n</manifest>\n` });
    expect(where(f)).toEqual(['tencent-lbs-key app/src/main/AndroidManifest.xml:5']);
    expect(f.findings[0]?.preview).toBe(`${key.slice(0, 5)}****************${key.slice(-4)}`);
  });

  it('needs letters and digits in six groups: five groups (a product key), all-letter or all-digit codes and the documentation example key are not one', () => {
    const f = scan({ 'app/src/main/java/Codes.java': [
      `String productKey = "${key.split('-').slice(0, 5).join('-')}";`,
      'String code = "ABCDE-FGHIJ-KLMNO-PQRST-UVWXY-ZABCD";',
      'String digits = "12345-67890-12345-67890-12345-67890";',
      '// http://apis.map.qq.com/ws/staticmap/v2/?center=39.88,116.41&key=OB4BZ-D4W3U-B7VVO-4PJWW-6TKDJ-WPB77 (the documentation example key)',
    ].join('\n') });
    expect(where(f)).toEqual([]);
  });
});

describe('one finding per secret, test code at a lower severity', () => {
  it('reports a secret once per file, on its first line outside a comment, but each name it is assigned to', () => {
    const pw = random(12, B62, 51);
    const s = random(32, HEX, 52);
    const f = scan({
      'app/build.gradle.kts': `signingConfigs {\n  create("release") {\n    storePassword = "${pw}"\n    keyPassword = "${pw}"\n  }\n}\n`,
      'app/src/main/assets/Share.xml': `<!-- e.g. AppSecret="${s}" -->\n<Weibo AppSecret="${s}" />\n<QQ AppSecret="${s}" />\n`,
    });
    expect(where(f)).toEqual([
      'signing-password app/build.gradle.kts:3 storePassword',
      'signing-password app/build.gradle.kts:4 keyPassword',
      'assigned-secret app/src/main/assets/Share.xml:2 AppSecret', // the live line, not the sample in the comment
    ]);
  });

  it('in test code reports only a service token (inTest), and counts fake passwords and keys', () => {
    const aws = `AKIA${random(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 61)}`;
    const f = scan({
      'app/src/test/java/UploadTest.kt': `val key = "${aws}"\nval password = "${random(12, B62, 62)}"\nval privateKey = "${random(64, HEX, 63)}"\n`,
    });
    expect(where(f)).toEqual(['aws-access-key app/src/test/java/UploadTest.kt:1 test']);
    expect(f.counts.credentialsInTests).toBe(2);
  });
});

describe('signing material is confirmed by its content', () => {
  it('skips empty and placeholder files, reports keystores, PKCS #12, PEM keys and LFS pointers', () => {
    const f = scan({
      'ios/AuthKey_ABC123.p8': '',
      'ios/keys/AuthKey_DEF456.p8': '-----BEGIN PRIVATE KEY-----\nMIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg\n-----END PRIVATE KEY-----\n',
      'android/placeholder.jks': 'placeholder: the release keystore is injected by CI\n',
      'android/empty.keystore': new Uint8Array(0),
      'android/release.jks': new Uint8Array([0xfe, 0xed, 0xfe, 0xed, 0, 0, 0, 2, 0, 0, 0, 1]),
      'ios/dist.p12': new Uint8Array([0x30, 0x82, 0x0a, 0x01, 2, 1, 3]),
      'android/lfs.keystore': 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 2230\n',
    });
    expect(where(f)).toEqual(['keystore android/lfs.keystore', 'keystore android/release.jks', 'pkcs12 ios/dist.p12', 'apple-auth-key ios/keys/AuthKey_DEF456.p8']);
  });
});

describe('hardcoded-credentials messages', () => {
  const pack = loadPack('nfra-2024-99');
  const manifest = testManifest('mobile-app.yaml', 'apiVersion: mobile-policy/v1\n');
  const finding = (kind: string, name: string | undefined, inTest = false) => ({
    kind, category: 'credential', file: 'app/fabric.properties', line: 3, location: { file: 'app/fabric.properties', line: 3 },
    preview: '********', ...(name ? { name } : {}), debug: false, inTest,
  });
  const messages = (findings: object[]) => evaluate([pack], { manifest, facts: { secrets: { findings } }, now: new Date('2026-06-30T00:00:00Z'), stage: 'pr' })
    .filter((f) => f.ruleId.startsWith('nfra/hardcoded-credentials'))
    .map((f) => `${f.severity} ${f.message.en} | ${f.message['zh-CN']}`);

  it('name the kind in words in both languages, never by its id', () => {
    expect(messages([finding('assigned-secret', 'apiSecret')])).toEqual([
      'error A credential assigned to `apiSecret` is written in the source: ********. | 源码中写入了赋值给 `apiSecret` 的凭据：`********`。',
    ]);
    expect(messages([finding('signing-password', 'storePassword')])).toEqual([
      'error A signing password (storePassword) is written in the source: ********. | 源码中写入了签名密码（storePassword）：`********`。',
    ]);
    expect(messages([finding('aliyun-access-key', undefined, true)])).toEqual([
      'warning An Alibaba Cloud AccessKey ID is written in test code: ********. | 测试代码中写入了阿里云 AccessKey ID：`********`。',
    ]);
  });
});
