import type { ErrorCode } from '../errors.js';
import { LedgerError } from '../errors.js';
import { closestMatches, didYouMean } from './closest-matches.js';
import { invalidQuery } from './invalid-query.js';
import { shownText } from '../_lib/shown-text.js';
import type { Vocabulary } from './private-vocabulary.js';

/**
 * Reads an option that takes one value of a closed vocabulary or a non-empty list of them, and
 * returns the set to match against (undefined when the option is absent).
 *
 * @throws {LedgerError} `code` for a value outside the vocabulary, naming the nearest allowed
 *   values (or all of them when none is near); `INVALID_QUERY` for anything but a string or a
 *   non-empty array of strings.
 */
export function readVocabulary<T extends string>(
  value: unknown,
  vocabulary: Vocabulary<T>,
  code: ErrorCode,
  label: string,
  caller: string,
): ReadonlySet<T> | undefined {
  if (value === undefined) return undefined;
  const values: readonly unknown[] = Array.isArray(value) ? value : [value];
  if (values.length === 0 || values.some((v) => typeof v !== 'string')) {
    throw invalidQuery(caller, `a ${label} is a string or a non-empty array of strings`, value);
  }
  for (const v of values as readonly string[]) {
    if (vocabulary.has(v)) continue;
    const suggestions = closestMatches(v, vocabulary.values);
    const hint = didYouMean(suggestions) ?? `allowed: ${vocabulary.values.join(', ')}`;
    throw new LedgerError(code, `${caller}: unknown ${label} ${shownText(v)}; ${hint}`, { value: v, allowed: vocabulary.values, suggestions });
  }
  return new Set(values as readonly T[]);
}
