import { toDecimal } from './to-decimal.js';
import type { Money } from './types.js';

// ES2023 Intl.NumberFormat formats a decimal string exactly; the project's TS lib is ES2022.
type FormatDecimal = (value: string) => string;

const formatters = /* @__PURE__ */ new Map<string, FormatDecimal>();

/**
 * Formats money for people with `Intl.NumberFormat`, from its exact decimal string (never a float).
 *
 * @example
 * format(money('1234.5', 'CNY'), 'en-US') // → 'CN¥1,234.50'
 * @example
 * format(money('1234.5', 'CNY'), 'zh-CN') // → '¥1,234.50'
 */
export function format(m: Money, locale?: string): string {
  // building a formatter costs far more than formatting: keep one per locale, currency and scale
  const key = `${locale ?? ''}|${m.currency}|${m.scale}`;
  let formatDecimal = formatters.get(key);
  if (formatDecimal === undefined) {
    const formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: m.currency,
      minimumFractionDigits: m.scale,
      maximumFractionDigits: m.scale,
    });
    formatDecimal = formatter.format.bind(formatter) as unknown as FormatDecimal;
    formatters.set(key, formatDecimal);
  }
  return formatDecimal(toDecimal(m));
}
