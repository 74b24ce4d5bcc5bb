// Internal, shared by the data and royalty sides: values as messages show them, the text order
// every listing sorts by, and the kebab-case ids.

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

const SHOWN = 80;

/**
 * Internal: a caller's text as an error message quotes it: whole when short, else its first 80
 * UTF-16 code units (never half a surrogate pair) and its length, so that a million-character
 * value makes a readable message. The error's `details` keep the whole value.
 */
export function shownText(text: string): string {
  if (text.length <= SHOWN) return `"${text}"`;
  const cut = /[\uD800-\uDBFF]/.test(text.charAt(SHOWN - 1)) ? SHOWN - 1 : SHOWN;
  return `"${text.slice(0, cut)}…" (${text.length} characters)`;
}

/** Internal: orders strings by UTF-16 code units — locale-independent, so results are reproducible. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Internal: a kebab-case name — lowercase letters and digits in words joined by single hyphens. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
