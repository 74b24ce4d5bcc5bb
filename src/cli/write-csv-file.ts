import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { csvLine, type CsvValue } from './csv.js';

/**
 * Rows written one by one as a synchronous producer finds them (see {@link CsvFile.begin}):
 * `add` writes a row now, `ready` resolves once the disk has caught up, `end` finishes the file.
 */
export type CsvRows = Readonly<{ add(row: readonly CsvValue[]): void; ready(): Promise<void>; end(): Promise<void> }>;

/** A CSV file opened for writing, see {@link openCsvFile}. */
export type CsvFile = Readonly<{
  write(keys: readonly string[], rows: Iterable<readonly CsvValue[]>): Promise<void>;
  /** Writes the header, and returns how to write the rows as they come (the producer waits on `ready` between batches). */
  begin(keys: readonly string[]): CsvRows;
}>;

/** Marks a file-system error as one met while writing, so that reportError says "cannot write". */
const whileWriting = (error: unknown): Error => Object.assign(error as Error, { writing: true });

/**
 * Opens `file` for writing — before the work whose results it will hold, so that a bad path
 * fails at once rather than after a long settlement — and returns how to write a header and
 * rows to it, streaming (one record at a time, waiting when the disk falls behind), so a million
 * rejected rows never sit in memory as one string.
 */
export async function openCsvFile(file: string): Promise<CsvFile> {
  const out: WriteStream = createWriteStream(file);
  const failed = once(out, 'error').then(([error]) => Promise.reject(whileWriting(error)));
  failed.catch(() => undefined);
  await Promise.race([once(out, 'open'), failed]);
  const drain = async (): Promise<void> => {
    await Promise.race([once(out, 'drain'), failed]);
  };
  return Object.freeze({
    async write(keys: readonly string[], rows: Iterable<readonly CsvValue[]>) {
      if (!out.write(csvLine(keys))) await drain();
      for (const row of rows) if (!out.write(csvLine(row))) await drain();
      out.end();
      await Promise.race([once(out, 'finish'), failed]);
    },
    begin(keys: readonly string[]) {
      let full = !out.write(csvLine(keys));
      return Object.freeze({
        add(row: readonly CsvValue[]) {
          full = !out.write(csvLine(row)) || full;
        },
        async ready() {
          if (full) await drain();
          full = false;
        },
        async end() {
          out.end();
          await Promise.race([once(out, 'finish'), failed]);
        },
      });
    },
  });
}
