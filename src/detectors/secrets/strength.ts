// Is a name a credential's name, and is a value a credential? A name alone never makes a finding:
// the value assigned to it must look like one too (length, character mix, Shannon entropy), and
// must not be a word, a sentence, an identifier, a path, a URL, a placeholder, a format string, a
// validation pattern, a run of one character or a public address.

/** What a credential-like name holds: a password (may be short and human-made) or a machine secret. */
export type NameClass = 'password' | 'secret';

/** The words of an identifier: camelCase, snake_case, kebab-case, dotted and ALL_CAPS names. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'passphrase', 'pass', 'pswd']);
const SECRET_WORDS = new Set(['secret', 'secrets', 'credential', 'credentials', 'creds',
  // One-word spellings (APISECRET, appsecret, accesstoken).
  'apisecret', 'appsecret', 'secretkey', 'privatekey', 'accesskey', 'clientsecret', 'accesstoken', 'authtoken',
  'refreshtoken', 'masterkey', 'serverkey', 'mastersecret']);
/** `<word> token` is a credential only after these words (a wallet's `tokenContract`, `nullTokenId`, `tokensChain` are not). */
const TOKEN_QUALIFIERS = new Set(['access', 'auth', 'refresh', 'api', 'bearer', 'session', 'oauth', 'secret', 'private', 'personal',
  'bot', 'app', 'client', 'security', 'master', 'admin', 'service', 'github', 'gitlab', 'slack', 'npm', 'deploy', 'upload', 'jwt']);
/**
 * `<word> key` is a credential only after these words (`passwordKey`, `keychainKeyPrefix`, `google_maps_key` are not).
 * A bare `apiKey` is the client key a mobile SDK is configured with (Bugsnag, Crashlytics, push and
 * map SDKs): it ships inside the app by design. Its pair (`apiSecret`, `secretKey`) is the secret.
 */
const KEY_QUALIFIERS = new Set(['secret', 'private', 'access', 'master', 'signing', 'sign', 'encryption', 'encrypt',
  'crypto', 'aes', 'des', 'hmac', 'mch', 'merchant', 'partner', 'pay', 'server', 'client', 'bugly', 'license']);
const API_KEY_QUALIFIERS = new Set(['secret', 'private', 'server', 'admin', 'master', 'pay', 'wxpay', 'alipay', 'mch', 'merchant', 'partner']);
/** Trailing words that say how a value is stored, not what it is (`PRIVATE_KEY_BASE64`). */
const STORAGE_WORDS = new Set(['str', 'string', 'value', 'val', 'b64', 'base64', 'hex', 'raw', 'bytes', 'data']);

/** The credential class of a name from its last word (its head noun), or undefined. */
export function credentialName(name: string): NameClass | undefined {
  const w = nameWords(name);
  while (w.length > 1 && STORAGE_WORDS.has(w[w.length - 1]!)) w.pop();
  const head = w[w.length - 1];
  if (!head) return undefined;
  const prev = w[w.length - 2];
  if (PASSWORD_WORDS.has(head)) return 'password';
  if (SECRET_WORDS.has(head)) return 'secret';
  if (head === 'token' && prev && TOKEN_QUALIFIERS.has(prev)) return 'secret';
  if (head === 'key' && prev && KEY_QUALIFIERS.has(prev)) return 'secret';
  if (head === 'key' && w.includes('bugly')) return 'secret'; // Bugly's app key uploads symbols; its app id is the public one
  // …unless the API key is a server's or a payment merchant's (WXPAY_API_KEY, MCH_API_KEY, SERVER_API_KEY).
  if (head === 'key' && prev === 'api' && API_KEY_QUALIFIERS.has(w[w.length - 3] ?? '')) return 'secret';
  return undefined;
}

/** Keys and tokens that are public by design whatever their source (a Stripe publishable key, a reCAPTCHA site key). */
const PUBLIC_QUALIFIERS = new Set(['public', 'publishable', 'pub', 'site']);
const FALLBACK_HEADS = new Set(['key', 'token', 'secret', 'secrets', 'password', 'passwd', 'pwd', 'passphrase', 'credential', 'credentials']);

