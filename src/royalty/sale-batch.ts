import type { CsvSaleRow, SalesCsvRow } from './settlement-types.js';
import { utf8Text } from './utf8-text.js';

/**
 * Internal: the batch protocol. {@link readSalesCsv}'s result has a method under this key that
 * returns an AsyncIterable of {@link SaleBatch}es; {@link settleMonthly} settles each batch
 * synchronously instead of paying an `await` per row. `Symbol.for`, so the ESM and CJS builds
 * agree.
 */
export const SALE_BATCHES: unique symbol = Symbol.for('ecosystem-ledger/sale-batches');

/** Internal: the column of each field of a sales CSV (-1 for an absent optional column). */
export type CsvColumns = Readonly<Record<'sale_id' | 'track_id' | 'sold_at' | 'price' | 'quantity' | 'kind', number>>;

/**
 * Internal: the rows of one chunk of CSV bytes, without an object or string per field. The
 * `count` plain rows (no quotes) stay in `bytes`: row r is on line `lines[r]` and its field k
 * is `bytes[bounds[r·(width+1)+k], bounds[r·(width+1)+k+1] − 1)` (the last field's bound is its
 * end + 1). Settlement parses the fields in place and decodes only what it reports, which is
 * most of the speed of the CSV path. `others` holds the quoted records (as rows) and malformed
 * lines, in line order. `bytes`, `lines` and `bounds` are reused by the next batch: a batch is
 * read before the next one is asked for.
 */
export type SaleBatch = Readonly<{
  bytes: Uint8Array;
  columns: CsvColumns;
  width: number;
  count: number;
  lines: Int32Array;
  bounds: Int32Array;
  others: readonly SalesCsvRow[];
}>;

/** Internal: field `column` of plain row `r` of `batch`, or undefined if absent or empty. */
export function batchField(batch: SaleBatch, r: number, column: number): string | undefined {
  if (column < 0) return undefined;
  const at = r * (batch.width + 1) + column;
  const start = batch.bounds[at] as number;
  const end = (batch.bounds[at + 1] as number) - 1;
  return end > start ? utf8Text(batch.bytes, start, end) : undefined;
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

/** Internal: plain row `r` of `batch` as a row object (for reports and plain iteration). */
export const batchRow = (batch: SaleBatch, r: number): CsvSaleRow =>
  csvRow(batch.lines[r] as number, batch.columns, (column) => batchField(batch, r, column));
