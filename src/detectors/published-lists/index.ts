// The `publishedLists` detector: the two lists as committed in the repository, found through
// privacy.collectedInfoList / privacy.sharedInfoList when they are repository paths (resolved
// from the manifest's folder, then from the repository root). For the sharing list it records
// which SDKs the text names, on which line, and whether that SDK's entry links a privacy policy,
// plus one `expected` entry per declared SDK; rules compare both with the build (facts.sdks).
import { loadCatalog } from '../../catalog/index.js';
import type { Diagnostic, Location } from '../../core/types.js';
import { isHttpsUrl } from '../../manifest/formats.js';
import type { Detector } from '../types.js';
import { namesIn, sdkNames } from './names.js';
import { urlsIn, visibleText } from './text.js';

export interface ListedSdk {
  /** Manifest sdks[].id when declared, else the catalogue id. */
  sdk: string;
  catalogueId: string | null;
  /** Declared in the manifest's sdks. */
  declared: boolean;
  /** sdks[].packages of the declared SDK ([] when not declared). */
  packages: string[];
  /** The text that named it, first time. */
  text: string;
  file: string;
  line: number;
  location: Location;
  /** The first http(s) link of the SDK's entry (its lines up to the next SDK named), or null. */
  policyLink: string | null;
}

export interface ExpectedSdk {
  sdk: string;
  catalogueId: string | null;
  packages: string[];
  /** Named somewhere in the list. */
  named: boolean;
  /** Declared personalInfo is an empty list: nothing is shared, the list need not name it. */
  sharesNothing: boolean;
  file: string;
  location: Location;
}

export interface PublishedListFile {
  /** `collectedInfoList` or `sharedInfoList`. */
  field: string;
  /** As written in the manifest. */
  path: string;
  /** The repository file, when found. */
  file: string | null;
  found: boolean;
}

export interface PublishedListFacts {
  files: PublishedListFile[];
  /** SDKs named by the sharing lists. */
  listed: ListedSdk[];
  /** Declared SDKs, once per sharing list. */
  expected: ExpectedSdk[];
}

interface DeclaredSdk { id?: unknown; name?: unknown; vendor?: unknown; packages?: unknown; personalInfo?: unknown }

const FIELDS = ['collectedInfoList', 'sharedInfoList'] as const;

