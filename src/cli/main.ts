#!/usr/bin/env node
// cli/ — the `ecosystem-ledger` program: argument parsing (args.ts), the run loop (run.ts), one
// module per command (commands/), helpers grouped in `_lib/` (text, listing, files, lookups). The
// top of the stack: it may import any layer, and nothing imports it.
import { discardPendingOutputs } from './_lib/files.js';
import { run } from './run.js';

// `… | head` closes the pipe early: that is the reader being done, not an error (an output
// file not yet in place is dropped, never left half-written).
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  discardPendingOutputs();
  process.exit(0);
});

// Ctrl-C or a kill mid-run: drop the half-written outputs (every earlier file stays as it was),
// then die of the signal as the shell expects.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    discardPendingOutputs();
    process.kill(process.pid, signal);
  });
}

run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, isTTY: process.stderr.isTTY === true }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ecosystem-ledger: internal error, please report it:\n${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
