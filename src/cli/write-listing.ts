import type { OutputFormat } from './args.js';
import { toCsv, type CsvValue } from './csv.js';
import type { CliIo } from './io.js';
import { renderTable } from './table.js';

/** A flat, JSON-safe row of a listing: raw values, as `--csv` writes them. */
export type FlatRow = Readonly<Record<string, CsvValue>>;

/**
 * One field of a listing: its key in the flat row, its table heading and alignment, how a table
 * cell shows it (default: the raw value), and whether the table shows it at all (CSV always does).
 */
export type Field<R extends FlatRow> = Readonly<{
  key: keyof R & string;
  header: string;
  align?: 'left' | 'right';
  show?: (row: R) => string;
  inTable?: boolean;
}>;

/** What a listing command prints: its fields, its flat rows, and the full records for `--json`. */
export type Listing<R extends FlatRow> = Readonly<{
  fields: readonly Field<R>[];
  rows: readonly R[];
  records: unknown;
  /** The line a table shows instead when there are no rows. */
  empty: string;
}>;

/**
 * Writes a listing to stdout: an aligned table for people, `--json` the full records (pretty,
 * one document), `--csv` the flat rows with a header (RFC 4180 quoting).
 */
export function writeListing<R extends FlatRow>(io: CliIo, format: OutputFormat, listing: Listing<R>): void {
  const { fields, rows, records, empty } = listing;
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
  } else if (format === 'csv') {
    io.stdout.write(toCsv(fields.map((f) => f.key), rows));
  } else if (rows.length === 0) {
    io.stdout.write(`${empty}\n`);
  } else {
    const shown = fields.filter((f) => f.inTable !== false);
    const cells = rows.map((row) => Object.fromEntries(shown.map((f) => [f.key, f.show ? f.show(row) : String(row[f.key] ?? '')])));
    io.stdout.write(renderTable(shown, cells));
  }
}
