// The read-ahead thread of the source scan (repo/read-ahead.ts, scan.ts startScanAhead); bundled
// as dist/scan-ahead-worker.js. While well ahead of the main thread it scans files itself.
import { workerData } from 'node:worker_threads';
import { ReadAheadRing, type ReadAheadData } from '../../repo/read-ahead.js';
import { encodeScan } from './scan-codec.js';
import { scanBytes } from './scan.js';

const { root, files, extra, ...shared } = workerData as ReadAheadData;
const wants = extra as number[];
new ReadAheadRing(shared).produce(root, files, (i, bytes) => encodeScan(scanBytes(files[i]!, wants[i]!, { ok: true, bytes })));
