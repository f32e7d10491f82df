// Issue 17, part 3: repository content (file names, manifest values, messages quoting them)
// reaches every output sink encoded for it. Text: no control character acts, no line a CI
// runner would run as a workflow command. JUnit: well-formed XML 1.0. JSON/SARIF: the same
// strings back. Markdown (report, evidence, PR comment, job summary): no HTML, image, link,
// mention or forged line; the tool's own `<br>` renders.
import fs from 'node:fs';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderComment, renderSummary, type EdgeResult } from '../../src/action/summary.js';
import { runCheck } from '../../src/check.js';
import { escapeCell } from '../../src/reporters/markdown.js';
import { mdCode, mdText } from '../../src/reporters/md-escape.js';
import { terminalText, visible } from '../../src/reporters/plain-text.js';
import {
  APP_NAME, APPROVER, bounded, cli, FORMATS, hostileManifest, INJECTED_NAME, RAW_CONTROL, seeded, tempDir, VENDOR, workflowCommandLines, write,
} from './hostile.js';

let repo: string;
let outside: string;
beforeAll(() => {
  outside = tempDir('outside');
  write(outside, 'target.java', 'class T {}\n');
  repo = tempDir('inject');
  write(repo, 'mobile-app.yaml', hostileManifest());
  // A file name carrying a workflow command, as a link leaving the repository: reported, by name.
  fs.symlinkSync(path.join(outside, 'target.java'), path.join(repo, INJECTED_NAME));
});
afterAll(() => {
  fs.rmSync(repo, { recursive: true, force: true });
  fs.rmSync(outside, { recursive: true, force: true });
});

/** The HTML tags the tool itself writes into Markdown; anything else came from the repository. */
const TOOL_TAGS = new Set(['br', 'sub', 'details', 'summary']);

function expectSafeMarkdown(md: string): void {
  const tags = [...md.matchAll(/<\/?([a-z][a-z0-9]*)/gi)].map((m) => m[1]!.toLowerCase());
  expect(tags.filter((t) => !TOOL_TAGS.has(t))).toEqual([]);
  expect(md).not.toContain('&lt;br>');
  expect(md).not.toMatch(/(?<!\\)!(?<!\\)\[/); // no image
  expect(md).not.toMatch(/(?<!\\)\]\(/); // no inline link (an escaped `\]` is text)
  expect(md).not.toMatch(/https?:\/\/evil/); // no autolink to a host the tool did not choose
  expect(md).not.toMatch(/\bwww\.evil/);
  expect(md).not.toContain('@security-team'); // no mention
  const lines = md.split('\n');
  expect(lines.filter((l) => /^\s*#/.test(l) && /Approved/.test(l))).toEqual([]);
  expect(lines.filter((l) => /^\s*[-*] \[x\]/i.test(l))).toEqual([]);
  expect(md).not.toContain('\r');
  expect(md).not.toMatch(RAW_CONTROL);
}

describe.skipIf(process.platform === 'win32')('check outputs of a hostile repository', () => {
  for (const stage of ['pr', 'release'] as const) {
    it.each(FORMATS)(`--stage ${stage} --format %s: bounded, located, nothing injected`, (format) => {
      const r = cli(['check', repo, '--stage', stage, '--format', format]);
      expect(bounded(r)).toBe(true);
      for (const out of [r.stdout, r.stderr]) {
        expect(workflowCommandLines(out)).toEqual([]);
        expect(out).not.toMatch(RAW_CONTROL);
        expect(out).not.toMatch(/\r(?!\n)/);
      }
      // The link with the hostile name is reported (located), whatever the format shows of it.
      expect(r.stdout).toContain('INJ.java');
      if (format === 'text') {
        expect(r.stdout).toContain('a\\n::error file=INJ.java,line=1::INJECTED\\n.java');
        expect(r.stdout).toContain('Bank\\e[2J');
      }
      if (format === 'json' || format === 'sarif') {
        // The same strings once parsed: escaping is for the sink, not a change of data.
        const text = JSON.stringify(JSON.parse(r.stdout));
        expect(text).toContain(JSON.stringify(INJECTED_NAME).slice(1, -1));
        expect(text).toContain('##[error]V1INJECTED');
      }
      if (format === 'junit') {
        const errors: string[] = [];
        const parser = new SaxesParser();
        parser.on('error', (e) => { errors.push(e.message); });
        parser.write(r.stdout).close();
        expect(errors).toEqual([]);
      }
      if (format === 'markdown') expectSafeMarkdown(r.stdout);
      if (format === 'html') {
        expect(r.stdout).not.toMatch(/<script>alert|<img src=x|<iframe src="https:\/\/evil/);
      }
    });
  }

  it('the PR comment and the job summary: no HTML, images, links, mentions or forged lines; <br> renders', () => {
    const report = runCheck({ dir: repo, stage: 'pr', now: new Date('2026-11-28') });
    expect(report.apps[0]!.findings.some((f) => f.waived && f.waiver?.approvedBy?.name === APPROVER)).toBe(true);
    const edge: EdgeResult = {
      report, inventory: [], notices: [], failOn: 'error', onlyNew: false, failed: 1,
      pending: [{ app: APP_NAME, rule: 'nfra/outsourcing-contract', reason: APPROVER, expires: '2027-04-30', scope: VENDOR }],
    };
    for (const lang of ['en', 'zh-CN'] as const) {
      expectSafeMarkdown(renderSummary(edge, lang));
      expectSafeMarkdown(renderComment(edge, lang, '<!-- mobile-policy -->'));
    }
    expect(escapeCell('first line\nsecond <b>line</b>')).toBe('first line<br>second &lt;b&gt;line&lt;/b&gt;');
  });
});

describe('encoders hold on seeded random input', () => {
  // Fragments attackers use, mixed with ordinary text.
  const PIECES = ['\n', '\r', '\r\n', '\u001b[31m', '\u001b]0;t\u0007', '\u009b', '\u0000', '\u2028', '\u202e', '::', '::error::x', '##[', '@', 'admin',
    '<', '>', '&', '<br>', '<script>', '![a](', '](', 'javascript:', '://', 'www.', '#', '- [x] ', '`', '``', '|', '\\', ' ', 'text', '中文', '\t'];
  const random = seeded(2024);
  const sample = () => Array.from({ length: 1 + Math.floor(random() * 12) }, () => PIECES[Math.floor(random() * PIECES.length)]!).join('');
  const cases = Array.from({ length: 3000 }, sample);

  it('visible: one line, no control character', () => {
    for (const s of cases) {
      const v = visible(s);
      expect(v).not.toMatch(/[\n\r\u2028\u202e]/);
      expect(v).not.toMatch(RAW_CONTROL);
    }
  });

  it('terminalText: no workflow command line, whatever the lines', () => {
    for (const s of cases) expect(workflowCommandLines(terminalText(s))).toEqual([]);
  });

  it('mdText and mdCode: no HTML, link, image, mention or line break', () => {
    for (const s of cases) {
      for (const md of [mdText(s), mdCode(s)]) {
        expect(md).not.toMatch(/[\n\r]/);
        expect(md).not.toMatch(RAW_CONTROL);
      }
      const t = mdText(s);
      expect(t).not.toMatch(/<|(?<!\\)\]\(|@[\w]|:\/\/|www\./);
      const c = mdCode(s);
      if (c) expect(c).toMatch(/^(`+)[^`]?[\s\S]*\1$/);
    }
  });
});
