import { expect } from 'vitest';
import type { ErrorCode, LedgerError } from '../../src/errors.js';
import { isLedgerError } from '../../src/errors.js';

/** Runs `fn`, expects it to throw a LedgerError with `code`, and returns the error for more checks. */
export function expectLedgerError(fn: () => unknown, code: ErrorCode): LedgerError {
  try {
    fn();
  } catch (error) {
    expect(isLedgerError(error) ? error.code : error).toBe(code);
    return error as LedgerError;
  }
  throw new Error(`expected a LedgerError ${code}, but nothing was thrown`);
}
