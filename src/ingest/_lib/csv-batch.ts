import { FIELD_STARTS, LINE_STRIDE, type PlainLines } from './csv-splitter.js';
import type { PlainSale, SaleBatch } from '../../settlement/sale-batch.js';
import type { CsvSaleRow, MalformedLine, SalesCsvRow } from '../../settlement/settlement-types.js';
import { timestampMs } from '../../settlement/_lib/parse-timestamp.js';
import { decimalUnits } from './decimal-units.js';
import { invalidUtf8At, invalidUtf8Reason, shownBytes, utf8Text } from './utf8-text.js';

/** Internal: the column of each field of a sales CSV (-1 for an absent optional column). */
export type CsvColumns = Readonly<Record<'sale_id' | 'track_id' | 'sold_at' | 'price' | 'quantity' | 'kind', number>>;

/**
 * Internal: the rows of one chunk of CSV bytes, without an object or string per field: the
 * `plain` lines (no quotes) stay in their bytes and {@link csvSaleBatch} reads their fields in
 * place, decoding only what settlement reports, which is most of the speed of the CSV path. A plain line is a
 * row if it has the header's `width` fields, and malformed otherwise (see {@link batchRow}).
 * `others` holds the quoted records (as rows) and the lines that could not be split, in line
 * order. The plain lines' arrays are reused by the next batch: a batch is read before the next
 * one is asked for.
 */
export type CsvLines = Readonly<{
  plain: PlainLines;
  columns: CsvColumns;
  width: number;
  others: readonly SalesCsvRow[];
}>;

/** Internal: field `column` of plain line `r` of `batch` (a row of `width` fields), or undefined if absent or empty. */
export function batchField(batch: CsvLines, r: number, column: number): string | undefined {
  if (column < 0) return undefined;
  const { bytes, bounds } = batch.plain;
  const at = r * LINE_STRIDE + column;
  const start = bounds[at] as number;
  const end = (bounds[at + 1] as number) - 1;
  return end > start ? utf8Text(bytes, start, end) : undefined;
}

/**
 * Internal: a CSV line as the frozen row {@link readSalesCsv} yields, from a function giving
 * each column's field (undefined when absent or empty).
 */
export function csvRow(line: number, columns: CsvColumns, field: (column: number) => string | undefined): CsvSaleRow {
  return Object.freeze({
    line,
    id: field(columns.sale_id) ?? '',
    track: field(columns.track_id) ?? '',
    soldAt: field(columns.sold_at) ?? '',
    price: field(columns.price) ?? '',
    quantity: field(columns.quantity),
    kind: field(columns.kind),
  });
}

/** Internal: a line that does not have the header's `width` fields, as the row that reports it (`shown`: see shownLine). */
export function wrongFieldCount(line: number, fields: number, width: number, shown: string): MalformedLine {
  return Object.freeze({ line, code: 'MALFORMED_LINE', reason: `line ${line} has ${fields} fields, the header has ${width}: ${shown}` });
}

/**
 * Internal: plain line `r` of `batch` as a row object (for reports and plain iteration); a
 * line that is not valid UTF-8 is INVALID_ENCODING, so that bytes are never read as other text.
 */
export function batchRow(batch: CsvLines, r: number): SalesCsvRow {
  const { plain, width } = batch;
  const line = plain.lines[r] as number;
  const fields = plain.fields[r] as number;
  const at = r * LINE_STRIDE;
  const start = plain.bounds[at] as number;
  const end = (plain.bounds[at + Math.min(fields, FIELD_STARTS)] as number) - 1;
  if (fields !== width) return wrongFieldCount(line, fields, width, shownBytes(plain.bytes, start, end));
  const bad = invalidUtf8At(plain.bytes, start, end);
  if (bad >= 0) return Object.freeze({ line, code: 'INVALID_ENCODING', reason: invalidUtf8Reason(line, plain.bytes, start, end, bad) });
  return csvRow(line, batch.columns, (column) => batchField(batch, r, column));
}

/** The integer in `bytes[start, end)` if that is 1 to 16 ASCII digits, else -1. */
function digitsValue(bytes: Uint8Array, start: number, end: number): number {
  if (end <= start || end - start > 16) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const digit = (bytes[i] as number) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return Number.isSafeInteger(n) ? n : -1;
}

/** Whether `bytes[start, end)` is the ASCII text `word`. */
function isWord(bytes: Uint8Array, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (bytes[start + i] !== word.charCodeAt(i)) return false;
  return true;
}

