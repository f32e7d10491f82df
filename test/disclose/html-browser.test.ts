// The Chinese two lists in headless Chromium: no console errors, no requests, both tables with
// the published columns, open cells linked to their questions; a screenshot is written to
// test-artifacts/disclose-zh-CN.png.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/index.js';
import { buildDisclosure } from '../../src/disclose/build.js';
import { disclosureHtml } from '../../src/disclose/html.js';
import { parse } from 'yaml';
import { MANIFEST } from './fixture.js';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean) as string[];
const executablePath = CANDIDATES.find((p) => fs.existsSync(p));
if (!executablePath) {
  console.warn(`\n\n!!!!!!!! SKIPPING the Chromium test of the disclosure HTML: no chromium found (tried ${CANDIDATES.join(', ')}). Install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH. !!!!!!!!\n\n`);
}

describe.skipIf(!executablePath)('the two lists (zh-CN) in headless Chromium', () => {
  type Context = import('playwright-core').BrowserContext;
  type Page = import('playwright-core').Page;
  let browser: Context;
  let page: Page;
  let userDataDir: string;
  const consoleErrors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'disclose-chromium-'));
    browser = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage();
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url()); });
    // Shipped SDKs as the build would give them (no build facts: every declared SDK counts as shipped).
    const d = buildDisclosure({ manifest: parse(MANIFEST) as Record<string, unknown>, catalog: loadCatalog() });
    const file = path.join(userDataDir, 'two-lists.html');
    fs.writeFileSync(file, disclosureHtml(d, 'zh-CN'));
    await page.goto(`file://${file}`);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
  });

  it('loads without console errors and without requests', async () => {
    expect(await page.title()).toBe('湖畔银行 个人信息收集清单与第三方信息共享清单');
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('shows both lists with their columns', async () => {
    const heads = async (id: string) => page.$$eval(`#${id} thead th`, (ths) => ths.map((t) => t.textContent ?? ''));
    expect(await heads('collected')).toEqual(['序号', '业务功能/使用场景', '个人信息类型', '使用目的', '收集方', '收集频次', '所需权限', '是否必要', '处理依据']);
    expect(await heads('shared')).toEqual(['序号', 'SDK/第三方名称', '第三方主体（中文名称）', '第三方主体（英文名称）', '使用目的', '共享的个人信息', '共享方式/处理方式', '所需权限', '隐私政策链接']);
    expect(await page.locator('#collected tbody tr').count()).toBe(3);
    const names = await page.$$eval('#shared tbody tr td:nth-child(2)', (tds) => tds.map((t) => t.textContent));
    expect(names).toEqual(['腾讯 Bugly（Tencent Bugly）', '极光推送（JPush）', '湖畔征信服务有限公司']);
  });

  it('links each open cell to its question', async () => {
    const open = page.locator('td.q a');
    expect(await open.count()).toBeGreaterThan(0);
    const href = await open.first().getAttribute('href');
    expect(await page.locator(`${href} code`).count()).toBe(1);
  });

  it('writes a screenshot artifact', async () => {
    const out = path.resolve('test-artifacts/disclose-zh-CN.png');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    await page.screenshot({ path: out, fullPage: true });
    expect(fs.statSync(out).size).toBeGreaterThan(10_000);
  });
});
