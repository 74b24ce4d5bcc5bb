import type { Interval } from './date-interval.js';
import { dateInterval } from './date-interval.js';
import { invalidQuery } from './invalid-query.js';

/**
 * Reads an optional partial-date option as the days it covers; undefined when absent.
 *
 * @throws {LedgerError} `INVALID_DATE` for a malformed date, `INVALID_QUERY` for a value that is
 *   not a string; both messages name the caller and the option.
 */
export function readDate(value: unknown, name: string, caller: string): Interval | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    throw invalidQuery(caller, `${name} is a partial ISO date string such as '2014'`, value);
  }
  return dateInterval(value, `${caller}: ${name}`);
}
