// The `links` detector: every http/https/ws/wss URL in the app's sources, resources and config.
// Test code and comments are marked, not dropped silently: test URLs are counted, comment URLs
// are kept with `inComment: true`. The reading is shared with `secrets` and `android` (scan.ts).
import type { Detector } from '../types.js';
import type { LinksFacts } from './links.js';
import { scanSources } from './scan.js';

export type { LinksFacts, UrlFact } from './links.js';
export { MAX_FILE_BYTES, MAX_LINE, MAX_URLS, SCANNED } from './links.js';

export const detectLinks: Detector<LinksFacts> = ({ repo, appDir, scope }) => {
  const scan = scanSources(repo, appDir, scope);
  return { facts: scan.links, diagnostics: [...scan.linkDiagnostics] };
};
