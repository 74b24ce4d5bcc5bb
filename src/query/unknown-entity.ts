import { shownText } from '../_lib/shown-text.js';
import { LedgerError } from '../errors.js';
import { closestMatches, didYouMean } from './closest-matches.js';
import type { Dataset } from './dataset.js';
import { entityIndex } from './entity-index.js';
import { foldName } from './fold-name.js';
import { nameKey } from './name-key.js';

/** The `UNKNOWN_ENTITY` error for a name or id, suggesting up to five nearest entity names. */
export function unknownEntity(data: Dataset, value: string, caller: string): LedgerError {
  const { labels } = entityIndex(data);
  const names = closestMatches(value, [...labels.keys()], Infinity).map((label) => labels.get(label)?.name as string);
  const suggestions = [...new Set(names)].slice(0, 5);
  const hint = didYouMean(suggestions) ?? 'no entity has a similar name';
  return new LedgerError('UNKNOWN_ENTITY', `${caller}: unknown entity ${shownText(value)}; ${hint}`, { value, suggestions });
}

/**
 * The `UNKNOWN_ENTITY` error for an id that is not one (`entityOf` takes ids only): suggests up
 * to five nearest ids, or, when the value is a name or alias, the id of that entity and
 * `resolveEntity`, which takes names.
 */
export function unknownEntityId(data: Dataset, id: string, caller: string): LedgerError {
  const index = entityIndex(data);
  const loose = index.byFolded.get(foldName(id)) ?? [];
  const named = index.byKey.get(nameKey(id)) ?? (loose.length === 1 ? loose[0] : undefined);
  if (named) {
    return new LedgerError(
      'UNKNOWN_ENTITY',
      `${caller}: "${id}" is not an id but the ${named.name === id ? 'name' : 'name or alias'} of "${named.id}": ${caller} takes ids; resolveEntity takes names and aliases`,
      { value: id, suggestions: [named.id] },
    );
  }
  const suggestions = closestMatches(id, [...index.byId.keys()], 5);
  const hint = didYouMean(suggestions) ?? 'no entity has a similar id';
  // resolveEntity reaches here for a record whose id is unknown: pointing to itself would not help
  const pointer = caller === 'resolveEntity' ? '' : ' (resolveEntity takes names and aliases)';
  return new LedgerError('UNKNOWN_ENTITY', `${caller}: unknown entity id "${id}"; ${hint}${pointer}`, { value: id, suggestions });
}