/** Whether `bytes[start, end)` is all ASCII. */
function isAscii(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if ((bytes[i] as number) > 0x7f) return false;
  return true;
}

/**
 * Internal: reads the usual plain CSV row where it lies in the bytes into `sale` (field k of the
 * row is `bytes[bounds[at + k], bounds[at + k + 1] - 1)`). False leaves the row to settlement's
 * checks of the row as text, which make every rejection, so this only has to recognise the plain
 * forms (a known kind, digits for the quantity, a non-empty ASCII id, an ASCII track) and get the
 * same numbers: a price or time it cannot read is -1 or NaN, which settlement sends the same way.
 */
function readPlainSale(bytes: Uint8Array, bounds: Int32Array, at: number, columns: CsvColumns, scale: number, sale: PlainSale): boolean {
  let refund = false;
  if (columns.kind >= 0) {
    const start = bounds[at + columns.kind] as number;
    const end = (bounds[at + columns.kind + 1] as number) - 1;
    refund = isWord(bytes, start, end, 'refund');
    if (!refund && end > start && !isWord(bytes, start, end, 'sale')) return false;
  }
  let quantity = 1;
  if (columns.quantity >= 0) {
    const start = bounds[at + columns.quantity] as number;
    const end = (bounds[at + columns.quantity + 1] as number) - 1;
    if (end > start) quantity = digitsValue(bytes, start, end);
  }
  const idStart = bounds[at + columns.sale_id] as number;
  const idEnd = (bounds[at + columns.sale_id + 1] as number) - 1;
  if (idEnd <= idStart || !isAscii(bytes, idStart, idEnd)) return false;
  const trackStart = bounds[at + columns.track_id] as number;
  const trackEnd = (bounds[at + columns.track_id + 1] as number) - 1;
  if (!isAscii(bytes, trackStart, trackEnd)) return false;
  const price = at + columns.price;
  const soldAt = at + columns.sold_at;
  sale.refund = refund;
  sale.quantity = quantity;
  sale.unitPrice = decimalUnits(bytes, bounds[price] as number, (bounds[price + 1] as number) - 1, scale);
  sale.epochMs = timestampMs(bytes, bounds[soldAt] as number, (bounds[soldAt + 1] as number) - 1);
  sale.keys = bytes;
  sale.idStart = idStart;
  sale.idEnd = idEnd;
  sale.trackStart = trackStart;
  sale.trackEnd = trackEnd;
  return true;
}

/** The rows of a batch in line order: plain line p as p, `others[o]` as ~o. */
function lineOrder(plain: PlainLines, others: readonly SalesCsvRow[]): Int32Array {
  const order = new Int32Array(plain.count + others.length);
  let other = 0;
  let r = 0;
  for (let p = 0; p < plain.count; p++) {
    while (other < others.length && (others[other] as SalesCsvRow).line < (plain.lines[p] as number)) order[r++] = ~other++;
    order[r++] = p;
  }
  while (other < others.length) order[r++] = ~other++;
  return order;
}

/**
 * Internal: `lines` as the {@link SaleBatch} settlement reads: the plain lines and the others
 * merged in line order (so that the first copy of an id wins), a plain line of the header's
 * width read in place by readPlainSale, every other row handed over as its object.
 */
export function csvSaleBatch(lines: CsvLines): SaleBatch<SalesCsvRow> {
  const { plain, others, width, columns } = lines;
  const count = plain.count + others.length;
  // row r is plain line order[r] when ≥ 0, else others[~order[r]]; without others, row r is plain line r
  const order = others.length > 0 ? lineOrder(plain, others) : undefined;
  const { bytes, bounds, fields } = plain;
  const readPlain = (p: number, scale: number, sale: PlainSale): boolean =>
    fields[p] === width && readPlainSale(bytes, bounds, p * LINE_STRIDE, columns, scale, sale);
  return Object.freeze({
    count,
    // the usual batch, without quoted or malformed lines, skips the merge order
    readSale:
      order === undefined
        ? readPlain
        : (r: number, scale: number, sale: PlainSale): boolean => {
            const p = order[r] as number;
            return p >= 0 && readPlain(p, scale, sale);
          },
    row(r: number): SalesCsvRow {
      const p = order === undefined ? r : (order[r] as number);
      return p >= 0 ? batchRow(lines, p) : (others[~p] as SalesCsvRow);
    },
  });
}
