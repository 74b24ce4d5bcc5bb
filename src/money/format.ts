import { toDecimal } from './to-decimal.js';
import type { Money } from './types.js';

// ES2023 Intl.NumberFormat formats a decimal string exactly; the project's TS lib is ES2022.
type FormatDecimal = (value: string) => string;

/**
 * Formats money for people with `Intl.NumberFormat`, from its exact decimal string (never a float).
 *
 * @example
 * format(money('1234.5', 'CNY'), 'en-US') // → 'CN¥1,234.50'
 * @example
 * format(money('1234.5', 'CNY'), 'zh-CN') // → '¥1,234.50'
 */
export function format(m: Money, locale?: string): string {
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: m.currency,
    minimumFractionDigits: m.scale,
    maximumFractionDigits: m.scale,
  });
  return (formatter.format as unknown as FormatDecimal)(toDecimal(m));
}
