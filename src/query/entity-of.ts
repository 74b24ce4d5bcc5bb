import type { Entity } from '../schema/records.js';
import { entityIndex, unknownEntityId } from './_lib/names.js';
import { type Dataset, ledger } from './_lib/dataset.js';
import { invalidQuery } from './_lib/vocabulary.js';

/** {@link entityOf} over any dataset. */
export function entityOfIn(data: Dataset, id: string, caller = 'entityOf'): Entity {
  if (typeof id !== 'string') {
    throw invalidQuery(caller, 'an entity id is a string', id);
  }
  const entity = entityIndex(data).byId.get(id);
  if (!entity) throw unknownEntityId(data, id, caller);
  return entity;
}

/**
 * The entity with exactly this id: the strict lookup for following a record's links
 * (`deal.parties[0].entity`, `metric.entity`, `entity.parent.entity`). For names and aliases use
 * {@link resolveEntity}.
 *
 * @throws {LedgerError} `UNKNOWN_ENTITY` when no entity has the id, with the nearest ids in
 *   `details.suggestions` — or, for a name or alias, that entity's id and a pointer to `resolveEntity`.
 * @example
 * import { entityOf, isLedgerError } from 'ecosystem-ledger';
 * entityOf('alibaba').name; // → 'Alibaba Group'
 * entityOf('Alibaba Group'); // → throws UNKNOWN_ENTITY
 * (() => { try { entityOf('Alibaba Group'); } catch (e) { return isLedgerError(e) && e.details.suggestions; } })(); // → ['alibaba']
 * (() => { try { entityOf('alibaab'); } catch (e) { return isLedgerError(e) ? (e.details.suggestions as string[])[0] : e; } })(); // → 'alibaba'
 */
export function entityOf(id: string): Entity {
  return entityOfIn(ledger, id);
}
