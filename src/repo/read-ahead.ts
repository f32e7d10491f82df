// Reading 100,000 small files is mostly system calls (open, read, close), while scanning them is
// JavaScript on the main thread. A worker thread (dist/read-ahead-worker.js) reads the files a
// scan will ask for, in the order it will ask, into a ring buffer in shared memory; the main
// thread takes each file's bytes from there, so the system calls run on the second core. Nothing
// is cloned between threads; both sides run the same code below (ReadAheadRing). When the main
// thread would wait for the worker, it takes the list's last unclaimed file instead (steal): the
// two threads meet in the middle, so neither core idles while files remain. The worker only
// reads: scanning there too cost more (a second JIT warm-up, more CPU contention) than it saved
// on a 2-core machine (decision 0008).
import fs from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { readListedInto } from './read-into.js';
import { spawnWorker, STALL_MS, threadsWanted } from './threads.js';

/** Below this many files a second thread costs more than it saves. */
export const MIN_READ_AHEAD_FILES = 1000;
/** How long the first file may take (the worker loading): a worker that fails to load costs no more. */
const FIRST_MS = 5_000;

// Control slots (Int32): bytes written and bytes consumed, both ever-growing modulo 2^32 (the ring's
// size is a power of two, so a position is a counter's low bits), whether the worker is done, the
// file index the worker is at, and the end of the worker's share (files from there on were stolen).
const WRITTEN = 0, CONSUMED = 1, FINISHED = 2, AT = 3, END = 4;
const CONTROL_SLOTS = 5;
/** The main thread steals only files at least this far past the worker's position: a steal never races the worker for a file. */
const STEAL_GAP = 64;
/** Bytes of files the main thread steals, at most: the caller keeps their scans (and the texts their URLs hold) until their turn. */
const MAX_STOLEN_BYTES = 64 * 1024 * 1024;
// Entry header (Int32): file index, status, length. Entries start 4-byte aligned.
const HEADER = 12;
export const EntryStatus = { Bytes: 0, TooLarge: 1, Failed: 2, Stolen: 3 } as const;

export interface RingShared {
  ring: SharedArrayBuffer;
  control: SharedArrayBuffer;
  maxBytes: number;
}

/** What the worker gets: the ring, the root and the files (joined by NUL, which no path holds: one string is cheap to pass). */
export type ReadAheadData = RingShared & { root: string; files: string };

/** Bytes: the file's (valid until the next take). */
export type AheadResult = { status: typeof EntryStatus.Bytes; bytes: Uint8Array }
  | { status: typeof EntryStatus.TooLarge; size: number } | { status: typeof EntryStatus.Failed; message: string }
  /** The main thread took this file itself (through take's `idle`): the caller has its result. */
  | { status: typeof EntryStatus.Stolen; index: number };

export class ReadAheadRing {
  private readonly bytes: Uint8Array;
  private readonly view: DataView;
  private readonly control: Int32Array;
  private readonly size: number;
  private readonly mask: number;

  constructor(readonly shared: RingShared) {
    this.bytes = new Uint8Array(shared.ring);
    this.view = new DataView(shared.ring);
    this.control = new Int32Array(shared.control);
    this.size = shared.ring.byteLength;
    this.mask = this.size - 1;
  }

  /** A ring with room for several of the largest files, so one big file does not stall the reader. */
  static create(maxBytes: number, { minSize = 16 * 1024 * 1024 }: { minSize?: number } = {}): ReadAheadRing {
    let size = 1024;
    while (size < Math.max(minSize, 4 * (maxBytes + 1 + HEADER))) size *= 2;
    return new ReadAheadRing({ ring: new SharedArrayBuffer(size), control: new SharedArrayBuffer(CONTROL_SLOTS * 4), maxBytes });
  }

  /** Where the entry at this stream position starts (an entry never wraps around the end). */
  private startOf(at: number, length: number): number {
    const pos = at & this.mask;
    return pos + HEADER + length > this.size ? (at + this.size - pos) | 0 : at;
  }