/**
 * The credential class of a name whose literal is the fallback of an environment variable
 * (`env("X") ?? "v"`): a value the team meant to keep out of the source is a secret whatever
 * qualifies its name (`infuraKey`, `rampApiKey`, `covalentApiKey`), as long as the name ends in
 * key, token, secret or password (one word too: `INFURAKEY`, `apikey`) and is not a public key.
 */
export function fallbackCredentialName(name: string): NameClass | undefined {
  const cls = credentialName(name);
  if (cls) return cls;
  const w = nameWords(name);
  while (w.length > 1 && STORAGE_WORDS.has(w[w.length - 1]!)) w.pop();
  const head = w[w.length - 1] ?? '';
  if (PUBLIC_QUALIFIERS.has(w[w.length - 2] ?? '') || /^(?:public|publishable|site)/.test(head)) return undefined;
  if (FALLBACK_HEADS.has(head) || /^[a-z0-9]+(?:key|token|secret)$/.test(head)) return 'secret';
  return undefined;
}

/** Fabric / Crashlytics build-upload config: its `apiKey` is the organisation's API key (with `apiSecret` it uploads builds); it never ships in the app. */
const FABRIC_CONFIG = /^(?:fabric|crashlytics)\.properties$/;

/** ShareSDK's platform config: for QQ and QZone its `AppKey` is QQ Connect's APP Key, the OAuth client secret (AppId is the public one). */
const SHARESDK_CONFIG = /^ShareSDK\.xml$/i;
const QQ_ELEMENTS = new Set(['QQ', 'QZone']);

/**
 * The credential class of a name in a given file (by its base name) and XML element: credentialName,
 * plus the places where a bare API or app key is a secret.
 */
export function credentialNameIn(fileName: string, name: string, element?: string): NameClass | undefined {
  const cls = credentialName(name);
  if (cls) return cls;
  if (FABRIC_CONFIG.test(fileName) && /^api[_.-]?key$/i.test(name)) return 'secret';
  if (SHARESDK_CONFIG.test(fileName) && name === 'AppKey' && QQ_ELEMENTS.has(element ?? '')) return 'secret';
  return undefined;
}

/** Shannon entropy in bits per character. */
export function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

