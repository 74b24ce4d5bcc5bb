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
