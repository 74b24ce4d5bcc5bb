import { fc } from '@fast-check/vitest';

/** A partial ISO date of random precision ('2014', '2014-07' or '2014-07-09'), always a real day. */
export const partialDate = fc
  .tuple(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }), fc.constantFrom(4, 7, 10))
  .map(([date, length]) => date.toISOString().slice(0, length));

/**
 * The first and last millisecond-day of a partial date, computed with Date.UTC: an oracle
 * independent of the string arithmetic the queries use.
 */
export function oracleDays(partial: string): readonly [number, number] {
  const [year = 0, month, day] = partial.split('-').map(Number);
  const start = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
  const end = day !== undefined ? start : month !== undefined ? Date.UTC(year, month, 0) : Date.UTC(year, 11, 31);
  return [start, end];
}
