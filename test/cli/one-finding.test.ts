// One finding per problem, end to end: `init` drafts a manifest for a small synthetic Android
// app, `check` reports each TODO once; a host outside allowedDomains is one finding carrying its
// other links (JSON `related`, SARIF `relatedLocations`); a cleartext link is only a cleartext finding.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const run = runCli;

const FILES: Record<string, string> = {
  'settings.gradle': "include ':app'\n",
  'app/build.gradle': `plugins { id 'com.android.application' }
android {
    namespace 'cn.example.bank'
    defaultConfig {
        applicationId "cn.example.bank"
        minSdk 24
        targetSdk 34
    }
    buildTypes { release { minifyEnabled true } }
}
dependencies {
    implementation 'com.squareup.okhttp3:okhttp:4.12.0'
    implementation 'com.tencent.bugly:crashreport:4.1.9'
}
`,
  'app/src/main/AndroidManifest.xml': `<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <application android:allowBackup="false" android:label="Bank" />
</manifest>
`,
  'app/src/main/java/cn/example/Api.kt': `package cn.example
const val API = "https://api.bank.example/v1"
const val IMG1 = "https://cdn.partner.example/a.png"
const val IMG2 = "https://cdn.partner.example/b.png"
const val PLAIN = "http://cdn.partner.example/c.png"
`,
  'app/src/main/java/cn/example/Banner.kt': `package cn.example
const val IMG3 = "https://cdn.partner.example/d.png"
`,
};

function syntheticApp(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-one-'));
  for (const [rel, text] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

interface JsonFinding {
  ruleId: string;
  message: string;
  location: { file: string; line: number };
  fingerprint: string;
  occurrences?: number;
  related?: { file: string; line: number }[];
}

describe('one finding per problem', () => {
  it('reports each TODO of an unfilled draft exactly once, saying what to fill in', async () => {
    const dir = syntheticApp();
    expect((await run(['init', dir])).code).toBe(0);
    const text = fs.readFileSync(path.join(dir, 'mobile-app.yaml'), 'utf8');
    const todoLines = text.split('\n').map((l, i) => (/(?::|-)\s+TODO$/.test(l) ? i + 1 : 0)).filter(Boolean);
    expect(todoLines.length).toBeGreaterThan(10);

    const check = await run(['check', dir, '--format', 'json']);
    const findings = (JSON.parse(check.stdout) as { findings: JsonFinding[] }).findings.filter((f) => f.location.file === 'mobile-app.yaml');
    for (const line of todoLines) {
      expect(findings.filter((f) => f.location.line === line).map((f) => f.ruleId), `line ${line}`).toEqual(['manifest/todo']);
    }
    // No schema error and no rule finding left over from a placeholder, on its line or on its parent's.
    expect(findings.filter((f) => f.ruleId === 'manifest/schema')).toEqual([]);
    for (const id of ['nfra/filing-number', 'nfra/elderly-mode', 'nfra/minors-protection', 'nfra/sdk-security-assessment-fresh', 'nfra/url-domain-allowed', 'nfra/allowed-domains-declared']) {
      expect(findings.filter((f) => f.ruleId === id), id).toEqual([]);
    }
    const date = findings.find((f) => f.message.includes('securityAssessment.date'));
    expect(date?.message).toContain('fill in a date like 2025-03-31');
    const result = findings.find((f) => f.message.includes('securityAssessment.result'));
    expect(result?.message).toContain('`pass`');
  });

  it('reports a host outside allowedDomains once, with its other links; a cleartext link only as cleartext', async () => {
    const dir = syntheticApp();
    expect((await run(['init', dir])).code).toBe(0);
    const file = path.join(dir, 'mobile-app.yaml');
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toMatch(/allowedDomains:\n\s+- TODO/);
    fs.writeFileSync(file, text.replace(/allowedDomains:\n(\s+)- TODO/, 'allowedDomains:\n$1- api.bank.example'));

    const json = JSON.parse((await run(['check', dir, '--format', 'json'])).stdout) as { findings: JsonFinding[] };
    const domain = json.findings.filter((f) => f.ruleId === 'nfra/url-domain-allowed');
    expect(domain).toHaveLength(1);
    expect(domain[0]).toMatchObject({
      location: { file: 'app/src/main/java/cn/example/Api.kt', line: 3 },
      occurrences: 3,
      related: [{ file: 'app/src/main/java/cn/example/Api.kt', line: 4 }, { file: 'app/src/main/java/cn/example/Banner.kt', line: 2 }],
    });
    expect(domain[0]!.message).toBe('cdn.partner.example is not in security.allowedDomains (3 link(s): '
      + 'app/src/main/java/cn/example/Api.kt:3, app/src/main/java/cn/example/Api.kt:4, app/src/main/java/cn/example/Banner.kt:2).');
    const cleartext = json.findings.filter((f) => f.ruleId === 'nfra/cleartext-urls');
    expect(cleartext.map((f) => f.location.line)).toEqual([5]);

    // The fingerprint is the host's, not its first link's: it survives the first link moving away.
    fs.writeFileSync(path.join(dir, 'app/src/main/java/cn/example/Api.kt'), FILES['app/src/main/java/cn/example/Api.kt']!.replace(/const val IMG[12].*\n/g, ''));
    const moved = JSON.parse((await run(['check', dir, '--format', 'json'])).stdout) as { findings: JsonFinding[] };
    const again = moved.findings.filter((f) => f.ruleId === 'nfra/url-domain-allowed');
    expect(again).toHaveLength(1);
    expect(again[0]).toMatchObject({ location: { file: 'app/src/main/java/cn/example/Banner.kt', line: 2 }, occurrences: 1, fingerprint: domain[0]!.fingerprint });
    expect(again[0]!.related).toBeUndefined();
  });

  it('emits the other links of a grouped finding as SARIF relatedLocations', async () => {
    const dir = syntheticApp();
    await run(['init', dir]);
    const file = path.join(dir, 'mobile-app.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/allowedDomains:\n(\s+)- TODO/, 'allowedDomains:\n$1- api.bank.example'));
    const sarif = JSON.parse((await run(['check', dir, '--format', 'sarif'])).stdout) as {
      runs: { results: { ruleId: string; locations: unknown[]; relatedLocations?: { id: number; physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[];
    };
    const result = sarif.runs[0]!.results.find((r) => r.ruleId === 'nfra/url-domain-allowed');
    expect(result?.locations).toHaveLength(1);
    expect(result?.relatedLocations?.map((l) => [l.id, l.physicalLocation.artifactLocation.uri, l.physicalLocation.region.startLine])).toEqual([
      [1, 'app/src/main/java/cn/example/Api.kt', 4],
      [2, 'app/src/main/java/cn/example/Banner.kt', 2],
    ]);
  });
});
