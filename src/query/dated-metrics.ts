import type { Metric } from '../schema/records.js';
import { addToGroup } from './add-to-group.js';
import type { Dated } from './compare-dated.js';
import { compareDated } from './compare-dated.js';
import type { Dataset } from './dataset.js';
import type { Interval } from './date-interval.js';
import { dateInterval } from './date-interval.js';
import { memoizeByDataset } from './memoize-by-dataset.js';
import { optionalInterval } from './optional-interval.js';

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
