import type { DatedMetric } from './dated-metrics.js';

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
