import { allocateUnits } from '../money/allocate.js';
import { fitsSafeApportionment, largestRemainder } from '../money/largest-remainder.js';
import { groupCredits, type Credit, type Credits } from './credits.js';
import type { RoyaltyRule } from './rules.js';

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

type Groups = readonly (readonly Credit[] | undefined)[] | undefined;

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const bigGcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : bigGcd(b, a % b));

/**
 * The weight of each entry (role weight × share / Σ shares of the role, all over the lcm of the
 * share totals, so that every weight is an integer) in plain numbers, or undefined once a value
 * leaves the safe range: a product or sum of safe integers is exact exactly when it is safe.
 */
function safeEntryWeights(rule: RoyaltyRule, groups: Groups): number[] | undefined {
  const sums: number[] = [];
  let denominator = 1;
  for (const group of groups ?? []) {
    let sum = 0;
    for (const c of group ?? []) sum += c.share;
    sums.push(sum);
    if (group === undefined) continue;
    denominator = (denominator / gcd(denominator, sum)) * sum;
    if (!Number.isSafeInteger(sum) || !Number.isSafeInteger(denominator)) return undefined;
  }
  const weights: number[] = [];
  rule.roles.forEach((r, i) => {
    const roleWeight = r.weight * denominator;
    const group = groups?.[i];
    if (group === undefined) weights.push(roleWeight);
    else for (const c of group) weights.push((roleWeight / (sums[i] as number)) * c.share); // exact: the sum divides the denominator
  });
  return weights.every(Number.isSafeInteger) ? weights : undefined;
}

/** {@link safeEntryWeights} in BigInt, for shares too large for plain numbers. */
function bigEntryWeights(rule: RoyaltyRule, groups: Groups): bigint[] {
  const shareSum = (group: readonly Credit[]): bigint => group.reduce((sum, c) => sum + BigInt(c.share), 0n);
  let denominator = 1n;
  for (const group of groups ?? []) {
    if (group === undefined) continue;
    const sum = shareSum(group);
    denominator = (denominator * sum) / bigGcd(denominator, sum);
  }
  return rule.roles.flatMap((r, i) => {
    const roleWeight = BigInt(r.weight) * denominator;
    const group = groups?.[i];
    if (group === undefined) return [roleWeight];
    const perShare = roleWeight / shareSum(group);
    return group.map((c) => perShare * BigInt(c.share));
  });
}

/**
 * Internal: validates `credits` against `rule` (see {@link compileSplit}) and computes the
 * entries and exact weights of the split, in plain numbers whenever they allow.
 */
export function splitWeights(rule: RoyaltyRule, credits?: Credits): SplitWeights {
  const groups = credits === undefined ? undefined : groupCredits(rule, credits);
  const roles: string[] = [];
  const payees: (string | undefined)[] = [];
  rule.roles.forEach((r, i) => {
    const group = groups?.[i];
    if (group === undefined) {
      roles.push(r.role);
      payees.push(r.payee);
    } else {
      for (const c of group) {
        roles.push(r.role);
        payees.push(c.payee);
      }
    }
  });
  const safe = safeEntryWeights(rule, groups);
  if (safe === undefined) return { roles, payees, weights: bigEntryWeights(rule, groups), reduced: undefined, total: 0 };
  const common = safe.reduce(gcd, 0);
  const reduced = safe.map((w) => w / common);
  const total = reduced.reduce((a, b) => a + b, 0);
  return Number.isSafeInteger(total) ? { roles, payees, weights: safe, reduced, total } : { roles, payees, weights: safe, reduced: undefined, total: 0 };
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
export function compileSplit(rule: RoyaltyRule, credits?: Credits): SplitPlan {
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
  return allocateUnits(grossUnits, plan.weights);
}
