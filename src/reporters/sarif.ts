// SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif) and other SARIF
// consumers: one rule per rule id met, one result per finding, waived findings as suppressions.
import { articlesLabel, t } from '../core/messages.js';
import type { Report } from '../core/report.js';
import type { Finding, Lang, Location, Severity } from '../core/types.js';
import type { ReporterOptions } from './types.js';
import { ITEMS, jsonChunks } from './json-chunks.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Key of our fingerprint in `partialFingerprints` (versioned: change it if fingerprints change). */
export const FINGERPRINT_KEY = 'mobilePolicy/v1';

/** GitHub maps security-severity to critical (≥9), high (≥7), medium (≥4) and low. */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.0', note: '2.0' };

export interface SarifOptions extends ReporterOptions {
  /** Prepended to every file path, so URIs are relative to the repository root (the Action's `path`). */
  uriPrefix?: string;
}

export function sarifReporter(report: Report, options: SarifOptions): string {
  return [...sarifChunks(report, options)].join('');
}

/** The SARIF log in chunks, one per result (src/cli writes them as they come). */
export function sarifChunks(report: Report, options: SarifOptions): Generator<string> {
  const results: Iterable<object>[] = [];
  const log = sarifLog(report, options, (all) => {
    results.push(all);
    return ITEMS;
  });
  return jsonChunks(log, results[0]!);
}

export function toSarif(report: Report, options: SarifOptions): object {
  return sarifLog(report, options, (all) => [...all]);
}

/** The log, its results made by `place` (an array, or the streaming placeholder). */
function sarifLog(report: Report, { lang, uriPrefix = '' }: SarifOptions, place: (results: Iterable<object>) => unknown): object {
  const findings = report.apps.flatMap((a) => a.findings);
  const byRule = new Map<string, Finding>();
  for (const f of findings) if (!byRule.has(f.ruleId)) byRule.set(f.ruleId, f);
  const ids = [...byRule.keys()].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const prefix = uriPrefix.replace(/\\/g, '/').replace(/^\.\/?/, '').replace(/\/+$/, '');
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            rules: ids.map((id) => rule(byRule.get(id)!, lang)),
          },
        },
        results: place(lazyMap(findings, (f) => result(f, index.get(f.ruleId)!, lang, prefix))),
        // A run stopped at its time limit (--timeout) did not succeed: its results are partial.
        ...(report.timedOut ? { invocations: [{ executionSuccessful: false }] } : {}),
        properties: { stage: report.stage, packs: report.packs.map((p) => `${p.name}@${p.version}`) },
      },
    ],
  };
}

function* lazyMap<T, U>(list: readonly T[], fn: (x: T) => U): Generator<U> {
  for (const x of list) yield fn(x);
}

function rule(f: Finding, lang: Lang): object {
  const title = f.title[lang] || f.title.en;
  const arts = articlesLabel(lang, f.articles);
  const remediation = f.remediation ? f.remediation[lang] || f.remediation.en : '';
  const help = [title + (arts ? ` (${arts})` : ''), remediation].filter(Boolean).join('\n\n');
  return {
    id: f.ruleId,
    name: ruleName(f.ruleId),
    shortDescription: { text: title },
    fullDescription: { text: arts ? `${title}. ${circular(lang)} ${arts}.` : `${title}.` },
    help: { text: help, markdown: `**${title}**${arts ? ` (${arts})` : ''}${remediation ? `\n\n${remediation}` : ''}` },
    defaultConfiguration: { level: f.severity },
    properties: {
      tags: ['compliance', 'nfra-2024-99', ...f.articles.map((a) => `article-${a}`)],
      'security-severity': SECURITY_SEVERITY[f.severity],
      precision: 'high',
    },
  };
}

function result(f: Finding, ruleIndex: number, lang: Lang, prefix: string): object {
  const out: Record<string, unknown> = {
    ruleId: f.ruleId,
    ruleIndex,
    level: f.severity,
    message: { text: f.message[lang] || f.message.en },
  };
  if (f.location.file) {
    out.locations = [{ physicalLocation: physical(f.location, prefix) }];
    // The other occurrences of a grouped finding (one host, many links).
    if (f.related?.length) out.relatedLocations = f.related.map((l, i) => ({ id: i + 1, physicalLocation: physical(l, prefix) }));
  }
  out.partialFingerprints = { [FINGERPRINT_KEY]: f.fingerprint };
  if (f.waived) {
    const w = f.waiver;
    const justification = w
      ? t(lang, 'waived.by', { expires: w.expires, approver: w.approvedBy?.name ?? '?', reason: w.reason }) + (w.ticket ? ` [${w.ticket}]` : '')
      : t(lang, 'waived');
    out.suppressions = [{ kind: 'external', status: 'accepted', justification }];
  }
  out.properties = { articles: f.articles, subject: f.subject, ...(f.app ? { app: f.app } : {}), ...(f.occurrences !== undefined ? { occurrences: f.occurrences } : {}), ...(f.omitted !== undefined ? { omitted: f.omitted } : {}) };
  return out;
}

function physical(l: Location, prefix: string): object {
  const region: Record<string, number> = {};
  if (l.line) {
    region.startLine = l.line;
    if (l.column) region.startColumn = l.column;
    if (l.endLine && l.endLine >= l.line) region.endLine = l.endLine;
    if (l.endColumn && region.endLine) region.endColumn = l.endColumn;
  }
  return {
    artifactLocation: { uri: encodeUri(prefix ? `${prefix}/${l.file}` : l.file), uriBaseId: '%SRCROOT%' },
    ...(Object.keys(region).length ? { region } : {}),
  };
}

/** `nfra/sdk-declared` → `NfraSdkDeclared` (SARIF `name` is an identifier-like label). */
function ruleName(id: string): string {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((p) => p[0]!.toUpperCase() + p.slice(1)).join('');
}

function circular(lang: Lang): string {
  return lang === 'zh-CN' ? '金办发〔2024〕99号' : 'NFRA circular Jin Ban Fa [2024] No. 99,';
}

/** Relative URI reference: keep `/`, escape what RFC 3986 does not allow in a path. */
function encodeUri(file: string): string {
  return file.split('/').map((s) => encodeURIComponent(s)).join('/');
}
