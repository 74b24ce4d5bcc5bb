import { LedgerError, isLedgerError, type ErrorCode } from '../errors.js';
import { showValue } from '../_lib/text.js';
import { fromUnits } from '../money/from-units.js';
import type { Money } from '../money/types.js';
import { addToTable, createAggregateTable, monthIdOf } from './_lib/aggregate-table.js';
import { buildSettlement } from './_lib/build-settlement.js';
import { moneyUnits } from '../royalty/_lib/money-units.js';
import { createRejectedRows } from './_lib/rejected-rows.js';
import { rejection } from './_lib/rejection.js';
import { resolveSettings } from './_lib/settlement-settings.js';
import type { Settlement, SettleOptions } from './settlement-types.js';

/**
 * A pre-aggregated row, e.g. from a warehouse `GROUP BY track, month`: the net gross (sales
 * minus refunds, may be negative) and net units of a track in a calendar month 'YYYY-MM'.
 */
export type TotalsRow = Readonly<{ track: string; month: string; gross: string | number | Money; units?: number }>;

function isMonth(text: unknown): boolean {
  if (typeof text !== 'string' || text.length !== 7 || text.charCodeAt(4) !== 45) return false;
  for (const i of [0, 1, 2, 3, 5, 6]) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return false;
  }
  const month = Number(text.slice(5));
  return month >= 1 && month <= 12;
}

/**
 * Settles pre-aggregated totals instead of single sales: rows for the same track and month are
 * summed, then apportioned exactly as {@link settleMonthly} apportions its track-months, so
 * settling a warehouse's GROUP BY of the sales gives the same statements and money totals as
 * settling the sales. Bad rows (unknown track, malformed month or gross, non-integer units)
 * are reported in `rejected`; `options.timeZone` only records the zone the months were cut in.
 *
 * @example
 * const credits = { t1: [{ role: 'uploader', payee: 'ann', share: 1 }, { role: 'label', payee: 'rec', share: 1 }] };
 * const result = settleTotals([{ track: 't1', month: '2011-03', gross: '8.00', units: 10 }], { rule: xiamiDownloadRule, credits });
 * result.statements.map((s) => `${s.payee} ${toDecimal(s.total)}`) // → ['ann 2.00', 'rec 4.00', 'xiami 2.00']
 */
export function settleTotals(rows: Iterable<TotalsRow>, options: SettleOptions): Settlement {
  const settings = resolveSettings(options);
  if (typeof (rows as Partial<Iterable<unknown>> | null)?.[Symbol.iterator] !== 'function') {
    throw new LedgerError('INVALID_OPTIONS', `rows ${showValue(rows)} is not allowed: pass an Iterable of { track, month, gross, units? }`);
  }
  const { rule, scale } = settings;
  const table = createAggregateTable(settings.plans.keys());
  const rejected = createRejectedRows(options);
  let read = 0;
  for (const row of rows as Iterable<unknown>) {
    read++;
    if (typeof row !== 'object' || row === null) {
      const reason = `row ${String(row)} is not allowed: use { track, month: 'YYYY-MM', gross, units? }`;
      rejected.add('INVALID_ROW', undefined, () => rejection(row, 'INVALID_ROW', reason));
      continue;
    }
    const { track, month, gross, units = 0 } = row as Record<string, unknown>;
    let grossUnits: number;
    try {
      grossUnits = moneyUnits(gross, rule.currency, scale, 'gross');
    } catch (error) {
      if (!isLedgerError(error)) throw error;
      const { code, message } = error;
      rejected.add(code, undefined, () => rejection(row, code, message));
      continue;
    }
    // what a rejection says, built only for one
    const reject = (code: ErrorCode, reason: (name: string) => string): void => {
      const name = `${showValue(track)} in ${showValue(month)}`;
      rejected.add(code, grossUnits, () => rejection(row, code, reason(name), fromUnits(grossUnits, rule.currency, scale)));
    };
    const number = typeof track === 'string' ? table.tracks.find(track) : -1;
    if (typeof units !== 'number' || !Number.isSafeInteger(units)) {
      reject('INVALID_QUANTITY', (name) => `units ${showValue(units)} of track ${name} is not allowed: an integer`);
    } else if (!isMonth(month)) {
      reject('INVALID_ROW', (name) => `month of track ${name} is not allowed: a calendar month 'YYYY-MM'`);
    } else if (number < 0) {
      reject('UNKNOWN_TRACK', (name) => `track ${name} has no credits: add it to options.credits`);
    } else {
      addToTable(table, number, monthIdOf(table, month as string), grossUnits, units);
    }
  }
  return buildSettlement(settings, table, rejected, read, [Object.freeze({})]);
}
