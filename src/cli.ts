// `mobile-policy`: the command-line entry point (bundled to dist/cli.js).
import { main } from './cli/main.js';

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
