import { createRequire as __mpCreateRequire } from 'node:module'; const require = __mpCreateRequire(import.meta.url);

// src/repo/read-ahead-worker.ts
import { workerData } from "node:worker_threads";

// src/repo/read-ahead.ts
import fs from "node:fs";
import { fileURLToPath } from "node:url";
var STALL_MS = 3e4;
var WRITTEN = 0;
var CONSUMED = 1;
var FINISHED = 2;
var HEADER = 12;
var WORKER_FILE = fileURLToPath(new URL("./read-ahead-worker.js", import.meta.url));
var EntryStatus = { Bytes: 0, TooLarge: 1, Failed: 2 };
var ReadAheadRing = class _ReadAheadRing {
  constructor(shared2) {
    this.shared = shared2;
    this.bytes = new Uint8Array(shared2.ring);
    this.view = new DataView(shared2.ring);
    this.control = new Int32Array(shared2.control);
    this.size = shared2.ring.byteLength;
    this.mask = this.size - 1;
  }
  shared;
  bytes;
  view;
  control;
  size;
  mask;
  /** A ring with room for several of the largest files, so one big file does not stall the reader. */
  static create(maxBytes, minSize = 16 * 1024 * 1024) {
    let size = 1024;
    while (size < Math.max(minSize, 4 * (maxBytes + 1 + HEADER))) size *= 2;
    return new _ReadAheadRing({ ring: new SharedArrayBuffer(size), control: new SharedArrayBuffer(3 * 4), maxBytes });
  }
  /** Where the entry at this stream position starts (an entry never wraps around the end). */
  startOf(at, length) {
    const pos = at & this.mask;
    return pos + HEADER + length > this.size ? at + this.size - pos | 0 : at;
  }
  // ---- worker side
  /** Writes every file in order, waiting for room; returns when all are written. */
  produce(root2, files2) {
    const max = this.shared.maxBytes;
    for (let i = 0; i < files2.length; i++) {
      const room = max + 1;
      const at = this.startOf(Atomics.load(this.control, WRITTEN), room);
      for (; ; ) {
        const consumed = Atomics.load(this.control, CONSUMED);
        if ((at + HEADER + room - consumed | 0) <= this.size) break;
        Atomics.wait(this.control, CONSUMED, consumed, 1e3);
      }
      const pos = at & this.mask;
      const [status, length] = this.readInto(`${root2}/${files2[i]}`, pos + HEADER, max);
      this.view.setInt32(pos, i, true);
      this.view.setInt32(pos + 4, status, true);
      this.view.setInt32(pos + 8, length, true);
      Atomics.store(this.control, WRITTEN, at + HEADER + (length + 3 & ~3) | 0);
      Atomics.notify(this.control, WRITTEN);
    }
    Atomics.store(this.control, FINISHED, 1);
    Atomics.notify(this.control, WRITTEN);
  }
  readInto(abs, offset, max) {
    let fd;
    try {
      fd = fs.openSync(abs, "r");
      let n = 0;
      for (; ; ) {
        const want = max + 1 - n;
        const got = fs.readSync(fd, this.bytes, offset + n, want, null);
        n += got;
        if (got === 0 || got < want || n > max) break;
      }
      if (n <= max) return [EntryStatus.Bytes, n];
      this.view.setFloat64(offset, fs.fstatSync(fd).size, true);
      return [EntryStatus.TooLarge, 8];
    } catch (e) {
      const msg = Buffer.from(String(e.message)).subarray(0, max);
      this.bytes.set(msg, offset);
      return [EntryStatus.Failed, msg.length];
    } finally {
      if (fd !== void 0) fs.closeSync(fd);
    }
  }
  // ---- main-thread side
  next = 0;
  pending;
  dead = false;
  /**
   * The entry of file number `index` of the list, or undefined when the worker is not (or no
   * longer) delivering. The bytes stay valid until the next call.
   */
  take(index) {
    if (this.dead || index !== this.next) return void 0;
    if (this.pending !== void 0) {
      Atomics.store(this.control, CONSUMED, this.pending);
      Atomics.notify(this.control, CONSUMED);
    }
    const at = this.startOf(Atomics.load(this.control, CONSUMED), this.shared.maxBytes + 1);
    let since = Date.now();
    let written = Atomics.load(this.control, WRITTEN);
    while ((written - at | 0) <= 0) {
      if (Atomics.load(this.control, FINISHED) === 1 || Date.now() - since > STALL_MS) {
        this.dead = true;
        return void 0;
      }
      Atomics.wait(this.control, WRITTEN, written, 50);
      const now = Atomics.load(this.control, WRITTEN);
      if (now !== written) {
        written = now;
        since = Date.now();
      }
    }
    const pos = at & this.mask;
    if (this.view.getInt32(pos, true) !== index) {
      this.dead = true;
      return void 0;
    }
    const status = this.view.getInt32(pos + 4, true);
    const length = this.view.getInt32(pos + 8, true);
    this.pending = at + HEADER + (length + 3 & ~3) | 0;
    this.next++;
    const body = this.bytes.subarray(pos + HEADER, pos + HEADER + length);
    if (status === EntryStatus.TooLarge) return { status, size: this.view.getFloat64(pos + HEADER, true) };
    if (status === EntryStatus.Failed) return { status, message: Buffer.from(body).toString("utf8") };
    return { status: EntryStatus.Bytes, bytes: body };
  }
};

// src/repo/read-ahead-worker.ts
var { root, files, ...shared } = workerData;
new ReadAheadRing(shared).produce(root, files);
