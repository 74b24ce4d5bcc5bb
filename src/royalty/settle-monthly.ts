import { LedgerError, isLedgerError, type ErrorCode } from '../errors.js';
import { fromUnits } from '../money/from-units.js';
import { addToTable, createAggregateTable, monthIdOf } from './aggregate-table.js';
import { buildSettlement } from './build-settlement.js';
import { checkPriceUnits } from './check-price.js';
import { moneyUnits } from './money-units.js';
import { createMonthOf } from './month-of.js';
import { parseTimestamp } from './parse-timestamp.js';
import { rejection } from './rejection.js';
import { SALE_BATCHES, batchField, batchRow, type SaleBatch } from './sale-batch.js';
import { createSeenIds } from './seen-ids.js';
import { resolveSettings } from './settlement-settings.js';
import type { RejectedRow, SaleRow, SalesCsvRow, Settlement, SettleOptions } from './settlement-types.js';

/** What {@link settleMonthly} settles: sales as objects, or the rows of {@link readSalesCsv}. */
export type SalesSource = Iterable<SaleRow | SalesCsvRow> | AsyncIterable<SaleRow | SalesCsvRow>;

/** The integer quantity in a number or a digits-only string (the caller rejects < 1); -1 when neither. */
function quantityOf(value: unknown): number {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : -1;
  if (typeof value !== 'string' || value.length === 0 || value.length > 16) return -1;
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return Number.isSafeInteger(n) ? n : -1;
}

/**
 * Settles sales into monthly royalty statements. Each sale is checked (bad rows are reported in
 * `rejected` with a stable code and a reason naming the value, never thrown, never dropped),
 * filed under its calendar month in `timeZone` (default 'Asia/Shanghai', with its historical
 * summer time), and summed per track and month; each track-month is then apportioned ONCE by
 * the rule and the track's credits (exact largest remainder), and the lines are grouped into
 * one statement per month and payee.
 *
 * Reconciliation, exact to the minor unit:
 * `totals.gross = totals.paid + totals.platform + (totals.carried ?? 0) + totals.rejected`,
 * where `gross` is every row's claimed gross (price × quantity, negative for refunds; rows
 * whose amount cannot be read count nowhere) and `rejected` is Σ of the rejected rows' `amount`.
 *
 * The result does not depend on the order of the rows, with one caveat: of several rows
 * sharing a sale id the first acceptable one is settled and the later ones are rejected as
 * DUPLICATE_SALE — identical copies make that order-free, copies that differ do not. To settle
 * in shards and {@link mergeSettlements}, make the shards disjoint by sale id.
 *
 * Memory: a 64-bit fingerprint per accepted sale id (about 16 bytes) plus totals per
 * track × month × payee; rows are not kept. Bad options or credits throw a LedgerError, and so
 * does a track-month or total beyond ±(2⁵³ − 1) minor units (UNSAFE_AMOUNT).
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
 */