  // ---- worker side

  /** Writes every file in order, waiting for room; returns when all are written. */
  produce(root: string, files: readonly string[]): void {
    // The share ends at the list's end unless the main thread has already stolen from it.
    Atomics.compareExchange(this.control, END, 0, files.length);
    try {
      this.write(root, files);
    } finally {
      // Also after an error: the reader stops waiting and reads the rest itself.
      Atomics.store(this.control, FINISHED, 1);
      Atomics.notify(this.control, WRITTEN);
    }
  }

  private write(root: string, files: readonly string[]): void {
    const max = this.shared.maxBytes;
    for (let i = 0; i < files.length; i++) {
      // Announce the file, then check it was not stolen (see steal: one of the two sides backs off).
      Atomics.store(this.control, AT, i);
      if (i >= Atomics.load(this.control, END)) break;
      const room = max + 1;
      const at = this.startOf(Atomics.load(this.control, WRITTEN), room);
      // Wait until the consumer has freed enough of the ring for the largest possible entry.
      for (;;) {
        const consumed = Atomics.load(this.control, CONSUMED);
        if (((at + HEADER + room - consumed) | 0) <= this.size) break;
        Atomics.wait(this.control, CONSUMED, consumed, 1000);
      }
      const pos = at & this.mask;
      // Listed paths are clean and relative: joining by hand spares path.join's normalising.
      const [status, length] = this.readInto(`${root}/${files[i]!}`, pos + HEADER, max);
      this.view.setInt32(pos, i, true);
      this.view.setInt32(pos + 4, status, true);
      this.view.setInt32(pos + 8, length, true);
      Atomics.store(this.control, WRITTEN, (at + HEADER + ((length + 3) & ~3)) | 0);
      Atomics.notify(this.control, WRITTEN);
    }
  }

  private readInto(abs: string, offset: number, max: number): [number, number] {
    try {
      // Every file of the list is a listed regular file (see readListedInto).
      const r = readListedInto(abs, this.bytes, offset, max);
      if (typeof r === 'number') return [EntryStatus.Bytes, r];
      this.view.setFloat64(offset, r.size, true);
      return [EntryStatus.TooLarge, 8];
    } catch (e) {
      const msg = Buffer.from(String((e as Error).message)).subarray(0, max);
      this.bytes.set(msg, offset);
      return [EntryStatus.Failed, msg.length];
    }
  }

  // ---- main-thread side

  private next = 0;
  private pending: number | undefined;
  private dead = false;
  /** Files from this index on were stolen by the main thread. */
  private stolenFrom = Infinity;
  /** See FIRST_MS (shorter in tests). */
  firstMs = FIRST_MS;

  /**
   * Claims the last file of the worker's share for the main thread: its index, or undefined when
   * the worker is too close to it (or done). Both sides write their claim before reading the
   * other's (sequentially consistent atomics), so at most one of them takes a file; should both
   * back off, the file is read directly when its turn comes (take returns undefined).
   */
  steal(count: number): number | undefined {
    if (this.dead || Atomics.load(this.control, FINISHED) === 1) return undefined;
    // END is 0 until the worker has started (its compareExchange then keeps what was stolen).
    const end = Math.min(Atomics.load(this.control, END) || count, this.stolenFrom, count);
    const j = end - 1;
    if (j < this.next || j - Atomics.load(this.control, AT) < STEAL_GAP) return undefined;
    Atomics.store(this.control, END, j);
    if (Atomics.load(this.control, AT) >= j) {
      Atomics.store(this.control, END, end);
      return undefined;
    }
    this.stolenFrom = j;
    return j;
  }

