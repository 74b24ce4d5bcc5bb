import { LedgerError } from '../../errors.js';
import { grown } from './code-units.js';

/**
 * Internal: a growable column of running sums of safe integers, each exact whatever the order
 * of its terms: plain doubles while a partial sum stays safe, BigInt (in `big`, the double set
 * to NaN) once it does not. So refunds arriving after their sales, or shards merged in any
 * order, give the same result; only a final value beyond ±(2⁵³ − 1) is an error
 * (see {@link sumAt}). Contiguous doubles keep the settlement hot path cache-friendly.
 */
export type ExactSums = { values: Float64Array; big: Map<number, bigint> };

/** Internal: an empty column (every sum 0). */
export const exactSums = (capacity = 64): ExactSums => ({ values: new Float64Array(capacity), big: new Map() });

/** Internal: grows the column of `sums`, if need be, so that it holds sums 0 to `size` − 1. */
export function reserveSums(sums: ExactSums, size: number): void {
  if (size > sums.values.length) sums.values = grown(sums.values, size);
}

/** Internal: adds the safe integer `value` to sum `index` of `sums`, in place (growing the column). */
export function addAt(sums: ExactSums, index: number, value: number): void {
  reserveSums(sums, index + 1);
  const next = (sums.values[index] as number) + value;
  // both terms safe: the double sum is exact unless the true sum leaves the safe range (or is NaN)
  if (Number.isSafeInteger(next)) {
    sums.values[index] = next;
    return;
  }
  const before = sums.big.get(index) ?? BigInt(sums.values[index] as number);
  sums.big.set(index, before + BigInt(value));
  sums.values[index] = NaN;
}

/**
 * Internal: sum `index` of `sums`, or UNSAFE_AMOUNT naming `what` when it is not a safe integer
 * (`what` may be a function, so that a name is only built for the error).
 */
export function sumAt(sums: ExactSums, index: number, what: string | (() => string)): number {
  const big = sums.big.get(index);
  if (big === undefined) return index < sums.values.length ? (sums.values[index] as number) : 0;
  const value = Number(big);
  if (Number.isSafeInteger(value) && BigInt(value) === big) return value;
  const name = typeof what === 'string' ? what : what();
  throw new LedgerError('UNSAFE_AMOUNT', `${name} sums to ${big} minor units: at most ±${Number.MAX_SAFE_INTEGER} are allowed`, {
    what: name,
    value: String(big),
  });
}
