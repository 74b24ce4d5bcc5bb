import { LedgerError } from '../errors.js';
import { showValue } from '../_lib/text.js';
import { assertMoney } from './assert-money.js';
import { fromUnits } from './from-units.js';
import { fitsSafeApportionment, largestRemainder } from './largest-remainder.js';
import type { Money } from './types.js';

const RULE = 'weights are non-negative integers with a positive sum';

function invalidWeights(message: string, weights: readonly unknown[]): LedgerError {
  return new LedgerError('INVALID_WEIGHTS', `${message}: ${RULE}`, { weights: weights.map(showValue) });
}

/** {@link largestRemainder} in BigInt, for products beyond the safe range. */
function largestRemainderBig(magnitude: number, weights: readonly bigint[], total: bigint): number[] {
  const whole = BigInt(magnitude);
  const shares: number[] = new Array(weights.length);
  const remainders: bigint[] = new Array(weights.length);
  let left = magnitude;
  for (let i = 0; i < weights.length; i++) {
    const product = whole * (weights[i] as bigint);
    const share = Number(product / total);
    shares[i] = share;
    remainders[i] = product % total;
    left -= share;
  }
  if (left > 0) {
    // as in largestRemainder: the `left` largest remainders are all positive
    const order = shares.map((_, i) => i);
    order.sort((a, b) => {
      const ra = remainders[a] as bigint;
      const rb = remainders[b] as bigint;
      return ra === rb ? a - b : rb > ra ? 1 : -1;
    });
    for (let k = 0; k < left; k++) (shares[order[k] as number] as number)++;
  }
  return shares;
}

/**
 * Splits `units` integer minor units in proportion to `weights` by the exact largest-remainder
 * method: share i is ⌊units × wᵢ / Σw⌋, then the units left over go one each to the largest
 * remainders, a tie going to the earlier weight. The arithmetic is exact: plain numbers while
 * every product is a safe integer, BigInt beyond. The shares sum to `units`
 * exactly, each is within one unit of its exact quota, zero weights get zero. Negative `units`
 * are split as |units| and negated.
 *
 * @example
 * allocateUnits(10, [1n, 1n, 1n, 3n]) // → [2, 2, 1, 5]
 * @example
 * allocateUnits(-5, [1n, 0n, 1n]) // → [-3, 0, -2]
 */
export function allocateUnits(units: number, weights: readonly bigint[]): readonly number[] {
  if (!Number.isSafeInteger(units)) {
    throw new LedgerError('UNSAFE_AMOUNT', `units ${showValue(units)} is not a safe integer`, { units: showValue(units) });
  }
  if (!Array.isArray(weights)) throw invalidWeights(`weights ${showValue(weights)} is not an array`, []);
  if (weights.length === 0) throw invalidWeights('no weights given', weights);
  let total = 0n;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i];
    if (typeof w !== 'bigint' || w < 0n) throw invalidWeights(`weight ${showValue(w)} at index ${i} is not allowed`, weights);
    total += w;
  }
  if (total === 0n) throw invalidWeights(`all weights are zero (${weights.length} of them)`, weights);

  const magnitude = Math.abs(units);
  const shares =
    total <= BigInt(Number.MAX_SAFE_INTEGER) && fitsSafeApportionment(magnitude, Number(total))
      ? largestRemainder(magnitude, weights.map(Number), Number(total))
      : largestRemainderBig(magnitude, weights, total);
  // `0 - s` keeps a zero share +0 rather than -0
  return Object.freeze(units < 0 ? shares.map((s) => 0 - s) : shares);
}

function toBigWeight(weight: number | bigint, index: number, weights: readonly (number | bigint)[]): bigint {
  if (typeof weight === 'bigint') return weight;
  if (typeof weight === 'number' && Number.isSafeInteger(weight)) return BigInt(weight);
  throw invalidWeights(`weight ${showValue(weight)} at index ${index} is not allowed`, weights);
}

/**
 * Splits money in proportion to integer `weights` without losing or inventing a minor unit,
 * using {@link allocateUnits}'s exact largest-remainder rule (ties to the earlier weight).
 * Unlike dinero.js 2, which gives 10 units over [1, 1, 1, 3] as [2, 1, 1, 6], the leftover units
 * go to the largest remainders: [2, 2, 1, 5], each share within one unit of its exact quota.
 *
 * @example
 * allocate(money('0.10', 'CNY'), [1, 1, 1, 3]).map(toDecimal) // → ['0.02', '0.02', '0.01', '0.05']
 */
export function allocate(amount: Money, weights: readonly (number | bigint)[]): readonly Money[] {
  assertMoney(amount, 'allocate: amount');
  if (!Array.isArray(weights)) throw invalidWeights(`weights ${showValue(weights)} is not an array`, []);
  const units = allocateUnits(amount.amount, weights.map(toBigWeight));
  return Object.freeze(units.map((u) => fromUnits(u, amount.currency, amount.scale)));
}
