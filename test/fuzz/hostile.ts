// Hostile inputs from issues 16 and 17 (the XML ones sized under the 2 MiB read limit for such
// files, so that they are parsed, not skipped), built at run time (never copied from anywhere): each is
// a small repository (path → contents) of the shape that once hung or crashed a parser.

export type Files = Record<string, string | Uint8Array>;

/** A binary plist from raw objects: each entry is the bytes of one object; refs are one byte. */
export function bplist(objects: number[][], top = objects.length - 1): Uint8Array {
  const head = [...Buffer.from('bplist00')];
  const body: number[] = [];
  const offsets: number[] = [];
  for (const o of objects) { offsets.push(head.length + body.length); body.push(...o); }
  const tableAt = head.length + body.length;
  const table = offsets.flatMap((o) => [(o >> 8) & 0xff, o & 0xff]);
  const trailer = [0, 0, 0, 0, 0, 0, 2, 1, ...u64(objects.length), ...u64(top), ...u64(tableAt)];
  return Uint8Array.from([...head, ...body, ...table, ...trailer]);
}

function u64(n: number): number[] {
  const out = new Array<number>(8).fill(0);
  for (let i = 7, v = n; i >= 0; i--, v = Math.floor(v / 256)) out[i] = v % 256;
  return out;
}

/** 40 arrays, each holding the previous one twice: 2^40 values if references are copied. */
export function bplistExpansion(levels = 40): Uint8Array {
  const objects: number[][] = [[0xa0]];
  for (let k = 1; k <= levels; k++) objects.push([0xa2, k - 1, k - 1]);
  return bplist(objects);
}

/** An array holding itself: a reference cycle. */
export function bplistCycle(): Uint8Array {
  return bplist([[0xa1, 0]]);
}

/** An array claiming 2^31 entries in a file of a few dozen bytes. */
export function bplistHugeCount(): Uint8Array {
  return bplist([[0xaf, 0x12, 0x7f, 0xff, 0xff, 0xff, 0]]);
}

/** An offset table pointing past the end of the file and back into the trailer. */
export function bplistBadOffsets(): Uint8Array {
  const b = bplist([[0xa2, 0, 1], [0x50]]);
  const t = b.length - 32 - 4; // the two 2-byte offsets
  b[t] = 0xff; b[t + 1] = 0xf0;
  b[t + 2] = 0; b[t + 3] = 8;
  return b;
}

/** A valid dictionary: { CFBundleIdentifier: "com.example.app", NSAllowsArbitraryLoads: true }. */
export function bplistValid(): Uint8Array {
  const s = (v: string) => [0x5f, 0x10, v.length, ...Buffer.from(v, 'latin1')];
  return bplist([[0xd2, 1, 2, 3, 4], s('CFBundleIdentifier'), s('NSAllowsArbitraryLoads'), s('com.example.app'), [0x09]], 0);
}

export const pbxprojBackwards = '{ objects = { A = { }; isa = XCBuildConfiguration; }; }';

/** Lines of a small project.pbxproj swapped so that `};` follows the opening `{` and an object stays open. */
export function pbxprojUnbalanced(): string {
  return [
    '// !$*UTF8*$!', '{', '};', '\tobjects = {', '\t\tAAAAAAAAAAAAAAAAAAAAAAAA /* Debug */ = {',
    '\t\t\tisa = XCBuildConfiguration;', '\t\t\tbuildSettings = {', '\t\t\t\tPRODUCT_BUNDLE_IDENTIFIER = com.example.app;',
    '\t\tBBBBBBBBBBBBBBBBBBBBBBBB /* Release */ = {', '\t\t\tisa = XCBuildConfiguration;', '\t\t\tname = "Release\\',
    ...Array.from({ length: 2000 }, () => '\t\t\tisa = XCBuildConfiguration; {'),
  ].join('\n');
}

export const json5LoneCr = '{"module": {"name": "entry", // c\r"requestPermissions": []}}';
export const json5VerticalTab = '[\v]';
export function json5CrLineSeparator(): string {
  return ['{', '// a comment', '"module": {', '/* block', 'comment */ "name": "entry",', '"type": "entry",', '"requestPermissions": [', '{"name": "ohos.permission.INTERNET"}', ']', '}', '}'].join('\r\u2028');
}