export async function settleMonthly(sales: SalesSource, options: SettleOptions): Promise<Settlement> {
  const settings = resolveSettings(options);
  const { rule, scale, plans } = settings;
  const { currency } = rule;
  const monthOf = await createMonthOf(settings.timeZone);
  const markSeen = createSeenIds();
  const table = createAggregateTable(plans.keys());
  const rejected: RejectedRow[] = [];
  let read = 0;
  let lastMonth = ''; // sales mostly come in time order: skip the month-id lookup on a repeat
  let lastMonthId = -1;

  // the row being settled: `source` itself, or plain row `index` of the batch `source`, which
  // becomes an object only if it is reported
  let source: unknown;
  let index = -1;
  const currentRow = (): unknown => (index < 0 ? source : batchRow(source as SaleBatch, index));
  const reject = (code: ErrorCode, reason: string, signedGross?: number): void => {
    rejected.push(rejection(currentRow(), code, reason, signedGross === undefined ? undefined : fromUnits(signedGross, currency, scale)));
  };
  const rejectError = (error: unknown, signedGross?: number): void => {
    if (!isLedgerError(error)) throw error;
    reject(error.code, error.message, signedGross);
  };

  // every check of one sale, in order; `track` is the track's number (-1: not credited), soldAt
  // is soldAt.slice(soldAtStart, soldAtEnd)
  const settle = (
    id: unknown,
    track: number,
    soldAt: unknown,
    soldAtStart: number,
    soldAtEnd: number,
    price: unknown,
    quantity: unknown,
    kind: unknown,
  ): void => {
    if (typeof id !== 'string' || id === '') {
      reject('INVALID_ROW', `sale id ${JSON.stringify(id) ?? String(id)} is not allowed: a non-empty string`);
      return;
    }
    if (kind !== undefined && kind !== 'sale' && kind !== 'refund') {
      const shown = JSON.stringify(kind) ?? String(kind);
      reject('INVALID_ROW', `kind ${shown} of sale ${JSON.stringify(id)} is not allowed: 'sale' or 'refund'`);
      return;
    }
    const count = quantity === undefined ? 1 : quantityOf(quantity);
    if (count < 1) {
      const shown = JSON.stringify(quantity) ?? String(quantity);
      reject('INVALID_QUANTITY', `quantity ${shown} of sale ${JSON.stringify(id)} is not allowed: a positive integer`);
      return;
    }
    let unitPrice: number;
    try {
      unitPrice = moneyUnits(price, currency, scale, 'price');
    } catch (error) {
      rejectError(error);
      return;
    }
    const gross = unitPrice * count;
    // both factors are safe integers, so the product is exact unless it is beyond the safe range
    if (!Number.isSafeInteger(gross)) {
      const product = `price (${unitPrice} minor units) × quantity ${count}`;
      reject('UNSAFE_AMOUNT', `${product} of sale ${JSON.stringify(id)} is beyond ${Number.MAX_SAFE_INTEGER} minor units`);
      return;
    }
    const signedGross = kind === 'refund' ? 0 - gross : gross;
    let epochMs: number;
    try {
      checkPriceUnits(rule, unitPrice);
      epochMs = parseTimestamp(soldAt as string, soldAtStart, soldAtEnd);
    } catch (error) {
      rejectError(error, signedGross);
      return;
    }
    if (track < 0) {
      const name = (currentRow() as { track?: unknown }).track;
      const shown = JSON.stringify(name) ?? String(name);
      reject('UNKNOWN_TRACK', `track ${shown} of sale ${JSON.stringify(id)} has no credits: add it to options.credits`, signedGross);
      return;
    }
    if (!markSeen(id)) {
      reject('DUPLICATE_SALE', `sale id ${JSON.stringify(id)} was already settled: a later copy is not counted again`, signedGross);
      return;
    }
    const month = monthOf(epochMs);
    if (month !== lastMonth) {
      lastMonth = month;
      lastMonthId = monthIdOf(table, month);
    }
    addToTable(table, track, lastMonthId, signedGross, kind === 'refund' ? -count : count);
  };

  const take = (row: unknown): void => {
    read++;
    source = row;
    index = -1;
    if (typeof row !== 'object' || row === null) {
      reject('INVALID_ROW', `row ${String(row)} is not allowed: a sale is an object { id, track, soldAt, price, quantity?, kind? }`);
    } else {
      const { id, track, soldAt, price, quantity, kind, code, reason } = row as Record<string, unknown>;
      if (code === 'MALFORMED_LINE') reject('MALFORMED_LINE', String(reason));
      else {
        const number = typeof track === 'string' ? table.tracks.find(track, 0, track.length) : -1;
        settle(id, number, soldAt, 0, (soldAt as string)?.length, price, quantity, kind);
      }
    }
  };

  const batches = (sales as { [SALE_BATCHES]?: unknown })?.[SALE_BATCHES];
  if (typeof batches === 'function') {
    for await (const batch of batches.call(sales) as AsyncIterable<SaleBatch>) {
      const { columns, bounds, lines } = batch;
      const stride = batch.width + 1;
      for (let r = 0; r < lines.length; r++) {
        read++;
        source = batch;
        index = r;
        const at = r * stride + columns.sold_at;
        const trackAt = r * stride + columns.track_id;
        settle(
          batchField(batch, r, columns.sale_id) ?? '',
          table.tracks.find(batch.text, bounds[trackAt] as number, (bounds[trackAt + 1] as number) - 1),
          batch.text,
          bounds[at] as number,
          (bounds[at + 1] as number) - 1,
          batchField(batch, r, columns.price) ?? '',
          batchField(batch, r, columns.quantity),
          batchField(batch, r, columns.kind),
        );
      }
      for (const row of batch.others) take(row);
    }
  } else if (typeof (sales as AsyncIterable<unknown>)?.[Symbol.asyncIterator] === 'function') {
    for await (const row of sales as AsyncIterable<unknown>) take(row);
  } else if (typeof (sales as Iterable<unknown>)?.[Symbol.iterator] === 'function') {
    for (const row of sales as Iterable<unknown>) take(row);
  } else {
    throw new LedgerError('INVALID_OPTIONS', `sales ${String(sales)} is not allowed: pass an Iterable or AsyncIterable of sale rows`, {});
  }
  return buildSettlement(settings, table, rejected, read);
}
