// CycloneDX 1.6 JSON from the inventory, built and serialised with @cyclonedx/cyclonedx-library.
// The serial number is derived from the content, so the same inventory gives the same bytes
// (pass `timestamp` to record when it was made).
import { createHash } from 'node:crypto';
import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import * as Models from '@cyclonedx/cyclonedx-library/Models';
import * as Serialize from '@cyclonedx/cyclonedx-library/Serialize';
import * as Spec from '@cyclonedx/cyclonedx-library/Spec';
import type { Inventory } from './types.js';

export interface CycloneDxMeta {
  /** The application the inventory describes. */
  appName: string;
  appVersion?: string;
  toolName?: string;
  toolVersion?: string;
  /** ISO date-time; omitted from the document when absent (keeps output reproducible). */
  timestamp?: string;
  /** '1.5' or '1.6' (default). */
  specVersion?: '1.5' | '1.6';
}

export const PROPERTY_PREFIX = 'mobile-policy';

export function toCycloneDx(inv: Inventory, meta: CycloneDxMeta): string {
  const bom = new Models.Bom();
  const app = new Models.Component(Enums.ComponentType.Application, meta.appName, {
    bomRef: `app:${meta.appName}`, ...(meta.appVersion ? { version: meta.appVersion } : {}),
  });
  bom.metadata.component = app;
  if (meta.timestamp) bom.metadata.timestamp = new Date(meta.timestamp);
  if (meta.toolName) {
    bom.metadata.tools.components.add(new Models.Component(Enums.ComponentType.Application, meta.toolName, {
      bomRef: `tool:${meta.toolName}`, ...(meta.toolVersion ? { version: meta.toolVersion } : {}),
    }));
  }
  const seen = new Set<string>();
  for (const c of inv.components) {
    let ref = c.purl;
    for (let n = 2; seen.has(ref); n++) ref = `${c.purl}#${n}`;
    seen.add(ref);
    const props: Models.Property[] = [
      new Models.Property(`${PROPERTY_PREFIX}:ecosystem`, c.ecosystem),
      new Models.Property(`${PROPERTY_PREFIX}:direct`, String(c.direct)),
      new Models.Property(`${PROPERTY_PREFIX}:scope`, c.scope),
      ...(c.abis ?? []).map((abi) => new Models.Property(`${PROPERTY_PREFIX}:abi`, abi)),
      ...c.locations.map((l) => new Models.Property(`${PROPERTY_PREFIX}:location`, l.line ? `${l.file}:${l.line}` : l.file)),
    ];
    if (c.sdk) {
      props.push(
        new Models.Property(`${PROPERTY_PREFIX}:sdk:id`, c.sdk.id),
        new Models.Property(`${PROPERTY_PREFIX}:sdk:name`, c.sdk.name),
        new Models.Property(`${PROPERTY_PREFIX}:sdk:vendor`, c.sdk.vendor),
        ...c.sdk.categories.map((cat) => new Models.Property(`${PROPERTY_PREFIX}:sdk:category`, cat)),
      );
    }
    for (const b of c.sdk?.bundles ?? []) props.push(new Models.Property(`${PROPERTY_PREFIX}:sdk:bundled`, b.id));
    const comp = new Models.Component(Enums.ComponentType.Library, c.name, {
      bomRef: ref,
      purl: c.purl as never,
      ...(c.version !== 'unresolved' ? { version: c.version } : {}),
      // CycloneDX `required` = in the runtime of the app; test, dev, build and debug-only
      // components are `excluded` (debug builds are not shipped; the exact scope is a property).
      scope: c.scope === 'runtime' ? Enums.ComponentScope.Required : Enums.ComponentScope.Excluded,
      properties: new Models.PropertyRepository(props),
    });
    if (c.sdk?.vendor) comp.publisher = c.sdk.vendor;
    bom.components.add(comp);
    app.dependencies.add(comp.bomRef);
  }
  const spec = meta.specVersion === '1.5' ? Spec.Spec1dot5 : Spec.Spec1dot6;
  const serializer = new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(spec));
  const digest = createHash('sha256').update(JSON.stringify(inv)).update(meta.appName).digest('hex');
  bom.serialNumber = `urn:uuid:${digest.slice(0, 8)}-${digest.slice(8, 12)}-5${digest.slice(13, 16)}-${(8 + (parseInt(digest[16]!, 16) & 3)).toString(16)}${digest.slice(17, 20)}-${digest.slice(20, 32)}`;
  return serializer.serialize(bom, { sortLists: true, space: 2 }) + '\n';
}
