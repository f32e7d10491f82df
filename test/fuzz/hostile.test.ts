// Regression tests for the inputs that hung, crashed or went unlocated (issues 16 and 17): each is
// built here, must finish well under 10 s, and every problem it raises names a file of the input.
import { describe, expect, it } from 'vitest';
import { parsePlist } from '../../src/detectors/ios/plist.js';
import { json5Positions } from '../../src/detectors/harmonyos/json5loc.js';
import { readPbxConfigurations, readPbxTargets } from '../../src/detectors/ios/pbxproj.js';
import { jsonKeyLines } from '../../src/detectors/sdks/util.js';
import { MAX_FLOW_DEPTH, parseAllDocumentsBounded } from '../../src/core/yaml-bounded.js';
import { LineCounter } from 'yaml';
import { explainComponent, loadCatalog } from '../../src/catalog/index.js';
import { MAX_SCRIPT_BYTES } from '../../src/detectors/limits.js';
import { parseManifest, MAX_PARSE_PROBLEMS } from '../../src/manifest/load.js';
import { HOSTILE_CASES } from './hostile-cases.js';
import * as h from './hostile.js';
import { runRepo, unlocated } from './run-repo.js';

/** Generous: the slowest case takes about a second alone; the machine running CI may be busy. */
const LIMIT_MS = 8_000;

describe('hostile inputs: bounded, located, never a detector failure', () => {
  for (const [name, make] of Object.entries(HOSTILE_CASES)) {
    it(name, () => {
      const c = make();
      const run = runRepo(c.files);
      expect(run.ms).toBeLessThan(LIMIT_MS);
      expect(unlocated(run, c.files)).toEqual([]);
      if (c.locates) {
        const at = run.diagnostics.filter((d) => d.location.file === c.locates!.file && (!c.locates!.line || (d.location.line ?? 0) >= 1));
        expect(at.map((d) => d.code), `a diagnostic at ${c.locates.file}${c.locates.line ? ' with a line' : ''}`).not.toEqual([]);
      }
    }, 30_000);
  }
});

describe('binary plists', () => {
  it('a valid binary Info.plist is read, with no "looks binary" note', () => {
    const run = runRepo({ 'App/Info.plist': h.bplistValid() });
    expect(run.diagnostics.map((d) => d.code)).toEqual([]);
    expect(JSON.stringify(run.facts.ios)).toContain('com.example.app');
    const p = parsePlist(h.bplistValid());
    expect(p.ok && p.format === 'binary' && p.root.kind === 'dict' ? p.root.entries.map((e) => e.key) : p).toEqual(['CFBundleIdentifier', 'NSAllowsArbitraryLoads']);
  });

  it('40 arrays each holding the previous one twice (2^40 values) stop at the value budget', () => {
    const t0 = performance.now();
    const p = parsePlist(h.bplistExpansion());
    expect(performance.now() - t0).toBeLessThan(LIMIT_MS);
    expect(p.ok ? 'parsed' : p.message).toMatch(/more than 100000 values/);
  });

  it('cycles, impossible counts and offsets outside the file are errors, not loops', () => {
    for (const [bytes, why] of [[h.bplistCycle(), /contains itself/], [h.bplistHugeCount(), /past the object area/], [h.bplistBadOffsets(), /outside the object area/]] as const) {
      const p = parsePlist(bytes);
      expect(p.ok ? 'parsed' : p.message).toMatch(why);
    }
  });

  it('every prefix of a valid binary plist is refused or read, never thrown', () => {
    const b = h.bplistValid();
    for (let n = 0; n < b.length; n++) expect(() => parsePlist(b.subarray(0, n))).not.toThrow();
  });

  it('an XML plist with invalid UTF-8 is reported at its line', () => {
    const p = parsePlist(h.plistBadUtf8());
    expect(p.ok ? 'parsed' : [p.message, p.line]).toEqual(['not valid UTF-8', 3]);
  });
});

