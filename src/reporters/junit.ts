// JUnit XML for CI systems that show test results (GitLab, Jenkins, Azure DevOps): one test
// suite per app, one test case per finding (unwaived → <failure>, waived → <skipped>), and one
// passing case for an app without findings so every suite has a test.
import { formatLocation } from '../core/errors.js';
import { articlesLabel, t } from '../core/messages.js';
import type { Finding, Lang } from '../core/types.js';
import type { Reporter } from './types.js';

export const junitReporter: Reporter = (report, { lang }) => {
  const suites = report.apps.map((app) => {
    const name = app.manifest || t(lang, 'app.unknown');
    const cases = app.findings.length
      ? app.findings.map((f) => testcase(f, lang))
      : [`    <testcase classname="${attr(report.tool.name)}" name="${attr(name)}"/>`];
    const failures = app.findings.filter((f) => !f.waived).length;
    const skipped = app.findings.filter((f) => f.waived).length;
    const tests = Math.max(1, app.findings.length);
    return [
      `  <testsuite name="${attr(name)}" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}" timestamp="${attr(report.now.replace(/\.\d+Z$/, ''))}">`,
      ...cases,
      '  </testsuite>',
    ].join('\n');
  });
  const total = report.apps.reduce((n, a) => n + Math.max(1, a.findings.length), 0);
  const failures = report.apps.reduce((n, a) => n + a.findings.filter((f) => !f.waived).length, 0);
  const skipped = report.summary.waived;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(`${report.tool.name} ${report.tool.version} (${report.stage})`)}" tests="${total}" failures="${failures}" errors="0" skipped="${skipped}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};

function testcase(f: Finding, lang: Lang): string {
  const where = f.location.file ? formatLocation(f.location) : '';
  const name = [where, f.subject].filter(Boolean).join(' ');
  const open = `    <testcase classname="${attr(f.ruleId)}" name="${attr(name || f.ruleId)}"${f.location.file ? ` file="${attr(f.location.file)}"` : ''}>`;
  const message = f.message[lang] || f.message.en;
  const body: string[] = [];
  if (f.waived) {
    const w = f.waiver;
    const why = w ? t(lang, 'waived.by', { expires: w.expires, approver: w.approvedBy?.name ?? '?', reason: w.reason }) : t(lang, 'waived');
    body.push(`      <skipped message="${attr(why)}"/>`);
  } else {
    const detail = [
      `${f.ruleId} [${articlesLabel(lang, f.articles)}]`,
      where ? `${where}` : '',
      message,
      f.remediation ? (f.remediation[lang] || f.remediation.en) : '',
    ].filter(Boolean).join('\n');
    body.push(`      <failure type="${f.severity}" message="${attr(message)}">${text(detail)}</failure>`);
  }
  return [open, ...body, '    </testcase>'].join('\n');
}

/**
 * XML 1.0 forbids most control characters even when escaped, and lone surrogates: shown as
 * escapes (`\e`, `\x07`, `\ud800`) as in the text output, with C1 controls and DEL that
 * terminals act on.
 */
function clean(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (c) => (c === '\u001b' ? '\\e' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/**
 * Escaped element content. A line that would start with `::` and any `##[` get a character
 * reference (the same text to an XML reader) so a CI log printing the file runs no workflow command.
 */
function text(s: string): string {
  return clean(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;')
    .replace(/^([ \t]*):(?=:)/gm, '$1&#58;').replace(/##\[/g, '&#35;#[');
}

function attr(s: string): string {
  return text(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