// Placeholders and documentation values, by their words (a leading word only when it stands alone:
// `my_key`, `testSecret`, not a random value that happens to start with "my").
const PLACEHOLDER = /^(?:xxx|changeme|change_me|placeholder|none|null|nil|undefined|empty|password|secret|abc123|123456|qwerty|\*+$)|example|dummy|sample|placeholder|fake|x{4,}|\*\*\*|\.\.\.|^<.*>$|^\[.*\]$/i;
const PLACEHOLDER_WORD = /^(?:[Yy]our|[Mm]y|[Tt]est|[Tt]odo|TODO|FIXME|[Rr]eplace|[Ii]nsert|[Ee]nter|[Pp]ut|[Dd]efault|[Ff]oo|[Bb]ar|YOUR|MY|TEST)(?:[_\-.@]|[A-Z0-9]|$)/;
// Interpolation and format strings: not a literal (Swift \(x), ${x}, #{x}, {{x}}, %@, %s, {0}).
const TEMPLATE = /\\\(|\$[A-Za-z_{(]|#\{|\{\{|\{\d*\}|%(?:\d+\$)?[@sdif]|^@string\/|^@\w+\/|\bBuildConfig\.|process\.env|getenv|ENV\[/;
const URL = /^[a-z][\w+.-]*:\/\//i;
// A validation pattern (password rules): lookaheads, character classes, quantifiers.
const REGEX = /\(\?[=!:<]|\.[*+]|\\[dwsS]|\[[^\]]*[a-zA-Z0-9]-[a-zA-Z0-9][^\]]*\]|\{\d+,\d*\}|^\^.*\$$/;
const EMAIL = /^[^@\s]+@[\w-]+(?:\.[\w-]+)+$/;
/** Public Ethereum-style address: 0x + 40 hex (a contract or wallet address, published on chain). */
const PUBLIC_ADDRESS = /^0x[0-9a-fA-F]{40}$/;
/** Keys public by design, by their prefix: Stripe publishable keys (`pk_live_…`, `pk_test_…`). */
const PUBLIC_KEY = /^pk_(?:live|test)_/;

function isPath(v: string): boolean {
  if (/^(?:\.{1,2}\/|~\/|\/|[A-Za-z]:\\)/.test(v)) return true;
  // a/b/c.ext, res/raw/key.txt: segments of lowercase words, or ending in a file extension.
  return /^[\w.-]+(?:\/[\w.-]+)+$/.test(v) && (/^[a-z0-9_./-]+$/.test(v) || /\.[a-z]{1,5}$/.test(v));
}

/** A constant's or resource's name rather than a value: letters (and separators) only, dotted or ALL_CAPS names. */
function isIdentifier(v: string): boolean {
  if (/^[A-Za-z]+(?:[_.-][A-Za-z]+)*[_.-]?$/.test(v)) return true;
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(v)) return true;
  return /^[a-z][a-zA-Z0-9]*(?:\.[a-zA-Z][\w]*)+$/.test(v); // com.example.PREF_TOKEN, R.string.api_key
}

/** Least entropy a random value of this length and alphabet shows (with margin), in bits per character. */
function entropyFloor(v: string, cls: NameClass): number {
  if (cls === 'password') return Math.min(2.5, Math.log2(v.length) * 0.75);
  const hex = /^[0-9a-fA-F]+$/.test(v);
  // A uniform random string of n characters shows about log2(min(n, alphabet)) bits; keep 70-80 % of it
  // (short hex strings repeat digits often: a 16-hex secret shows 2.9-3.6 bits).
  const ceiling = Math.log2(Math.min(v.length, hex ? 16 : 64));
  return hex ? Math.min(3.0, ceiling * 0.7) : Math.min(3.5, ceiling * 0.8);
}

/** A value that is not written here (read at build time, interpolated) or stands for one (`your-password`, `test@app`). */
export function isPlaceholder(raw: string): boolean {
  const v = raw.trim();
  return PLACEHOLDER.test(v) || PLACEHOLDER_WORD.test(v) || TEMPLATE.test(v) || /^\$/.test(v);
}

/** Does a literal assigned to a credential-like name hold a credential (not a word, label or placeholder)? */
export function looksLikeCredential(raw: string, cls: NameClass): boolean {
  const v = raw.trim();
  // Natural language is never a credential: non-ASCII text ("Contraseña", "密码"), or words with spaces.
  if (/[^\x21-\x7e]/.test(v)) return false;
  if (v.length < (cls === 'password' ? 8 : 12) || v.length > 1000) return false;
  if (isPlaceholder(v) || REGEX.test(v) || URL.test(v) || EMAIL.test(v) || isPath(v) || isIdentifier(v)) return false;
  const body = v.replace(/^0x/i, '');
  if (PUBLIC_ADDRESS.test(v) || PUBLIC_KEY.test(v) || /^(.)\1*$/.test(body) || new Set(body).size <= 3) return false;
  // A value that names a credential ("walletPassword", "api_token") is a key name.
  if (/passw|secret|token|api_?key/i.test(v) && !/\d.*\d/.test(v)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(body)).length;
  if (classes < 2) return false;
  return entropy(body) >= entropyFloor(body, cls);
}

/** Translation files: their values are text for people, never configuration. */
export function isTranslationFile(file: string): boolean {
  return /\.lproj\/[^/]+\.(?:strings|stringsdict)$/.test(file)
    || /\.arb$/.test(file)
    || /(?:^|\/)res\/values-[^/]+\/(?:strings|arrays|plurals)[^/]*\.xml$/.test(file)
    || /(?:^|\/)(?:i18n|l10n|locales?|langs?|languages|translations?|loc|localizations?|intl)\/(?:[^/]+\/)*[^/]+\.(?:json|json5|ya?ml|js|ts|properties|po)$/i.test(file)
    || /_[a-z]{2}(?:[_-][A-Za-z]{2,4})?\.properties$/.test(file);
}