describe('pbxproj reader', () => {
  it('a block closing before its isa does not move the reader backwards', () => {
    expect(readPbxConfigurations(h.pbxprojBackwards)).toEqual([]);
  });

  it('scans are linear: 20,000 object heads without any terminator', () => {
    const text = `{\n${Array.from({ length: 20_000 }, (_, i) => `\t\t${String(i).padStart(24, 'A')} = {isa = PBXNativeTarget; isa = XCConfigurationList; buildConfigurations = ( isa = XCBuildConfiguration; {`).join('\n')}`;
    const t0 = performance.now();
    readPbxTargets(text);
    readPbxConfigurations(text);
    expect(performance.now() - t0).toBeLessThan(LIMIT_MS);
  });

  it('a setting followed by a long blank run and no `;` costs linear time (found by the fuzz test)', () => {
    const text = `\t\tAAAAAAAAAAAAAAAAAAAAAAAA = {\n\t\t\tisa = XCBuildConfiguration;\n\t\t\tbuildSettings = {\n\t\t\t\tPRODUCT_NAME = ${' '.repeat(20_000)}\n\t\t\t\tSDKROOT = iphoneos;\n`;
    const t0 = performance.now();
    const [c] = readPbxConfigurations(text);
    expect(performance.now() - t0).toBeLessThan(LIMIT_MS);
    expect(c?.settings.SDKROOT?.value).toBe('iphoneos');
  });

  it('still reads a well-formed configuration with a conditional key', () => {
    const text = '\t\tAAAAAAAAAAAAAAAAAAAAAAAA /* Debug */ = {\n\t\t\tisa = XCBuildConfiguration;\n\t\t\tbuildSettings = {\n\t\t\t\t"CODE_SIGN_IDENTITY[sdk=iphoneos*]" = "iPhone Developer";\n\t\t\t\tPRODUCT_BUNDLE_IDENTIFIER = com.example.app;\n\t\t\t};\n\t\t\tname = Debug;\n\t\t};\n';
    const [c] = readPbxConfigurations(text);
    expect([c?.id, c?.name, c?.settings.PRODUCT_BUNDLE_IDENTIFIER?.value, c?.settings['CODE_SIGN_IDENTITY[sdk=iphoneos*]']?.value])
      .toEqual(['AAAAAAAAAAAAAAAAAAAAAAAA', 'Debug', 'com.example.app', 'iPhone Developer']);
  });
});

describe('JSON5 positions', () => {
  it('a comment ended by a lone CR, [\\v] and CR + U+2028 line ends all finish', () => {
    expect(json5Positions(h.json5LoneCr).get('/module/name')).toEqual({ line: 1, column: 13 });
    expect([...json5Positions(h.json5VerticalTab).keys()]).toEqual([]);
    expect(json5Positions(h.json5CrLineSeparator()).has('/module/requestPermissions/0/name')).toBe(true);
  });
});

describe('JSON key lines', () => {
  it('20,000 levels of nesting cost linear time and keep the shallow keys', () => {
    const t0 = performance.now();
    const keys = jsonKeyLines(h.packageLockDeep());
    expect(performance.now() - t0).toBeLessThan(LIMIT_MS);
    expect(keys.get('packages\u0000node_modules/a')).toBe(1);
    expect(keys.size).toBeLessThan(100);
  });
});

describe('lockfile field types', () => {
  it('versions that are numbers, objects or null never reach the inventory text', () => {
    const run = runRepo({ 'package-lock.json': h.packageLockTypes, 'npm/package-lock.json': h.packageLockV1Types, 'Package.resolved': h.packageResolvedTypes });
    expect(unlocated(run, {})).toEqual(expect.not.arrayContaining([expect.stringContaining('detector failed')]));
    expect(run.inventoryText).toMatch(/components/);
    expect(run.inventoryText).toContain('github.com/a/b'.split('/').pop());
  });
});

describe('manifest YAML problems', () => {
  it('are capped per file, the rest counted in one more finding', () => {
    const m = parseManifest('mobile-app.yaml', h.manifestDollarBraces());
    const parse = m.diagnostics.filter((d) => d.code === 'manifest/parse');
    expect(parse.length).toBe(MAX_PARSE_PROBLEMS + 1);
    expect(parse.at(-1)!.message.en).toMatch(/^At least \d+ more YAML problems/);
    expect(parse.every((d) => d.location.line === 2)).toBe(true);
  });
});

describe('CocoaPods names', () => {
  it('a pod name of 40,000 subspec levels is matched in linear time; real subspecs still resolve (found by the nightly fuzz run)', () => {
    const catalog = loadCatalog();
    const t0 = performance.now();
    expect(explainComponent(catalog, { ecosystem: 'cocoapods', name: `Firebas${'</a>'.repeat(40_000)}` })).toBeNull();
    expect(performance.now() - t0).toBeLessThan(LIMIT_MS);
    expect(explainComponent(catalog, { ecosystem: 'cocoapods', name: 'UMengUShare/Social/ReducedWeChat' })?.sdk.id).toBe('umeng-share');
  });
});

describe('YAML nesting', () => {
  it('flow collections deeper than MAX_FLOW_DEPTH stop the reading there, with an error at that line', () => {
    const lc = new LineCounter();
    const text = `a: 1\nb: ${'['.repeat(MAX_FLOW_DEPTH + 1)}\n${'{'.repeat(1_000_000)}\n`;
    const t0 = performance.now();
    const docs = parseAllDocumentsBounded(text, { lineCounter: lc });
    expect(performance.now() - t0).toBeLessThan(LIMIT_MS);
    const errors = docs.flatMap((d) => d.errors);
    const deep = errors.find((e) => e.message === 'nested too deeply');
    expect(deep && lc.linePos(deep.pos[0])).toEqual({ line: 2, col: 4 + MAX_FLOW_DEPTH });
  });

  it(`${MAX_FLOW_DEPTH} levels are still read`, () => {
    const text = `a: ${'['.repeat(MAX_FLOW_DEPTH)}1${']'.repeat(MAX_FLOW_DEPTH)}\n`;
    const [doc] = parseAllDocumentsBounded(text, {});
    expect(doc!.errors.map((e) => e.message)).toEqual([]);
  });
});

describe('Gradle', () => {
  it(`a script over ${MAX_SCRIPT_BYTES / 1024} KiB is not parsed: one located note, from whichever detectors read it`, () => {
    const run = runRepo({ 'app/build.gradle': h.gradleTokenRun(1) });
    const notes = run.diagnostics.filter((d) => d.code === 'repo/file-too-large');
    expect(notes.map((d) => d.location.file)).toEqual(['app/build.gradle']);
  });

  it('5,000 nested braces give a located finding and the rest of the file is still read', () => {
    const run = runRepo({ 'app/build.gradle': h.gradleBraces(), 'app/src/main/AndroidManifest.xml': '<manifest package="x"><application/></manifest>' });
    const deep = run.diagnostics.find((d) => d.code === 'android/gradle-parse');
    expect(deep?.location).toMatchObject({ file: 'app/build.gradle', line: 2 });
    expect(run.diagnostics.some((d) => d.code === 'tool/detector-failed')).toBe(false);
  });
});
