import { expect } from 'vitest';
import { isLedgerError, type ErrorCode, type LedgerError } from '../src/errors.js';

/**
 * Asserts that `fn` throws a LedgerError with `code` whose message contains every `mention`,
 * and returns the error for further checks.
 */
export function expectLedgerError(fn: () => unknown, code: ErrorCode, ...mentions: string[]): LedgerError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  return checkLedgerError(caught, code, mentions);
}

/** {@link expectLedgerError} for a promise: asserts that it rejects with such an error. */
export async function expectLedgerRejection(promise: Promise<unknown>, code: ErrorCode, ...mentions: string[]): Promise<LedgerError> {
  return checkLedgerError(await promise.then(() => undefined, (error: unknown) => error), code, mentions);
}

function checkLedgerError(caught: unknown, code: ErrorCode, mentions: readonly string[]): LedgerError {
  expect(isLedgerError(caught), `expected a LedgerError ${code}, got ${String(caught)}`).toBe(true);
  const error = caught as LedgerError;
  expect(error.code).toBe(code);
  for (const mention of mentions) expect(error.message).toContain(mention);
  return error;
}
