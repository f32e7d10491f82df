// The second thread of a large tree's listing (see walk.ts); bundled as dist/walk-worker.js.
import { workerData } from 'node:worker_threads';
import { runWalkWorker, type WalkJob } from './walk.js';

runWalkWorker(workerData as WalkJob);
