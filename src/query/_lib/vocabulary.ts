// Internal: reading a query's options — vocabularies (public and private), flags, the
// options object itself — and the INVALID_QUERY error that names a bad one.
import { shownText, showValue } from '../../_lib/text.js';
import { type ErrorCode, LedgerError } from '../../errors.js';
import { closestMatches, didYouMean } from './names.js';

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

/** Internal: a private copy of a vocabulary tuple, as {@link privateVocabulary} makes it. */
export type Vocabulary<T extends string> = Readonly<{ values: readonly T[]; has: (value: string) => value is T }>;

/**
 * Internal: a copy of `tuple` taken at module load, which a caller cannot reach: the queries
 * check input against it, not against the exported tuple.
 */
export function privateVocabulary<T extends string>(tuple: readonly T[]): Vocabulary<T> {
  const values = Object.freeze([...tuple]);
  const set: ReadonlySet<string> = new Set(values);
  return Object.freeze({ values, has: (value: string): value is T => set.has(value) });
}

/**
 * Reads a boolean option; absent means false.
 *
 * @throws {LedgerError} `INVALID_QUERY` for anything but a boolean or undefined.
 */
export function readFlag(value: unknown, name: string, caller: string): boolean {
  if (value === undefined || typeof value === 'boolean') return value === true;
  throw invalidQuery(caller, `${name} is true or false`, value);
}

/**
 * Checks that a query's options are a plain object with known keys only, so a misspelt option
 * fails loudly instead of being ignored. `undefined` options mean none.
 *
 * @throws {LedgerError} `INVALID_QUERY` naming the bad value or key and the allowed keys.
 */
export function readOptions(options: unknown, allowed: readonly string[], caller: string): Readonly<Record<string, unknown>> {
  if (options === undefined) return {};
  const prototype = options !== null && typeof options === 'object' ? Object.getPrototypeOf(options) : undefined;
  if (prototype !== Object.prototype && prototype !== null) {
    throw new LedgerError('INVALID_QUERY', `${caller}: options must be an object with keys ${allowed.join(', ')}; got ${showValue(options)}`, {
      value: options,
      allowed,
    });
  }
  for (const key of Object.keys(options as object)) {
    if (allowed.includes(key)) continue;
    const suggestions = closestMatches(key, allowed, 1);
    const hint = didYouMean(suggestions);
    throw new LedgerError('INVALID_QUERY', `${caller}: unknown option "${key}"; ${hint ? `${hint} ` : ''}options are ${allowed.join(', ')}`, {
      value: key,
      allowed,
      suggestions,
    });
  }
  return options as Readonly<Record<string, unknown>>;
}

/**
 * Internal: the INVALID_QUERY error of a query argument of the wrong type or shape, worded as
 * `${caller}: ${expected}; got <value>`, with the value in its details.
 */
export function invalidQuery(caller: string, expected: string, value: unknown): LedgerError {
  return new LedgerError('INVALID_QUERY', `${caller}: ${expected}; got ${showValue(value)}`, { value });
}
