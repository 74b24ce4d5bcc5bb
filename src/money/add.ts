import { fromUnits } from './from-units.js';
import { assertMoney } from './assert-money.js';
import { assertSameCurrency } from './same-currency.js';
import type { Money } from './types.js';

/**
 * The exact sum of two amounts of the same currency.
 *
 * @example
 * toDecimal(add(money('0.10', 'CNY'), money('0.20', 'CNY'))) // → '0.30'
 */
export function add(a: Money, b: Money): Money {
  assertMoney(a, 'add: a');
  assertMoney(b, 'add: b');
  assertSameCurrency(a, b);
  return fromUnits(a.amount + b.amount, a.currency, a.scale);
}
