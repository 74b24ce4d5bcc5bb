import { LedgerError } from '../errors.js';
import { showValue } from '../_lib/show-value.js';
import type { Interval } from './date-interval.js';
import { readDate } from './read-date.js';

/**
 * The days a `from`/`to` pair selects: from the first day of `from` to the last day of `to`, so
 * `{ from: '2014', to: '2014' }` is all of 2014. Undefined when neither bound is given; an open
 * end reaches to year 0000 or 9999.
 *
 * @throws {LedgerError} `INVALID_DATE` for a malformed bound, `INVERTED_RANGE` when `from` starts
 *   after `to` ends, `INVALID_QUERY` for a bound that is not a string.
 */
export function readDateRange(from: unknown, to: unknown, caller: string): Interval | undefined {
  const start = readDate(from, 'from', caller);
  const end = readDate(to, 'to', caller);
  if (!start && !end) return undefined;
  const range = { start: start?.start ?? '0000-01-01', end: end?.end ?? '9999-12-31' };
  if (range.start > range.end) {
    throw new LedgerError('INVERTED_RANGE', `${caller}: from ${showValue(from)} is after to ${showValue(to)}`, { from, to });
  }
  return range;
}
