/**
 * Internal: the decimal string of `amount` minor units at `scale` places ("-0.05" for -5 at 2),
 * unchecked: for amounts the caller has already checked, or built itself.
 */
export function decimalString(amount: number, scale: number): string {
  const digits = String(Math.abs(amount));
  const sign = amount < 0 ? '-' : '';
  if (scale === 0) return sign + digits;
  const padded = digits.padStart(scale + 1, '0');
  return `${sign}${padded.slice(0, -scale)}.${padded.slice(-scale)}`;
}
