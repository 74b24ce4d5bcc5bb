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
