import { LedgerError } from '../../errors.js';
import { currencyScale } from '../../money/currency-scale.js';
import { decimalString } from '../../money/decimal-string.js';
import type { RoyaltyRule } from '../rule-types.js';

const capOf = (rule: RoyaltyRule): number => rule.priceCap?.amount ?? Number.MAX_SAFE_INTEGER;

/** Internal: whether `units` (minor units of one sale's price in the rule's currency) is positive and within the rule's `priceCap`. */
export const priceAllowed = (rule: RoyaltyRule, units: number): boolean => units > 0 && units <= capOf(rule);

/**
 * Internal: throws INVALID_PRICE unless `units` (minor units of one sale's price in the rule's
 * currency) is positive, and PRICE_ABOVE_CAP if it exceeds the rule's `priceCap`.
 */
export function checkPriceUnits(rule: RoyaltyRule, units: number): void {
  if (priceAllowed(rule, units)) return;
  const cap = capOf(rule);
  const shown = (amount: number): string =>
    `${decimalString(amount, currencyScale(rule.currency))} ${rule.currency}`;
  if (!(units > 0)) {
    throw new LedgerError('INVALID_PRICE', `price ${shown(units)} is not allowed: a price is positive`, { units });
  }
  throw new LedgerError('PRICE_ABOVE_CAP', `price ${shown(units)} is above the cap of rule "${rule.id}": at most ${shown(cap)}`, {
    units,
    cap,
  });
}
