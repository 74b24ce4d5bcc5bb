// Internal: the dates of records and queries — partial-date intervals, reading a date or a
// range from a query, overlap, the dated order of records and keeping the latest of each.
import { compareText, showValue } from '../../_lib/text.js';
import { partialDateInterval, type Interval } from '../../_lib/partial-date.js';
import { LedgerError } from '../../errors.js';
import type { Deal, Metric } from '../../schema/records.js';
import { addToGroup, type Dataset, memoizeByDataset } from './dataset.js';
import { invalidQuery } from './vocabulary.js';

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

/**
 * The days a `from`/`to` pair selects: from the first day of `from` to the last day of `to`, so
 * `{ from: '2014', to: '2014' }` is all of 2014. Undefined when neither bound is given; an open
 * end reaches to year 0000 or 9999.
 *
 * @throws {LedgerError} `INVALID_DATE` for a malformed bound, `INVERTED_RANGE` when `from` starts
 *   after `to` ends, `INVALID_QUERY` for a bound that is not a string.
 */
export function readDateRange(from: unknown, to: unknown, caller: string): Interval | undefined {
  const start = readDate(from, 'from', caller);
  const end = readDate(to, 'to', caller);
  if (!start && !end) return undefined;
  const range = { start: start?.start ?? '0000-01-01', end: end?.end ?? '9999-12-31' };
  if (range.start > range.end) {
    throw new LedgerError('INVERTED_RANGE', `${caller}: from ${showValue(from)} is after to ${showValue(to)}`, { from, to });
  }
  return range;
}

/** The interval of a record's optional date; undefined for an undated record. */
export function optionalInterval(date: string | undefined): Interval | undefined {
  return date === undefined ? undefined : dateInterval(date);
}

/** Whether two inclusive day intervals share at least one day; an undated record overlaps nothing. */
export function overlaps(interval: Interval | undefined, range: Interval): boolean {
  return interval !== undefined && interval.start <= range.end && interval.end >= range.start;
}

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

function linked(a: DatedMetric, b: DatedMetric): boolean {
  return Boolean(a.record.conflictsWith?.includes(b.record.id) || b.record.conflictsWith?.includes(a.record.id));
}

/**
 * Of a sorted series, the newest claims per metric name: every claim dated like the newest one
 * (same interval), plus every claim linked to a kept one by `conflictsWith`, so disagreeing
 * sources stay side by side. A metric name with only undated claims keeps them all. Sort order
 * is preserved.
 */
export function keepLatest(series: readonly DatedMetric[]): DatedMetric[] {
  const kept = new Set<DatedMetric>();
  for (const name of new Set(series.map((m) => m.record.metric))) {
    const group = series.filter((m) => m.record.metric === name);
    // Sorted with undated last, so the last dated claim is the newest.
    const newest = group.filter((m) => m.time).at(-1)?.time;
    const keep = group.filter((m) => m.time?.start === newest?.start && m.time?.end === newest?.end);
    for (let i = 0; i < keep.length; i++) {
      for (const m of group) if (!keep.includes(m) && linked(m, keep[i] as DatedMetric)) keep.push(m);
    }
    keep.forEach((m) => kept.add(m));
  }
  return series.filter((m) => kept.has(m));
}

/** A dataset's deals with their date intervals, sorted once per dataset by {@link compareDated}. */
export const datedDeals = memoizeByDataset((data: Dataset): readonly Dated<Deal>[] =>
  data.deals
    .map((record) => ({ record, time: optionalInterval(record.date) }))
    .sort(compareDated),
);

/** A metric with the instant it sorts by (`time`) and the days it covers (`span`, for date bounds). */
export interface DatedMetric extends Dated<Metric> {
  readonly span: Interval | undefined;
}

function dated(record: Metric): DatedMetric {
  const { asOf, period } = record;
  const span = asOf === undefined && period ? { start: dateInterval(period.from).start, end: dateInterval(period.to).end } : optionalInterval(asOf);
  return { record, time: optionalInterval(asOf ?? period?.to), span };
}

/**
 * A dataset's metrics grouped by entity id, each series sorted once per dataset by
 * {@link compareDated} on its time: `asOf`, else the end of its `period`.
 */
export const datedMetrics = memoizeByDataset((data: Dataset): ReadonlyMap<string, readonly DatedMetric[]> => {
  const byEntity = new Map<string, DatedMetric[]>();
  for (const metric of data.metrics.map(dated).sort(compareDated)) addToGroup(byEntity, metric.record.entity, metric);
  return byEntity;
});
