// `mobile-policy disclose`: the two lists and the store forms of one app, from its manifest,
// its build's inventory and the SDK catalogue. Formats are pure functions of that data.
import { loadCatalog } from '../catalog/index.js';
import type { Diagnostic, Lang } from '../core/types.js';
import { detectSdks } from '../detectors/sdks/index.js';
import { loadManifest } from '../manifest/load.js';
import type { ManifestData } from '../manifest/types.js';
import type { RepoFiles } from '../repo/files.js';
import { registerScope, resolveScope, scopeRequest } from '../scope/index.js';
import { appStorePrivacyJson } from './app-store-json.js';
import { buildDisclosure } from './build.js';
import { disclosureHtml } from './html.js';
import { disclosureMarkdown } from './markdown.js';
import { playDataSafetyCsv } from './play-csv.js';
import type { Disclosure, Question } from './types.js';

export type { Disclosure, Question } from './types.js';
export { buildDisclosure } from './build.js';

export const DISCLOSE_FORMATS = ['html', 'markdown', 'json', 'play-csv', 'app-store-json'] as const;
export type DiscloseFormat = (typeof DISCLOSE_FORMATS)[number];

export interface AppDisclosure {
  manifest: string;
  data: ManifestData;
  disclosure: Disclosure;
  /** Build files that could not be read: the inventory (and so the list of shipped SDKs) may be incomplete. */
  diagnostics: Diagnostic[];
}

/** Reads one app: its manifest, the SDKs its build ships, the catalogue. Undefined data when the manifest does not parse. */
export function discloseApp(repo: RepoFiles, manifestFile: string): AppDisclosure | { manifest: string; diagnostics: Diagnostic[]; data?: undefined } {
  const manifest = loadManifest(repo, manifestFile);
  if (!manifest.data) return { manifest: manifestFile, diagnostics: manifest.diagnostics };
  const { scope, diagnostics: scopeDiagnostics } = resolveScope(repo, scopeRequest(manifest));
  registerScope(repo, scope);
  const { facts, diagnostics } = detectSdks({ repo, appDir: scope.dir, scope });
  const disclosure = buildDisclosure({ manifest: manifest.data, sdkFacts: facts, catalog: loadCatalog() });
  return { manifest: manifestFile, data: manifest.data, disclosure, diagnostics: [...scopeDiagnostics, ...diagnostics].filter((d) => d.severity === 'error') };
}

export interface Rendered {
  text: string;
  /** Everything the document leaves open: the lists' questions plus the store form's own. */
  questions: Question[];
}

export function renderDisclosure(app: AppDisclosure, format: DiscloseFormat, lang: Lang): Rendered {
  const d = app.disclosure;
  switch (format) {
    case 'html': return { text: disclosureHtml(d, lang), questions: d.questions };
    case 'markdown': return { text: disclosureMarkdown(d, lang), questions: d.questions };
    case 'json': return { text: `${JSON.stringify({ apiVersion: 'mobile-policy/disclosure-v1', manifest: app.manifest, ...d }, null, 2)}\n`, questions: d.questions };
    case 'play-csv': {
      const f = playDataSafetyCsv(d, app.data);
      return { text: f.text, questions: [...d.questions, ...f.questions] };
    }
    case 'app-store-json': {
      const f = appStorePrivacyJson(d, app.data);
      return { text: f.text, questions: [...d.questions, ...f.questions] };
    }
  }
}
