import { compareText } from '../_lib/compare-text.js';
import type { Interval } from './date-interval.js';

/** A record with the interval it sorts by (undefined when undated). */
export interface Dated<R extends { readonly id: string }> {
  readonly record: R;
  readonly time: Interval | undefined;
}

/**
 * The one total order of query results: by the start of the date interval, then its end (so
 * '2014-01' comes before '2014' and '2014' before '2014-06'), then id; undated records last.
 */
export function compareDated<R extends { readonly id: string }>(a: Dated<R>, b: Dated<R>): number {
  if (a.time && b.time) {
    const byDate = compareText(a.time.start, b.time.start) || compareText(a.time.end, b.time.end);
    if (byDate !== 0) return byDate;
  } else if (a.time || b.time) {
    return a.time ? -1 : 1;
  }
  return compareText(a.record.id, b.record.id);
}
