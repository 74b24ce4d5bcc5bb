import type { Entity } from '../schema/records.js';
import { LedgerError } from '../errors.js';
import { entityIndex, foldName, nameKey, unknownEntity } from './_lib/names.js';
import { type Dataset, type EntityRef, ledger } from './_lib/dataset.js';
import { entityOfIn } from './entity-of.js';
import { invalidQuery } from './_lib/vocabulary.js';

/** {@link resolveEntity} over any dataset; `caller` names the public function in error messages. */
export function resolveEntityIn(data: Dataset, ref: EntityRef, caller = 'resolveEntity'): Entity {
  if (typeof ref === 'object' && ref !== null && typeof ref.id === 'string') return entityOfIn(data, ref.id, caller);
  if (typeof ref !== 'string' || ref.trim() === '') {
    throw invalidQuery(caller, 'an entity is a non-empty name, alias or id, or an entity record', ref);
  }
  const index = entityIndex(data);
  const exact = index.byKey.get(nameKey(ref));
  if (exact) return exact;
  const loose = index.byFolded.get(foldName(ref)) ?? [];
  if (loose.length === 1) return loose[0] as Entity;
  if (loose.length > 1) {
    const candidates = loose.map((e) => e.name);
    throw new LedgerError(
      'AMBIGUOUS_ENTITY',
      `${caller}: "${ref}" matches ${candidates.map((n) => `"${n}"`).join(' and ')} once punctuation is ignored; give one of them exactly`,
      { value: ref, suggestions: candidates },
    );
  }
  throw unknownEntity(data, ref, caller);
}

/**
 * Finds an entity by id, name or alias (Chinese names included). Matching is tried in two steps:
 * first ignoring case and extra whitespace ('alibaba group'), then also ignoring punctuation and
 * spacing ('Xiami.com' = 'xiami com' = 'XIAMI-COM'). An entity record is accepted too and comes
 * back as the dataset's own record.
 *
 * @throws {LedgerError} `UNKNOWN_ENTITY` naming the value, with the nearest names in the message
 *   and in `details.suggestions`; `AMBIGUOUS_ENTITY` when only the punctuation-blind step matches,
 *   and matches several entities; `INVALID_QUERY` for a blank or non-string value.
 * @example
 * import { isLedgerError, resolveEntity } from 'ecosystem-ledger';
 * resolveEntity('alibaba group').id; // → 'alibaba'
 * resolveEntity('Ant Financial').name; // → 'Ant Group'
 * resolveEntity('xiami com').name; // → 'Xiami'
 * resolveEntity('Alibab'); // → throws UNKNOWN_ENTITY
 * (() => { try { resolveEntity('Alibab'); } catch (e) { return isLedgerError(e) ? (e.details.suggestions as string[])[0] : e; } })(); // → 'Alibaba Group'
 */
export function resolveEntity(nameOrId: EntityRef): Entity {
  return resolveEntityIn(ledger, nameOrId);
}
