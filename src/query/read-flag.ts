import { LedgerError } from '../errors.js';
import { showValue } from '../util/show-value.js';

/**
 * Reads a boolean option; absent means false.
 *
 * @throws {LedgerError} `INVALID_QUERY` for anything but a boolean or undefined.
 */
export function readFlag(value: unknown, name: string, caller: string): boolean {
  if (value === undefined || typeof value === 'boolean') return value === true;
  throw new LedgerError('INVALID_QUERY', `${caller}: ${name} is true or false; got ${showValue(value)}`, { value });
}
