import { LedgerError } from '../errors.js';
import { allocateUnits } from '../money/allocate.js';
import { showValue } from '../_lib/text.js';
import { fitsSafeApportionment, largestRemainder } from '../money/largest-remainder.js';
import { defineRule } from './define-rule.js';
import { creditRoles, type Credit, type Credits } from './credits.js';
import type { RoyaltyRule, RuleRole } from './rule-types.js';

/** One (role, payee) line of a split and its exact weight over the gross. */
export type SplitEntry = Readonly<{ role: string; payee?: string; weight: bigint }>;

/**
 * A rule and credits validated once and reduced to exact weights, for {@link applySplit}.
 * Entries follow the rule's role order, then the credits' declaration order within a role.
 */
export type SplitPlan = Readonly<{ rule: RoyaltyRule; entries: readonly SplitEntry[]; weights: readonly bigint[] }>;

/**
 * Internal: a split as settlement keeps one per track, in parallel arrays and without an object
 * or a BigInt per entry. `weights` are exact: plain numbers when every one is a safe integer,
 * BigInt otherwise; `reduced` (the weights over their gcd, which leaves every quota as it is)
 * and their `total` are set when that total is safe, and make a split BigInt-free.
 */
export type SplitWeights = Readonly<{
  roles: readonly string[];
  payees: readonly (string | undefined)[];
  weights: readonly number[] | readonly bigint[];
  reduced: readonly number[] | undefined;
  total: number;
}>;

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const bigGcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : bigGcd(b, a % b));

/**
 * The credits grouped by role, each role's in declaration order (a counting sort, linear in
 * credits and roles): the credit indices of role `at` are `order[start[at]]` to
 * `order[start[at + 1] - 1]`. The entries of a split follow this order.
 */
function creditsByRole(roleOf: readonly number[], roleCount: number): { order: number[]; start: number[] } {
  const start: number[] = new Array(roleCount + 1).fill(0);
  for (const at of roleOf) (start[at + 1] as number)++;
  for (let at = 0; at < roleCount; at++) start[at + 1] = (start[at + 1] as number) + (start[at] as number);
  const next = start.slice(0, roleCount);
  const order: number[] = new Array(roleOf.length);
  roleOf.forEach((at, i) => (order[(next[at] as number)++] = i));
  return { order, start };
}

/**
 * The entries' exact weights in BigInt (role weight × share / Σ shares of the role, over the lcm
 * of the share totals), for shares too large for plain numbers. Entries as in splitWeights.
 */
function bigEntryWeights(rule: RoyaltyRule, credits: Credits | undefined, roleOf: readonly number[]): bigint[] {
  const sums = rule.roles.map(() => 0n);
  roleOf.forEach((at, i) => (sums[at] = (sums[at] as bigint) + BigInt((credits?.[i] as Credit).share)));
  const denominator = sums.reduce((lcm, sum) => (sum === 0n ? lcm : (lcm * sum) / bigGcd(lcm, sum)), 1n);
  const { order, start } = creditsByRole(roleOf, rule.roles.length);
  return rule.roles.flatMap((r, at) => {
    const roleWeight = BigInt(r.weight) * denominator;
    const sum = sums[at] as bigint;
    if (sum === 0n) return [roleWeight];
    return order.slice(start[at], start[at + 1]).map((i) => (roleWeight / sum) * BigInt((credits?.[i] as Credit).share));
  });
}

/**
 * Internal: validates `credits` against `rule` (see {@link compileSplit}) and computes the
 * entries of the split and their exact weights — role weight × share / Σ shares of the role,
 * all over the lcm of the share totals so that every weight is an integer — in plain numbers
 * whenever they stay safe (a product or sum of safe integers is exact exactly when it is safe).
 * Few allocations: settlement compiles one per credited track.
 */
