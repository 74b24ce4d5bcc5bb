// Internal: what a dataset command looks names up in — source ids and the rows of a claim.
import { entityOf, type ConflictGroup } from '../../query/index.js';
import { formatFigure, showAmount, metricDate, showMetric } from './text.js';

/**
 * The distinct source ids a record cites, in citation order, space-separated: the short
 * reference a table shows (`citationFor` gives the full one).
 *
 * @example
 * sourceIds({ citations: [{ source: 'a', quote: 'x' }, { source: 'b', quote: 'y' }, { source: 'a', quote: 'z' }] }) // → 'a b'
 */
export function sourceIds(record: Readonly<{ citations: readonly Readonly<{ source: string }>[] }>): string {
  return [...new Set(record.citations.map((c) => c.source))].join(' ');
}

/** One claim of a conflict group as a flat, JSON-safe row. */
export type ClaimRow = {
  group: number;
  kind: ConflictGroup['kind'];
  subject: string;
  date: string | undefined;
  claim: string;
  value: number | undefined;
  unit: string | undefined;
  qualifier: string | undefined;
  sources: string;
  id: string;
  note: string | undefined;
};

/**
 * The claims of a conflict group as flat rows, one per record: what it is about (`subject`),
 * when, what it says (`claim`, formatted; `value` and `unit` raw), and its sources. `number` is
 * the group's 1-based position in `conflicts()`.
 */
export function claimRows(group: ConflictGroup, number: number): ClaimRow[] {
  const base = { group: number, kind: group.kind, note: group.note };
  if (group.kind === 'metric') {
    return group.records.map((m) => ({
      ...base,
      subject: `${entityOf(m.entity).name} ${m.metric}`,
      date: metricDate(m),
      claim: showMetric(m),
      value: m.value ?? m.min ?? m.max,
      unit: m.unit,
      qualifier: m.qualifier,
      sources: sourceIds(m),
      id: m.id,
    }));
  }
  if (group.kind === 'deal') {
    return group.records.map((d) => {
      const [amount] = d.amounts;
      return {
        ...base,
        subject: d.parties.map((p) => entityOf(p.entity).name).join(', '),
        date: d.date,
        claim: showAmount(amount?.value, amount?.currency, amount?.qualifier),
        value: amount?.value,
        unit: amount?.currency,
        qualifier: d.status,
        sources: sourceIds(d),
        id: d.id,
      };
    });
  }
  return group.records.map((r) => ({
    ...base,
    subject: `${entityOf(r.entity).name} ${r.kind}`,
    date: r.date,
    claim: r.terms
      .flatMap((t) => (t.share !== undefined ? [`${t.share}%`] : t.amount ? [formatFigure(t.amount.value, t.amount.currency)] : []))
      .join(' / '),
    value: undefined,
    unit: undefined,
    qualifier: undefined,
    sources: sourceIds(r),
    id: r.id,
  }));
}
