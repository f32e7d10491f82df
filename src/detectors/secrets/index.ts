// The `secrets` detector: committed signing material (by file type, confirmed by its first bytes),
// credentials by their shape (well-known token formats) and by strength (a credential-like value
// assigned to a credential-like name). Facts never hold a secret: only its kind and a
// redacted preview. Text files are read once, in the scan shared with `links` (links/scan.ts).
import type { Detector } from '../types.js';
import { appFiles, basename, isTestPath } from '../android/util.js';
import { scanSources } from '../links/scan.js';
import { holdsMaterial, materialKind } from './material.js';
import { addFinding, isFirebaseConfig, type SecretFact, type SecretsAccumulator } from './text.js';

export type { SecretFact, SecretKind } from './text.js';

export interface SecretsFacts {
  findings: SecretFact[];
  counts: { filesScanned: number; signingMaterial: number; credentials: number; credentialsInTests: number };
}

export const detectSecrets: Detector<SecretsFacts> = ({ repo, appDir }) => {
  const acc: SecretsAccumulator = { findings: [], credentialsInTests: 0 };
  for (const file of appFiles(repo, appDir)) {
    const name = basename(file);
    const material = materialKind(name);
    if (material) {
      if (!holdsMaterial(repo, file, material)) continue; // an empty or placeholder file: no key in it
      addFinding(acc, { kind: material, category: 'signing-material', file, preview: material, debug: /^debug\.(?:keystore|jks)$/i.test(name) }, isTestPath(file));
    } else if (isFirebaseConfig(name)) {
      addFinding(acc, { kind: 'firebase-config', category: 'config', file, preview: name }, isTestPath(file));
    }
  }
  const scan = scanSources(repo, appDir).secrets;
  const findings = [...acc.findings, ...scan.findings];
  findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)));
  return {
    facts: {
      findings,
      counts: {
        filesScanned: scan.filesScanned,
        signingMaterial: findings.filter((f) => f.category === 'signing-material').length,
        credentials: findings.filter((f) => f.category === 'credential').length,
        credentialsInTests: acc.credentialsInTests + scan.credentialsInTests,
      },
    },
    diagnostics: [],
  };
};
