// The Action's entry point (bundled to dist/index.js): only calls run().
import { run } from './main.js';

void run();
