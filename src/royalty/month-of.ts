import { LedgerError } from '../errors.js';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * Internal: returns a function mapping an epoch-ms instant to its calendar month 'YYYY-MM' in
 * `timeZone`, with the zone's real history (Shanghai kept summer time 1986–1991, so a fixed
 * +08:00 would misfile sales near those month boundaries). Each month's [start, end) interval
 * is computed once with date-fns and cached in a sorted list; a lookup first tries the previous
 * instant's month (sales usually arrive in time order), then binary-searches the cache.
 * Rejects with INVALID_OPTIONS for a time zone the runtime does not know. date-fns and
 * @date-fns/tz are imported on first use: resolving their modules costs more than loading the
 * rest of `./royalty`, whose load-time budget is 10 ms.
 */
export async function createMonthOf(timeZone: string): Promise<(epochMs: number) => string> {
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
  const labels: string[] = [];
  let lastStart = Infinity;
  let lastEnd = -Infinity;
  let lastLabel = '';
  return (epochMs) => {
    if (epochMs >= lastStart && epochMs < lastEnd) return lastLabel;
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((ends[mid] as number) <= epochMs) low = mid + 1;
      else high = mid;
    }
    if (low < starts.length && (starts[low] as number) <= epochMs) {
      lastStart = starts[low] as number;
      lastEnd = ends[low] as number;
      lastLabel = labels[low] as string;
      return lastLabel;
    }
    const start = startOfMonth(epochMs, { in: zone });
    lastStart = +start;
    lastEnd = +addMonths(start, 1, { in: zone });
    lastLabel = `${pad(start.getFullYear(), 4)}-${pad(start.getMonth() + 1, 2)}`;
    starts.splice(low, 0, lastStart);
    ends.splice(low, 0, lastEnd);
    labels.splice(low, 0, lastLabel);
    return lastLabel;
  };
}
