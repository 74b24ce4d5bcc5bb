import { LedgerError } from '../../errors.js';

const MS_PER_DAY = 86_400_000;
const DAY_SLOTS = 1024; // a power of two: the days of almost three years, each in its own slot
// UTC offsets have never reached 16 hours (local mean time included): two days past a month's
// nominal UTC start are always in the neighbouring month
const SEARCH_MARGIN_S = 2 * 86_400;
/** The years a month label can show: four digits. */
const FIRST_YEAR = 0;
const LAST_YEAR = 9999;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** The UTC instant, in seconds, at which month `index` (year × 12 + month − 1) begins on the UTC calendar. */
function nominalStart(index: number): number {
  const date = new Date(0);
  const year = Math.floor(index / 12);
  date.setUTCFullYear(year, index - year * 12, 1); // unlike Date.UTC, years 0–99 stay themselves
  return date.getTime() / 1000;
}

/**
 * Internal: the calendar of `timeZone` (year, month and era as `Intl.DateTimeFormat` shows
 * them), which {@link createMonthOf} reads months from; throws INVALID_OPTIONS for a time zone
 * the runtime does not know.
 */
export function zoneCalendar(timeZone: string): Intl.DateTimeFormat {
  try {
    if (typeof timeZone === 'string' && timeZone !== '') {
      return new Intl.DateTimeFormat('en-US', { timeZone, era: 'short', year: 'numeric', month: 'numeric' });
    }
  } catch {
    // a RangeError for a zone the runtime does not know, answered below
  }
  throw new LedgerError('INVALID_OPTIONS', `unknown time zone ${JSON.stringify(timeZone)}: use an IANA name such as "Asia/Shanghai"`, {
    timeZone,
  });
}

/**
 * Internal: returns a function mapping an epoch-ms instant to its calendar month in `timeZone`,
 * with the zone's real history as the runtime's time zone data has it (Shanghai kept summer
 * time 1986–1991; Dublin, Monrovia and local mean time before 1900 had offsets with seconds),
 * so the month is exactly the one `Intl.DateTimeFormat` shows for the instant. A month is its
 * 'YYYY-MM' label passed through `valueOf` (settlement passes its month-id lookup, so a sale
 * never builds a label); undefined for an instant whose local year is outside 0000–9999, which
 * four digits cannot label. Each month's [start, end) is found once, by bisecting to the second
 * (offsets and their changes are whole seconds) with Intl, and cached in a sorted list; the
 * month last found for a day is kept in a small table indexed by the UTC day, so that a lookup is
 * one division and two comparisons whatever the order of the sales. Rejects with INVALID_OPTIONS
 * for a time zone the runtime does not know (see {@link zoneCalendar}).
 */
export async function createMonthOf<T = string>(
  timeZone: string,
  valueOf: (month: string) => T = (month) => month as T,
): Promise<(epochMs: number) => T | undefined> {
  const zoneFormat = zoneCalendar(timeZone);

  // year × 12 + month − 1 of the local calendar at `seconds` (astronomical years: 1 BC is 0)
  const monthIndex = (seconds: number): number => {
    let year = 0;
    let month = 0;
    let bc = false;
    for (const part of zoneFormat.formatToParts(seconds * 1000)) {
      if (part.type === 'year') year = Number(part.value);
      else if (part.type === 'month') month = Number(part.value);
      else if (part.type === 'era') bc = part.value === 'BC';
    }
    return (bc ? 1 - year : year) * 12 + month - 1;
  };
  // the first second whose month index is at least `index`, in (low, high]
  const firstSecond = (index: number, low: number, high: number): number => {
    let before = low;
    let at = high;
    while (at - before > 1) {
      const mid = Math.floor((before + at) / 2);
      if (monthIndex(mid) >= index) at = mid;
      else before = mid;
    }
    return at;
  };

  const starts: number[] = [];
  const ends: number[] = [];
  const values: (T | undefined)[] = [];
  // per day slot, the interval and value of the month last found for a day of that slot
  const slotStarts = new Float64Array(DAY_SLOTS).fill(Infinity);
  const slotEnds = new Float64Array(DAY_SLOTS).fill(-Infinity);
  const slotValues: (T | undefined)[] = new Array<T | undefined>(DAY_SLOTS);

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
    const second = Math.floor(epochMs / 1000);
    const index = monthIndex(second);
    const start = firstSecond(index, nominalStart(index) - SEARCH_MARGIN_S, second);
    const end = firstSecond(index + 1, second, nominalStart(index + 1) + SEARCH_MARGIN_S);
    const year = Math.floor(index / 12);
    starts.splice(low, 0, start * 1000);
    ends.splice(low, 0, end * 1000);
    values.splice(low, 0, year < FIRST_YEAR || year > LAST_YEAR ? undefined : valueOf(`${pad(year, 4)}-${pad(index - year * 12 + 1, 2)}`));
    return low;
  };

  return (epochMs) => {
    // the interval is checked every time: slots are shared, and a day may straddle two months
    const slot = Math.floor(epochMs / MS_PER_DAY) & (DAY_SLOTS - 1);
    if (epochMs >= (slotStarts[slot] as number) && epochMs < (slotEnds[slot] as number)) return slotValues[slot];
    const month = search(epochMs);
    slotStarts[slot] = starts[month] as number;
    slotEnds[slot] = ends[month] as number;
    return (slotValues[slot] = values[month]);
  };
}
