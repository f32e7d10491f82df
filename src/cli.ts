// `mobile-policy`: the command-line entry point (bundled to dist/cli.js).
import { toleratePipeClosed } from './cli/io.js';
import { main } from './cli/main.js';

toleratePipeClosed();
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
