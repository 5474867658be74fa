/** The `growth-targets` executable: runs {@link main} on the process's arguments. */
import { main } from './main.js';
import { nodeIO } from './node-io.js';

main(process.argv.slice(2), nodeIO()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`growth-targets: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
