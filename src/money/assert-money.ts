import { LedgerError } from '../errors.js';
import { showValue } from '../_lib/text.js';
import type { Money } from './types.js';

const ALLOWED = "money such as money('12.50', 'CNY'): { amount: integer minor units, currency: a code, scale: 0 to 15 }";

/**
 * Internal: throws unless `value` has the shape of Money — an object whose `amount` is a safe
 * integer of minor units (INVALID_AMOUNT, or UNSAFE_AMOUNT beyond ±(2⁵³ − 1)), whose `currency`
 * is a string and whose `scale` an integer from 0 to 15 (INVALID_AMOUNT). `what` names the
 * argument in messages.
 */
export function assertMoney(value: unknown, what: string): asserts value is Money {
  const invalid = (): LedgerError => new LedgerError('INVALID_AMOUNT', `${what} ${showValue(value)} is not allowed: ${ALLOWED}`, { value: showValue(value) });
  if (typeof value !== 'object' || value === null) throw invalid();
  const { amount, currency, scale } = value as Record<string, unknown>;
  if (typeof amount !== 'number' || !Number.isInteger(amount) || typeof currency !== 'string') throw invalid();
  if (typeof scale !== 'number' || !Number.isInteger(scale) || scale < 0 || scale > 15) throw invalid();
  if (!Number.isSafeInteger(amount)) {
    throw new LedgerError('UNSAFE_AMOUNT', `${what} of ${amount} minor units is not a safe integer: at most ±${Number.MAX_SAFE_INTEGER} are allowed`, {
      amount,
    });
  }
}
