// Reads the paths tracked in a checkout's `.git/index` without running git (whose config
// could execute commands). Tracked files count even when a .gitignore would hide them
// (e.g. `*.xcodeproj` with a committed project.pbxproj).
// Format: https://git-scm.com/docs/index-format (versions 2, 3 and 4).

const GITLINK = 0o160000;

/** Tracked regular-file paths, or undefined when the index is absent or not understood. */
export function readGitIndex(buf: Uint8Array): string[] | undefined {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (buf.length < 12 || view.getUint32(0) !== 0x44495243 /* DIRC */) return undefined;
  const version = view.getUint32(4);
  if (version < 2 || version > 4) return undefined;
  const count = view.getUint32(8);
  const decoder = new TextDecoder('utf-8');
  const paths: string[] = [];
  let off = 12;
  let previous: Uint8Array = new Uint8Array(0);
  for (let i = 0; i < count; i++) {
    const start = off;
    if (off + 62 > buf.length) return undefined;
    const mode = view.getUint32(off + 24);
    const flags = view.getUint16(off + 60);
    off += 62;
    if (version >= 3 && flags & 0x4000) off += 2; // extended flags
    let name: Uint8Array;
    if (version === 4) {
      // Path prefix compression: strip N bytes from the previous path, then a NUL-terminated suffix.
      let strip = 0;
      let byte: number;
      let first = true;
      do {
        if (off >= buf.length) return undefined;
        byte = buf[off++]!;
        if (!first) strip += 1;
        strip = (strip << 7) | (byte & 0x7f);
        first = false;
      } while (byte & 0x80);
      const end = buf.indexOf(0, off);
      if (end < 0 || strip > previous.length) return undefined;
      const suffix = buf.subarray(off, end);
      name = new Uint8Array(previous.length - strip + suffix.length);
      name.set(previous.subarray(0, previous.length - strip));
      name.set(suffix, previous.length - strip);
      off = end + 1;
    } else {
      const end = buf.indexOf(0, off);
      if (end < 0) return undefined;
      name = buf.subarray(off, end);
      // Entries are padded with 1–8 NULs to a multiple of 8 bytes.
      off = start + Math.ceil((end - start + 1) / 8) * 8;
    }
    previous = name;
    const stage = (flags >> 12) & 0x3;
    if ((mode & 0o170000) === GITLINK || stage > 1) continue;
    paths.push(decoder.decode(name));
  }
  return paths;
}
