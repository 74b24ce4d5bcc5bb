import { fromUnits } from './from-units.js';
import { assertMoney } from './assert-money.js';
import { assertSameCurrency } from './same-currency.js';
import type { Money } from './types.js';

/**
 * The exact difference `a − b` of two amounts of the same currency.
 *
 * @example
 * toDecimal(subtract(money('0.80', 'CNY'), money('1.00', 'CNY'))) // → '-0.20'
 */
export function subtract(a: Money, b: Money): Money {
  assertMoney(a, 'subtract: a');
  assertMoney(b, 'subtract: b');
  assertSameCurrency(a, b);
  return fromUnits(a.amount - b.amount, a.currency, a.scale);
}
