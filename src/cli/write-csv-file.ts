import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { csvLine, type CsvValue } from './csv.js';

/**
 * Writes a header and rows to a CSV file, streaming (one record at a time, waiting when the
 * disk falls behind), so a million rejected rows never sit in memory as one string.
 */
export async function writeCsvFile(file: string, keys: readonly string[], rows: Iterable<readonly CsvValue[]>): Promise<void> {
  const out = createWriteStream(file);
  const failed = once(out, 'error').then(([error]) => Promise.reject(error as Error));
  failed.catch(() => undefined);
  const drain = async (): Promise<void> => {
    await Promise.race([once(out, 'drain'), failed]);
  };
  if (!out.write(csvLine(keys))) await drain();
  for (const row of rows) if (!out.write(csvLine(row))) await drain();
  out.end();
  await Promise.race([once(out, 'finish'), failed]);
}
