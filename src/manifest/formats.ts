// The formats the manifest schema names (`format: date`, `duration`, `email`, `link`, `https-url`).
// Kept apart from validate.ts so the build-time ajv standalone code can import them without
// the rest of the validator (see docs/decisions/0007-build-time-precompilation.md).

export const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A real calendar date written `YYYY-MM-DD` (2025-02-29 is refused). */
export function isDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] ?? 0;
  return d <= days;
}

const DURATION_RE = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
/** ISO 8601 duration (`P5Y`, `P1Y6M`, `PT4H`, `PT15M`, `P2W`). */
export function isDuration(s: string): boolean {
  return DURATION_RE.test(s);
}

const EMAIL_RE = /^[^\s@<>()[\],;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
export function isEmail(s: string): boolean {
  return EMAIL_RE.test(s);
}

export function isHttpsUrl(s: string): boolean {
  if (!/^https:\/\//i.test(s) || /\s/.test(s)) return false;
  try {
    const u = new URL(s);
    return u.protocol === 'https:' && u.hostname.length > 0;
  } catch {
    return false;
  }
}

/** An https URL, or a path inside the repository (relative, `/`-separated, no `..`). */
export function isLink(s: string): boolean {
  if (isHttpsUrl(s)) return true;
  if (!s.trim() || s !== s.trim()) return false;
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(s)) return false; // another scheme (http:, file:, C:)
  if (s.startsWith('/') || s.includes('\\')) return false;
  const path = s.split('#')[0] ?? '';
  return path.length > 0 && !path.split('/').some((seg) => seg === '..');
}

/** The formats as ajv takes them (`ajv.addFormat(name, def)`); the standalone code refers to this object. */
export const MANIFEST_FORMATS = {
  date: { type: 'string', validate: isDate },
  duration: { type: 'string', validate: isDuration },
  email: { type: 'string', validate: isEmail },
  link: { type: 'string', validate: isLink },
  'https-url': { type: 'string', validate: isHttpsUrl },
} as const;
