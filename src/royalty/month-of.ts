import { LedgerError } from '../errors.js';

const MS_PER_DAY = 86_400_000;
const DAY_SLOTS = 1024; // a power of two: the days of almost three years, each in its own slot

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * Internal: returns a function mapping an epoch-ms instant to its calendar month in `timeZone`,
 * with the zone's real history (Shanghai kept summer time 1986–1991, so a fixed +08:00 would
 * misfile sales near those month boundaries). A month is its 'YYYY-MM' label passed through
 * `valueOf` (settlement passes its month-id lookup, so a sale never builds a label). Each
 * month's [start, end) interval is computed once with date-fns and cached in a sorted list;
 * the month last found for a day is kept in a small table indexed by the UTC day, so that a
 * lookup is one division and two comparisons whatever the order of the sales. Rejects with
 * INVALID_OPTIONS for a time zone the runtime does not know. date-fns and @date-fns/tz are
 * imported on first use: resolving their modules costs more than loading the rest of
 * `./royalty`, whose load-time budget is 10 ms.
 */
export async function createMonthOf<T = string>(
  timeZone: string,
  valueOf: (month: string) => T = (month) => month as T,
): Promise<(epochMs: number) => T> {
  const [{ tz }, { startOfMonth }, { addMonths }] = await Promise.all([
    import('@date-fns/tz'),
    import('date-fns/startOfMonth'),
    import('date-fns/addMonths'),
  ]);
  const zone = typeof timeZone === 'string' && timeZone !== '' ? tz(timeZone) : undefined;
  if (zone === undefined || Number.isNaN(+startOfMonth(0, { in: zone }))) {
    throw new LedgerError('INVALID_OPTIONS', `unknown time zone ${JSON.stringify(timeZone)}: use an IANA name such as "Asia/Shanghai"`, {
      timeZone,
    });
  }
  const starts: number[] = [];
  const ends: number[] = [];
  const values: T[] = [];
  // per day slot, the interval and value of the month last found for a day of that slot
  const slotStarts = new Float64Array(DAY_SLOTS).fill(Infinity);
  const slotEnds = new Float64Array(DAY_SLOTS).fill(-Infinity);
  const slotValues: T[] = new Array<T>(DAY_SLOTS);

  // the month of `epochMs` in the sorted list, computed and inserted on first sight
  const search = (epochMs: number): number => {
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((ends[mid] as number) <= epochMs) low = mid + 1;
      else high = mid;
    }
    if (low < starts.length && (starts[low] as number) <= epochMs) return low;
    const start = startOfMonth(epochMs, { in: zone });
    starts.splice(low, 0, +start);
    ends.splice(low, 0, +addMonths(start, 1, { in: zone }));
    values.splice(low, 0, valueOf(`${pad(start.getFullYear(), 4)}-${pad(start.getMonth() + 1, 2)}`));
    return low;
  };

  return (epochMs) => {
    // the interval is checked every time: slots are shared, and a day may straddle two months
    const slot = Math.floor(epochMs / MS_PER_DAY) & (DAY_SLOTS - 1);
    if (epochMs >= (slotStarts[slot] as number) && epochMs < (slotEnds[slot] as number)) return slotValues[slot] as T;
    const month = search(epochMs);
    slotStarts[slot] = starts[month] as number;
    slotEnds[slot] = ends[month] as number;
    return (slotValues[slot] = values[month] as T);
  };
}
