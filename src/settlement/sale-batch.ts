import type { SaleRow, SalesCsvRow } from './settlement-types.js';

/**
 * The seam between an input source and settlement: a sale's values as a {@link SaleBatch} reads
 * them for {@link settleMonthly}, already parsed — one object, reused for every row, so that the
 * settling loop allocates nothing per row. `unitPrice` is in minor units at the rule's currency
 * scale, `epochMs` the sale's instant; the id and the track are ASCII code units in `keys`
 * (`keys[idStart, idEnd)` and `keys[trackStart, trackEnd)`, e.g. the source's own buffer), which
 * settlement only looks up, never parses.
 */
export interface PlainSale {
  refund: boolean;
  quantity: number;
  unitPrice: number;
  epochMs: number;
  keys: Uint8Array;
  idStart: number;
  idEnd: number;
  trackStart: number;
  trackEnd: number;
}

/**
 * A batch of rows, in input order, as a {@link SaleBatchSource} hands them to
 * {@link settleMonthly}, which settles a whole batch without an `await` per row. For each row
 * `r` below `count`, settlement first asks `readSale(r, scale, sale)`: a source that can read
 * the row's values cheaply (for the CSV reader: a row in its plain form, parsed where it lies in
 * the bytes) fills `sale` and returns true; it returns false for any row it leaves to `row(r)`,
 * the row as an object, which settlement checks field by field and reports (a bad row's
 * `rejected` entry is built from it, with its `line` when it has one). Whatever `readSale`
 * accepts must be what `row(r)` would settle to — the two paths agree on every row.
 *
 * A batch is read, and its sales counted, before the next batch is asked for, so a source may
 * reuse its buffers from one batch to the next.
 */
export interface SaleBatch<Row extends SaleRow | SalesCsvRow = SaleRow | SalesCsvRow> {
  readonly count: number;
  readSale(r: number, scale: number, sale: PlainSale): boolean;
  row(r: number): Row;
}

/**
 * What {@link settleMonthly} settles fastest: a source of sales in batches. {@link readSalesCsv}'s
 * result is one (and still an AsyncIterable of rows for whoever iterates it); a database cursor
 * or an Arrow/Parquet reader plugs in by implementing `saleBatches()`.
 */
export interface SaleBatchSource<Row extends SaleRow | SalesCsvRow = SaleRow | SalesCsvRow> {
  saleBatches(): AsyncIterable<SaleBatch<Row>>;
}
