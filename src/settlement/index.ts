/**
 * settlement/ — sales in, monthly statements out: months in a time zone, totals per track and
 * month, one exact apportionment per track-month, statements per (month, payee), rejected rows
 * counted and summed, carry-forward, `settleMonthly`, `settleTotals`, `mergeSettlements`, and
 * the seam every input source feeds: `SaleBatchSource` (sale-batch.ts). It reads sales as
 * values and keys, never as bytes of a file format.
 *
 * May import: royalty/ (and its `_lib/`), money/, the shared `_lib/`, errors. Never ingest/
 * (ingest imports settlement, not the reverse), data/, query/ or schema/.
 */
export * from './settle-monthly.js';
export * from './merge-settlements.js';
export * from './settle-totals.js';
export type * from './settlement-types.js';
export type { PlainSale, SaleBatch, SaleBatchSource } from './sale-batch.js';
