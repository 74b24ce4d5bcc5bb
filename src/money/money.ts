import { LedgerError } from '../errors.js';
import { currencyScale } from './currency-scale.js';
import { fromUnits } from './from-units.js';
import { parseMinorUnits } from './parse-minor-units.js';
import type { Money } from './types.js';

function numberToDecimal(value: number): string {
  if (!Number.isFinite(value)) {
    throw new LedgerError('INVALID_AMOUNT', `invalid amount ${String(value)}: use a finite number or a decimal string`, { value });
  }
  // String() gives the shortest decimal that reads back as the same double, so 12.5 → "12.5"
  // and 0.1 + 0.2 → "0.30000000000000004" (then rejected for its decimals).
  const text = String(value);
  if (!text.includes('e')) return text;
  if (Math.abs(value) >= 1) {
    throw new LedgerError('UNSAFE_AMOUNT', `amount ${text} is too large: at most ${Number.MAX_SAFE_INTEGER} minor units are allowed`, { value });
  }
  throw new LedgerError('TOO_MANY_DECIMALS', `amount ${text} has more decimal places than its currency allows`, { value });
}

/**
 * Builds exact money from a decimal string ("12.50"), a number whose shortest decimal form fits
 * the currency's scale (12.5; not 0.1 + 0.2), or a bigint of whole units (12n).
 *
 * @example
 * money('12.50', 'CNY') // → { amount: 1250, currency: 'CNY', scale: 2 }
 * @example
 * money(500, 'JPY') // → { amount: 500, currency: 'JPY', scale: 0 }
 */
export function money(value: string | number | bigint, currency: string): Money {
  const scale = currencyScale(currency);
  if (typeof value === 'bigint') {
    const units = value * 10n ** BigInt(scale);
    if (units > BigInt(Number.MAX_SAFE_INTEGER) || units < -BigInt(Number.MAX_SAFE_INTEGER)) {
      throw new LedgerError('UNSAFE_AMOUNT', `amount ${value} ${currency} is too large: at most ${Number.MAX_SAFE_INTEGER} minor units are allowed`, { value: String(value) });
    }
    return fromUnits(Number(units), currency, scale);
  }
  if (typeof value === 'number') return fromUnits(parseMinorUnits(numberToDecimal(value), scale), currency, scale);
  if (typeof value === 'string') return fromUnits(parseMinorUnits(value, scale), currency, scale);
  throw new LedgerError('INVALID_AMOUNT', `invalid amount ${String(value)}: use a decimal string, a number or a bigint`, { value: String(value) });
}
