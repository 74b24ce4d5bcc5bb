#!/usr/bin/env node
import { run } from './run.js';

// `… | head` closes the pipe early: that is the reader being done, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, isTTY: process.stderr.isTTY === true }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ecosystem-ledger: internal error, please report it:\n${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
