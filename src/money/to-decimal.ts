import { assertMoney } from './assert-money.js';
import { decimalString } from './decimal-string.js';
import type { Money } from './types.js';

/**
 * The exact decimal string of money, with all the currency's decimal places. Anything but Money
 * throws INVALID_AMOUNT (or UNKNOWN_CURRENCY, UNSAFE_AMOUNT) naming it.
 *
 * @example
 * toDecimal(money('12.5', 'CNY')) // → '12.50'
 * @example
 * toDecimal(money('-0.05', 'CNY')) // → '-0.05'
 */
export function toDecimal(m: Money): string {
  assertMoney(m, 'toDecimal:');
  return decimalString(m.amount, m.scale);
}
