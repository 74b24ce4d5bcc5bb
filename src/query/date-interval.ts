import { LedgerError } from '../errors.js';
import { partialDateInterval, type Interval } from '../_lib/partial-date.js';

export type { Interval };

/**
 * The interval a partial ISO date stands for: '2014' is 2014-01-01..2014-12-31, '2019-02' is
 * 2019-02-01..2019-02-28, a full date is that one day. Compared as strings, no Date objects, so
 * no time zone can shift a day.
 *
 * @throws {LedgerError} `INVALID_DATE` when `date` is not 'YYYY', 'YYYY-MM' or an existing
 *   'YYYY-MM-DD'; the message starts with `label`.
 */
export function dateInterval(date: string, label = 'date'): Interval {
  const interval = partialDateInterval(date);
  if (interval) return interval;
  throw new LedgerError(
    'INVALID_DATE',
    `${label} ${JSON.stringify(date)} is not a partial ISO date such as '2014', '2019-07' or '2019-08-15'`,
    { value: date },
  );
}