/** A 100 KB line of `${` (with `}` and `a:` around them): one YAML error every few characters. */
export function manifestDollarBraces(kb = 100): string {
  return `apiVersion: mobile-policy/v1\n${'a: }${'.repeat(Math.round((kb * 1024) / 6))}\n`;
}

/** A large manifest with CRLF line ends and special characters sprinkled in. */
export function manifestLargeCrlf(kb = 500): string {
  const block = ['apiVersion: mobile-policy/v1', 'app:', '  id: "com.example.\u2028bank"', '  name: 银行 \t"\\x"', '  sdks:',
    '    - name: "a\u0085b"', '      purpose: \'x\'\'y\'', '    - [ { a: b }, "c" ]', '%% ! & * ? | > @ `'].join('\r\n');
  return Array.from({ length: Math.ceil((kb * 1024) / block.length) }, () => block).join('\r\n');
}

/** A YAML lockfile whose one line is 100 KB of `${`. */
export function yamlLongLine(head: string, kb = 100): string {
  return `${head}\n${'a: }${'.repeat(Math.round((kb * 1024) / 6))}\n`;
}

/** A YAML lockfile with a 100 KB run of quotes: adjacent quoted scalars, one composer error each. */
export function yamlQuoteRun(head: string, kb = 100): string {
  return `${head}\n  a: ${'"'.repeat(kb * 1024)}\n`;
}

/** YAML nested `levels` deep by indentation (compact nested sequences: `- - - x`). */
export function yamlDeep(head: string, levels = 3000): string {
  return `${head}\n  ${'- '.repeat(levels)}x\n`;
}

/**
 * YAML whose flow collections never close: `{` repeated on many lines (found by the nightly fuzz
 * run in a pnpm-lock.yaml: 2 MB of them held over 700 MB in the YAML parser's open nodes).
 */
export function yamlFlowDeep(head: string, lines = 117, perLine = 17_000): string {
  return `${head}\n${Array.from({ length: lines }, () => `  a: ${'{'.repeat(perLine)}`).join('\n')}\n`;
}

export function packageLockDeep(levels = 20000): string {
  return `{"lockfileVersion": 3, "packages": {"node_modules/a": {"version": "1.0.0", "x": ${'{"k": '.repeat(levels)}1${'}'.repeat(levels)}}}}`;
}

/** A package-lock.json with special characters in names and huge numbers. */
export function packageLockSpecial(kb = 600): string {
  const packages: string[] = [];
  for (let i = 0, size = 0; size < kb * 1024; i++, size += packages.at(-1)!.length) {
    packages.push(`"node_modules/@s\\u0000c${i}/p\\"\\\\\\u2028\\ud800${i}": {"version": "1.${i}.0", "size": 1e308${'9'.repeat(50)}, "n": -0.${'0'.repeat(40)}1e-400, "resolved": "https://r.example/\\u202e${i}"}`);
  }
  return `{"name": "x", "lockfileVersion": 3, "packages": {"": {"dependencies": {"a": "1"}}, ${packages.join(',\n')}}}`;
}

export function ohLockSpecial(kb = 600): string {
  const packages: string[] = [];
  for (let i = 0, size = 0; size < kb * 1024; i++, size += packages.at(-1)!.length) {
    packages.push(`'@ohos/a\\'${i}\u202e@1.${i}.0': {name: "@ohos/a${i}", version: '1.${i}.0', integrity: 0x${'F'.repeat(40)}, n: +Infinity, m: 1e999, resolved: "https://r.example/\\u0000${i}", // c\r\n}`);
  }
  return `{lockfileVersion: 1, specifiers: {}, packages: {${packages.join(',\n')}}}`;
}

/** package-lock.json and Package.resolved whose versions are numbers or objects. */
export const packageLockTypes = JSON.stringify({
  lockfileVersion: 3,
  packages: { '': { dependencies: { a: '1' } }, 'node_modules/a': { version: 1 }, 'node_modules/b': { version: { x: 1 }, name: ['b'] }, 'node_modules/c': { version: null, resolved: 7 }, 'node_modules/d': 'x' },
});
export const packageLockV1Types = JSON.stringify({ lockfileVersion: 1, dependencies: { a: { version: 2, dependencies: { b: { version: [1] } } }, c: 'x', d: null } });
export const packageResolvedTypes = JSON.stringify({
  pins: [{ identity: 1, location: 'https://github.com/a/b.git', state: { version: 1.5, revision: { x: 1 }, branch: 3 } }, { location: { x: 1 }, state: 'x' }, null, 7], version: 2,
});
export const packageResolvedBroken = '{\n  "pins": [\n    {\n      "identity": "a",\n      "location": "https://github.com/a/b.git",\n      "state": { "version": 1.5 ]\n  ]\n}\n';

