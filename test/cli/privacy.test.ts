// `mobile-policy privacy`: every collection point of the app's code, as JSON (the collected list
// of the "two lists") or text; a folder that does not exist is a usage error (exit 2).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('mobile-policy privacy', () => {
  it('lists the uses with API, type, origin and place, as JSON', async () => {
    const r = await runCli(['privacy', 'test/fixtures/privacy/android-app', '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { tool: { name: string }; apps: { appDir: string; uses: { api: string; origin: string; location: { file: string; line: number }; function?: string }[]; collected: { personalInfo: string }[] }[] };
    expect(out.tool.name).toBe('mobile-policy');
    expect(out.apps).toHaveLength(1);
    const uses = out.apps[0]!.uses;
    expect(uses.find((u) => u.location.file.endsWith('DeviceInfo.java') && u.location.line === 25)).toMatchObject({ api: 'android/installed-apps', origin: 'app', function: 'apps' });
    expect(uses.find((u) => u.location.file.endsWith('UMDevice.java'))?.origin).toBe('sdk');
    expect(out.apps[0]!.collected.map((c) => c.personalInfo)).toContain('clipboard');
    expect(Object.keys(out.apps[0]!)).not.toContain('knownPermissions');
  });

  it('prints one line per use as text', async () => {
    const r = await runCli(['privacy', 'test/fixtures/privacy/rn-app']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('src/device.js:19  react-native/clipboard  clipboard  app  paste');
  });

  it('rejects a folder that does not exist', async () => {
    const r = await runCli(['privacy', 'no/such/folder']);
    expect(r.code).toBe(2);
  });
});
