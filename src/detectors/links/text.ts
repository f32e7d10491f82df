// Fast text helpers for the one-pass source scan. Files are scanned as latin1 strings (one byte,
// one char: cheap to make, and every pattern searched for is ASCII); lines are found from byte
// offsets, and columns are converted to UTF-16 columns only when a line has non-ASCII text.
import { Buffer, isAscii } from 'node:buffer';
import { lineIndex } from '../android/xml.js';

export class ScanText {
  private starts?: number[];
  /** `ascii`: no byte above 0x7f, so columns are offsets (the common case, known without looking per line). */
  constructor(readonly s: string, private readonly ascii = false) {}

  static fromBytes(bytes: Uint8Array): ScanText {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return new ScanText(buf.toString('latin1'), isAscii(buf));
  }

  lineStarts(): number[] {
    this.starts ??= lineIndex(this.s);
    return this.starts;
  }

  /** 0-based line index of an offset. */
  lineOf(offset: number): number {
    const st = this.lineStarts();
    let lo = 0;
    let hi = st.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((st[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  lineStart(i: number): number {
    return this.lineStarts()[i] ?? this.s.length;
  }

  /** End of line i, before its `\n` (and `\r`). */
  lineEnd(i: number): number {
    const next = this.lineStarts()[i + 1];
    let e = next === undefined ? this.s.length : next - 1;
    if (e > 0 && this.s.charCodeAt(e - 1) === 13) e--;
    return e;
  }

  line(i: number): string {
    return this.s.slice(this.lineStart(i), this.lineEnd(i));
  }

  /** 1-based UTF-16 column of an offset (UTF-8 decoded when the line holds non-ASCII bytes before it). */
  column(offset: number, lineStart: number): number {
    if (this.ascii) return offset - lineStart + 1;
    const prefix = this.s.slice(lineStart, offset);
    // eslint-disable-next-line no-control-regex
    if (!/[^\x00-\x7f]/.test(prefix)) return prefix.length + 1;
    return Buffer.from(prefix, 'latin1').toString('utf8').length + 1;
  }
}
