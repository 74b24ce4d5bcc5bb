// Internal: what a command prints — aligned tables, key/value pairs, RFC 4180 CSV and the
// listing that picks one of them.
import type { OutputFormat } from '../args.js';
import type { CliIo } from './files.js';
import { displayWidth } from './text.js';

/** A table column: the row key it shows, its heading and which side its cells hug. */
export type Column = Readonly<{ key: string; header: string; align?: 'left' | 'right' }>;

/** A row of display cells, keyed by column key; a missing cell renders empty. */
export type TableRow = Readonly<Record<string, string | undefined>>;

/**
 * Pads text with spaces to `width` terminal cells, on the right (`left` align) or the left.
 *
 * @example
 * padCell('虾米', 6, 'right') // → '  虾米'
 */
export function padCell(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/**
 * Renders rows as an aligned plain-text table: a heading line, a rule, one line per row, columns
 * two spaces apart, `right` columns (numbers, money) right-aligned. Widths count terminal cells,
 * so CJK text lines up. Trailing spaces are trimmed; the result ends with a newline.
 *
 * @example
 * renderTable([{ key: 'name', header: 'Name' }, { key: 'n', header: 'N', align: 'right' }], [{ name: '虾米', n: '7' }, { name: 'Xiami', n: '12' }])
 * // → 'Name    N\n-----  --\n虾米    7\nXiami  12\n'
 */
export function renderTable(columns: readonly Column[], rows: readonly TableRow[]): string {
  // a loop, not Math.max(...rows): spreading a large listing overflows the call stack
  const widths = columns.map((c) => rows.reduce((width, r) => Math.max(width, displayWidth(r[c.key] ?? '')), displayWidth(c.header)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => padCell(cell, widths[i] as number, columns[i]?.align ?? 'left')).join('  ').trimEnd() + '\n';
  return (
    line(columns.map((c) => c.header)) +
    line(widths.map((w) => '-'.repeat(w))) +
    rows.map((r) => line(columns.map((c) => r[c.key] ?? ''))).join('')
  );
}

/**
 * Renders label/value pairs as two aligned columns, values right-aligned: a summary block.
 *
 * @example
 * renderPairs([['Rows read', '1,000'], ['Rejected', '7']], 2) // → '  Rows read  1,000\n  Rejected       7\n'
 */
export function renderPairs(pairs: readonly (readonly [string, string])[], indent = 0): string {
  const labelWidth = pairs.reduce((width, [label]) => Math.max(width, displayWidth(label)), 0);
  const valueWidth = pairs.reduce((width, [, value]) => Math.max(width, displayWidth(value)), 0);
  return pairs.map(([label, value]) => `${' '.repeat(indent)}${padCell(label, labelWidth)}  ${padCell(value, valueWidth, 'right')}\n`).join('');
}

/** A CSV cell value: written as is (strings), in plain decimal (numbers) or empty (missing). */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * One CSV field, quoted per RFC 4180 when it holds a comma, a double quote, CR or LF (inner
 * quotes doubled), or leading/trailing spaces that spreadsheets would otherwise trim.
 *
 * @example
 * csvField('Alibaba, Inc. "BABA"') // → '"Alibaba, Inc. ""BABA"""'
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One CSV record (fields joined by commas, ending with a newline).
 *
 * @example
 * csvLine(['2024-01', 'p0001', '123.45']) // → '2024-01,p0001,123.45\n'
 */
export function csvLine(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',') + '\n';
}

/**
 * A whole CSV document: a header of `keys`, then one record per row in key order.
 *
 * @example
 * toCsv(['id', 'date'], [{ id: 'a', date: '2019-08' }, { id: 'b' }]) // → 'id,date\na,2019-08\nb,\n'
 */
export function toCsv(keys: readonly string[], rows: readonly Readonly<Record<string, CsvValue>>[]): string {
  return csvLine(keys) + rows.map((row) => csvLine(keys.map((k) => row[k]))).join('');
}

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
