import { LedgerError } from '../../errors.js';
import { fromUnits } from '../../money/from-units.js';
import { money } from '../../money/money.js';
import { parseMinorUnits } from '../../money/parse-minor-units.js';
import { showValue } from '../../_lib/text.js';
import type { Money } from '../../money/types.js';

/**
 * Internal: the integer minor units of `value` (a decimal string, an exactly representable
 * number, or Money) in `currency` at `scale` — prices, gross totals, payouts and balances alike. Strings go straight to parseMinorUnits (the CSV
 * hot path); Money in another currency or scale throws CURRENCY_MISMATCH; `what` names the
 * value in messages.
 */
export function moneyUnits(value: unknown, currency: string, scale: number, what: string): number {
  if (typeof value === 'string') return parseMinorUnits(value, scale);
  if (typeof value === 'number') return money(value, currency).amount;
  if (typeof value === 'object' && value !== null && 'currency' in value && 'amount' in value) {
    const given = value as Money;
    if (given.currency !== currency || given.scale !== scale) {
      throw new LedgerError(
        'CURRENCY_MISMATCH',
        `${what} in ${showValue(given.currency)} (scale ${showValue(given.scale)}) is not allowed: use ${currency} (scale ${scale})`,
        { currency: showValue(given.currency), expected: currency },
      );
    }
    return fromUnits(given.amount, currency, scale).amount;
  }
  throw new LedgerError('INVALID_AMOUNT', `${what} ${showValue(value)} is not allowed: use a decimal string such as "12.50" or Money`, {
    value: showValue(value),
  });
}
