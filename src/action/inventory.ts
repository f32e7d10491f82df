// SDK inventory of head and base (facts.sdks via the detectors), diffed per app.
import path from 'node:path';
import fs from 'node:fs';
import type { Report } from '../core/report.js';
import { collectFacts } from '../detectors/index.js';
import type { Component } from '../detectors/sdks/types.js';
import { buildInventory, type InventoryEntry, type SdkRef } from '../inventory/index.js';
import { parseManifest } from '../manifest/load.js';
import { readConfinedText, realRoot } from '../repo/confined.js';
import { DEFAULT_MAX_BYTES, DiskRepo } from '../repo/files.js';
import { diffInventory, type InventoryChange } from './inventory-diff.js';
import type { Logger } from './logger.js';

function inventoryOf(root: string, appDir: string): InventoryEntry[] {
  if (!fs.existsSync(path.join(root, appDir))) return [];
  const { facts } = collectFacts({ repo: new DiskRepo(root), appDir }, ['sdks']);
  const sdks = facts.sdks as { components?: Component[] } | undefined;
  if (!sdks?.components) return [];
  return buildInventory(sdks as Parameters<typeof buildInventory>[0], (c) => (c.sdk ? ({ id: c.sdk.id, name: c.sdk.name, vendor: c.sdk.vendor, categories: c.sdk.categories } satisfies SdkRef) : null)).components;
}

export function inventoryChanges(report: Report, headRoot: string, baseRoot: string, log: Logger): { app: string; changes: InventoryChange[] }[] {
  try {
    return report.apps.filter((a) => a.manifest).map((a) => {
      const text = readConfinedText(realRoot(headRoot), path.join(headRoot, a.manifest), DEFAULT_MAX_BYTES);
      const manifest = text === undefined ? undefined : parseManifest(a.manifest, text).data;
      return { app: a.manifest, changes: diffInventory(inventoryOf(baseRoot, a.appDir), inventoryOf(headRoot, a.appDir), manifest) };
    });
  } catch (e) {
    log.warning(`mobile-policy: SDK inventory diff skipped: ${(e as Error).message}`);
    return [];
  }
}
