import { LedgerError } from '../errors.js';

// ISO 4217 minor units of common currencies (Intl follows CLDR, which differs for some, e.g. IDR);
// any other code asks Intl.
const KNOWN_SCALES: Readonly<Record<string, number>> = {
  CNY: 2, USD: 2, EUR: 2, HKD: 2, TWD: 2, SGD: 2, GBP: 2, RUB: 2, INR: 2, NGN: 2, KES: 2,
  ZAR: 2, AUD: 2, CAD: 2, CHF: 2, IDR: 2, MYR: 2, THB: 2, BRL: 2, AED: 2, JPY: 0, KRW: 0,
  VND: 0, BHD: 3, KWD: 3,
};

const cache = new Map<string, number>(Object.entries(KNOWN_SCALES));
let intlCodes: ReadonlySet<string> | undefined;

/**
 * The number of decimal places (minor-unit digits) of an ISO 4217 currency code.
 *
 * @example
 * currencyScale('CNY') // → 2
 * @example
 * currencyScale('JPY') // → 0
 */
export function currencyScale(code: string): number {
  const known = cache.get(code);
  if (known !== undefined) return known;
  intlCodes ??= new Set(Intl.supportedValuesOf('currency'));
  if (typeof code !== 'string' || !intlCodes.has(code)) {
    throw new LedgerError(
      'UNKNOWN_CURRENCY',
      `unknown currency ${JSON.stringify(code)}: use an upper-case ISO 4217 code such as CNY, USD or EUR`,
      { currency: code },
    );
  }
  const scale = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
    .maximumFractionDigits as number;
  cache.set(code, scale);
  return scale;
}
