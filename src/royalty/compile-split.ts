import { allocateUnits } from '../money/allocate.js';
import { groupCredits, type Credits } from './credits.js';
import type { RoyaltyRule } from './rules.js';

/** One (role, payee) line of a split and its exact weight over the gross. */
export type SplitEntry = Readonly<{ role: string; payee?: string; weight: bigint }>;

/**
 * A rule and credits validated once and reduced to exact weights, for {@link applySplit}.
 * Entries follow the rule's role order, then the credits' declaration order within a role.
 */
export type SplitPlan = Readonly<{ rule: RoyaltyRule; entries: readonly SplitEntry[]; weights: readonly bigint[] }>;

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));

/**
 * Validates `credits` against `rule` once and turns every (role, payee) into an exact BigInt
 * weight: role weight × payee share / Σ shares of the role, over a common denominator.
 * Without credits there is one entry per role (payee: the rule's fixed payee, if any).
 *
 * @example
 * compileSplit(musicianPlatformRule, [
 *   { role: 'lyricist', payee: 'ann', share: 1 },
 *   { role: 'composer', payee: 'ann', share: 1 },
 *   { role: 'producer', payee: 'bo', share: 1 },
 * ]).entries.map((e) => e.weight) // → [10n, 10n, 80n]
 */
export function compileSplit(rule: RoyaltyRule, credits?: Credits): SplitPlan {
  const groups = credits === undefined ? undefined : groupCredits(rule, credits);
  // each credited role's share total, and their lcm, so that each entry's fraction is an
  // integer over one denominator
  const shareSums = new Map<string, bigint>();
  let denominator = 1n;
  for (const [role, group] of groups ?? []) {
    let sum = 0n;
    for (const c of group) sum += BigInt(c.share);
    shareSums.set(role, sum);
    denominator = (denominator * sum) / gcd(denominator, sum);
  }
  const entries: SplitEntry[] = [];
  for (const r of rule.roles) {
    const roleWeight = BigInt(r.weight) * denominator;
    const group = groups?.get(r.role);
    if (!group) {
      entries.push(Object.freeze({ role: r.role, ...(r.payee !== undefined && { payee: r.payee }), weight: roleWeight }));
      continue;
    }
    const perShare = roleWeight / (shareSums.get(r.role) as bigint);
    for (const c of group) entries.push(Object.freeze({ role: r.role, payee: c.payee, weight: perShare * BigInt(c.share) }));
  }
  return Object.freeze({ rule, entries: Object.freeze(entries), weights: Object.freeze(entries.map((e) => e.weight)) });
}

/**
 * Splits `grossUnits` minor units by a compiled plan: the units of each entry, in entry order,
 * summing exactly to `grossUnits` (largest remainder, ties to the earlier entry).
 *
 * @example
 * applySplit(compileSplit(xiamiDownloadRule), 80) // → [20, 40, 20]
 */
export function applySplit(plan: SplitPlan, grossUnits: number): readonly number[] {
  return allocateUnits(grossUnits, plan.weights);
}
