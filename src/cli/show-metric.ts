import type { MetricRecord } from '../data/define.js';
import { formatFigure } from './format-figure.js';

/**
 * A metric's value for a table cell: the value, or its range ('1M–2M', '≥200M', '≤5%').
 *
 * @example
 * showMetric({ min: 200_000_000, unit: 'users' }) // → '≥200M'
 */
export function showMetric(metric: Pick<MetricRecord, 'value' | 'min' | 'max' | 'unit'>): string {
  const { value, min, max, unit } = metric;
  if (value !== undefined) return formatFigure(value, unit);
  if (min !== undefined && max !== undefined) return `${formatFigure(min, unit)}–${formatFigure(max, unit)}`;
  if (min !== undefined) return `≥${formatFigure(min, unit)}`;
  return max === undefined ? '' : `≤${formatFigure(max, unit)}`;
}

/**
 * When a metric holds, as ISO text: its `asOf` date, or its period as an ISO interval (one
 * partial date when the period is, say, the whole of 2010).
 *
 * @example
 * metricDate({ period: { from: '2020-04', to: '2021-03' } }) // → '2020-04/2021-03'
 */
export function metricDate(metric: Pick<MetricRecord, 'asOf' | 'period'>): string {
  const { asOf, period } = metric;
  if (asOf !== undefined || period === undefined) return asOf ?? '';
  return period.from === period.to ? period.from : `${period.from}/${period.to}`;
}
