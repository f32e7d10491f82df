import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestSchema } from '../../src/manifest/schema.js';

type S = Record<string, unknown>;
const FILE = JSON.parse(readFileSync(new URL('../../schema/mobile-app.schema.json', import.meta.url), 'utf8')) as S;

/** Every subschema with the JSON pointer it lives at. */
function walk(node: unknown, at = '#', out: [string, S][] = []): [string, S][] {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return out;
  const s = node as S;
  out.push([at, s]);
  for (const [k, v] of Object.entries((s.properties ?? {}) as S)) walk(v, `${at}/properties/${k}`, out);
  for (const [k, v] of Object.entries((s.$defs ?? {}) as S)) walk(v, `${at}/$defs/${k}`, out);
  if (s.items) walk(s.items, `${at}/items`, out);
  if (s.additionalProperties && typeof s.additionalProperties === 'object') walk(s.additionalProperties, `${at}/additionalProperties`, out);
  return out;
}

describe('schema/mobile-app.schema.json', () => {
  it('is what the code exports', () => {
    expect(manifestSchema).toEqual(FILE);
    expect(FILE.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('closes every object with a fixed set of fields', () => {
    for (const [at, s] of walk(FILE)) {
      if (s.properties) expect(s.additionalProperties, at).toBe(false);
    }
  });

  it('describes every field in English and Chinese', () => {
    for (const [at, s] of walk(FILE)) {
      if (at.endsWith('/items') && s.$ref) continue; // described by the list and by the $def
      if (at.endsWith('/additionalProperties')) continue;
      expect(typeof s.description, at).toBe('string');
      expect(s['x-description-zh-CN'], at).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('covers every section and field of the manifest outline', () => {
    const props = (p: string) => Object.keys(((walk(FILE).find(([at]) => at === p)?.[1] ?? {}) as S).properties as S ?? {});
    expect(props('#')).toEqual(['apiVersion', 'app', 'ownership', 'filing', 'distribution', 'compatibility', 'accessibility', 'sdks',
      'thirdParties', 'outsourcing', 'dataFlows', 'security', 'privacy', 'compliance', 'continuity', 'testing', 'scope', 'waivers']);
    const outline: Record<string, string[]> = {
      '#/properties/app': ['id', 'name', 'localizedName', 'kinds', 'status', 'audience', 'businessScope', 'regions', 'importantInformationSystem', 'launchedAt', 'monthlyActiveUsers'],
      '#/properties/ownership': ['leadDepartment', 'responsibleDepartment', 'responsiblePerson', 'securityContact'],
      '#/properties/filing': ['appFilingNumber', 'regulatorReport'],
      '#/properties/distribution': ['publishingAccounts', 'signingCertificates', 'minimumSupportedVersion', 'counterfeitMonitoring'],
      '#/properties/compatibility': ['android', 'ios', 'harmonyos', 'lastTest'],
      '#/properties/accessibility': ['elderlyMode', 'minorsProtection'],
      '#/properties/sdks/items': ['id', 'packages', 'vendor', 'purpose', 'personalInfo', 'securityAssessment', 'contract'],
      '#/properties/thirdParties/items': ['name', 'kind', 'contract', 'responsibilities'],
      '#/properties/outsourcing/items': ['vendor', 'services', 'contract', 'dataAccess', 'accessJustification', 'lastAssessment'],
      '#/properties/dataFlows/items': ['name', 'data', 'sensitivity', 'purpose', 'necessary', 'legalBasis', 'recipient', 'crossBorder', 'encryptedInTransit', 'retention', 'permissions'],
      '#/properties/security': ['levelProtection', 'transportEncryption', 'userAuthentication', 'penetrationTest', 'hardening', 'allowedDomains'],
      '#/properties/privacy': ['policyUrl', 'collectedInfoList', 'sharedInfoList', 'complaintChannel'],
      '#/properties/compliance': ['lastComplianceReview', 'lastRiskAssessment', 'lastAudit', 'salesTraceability'],
      '#/properties/continuity': ['businessImpactAnalysis', 'emergencyPlan', 'lastDrill', 'rto', 'rpo'],
      '#/properties/testing': ['lastSecurityTest'],
      '#/$defs/waiver': ['rule', 'scope', 'reason', 'ticket', 'approvedBy', 'expires'],
      '#/$defs/person': ['name', 'email', 'phone'],
      '#/$defs/assessment': ['date', 'result', 'report'],
      '#/$defs/contract': ['reference', 'expires'],
    };
    for (const [at, fields] of Object.entries(outline)) expect(props(at), at).toEqual(expect.arrayContaining(fields));
  });

  it('maps every personal-information type to Apple, Google Play and JR/T 0171', () => {
    const pi = (FILE.$defs as S).personalInfoType as S;
    const details = pi['x-enum-details'] as Record<string, S>;
    expect(Object.keys(details)).toEqual(pi.enum);
    for (const [id, d] of Object.entries(details)) {
      expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
      expect(d.apple, id).toMatch(/^NSPrivacyCollectedDataType[A-Za-z]+$/);
      expect(d.googlePlay, id).toBeTruthy();
      expect(['C1', 'C2', 'C3'], id).toContain(d.jrt0171);
      expect(d['zh-CN'], id).toMatch(/[\u4e00-\u9fff]/);
    }
    for (const c3 of ['password', 'payment-password', 'card-cvn', 'biometric-face']) expect(details[c3]?.jrt0171).toBe('C3');
  });
});

describe('docs/manifest.md', () => {
  const doc = readFileSync(new URL('../../docs/manifest.md', import.meta.url), 'utf8');

  it('documents every field of the schema', () => {
    const missing: string[] = [];
    const visit = (s: S, path: string, seen: Set<string>): void => {
      const ref = typeof s.$ref === 'string' ? s.$ref.split('/').pop()! : undefined;
      if (ref) {
        if (seen.has(ref)) return;
        return visit((FILE.$defs as S)[ref] as S, ['person', 'assessment', 'contract', 'waiver'].includes(ref) ? '' : path, new Set([...seen, ref]));
      }
      for (const [k, v] of Object.entries((s.properties ?? {}) as S)) {
        const p = path ? `${path}.${k}` : k;
        if (!doc.includes(`\`${p}\``)) missing.push(p);
        visit(v as S, p, seen);
      }
      if (s.items) visit(s.items as S, `${path}[]`, seen);
    };
    visit(FILE, '', new Set());
    expect(missing).toEqual([]);
  });

  it('lists every diagnostic code', () => {
    for (const code of ['missing', 'unreadable', 'parse', 'duplicate-key', 'empty', 'not-mapping', 'multiple-documents', 'api-version',
      'alias-limit', 'unknown-key', 'schema', 'ambiguous']) {
      expect(doc).toContain(`\`manifest/${code}\``);
    }
  });
});
