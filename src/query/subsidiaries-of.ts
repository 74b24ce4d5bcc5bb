import type { Entity, ParentLink, PartialDate } from '../schema/records.js';
import { compareText } from '../_lib/text.js';
import { entityIndex } from './_lib/names.js';
import { type Dataset, type EntityRef, ledger } from './_lib/dataset.js';
import { type Interval, optionalInterval, overlaps, readDate } from './_lib/dates.js';
import { readOptions } from './_lib/vocabulary.js';
import { resolveEntityIn } from './resolve-entity.js';

/** What {@link subsidiariesOf} selects on. */
export interface SubsidiariesQuery {
  /**
   * The group as it stood on some day of this partial date: current and former parent links that
   * held then (a link without `since` reaches back indefinitely, one without `until` to today).
   * Without it, only current `parent` links count, whatever their dates.
   */
  readonly asOf?: PartialDate;
}

const OPTIONS = ['asOf'] as const;

/** Whether a link's span, from the start of `since` to the end of `until`, shares a day with `day`. */
function heldDuring(link: ParentLink, day: Interval): boolean {
  const span = { start: optionalInterval(link.since)?.start ?? '0000-01-01', end: optionalInterval(link.until)?.end ?? '9999-12-31' };
  return overlaps(span, day);
}

/** {@link subsidiariesOf} over any dataset. */
export function subsidiariesOfIn(
  data: Dataset,
  entity: EntityRef,
  query?: SubsidiariesQuery,
  caller = 'subsidiariesOf',
): readonly Entity[] {
  const root = resolveEntityIn(data, entity, caller);
  const asOf = readDate(readOptions(query, OPTIONS, caller).asOf, 'asOf', caller);
  const { children, links } = entityIndex(data);
  const childrenOf = (id: string): readonly Entity[] =>
    asOf === undefined ? (children.get(id) ?? []) : (links.get(id) ?? []).filter(({ link }) => heldDuring(link, asOf)).map(({ child }) => child);
  const found = new Map<string, Entity>();
  const queue = [root.id];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const child of childrenOf(id)) {
      // The root and already-seen entities are skipped, so a cycle in parent links cannot loop.
      if (child.id === root.id || found.has(child.id)) continue;
      found.set(child.id, child);
      queue.push(child.id);
    }
  }
  return Object.freeze([...found.values()].sort((a, b) => compareText(a.id, b.id)));
}

/**
 * Every entity whose chain of `parent` links reaches this one (children, grandchildren, …), in id
 * order, without the entity itself. By default this is the group today: current `parent` links
 * count whatever their `since`/`until` dates, and `formerParents` do not, so an operation put
 * into a joint venture is the venture's, not its old owner's. With `asOf`, the group as it stood
 * then: every link, current or former, that held on some day of that partial date (in the year a
 * link changed hands, both owners count).
 *
 * @throws {LedgerError} as {@link resolveEntity} for an unknown entity; `INVALID_DATE` for a
 *   malformed `asOf`; `INVALID_QUERY` for an unknown option or an `asOf` that is not a string.
 * @example
 * import { subsidiariesOf } from 'ecosystem-ledger';
 * subsidiariesOf('Ant Group').some((e) => e.id === 'alipay'); // → true
 * subsidiariesOf('Alibaba').some((e) => e.id === 'aliexpress-russia'); // → false
 * subsidiariesOf('Alibaba', { asOf: '2018' }).some((e) => e.id === 'aliexpress-russia'); // → true
 * subsidiariesOf('Alibaba', { asOf: '2015' }).some((e) => e.id === 'youku'); // → false
 * subsidiariesOf('Alibaba', { asOf: '2018-13' }); // → throws INVALID_DATE
 */
export function subsidiariesOf(entity: EntityRef, query?: SubsidiariesQuery): readonly Entity[] {
  return subsidiariesOfIn(ledger, entity, query);
}
