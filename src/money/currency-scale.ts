import { LedgerError } from '../errors.js';
import { showValue } from '../_lib/text.js';
import { SCALE_OF } from './currency-scales.js';

/**
 * The number of decimal places (minor-unit digits) of an active ISO 4217 currency code, from
 * the library's own table ({@link CURRENCY_SCALES}), so the same in Node, Deno, Bun and browsers.
 * Any other value throws UNKNOWN_CURRENCY naming it.
 *
 * @example
 * currencyScale('CNY') // → 2
 * @example
 * currencyScale('HUF') // → 2
 * @example
 * currencyScale('JPY') // → 0
 */
export function currencyScale(code: string): number {
  const scale = typeof code === 'string' ? SCALE_OF.get(code) : undefined;
  if (scale !== undefined) return scale;
  throw new LedgerError(
    'UNKNOWN_CURRENCY',
    `unknown currency ${showValue(code)}: use an active upper-case ISO 4217 code such as CNY, USD or EUR`,
    { currency: typeof code === 'string' ? code : showValue(code) },
  );
}
