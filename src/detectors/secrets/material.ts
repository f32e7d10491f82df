// Signing material is found by file name, then confirmed by its first bytes: an empty file or a
// few lines of text saying "placeholder" (kept so a build script finds the path) holds no key.
import { Buffer } from 'node:buffer';
import type { RepoFiles } from '../../repo/files.js';
import type { SecretKind } from './text.js';

export const MATERIAL: [RegExp, SecretKind][] = [
  [/\.(?:jks|keystore|bks)$/i, 'keystore'],
  [/\.(?:p12|pfx)$/i, 'pkcs12'],
  [/\.(?:mobileprovision|provisionprofile)$/i, 'provisioning-profile'],
  [/^AuthKey_\w+\.p8$/i, 'apple-auth-key'],
];
/** The extension (lower case) of every name MATERIAL matches: only names with one are tested (this runs on every path). */
const MATERIAL_EXTS = new Set(['jks', 'keystore', 'bks', 'p12', 'pfx', 'mobileprovision', 'provisionprofile', 'p8']);

/** The kind of signing material a file name says it holds, if any (`ext`: its extension in lower case, when known). */
export function materialKind(name: string, ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase()): SecretKind | undefined {
  if (!MATERIAL_EXTS.has(ext)) return undefined;
  return MATERIAL.find(([re]) => re.test(name))?.[1];
}

/** Files at least this large are taken as real without looking (no placeholder is this long). */
const PLACEHOLDER_MAX = 1024;

/** Does this signing-material file hold key material (not an empty or placeholder file)? */
export function holdsMaterial(repo: RepoFiles, file: string, kind: SecretKind): boolean {
  let size: number;
  try {
    size = repo.size(file);
  } catch {
    return true; // listed but not statable: report it, to be safe
  }
  if (size === 0) return false;
  if (size >= PLACEHOLDER_MAX) return true;
  const r = repo.readBytes(file, PLACEHOLDER_MAX);
  if (!r.ok) return true;
  return !isPlaceholder(r.bytes, kind);
}

/**
 * A short text file with no key in it. Binary content (a JKS `FEEDFEED`, JCEKS `CECECECE` or
 * DER `30 8x` header, any NUL byte), a PEM block or a Git LFS pointer (the key is in LFS) is material.
 */
export function isPlaceholder(bytes: Uint8Array, kind: SecretKind): boolean {
  if (bytes.length === 0) return true;
  const b0 = bytes[0]!;
  if (bytes.length >= 4 && ((b0 === 0xfe && bytes[1] === 0xed) || (b0 === 0xce && bytes[1] === 0xce))) return false;
  if (b0 === 0x30 && bytes.length > 1 && (bytes[1]! & 0x80) !== 0) return false;
  for (const b of bytes) if (b < 0x09 || (b > 0x0d && b < 0x20)) return false; // control bytes: binary, not a note
  const text = Buffer.from(bytes).toString('latin1');
  if (/-----BEGIN|^version https:\/\/git-lfs/m.test(text)) return false;
  // An Apple .p8 key is PEM; anything else in one is not a key. Base64 without a header could be one.
  if (kind !== 'apple-auth-key' && /[A-Za-z0-9+/]{100,}/.test(text)) return false;
  return true;
}
