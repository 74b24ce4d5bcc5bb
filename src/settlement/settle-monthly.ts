import { checkSettleOptions, settleSales } from './_lib/settle-sales.js';
import type { SaleBatchSource } from './sale-batch.js';
import type { SaleRow, SalesCsvRow, Settlement, SettleOptions } from './settlement-types.js';

/**
 * What {@link settleMonthly} settles: sales as objects, the rows of {@link readSalesCsv}, or any
 * {@link SaleBatchSource} (readSalesCsv's result is one, and is read that way).
 */
export type SalesSource = Iterable<SaleRow | SalesCsvRow> | AsyncIterable<SaleRow | SalesCsvRow> | SaleBatchSource;

/**
 * Settles sales into monthly royalty statements. Each sale is checked (a bad row is rejected
 * with a stable code and a reason naming the value, never thrown, never dropped: the first
 * `keepRejected` (1000) are kept in `rejected`, every one is counted and summed by code in
 * `rejectedByCode` and handed to `onRejected` as it is found), filed under its calendar month in
 * `timeZone` (default 'Asia/Shanghai', with its historical summer time and offsets with seconds:
 * the month `Intl.DateTimeFormat` shows; a local year outside 0000–9999 is INVALID_TIMESTAMP),
 * and summed per track and month; each track-month is then apportioned ONCE by
 * the rule and the track's credits (exact largest remainder), and the lines are grouped into
 * one statement per month and payee.
 *
 * Reconciliation, exact to the minor unit:
 * `totals.gross = totals.paid + totals.platform + (totals.carried ?? 0) + totals.rejected`,
 * where `gross` is every row's claimed gross (price × quantity, negative for refunds; rows
 * whose amount cannot be read count nowhere) and `rejected` is Σ of every rejected row's
 * `amount`, kept or not.
 *
 * Duplicates are keyed by (sale id, kind): at most one `sale` and one `refund` per id are
 * settled, so a refund may share the id of the sale it reverses and the pair nets to zero in
 * either order. A further row with the same id and kind is DUPLICATE_SALE. A refund whose id
 * was never sold in the input is settled (its sale was settled in an earlier month or shard).
 *
 * The result does not depend on the order of the rows, with one caveat: of several rows
 * sharing a sale id and kind the first acceptable one is settled and the later ones are
 * rejected as DUPLICATE_SALE — identical copies make that order-free, copies that differ do
 * not. To settle in shards and {@link mergeSettlements}, make the shards disjoint by sale id
 * (mergeSettlements refuses shards that share one).
 *
 * Memory: totals per track × month × payee, and the accepted sale ids — numbered ones
 * ("s1", "INV-000123") as runs of consecutive numbers, a few bytes for a whole sequence, any
 * other as a 64-bit fingerprint (about 16 bytes); rows are not kept, nor rejected rows past
 * `keepRejected`. The result privately keeps its set of sale keys, for mergeSettlements' overlap
 * check, for as long as it is referenced. Bad options or credits
 * throw a LedgerError, and so does a track-month or total beyond ±(2⁵³ − 1) minor units
 * (UNSAFE_AMOUNT).
 *
 * @example
 * const credits = {
 *   t1: [
 *     { role: 'lyricist', payee: 'ann', share: 1 },
 *     { role: 'composer', payee: 'ann', share: 1 },
 *     { role: 'producer', payee: 'bo', share: 1 },
 *   ],
 * };
 * const result = await settleMonthly(
 *   [
 *     { id: 's1', track: 't1', soldAt: '2013-07-31T16:30:00Z', price: '12.50' }, // 00:30 on 1 August in Shanghai
 *     { id: 's2', track: 't1', soldAt: '2013-08-02T10:00:00+08:00', price: '5.00', quantity: 2 },
 *     { id: 's3', track: 't2', soldAt: '2013-08-03T10:00:00+08:00', price: '5.00' },
 *   ],
 *   { rule: musicianPlatformRule, credits },
 * );
 * result.statements.map((s) => `${s.month} ${s.payee} ${toDecimal(s.total)}`) // → ['2013-08 ann 4.50', '2013-08 bo 18.00']
 * result.rejected.map((r) => r.code) // → ['UNKNOWN_TRACK']
 * result.rejectedByCode.UNKNOWN_TRACK?.rows // → 1
 */
export async function settleMonthly(sales: SalesSource, options: SettleOptions): Promise<Settlement> {
  return settleSales(sales, checkSettleOptions(options), options);
}
