import { LedgerError } from '../errors.js';
import { showValue } from '../_lib/text.js';
import type { Money } from './types.js';

/**
 * Internal: wraps integer minor units as frozen Money, refusing anything but a safe integer so
 * that an overflow is an error, never a wrong number.
 */
export function fromUnits(amount: number, currency: string, scale: number): Money {
  if (!Number.isSafeInteger(amount)) {
    throw new LedgerError(
      'UNSAFE_AMOUNT',
      `amount ${showValue(amount)} ${currency} minor units is not a safe integer: at most ±${Number.MAX_SAFE_INTEGER} are allowed`,
      { amount, currency },
    );
  }
  return Object.freeze({ amount, currency, scale });
}
