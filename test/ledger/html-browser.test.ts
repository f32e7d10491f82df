// The HTML dashboard in headless Chromium: loads without console errors or network requests,
// sorting and filtering work, and a screenshot is written to test-artifacts/ledger.png.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerHtml } from '../../src/ledger/format/html.js';
import { sampleLedger } from './sample.js';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean) as string[];
const executablePath = CANDIDATES.find((p) => fs.existsSync(p));
if (!executablePath) {
  console.warn('\n\n!!!!!!!! SKIPPING the Chromium test of the ledger HTML dashboard: no chromium found (tried ' +
    CANDIDATES.join(', ') + '). Install it with `apt-get install -y chromium` or set CHROMIUM_PATH. !!!!!!!!\n\n');
}

describe.skipIf(!executablePath)('ledger HTML dashboard in headless Chromium', () => {
  type Browser = import('playwright-core').BrowserContext;
  type Page = import('playwright-core').Page;
  let browser: Browser;
  let page: Page;
  let userDataDir: string;
  const consoleErrors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-chromium-'));
    // A fresh profile (--user-data-dir) per run, passed the way playwright wants it.
    browser = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      viewport: { width: 1600, height: 1000 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    page.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url());
    });
    const file = path.join(userDataDir, 'ledger.html');
    fs.writeFileSync(file, ledgerHtml(sampleLedger(), { lang: 'zh-CN' }));
    await page.goto(`file://${file}`);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
  });

  const column = async (index: number): Promise<string[]> =>
    page.$$eval('#apps tbody tr:not([hidden])', (rows, i) => rows.map((r) => (r as HTMLTableRowElement).cells[i]!.textContent ?? ''), index);

  it('loads without console errors and without requests', async () => {
    expect(await page.title()).toBe('移动互联网应用程序台账');
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.locator('#apps tbody tr').count()).toBe(4);
    expect(await page.locator('svg.chart rect').count()).toBe(13);
    expect(await page.locator('#apps td.overdue').count()).toBeGreaterThan(0);
  });

  it('sorts by a column, both ways', async () => {
    const head = page.locator('#apps thead th').nth(1); // app id
    await head.click();
    const asc = await column(1);
    expect(asc).toEqual([...asc].sort());
    expect(await head.getAttribute('aria-sort')).toBe('ascending');
    await head.click();
    expect(await column(1)).toEqual([...asc].reverse());
    const errors = page.locator('#apps thead th[data-type=num]').filter({ hasText: '错误' });
    await errors.click();
    await errors.click();
    const idx = await errors.evaluate((th) => (th as HTMLTableCellElement).cellIndex);
    const nums = (await column(idx)).map(Number);
    expect(nums).toEqual([...nums].sort((a, b) => b - a));
  });

  it('filters by text, by status and by overdue', async () => {
    await page.fill('#q', 'BANK/CARDS');
    expect(await column(1)).toEqual(['cn.example.app7']);
    expect(await page.textContent('#shown')).toBe('1');
    await page.fill('#q', '');
    await page.selectOption('#status', 'active');
    expect((await column(4)).every((s) => s === 'active')).toBe(true);
    expect(await column(4)).toHaveLength(2);
    await page.selectOption('#status', '');
    await page.check('#overdue');
    const shown = Number(await page.textContent('#shown'));
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThanOrEqual(4);
    await page.uncheck('#overdue');
    expect(await page.textContent('#shown')).toBe('4');
  });

  it('writes a screenshot', async () => {
    const out = path.resolve('test-artifacts', 'ledger.png');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    await page.screenshot({ path: out, fullPage: true });
    expect(fs.statSync(out).size).toBeGreaterThan(10_000);
    expect(consoleErrors).toEqual([]);
  });
});
