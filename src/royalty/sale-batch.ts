import type { CsvSaleRow, SalesCsvRow } from './settlement-types.js';

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
 * Internal: the rows of one decoded chunk, without an object or string per field. Plain rows
 * (no quotes) stay in `text`: row r's field k is `text.slice(bounds[r·(width+1)+k],
 * bounds[r·(width+1)+k+1] − 1)` (the last field's bound is its end + 1). Settlement parses the
 * timestamp in place and slices only what it keeps, which is most of the speed of the CSV path.
 * `others` holds the quoted records (as rows) and malformed lines, in line order.
 */
export type SaleBatch = Readonly<{
  text: string;
  columns: CsvColumns;
  width: number;
  lines: readonly number[];
  bounds: readonly number[];
  others: readonly SalesCsvRow[];
}>;

/** Internal: field `column` of plain row `r` of `batch`, or undefined if absent or empty. */
export function batchField(batch: SaleBatch, r: number, column: number): string | undefined {
  if (column < 0) return undefined;
  const at = r * (batch.width + 1) + column;
  const start = batch.bounds[at] as number;
  const end = (batch.bounds[at + 1] as number) - 1;
  return end > start ? batch.text.slice(start, end) : undefined;
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
