import type { Interval } from './date-interval.js';
import { dateInterval } from './date-interval.js';

/** The interval of a record's optional date; undefined for an undated record. */
export function optionalInterval(date: string | undefined): Interval | undefined {
  return date === undefined ? undefined : dateInterval(date);
}
