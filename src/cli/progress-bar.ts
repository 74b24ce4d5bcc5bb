import type { Writer } from './_lib/files.js';

const BAR_WIDTH = 30;
const MB = 1024 * 1024;

// Megabytes to one decimal, from integer tenths.
function megabytes(bytes: number): string {
  const tenths = Math.floor((bytes * 10) / MB);
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

/**
 * One frame of a byte progress bar: percentage, bar and megabytes.
 *
 * @example
 * progressFrame(12 * 1024 * 1024, 48 * 1024 * 1024) // → ' 25% [########----------------------] 12.0/48.0 MB'
 */
export function progressFrame(done: number, total: number): string {
  const fraction = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(fraction * BAR_WIDTH);
  const percent = String(Math.floor(fraction * 100)).padStart(3);
  return `${percent}% [${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${megabytes(done)}/${megabytes(total)} MB`;
}

/**
 * Passes chunks through unchanged while drawing a progress bar of the bytes seen on `stderr`
 * (redrawn in place at most ten times a second, erased at the end).
 */
export async function* withProgress<T extends { length: number }>(chunks: AsyncIterable<T>, total: number, stderr: Writer): AsyncGenerator<T> {
  let done = 0;
  let drawn = 0;
  try {
    for await (const chunk of chunks) {
      done += chunk.length;
      const now = Date.now();
      if (now - drawn >= 100) {
        stderr.write(`\r${progressFrame(done, total)}`);
        drawn = now;
      }
      yield chunk;
    }
  } finally {
    stderr.write('\r\x1b[K');
  }
}
