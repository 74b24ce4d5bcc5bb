import { LedgerError } from '../errors.js';
import { showValue } from '../_lib/text.js';
import { assertMoney } from './assert-money.js';
import { currencyScale } from './currency-scale.js';
import { decimalString } from './decimal-string.js';
import type { Money } from './types.js';

// ES2023 Intl.NumberFormat formats a decimal string exactly; the project's TS lib is ES2022.
type FormatDecimal = (value: string) => string;

const formatters = /* @__PURE__ */ new Map<string, FormatDecimal>();

const invalidLocale = (locale: unknown): LedgerError =>
  new LedgerError('INVALID_OPTIONS', `format: locale ${showValue(locale)} is not allowed: a BCP 47 language tag such as "en-US" or "zh-CN", or none`, {
    locale: showValue(locale),
  });

/** The currency formatter of `m` in `locale`; a locale Intl cannot read throws INVALID_OPTIONS. */
function numberFormat(locale: string | undefined, m: Money): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: m.currency, minimumFractionDigits: m.scale, maximumFractionDigits: m.scale });
  } catch (error) {
    if (error instanceof RangeError) throw invalidLocale(locale);
    throw error;
  }
}

/**
 * Formats money for people with `Intl.NumberFormat`, from its exact decimal string (never a float).
 * Anything but Money throws INVALID_AMOUNT; a locale that is not a language tag, INVALID_OPTIONS.
 *
 * @example
 * format(money('1234.5', 'CNY'), 'en-US') // → 'CN¥1,234.50'
 * @example
 * format(money('1234.5', 'CNY'), 'zh-CN') // → '¥1,234.50'
 */
export function format(m: Money, locale?: string): string {
  assertMoney(m, 'format:');
  // any code but three capitals throws UNKNOWN_CURRENCY here, so Intl can only object to the locale
  if (!/^[A-Z]{3}$/.test(m.currency)) currencyScale(m.currency);
  if (locale !== undefined && typeof locale !== 'string') throw invalidLocale(locale);
  // building a formatter costs far more than formatting: keep one per locale, currency and scale
  const key = `${locale ?? ''}|${m.currency}|${m.scale}`;
  let formatDecimal = formatters.get(key);
  if (formatDecimal === undefined) {
    const formatter = numberFormat(locale, m);
    formatDecimal = formatter.format.bind(formatter) as unknown as FormatDecimal;
    formatters.set(key, formatDecimal);
  }
  return formatDecimal(decimalString(m.amount, m.scale));
}
