/**
 * Optimal-string-alignment distance: the fewest single-character inserts, deletes, substitutions
 * and swaps of two neighbours from `a` to `b`, so the common typo 'Xaimi' is one edit from 'Xiami'.
 * With `max`, the answer is exact up to `max` and `max + 1` for anything farther, in time
 * proportional to the shorter length × `max` (a band around the diagonal, left as soon as a
 * whole row of the band is beyond `max`): a million-character name costs nothing against short ones.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const n = short.length;
  const m = long.length;
  const limit = Math.min(max, m); // no distance exceeds the longer length
  const over = limit + 1; // any value beyond the limit, kept as this one
  if (m - n > limit) return over;
  // three rows of the table, reused; only the band |i − j| ≤ limit (and one cell either side) is filled
  let before: number[] = new Array(m + 1).fill(over);
  let previous: number[] = Array.from({ length: m + 1 }, (_, j) => Math.min(j, over));
  let current: number[] = new Array(m + 1).fill(over);
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(m, i + limit);
    current[from - 1] = from === 1 ? Math.min(i, over) : over;
    let rowMin = current[from - 1] as number;
    for (let j = from; j <= to; j++) {
      const substitution = (previous[j - 1] as number) + (short[i - 1] === long[j - 1] ? 0 : 1);
      let best = Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1);
      if (i > 1 && j > 1 && short[i - 1] === long[j - 2] && short[i - 2] === long[j - 1]) best = Math.min(best, (before[j - 2] as number) + 1);
      current[j] = Math.min(best, over);
      if (best < rowMin) rowMin = best;
    }
    if (to < m) current[to + 1] = over;
    // every alignment passes through this row or, by a swap, a cell no cheaper than one in it
    if (rowMin > limit) return over;
    [before, previous, current] = [previous, current, before];
  }
  return previous[m] as number;
}
