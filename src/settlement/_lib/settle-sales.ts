import { LedgerError, isLedgerError, type ErrorCode } from '../../errors.js';
import { fromUnits } from '../../money/from-units.js';
import { showValue } from '../../_lib/text.js';
import { addToTable, createAggregateTable, monthIdOf } from './aggregate-table.js';
import { buildSettlement } from './build-settlement.js';
import { checkPriceUnits, priceAllowed } from '../../royalty/_lib/check-price.js';
import { moneyUnits } from '../../royalty/_lib/money-units.js';
import { createMonthOf, zoneCalendar } from './month-of.js';
import { parseTimestamp } from './parse-timestamp.js';
import { createRejectedRows, keepRejectedOf, onRejectedOf } from './rejected-rows.js';
import { rejection } from './rejection.js';
import type { PlainSale, SaleBatch, SaleBatchSource } from '../sale-batch.js';
import { NEW, SEEN, createSeenIds } from './seen-ids.js';
import { resolveSettings, type SettlementSettings } from './settlement-settings.js';
import type { SalesSource } from '../settle-monthly.js';
import type { Settlement, SettleOptions } from '../settlement-types.js';

/** A calendar month of the settlement: its label, and its id in the aggregate table once a sale counts in it (-1 until then). */
type MonthEntry = { label: string; id: number };

// how many accepted sales may wait for the duplicate check (see createSeenIds)
const WAITING_LIMIT = 2048;

const DIGITS = /^[0-9]{1,16}$/;

/** The integer quantity in a number or a string of 1 to 16 ASCII digits (the caller rejects < 1); -1 when neither. */
function quantityOf(value: unknown): number {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : -1;
  if (typeof value !== 'string' || !DIGITS.test(value)) return -1;
  const count = Number(value);
  return Number.isSafeInteger(count) ? count : -1;
}

/** Why a sale of an uncredited track is rejected. */
const unknownTrack = (track: unknown, id: unknown): string =>
  `track ${showValue(track)} of sale ${showValue(id)} has no credits: add it to options.credits`;

/** {@link unknownTrack} of a row as reported. */
const unknownTrackOf = (row: unknown): string => {
  const { track, id } = row as { track: string; id: string };
  return unknownTrack(track, id);
};

/** Whether `value` has the shape of a {@link SaleBatch}. */
const isSaleBatch = (value: unknown): value is SaleBatch => {
  const batch = value as Partial<SaleBatch> | null | undefined;
  return Number.isSafeInteger(batch?.count) && typeof batch?.readSale === 'function' && typeof batch.row === 'function';
};

/** The error for a SaleBatchSource that does not keep to the interface. */
const notBatches = (what: string, value: unknown): LedgerError =>
  new LedgerError('INVALID_OPTIONS', `sales: ${what} ${showValue(value)}, which is not allowed: an AsyncIterable of batches { count, readSale(), row() }`, {});

/**
 * Internal: every check {@link settleMonthly} makes on its options before it reads a sale, in
 * its order — the rule and every track's credits (compiled, once), the time zone, keepRejected,
 * onRejected — throwing the LedgerError it would; returns the settings {@link settleSales}
 * settles with. The CLI checks its arguments this way before it touches an output.
 */
export function checkSettleOptions(options: SettleOptions): SettlementSettings {
  const settings = resolveSettings(options);
  zoneCalendar(settings.timeZone);
  keepRejectedOf(options);
  onRejectedOf(options);
  return settings;
}

/**
 * Internal: {@link settleMonthly} with its options already checked: `settings` is
 * `checkSettleOptions(options)` (the rule, credits and zone settled by), and `options` gives
 * keepRejected and onRejected (checked again, as cheap as reading them).
 */
