import { currencyScale } from '../money/currency-scale.js';
import { fromUnits } from '../money/from-units.js';
import type { Money } from '../money/types.js';
import { checkPriceUnits } from './_lib/check-price.js';
import { applySplit, compileSplit } from './compile-split.js';
import { defineRule } from './define-rule.js';
import { moneyUnits } from './_lib/money-units.js';
import type { Credits } from './credits.js';
import type { RoyaltyRule } from './rule-types.js';

/** One line of a split: the role, who is paid (if known) and the exact amount. */
export type SplitLine = Readonly<{ role: string; payee?: string; amount: Money }>;

/** The split of one sale: lines summing exactly to `gross`, and the total per payee. */
export type RevenueSplit = Readonly<{
  gross: Money;
  lines: readonly SplitLine[];
  byPayee: Readonly<Record<string, Money>>;
}>;

/**
 * Splits the price of one sale by a royalty rule, exactly: one flat largest-remainder
 * apportionment over every (role, payee), each getting role weight / Σ weights × share /
 * Σ shares of the role; ties go to the earlier entry (rule role order, then credit order).
 * Without credits there is one line per role. A payee in several roles gets one `byPayee` total
 * (lines without a payee are not in `byPayee`).
 *
 * @example
 * revenueSplit(xiamiDownloadRule, '0.80').lines.map((l) => toDecimal(l.amount)) // → ['0.20', '0.40', '0.20']
 * @example
 * revenueSplit(musicianPlatformRule, '0.05').lines.map((l) => toDecimal(l.amount)) // → ['0.01', '0.00', '0.04']
 * @example
 * const split = revenueSplit(musicianPlatformRule, '12.50', [
 *   { role: 'lyricist', payee: 'ann', share: 1 },
 *   { role: 'composer', payee: 'ann', share: 1 },
 *   { role: 'producer', payee: 'bo', share: 1 },
 * ]);
 * Object.entries(split.byPayee).map(([payee, amount]) => `${payee} ${toDecimal(amount)}`) // → ['ann 2.50', 'bo 10.00']
 */
export function revenueSplit(given: RoyaltyRule, price: string | number | Money, credits?: Credits): RevenueSplit {
  const rule = defineRule(given);
  const scale = currencyScale(rule.currency);
  const gross = fromUnits(moneyUnits(price, rule.currency, scale, 'price'), rule.currency, scale);
  checkPriceUnits(rule, gross.amount);
  const plan = compileSplit(rule, credits);
  const units = applySplit(plan, gross.amount);
  const totals = new Map<string, number>();
  const lines = plan.entries.map((entry, i): SplitLine => {
    const amount = units[i] as number;
    if (entry.payee !== undefined) totals.set(entry.payee, (totals.get(entry.payee) ?? 0) + amount);
    const payee = entry.payee !== undefined && { payee: entry.payee };
    return Object.freeze({ role: entry.role, ...payee, amount: fromUnits(amount, gross.currency, gross.scale) });
  });
  const byPayee = Object.fromEntries([...totals].map(([payee, amount]) => [payee, fromUnits(amount, gross.currency, gross.scale)]));
  return Object.freeze({ gross, lines: Object.freeze(lines), byPayee: Object.freeze(byPayee) });
}
