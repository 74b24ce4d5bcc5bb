import type { Entity } from '../schema/records.js';
import { compareText } from '../util/compare-text.js';
import type { Dataset, EntityRef } from './dataset.js';
import { entityIndex } from './entity-index.js';
import { ledger } from './ledger.js';
import { resolveEntityIn } from './resolve-entity.js';

/** {@link subsidiariesOf} over any dataset. */
export function subsidiariesOfIn(data: Dataset, entity: EntityRef, caller = 'subsidiariesOf'): readonly Entity[] {
  const root = resolveEntityIn(data, entity, caller);
  const { children } = entityIndex(data);
  const found = new Map<string, Entity>();
  const queue = [root.id];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const child of children.get(id) ?? []) {
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
 * order, without the entity itself. Parent links count whatever their `since`/`until` dates.
 *
 * @throws {LedgerError} as {@link resolveEntity} for an unknown entity.
 * @example
 * import { subsidiariesOf } from 'ecosystem-ledger';
 * subsidiariesOf('Ant Group').some((e) => e.id === 'alipay'); // → true
 */
export function subsidiariesOf(entity: EntityRef): readonly Entity[] {
  return subsidiariesOfIn(ledger, entity);
}
