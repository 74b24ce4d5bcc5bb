/**
 * Internal: the minor units at `scale` of the plain unsigned decimal in `bytes[start, end)` —
 * digits, then optionally "." and 1 to `scale` digits — exactly as parseMinorUnits reads it
 * as text, or -1 for anything else (a sign, more decimals, an unsafe amount, any other byte),
 * which the caller leaves to parseMinorUnits and its errors. The CSV path reads prices in
 * place with it.
 */
export function decimalUnits(bytes: Uint8Array, start: number, end: number, scale: number): number {
  let units = 0;
  let i = start;
  for (; i < end; i++) {
    const digit = (bytes[i] as number) - 48;
    if (digit < 0 || digit > 9) break;
    units = units * 10 + digit;
  }
  if (i === start) return -1;
  let decimals = 0;
  if (i < end) {
    if (bytes[i] !== 46 /* . */ || end - i - 1 < 1 || end - i - 1 > scale) return -1;
    for (i++; i < end; i++) {
      const digit = (bytes[i] as number) - 48;
      if (digit < 0 || digit > 9) return -1;
      units = units * 10 + digit;
      decimals++;
    }
  }
  for (; decimals < scale; decimals++) units *= 10;
  // exact while the value is safe; once it is not, rounding keeps it above the safe range
  return units <= Number.MAX_SAFE_INTEGER ? units : -1;
}
