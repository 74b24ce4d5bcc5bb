// above this many weights, the leftover units are placed by sorting rather than by selection
const SELECTION_LIMIT = 32;

/**
 * Internal: whether {@link largestRemainder} is exact for `magnitude` units over weights summing
 * to `total`: every product it forms, up to (magnitude + 1) × total, must be a safe integer.
 */
export const fitsSafeApportionment = (magnitude: number, total: number): boolean =>
  total <= Number.MAX_SAFE_INTEGER / (magnitude + 1);

/**
 * Internal: the largest-remainder apportionment of `magnitude` ≥ 0 units over non-negative
 * integer `weights` summing to `total` > 0, in plain numbers, for when
 * {@link fitsSafeApportionment} holds (callers fall back to BigInt otherwise). Share i is
 * ⌊magnitude × wᵢ / total⌋ and the leftover units go one each to the largest remainders, a tie
 * going to the earlier weight: the same result as the BigInt path of allocateUnits, without a
 * BigInt per share. The division is a double, so its floor may be off by one; the remainder
 * check below corrects it exactly.
 */
export function largestRemainder(magnitude: number, weights: ArrayLike<number>, total: number): number[] {
  const n = weights.length;
  const shares: number[] = new Array(n);
  const remainders: number[] = new Array(n);
  let left = magnitude;
  for (let i = 0; i < n; i++) {
    const product = magnitude * (weights[i] as number);
    let share = Math.floor(product / total);
    let remainder = product - share * total;
    if (remainder < 0) {
      share--;
      remainder += total;
    } else if (remainder >= total) {
      share++;
      remainder -= total;
    }
    shares[i] = share;
    remainders[i] = remainder;
    left -= share;
  }
  // Σ remainders = left × total with each remainder < total, so the `left` largest are all
  // positive: a zero weight never receives a leftover unit.
  if (left > 0 && n > SELECTION_LIMIT) {
    const order = remainders.map((_, i) => i).sort((a, b) => (remainders[b] as number) - (remainders[a] as number) || a - b);
    for (let k = 0; k < left; k++) (shares[order[k] as number] as number)++;
  } else {
    for (; left > 0; left--) {
      let best = 0;
      for (let i = 1; i < n; i++) if ((remainders[i] as number) > (remainders[best] as number)) best = i;
      (shares[best] as number)++;
      remainders[best] = -1; // taken
    }
  }
  return shares;
}
