import { shownText } from '../util/shown-text.js';
import { LedgerError } from '../errors.js';
import { closestMatches, didYouMean } from './closest-matches.js';
import type { Dataset } from './dataset.js';
import { entityIndex } from './entity-index.js';

/** The `UNKNOWN_ENTITY` error for a name or id, suggesting up to five nearest entity names. */
export function unknownEntity(data: Dataset, value: string, caller: string): LedgerError {
  const { labels } = entityIndex(data);
  const names = closestMatches(value, [...labels.keys()], Infinity).map((label) => labels.get(label)?.name as string);
  const suggestions = [...new Set(names)].slice(0, 5);
  const hint = didYouMean(suggestions) ?? 'no entity has a similar name';
  return new LedgerError('UNKNOWN_ENTITY', `${caller}: unknown entity ${shownText(value)}; ${hint}`, { value, suggestions });
}
