import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DiskRepo } from '../../../src/repo/files.js';
import { detectSdks } from '../../../src/detectors/sdks/index.js';
import { purlIdentity } from '../../../src/inventory/build.js';
import type { Component } from '../../../src/detectors/sdks/types.js';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/sdks');

export function detectFixture(name: string, appDir = '') {
  return detectSdks({ repo: new DiskRepo(path.join(FIXTURES, name)), appDir });
}

/** The component with this purl-without-version prefix (`pkg:maven/g/a`), or a thrown error listing what exists. */
export function find(components: Component[], id: string): Component {
  const hits = components.filter((c) => c.purl === id || purlIdentity(c.purl) === id);
  if (hits.length !== 1) throw new Error(`${hits.length} components match ${id}: ${components.map((c) => c.purl).join(', ')}`);
  return hits[0]!;
}
