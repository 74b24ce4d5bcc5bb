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

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const bigGcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : bigGcd(b, a % b));

type Groups = ReadonlyMap<string, readonly Credit[]> | undefined;

// Each compiled plan's weights as plain numbers divided by their gcd (which leaves every quota
// as it is), when their sum is a safe integer: splitting by them then needs no BigInt.
const safeWeights = new WeakMap<SplitPlan, Readonly<{ weights: readonly number[]; total: number }>>();

/**
 * The weight of each entry (role weight × share / Σ shares of the role, all over the lcm of the
 * share totals, so that every weight is an integer) in plain numbers, or undefined once a value
 * leaves the safe range: a product or sum of safe integers is exact exactly when it is safe.
 */
function safeEntryWeights(rule: RoyaltyRule, groups: Groups): number[] | undefined {
  let denominator = 1;
  for (const group of groups?.values() ?? []) {
    let sum = 0;
    for (const c of group) sum += c.share;
    denominator = (denominator / gcd(denominator, sum)) * sum;
    if (!Number.isSafeInteger(sum) || !Number.isSafeInteger(denominator)) return undefined;
  }
  const weights: number[] = [];
  for (const r of rule.roles) {
    const roleWeight = r.weight * denominator;
    if (!Number.isSafeInteger(roleWeight)) return undefined;
    const group = groups?.get(r.role);
    if (!group) {
      weights.push(roleWeight);
      continue;
    }
    let sum = 0;
    for (const c of group) sum += c.share;
    const perShare = roleWeight / sum; // exact: sum divides the denominator
    for (const c of group) weights.push(perShare * c.share);
  }
  return weights.every(Number.isSafeInteger) ? weights : undefined;
}

/** {@link safeEntryWeights} in BigInt, for shares too large for plain numbers. */
function bigEntryWeights(rule: RoyaltyRule, groups: Groups): bigint[] {
  const shareSum = (group: readonly Credit[]): bigint => group.reduce((sum, c) => sum + BigInt(c.share), 0n);
  let denominator = 1n;
  for (const group of groups?.values() ?? []) {
    const sum = shareSum(group);
    denominator = (denominator * sum) / bigGcd(denominator, sum);
  }
  return rule.roles.flatMap((r) => {
    const roleWeight = BigInt(r.weight) * denominator;
    const group = groups?.get(r.role);
    if (!group) return [roleWeight];
    const perShare = roleWeight / shareSum(group);
    return group.map((c) => perShare * BigInt(c.share));
  });
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
  const groups = credits === undefined ? undefined : groupCredits(rule, credits);
  const safe = safeEntryWeights(rule, groups);
  const weights = safe === undefined ? bigEntryWeights(rule, groups) : safe.map(BigInt);
  const entries: SplitEntry[] = [];
  for (const r of rule.roles) {
    const group = groups?.get(r.role);
    if (!group) {
      const weight = weights[entries.length] as bigint;
      entries.push(Object.freeze({ role: r.role, ...(r.payee !== undefined && { payee: r.payee }), weight }));
      continue;
    }
    for (const c of group) entries.push(Object.freeze({ role: r.role, payee: c.payee, weight: weights[entries.length] as bigint }));
  }
  const plan: SplitPlan = Object.freeze({ rule, entries: Object.freeze(entries), weights: Object.freeze(weights) });
  if (safe !== undefined) {
    const common = safe.reduce(gcd, 0);
    const reduced = safe.map((w) => w / common);
    const total = reduced.reduce((a, b) => a + b, 0);
    if (Number.isSafeInteger(total)) safeWeights.set(plan, Object.freeze({ weights: reduced, total }));
  }
  return plan;
}

/**
 * Splits `grossUnits` minor units by a compiled plan: the units of each entry, in entry order,
 * summing exactly to `grossUnits` (largest remainder, ties to the earlier entry).
 *
 * @example
 * applySplit(compileSplit(xiamiDownloadRule), 80) // → [20, 40, 20]
 */
export function applySplit(plan: SplitPlan, grossUnits: number): readonly number[] {
  return Object.freeze(splitUnits(plan, grossUnits));
}

/**
 * Internal: {@link applySplit} as a fresh, unfrozen array, for settlement, which reads it at
 * once. A plan from compileSplit is split in plain numbers whenever every product is safe.
 */
export function splitUnits(plan: SplitPlan, grossUnits: number): number[] {
  const safe = safeWeights.get(plan);
  const magnitude = Math.abs(grossUnits);
  if (safe === undefined || !Number.isSafeInteger(grossUnits) || !fitsSafeApportionment(magnitude, safe.total)) {
    return [...allocateUnits(grossUnits, plan.weights)];
  }
  const shares = largestRemainder(magnitude, safe.weights, safe.total);
  // `0 - s` keeps a zero share +0 rather than -0
  if (grossUnits < 0) for (let i = 0; i < shares.length; i++) shares[i] = 0 - (shares[i] as number);
  return shares;
}