export function gradleDependencies(n = 20000): string {
  return `dependencies {\n${Array.from({ length: n }, (_, i) => `    implementation "com.example.g${i}:artifact${i}:1.${i}.0"`).join('\n')}\n}\n`;
}

/** String values made of a long run of backslashes, unterminated (found by the nightly fuzz run). */
export function gradleBackslashes(n = 5000): string {
  const run = '\\'.repeat(n);
  return `val v by extra("${run}x)\next["k"] = "${run}\nset("k", "${run}\ndependencies {\n    implementation("a:b:1") ${run}\n}\n`;
}

/**
 * A Gradle script of 2 MB whose lines are runs of `a: }${` (found by the nightly fuzz run): the
 * android reader keeps a token and a statement per few characters, 900 MB for 2.9 MB.
 */
export function gradleTokenRun(mb = 2): string {
  const line = `    implementation rootProject.ext${'a: }${'.repeat(3500)}`;
  return `dependencies {\n${Array.from({ length: Math.ceil((mb * 2 ** 20) / line.length) }, () => line).join('\n')}\n}\n`;
}

/** A module.json5 of 1 MB nested a million levels: `[[[…[{ "module": [[[…` (found by the nightly fuzz run: 309 MB for `check`). */
export function json5Brackets(mb = 1): string {
  const block = `${'['.repeat(5888)}{\n  "module": `;
  return Array.from({ length: Math.ceil((mb * 2 ** 20) / block.length) }, () => block).join('\n');
}

/** oh-package-lock.json5 whose strings hold U+2028 (the json5 library warned once per character, on the console). */
export function ohLockLineSeparators(n = 20_000): string {
  const packages = Array.from({ length: n }, (_, i) => `'@ohos/a${i}@1.0.0': {name: "@ohos/a${i}\u2028", version: '1.0.0', resolved: "https://r.example/\u2029${i}"}`);
  return `{lockfileVersion: 1, specifiers: {}, packages: {${packages.join(',\n')}}}`;
}

/** A Podfile whose pod name is 18,000 `</a>` (subspec separators): every prefix was joined and looked up. */
export function podfileLongSubspec(n = 18_000): string {
  return `platform :ios, '13.0'\ntarget 'App' do\n  pod 'Firebas${'</a>'.repeat(n)}', '~> 10.0'\nend\n`;
}

export function gradleBraces(n = 5000): string {
  return `android {\n${'{'.repeat(n)}\n}\ndependencies { implementation "com.example:a:1.0" }\n`;
}

export function xmlLongAttribute(mb = 1.9): string {
  const v = 'a'.repeat(Math.round(mb * 1024 * 1024));
  return `<?xml version="1.0" encoding="utf-8"?>\n<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="x" a="${v}><application/></manifest>`;
}

/** A valid AndroidManifest.xml written on one 3.9 MB line. */
export function xmlLongLine(mb = 1.9): string {
  const perms: string[] = [];
  const one = '<uses-permission android:name="android.permission.INTERNET" android:x="y"/>';
  for (let size = 0; size < mb * 1024 * 1024; size += one.length) perms.push(one);
  return `<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="x">${perms.join('')}<application android:usesCleartextTraffic="true"/></manifest>`;
}

export function plistLongLine(mb = 1.9): string {
  const entries: string[] = [];
  const one = '<key>K</key><string>v</string>';
  for (let size = 0; size < mb * 1024 * 1024; size += one.length) entries.push(one);
  return `<?xml version="1.0" encoding="UTF-8"?><plist version="1.0"><dict>${entries.join('')}<key>CFBundleIdentifier</key><string>com.example.app</string></dict></plist>`;
}

/** XML plist with an invalid UTF-8 byte on line 3. */
export function plistBadUtf8(): Uint8Array {
  const text = '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict><key>A</key><string>\u0001</string></dict>\n</plist>\n';
  const b = Buffer.from(text, 'utf8');
  b[b.indexOf(1)] = 0xff;
  return Uint8Array.from(b);
}

export const tomlBroken = '[versions]\nagp = "8.1.0"\n\n[libraries]\nokhttp = { module = "com.squareup.okhttp3:okhttp", version = \n';