export async function settleSales(sales: SalesSource, settings: SettlementSettings, options: SettleOptions): Promise<Settlement> {
  const { rule, scale, plans } = settings;
  const { currency } = rule;
  const table = createAggregateTable(plans.keys());
  // a month enters the table (tracks × months) with its first counted sale, not with rejected rows
  const monthOfSale = await createMonthOf(settings.timeZone, (label): MonthEntry => ({ label, id: -1 }));
  const monthId = (month: MonthEntry): number => (month.id >= 0 ? month.id : (month.id = monthIdOf(table, month.label)));
  const seen = createSeenIds();
  const rejected = createRejectedRows(options);
  let read = 0;

  // the row being settled: `source` itself, or row `index` of the batch `source`, which
  // becomes an object only if it is reported
  let source: unknown;
  let index = -1;
  const currentRow = (): unknown => (index < 0 ? source : (source as SaleBatch).row(index));
  // `reason` may be a function, so that a row which is neither kept nor reported builds no text
  const reject = (code: ErrorCode, reason: string | (() => string), signedGross?: number): void => {
    rejected.add(code, signedGross, () => {
      const amount = signedGross === undefined ? undefined : fromUnits(signedGross, currency, scale);
      return rejection(currentRow(), code, typeof reason === 'string' ? reason : reason(), amount);
    });
  };
  const rejectError = (error: unknown, signedGross?: number): void => {
    if (!isLedgerError(error)) throw error;
    reject(error.code, error.message, signedGross);
  };

  // A sale that passed every other check is counted, or rejected as a duplicate, as soon as
  // `seen` knows whether its id is new. Ids that `seen` must look up in its large fingerprint
  // table are queued and looked up in one go (see createSeenIds): until then their sales wait,
  // in row order, with their row (`source`, `index`), track, month, signed gross and units.
  const waitingRows: unknown[] = [];
  const waitingIndexes = new Int32Array(WAITING_LIMIT);
  const waitingTracks = new Int32Array(WAITING_LIMIT);
  const waitingMonths: MonthEntry[] = [];
  const waitingGross = new Float64Array(WAITING_LIMIT);
  const waitingUnits = new Float64Array(WAITING_LIMIT);
  const rejectDuplicate = (signedGross: number): void => {
    const { id, kind } = currentRow() as { id: string; kind?: string };
    const what = kind === 'refund' ? `a refund of sale id ${JSON.stringify(id)}` : `sale id ${JSON.stringify(id)}`;
    reject('DUPLICATE_SALE', `${what} was already settled: a later copy is not counted again (one sale and one refund per id)`, signedGross);
  };
  const countWaiting = (): void => {
    const count = seen.addQueued();
    const { fresh } = seen;
    for (let i = 0; i < count; i++) {
      if (fresh[i] === 1) {
        addToTable(table, waitingTracks[i] as number, monthId(waitingMonths[i] as MonthEntry), waitingGross[i] as number, waitingUnits[i] as number);
        continue;
      }
      source = waitingRows[i];
      index = waitingIndexes[i] as number;
      rejectDuplicate(waitingGross[i] as number);
    }
    waitingRows.length = 0;
    waitingMonths.length = 0;
  };
  // the current row, whose id is `id.slice(start, end)`, passed every check but the duplicate
  // one, which keys it by (id, kind): `units` is negative for a refund
  const countSale = (id: string | Uint8Array, start: number, end: number, track: number, month: MonthEntry, signedGross: number, units: number): void => {
    const verdict = seen.add(id, start, end, units < 0);
    if (verdict === NEW) {
      addToTable(table, track, monthId(month), signedGross, units);
    } else if (verdict === SEEN) {
      rejectDuplicate(signedGross);
    } else {
      const i = waitingRows.push(source) - 1;
      waitingIndexes[i] = index;
      waitingTracks[i] = track;
      waitingMonths[i] = month;
      waitingGross[i] = signedGross;
      waitingUnits[i] = units;
      if (i + 1 === WAITING_LIMIT) countWaiting();
    }
  };

  // every check of one sale, in order
  const settle = (id: unknown, track: unknown, soldAt: unknown, price: unknown, quantity: unknown, kind: unknown): void => {
    if (typeof id !== 'string' || id === '') {
      reject('INVALID_ROW', `sale id ${showValue(id)} is not allowed: a non-empty string`);
      return;
    }
    if (kind !== undefined && kind !== 'sale' && kind !== 'refund') {
      const shown = showValue(kind);
      reject('INVALID_ROW', `kind ${shown} of sale ${JSON.stringify(id)} is not allowed: 'sale' or 'refund'`);
      return;
    }
    const count = quantity === undefined ? 1 : quantityOf(quantity);
    if (count < 1) {
      const shown = showValue(quantity);
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
      epochMs = parseTimestamp(soldAt as string);
    } catch (error) {
      rejectError(error, signedGross);
      return;
    }
    const number = typeof track === 'string' ? table.tracks.find(track) : -1;
    if (number < 0) {
      reject('UNKNOWN_TRACK', () => unknownTrack(track, id), signedGross);
      return;
    }
    const month = monthOfSale(epochMs);
    if (month === undefined) {
      const where = `in ${settings.timeZone}, outside the years 0000–9999 a month label can show`;
      reject('INVALID_TIMESTAMP', `timestamp ${JSON.stringify(soldAt)} of sale ${JSON.stringify(id)} falls ${where}`, signedGross);
      return;
    }
    countSale(id, 0, id.length, number, month, signedGross, kind === 'refund' ? -count : count);
  };

  // a sale object, a row of readSalesCsv or anything else
  const settleRow = (row: unknown): void => {
    source = row;
    index = -1;
    if (typeof row !== 'object' || row === null) {
      reject('INVALID_ROW', `row ${String(row)} is not allowed: a sale is an object { id, track, soldAt, price, quantity?, kind? }`);
      return;
    }
    const { id, track, soldAt, price, quantity, kind, code, reason } = row as Record<string, unknown>;
    if (code === 'MALFORMED_LINE' || code === 'INVALID_ENCODING') reject(code, typeof reason === 'string' ? reason : showValue(reason));
    else settle(id, track, soldAt, price, quantity, kind);
  };

  // a sale a batch read for us (see SaleBatch): false leaves it to `settleRow`, which makes
  // every rejection, so this only has to recognise a valid sale and count it as `settle` would
  const settlePlain = (sale: PlainSale): boolean => {
    const { refund, quantity: count, unitPrice, epochMs, keys } = sale;
    const gross = unitPrice * count;
    if (count < 1 || !priceAllowed(rule, unitPrice) || !Number.isSafeInteger(gross) || Number.isNaN(epochMs)) return false;
    const track = table.tracks.findBytes(keys, sale.trackStart, sale.trackEnd);
    if (track < 0) {
      // the one rejection made here (every other check passed, as `settle` would find): a
      // whole file of unknown tracks, from one wrong credits file, settles nearly as fast as a good one
      reject('UNKNOWN_TRACK', () => unknownTrackOf(currentRow()), refund ? 0 - gross : gross);
      return true;
    }
    const month = monthOfSale(epochMs);
    if (month === undefined) return false;
    countSale(keys, sale.idStart, sale.idEnd, track, month, refund ? 0 - gross : gross, refund ? -count : count);
    return true;
  };

  if (typeof (sales as Partial<SaleBatchSource>)?.saleBatches === 'function') {
    const sale: PlainSale = { refund: false, quantity: 0, unitPrice: 0, epochMs: 0, keys: new Uint8Array(0), idStart: 0, idEnd: 0, trackStart: 0, trackEnd: 0 };
    const batches = (sales as SaleBatchSource).saleBatches();
    if (typeof batches?.[Symbol.asyncIterator] !== 'function') throw notBatches('saleBatches() returned', batches);
    for await (const batch of batches) {
      if (!isSaleBatch(batch)) throw notBatches('saleBatches() yielded', batch);
      for (let r = 0; r < batch.count; r++) {
        read++;
        source = batch;
        index = r;
        if (!batch.readSale(r, scale, sale) || !settlePlain(sale)) settleRow(batch.row(r));
      }
      countWaiting(); // before the next batch, which may reuse this one's buffers
    }
  } else if (typeof (sales as AsyncIterable<unknown>)?.[Symbol.asyncIterator] === 'function') {
    for await (const row of sales as AsyncIterable<unknown>) {
      read++;
      settleRow(row);
    }
  } else if (typeof (sales as Iterable<unknown>)?.[Symbol.iterator] === 'function') {
    for (const row of sales as Iterable<unknown>) {
      read++;
      settleRow(row);
    }
  } else {
    throw new LedgerError('INVALID_OPTIONS', `sales ${showValue(sales)} is not allowed: pass an Iterable or AsyncIterable of sale rows`, {});
  }
  countWaiting();
  return buildSettlement(settings, table, rejected, read, [Object.freeze({ ids: seen })]);
}
