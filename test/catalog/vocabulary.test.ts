import fs from 'node:fs';
import { expect, it } from 'vitest';

// An SDK's personal information must be declarable in the manifest with the same ids.
it('the catalogue personal-information ids are all manifest vocabulary', () => {
  const manifest = JSON.parse(fs.readFileSync('schema/mobile-app.schema.json', 'utf8'));
  const catalog = JSON.parse(fs.readFileSync('schema/sdk-catalog.schema.json', 'utf8'));
  const manifestIds = new Set<string>(manifest.$defs.personalInfoType.enum);
  const missing = (catalog.definitions.personalInfo.enum as string[]).filter((id) => !manifestIds.has(id));
  expect(missing).toEqual([]);
  for (const id of manifestIds) expect(manifest.$defs.personalInfoType['x-enum-details'][id]?.['zh-CN'], id).toBeTruthy();
});
