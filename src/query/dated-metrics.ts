import type { MetricRecord } from '../data/define.js';
import type { Dated } from './compare-dated.js';
import { compareDated } from './compare-dated.js';
import type { Dataset } from './dataset.js';
import type { Interval } from './date-interval.js';
import { dateInterval } from './date-interval.js';
import { memoizeByDataset } from './memoize-by-dataset.js';

/** A metric with the instant it sorts by (`time`) and the days it covers (`span`, for date bounds). */
export interface DatedMetric extends Dated<MetricRecord> {
  readonly span: Interval | undefined;
}

function date(partial: string | undefined): Interval | undefined {
  return partial === undefined ? undefined : dateInterval(partial);
}

function dated(record: MetricRecord): DatedMetric {
  const span = record.asOf === undefined && record.period ? { start: dateInterval(record.period.from).start, end: dateInterval(record.period.to).end } : date(record.asOf);
  return { record, time: date(record.asOf ?? record.period?.to), span };
}

/**
 * A dataset's metrics grouped by entity id, each series sorted once per dataset by
 * {@link compareDated} on its time: `asOf`, else the end of its `period`.
 */
export const datedMetrics = memoizeByDataset((data: Dataset): ReadonlyMap<string, readonly DatedMetric[]> => {
  const byEntity = new Map<string, DatedMetric[]>();
  for (const metric of data.metrics.map(dated).sort(compareDated)) {
    const series = byEntity.get(metric.record.entity);
    if (series) series.push(metric);
    else byEntity.set(metric.record.entity, [metric]);
  }
  return byEntity;
});
