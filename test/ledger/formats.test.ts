import { describe, expect, it } from 'vitest';
import { ledgerCsv } from '../../src/ledger/format/csv.js';
import { ledgerHtml } from '../../src/ledger/format/html.js';
import { ledgerMarkdown } from '../../src/ledger/format/markdown.js';
import { sampleLedger } from './sample.js';

describe('ledger formats', () => {
  const ledger = sampleLedger();

  it('CSV: BOM, CRLF, one line per app, missing app and error; formulas neutralised', () => {
    const csv = ledgerCsv(ledger, { lang: 'zh-CN' });
    expect(csv.startsWith('\uFEFF代码仓库,')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 4 + 1 + 1);
    expect(csv).toContain('示例应用2');
    expect(csv).toContain('缺失'); // the missing app, and missing audit
    expect(csv).toContain('bank/huge');
    const header = lines[0]!.split(',');
    expect(header).toContain('风险评估到期');
  });

  it('CSV quotes commas, quotes and leading formula characters', async () => {
    const { csvCell } = await import('../../src/ledger/format/csv.js');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it('Markdown: summary, apps, missing, advice, errors', () => {
    const md = ledgerMarkdown(ledger, { lang: 'en' });
    expect(md).toContain('INCOMPLETE: 1 of 6 repositories could not be read.');
    expect(md).toContain('| bank/retail | cn.example.app2 | Example App 2 | 示例应用2 |');
    expect(md).toContain('⚠️ broken');
    expect(md).toContain('bank/android-lite');
    expect(md).toContain('deprecated but still listed');
    expect(md).toContain('120 monthly active users, below 5000');
    expect(md).toContain('`bank/huge`: GitHub API 500');
  });

  it('HTML: self-contained, escaped, overdue highlighted, both languages', () => {
    const html = ledgerHtml(ledger, { lang: 'en' });
    expect(html).not.toMatch(/(src|href)=["']?https?:/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).toContain('bank/broken &lt;x&gt;');
    expect(html).toContain('class="overdue"');
    expect(html).toContain('<svg');
    expect(ledgerHtml(ledger, { lang: 'zh-CN' })).toContain('移动互联网应用程序台账');
  });

  it('is deterministic', () => {
    expect(ledgerHtml(sampleLedger(), { lang: 'en' })).toBe(ledgerHtml(ledger, { lang: 'en' }));
    expect(ledgerCsv(sampleLedger(), { lang: 'en' })).toBe(ledgerCsv(ledger, { lang: 'en' }));
  });
});
