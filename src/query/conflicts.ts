import type { DatasetRule, Deal, Metric } from '../schema/records.js';
import { compareText } from '../_lib/text.js';
import { type Dataset, ledger, memoizeByDataset } from './_lib/dataset.js';

interface Group<K extends string, R> {
  readonly kind: K;
  /** The ids of the claims, sorted. */
  readonly ids: readonly string[];
  /** The claims themselves, in `ids` order. */
  readonly records: readonly R[];
  /** The distinct `conflictNote`s of the claims, in `ids` order, joined by ' / '; undefined when none has one. */
  readonly note: string | undefined;
}

/** Records that make different claims about the same fact, linked by `conflictsWith`. */
export type ConflictGroup = Group<'deal', Deal> | Group<'metric', Metric> | Group<'rule', DatasetRule>;

type Claim = Deal | Metric | DatasetRule;

/**
 * The connected groups of `conflictsWith` links (either direction) within one collection. A
 * restatement (a record with `derivedFrom`) stands for its origin's fact, so it joins no group:
 * a disputed fact held both as a metric and as a rule is one group, the origin's.
 */
function groupsOf<K extends ConflictGroup['kind'], R extends Claim>(kind: K, records: readonly R[]): Group<K, R>[] {
  const byId = new Map(records.filter((r) => r.derivedFrom === undefined).map((r) => [r.id, r]));
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => neighbours.set(a, (neighbours.get(a) ?? new Set()).add(b));
  for (const r of byId.values()) {
    for (const other of r.conflictsWith ?? []) {
      // A link to a missing record is a data error the record tests report; it joins nothing here.
      if (!byId.has(other) || other === r.id) continue;
      link(r.id, other);
      link(other, r.id);
    }
  }
  const seen = new Set<string>();
  const groups: Group<K, R>[] = [];
  for (const start of [...neighbours.keys()].sort(compareText)) {
    if (seen.has(start)) continue;
    const ids = [start];
    seen.add(start);
    for (let i = 0; i < ids.length; i++) {
      for (const next of neighbours.get(ids[i] as string) ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        ids.push(next);
      }
    }
    ids.sort(compareText);
    const members = ids.map((id) => byId.get(id) as R);
    const notes = [...new Set(members.flatMap((r) => (r.conflictNote ? [r.conflictNote] : [])))];
    groups.push(Object.freeze({ kind, ids: Object.freeze(ids), records: Object.freeze(members), note: notes.length > 0 ? notes.join(' / ') : undefined }));
  }
  return groups;
}

/** {@link conflicts} over any dataset, computed once per dataset. */
export const conflictsIn = memoizeByDataset(
  (data: Dataset): readonly ConflictGroup[] =>
    Object.freeze([...groupsOf('deal', data.deals), ...groupsOf('metric', data.metrics), ...groupsOf('rule', data.rules)]),
);

/**
 * Every group of records that disagree about the same fact — deals, metrics and rules linked by
 * `conflictsWith`, links followed both ways and transitively — one group per disputed fact: a
 * record that restates another (`derivedFrom`) is left out, its origin stands for it. Groups come
 * deals first, then metrics, then rules, each kind ordered by its smallest id; within a group
 * ids are sorted.
 *
 * @example
 * import { conflicts } from 'ecosystem-ledger';
 * conflicts().some((g) => g.kind === 'metric' && g.records.every((m) => m.metric === 'fee-rate')); // → true
 */
export function conflicts(): readonly ConflictGroup[] {
  return conflictsIn(ledger);
}
