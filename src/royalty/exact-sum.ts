import { LedgerError } from '../errors.js';

/**
 * Internal: a running sum of safe integers that is exact whatever the order of the terms. It
 * adds plain numbers while the partial sum stays safe and switches to BigInt once it does not,
 * so a settlement never fails (or differs) only because refunds arrived after their sales;
 * only a final value beyond ±(2⁵³ − 1) is an error (see {@link exactSumValue}).
 */
export type ExactSum = { small: number; big: bigint | undefined };

/** Internal: an empty {@link ExactSum}. */
export const exactSum = (): ExactSum => ({ small: 0, big: undefined });

/** Internal: adds a safe integer to `sum` in place (the sum is an accumulator the caller owns). */
export function addExact(sum: ExactSum, value: number): void {
  if (sum.big !== undefined) {
    sum.big += BigInt(value);
    return;
  }
  const next = sum.small + value;
  // both terms are safe, so the float sum is exact unless the true sum leaves the safe range
  if (Number.isSafeInteger(next)) sum.small = next;
  else sum.big = BigInt(sum.small) + BigInt(value);
}

/** Internal: the value of `sum`, or UNSAFE_AMOUNT naming `what` when it is not a safe integer. */
export function exactSumValue(sum: ExactSum, what: string): number {
  if (sum.big === undefined) return sum.small;
  const value = Number(sum.big);
  if (Number.isSafeInteger(value) && BigInt(value) === sum.big) return value;
  throw new LedgerError('UNSAFE_AMOUNT', `${what} sums to ${sum.big} minor units: at most ±${Number.MAX_SAFE_INTEGER} are allowed`, {
    what,
    value: String(sum.big),
  });
}
