import { expect } from 'vitest';
import { isLedgerError, type ErrorCode } from '../../src/errors.js';

/** Asserts that `fn` throws a LedgerError with `code` whose message contains every `mention`. */
export function expectLedgerError(fn: () => unknown, code: ErrorCode, ...mentions: string[]): void {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(isLedgerError(caught), `expected a LedgerError ${code}, got ${String(caught)}`).toBe(true);
  expect((caught as { code: string }).code).toBe(code);
  for (const mention of mentions) expect((caught as Error).message).toContain(mention);
}
