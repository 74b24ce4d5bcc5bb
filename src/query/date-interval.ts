import { LedgerError } from '../errors.js';

/** The days a partial date covers, both ends inclusive, as 'YYYY-MM-DD' strings (which sort as dates). */
export interface Interval {
  readonly start: string;
  readonly end: string;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The interval a partial ISO date stands for: '2014' is 2014-01-01..2014-12-31, '2019-02' is
 * 2019-02-01..2019-02-28, a full date is that one day. Compared as strings, no Date objects, so
 * no time zone can shift a day.
 *
 * @throws {LedgerError} `INVALID_DATE` when `date` is not 'YYYY', 'YYYY-MM' or an existing
 *   'YYYY-MM-DD'; the message starts with `label`.
 */
export function dateInterval(date: string, label = 'date'): Interval {
  const [, year = '', month, day] = PARTIAL_DATE.exec(date) ?? [];
  const monthNumber = Number(month ?? 1);
  const lastDay = daysInMonth(Number(year), monthNumber);
  if (!year || monthNumber < 1 || monthNumber > 12 || (day !== undefined && (Number(day) < 1 || Number(day) > lastDay))) {
    throw new LedgerError(
      'INVALID_DATE',
      `${label} ${JSON.stringify(date)} is not a partial ISO date such as '2014', '2019-07' or '2019-08-15'`,
      { value: date },
    );
  }
  if (day !== undefined) return { start: date, end: date };
  if (month !== undefined) return { start: `${date}-01`, end: `${date}-${String(lastDay)}` };
  return { start: `${date}-01-01`, end: `${date}-12-31` };
}
