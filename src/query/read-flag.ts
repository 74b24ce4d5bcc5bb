import { invalidQuery } from './invalid-query.js';

/**
 * Reads a boolean option; absent means false.
 *
 * @throws {LedgerError} `INVALID_QUERY` for anything but a boolean or undefined.
 */
export function readFlag(value: unknown, name: string, caller: string): boolean {
  if (value === undefined || typeof value === 'boolean') return value === true;
  throw invalidQuery(caller, `${name} is true or false`, value);
}
