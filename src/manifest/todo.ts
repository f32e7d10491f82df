// `TODO` placeholders (written by `mobile-policy init`): where they are, and whether a manifest
// path is unfilled. One unfilled value is one `manifest/todo` finding; the schema error on the
// placeholder and the rule findings located at it are left out (see validate.ts, engine/evaluate.ts).

/** A value `init` wrote and nobody filled in yet: `TODO`, `TODO: ask the DPO`. */
export function isTodo(value: unknown): boolean {
  return typeof value === 'string' && /^TODO\b/.test(value);
}

function unescape(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function child(value: unknown, key: string): unknown {
  if (Array.isArray(value)) return /^\d+$/.test(key) ? value[Number(key)] : undefined;
  if (value && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, key)) return (value as Record<string, unknown>)[key];
  return undefined;
}

/** A TODO placeholder, or a list or mapping holding one (at any depth). */
export function holdsTodo(value: unknown): boolean {
  if (isTodo(value)) return true;
  if (Array.isArray(value)) return value.some(holdsTodo);
  if (value && typeof value === 'object') return Object.values(value).some(holdsTodo);
  return false;
}

/**
 * Whether the manifest value at a JSON pointer is unfilled: a TODO placeholder, inside one
 * (`compliance: TODO` for `/compliance/lastAudit`), or a list or mapping still holding one
 * (`securityAssessment: { date: TODO, ... }`). The root ('') never is: a rule located there is
 * about the whole manifest.
 */
export function isTodoAt(data: unknown, pointer: string): boolean {
  if (!pointer) return false;
  let cur = data;
  for (const seg of pointer.slice(1).split('/')) {
    cur = child(cur, unescape(seg));
    if (cur === undefined) return false;
    if (isTodo(cur)) return true;
  }
  return holdsTodo(cur);
}
