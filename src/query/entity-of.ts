import type { EntityRecord } from '../data/define.js';
import type { Dataset } from './dataset.js';
import { entityIndex } from './entity-index.js';
import { ledger } from './ledger.js';
import { unknownEntity } from './unknown-entity.js';
import { invalidQuery } from './invalid-query.js';

/** {@link entityOf} over any dataset. */
export function entityOfIn(data: Dataset, id: string, caller = 'entityOf'): EntityRecord {
  if (typeof id !== 'string') {
    throw invalidQuery(caller, 'an entity id is a string', id);
  }
  const entity = entityIndex(data).byId.get(id);
  if (!entity) throw unknownEntity(data, id, caller);
  return entity;
}

/**
 * The entity with exactly this id: the strict lookup for following a record's links
 * (`deal.parties[0].entity`, `metric.entity`, `entity.parent.entity`). For names and aliases use
 * {@link resolveEntity}.
 *
 * @throws {LedgerError} `UNKNOWN_ENTITY` (with `details.suggestions`) when no entity has the id.
 * @example
 * import { entityOf } from 'ecosystem-ledger';
 * entityOf('alibaba').name; // → 'Alibaba Group'
 */
export function entityOf(id: string): EntityRecord {
  return entityOfIn(ledger, id);
}
