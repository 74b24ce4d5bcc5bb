import type { Money } from './types.js';

/**
 * The exact decimal string of money, with all the currency's decimal places.
 *
 * @example
 * toDecimal(money('12.5', 'CNY')) // → '12.50'
 * @example
 * toDecimal(money('-0.05', 'CNY')) // → '-0.05'
 */
export function toDecimal(m: Money): string {
  const digits = String(Math.abs(m.amount));
  const sign = m.amount < 0 ? '-' : '';
  if (m.scale === 0) return sign + digits;
  const padded = digits.padStart(m.scale + 1, '0');
  return `${sign}${padded.slice(0, -m.scale)}.${padded.slice(-m.scale)}`;
}