  /**
   * The entry of file number `index` of the list, or undefined when the worker is not (or no
   * longer) delivering. The bytes stay valid until the next call. While the entry is not there
   * yet, `idle` (if any) is called instead of waiting, as long as it returns true (it did work).
   */
  take(index: number, idle?: () => boolean): AheadResult | undefined {
    if (index >= this.stolenFrom) return { status: EntryStatus.Stolen, index };
    if (this.dead || index !== this.next) return undefined;
    if (this.pending !== undefined) { Atomics.store(this.control, CONSUMED, this.pending); Atomics.notify(this.control, CONSUMED); }
    // The producer placed the entry where the largest file would fit: so does the consumer.
    const at = this.startOf(Atomics.load(this.control, CONSUMED), this.shared.maxBytes + 1);
    let since = Date.now();
    let written = Atomics.load(this.control, WRITTEN);
    while (((written - at) | 0) <= 0) {
      const limit = index === 0 ? this.firstMs : STALL_MS;
      if (Atomics.load(this.control, FINISHED) === 1 || Date.now() - since > limit) { this.dead = true; return undefined; }
      if (idle?.()) since = Date.now();
      else Atomics.wait(this.control, WRITTEN, written, 50);
      const now = Atomics.load(this.control, WRITTEN);
      if (now !== written) { written = now; since = Date.now(); }
    }
    const pos = at & this.mask;
    if (this.view.getInt32(pos, true) !== index) { this.dead = true; return undefined; }
    const status = this.view.getInt32(pos + 4, true);
    const length = this.view.getInt32(pos + 8, true);
    this.pending = (at + HEADER + ((length + 3) & ~3)) | 0;
    this.next++;
    const body = this.bytes.subarray(pos + HEADER, pos + HEADER + length);
    if (status === EntryStatus.TooLarge) return { status, size: this.view.getFloat64(pos + HEADER, true) };
    if (status === EntryStatus.Failed) return { status, message: Buffer.from(body).toString('utf8') };
    return { status: EntryStatus.Bytes, bytes: body };
  }
}

/** The bundled worker, next to the bundle running this (only in dist/: from src/ there is none). */
const WORKER_FILE = fileURLToPath(new URL('./read-ahead-worker.js', import.meta.url));

/** A running read-ahead: the list, the ring and the worker filling it. */
export class ReadAhead {
  private cursor = 0;
  private stolenBytes = 0;
  private constructor(private readonly files: readonly string[], private readonly ring: ReadAheadRing, private readonly worker: Worker) {}

  /**
   * Starts the worker (`workerFile`: dist/read-ahead-worker.js, or in tests a script that fails)
   * reading `files` (relative to root) ahead, when that is worth a thread and the script is at hand.
   */
  static start(root: string, files: readonly string[], maxBytes: number,
    { threads = threadsWanted(process.env), minFiles = MIN_READ_AHEAD_FILES, minSize, firstMs, workerFile = WORKER_FILE }:
    { threads?: number; minFiles?: number; minSize?: number; firstMs?: number; workerFile?: string } = {}): ReadAhead | undefined {
    if (threads < 2 || files.length < minFiles || !fs.existsSync(workerFile)) return undefined;
    const ring = ReadAheadRing.create(maxBytes, { minSize });
    if (firstMs !== undefined) ring.firstMs = firstMs;
    const data: ReadAheadData = { root, files: files.join('\0'), ...ring.shared };
    const worker = spawnWorker(workerFile, { workerData: data });
    return worker && new ReadAhead(files, ring, worker);
  }

  /**
   * The next listed file's entry when `file` is that file; otherwise undefined (read it directly).
   * Rather than wait for the worker, `work` (if given) is asked to handle a file from the end of
   * the list, by its index here (see ReadAheadRing.steal), and says how many bytes it read; that
   * file's entry is then `Stolen`.
   */
  take(file: string, work?: (index: number, file: string) => number): AheadResult | undefined {
    if (this.files[this.cursor] !== file) return undefined;
    const idle = work && (() => {
      const j = this.stolenBytes < MAX_STOLEN_BYTES ? this.ring.steal(this.files.length) : undefined;
      if (j === undefined) return false;
      this.stolenBytes += work(j, this.files[j]!);
      return true;
    });
    return this.ring.take(this.cursor++, idle);
  }


  stop(): void {
    void this.worker.terminate();
  }
}
