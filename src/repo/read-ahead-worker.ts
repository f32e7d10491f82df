// The read-ahead thread (read-ahead.ts); bundled as dist/read-ahead-worker.js.
import { workerData } from 'node:worker_threads';
import { ReadAheadRing, type ReadAheadData } from './read-ahead.js';

const { root, files, ...shared } = workerData as ReadAheadData;
new ReadAheadRing(shared).produce(root, files ? files.split('\0') : []);
