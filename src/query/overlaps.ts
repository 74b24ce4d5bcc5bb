import type { Interval } from './date-interval.js';

/** Whether two inclusive day intervals share at least one day; an undated record overlaps nothing. */
export function overlaps(interval: Interval | undefined, range: Interval): boolean {
  return interval !== undefined && interval.start <= range.end && interval.end >= range.start;
}
