import { createRequire as __mpCreateRequire } from 'node:module'; const require = __mpCreateRequire(import.meta.url);

// src/repo/read-ahead-worker.ts
import { workerData } from "node:worker_threads";

// src/repo/read-ahead.ts
import { fileURLToPath } from "node:url";

// src/repo/read-into.ts
import fs from "node:fs";
var OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0);
var SpecialFileError = class extends Error {
  constructor(what) {
    super(`not a regular file (${what})`);
    this.what = what;
  }
  what;
};
function kindOf(st) {
  if (st.isFIFO()) return "FIFO";
  if (st.isCharacterDevice()) return "character device";
  if (st.isBlockDevice()) return "block device";
  if (st.isSocket()) return "socket";
  if (st.isDirectory()) return "folder";
  return "special file";
}
function readListedInto(abs, buf, offset, maxBytes) {
  const fd = fs.openSync(abs, OPEN_FLAGS);
  try {
    const n = readUpTo(fd, buf, offset, maxBytes + 1);
    if (n <= maxBytes) return n;
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw new SpecialFileError(kindOf(st));
    return { size: Math.max(st.size, n) };
  } finally {
    fs.closeSync(fd);
  }
}
function readUpTo(fd, buf, offset, limit) {
  let n = 0;
  for (; ; ) {
    const want = limit - n;
    const got = fs.readSync(fd, buf, offset + n, want, null);
    n += got;
    if (got === 0 || got < want || n >= limit) return n;
  }
}

// src/repo/threads.ts
var STALL_MS = 3e4;

// src/repo/read-ahead.ts
var FIRST_MS = 5e3;
var WRITTEN = 0;
var CONSUMED = 1;
var FINISHED = 2;
var AT = 3;
var END = 4;
var CONTROL_SLOTS = 5;
var STEAL_GAP = 64;
var MAX_STOLEN_BYTES = 64 * 1024 * 1024;
var HEADER = 12;
var EntryStatus = { Bytes: 0, TooLarge: 1, Failed: 2, Stolen: 3 };
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
  static create(maxBytes, { minSize = 16 * 1024 * 1024 } = {}) {
    let size = 1024;
    while (size < Math.max(minSize, 4 * (maxBytes + 1 + HEADER))) size *= 2;
    return new _ReadAheadRing({ ring: new SharedArrayBuffer(size), control: new SharedArrayBuffer(CONTROL_SLOTS * 4), maxBytes });
  }
  /** Where the entry at this stream position starts (an entry never wraps around the end). */
  startOf(at, length) {
    const pos = at & this.mask;
    return pos + HEADER + length > this.size ? at + this.size - pos | 0 : at;
  }
  // ---- worker side
  /** Writes every file in order, waiting for room; returns when all are written. */
  produce(root2, files2) {
    Atomics.compareExchange(this.control, END, 0, files2.length);
    try {
      this.write(root2, files2);
    } finally {
      Atomics.store(this.control, FINISHED, 1);
      Atomics.notify(this.control, WRITTEN);
    }
  }
  write(root2, files2) {
    const max = this.shared.maxBytes;
    for (let i = 0; i < files2.length; i++) {
      Atomics.store(this.control, AT, i);
      if (i >= Atomics.load(this.control, END)) break;
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
  }
  readInto(abs, offset, max) {
    try {
      const r = readListedInto(abs, this.bytes, offset, max);
      if (typeof r === "number") return [EntryStatus.Bytes, r];
      this.view.setFloat64(offset, r.size, true);
      return [EntryStatus.TooLarge, 8];
    } catch (e) {
      const msg = Buffer.from(String(e.message)).subarray(0, max);
      this.bytes.set(msg, offset);
      return [EntryStatus.Failed, msg.length];
    }
  }
  // ---- main-thread side
  next = 0;
  pending;
  dead = false;
  /** Files from this index on were stolen by the main thread. */
  stolenFrom = Infinity;
  /** See FIRST_MS (shorter in tests). */
  firstMs = FIRST_MS;
  /**
   * Claims the last file of the worker's share for the main thread: its index, or undefined when
   * the worker is too close to it (or done). Both sides write their claim before reading the
   * other's (sequentially consistent atomics), so at most one of them takes a file; should both
   * back off, the file is read directly when its turn comes (take returns undefined).
   */
  steal(count) {
    if (this.dead || Atomics.load(this.control, FINISHED) === 1) return void 0;
    const end = Math.min(Atomics.load(this.control, END) || count, this.stolenFrom, count);
    const j = end - 1;
    if (j < this.next || j - Atomics.load(this.control, AT) < STEAL_GAP) return void 0;
    Atomics.store(this.control, END, j);
    if (Atomics.load(this.control, AT) >= j) {
      Atomics.store(this.control, END, end);
      return void 0;
    }
    this.stolenFrom = j;
    return j;
  }
  /**
   * The entry of file number `index` of the list, or undefined when the worker is not (or no
   * longer) delivering. The bytes stay valid until the next call. While the entry is not there
   * yet, `idle` (if any) is called instead of waiting, as long as it returns true (it did work).
   */
  take(index, idle) {
    if (index >= this.stolenFrom) return { status: EntryStatus.Stolen, index };
    if (this.dead || index !== this.next) return void 0;
    if (this.pending !== void 0) {
      Atomics.store(this.control, CONSUMED, this.pending);
      Atomics.notify(this.control, CONSUMED);
    }
    const at = this.startOf(Atomics.load(this.control, CONSUMED), this.shared.maxBytes + 1);
    let since = Date.now();
    let written = Atomics.load(this.control, WRITTEN);
    while ((written - at | 0) <= 0) {
      const limit = index === 0 ? this.firstMs : STALL_MS;
      if (Atomics.load(this.control, FINISHED) === 1 || Date.now() - since > limit) {
        this.dead = true;
        return void 0;
      }
      if (idle?.()) since = Date.now();
      else Atomics.wait(this.control, WRITTEN, written, 50);
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
var WORKER_FILE = fileURLToPath(new URL("./read-ahead-worker.js", import.meta.url));

// src/repo/read-ahead-worker.ts
var { root, files, ...shared } = workerData;
new ReadAheadRing(shared).produce(root, files ? files.split("\0") : []);
