// The read-ahead thread of the source scan (see repo/read-ahead.ts and scan.ts startScanAhead);
// bundled as dist/scan-ahead-worker.js.
import { workerData } from 'node:worker_threads';
import { ReadAheadRing, type ReadAheadData } from '../../repo/read-ahead.js';
import { digestFile } from './scan.js';

const { root, files, extra, ...shared } = workerData as ReadAheadData;
const wants = extra as number[];
new ReadAheadRing(shared).produce(root, files, (i, bytes) => digestFile(files[i]!, wants[i]!, bytes));