export function splitWeights(rule: RoyaltyRule, credits?: Credits): SplitWeights {
  const roleOf = credits === undefined ? [] : creditRoles(rule, credits);
  const ruleRoles = rule.roles;
  // Σ shares of each role (0 for a role nobody is credited for: shares are positive), and their lcm
  const sums: number[] = new Array(ruleRoles.length).fill(0);
  for (let i = 0; i < roleOf.length; i++) {
    const at = roleOf[i] as number;
    sums[at] = (sums[at] as number) + (credits?.[i] as Credit).share;
  }
  let denominator = 1;
  for (const sum of sums) if (sum > 0) denominator = (denominator / gcd(denominator, sum)) * sum;
  let safe = Number.isSafeInteger(denominator) && sums.every(Number.isSafeInteger);
  const roles: string[] = [];
  const payees: (string | undefined)[] = [];
  const weights: number[] = [];
  const { order, start } = creditsByRole(roleOf, ruleRoles.length);
  for (let at = 0; at < ruleRoles.length; at++) {
    const { role, payee, weight } = ruleRoles[at] as RuleRole;
    const roleWeight = weight * denominator;
    const sum = sums[at] as number;
    if (sum === 0) {
      roles.push(role);
      payees.push(payee);
      weights.push(roleWeight);
      continue;
    }
    for (let k = start[at] as number; k < (start[at + 1] as number); k++) {
      const credit = credits?.[order[k] as number] as Credit;
      roles.push(role);
      payees.push(credit.payee);
      weights.push((roleWeight / sum) * credit.share); // exact: the sum divides the denominator
    }
  }
  safe &&= weights.every(Number.isSafeInteger);
  if (!safe) return { roles, payees, weights: bigEntryWeights(rule, credits, roleOf), reduced: undefined, total: 0 };
  const common = weights.reduce(gcd, 0);
  const reduced = weights.map((w) => w / common);
  const total = reduced.reduce((a, b) => a + b, 0);
  return { roles, payees, weights, reduced: Number.isSafeInteger(total) ? reduced : undefined, total };
}

/**
 * Internal: splits `grossUnits` by `split` as {@link applySplit} does, into a fresh, unfrozen
 * array (settlement reads it at once): in plain numbers whenever every product is safe.
 */
export function splitBy(split: SplitWeights, grossUnits: number): number[] {
  const { reduced, total } = split;
  const magnitude = Math.abs(grossUnits);
  if (reduced === undefined || !Number.isSafeInteger(grossUnits) || !fitsSafeApportionment(magnitude, total)) {
    return [...allocateUnits(grossUnits, split.weights.map((w) => BigInt(w)))];
  }
  const shares = largestRemainder(magnitude, reduced, total);
  // `0 - s` keeps a zero share +0 rather than -0
  if (grossUnits < 0) for (let i = 0; i < shares.length; i++) shares[i] = 0 - (shares[i] as number);
  return shares;
}

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
export function compileSplit(given: RoyaltyRule, credits?: Credits): SplitPlan {
  const rule = defineRule(given);
  const { roles, payees, weights } = splitWeights(rule, credits);
  const exact = Object.freeze(weights.map((w) => BigInt(w)));
  const entries = roles.map((role, i) => {
    const payee = payees[i];
    return Object.freeze({ role, ...(payee !== undefined && { payee }), weight: exact[i] as bigint });
  });
  return Object.freeze({ rule, entries: Object.freeze(entries), weights: exact });
}

/**
 * Splits `grossUnits` minor units by a compiled plan: the units of each entry, in entry order,
 * summing exactly to `grossUnits` (largest remainder, ties to the earlier entry).
 *
 * @example
 * applySplit(compileSplit(xiamiDownloadRule), 80) // → [20, 40, 20]
 */
export function applySplit(plan: SplitPlan, grossUnits: number): readonly number[] {
  if (typeof plan !== 'object' || plan === null) {
    throw new LedgerError('INVALID_OPTIONS', `plan ${showValue(plan)} is not allowed: pass a plan from compileSplit`, { plan: showValue(plan) });
  }
  return allocateUnits(grossUnits, plan.weights);
}