export const detectPublishedLists: Detector<PublishedListFacts> = ({ repo, manifest }) => {
  const facts: PublishedListFacts = { files: [], listed: [], expected: [] };
  const diagnostics: Diagnostic[] = [];
  const data = manifest?.data;
  if (!data) return { facts, diagnostics };
  const privacy = (data.privacy ?? {}) as Record<string, unknown>;
  const manifestDir = manifest.file.includes('/') ? manifest.file.slice(0, manifest.file.lastIndexOf('/')) : '';
  const declared = (Array.isArray(data.sdks) ? data.sdks as DeclaredSdk[] : [])
    .filter((s): s is DeclaredSdk & { id: string } => typeof s?.id === 'string' && s.id.length > 0);
  let names: ReturnType<typeof sdkNames> | undefined;

  for (const field of FIELDS) {
    const given = privacy[field];
    if (typeof given !== 'string' || !given.trim() || isHttpsUrl(given) || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(given) || given.trim() === 'TODO') continue;
    const rel = given.split('#')[0]!.replace(/^\.\//, '');
    const candidates = [manifestDir ? `${manifestDir}/${rel}` : rel, rel];
    const file = candidates.find((f) => repo.has(f)) ?? null;
    facts.files.push({ field, path: given, file, found: !!file });
    if (!file || field !== 'sharedInfoList') continue;
    const read = repo.readText(file);
    if (!read.ok) {
      diagnostics.push(read.diagnostic);
      continue;
    }
    names ??= sdkNames(loadCatalog(), declared.map((s) => ({ id: s.id, ...(typeof s.name === 'string' ? { name: s.name } : {}) })));
    const html = /\.(x?html?|htm)$/i.test(file) || /^\s*<(!doctype|html|table|div|p)\b/i.test(read.text);
    const raw = read.text.replace(/\r\n?/g, '\n');
    const rawLines = raw.split('\n');
    // URLs are links, not names: "alipay" in https://opendocs.alipay.com names no SDK.
    const lines = visibleText(raw, html).split('\n').map((l) => l.replace(/https?:\/\/[^\s"'<>()（）\]]+/gi, (u) => ' '.repeat(u.length)));
    // First line naming each SDK, in the order the list names them.
    const firsts: { sdk: string; catalogueId: string | null; text: string; line: number; column: number }[] = [];
    lines.forEach((text, i) => {
      for (const hit of namesIn(text, names!)) {
        if (firsts.some((f) => f.sdk === hit.sdk.id)) continue;
        firsts.push({ sdk: hit.sdk.id, catalogueId: hit.sdk.catalogueId ?? null, text: text.slice(hit.index, hit.index + hit.length), line: i + 1, column: hit.index + 1 });
      }
    });
    // An entry runs from its SDK's first line to the line before the next SDK's first line.
    const starts = [...new Set(firsts.map((f) => f.line))].sort((a, b) => a - b);
    for (const f of firsts) {
      const next = starts.find((l) => l > f.line) ?? rawLines.length + 1;
      const links = rawLines.slice(f.line - 1, next - 1).flatMap(urlsIn);
      const decl = declared.find((s) => s.id === f.sdk);
      facts.listed.push({
        sdk: f.sdk, catalogueId: f.catalogueId, declared: !!decl,
        packages: Array.isArray(decl?.packages) ? (decl.packages as unknown[]).filter((p): p is string => typeof p === 'string') : [],
        text: f.text, file, line: f.line, location: { file, line: f.line, column: f.column }, policyLink: links[0] ?? null,
      });
    }
    // Missing SDKs are reported at the list's heading: its first line that names the list.
    const heading = lines.findIndex((l) => /第三方|共享|SDK|third[- ]party|shar/i.test(l));
    const anchor: Location = { file, line: heading >= 0 ? heading + 1 : 1 };
    const vendorOf = (s: DeclaredSdk & { id: string }): string[] => {
      const entry = loadCatalog().byId.get(s.id);
      return [entry?.vendor['zh-CN'], entry?.vendor.en, typeof s.vendor === 'string' ? s.vendor : undefined]
        .filter((v): v is string => !!v).map((v) => v.replace(/\s*[（(].*$/, '').trim()).filter((v) => v.length >= 2);
    };
    for (const s of declared) {
      const entry = loadCatalog().byId.get(s.id);
      facts.expected.push({
        sdk: s.id, catalogueId: entry?.id ?? null,
        packages: Array.isArray(s.packages) ? (s.packages as unknown[]).filter((p): p is string => typeof p === 'string') : [],
        named: firsts.some((f) => f.sdk === s.id) || namedByVendor(s, declared, vendorOf, lines),
        sharesNothing: Array.isArray(s.personalInfo) && s.personalInfo.length === 0 &&
          !(Array.isArray(data.dataFlows) && (data.dataFlows as { recipient?: unknown }[]).some((f) => f?.recipient === `sdk:${s.id}`)),
        file, location: anchor,
      });
    }
  }
  return { facts, diagnostics };
};

/**
 * A list that writes an SDK in its own words ("魅族通道SDK") still names its provider: a vendor
 * that no other declared SDK shares, written in the list, counts as naming that SDK. Used only to
 * decide that a declared SDK is not missing; it places no entry.
 */
function namedByVendor<T extends { id: string }>(sdk: T, declared: readonly T[], vendorOf: (s: T) => string[], lines: readonly string[]): boolean {
  const others = new Set(declared.filter((d) => d.id !== sdk.id).flatMap((d) => vendorOf(d).map((v) => v.toLowerCase())));
  const own = vendorOf(sdk).filter((v) => !others.has(v.toLowerCase()));
  return own.some((v) => {
    const re = /^[A-Za-z0-9]/.test(v)
      ? new RegExp(`(?<![A-Za-z0-9])${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9])`, 'i')
      : null;
    return lines.some((l) => (re ? re.test(l) : l.includes(v)));
  });
}
