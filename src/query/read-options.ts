import { LedgerError } from '../errors.js';
import { showValue } from '../_lib/show-value.js';
import { closestMatches, didYouMean } from './closest-matches.js';

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
