import type { Metric, MetricName, PartialDate } from '../schema/records.js';
import { METRIC_NAMES } from '../schema/vocabulary.js';
import { type Dataset, type EntityRef, ledger, type OneOrMany } from './_lib/dataset.js';
import { datedMetrics, keepLatest, overlaps, readDateRange } from './_lib/dates.js';
import { privateVocabulary, readFlag, readOptions, readVocabulary } from './_lib/vocabulary.js';
import { resolveEntityIn } from './resolve-entity.js';

/** What {@link metricsFor} selects on. */
export interface MetricsQuery {
  /** One metric name or a list of them (any matches). */
  readonly metric?: OneOrMany<MetricName>;
  /** Metrics whose `asOf` date or `period` reaches the first day of this partial date or later. */
  readonly from?: PartialDate;
  /** Metrics whose `asOf` date or `period` reaches back to the last day of this partial date or earlier. */
  readonly to?: PartialDate;
  /** Keep only the newest claims per metric name, with equally dated and conflicting claims beside them. */
  readonly latest?: boolean;
}

const OPTIONS = ['metric', 'from', 'to', 'latest'] as const;
const NAMES = /* @__PURE__ */ privateVocabulary(METRIC_NAMES);

/** {@link metricsFor} over any dataset. */
export function metricsForIn(data: Dataset, entity: EntityRef, query?: MetricsQuery): readonly Metric[] {
  const caller = 'metricsFor';
  const options = readOptions(query, OPTIONS, caller);
  const names = readVocabulary(options.metric, NAMES, 'UNKNOWN_METRIC', 'metric', caller);
  const range = readDateRange(options.from, options.to, caller);
  const latest = readFlag(options.latest, 'latest', caller);
  const { id } = resolveEntityIn(data, entity, caller);
  const series = (datedMetrics(data).get(id) ?? []).filter(
    (m) => (!names || names.has(m.record.metric)) && (!range || overlaps(m.span, range)),
  );
  return Object.freeze((latest ? keepLatest(series) : series).map((m) => m.record));
}

/**
 * An entity's metrics as a time series: sorted by `asOf`, or the end of `period` for a flow
 * (earliest first; partial dates by the start, then the end of the days they cover; then id),
 * undated claims last. `from`/`to` keep metrics whose `asOf` date, or else whole `period`,
 * overlaps the days from the start of `from` to the end of `to`; undated metrics never match a
 * date bound. With `latest`, only the newest claims per metric name remain — several when they
 * are equally dated or linked by `conflictsWith`, so disagreeing sources stay side by side.
 *
 * @throws {LedgerError} `UNKNOWN_ENTITY` for an unknown entity; `UNKNOWN_METRIC` for a name
 *   outside the vocabulary (with the nearest names); `INVALID_DATE`, `INVERTED_RANGE` for bad
 *   bounds; `INVALID_QUERY` for an unknown option or a value of the wrong type.
 * @example
 * import { metricsFor } from 'ecosystem-ledger';
 * metricsFor('Alibaba Cloud', { metric: 'revenue-growth', from: '2019-04', to: '2019-06' }).map((m) => m.value); // → [66]
 * metricsFor('Flutterwave', { metric: 'fee-rate', latest: true }).map((m) => m.value).sort(); // → [2.8, 3.8]
 * // @ts-expect-error a misspelt metric is a type error too; plain JavaScript meets it at run time
 * metricsFor('Xiami', { metric: 'registered-user' }); // → throws UNKNOWN_METRIC
 */
export function metricsFor(entity: EntityRef, query?: MetricsQuery): readonly Metric[] {
  return metricsForIn(ledger, entity, query);
}
