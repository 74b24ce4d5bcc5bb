import { LedgerError } from '../errors.js';
import { showValue } from '../_lib/text.js';
import { currencyScale } from './currency-scale.js';
import { fromUnits } from './from-units.js';
import { parseMinorUnits } from './parse-minor-units.js';
import { decimalString } from './decimal-string.js';
import type { Money } from './types.js';

/**
 * The minor units a JS number denotes, accepted only when they are exactly what it reads as:
 * its shortest round-trip decimal (`String(n)`, which reads back as the same double) has at
 * most `scale` decimals and safe minor units, and no amount one minor unit away reads as the
 * same double either. Above 2⁴⁶ (about 7 × 10¹³) doubles are 1/64 apart, so the literal
 * 70368744177664.01 is the double that also reads as 70368744177664.02: refused, rather than
 * guessed. Exponent forms ("1e+21", "1e-7") are beyond any currency's range or scale.
 */
function numberUnits(value: number, currency: string, scale: number): number {
  if (!Number.isFinite(value)) {
    throw new LedgerError('INVALID_AMOUNT', `invalid amount ${String(value)}: use a finite number or a decimal string`, { value });
  }
  const text = String(value);
  if (text.includes('e')) {
    if (Math.abs(value) >= 1) {
      throw new LedgerError('UNSAFE_AMOUNT', `amount ${text} is too large: at most ${Number.MAX_SAFE_INTEGER} minor units are allowed`, { value });
    }
    throw new LedgerError('TOO_MANY_DECIMALS', `amount ${text} has more decimal places than ${currency} allows (${scale})`, { value });
  }
  // "0.1 + 0.2" reads as "0.30000000000000004" and is refused here for its decimals
  const units = parseMinorUnits(text, scale);
  const reads = (amount: number): number => Number(decimalString(amount, scale));
  if (reads(units - 1) === value || reads(units + 1) === value) {
    throw new LedgerError(
      'UNSAFE_AMOUNT',
      `amount ${text} cannot be read exactly as ${currency}: a number this large is the same double for neighbouring amounts ` +
        `of ${scale} decimal places; pass the exact amount as a decimal string instead (such as "${text}", if that is the amount meant)`,
      { value, currency },
    );
  }
  return units;
}

/**
 * Builds exact money from a decimal string ("12.50"), a number that denotes exactly a decimal
 * of the currency's scale (12.5; not 0.1 + 0.2, which reads as 0.30000000000000004, nor
 * 70368744177664.01, a double that also reads as …664.02: UNSAFE_AMOUNT, pass a string), or a
 * bigint of whole units (12n).
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
  if (typeof value === 'number') return fromUnits(numberUnits(value, currency, scale), currency, scale);
  if (typeof value === 'string') return fromUnits(parseMinorUnits(value, scale), currency, scale);
  throw new LedgerError('INVALID_AMOUNT', `invalid amount ${showValue(value)}: use a decimal string, a number or a bigint`, { value: showValue(value) });
}
