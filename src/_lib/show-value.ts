// a value quoted in a message is cut here, so that a huge argument makes a readable error
const LONGEST = 200;

/**
 * Internal: a value as it appears in an error message: JSON where possible (bigints as `12n`,
 * NaN and ±Infinity as such), at most 200 characters, and never throwing — not even for an
 * object without a prototype, a symbol or a cycle, which `String()` or a template would choke on.
 */
export function showValue(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'number' ? String(value) : (JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > LONGEST ? `${text.slice(0, LONGEST - 1)}…` : text;
}
