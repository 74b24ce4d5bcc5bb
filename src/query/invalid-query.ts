import { LedgerError } from '../errors.js';
import { showValue } from '../_lib/show-value.js';

/**
 * Internal: the INVALID_QUERY error of a query argument of the wrong type or shape, worded as
 * `${caller}: ${expected}; got <value>`, with the value in its details.
 */
export function invalidQuery(caller: string, expected: string, value: unknown): LedgerError {
  return new LedgerError('INVALID_QUERY', `${caller}: ${expected}; got ${showValue(value)}`, { value });
}
