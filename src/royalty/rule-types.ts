import type { Money } from '../money/types.js';

/** A passage of a stored source, copied character for character (at most 300 characters). */
export type RuleCitation = Readonly<{ source: string; quote: string }>;

/** One role of a rule: its integer weight (percent) and, for the platform, a fixed payee. */
export type RuleRole = Readonly<{ role: string; weight: number; payee?: string }>;

/**
 * A royalty rule: how the price of one sale is shared between roles, in the order the source
 * states them. A role with a fixed `payee` (the platform) needs no credits.
 */
export type RoyaltyRule = Readonly<{
  id: string;
  name: string;
  currency: string;
  roles: readonly RuleRole[];
  priceCap?: Money;
  listPrice?: Money;
  platformRole?: string;
  citations: readonly RuleCitation[];
}>;
